"""Is a winmail.dat's MAPI property list sound enough to hand to tnefparse? (`parsers.tnef`)

Why: tnefparse's `decode_mapi` trusts every count it reads — the number of properties, of
values of a multi-valued property — and loops that many times even past the end of the data
(a list claiming 4 billion short integers runs for minutes, building objects until memory runs
out: found by `tests/fuzz/fuzz_containers.py`), and it parses an attached Outlook item inside a
property as a whole new winmail.dat with no limit. This walk follows the library's own reading
of a property list (MS-OXTNEF 2.1.3.4; tnefparse 1.4.0 `mapi.decode_mapi` and
`parse_property`, offset for offset, so both read the counts at the same places) and answers
False when a count is larger than the bytes left could hold, so that no loop of the library can
run longer than the data is long. An attached item's TNEF stream is checked the same way,
`check` being `parsers.tnef`'s framing walk.

Bytes missing at the end are not this walk's concern: the library stops there with an error
of its own, which `parsers.tnef` turns into "could not be read".
"""

from __future__ import annotations

from collections.abc import Callable

from parsers.errors import ParserError

_SHORT, _INT, _FLOAT, _DOUBLE, _CURRENCY, _APPTIME = 0x2, 0x3, 0x4, 0x5, 0x6, 0x7
_ERROR, _BOOLEAN, _OBJECT, _INT8, _STRING, _UNICODE = 0xA, 0xB, 0xD, 0x14, 0x1E, 0x1F
_SYSTIME, _CLSID, _BINARY, _UNSPECIFIED = 0x40, 0x48, 0x102, 0x0
_MULTI = 0x1000
_NAMED = 0x8000
_FIXED = {
    _SHORT: 2, _BOOLEAN: 2, _INT: 4, _FLOAT: 4, _ERROR: 4, _DOUBLE: 8, _APPTIME: 8,
    _CURRENCY: 8, _INT8: 8, _SYSTIME: 8, _CLSID: 16,
}  # fmt: skip
_VARIABLE = frozenset({_STRING, _UNICODE, _OBJECT, _BINARY, _UNSPECIFIED})
IMESSAGE = b"\x07\x03\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00\x46"


class _Short(ParserError):
    """The data ends here: the library stops with an error of its own (private to this walk)."""


def _u32(data: bytes, at: int) -> int:
    if at + 4 > len(data):
        raise _Short
    return int.from_bytes(data[at : at + 4], "little")


def _u16(data: bytes, at: int) -> int:
    if at + 2 > len(data):
        raise _Short
    return int.from_bytes(data[at : at + 2], "little")


def sound_list(data: bytes, *, check: Callable[[bytes], bool], start: int = 0) -> int | None:
    """Where the property list at `start` ends, or None when a count in it is larger than the
    data could hold (or an attached item in it fails `check`)."""
    try:
        return _walk(data, start, check)
    except _Short:
        return len(data)


def sound_rows(data: bytes, *, check: Callable[[bytes], bool]) -> bool:
    """attRecipTable: a count of rows, each a property list (tnefparse reads them in turn)."""
    try:
        rows, at = _u32(data, 0), 4
    except _Short:
        return True
    if rows > len(data) // 4:
        return False
    for _ in range(rows):
        end = sound_list(data, check=check, start=at)
        if end is None:
            return False
        if end >= len(data):
            return True
        at = end
    return True


def _walk(data: bytes, at: int, check: Callable[[bytes], bool]) -> int | None:
    count = _u32(data, at)
    at += 4
    if count > (len(data) - at) // 4 + 1:
        return None
    for _ in range(count):
        if at >= len(data):
            return at
        kind, name = _u16(data, at), _u16(data, at + 2)
        at += 4
        if name >= _NAMED:
            at += 16
            if _u32(data, at) == 0:
                at += 8
            else:
                size = _u32(data, at + 4)
                at += 8 + size + (-size % 4)
        values = None
        if kind & _MULTI:
            kind ^= _MULTI
            values = _u32(data, at)
            at += 4
            if values > len(data) - at + 1:
                return None
        for _ in range(values or 1):
            moved = _value(data, at, kind, multi=bool(values), check=check)
            if moved is None:
                return None
            at = moved
        if (values or 1) % 2 and kind in (_SHORT, _BOOLEAN):
            at += 2
    return at


def _value(
    data: bytes, at: int, kind: int, *, multi: bool, check: Callable[[bytes], bool]
) -> int | None:
    if kind in _FIXED:
        return at + _FIXED[kind]
    if kind not in _VARIABLE:
        raise _Short  # the library raises on an unknown type and stops reading the list
    items = 1
    if not multi:
        items = _u32(data, at)
        at += 4
        if items > (len(data) - at) // 4 + 1:
            return None
    for _ in range(items):
        size = _u32(data, at)
        at += 4
        value = data[at : at + size + (-size % 4)]
        if kind == _OBJECT and value.startswith(IMESSAGE) and not check(value[len(IMESSAGE) :]):
            return None
        at += size + (-size % 4)
    return at
