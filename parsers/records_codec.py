"""An `Invitation` as JSON and back, exactly: how a parse worker hands over a whole email.

A worker that reads a whole email (`parsers.sandbox_email`) answers with the Invitation it
built. The answer crosses from the process where hostile files are opened, so it is JSON, never
a pickle (see `parsers.sandbox_worker`), and `decode_invitation` checks every field against the
records' own type hints: a string where a string is declared, a member of the declared enum, a
tuple of pages, nothing missing, nothing extra. A malformed answer is a `ValueError`.

The round trip is exact (`decode_invitation(encode_invitation(x)) == x`, and the same types):
tuples stay tuples, enums stay enums, dates and times keep their type, and a date-time keeps its
time zone — a `zoneinfo` zone by its key (Europe/London from `parsers.headers`), a fixed offset
by its seconds and name, and `fold` for the repeated hour when the clocks go back. A value the
codec cannot carry (another kind of time zone, another type) makes `encode_invitation` raise
`TypeError`; the caller then reads the email the other way, so nothing is ever approximated.

The one converter from frozen records to JSON (issue 14 item 5): the same walk — a record
becomes an object of its fields, an enum its value, a tuple a list — gives both the exact form
above and `to_jsonable`, the readable form for people (`cpc-triage parse`): dates ISO 8601, a
time as HH:MM, a date-time with its offset in one string, sets and dicts too. The readable form
does not round-trip; it is for reading.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import json
import types
import typing
from typing import Any
from zoneinfo import ZoneInfo

from parsers.records import Invitation

_ZONE = "zone"
_OFFSET = "offset"


def encode_invitation(invitation: Invitation) -> bytes:
    """The Invitation as UTF-8 JSON; `TypeError` for a value the codec cannot carry exactly."""
    return json.dumps(_plain(invitation, exact=True), ensure_ascii=False).encode("utf-8")


def to_jsonable(value: Any) -> Any:
    """Records become objects, enums their value, dates ISO 8601, a time HH:MM; tuples, lists
    and sets become lists (for people and for debugging, not for reading back)."""
    return _plain(value, exact=False)


def decode_invitation(raw: bytes) -> Invitation:
    """An Invitation from `encode_invitation`'s JSON, checked field by field (`ValueError`)."""
    try:
        document = json.loads(raw)
    except RecursionError:
        raise ValueError("the answer is nested too deeply") from None
    value = _typed(document, Invitation)
    assert isinstance(value, Invitation)  # _typed builds the class it is given
    return value


def _plain(value: Any, *, exact: bool) -> Any:
    """The walk both forms share; what differs is the leaves (`_exact_leaf`, `_readable_leaf`).

    A plain string, most of what an email holds (its lines), is its own form in both: it is
    answered first, before the questions the other values need."""
    if type(value) is str:
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _plain(getattr(value, f.name), exact=exact) for f in dataclasses.fields(value)
        }
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple) or (not exact and isinstance(value, list | frozenset | set)):
        return [_plain(v, exact=exact) for v in value]
    if not exact and isinstance(value, dict):
        return {str(k): _plain(v, exact=False) for k, v in value.items()}
    return _exact_leaf(value) if exact else _readable_leaf(value)


def _exact_leaf(value: Any) -> Any:
    if value is None or type(value) in (str, bool, int):
        return value
    if type(value) is dt.datetime:
        return _datetime(value)
    if type(value) in (dt.date, dt.time) and getattr(value, "tzinfo", None) is None:
        return value.isoformat()
    raise TypeError(f"cannot carry a {type(value).__name__} exactly")


def _readable_leaf(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return value


def _datetime(value: dt.datetime) -> dict[str, Any]:
    zone: dict[str, Any] | None
    tz = value.tzinfo
    if tz is None:
        zone = None
    elif type(tz) is ZoneInfo and tz.key is not None and ZoneInfo(tz.key) is tz:
        zone = {_ZONE: tz.key}
    elif type(tz) is dt.timezone:
        offset = tz.utcoffset(None)
        zone = {_OFFSET: offset.total_seconds(), "name": tz.tzname(None)}
    else:
        raise TypeError(f"cannot carry a {type(tz).__name__} time zone exactly")
    return {"at": value.replace(tzinfo=None).isoformat(), "fold": value.fold, "tz": zone}


def _typed(value: Any, hint: Any) -> Any:
    """`value` (parsed JSON) as the type `hint` declares, or `ValueError`."""
    if hint is type(None):
        if value is None:
            return None
        raise ValueError("expected null")
    if hint in (str, int, bool):  # first: most values are (an email's lines)
        if type(value) is hint:
            return value
        raise ValueError(f"expected {hint.__name__}")
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        return _union(value, typing.get_args(hint))
    if origin is tuple:
        return _tuple(value, typing.get_args(hint))
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(value)
        except (ValueError, TypeError):
            raise ValueError(f"not a {hint.__name__}") from None
    if hint is dt.datetime:
        return _read_datetime(value)
    if hint in (dt.date, dt.time):
        if not isinstance(value, str):
            raise ValueError(f"expected an ISO 8601 {hint.__name__}")
        return hint.fromisoformat(value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _record(value, hint)
    raise ValueError(f"no reading for {hint!r}")


def _union(value: Any, options: tuple[Any, ...]) -> Any:
    if value is None and type(None) in options:
        return None
    for option in options:
        if option is type(None):
            continue
        try:
            return _typed(value, option)
        except ValueError:
            continue
    raise ValueError("matches none of the declared types")


def _tuple(value: Any, args: tuple[Any, ...]) -> tuple[Any, ...]:
    if not isinstance(value, list):
        raise ValueError("expected a list")
    if len(args) == 2 and args[1] is Ellipsis:
        if args[0] is str and all(type(v) is str for v in value):
            return tuple(value)  # a page's lines: what `_typed` would answer, line by line
        return tuple(_typed(v, args[0]) for v in value)
    if len(args) != len(value):
        raise ValueError("a tuple of the wrong length")
    return tuple(_typed(v, a) for v, a in zip(value, args, strict=True))


def _record(value: Any, cls: type) -> Any:
    if not isinstance(value, dict):
        raise ValueError(f"{cls.__name__} is not an object")
    hints = _hints(cls)
    if value.keys() != hints.keys():
        raise ValueError(f"{cls.__name__} has missing or unknown fields")
    return cls(**{name: _typed(value[name], hint) for name, hint in hints.items()})


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    declared = typing.get_type_hints(cls)
    return {f.name: declared[f.name] for f in dataclasses.fields(cls)}


def _read_datetime(value: Any) -> dt.datetime:
    if not isinstance(value, dict) or value.keys() != {"at", "fold", "tz"}:
        raise ValueError("expected a date-time object")
    at, fold, zone = value["at"], value["fold"], value["tz"]
    if not isinstance(at, str) or fold not in (0, 1) or type(fold) is not int:
        raise ValueError("a malformed date-time")
    moment = dt.datetime.fromisoformat(at)
    if moment.tzinfo is not None:
        raise ValueError("a date-time's wall time carries its own offset")
    return moment.replace(tzinfo=_zone(zone), fold=fold)


def _zone(zone: Any) -> dt.tzinfo | None:
    if zone is None:
        return None
    if isinstance(zone, dict) and zone.keys() == {_ZONE} and isinstance(zone[_ZONE], str):
        try:
            return ZoneInfo(zone[_ZONE])
        except (ValueError, KeyError, OSError):  # zoneinfo's: a malformed or unknown key
            raise ValueError("an unknown time zone") from None
    if isinstance(zone, dict) and zone.keys() == {_OFFSET, "name"}:
        seconds, name = zone[_OFFSET], zone["name"]
        if type(seconds) not in (int, float) or not isinstance(name, str):
            raise ValueError("a malformed fixed offset")
        try:
            offset = dt.timedelta(seconds=seconds)
            plain = dt.timezone(offset)
        except (ValueError, OverflowError):  # over a day, or not a finite number
            raise ValueError("an impossible offset") from None
        return plain if plain.tzname(None) == name else dt.timezone(offset, name)
    raise ValueError("a malformed time zone")
