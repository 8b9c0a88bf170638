"""The exported shape of one occurrence, as JSON and as XML (`docs/sinks.md` documents both).

Niche-shaped, not Niche's (DOMAIN.md §2.5: no public import schema; a clerk or the force's
integration team imports it). `include_personal=False` leaves out every sealed field (names,
dates of birth, relationships, venue, reasons, evidence, decision reason): what remains is
references, dates, statuses and codes — what an e-mail to a tasking mailbox may carry.
"""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree as etree

from tasks.codec import criterion_json
from tasks.records import Nominal, Occurrence, Task

SCHEMA_VERSION = "1"


def occurrence_document(occurrence: Occurrence, *, include_personal: bool) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "schema": f"cpc-triage/occurrence/{SCHEMA_VERSION}",
        "id": occurrence.id,
        "type": occurrence.type,
        "subtype": occurrence.subtype,
        "district": occurrence.district,
        "status": occurrence.status.value,
        "security_marking": occurrence.marking,
        "created_at": occurrence.created_at.isoformat(),
        "conference": {
            "kind": occurrence.kind.value if occurrence.kind else None,
            "pre_birth": occurrence.pre_birth,
            "date": occurrence.date.isoformat() if occurrence.date else None,
            "start": occurrence.time.strftime("%H:%M") if occurrence.time else None,
            "la_reference": occurrence.local_reference,
        },
        "tasks": [_task(t, include_personal=include_personal) for t in occurrence.tasks],
    }
    if include_personal:
        doc["conference"]["venue"] = occurrence.venue
        doc["nominals"] = [_nominal(n, i) for i, n in enumerate(occurrence.nominals, start=1)]
    return doc


def occurrence_xml(occurrence: Occurrence, *, include_personal: bool) -> bytes:
    """The same document as XML: objects are elements, scalars are child elements."""
    doc = occurrence_document(occurrence, include_personal=include_personal)
    root = etree.Element("occurrence")
    _fill(root, doc)
    etree.indent(root)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


def _task(task: Task, *, include_personal: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": task.id,
        "queue": task.queue,
        "status": task.status.value,
        "suggested": task.suggested.value,
        "rule": task.rule,
        "flags": [f.value for f in task.flags],
        "report_due": task.report_due.isoformat() if task.report_due else None,
        "notice_working_days": task.notice_working_days,
        "notice_ok": task.notice_ok,
        "decision": task.decision.value if task.decision else None,
        "decided_by": task.decided_by,
        "allocated_officer": task.allocated_officer,
        "criteria": [c.criterion.value for c in task.criteria],
    }
    if include_personal:
        data["reasons"] = list(task.reasons)
        data["criteria"] = [criterion_json(c) for c in task.criteria]
        data["decision_reason"] = task.decision_reason
    return data


def _nominal(nominal: Nominal, number: int) -> dict[str, Any]:
    return {
        "ref": f"N{number}",
        "role": nominal.role.value,
        "name": nominal.name,
        "dob": nominal.date_of_birth.isoformat() if nominal.date_of_birth else None,
        "relationship": nominal.relationship,
    }


def _fill(element: etree.Element, value: Any) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            _fill(etree.SubElement(element, key), item)
    elif isinstance(value, list):
        name = {
            "tasks": "task",
            "nominals": "nominal",
            "flags": "flag",
            "criteria": "criterion",
            "evidence": "evidence",
            "reasons": "reason",
        }.get(element.tag, "item")
        for item in value:
            _fill(etree.SubElement(element, name), item)
    elif value is None:
        element.set("nil", "true")
    elif isinstance(value, bool):
        element.text = "true" if value else "false"
    else:
        element.text = str(value)
