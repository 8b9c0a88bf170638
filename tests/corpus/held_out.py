"""Leave-one-layout-out bookkeeping for the first-sight sets (issue 11, "Measure generalisation").

Why: the triage is rule-based, so there is no model to retrain without a layout. A layout is
"left out" when it is scored by code that had not yet been changed for it: the code at its set's
first-sight commit, or any older commit. Comparing a layout's score at the oldest code with its
score at first sight shows what fixes made for *other* layouts carried to it; comparing first
sight with HEAD shows what the fixes made after seeing it added.

This module is the pure part of that measure (which layout a case belongs to, which code/set
cells are held out, the figures of a group of cases, built from `tests.corpus.scoring`); the
shell that checks old commits out and runs them is `scripts/held-out`, the tables are
`tests.corpus.held_out_tables`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from tests.corpus.scoring import score

Case = tuple[Path, dict[str, Any]]

#: Set → the commit its first-sight score was taken at (README "First sight"; in git each is
#: the parent, or an ancestor a few fix commits before, of the commit that added the set).
FIRST_SIGHT: Mapping[str, str] = {
    "a": "56fbe57",
    "b": "56fbe57",
    "c": "ebcba5e",
    "d": "9ad053b",
    "e": "1f4e988",
    "f": "1f4e988",
    "g": "5b00948",
    "h": "7c0e2fd",
    "i": "7c0e2fd",
    "j": "6ee8da4",
    "k": "537e1c8",
    "l": "47fbe3f",
    "m": "ad55b78",
    "n": "ad55b78",
    "o": "1955658",
    "p": "1955658",
    "q": "0915201",
    "r": "b8f251c",
    "s": "b8f251c",
    "t": "ebfe109",
    "u": "bcd1541",
    "v": "5b65425",
    "w": "0521f74",
    "x": "bbd59a9",
    "y": "0521f74",
    "z": "d8339b8",
    "A": "f82ca9b",
    "B": "a6b7ec6",
    "C": "f82ca9b",
    "D": "f82ca9b",
}

#: Every first-sight layout has seven emails (firstsight/*/README.md).
CASES_PER_LAYOUT = 7
#: Sets whose file names number the case, not the layout: set a is a-01 … a-35, its layouts
#: a-01..a-07, a-08..a-14, … (firstsight/a/README.md "Layouts"); the others are X-LL[x|-NN]-….
NUMBERED_BY_CASE = frozenset({"a"})

_STEM = re.compile(r"^(?P<set>[a-zA-Z])-(?P<number>\d{2,3})(?=[a-z]?-)")  # t, u: layouts 100-105

#: The scorer's "dangerous" answers plus manual_review answered report_only (issue 11, POLICY.md).
_NEEDS_A_PERSON = frozenset({"attend", "discuss", "manual_review"})


@dataclass(frozen=True, slots=True, order=True)
class Layout:
    """One first-sight layout: its set and its number (1 … 45 over all sets)."""

    set: str
    number: int


def layout_of(stem: str, folder: str | None = None) -> Layout:
    """The layout of a first-sight case from its file name (`X-LL…`, or set a's case number).

    The set is its folder's name when that is a set's (the eighth wave's sets are the capitals
    A–D, layouts 131–150); else the letter of the file name in lower case — sets j and k write
    their letter in capitals ("J-46-01-…")."""
    match = _STEM.match(stem)
    if match is None:
        raise ValueError(f"{stem}: not a first-sight case name (X-LL-…)")
    number = int(match["number"])
    letter = folder if folder in FIRST_SIGHT else match["set"].lower()
    if letter in NUMBERED_BY_CASE:
        number = (number - 1) // CASES_PER_LAYOUT + 1
    return Layout(letter, number)


def group_by_layout(cases: Iterable[Case]) -> dict[Layout, list[Case]]:
    """Cases grouped by layout, layouts in order, each layout's cases in their given order."""
    groups: dict[Layout, list[Case]] = {}
    for case in cases:
        groups.setdefault(layout_of(case[0].stem, case[0].parent.name), []).append(case)
    return dict(sorted(groups.items()))


class Sight(Enum):
    """What a row's code knew of a set when it ran."""

    HELD_OUT = "held out"  # code older than the set's first sight: never changed for it
    FIRST_SIGHT = "first sight"  # the recorded first-sight code: never changed for it either
    SEEN = "seen"  # code changed after the set was seen

    @property
    def held_out(self) -> bool:
        return self is not Sight.SEEN


def sight(rows: Sequence[str], row: int, first_sight: str) -> Sight:
    """How row `row` of `rows` (commits, oldest first, each an ancestor of the next) saw a set
    first seen at commit `first_sight`, which must be one of the rows."""
    if first_sight not in rows:
        raise ValueError(f"first-sight commit {first_sight} is not among the rows {list(rows)}")
    first = rows.index(first_sight)
    if row < first:
        return Sight.HELD_OUT
    return Sight.FIRST_SIGHT if row == first else Sight.SEEN


def unsafe_cases(cases: Iterable[Case], outputs: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Cases answered `report_only` where a person had to look (attend, discuss, manual_review)."""
    return [
        eml.stem
        for eml, label in cases
        if label.get("decision") in _NEEDS_A_PERSON
        and outputs[str(eml)]["decision"]["suggested"] == "report_only"
    ]


@dataclass(frozen=True, slots=True)
class Figures:
    """The measures of one group of cases, as counts so groups can be pooled."""

    cases: int
    decisions_right: int
    decisions_scored: int
    dangerous: int  # the scorer's: attend/discuss answered report_only
    unsafe: int  # dangerous + manual_review answered report_only
    tp: int
    fp: int
    fn: int
    fields: Mapping[str, tuple[int, int]]  # field → (right, scored)
    summary: str  # tests.corpus.scoring.Score.summary(), as scripts/corpus-diff prints it

    def field(self, *names: str) -> tuple[int, int]:
        """Right and scored over one or more fields (children_names + adults_names: names)."""
        pairs = [self.fields.get(name, (0, 0)) for name in names]
        return sum(r for r, _ in pairs), sum(n for _, n in pairs)

    def as_json(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "decisions": [self.decisions_right, self.decisions_scored],
            "dangerous": self.dangerous,
            "unsafe": self.unsafe,
            "criteria_tp_fp_fn": [self.tp, self.fp, self.fn],
            "fields": {k: list(v) for k, v in sorted(self.fields.items())},
            "summary": self.summary,
        }

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> Figures:
        """The figures `as_json` wrote (scripts/held-out --from-json re-renders a run)."""
        tp, fp, fn = doc["criteria_tp_fp_fn"]
        return cls(
            cases=doc["cases"],
            decisions_right=doc["decisions"][0],
            decisions_scored=doc["decisions"][1],
            dangerous=doc["dangerous"],
            unsafe=doc["unsafe"],
            tp=tp,
            fp=fp,
            fn=fn,
            fields={k: (v[0], v[1]) for k, v in doc["fields"].items()},
            summary=doc["summary"],
        )


def figures(cases: Sequence[Case], outputs: Mapping[str, Mapping[str, Any]]) -> Figures:
    """Score `cases` against the triage's `outputs` (keyed by the eml path as given)."""
    s = score(list(cases), {k: dict(v) for k, v in outputs.items()})
    return Figures(
        cases=len(cases),
        decisions_right=s.decisions_right,
        decisions_scored=s.decisions_scored,
        dangerous=len(s.dangerous),
        unsafe=len(unsafe_cases(cases, outputs)),
        tp=s.tp,
        fp=s.fp,
        fn=s.fn,
        fields={k: (v[0], v[1]) for k, v in s.fields.items()},
        summary=s.summary(),
    )


def pooled(parts: Iterable[Figures]) -> Figures:
    """One group's figures from several (counts added; the summary line is left empty)."""
    items = list(parts)
    fields: dict[str, tuple[int, int]] = {}
    for item in items:
        for name, (right, scored) in item.fields.items():
            r, n = fields.get(name, (0, 0))
            fields[name] = (r + right, n + scored)
    return Figures(
        cases=sum(i.cases for i in items),
        decisions_right=sum(i.decisions_right for i in items),
        decisions_scored=sum(i.decisions_scored for i in items),
        dangerous=sum(i.dangerous for i in items),
        unsafe=sum(i.unsafe for i in items),
        tp=sum(i.tp for i in items),
        fp=sum(i.fp for i in items),
        fn=sum(i.fn for i in items),
        fields=fields,
        summary="",
    )


@dataclass(frozen=True, slots=True)
class Row:
    """One version of the code: a first-sight commit (or an older base), or HEAD."""

    label: str
    commit: str
    note: str = ""  # where its modules were imported from, or why it could not run


@dataclass(frozen=True, slots=True)
class Cell:
    """One row's code run over one set: the set's figures and each layout's."""

    row: int
    set: str
    sight: Sight
    figures: Figures
    layouts: Mapping[int, Figures]

    def as_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "set": self.set,
            "sight": self.sight.value,
            "figures": self.figures.as_json(),
            "layouts": {str(n): f.as_json() for n, f in self.layouts.items()},
        }

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> Cell:
        return cls(
            row=doc["row"],
            set=doc["set"],
            sight=Sight(doc["sight"]),
            figures=Figures.from_json(doc["figures"]),
            layouts={int(n): Figures.from_json(f) for n, f in doc["layouts"].items()},
        )


def cell(
    rows: Sequence[Row],
    row: int,
    set_name: str,
    cases: Sequence[Case],
    outputs: Mapping[str, Mapping[str, Any]],
) -> Cell:
    """Score one row's outputs on one set, per set and per layout, marked held out or seen."""
    return Cell(
        row=row,
        set=set_name,
        sight=sight([r.commit for r in rows], row, rows_commit(rows, set_name)),
        figures=figures(cases, outputs),
        layouts={
            layout.number: figures(group, outputs)
            for layout, group in group_by_layout(cases).items()
        },
    )


def rows_commit(rows: Sequence[Row], set_name: str) -> str:
    """The row commit that is `set_name`'s first sight (rows hold full ids, FIRST_SIGHT short)."""
    short = FIRST_SIGHT[set_name]
    found = [r.commit for r in rows if r.commit.startswith(short)]
    if len(found) != 1:
        raise ValueError(f"set {set_name}: first sight {short} is not one of the rows")
    return found[0]
