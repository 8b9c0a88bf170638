"""`[digest]` settings: off by default, complete when enabled, refused in plain words otherwise."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from cpc_triage.settings import Settings, SettingsError, load_settings
from cpc_triage.settings.digest import DigestSettings, DigestTransportSettings, is_address

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = """
[digest]
enabled = true
base_url = "https://cpc-desk.force.example/"
sender = "cpc-triage@force.example"
allow_list = ["@force.example", "di.leeds@partner.example"]
send_at = "08:15"
[digest.recipients]
wakefield = ["wakefield.supervisors@force.example"]
leeds = ["leeds.supervisors@force.example", "di.leeds@partner.example"]
[digest.transport]
kind = "relay"
host = "smtp-relay.force.example"
"""


def _load(tmp_path: Path, text: str) -> Settings:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return load_settings(path)


def _refused(tmp_path: Path, text: str) -> str:
    with pytest.raises(SettingsError) as caught:
        _load(tmp_path, text)
    return str(caught.value)


def test_the_digest_is_off_by_default_and_sends_no_names() -> None:
    digest = Settings().digest
    assert not digest.enabled and not digest.include_names
    assert digest.send_at == time(7, 30) and digest.transport.kind == "relay"


def test_a_complete_relay_digest_loads(tmp_path: Path) -> None:
    digest = _load(tmp_path, COMPLETE).digest
    assert digest.base_url == "https://cpc-desk.force.example"  # no trailing slash in links
    assert digest.send_at == time(8, 15)
    assert dict(digest.recipients)["leeds"] == (
        "leeds.supervisors@force.example",
        "di.leeds@partner.example",
    )
    assert (digest.transport.port, digest.transport.security) == (587, "starttls")


def test_a_toml_time_is_taken_for_send_at(tmp_path: Path) -> None:
    text = COMPLETE.replace('send_at = "08:15"', "send_at = 06:45:00")
    assert _load(tmp_path, text).digest.send_at == time(6, 45)


def test_a_half_written_section_is_accepted_while_the_digest_is_off(tmp_path: Path) -> None:
    text = COMPLETE.replace("enabled = true", "enabled = false").replace(
        'host = "smtp-relay.force.example"', ""
    )
    assert not _load(tmp_path, text).digest.enabled


@pytest.mark.parametrize(
    ("old", "new", "complaint"),
    [
        ('base_url = "https://cpc-desk.force.example/"', "", "base_url is needed"),
        (
            'base_url = "https://cpc-desk.force.example/"',
            'base_url = "http://cpc-desk.force.example"',
            "digest.base_url: Value error, must be an https:// URL",
        ),
        ('sender = "cpc-triage@force.example"', 'sender = "CPC <x@y>"', "digest.sender"),
        ('send_at = "08:15"', 'send_at = "19:30"', "must be before 19:00"),
        ('send_at = "08:15"', 'send_at = "8.15"', "HH:MM"),
        ('wakefield = ["', 'Wakefield = ["', "digest.recipients.Wakefield"),
        ("wakefield = [", "wakefield = []  # ", "wakefield: no addresses"),
        (
            '"wakefield.supervisors@force.example"',
            '"wakefield.supervisors@force.example", "boss@gmail.example"',
            "recipients.wakefield: address 2 is not on allow_list",
        ),
        (
            '"wakefield.supervisors@force.example"',
            '"a@force.example, b@evil.example"',
            "wakefield: address 1 is not an e-mail address",
        ),
        ('"@force.example", ', '"force.example", ', "entry 1 is neither an address"),
        ('host = "smtp-relay.force.example"', "", 'transport.host is needed for kind = "relay"'),
        ('kind = "relay"', 'kind = "pigeon"', "digest.transport.kind"),
        ('kind = "relay"', 'kind = "relay"\nsecurity = "none"', "digest.transport.security"),
        (
            'kind = "relay"',
            'kind = "relay"\npassword_file = "/etc/cpc-triage/relay"',
            "transport.username and transport.password_file",
        ),
        (
            'kind = "relay"',
            'kind = "xoauth2"\ntenant_id = "t"\ncertificate_file = "app.crt"',
            "transport.client_id, transport.private_key_file or private_key_credential",
        ),
        (
            'kind = "relay"',
            'kind = "graph"\ntenant_id = "t"\nclient_id = "c"\ncertificate_file = "a"\n'
            'private_key_file = "k"\npassword_file = "p"',
            'transport.kind = "graph" uses a token: no password',
        ),
        (
            'kind = "relay"',
            'kind = "graph"\ntenant_id = "t"\nclient_id = "c"\ncertificate_file = "a"\n'
            'private_key_file = "k"\ngraph_root = "http://graph.local/v1.0"',
            "digest.transport.graph_root: Value error, must be an https:// URL",
        ),
    ],
)
def test_an_incomplete_or_unsafe_digest_is_refused_naming_the_key(
    tmp_path: Path, old: str, new: str, complaint: str
) -> None:
    assert old in COMPLETE
    message = _refused(tmp_path, COMPLETE.replace(old, new, 1))
    assert complaint in message
    assert "gmail" not in message and "evil" not in message  # positions, never addresses


def test_a_secret_written_into_the_settings_is_refused_without_echoing_it(
    tmp_path: Path,
) -> None:
    message = _refused(tmp_path, COMPLETE + 'username = "u"\npassword = "hunter2"\n')
    assert "digest.transport.password" in message and "hunter2" not in message


def test_addresses_are_plain_single_addresses() -> None:
    assert is_address("a.b@force.example")
    for bad in ("a@b", "@force.example", "a@@force.example", "x@y.example\r\nBcc: z@e.example"):
        assert not is_address(bad), bad


def test_the_example_settings_document_every_digest_key() -> None:
    text = (ROOT / "config" / "settings.example.toml").read_text(encoding="utf-8")
    digest = text.split("\n[digest]", 1)[1].split("\n[digest.recipients]", 1)[0]
    transport = text.split("\n[digest.transport]", 1)[1].split("\n#\n", 1)[0]
    for section, model in ((digest, DigestSettings), (transport, DigestTransportSettings)):
        for name in model.model_fields:
            if name in {"recipients", "transport"}:
                continue
            assert f"\n{name} =" in section, name
    assert "\n# wakefield = [" in text  # a recipients example
