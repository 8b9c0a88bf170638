"""Reasons in words a supervisor reads (issue 12 item 18).

The triage cites its sources the way the policy files do: "protocol 000 §4.5 item 7", "process
003: …", "POLICY.md rule 1", and names its rule by id ("wakefield.initial.criteria"). A sergeant
knows the Wakefield protocol, not seed file 000 or a markdown file, so the desk says
"Wakefield protocol §4.5 item 7" and "the unit's attendance policy", and shows the protocol a
suggestion came from instead of the rule id. A conflict between the council's tick box and the
criteria found is explained in one sentence.
"""

from __future__ import annotations

import re

from tasks.records import Task
from triage.records import Flag

#: The published protocols behind the policy files (config/policies/*.toml, seeds/…).
PROTOCOLS = {
    "000": "Wakefield protocol",
    "001": "Leeds protocol",
    "003": "Calderdale protocol",
}
_CITED = re.compile(r"\b(?:protocol|process|seeds/)\s*(\d{3})(?:_…)?\b")
_POLICY_RULE = re.compile(r"POLICY\.md (?:rule (\d+)|choice)")
_POLICY = re.compile(r"\bPOLICY\.md\b")
_BARE_NUMBER = re.compile(r"\((\d{3})\)")
_RULE_ID = re.compile(r"\brule ([a-z_]+)\.[a-z_.]+")


def plain(text: str) -> str:
    """One reason with file names and seed numbers replaced by what a person knows them as."""
    text = _CITED.sub(lambda m: PROTOCOLS.get(m.group(1), "the district's protocol"), text)
    text = _BARE_NUMBER.sub(
        lambda m: f"({PROTOCOLS[m.group(1)]})" if m.group(1) in PROTOCOLS else m.group(0), text
    )
    text = _POLICY_RULE.sub(
        lambda m: (
            f"the unit's attendance policy, rule {m.group(1)}"
            if m.group(1)
            else "the unit's attendance policy"
        ),
        text,
    )
    text = _RULE_ID.sub(lambda m: f"the {m.group(1).replace('_', ' ')} attendance rules", text)
    return _POLICY.sub("the unit's attendance policy", text)


def source_of(task: Task, district: str | None) -> str:
    """Where the suggestion comes from, in words, instead of the rule id."""
    if task.rule.startswith("manual_review"):
        return "needs a person: see the reasons"
    protocol = {"wakefield": "000", "leeds": "001", "calderdale": "003"}.get(district or "")
    if protocol is None:
        return "the unit's attendance policy (no published district protocol)"
    return PROTOCOLS[protocol]


def tick_conflict(task: Task) -> str | None:
    """The one sentence a supervisor needs when the tick box and the criteria disagree."""
    if Flag.TICKBOX_CONFLICT in task.flags:
        return (
            'The council ticked "report sufficient", but the email describes a criterion '
            "for police attendance: the evidence is below; attending is suggested."
        )
    if Flag.TICKBOX_AMBIGUOUS in task.flags:
        return (
            "The police tick box on the form is ticked both ways or not at all, so it says "
            "nothing: the suggestion rests on the criteria alone."
        )
    return None
