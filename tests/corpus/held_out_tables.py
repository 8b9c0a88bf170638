"""Markdown tables of the leave-one-layout-out measure (`scripts/held-out`, issue 11).

Why a module of its own: the tables are what a reader of the README sees, so they are built
from counts (`tests.corpus.held_out.Figures`) by pure functions a test can pin, apart from the
shell that runs old commits.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from tests.corpus.held_out import Cell, Figures, Row, Sight, pooled

Cells = Mapping[tuple[int, str], Cell]

#: What the README's quality tables show, as (heading, how a group's figures read).
MEASURES: tuple[tuple[str, Callable[[Figures], str]], ...] = (
    ("decisions / unsafe", lambda f: f"{_decisions(f)} / {f.unsafe}"),
    ("criteria P / R", lambda f: f"{_rate(f.tp, f.tp + f.fp)} / {_rate(f.tp, f.tp + f.fn)}"),
    ("children / adults", lambda f: f"{_field(f, 'children_names')} / {_field(f, 'adults_names')}"),
    ("tick box", lambda f: _field(f, "tick_box")),
    ("date / time", lambda f: f"{_field(f, 'date')} / {_field(f, 'time')}"),
)

LEGEND = (
    "**bold**: the set's first sight (the code recorded before any change for it); "
    "*italic*: older code, also held out; plain: code changed after the set was seen. "
    "Unsafe: `report_only` where `attend`, `discuss` or `manual_review` was right."
)


def _decisions(f: Figures) -> str:
    return _rate(f.decisions_right, f.decisions_scored)


def _rate(right: int, scored: int) -> str:
    return f"{right / scored:.3f}" if scored else "–"


def _field(f: Figures, *names: str) -> str:
    return _rate(*f.field(*names))


def _count(f: Figures, *names: str) -> str:
    right, scored = f.field(*names)
    return f"{right}/{scored}"


def marked(text: str, how: Sight) -> str:
    """A cell's text marked by what its code knew of the set (see LEGEND)."""
    if how is Sight.FIRST_SIGHT:
        return f"**{text}**"
    return f"*{text}*" if how is Sight.HELD_OUT else text


def _table(header: Sequence[str], body: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(row) + " |" for row in body]


def matrix(rows: Sequence[Row], sets: Sequence[str], cells: Cells) -> str:
    """One table per measure: a row per code version, a column per set, held-out cells marked."""
    out: list[str] = [LEGEND, ""]
    for heading, show in MEASURES:
        body = []
        for i, row in enumerate(rows):
            line = [row.label]
            for name in sets:
                found = cells.get((i, name))
                line.append(marked(show(found.figures), found.sight) if found else "not run")
            body.append(line)
        out += [f"#### {heading}", "", *_table(["code", *sets], body), ""]
    return "\n".join(out)


def _pool(cells: Cells, sets: Sequence[str], pick: Callable[[str], Cell | None]) -> Figures | None:
    found = [pick(name) for name in sets]
    if not found or any(c is None for c in found):
        return None
    return pooled(c.figures for c in found if c is not None)


def first_sight_cell(cells: Cells, set_name: str) -> Cell | None:
    """The set's cell at its first-sight code, if that row ran."""
    return next(
        (c for c in cells.values() if c.set == set_name and c.sight is Sight.FIRST_SIGHT), None
    )


def leave_one_out(rows: Sequence[Row], sets: Sequence[str], cells: Cells) -> str:
    """Pooled figures: every layout at the oldest code, at its own first sight, and at HEAD —
    over all sets, then over the sets first seen after the earliest first sight, from that
    earliest first-sight code (what fixes made for other sets carried to them before any
    change for them)."""
    firsts = {s: f.row for s in sets if (f := first_sight_cell(cells, s)) is not None}
    earliest = min(firsts.values(), default=0)
    later = [s for s in sets if firsts.get(s, earliest) > earliest]
    blocks = [(list(sets), 0)]
    if later and (later != list(sets) or earliest > 0):
        blocks.append((later, earliest))
    head = len(rows) - 1
    body = []
    for names, base in blocks:
        for what, pick in (
            (f"{rows[base].label}, held out", lambda s, b=base: cells.get((b, s))),
            ("first sight, held out", lambda s: first_sight_cell(cells, s)),
            (f"{rows[head].label}, seen", lambda s: cells.get((head, s))),
        ):
            got = _pool(cells, names, pick)
            shown = [show(got) for _, show in MEASURES] if got else ["not run"] * len(MEASURES)
            body.append([f"sets {', '.join(names)}", what, str(got.cases if got else "–"), *shown])
    header = ["emails", "code", "n", *(h for h, _ in MEASURES)]
    return "\n".join(_table(header, body))


#: What a fix for other layouts can change in a layout, as counts.
CARRIED: tuple[tuple[str, Callable[[Figures], int]], ...] = (
    ("decisions", lambda f: f.decisions_right),
    ("unsafe", lambda f: f.unsafe),
    ("criteria found", lambda f: f.tp),
    ("criteria spurious", lambda f: f.fp),
    ("names", lambda f: f.field("children_names", "adults_names")[0]),
    ("tick", lambda f: f.field("tick_box")[0]),
    ("date", lambda f: f.field("date")[0]),
    ("time", lambda f: f.field("time")[0]),
)


def carried(before: Figures, after: Figures) -> str:
    """What changed between two held-out runs of a layout (fixes made for other layouts), each
    measure as 'before→after' counts, so a worse figure reads as plainly as a better one."""
    changes = [
        f"{name} {value(before)}→{value(after)}"
        for name, value in CARRIED
        if value(before) != value(after)
    ]
    return ", ".join(changes) or "none"


def per_layout(rows: Sequence[Row], sets: Sequence[str], cells: Cells) -> str:
    """A row per layout: oldest code and first sight (both held out) against HEAD, as counts,
    and what the fixes made for other layouts carried to it before its own first sight."""
    head = len(rows) - 1
    body = []
    for name in sets:
        first, oldest, last = (
            first_sight_cell(cells, name),
            cells.get((0, name)),
            cells.get((head, name)),
        )
        if first is None or oldest is None or last is None:
            body.append([f"{name} (not run)", name, "", "", "", "", "", "", "", ""])
            continue
        for number, fs in first.layouts.items():
            old, now = oldest.layouts[number], last.layouts[number]
            body.append(
                [
                    str(number),
                    name,
                    rows[first.row].label,
                    " → ".join(f"{f.decisions_right}/{f.decisions_scored}" for f in (old, fs, now)),
                    f"{fs.unsafe} → {now.unsafe}",
                    f"{fs.tp}/{fs.tp + fs.fn} → {now.tp}/{now.tp + now.fn}",
                    f"{_count(fs, 'children_names', 'adults_names')} → "
                    f"{_count(now, 'children_names', 'adults_names')}",
                    f"{_count(fs, 'tick_box')} → {_count(now, 'tick_box')}",
                    f"{_count(fs, 'date', 'time')} → {_count(now, 'date', 'time')}",
                    "— (first sight is the oldest code)" if first.row == 0 else carried(old, fs),
                ]
            )
    header = [
        "layout",
        "set",
        "first sight",
        "decisions: oldest → first sight → HEAD",
        "unsafe",
        "criteria found",
        "names",
        "tick box",
        "date + time",  # first sight → HEAD
        "oldest → first sight (other layouts' fixes)",
    ]
    return "\n".join(_table(header, body))
