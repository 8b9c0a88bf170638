"""Triage stage: Invitation → TriageResult (criteria with evidence, policy decision, deadlines).

Pure (STYLE.md habit 2): configuration, language pipeline and the day received are arguments.
"""

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
