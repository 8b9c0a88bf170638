"""Settings: embedded defaults, secrets only by reference, problems named with their key."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpc_triage.settings import (
    DatabaseSettings,
    KeySettings,
    MailboxSettings,
    ParsingSettings,
    RetentionSettings,
    ScheduleSettings,
    Settings,
    SettingsError,
    load_settings,
)

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
        "[[mailboxes]]": MailboxSettings,
        "[parsing]": ParsingSettings,
        "[schedule]": ScheduleSettings,
        "[retention]": RetentionSettings,
    }
    for header, model in sections.items():
        assert header in text
        body = text.split(header, 1)[1] if header else text
        for name, field in model.model_fields.items():
            if name in {"database", "keys", "mailboxes", "parsing", "schedule", "retention"}:
                continue
            key = field.alias or name
            assert f"\n{key} =" in body or f"\n# {key} =" in body, f"{header} {key}"
