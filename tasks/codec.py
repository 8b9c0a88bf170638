"""JSON shapes for the sealed task detail and for exports (one definition, read back exactly)."""

from __future__ import annotations

from typing import Any

from triage.records import Context, Criterion, CriterionMet, Evidence, Mention


def evidence_json(evidence: Evidence) -> dict[str, str]:
    return {"quote": evidence.quote, "location": evidence.location}


def criterion_json(met: CriterionMet) -> dict[str, Any]:
    return {"id": met.criterion.value, "evidence": [evidence_json(e) for e in met.evidence]}


def mention_json(mention: Mention) -> dict[str, Any]:
    return {
        "criterion": mention.criterion.value,
        "context": mention.context.value,
        "evidence": evidence_json(mention.evidence),
        "trigger": mention.trigger,
    }


def detail_json(
    *, reasons: tuple[str, ...], criteria: tuple[CriterionMet, ...], mentions: tuple[Mention, ...]
) -> dict[str, Any]:
    return {
        "reasons": list(reasons),
        "criteria": [criterion_json(c) for c in criteria],
        "mentions": [mention_json(m) for m in mentions],
    }


def detail_from_json(
    data: dict[str, Any],
) -> tuple[tuple[str, ...], tuple[CriterionMet, ...], tuple[Mention, ...]]:
    reasons = tuple(str(r) for r in data["reasons"])
    criteria = tuple(
        CriterionMet(
            criterion=Criterion(c["id"]),
            evidence=tuple(_evidence(e) for e in c["evidence"]),
        )
        for c in data["criteria"]
    )
    mentions = tuple(
        Mention(
            criterion=Criterion(m["criterion"]),
            context=Context(m["context"]),
            evidence=_evidence(m["evidence"]),
            trigger=m["trigger"],
        )
        for m in data["mentions"]
    )
    return reasons, criteria, mentions


def _evidence(data: dict[str, str]) -> Evidence:
    return Evidence(quote=data["quote"], location=data["location"])
