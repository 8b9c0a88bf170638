"""Score TriageResult documents against labelled emails (the samples' label format).

The same measures as the outside checks' scorer (decision accuracy, dangerous misses, criteria
precision/recall, field accuracy, verbatim evidence), kept here so the tests stand alone.
Labels: `tests/corpus/samples/README.md`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIELD_NAMES = (
    "district",
    "kind",
    "date",
    "time",
    "tick_box",
    "harm_categories",
    "children_names",
    "children_dobs",
    "adults_names",
)


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip().casefold()


def name_key(name: str) -> str:
    return re.sub(r"[^a-z]", "", (name or "").casefold())


def load_cases(directory: Path) -> list[tuple[Path, dict[str, Any]]]:
    return [
        (eml, json.loads(eml.with_suffix(".json").read_text()))
        for eml in sorted(directory.glob("*.eml"))
        if eml.with_suffix(".json").exists()
    ]


@dataclass
class Score:
    decisions_right: int = 0
    decisions_scored: int = 0
    dangerous: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    fields: dict[str, list[int]] = field(default_factory=dict)
    field_misses: list[str] = field(default_factory=list)
    quotes_ok: int = 0
    quotes_scored: int = 0
    bad_quotes: list[str] = field(default_factory=list)
    flags_missing: list[str] = field(default_factory=list)
    flags_forbidden_present: list[str] = field(default_factory=list)

    @property
    def decision_accuracy(self) -> float:
        return self.decisions_right / self.decisions_scored if self.decisions_scored else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def field_accuracy(self) -> float:
        right = sum(r for r, _ in self.fields.values())
        scored = sum(n for _, n in self.fields.values())
        return right / scored if scored else 1.0

    def summary(self) -> str:
        per_field = ", ".join(f"{k} {r}/{n}" for k, (r, n) in sorted(self.fields.items()))
        return (
            f"decisions {self.decisions_right}/{self.decisions_scored} "
            f"({self.decision_accuracy:.3f}); dangerous {len(self.dangerous)}; criteria "
            f"precision {self.precision:.3f} recall {self.recall:.3f}; fields "
            f"{self.field_accuracy:.3f} [{per_field}]; quotes {self.quotes_ok}/{self.quotes_scored}"
        )


def score(cases: list[tuple[Path, dict[str, Any]]], outputs: dict[str, dict[str, Any]]) -> Score:
    s = Score()
    for eml, label in cases:
        out = outputs[str(eml)]
        _score_decision(s, eml.stem, label, out)
        _score_criteria(s, eml.stem, label, out)
        _score_fields(s, eml.stem, label, out)
        _score_quotes(s, eml.stem, label, out)
        _score_flags(s, eml.stem, label, out)
    return s


def _score_decision(s: Score, case: str, label: dict[str, Any], out: dict[str, Any]) -> None:
    want = label.get("decision")
    got = out["decision"]["suggested"]
    if want is None:
        return
    s.decisions_scored += 1
    if got == want:
        s.decisions_right += 1
        return
    s.wrong.append(f"{case}: expected {want}, got {got}")
    if want in ("attend", "discuss") and got == "report_only":
        s.dangerous.append(case)


def _score_criteria(s: Score, case: str, label: dict[str, Any], out: dict[str, Any]) -> None:
    if label.get("criteria") is None:
        return
    want = set(label["criteria"])
    got = {c["id"] for c in out["criteria"]}
    s.tp += len(want & got)
    s.fp += len(got - want)
    s.fn += len(want - got)
    s.missed += [f"{case}: {c}" for c in sorted(want - got)]
    s.spurious += [f"{case}: {c}" for c in sorted(got - want)]


def _values(label: dict[str, Any], out: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    conf = out["conference"]
    pairs: dict[str, tuple[Any, Any]] = {
        "district": (label.get("district"), out["district"]),
        "kind": (label.get("kind"), conf["kind"]),
        "date": (label.get("date"), conf["date"]),
        "time": (label.get("time"), conf["time"]),
        "tick_box": (label.get("police_attendance_requested"), out["police_attendance_requested"]),
    }
    if label.get("harm_categories") is not None:
        pairs["harm_categories"] = (
            sorted(label["harm_categories"]),
            sorted(out["harm_categories"]),
        )
    if label.get("children") is not None:
        pairs["children_names"] = (
            sorted(name_key(c["name"]) for c in label["children"]),
            sorted(name_key(c["name"]) for c in out["children"]),
        )
        pairs["children_dobs"] = (
            sorted((name_key(c["name"]), c.get("date_of_birth")) for c in label["children"]),
            sorted((name_key(c["name"]), c.get("date_of_birth")) for c in out["children"]),
        )
    if label.get("adults") is not None:
        pairs["adults_names"] = (
            sorted(name_key(a) for a in label["adults"]),
            sorted(name_key(a["name"]) for a in out["adults"]),
        )
    return pairs


def _score_fields(s: Score, case: str, label: dict[str, Any], out: dict[str, Any]) -> None:
    for name, (want, got) in _values(label, out).items():
        if want is None:
            continue
        tally = s.fields.setdefault(name, [0, 0])
        tally[1] += 1
        if want == got:
            tally[0] += 1
        else:
            s.field_misses.append(f"{case}: {name} expected {want!r}, got {got!r}")


def _score_quotes(s: Score, case: str, label: dict[str, Any], out: dict[str, Any]) -> None:
    sources = fold(" ".join(label.get("source_texts") or []))
    if not sources:
        return
    for crit in out["criteria"]:
        for ev in crit["evidence"]:
            s.quotes_scored += 1
            quote = fold(ev["quote"])
            if quote and quote in sources:
                s.quotes_ok += 1
            else:
                s.bad_quotes.append(f"{case}: {ev['quote'][:80]!r}")


def _score_flags(s: Score, case: str, label: dict[str, Any], out: dict[str, Any]) -> None:
    got = set(out["flags"])
    s.flags_missing += [f"{case}: {f}" for f in label.get("flags_required") or [] if f not in got]
    s.flags_forbidden_present += [
        f"{case}: {f}" for f in label.get("flags_forbidden") or [] if f in got
    ]


def tally(values: list[str]) -> Counter[str]:
    return Counter(v.split(": ", 1)[1] for v in values)
