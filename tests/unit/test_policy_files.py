"""Policy, vocabulary and sender files: validated, and errors name the file and the key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.unit.test_triage_helpers import CONFIG_DIR
from triage import PolicyError, load_config


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    target = tmp_path / "config"
    for part in ("policies", "vocabulary"):
        shutil.copytree(CONFIG_DIR / part, target / part)
    shutil.copy(CONFIG_DIR / "senders.toml", target / "senders.toml")
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_the_shipped_configuration_loads_with_all_five_districts() -> None:
    config = load_config(CONFIG_DIR)
    assert set(config.policies) == {"wakefield", "leeds", "calderdale", "kirklees", "bradford"}
    assert config.domains["leeds.gov.uk"] == "leeds"


def test_a_negative_report_deadline_names_file_and_key(config_dir: Path) -> None:
    _edit(
        config_dir / "policies" / "leeds.toml",
        "report_working_days = 1",
        "report_working_days = -1",
    )
    with pytest.raises(PolicyError) as caught:
        load_config(config_dir)
    assert str(caught.value) == (
        "config/policies/leeds.toml: deadlines.report_working_days: must be >= 0"
    )


def test_an_unknown_criterion_names_file_and_key(config_dir: Path) -> None:
    _edit(config_dir / "policies" / "calderdale.toml", '"prior_unit_involvement",', '"prior_unit",')
    with pytest.raises(
        PolicyError, match=r"^config/policies/calderdale.toml: initial\.attend\.3: "
    ):
        load_config(config_dir)


def test_an_unknown_key_is_refused(config_dir: Path) -> None:
    _edit(config_dir / "policies" / "wakefield.toml", "[initial]", "[initial]\natend = []")
    with pytest.raises(PolicyError, match=r"wakefield.toml: initial\.atend: "):
        load_config(config_dir)


def test_invalid_toml_names_the_file(config_dir: Path) -> None:
    (config_dir / "policies" / "bradford.toml").write_text("name = \n")
    with pytest.raises(PolicyError, match=r"^config/policies/bradford.toml: not valid TOML"):
        load_config(config_dir)


def test_a_file_whose_name_disagrees_with_its_district_is_refused(config_dir: Path) -> None:
    shutil.copy(config_dir / "policies" / "leeds.toml", config_dir / "policies" / "york.toml")
    with pytest.raises(PolicyError, match=r"york.toml: name: must be 'york'"):
        load_config(config_dir)


def test_a_bad_context_rule_names_the_vocabulary_file(config_dir: Path) -> None:
    _edit(
        config_dir / "vocabulary" / "context.toml",
        'direction = "forward"',
        'direction = "sideways"',
    )
    with pytest.raises(
        PolicyError, match=r"^config/vocabulary/context.toml: triggers\.\d+\.direction"
    ):
        load_config(config_dir)


def test_a_missing_concept_is_named(config_dir: Path) -> None:
    _edit(config_dir / "vocabulary" / "concepts.toml", "[concepts.cse]", "[concepts.cse_renamed]")
    with pytest.raises(PolicyError, match=r"concepts\.cse: missing"):
        load_config(config_dir)


def test_the_fallback_policy_must_exist(config_dir: Path) -> None:
    _edit(config_dir / "senders.toml", 'fallback_policy = "wakefield"', 'fallback_policy = "york"')
    with pytest.raises(PolicyError, match=r"^config/senders.toml: fallback_policy"):
        load_config(config_dir)


def test_a_unit_can_add_a_phrase_without_a_release(config_dir: Path) -> None:
    from parsers.records import BookingFields, Invitation, Mailbox, MessageInfo, Page
    from triage import build_nlp, triage

    _edit(
        config_dir / "vocabulary" / "concepts.toml", '"CSE risk",', '"CSE risk", "Operation Topaz",'
    )
    config = load_config(config_dir)
    info = MessageInfo(None, Mailbox("a@wakefield.gov.uk", None), (), None, None, None, ())
    page = Page("body", ("Amy is linked to Operation Topaz.",))
    inv = Invitation(info, (page,), (), BookingFields(district="wakefield"))
    result = triage(inv, config=config, nlp=build_nlp(config), received=None)
    assert [c.criterion.value for c in result.criteria] == ["child_sexual_exploitation"]
