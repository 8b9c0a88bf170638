"""An XFA form's answers (Adobe LiveCycle / AEM Forms) in the form model.

Councils' booking forms are often XFA. A **dynamic** form's page holds only Adobe's "Please
wait..." text (the viewer draws the form from the template), so every answer is in the
`datasets` packet; a **static** form's page is drawn and its AcroForm widgets carry values
that may be stale or empty — Adobe Reader shows the datasets', so they win.

- `xfa_page_lines` reads the datasets in their order as the form model's lines (README "The
  form model"): a subform's name in words as a heading, each answer `caption<TAB>value`, a check
  box `☒`/`☐` before its caption, a radio group's options likewise, a subform repeated in the
  data (children 1..n) as a table — a header row of captions over a row per instance, as a
  Word table reads. Captions, check-box values and list texts come from the template
  (`parsers.xfa_template`); an ISO date is written dd/mm/yyyy, as the form shows it.
- `XfaValues` answers, for a static form's widget (by its field's SOM name,
  `form1[0].#subform[0].ConfDate[0]`), what the datasets hold, so `parsers.pdf_form` puts that
  at the widget's place instead of the stale `/V` and nothing is read twice.
- `is_placeholder` tells Adobe's placeholder page, which a dynamic form's XFA page replaces.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints

from parsers.records import CELL, MARKED, UNMARKED, UNREAD
from parsers.xfa_packets import Packets
from parsers.xfa_template import FieldInfo, TemplateIndex, template_index, words

_DATA_NS = "http://www.xfa.org/schema/xfa-data/1.0/"
_XHTML_NS = "http://www.w3.org/1999/xhtml"
MAX_LINES = 3_000  # a booking form has tens; a hostile one is cut here
_ON = frozenset({"1", "on", "yes", "true", "y", "x"})
_OFF = frozenset({"", "0", "off", "no", "false", "n"})
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\S*)?")
#: Adobe's text on a dynamic form's page for viewers that cannot render XFA (every LiveCycle
#: Designer and AEM Forms output carries it); two phrases of it, so a letter that quotes
#: "please wait" is not taken for it.
_PLACEHOLDER = ("please wait", "proper contents of the document")


@dataclass(frozen=True, slots=True)
class XfaForm:
    """The form's data (its record element) and what the template says about it."""

    record: Any | None
    index: TemplateIndex
    dynamic: bool

    @property
    def has_data(self) -> bool:
        return self.record is not None and any(isinstance(c.tag, str) for c in self.record)


def xfa_form(packets: Packets) -> XfaForm:
    return XfaForm(
        record=_record(packets.datasets),
        index=template_index(packets.template),
        dynamic=packets.needs_rendering,
    )


def is_placeholder(lines: tuple[str, ...]) -> bool:
    """A page with Adobe's "Please wait..." text: not the form, which only XFA draws."""
    text = " ".join(" ".join(lines).split()).casefold()
    return all(phrase in text for phrase in _PLACEHOLDER)


def xfa_page_lines(form: XfaForm) -> tuple[str, ...]:
    """The datasets as the form model's lines (nothing when there are none)."""
    if form.record is None:
        return ()
    out: list[str] = []
    _group_lines(form.record, (), form.index, out, depth=0)
    return tuple(out[:MAX_LINES])


def _group_lines(
    element: Any, path: tuple[str, ...], index: TemplateIndex, out: list[str], *, depth: int
) -> None:
    if depth > 48 or len(out) > MAX_LINES:
        return
    for tag, group in _groups(element):
        inner = (*path, tag)
        if all(_is_leaf(e) for e in group):
            for leaf in group:
                out += _field_lines(leaf, index.lookup(inner), tag)
        elif len(group) > 1 or inner in index.repeats:
            out.append(words(tag))
            out += _table(group, inner, index)
        else:
            out.append(words(tag))
            _group_lines(group[0], inner, index, out, depth=depth + 1)


def _field_lines(leaf: Any, info: FieldInfo | None, tag: str) -> list[str]:
    caption = info.caption if info is not None else words(tag)
    value = _value(leaf)
    if info is not None and info.options:
        boxes = [f"{_glyph(value == on, known=True)} {label}" for on, label in info.options]
        return [f"{caption}{CELL}{' '.join(boxes)}"]
    if info is not None and info.check:
        return [f"{_check(value, info)} {caption}"]
    lines = [" ".join(line.split()) for line in _shown(value, info).splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return [caption]
    return [f"{caption}{CELL}{lines[0]}", *lines[1:]]


def widget_answer(form: XfaForm, som_name: str) -> tuple[str, bool] | None:
    """What the datasets hold for a static form's widget named `som_name` (its field's full
    name, `form1[0].#subform[0].Child[1].Name[0]`): (the text to show, whether it is a check
    box's glyph). The name is followed through the data level by level, an unnamed subform
    (`#subform`) opening none (XFA's name binding); when that finds nothing, the one data
    element of the field's name anywhere answers. None when the datasets have no answer."""
    steps = _som_steps(som_name)
    if form.record is None or not steps:
        return None
    found = _follow(form.record, steps[1:]) or _only(form.record, steps[-1][0])
    if found is None:
        return None
    node, path = found
    info = form.index.lookup(path)
    value = _value(node)
    if info is not None and info.check:
        return _check(value, info), True
    return _shown(value, info), False


def _som_steps(som_name: str) -> list[tuple[str, int]]:
    steps: list[tuple[str, int]] = []
    for part in som_name.split(".")[:64]:
        match = re.fullmatch(r"([^\[\]]+)(?:\[(\d{1,4})\])?", part)
        if match is None or match.group(1).startswith("#"):
            continue
        steps.append((match.group(1), int(match.group(2) or 0)))
    return steps


def _follow(record: Any, steps: list[tuple[str, int]]) -> tuple[Any, tuple[str, ...]] | None:
    node, path = record, tuple[str, ...]()
    for name, n in steps:
        matches = [c for c in _elements(node) if _local(c) == name]
        if len(matches) <= n:
            return None
        node, path = matches[n], (*path, name)
    return (node, path) if path and _is_leaf(node) else None


def _only(record: Any, name: str) -> tuple[Any, tuple[str, ...]] | None:
    leaves = [e for e in record.iter() if isinstance(e.tag, str) and _local(e) == name]
    if len(leaves) != 1 or not _is_leaf(leaves[0]):
        return None
    path = tuple(_local(a) for a in reversed(list(leaves[0].iterancestors())))
    depth = path.index(_local(record)) + 1 if _local(record) in path else len(path)
    return leaves[0], (*path[depth:], name)


def _table(group: list[Any], path: tuple[str, ...], index: TemplateIndex) -> list[str]:
    """A repeated subform: a header row of captions, then a row per instance."""
    rows = [dict(_row_cells(e, path, index, depth=0)) for e in group[:500]]
    columns: list[tuple[str, ...]] = []
    for row in rows:
        columns += [c for c in row if c not in columns]
    header = [_column_caption(c, path, index) for c in columns]
    lines = [CELL.join(header)]
    for row in rows:
        lines.append(CELL.join(row.get(c, "") for c in columns).rstrip(CELL))
    return lines


def _row_cells(
    element: Any, path: tuple[str, ...], index: TemplateIndex, *, depth: int
) -> list[tuple[tuple[str, ...], str]]:
    """One instance's answers keyed by their path inside it (a nested subform's flattened)."""
    cells: list[tuple[tuple[str, ...], str]] = []
    if depth > 8:
        return cells
    seen: dict[str, int] = {}
    for child in _elements(element):
        tag = _local(child)
        n = seen[tag] = seen.get(tag, 0) + 1
        key = (tag,) if n == 1 else (f"{tag}[{n}]",)
        if _is_leaf(child):
            info = index.lookup((*path, tag))
            value = _value(child)
            if info is not None and info.check:
                text = _check(value, info)
            elif info is not None and info.options:
                text = next((label for on, label in info.options if on == value), value)
            else:
                text = " ".join(_shown(value, info).split())
            cells.append((key, text))
        else:
            inner = _row_cells(child, (*path, tag), index, depth=depth + 1)
            cells += [(key + k, v) for k, v in inner]
    return cells


def _column_caption(column: tuple[str, ...], path: tuple[str, ...], index: TemplateIndex) -> str:
    tags = tuple(re.sub(r"\[\d+\]$", "", part) for part in column)
    info = index.lookup(path + tags)
    return info.caption if info is not None else words(tags[-1])


def _check(value: str, info: FieldInfo) -> str:
    folded = value.strip().casefold()
    if info.on is not None and folded == info.on.casefold():
        return MARKED
    if info.off is not None and folded == info.off.casefold():
        return UNMARKED
    if folded in _ON:
        return MARKED
    if folded in _OFF:
        return UNMARKED
    return UNREAD  # a value that is neither state: the box is not read (records.UNREAD)


def _glyph(on: bool, *, known: bool) -> str:
    return UNREAD if not known else MARKED if on else UNMARKED


def _shown(value: str, info: FieldInfo | None) -> str:
    """The value as the form shows it: a list's text for its saved code, a date dd/mm/yyyy."""
    if info is not None and info.shown:
        value = next((text for saved, text in info.shown if saved == value.strip()), value)
    return shown_date(value)


def shown_date(value: str) -> str:
    """An ISO 8601 date (XFA's canonical form) as dd/mm/yyyy, a date-time with its HH:MM."""
    match = _ISO_DATE.fullmatch(value.strip())
    if match is None:
        return value
    year, month, day, hour, minute = match.groups()
    try:
        dt.date(int(year), int(month), int(day))
    except ValueError:
        return value
    shown = f"{day}/{month}/{year}"
    return f"{shown} {hour}:{minute}" if hour is not None else shown


def _value(leaf: Any) -> str:
    """A data element's text; a rich-text value's XHTML paragraphs one line each."""
    if any(isinstance(c.tag, str) for c in leaf):
        paragraphs = [
            " ".join("".join(p.itertext()).split()) for p in leaf.iter(f"{{{_XHTML_NS}}}p")
        ]
        if paragraphs:
            return "\n".join(p for p in paragraphs if p)
        return " ".join("".join(leaf.itertext()).split())
    return str(leaf.text or "")


def _is_leaf(element: Any) -> bool:
    """A field's value: no child elements, or only rich text (XHTML)."""
    children = _elements(element)
    return not children or all(etree.QName(c).namespace == _XHTML_NS for c in children)


def _groups(element: Any) -> list[tuple[str, list[Any]]]:
    """The children by tag, in the order each tag first appears (instances kept together)."""
    groups: dict[str, list[Any]] = {}
    for child in _elements(element):
        groups.setdefault(_local(child), []).append(child)
    return list(groups.items())


def _record(datasets: Any | None) -> Any | None:
    """The form's record: the first element in `<xfa:data>`."""
    if datasets is None:
        return None
    data = next(
        (e for e in datasets.iter(f"{{{_DATA_NS}}}data")),
        datasets if _local(datasets) == "data" else None,
    )
    if data is None:
        return None
    return next(iter(_elements(data)), None)


def _elements(element: Any) -> list[Any]:
    return [c for c in element if isinstance(c.tag, str) and etree.QName(c).namespace != _DATA_NS]


def _local(element: Any) -> str:
    return str(etree.QName(element).localname)
