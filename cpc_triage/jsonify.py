"""Plain JSON for the typed records, for people and for debugging (`cpc-triage parse`)."""

from __future__ import annotations

import dataclasses
import enum
from datetime import date, datetime, time
from typing import Any


def to_jsonable(value: Any) -> Any:
    """Dataclasses become objects, enums their value, dates ISO 8601; tuples become lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, tuple | list | frozenset | set):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return value
