"""The triage configuration: district policies, vocabulary and sender checks, read once.

Everything district-specific is data (POLICY.md "Detection and policy are separate steps"):
`config/policies/<district>.toml`, `config/vocabulary/{concepts,context}.toml` and
`config/senders.toml`. Files are validated with pydantic and an error names the file and the
key, so an operator can fix a policy without reading code.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from triage.errors import TriageError
from triage.records import Criterion


class PolicyError(TriageError, ValueError):
    """A configuration file is missing, unreadable or invalid; the message names file and key."""


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


TokenPattern = list[dict[str, Any]]
M = TypeVar("M", bound=BaseModel)


class KindRules(_Model):
    """POLICY.md "Decision" rules 2 (initial) and 3 (review) for one district."""

    attend: tuple[Criterion, ...] = ()
    discuss: tuple[Criterion, ...] = ()
    discuss_when_tick_requested: bool = True


class DeadlineRules(_Model):
    """POLICY.md "Deadlines": report working days before, minimum notice by kind (none = absent)."""

    report_working_days: int = Field(ge=0, le=60)
    minimum_notice: dict[Literal["initial", "review"], int] = Field(default_factory=dict)

    @field_validator("minimum_notice")
    @classmethod
    def _non_negative(cls, value: dict[str, int]) -> dict[str, int]:
        for kind, days in value.items():
            if days < 0:
                raise ValueError(f"{kind}: must be >= 0")
        return value


class Policy(_Model):
    name: str
    display_name: str
    rules_from: str | None = None
    domains: tuple[str, ...] = ()
    closure_days: tuple[date, ...] = ()
    initial: KindRules
    review: KindRules
    deadlines: DeadlineRules
    citations: dict[str, str] = Field(default_factory=dict)


class Concept(_Model):
    phrases: tuple[str, ...] = ()
    patterns: tuple[TokenPattern, ...] = ()


class Trigger(_Model):
    category: Literal["negated", "historical", "hypothetical", "other_person", "current", "pseudo"]
    direction: Literal["forward", "backward", "both"] = "both"
    scope: Literal["clause", "sentence"] = "clause"
    max_tokens: int = Field(default=15, ge=1, le=200)
    extra_terminators: tuple[str, ...] = ()
    #: A closure ("NFA", "the case was closed") ends the event told before it: it also reaches
    #: the sentence before its own when its sentence goes on about that event (`triage.context`).
    closes: bool = False
    applies_to: tuple[str, ...] | None = None
    phrases: tuple[str, ...] = ()
    patterns: tuple[TokenPattern, ...] = ()


class ContextSettings(_Model):
    historical_after_days: int = Field(default=365, ge=1)
    terminators: tuple[str, ...] = ()
    clause_words: tuple[str, ...] = ()
    #: Concepts that name a status, not an event: an old year beside them dates what led to
    #: the status, and only an end ("until 2009", "ended") puts the status in the past.
    statuses: tuple[str, ...] = ()


class RoleRules(_Model):
    """A job title or a team's name is a person's role, not an event (`triage.job_titles`)."""

    #: The concepts whose words in such a name are no evidence.
    applies_to: tuple[str, ...] = ()
    #: The nouns a role's or a team's name ends in ("Lead", "Co-ordinator", "Team").
    heads: tuple[str, ...] = ()


class ContextRules(_Model):
    settings: ContextSettings = ContextSettings()
    roles: RoleRules = RoleRules()
    triggers: tuple[Trigger, ...] = ()


class Vocabulary(_Model):
    concepts: dict[str, Concept]


class Senders(_Model):
    trusted_authserv_ids: tuple[str, ...] = ("mx1.westyorkshire.police.uk",)
    #: A failure reported by any server under these domains is believed too (`triage.senders`).
    failures_believed_under: tuple[str, ...] = ("westyorkshire.police.uk",)
    #: The force's own domains: a forward from a colleague is verified by the council it
    #: carries (`triage.senders`), never by its own domain.
    own_domains: tuple[str, ...] = ("westyorkshire.police.uk",)
    fallback_policy: str = "wakefield"


class TriageConfig(_Model):
    policies: dict[str, Policy]
    concepts: dict[str, Concept]
    context: ContextRules
    senders: Senders

    @property
    def domains(self) -> dict[str, str]:
        """Allow-listed sender domain → district, from every policy file: what the parser
        reads a district from and what triage trusts are one list (issue 14 item 1)."""
        return {d.lower(): p.name for p in self.policies.values() for d in p.domains}

    @property
    def closures(self) -> dict[str, frozenset[date]]:
        """District → its closure days, for every calendar outside triage (desk, digest)."""
        return closures_of(self.policies)

    def policy_for(self, district: str | None) -> Policy:
        """The district's policy, else the fallback (POLICY.md rule 4)."""
        if district and district in self.policies:
            return self.policies[district]
        return self.policies[self.senders.fallback_policy]


REQUIRED_CONCEPTS = (
    "rso", "schedule_one", "police_protection", "cse", "da", "da_involvement", "investigation",
    "investigation_weak", "not_police_investigation", "police", "neglect_crime", "escalation",
    "agreement", "police_attend", "core_group",
)  # fmt: skip


def load_config(config_dir: Path) -> TriageConfig:
    """Read and validate `policies/*.toml`, `vocabulary/*.toml` and `senders.toml`."""
    policies = _load_policies(config_dir)
    concepts: dict[str, Concept] = {}
    for path in sorted((config_dir / "vocabulary").glob("*.toml")):
        if path.name == "context.toml":
            continue
        concepts.update(_validated(Vocabulary, path, config_dir).concepts)
    missing = [c for c in REQUIRED_CONCEPTS if c not in concepts]
    if missing:
        raise PolicyError(f"config/vocabulary: concepts.{missing[0]}: missing")
    context = _validated(ContextRules, config_dir / "vocabulary" / "context.toml", config_dir)
    senders = _validated(Senders, config_dir / "senders.toml", config_dir)
    if senders.fallback_policy not in policies:
        raise PolicyError("config/senders.toml: fallback_policy: no policy file for it")
    return TriageConfig(policies=policies, concepts=concepts, context=context, senders=senders)


def load_closures(config_dir: Path) -> dict[str, frozenset[date]]:
    """District → closure days, read from `policies/*.toml` alone (the desk and the digest
    need the calendar, not the vocabulary)."""
    return closures_of(_load_policies(config_dir))


def closures_of(policies: Mapping[str, Policy]) -> dict[str, frozenset[date]]:
    return {name: frozenset(p.closure_days) for name, p in policies.items()}


def _load_policies(config_dir: Path) -> dict[str, Policy]:
    policies: dict[str, Policy] = {}
    for path in sorted((config_dir / "policies").glob("*.toml")):
        policy = _validated(Policy, path, config_dir)
        if policy.name != path.stem:
            raise PolicyError(f"{_shown(path, config_dir)}: name: must be {path.stem!r}")
        policies[policy.name] = policy
    if not policies:
        raise PolicyError(f"{config_dir}/policies: no policy files")
    return policies


def _validated(model: type[M], path: Path, config_dir: Path) -> M:
    shown = _shown(path, config_dir)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PolicyError(f"{shown}: cannot be read ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"{shown}: not valid TOML ({exc})") from None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(str(part) for part in first["loc"])
        message = first["msg"].replace("Input should be greater than or equal to", "must be >=")
        raise PolicyError(f"{shown}: {key}: {message}") from None


def _shown(path: Path, config_dir: Path) -> str:
    try:
        return f"config/{path.relative_to(config_dir)}"
    except ValueError:
        return str(path)
