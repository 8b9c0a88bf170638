"""Settings: embedded defaults, secrets only by reference, problems named with their key."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpc_triage.settings import (
    DatabaseSettings,
    HealthSettings,
    KeySettings,
    ParsingSettings,
    RetentionSettings,
    ScheduleSettings,
    Settings,
    SettingsError,
    SmimeSettings,
    load_settings,
)
from cpc_triage.settings.mailbox import (
    DropFolderMailbox,
    EwsMailboxSettings,
    GraphMailboxSettings,
    ImapMailboxSettings,
)
from cpc_triage.settings.sinks import FolderSinkSettings

ROOT = Path(__file__).resolve().parents[2]


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(text)
    return path


def test_no_file_at_all_gives_a_working_default(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CPC_TRIAGE_CONFIG", "STATE_DIRECTORY", "CREDENTIALS_DIRECTORY"):
        monkeypatch.delenv(name, raising=False)
    settings = load_settings(None)
    assert settings.data_path() == Path("var")
    assert settings.database_url() == "sqlite:///var/cpc-triage.db"
    assert settings.keyring_path() == Path("var/keys/keyring")
    assert settings.mailbox_path(settings.mailboxes[0]) == Path("var/mailbox")
    assert (settings.triage_config_dir() / "policies").is_dir()


def test_under_systemd_the_state_directory_and_the_credential_are_used(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "creds").mkdir()
    (tmp_path / "creds" / "cpc-triage-kek").write_text("x")
    monkeypatch.setenv("STATE_DIRECTORY", str(tmp_path / "state"))
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path / "creds"))
    settings = Settings()
    assert settings.data_path() == tmp_path / "state"
    assert settings.keyring_path() == tmp_path / "creds" / "cpc-triage-kek"


def test_the_service_reads_its_credential_and_root_the_keyring_file_from_one_settings_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "creds").mkdir()
    (tmp_path / "creds" / "cpc-triage-kek").write_text("x")
    settings = load_settings(_write(tmp_path, '[keys]\nkeyring_file = "/etc/cpc-triage/keyring"\n'))
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    assert settings.keyring_path() == Path("/etc/cpc-triage/keyring")  # root, by hand
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path / "creds"))
    assert settings.keyring_path() == tmp_path / "creds" / "cpc-triage-kek"  # the unit


def test_the_environment_variable_names_the_settings_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CPC_TRIAGE_CONFIG", str(_write(tmp_path, 'data_dir = "/srv/cpc"\n')))
    assert load_settings().data_path() == Path("/srv/cpc")


def test_a_password_written_into_the_database_url_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, '[database]\nurl = "postgresql+psycopg://app:hunter2@db.example/cpc"\n')
    with pytest.raises(SettingsError, match=r"database\.url: .*password_file") as caught:
        load_settings(path)
    assert "hunter2" not in str(caught.value)


def test_an_unknown_key_is_refused_by_name(tmp_path: Path) -> None:
    path = _write(tmp_path, '[keys]\nkek = "c2VjcmV0"\n')
    with pytest.raises(SettingsError, match=r"keys\.kek") as caught:
        load_settings(path)
    assert "c2VjcmV0" not in str(caught.value)


def test_two_mailboxes_with_one_name_are_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, '[[mailboxes]]\nname = "a"\n[[mailboxes]]\nname = "a"\n')
    with pytest.raises(SettingsError, match="share a name"):
        load_settings(path)


def test_broken_toml_is_reported_with_the_file_name(tmp_path: Path) -> None:
    path = _write(tmp_path, "data_dir = \n")
    with pytest.raises(SettingsError, match="not valid TOML"):
        load_settings(path)


def test_a_database_that_is_neither_sqlite_nor_postgresql_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, '[database]\nurl = "mysql://db/cpc"\n')
    with pytest.raises(SettingsError, match="sqlite or postgresql"):
        load_settings(path)


def test_the_example_settings_file_is_valid_and_documents_every_key() -> None:
    example = ROOT / "config" / "settings.example.toml"
    load_settings(example)
    text = example.read_text()
    sections = {
        "": Settings,
        "[database]": DatabaseSettings,
        "[keys]": KeySettings,
        "[[mailboxes]]": DropFolderMailbox,
        "[parsing]": ParsingSettings,
        "[schedule]": ScheduleSettings,
        "[retention]": RetentionSettings,
        "[smime]": SmimeSettings,
        "[health]": HealthSettings,
    }
    for header, model in sections.items():
        assert header in text
        body = text.split(header, 1)[1] if header else text
        for name, field in model.model_fields.items():
            if name in {
                "database",
                "keys",
                "mailboxes",
                "parsing",
                "schedule",
                "retention",
                "smime",
                "health",
            }:
                continue
            key = field.alias or name
            assert f"\n{key} =" in body or f"\n# {key} =" in body, f"{header} {key}"


@pytest.mark.parametrize(
    ("kind", "model"),
    [("imap", ImapMailboxSettings), ("graph", GraphMailboxSettings), ("ews", EwsMailboxSettings)],
)
def test_the_example_documents_every_key_of_each_remote_mailbox_kind(
    kind: str, model: type[ImapMailboxSettings | GraphMailboxSettings | EwsMailboxSettings]
) -> None:
    text = (ROOT / "config" / "settings.example.toml").read_text()
    example = text.split(f'# kind = "{kind}"', 1)[1].split("# [[mailboxes]]", 1)[0]
    example = example.split("\n[", 1)[0]
    documented = {
        line.split("=")[0].strip("# ").strip() for line in example.splitlines() if "=" in line
    }
    missing = {
        name for name in model.model_fields if name not in documented | {"name", "kind", "batch"}
    }
    assert not missing, f"{kind}: {sorted(missing)} not in the example"


def _mailbox(tmp_path: Path, body: str) -> Path:
    return _write(tmp_path, "[[mailboxes]]\n" + body)


def test_a_mailbox_table_without_kind_is_a_drop_folder(tmp_path: Path) -> None:
    settings = load_settings(_mailbox(tmp_path, 'name = "a"\npath = "/srv/in"\n'))
    assert isinstance(settings.mailboxes[0], DropFolderMailbox)
    assert settings.mailbox_path(settings.mailboxes[0]) == Path("/srv/in")


def test_an_imap_mailbox_reads_its_password_by_reference(tmp_path: Path) -> None:
    settings = load_settings(
        _mailbox(
            tmp_path,
            'name = "w"\nkind = "imap"\nhost = "imap.example"\nusername = "u"\n'
            'password_file = "/etc/pw"\ndistrict = "wakefield"\n',
        )
    )
    mailbox = settings.mailboxes[0]
    assert isinstance(mailbox, ImapMailboxSettings)
    assert (mailbox.port, mailbox.security, mailbox.idle, mailbox.district) == (
        993,
        "tls",
        True,
        "wakefield",
    )


@pytest.mark.parametrize(
    ("body", "complaint"),
    [
        ('kind = "imap"\nhost = "h"\nusername = "u"\n', "password_file or password_credential"),
        ('kind = "imap"\nhost = "h"\nusername = "u"\npassword = "hunter2"\n', "password"),
        (
            'kind = "imap"\nhost = "h"\nusername = "u"\nsecurity = "none"\npassword_file = "p"\n',
            "security",
        ),
        (
            'kind = "imap"\nhost = "h"\nusername = "u"\nauth = "xoauth2"\n',
            "XOAUTH2 needs tenant_id",
        ),
        ('kind = "graph"\nmailbox = "m"\ntenant_id = "t"\nclient_id = "c"\n', "certificate_file"),
        (
            'kind = "graph"\nmailbox = "m"\ntenant_id = "t"\nclient_id = "c"\n'
            'certificate_file = "c"\nprivate_key_file = "k"\ngraph_root = "http://graph"\n',
            "https",
        ),
        (
            'kind = "ews"\nservice_endpoint = "https://x/EWS/Exchange.asmx"\nmailbox = "m"\n',
            "NTLM needs",
        ),
        ('kind = "ews"\nservice_endpoint = "http://x/EWS/Exchange.asmx"\nmailbox = "m"\n', "https"),
        ('kind = "pop3"\n', "kind"),
    ],
)
def test_an_incomplete_or_unsafe_remote_mailbox_is_refused_in_plain_words(
    tmp_path: Path, body: str, complaint: str
) -> None:
    with pytest.raises(SettingsError, match=complaint) as caught:
        load_settings(_mailbox(tmp_path, 'name = "m"\n' + body))
    assert "hunter2" not in str(caught.value)


def test_message_limits_and_smime_have_safe_defaults() -> None:
    settings = Settings()
    assert (settings.parsing.max_message_mb, settings.parsing.max_attachments) == (40.0, 20)
    assert settings.smime.certificate_file == "" and settings.smime.ca_file == ""


def test_a_sink_table_holds_only_its_kinds_keys_and_a_missing_one_is_named(
    tmp_path: Path,
) -> None:
    """Issue 14 item 5: sink settings are a tagged union like the mailboxes."""
    stray = _write(
        tmp_path,
        '[[sinks]]\nname = "tasking"\nkind = "mail"\nhost = "relay"\nsender = "a@b"\n'
        'to = "c@d"\nurl = "https://niche.invalid/in"\n',
    )
    with pytest.raises(SettingsError, match=r"sinks\.0\.mail\.url"):
        load_settings(stray)
    incomplete = _write(tmp_path, '[[sinks]]\nname = "tasking"\nkind = "mail"\nhost = "relay"\n')
    with pytest.raises(SettingsError, match="sink tasking: a mail sink needs host, sender and to"):
        load_settings(incomplete)
    folder = _write(tmp_path, '[[sinks]]\nname = "niche"\nkind = "folder"\npath = "/srv/x"\n')
    (sink,) = load_settings(folder).sinks
    assert isinstance(sink, FolderSinkSettings) and sink.target == "/srv/x"
