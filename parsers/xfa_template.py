"""What an XFA template says about each answer: its caption, and how a check box or a list
stores its value — keyed by where the answer sits in the data.

XFA binds a field to data by name (XFA 3.3 §"Data Binding"): a named subform opens a level of
the data under its own name, an unnamed one (or one bound `match="none"`) opens none, and a
field is the data element of its name at that level; `<bind match="dataRef" ref="$.A.B[*]">`
names the place instead (`$` the enclosing level, `$record` the form's record, `$data` the data
root). The index here follows those rules, so `datasets` can be read in its own order and each
element find its template field.

A caption is the one the form shows (`<caption><value><text>`), else its tool tip or spoken
text, else the field's name in words ("ConferenceDate" → "Conference date"): forms designed in
a hurry give their captions as the name itself. A check box's "on" value is its `<items>`' first
(`1`, `on`, `Yes`…; XFA §"checkButton"), a list's shown text is its `<items>` beside the saved
`<items save="1">` value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints

_SUBFORMS = frozenset({"subform", "subformSet", "area", "exclGroup"})
_SKIP = frozenset({"pageSet", "proto", "variables", "event", "script", "occur"})
_INDEX = re.compile(r"\[[^\]]*\]")


@dataclass(frozen=True, slots=True)
class FieldInfo:
    """One template field (or a radio-button group) as the data reader needs it."""

    caption: str
    check: bool = False  # a check box: the value is `on` / `off`
    on: str | None = None
    off: str | None = None
    date: bool = False  # a date field: its value is ISO 8601 (XFA "canonical" format)
    shown: tuple[tuple[str, str], ...] = ()  # (saved value, shown text) of a list
    options: tuple[tuple[str, str], ...] = ()  # (on value, caption) of a radio group


@dataclass(slots=True)
class TemplateIndex:
    fields: dict[tuple[str, ...], FieldInfo] = field(default_factory=dict)
    by_name: dict[str, list[FieldInfo]] = field(default_factory=dict)
    repeats: set[tuple[str, ...]] = field(default_factory=set)  # subforms that may repeat

    def lookup(self, path: tuple[str, ...]) -> FieldInfo | None:
        """The field bound to the data at `path`, else the one field of its name."""
        found = self.fields.get(path)
        if found is not None or not path:
            return found
        named = self.by_name.get(path[-1], [])
        return named[0] if len(named) == 1 else None


def template_index(template: Any | None) -> TemplateIndex:
    index = TemplateIndex()
    if template is None:
        return index
    for root in _children(template):
        if _local(root) == "subform":  # the root subform binds to the record: scope ()
            _walk(root, (), index, depth=0)
    return index


def words(name: str) -> str:
    """A field or subform name in words: "ConfDate" → "Conf date", "SW_Name" → "SW name",
    "DOB" stays "DOB"."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", name)
    parts = [p for p in re.split(r"[\s_.\-]+", spaced) if p]
    if not parts:
        return name
    out = [p if p.isupper() and len(p) > 1 else p.lower() for p in parts]
    out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)


def _walk(node: Any, scope: tuple[str, ...], index: TemplateIndex, *, depth: int) -> None:
    if depth > 48:  # the packet guard refuses deeper trees; this only bounds recursion
        return
    for child in _children(node):
        kind = _local(child)
        if kind in _SKIP:
            continue
        if kind == "field":
            _add_field(child, scope, index)
        elif kind == "exclGroup":
            _add_group(child, scope, index)
        elif kind in _SUBFORMS:
            inner = _scope(child, scope)
            if _repeats(child) and inner != scope:
                index.repeats.add(inner)
            _walk(child, inner, index, depth=depth + 1)


def _add_field(node: Any, scope: tuple[str, ...], index: TemplateIndex) -> None:
    name = node.get("name")
    path = _bound(node, scope)
    if not name or path is None:
        return
    items = _items(node)
    ui = {_local(e) for e in _children(_child(node, "ui"))}
    check = "checkButton" in ui
    saved = next((i for i in items if i[0] == "1"), None)
    plain = next((i for i in items if i[0] != "1"), None)
    shown = tuple(zip(saved[1], plain[1], strict=False)) if saved and plain else ()
    values = plain[1] if plain else ()
    info = FieldInfo(
        caption=_caption(node, name),
        check=check,
        on=values[0] if check and values else None,
        off=values[1] if check and len(values) > 1 else None,
        date="dateTimeEdit" in ui or _child(_child(node, "value"), "date") is not None,
        shown=shown,
    )
    _register(index, path, name, info)


def _add_group(node: Any, scope: tuple[str, ...], index: TemplateIndex) -> None:
    """A radio-button group: one data element, the value of the option chosen."""
    name = node.get("name")
    path = _bound(node, scope)
    if not name or path is None:
        return
    options: list[tuple[str, str]] = []
    for option in _children(node):
        if _local(option) == "field":
            values = next((v for save, v in _items(option) if save != "1"), ())
            if values:
                options.append((values[0], _caption(option, option.get("name") or values[0])))
    _register(index, path, name, FieldInfo(caption=_caption(node, name), options=tuple(options)))


def _register(index: TemplateIndex, path: tuple[str, ...], name: str, info: FieldInfo) -> None:
    index.fields.setdefault(path, info)
    index.by_name.setdefault(name, []).append(info)


def _scope(node: Any, scope: tuple[str, ...]) -> tuple[str, ...]:
    bind = _child(node, "bind")
    match = bind.get("match", "once") if bind is not None else "once"
    if bind is not None and match == "dataRef":
        return _resolved(bind.get("ref", ""), scope) or scope
    name = node.get("name")
    return (*scope, name) if name and match in ("once", "global") else scope


def _bound(node: Any, scope: tuple[str, ...]) -> tuple[str, ...] | None:
    """The data path a field binds to; None when it binds to nothing."""
    bind = _child(node, "bind")
    match = bind.get("match", "once") if bind is not None else "once"
    if match == "none":
        return None
    if bind is not None and match == "dataRef":
        return _resolved(bind.get("ref", ""), scope)
    return (*scope, node.get("name") or "")


def _resolved(ref: str, scope: tuple[str, ...]) -> tuple[str, ...] | None:
    """A `ref` SOM expression as a data path from the record; None when not a plain path."""
    ref = _INDEX.sub("", ref.strip())
    base: tuple[str, ...]
    if ref.startswith("$record"):
        base, rest, drop = (), ref[len("$record") :], 0
    elif ref.startswith("$data"):
        base, rest, drop = (), ref[len("$data") :], 1  # $data.form1.X: the record is form1
    elif ref.startswith("$"):
        base, rest, drop = scope, ref[1:], 0
    elif ref and ref[0].isalpha():
        base, rest, drop = scope, ref, 0
    else:
        return None  # "!", "#", a script: not a place in the data
    parts = tuple(p for p in rest.split(".") if p)[drop:]
    if any(not re.fullmatch(r"[\w\-]+", p) for p in parts):
        return None
    return base + parts


def _repeats(node: Any) -> bool:
    occur = _child(node, "occur")
    if occur is None:
        return False
    top = (occur.get("max") or "1").strip()
    return top == "-1" or (top.isdigit() and int(top) > 1)


def _caption(node: Any, name: str) -> str:
    """What a person sees beside the field; the name in words when that is all there is."""
    caption = _text(_child(_child(_child(node, "caption"), "value"), "text"))
    if not caption:
        caption = _text(_child(_child(_child(node, "caption"), "value"), "exData"))
    if caption and caption.replace(" ", "") != name:
        return caption
    assist = _child(node, "assist")
    for kind in ("toolTip", "speak"):
        hint = _text(_child(assist, kind))
        if hint and len(hint) <= 120:
            return hint
    return words(caption or name)


def _items(node: Any) -> list[tuple[str, tuple[str, ...]]]:
    """Each `<items>` list as (its `save` attribute, its values)."""
    return [
        (items.get("save", "0"), tuple(_text(v) for v in _children(items)))
        for items in _children(node)
        if _local(items) == "items"
    ]


def _text(node: Any | None) -> str:
    if node is None:
        return ""
    return " ".join("".join(node.itertext()).split())


def _child(node: Any | None, name: str) -> Any | None:
    if node is None:
        return None
    return next((c for c in _children(node) if _local(c) == name), None)


def _children(node: Any | None) -> list[Any]:
    if node is None:
        return []
    return [c for c in node if isinstance(c.tag, str)]


def _local(node: Any) -> str:
    return str(etree.QName(node).localname)
