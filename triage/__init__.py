"""Triage stage: Invitation → TriageResult (criteria with evidence, policy decision, deadlines).

Pure (STYLE.md habit 2): configuration, language pipeline and the day received are arguments.

The names below are loaded when first used (PEP 562), not when the package is: importing
`triage.records` — which the tasks, the desk and the settings do — must not load spaCy (0.7 s),
so that `cpc-triage triage` can start its parse workers first and load spaCy beside them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from triage.assess import triage
    from triage.config import PolicyError, TriageConfig, load_config
    from triage.nlp import Nlp, build_nlp
    from triage.render import render_text, to_contract

__all__ = [
    "Nlp",
    "PolicyError",
    "TriageConfig",
    "build_nlp",
    "load_config",
    "render_text",
    "to_contract",
    "triage",
]

_HOME = {
    "Nlp": "triage.nlp",
    "PolicyError": "triage.config",
    "TriageConfig": "triage.config",
    "build_nlp": "triage.nlp",
    "load_config": "triage.config",
    "render_text": "triage.render",
    "to_contract": "triage.render",
    "triage": "triage.assess",
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'triage' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOME[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
