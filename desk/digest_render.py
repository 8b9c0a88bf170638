"""Render a `Digest` as a subject, a plain-text part and an HTML part (Jinja2, autoescaped).

The HTML template is autoescaped (names from a council's form are untrusted text); the text
part is not HTML and is not escaped. Both show the same sections with the same links: each
item links to its case in the review app as `{base_url}/tasks/{task_id}` — an opaque id, never
a name, in the URL (RELIABILITY S10 "no case data in URLs").

The subject starts with the protective marking (GSCP; RELIABILITY S12), e.g.
"OFFICIAL-SENSITIVE: CPC digest – Wakefield – Tue 24 Nov 2026".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from desk.digest import Digest, DigestItem, MailboxHealth
from parsers.records import LONDON
from triage.records import Suggestion

TEMPLATES = Path(__file__).parent / "templates"
_SUGGESTION_LABELS = {
    Suggestion.ATTEND: "suggested: attend",
    Suggestion.REPORT_ONLY: "suggested: written report only",
    Suggestion.DISCUSS: "suggested: discuss",
    Suggestion.MANUAL_REVIEW: "needs manual review",
}


@dataclass(frozen=True, slots=True)
class RenderedDigest:
    subject: str
    text: str
    html: str
    marking: str


@dataclass(frozen=True, slots=True)
class Row:
    link: str
    task_id: str
    reference: str
    kind: str
    conference: str
    report_due: str
    who: str
    flags: str


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    rows: tuple[Row, ...]


@dataclass(frozen=True, slots=True)
class HealthRow:
    mailbox: str
    last_ok: str
    errors: str


@cache
def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def digest_subject(digest: Digest) -> str:
    title = f"CPC digest – {district_title(digest.district)} – {day_label(digest.day)}"
    return f"{digest.marking}: {title}"


def render_digest(digest: Digest, *, base_url: str) -> RenderedDigest:
    """The subject and both bodies of one district's digest."""
    context = {
        "marking": digest.marking,
        "title": f"CPC digest – {district_title(digest.district)} – {day_label(digest.day)}",
        "since": _moment(digest.since) if digest.since else "the start",
        "sections": sections(digest, base_url=base_url),
        "health": tuple(_health_row(h) for h in digest.health),
        "truncated": digest.truncated,
        "audit_head": digest.audit_head,
        "with_names": any(i.names for i in digest.items),
    }
    env = environment()
    return RenderedDigest(
        subject=digest_subject(digest),
        text=env.get_template("digest.txt.j2").render(context),
        html=env.get_template("digest.html.j2").render(context),
        marking=digest.marking,
    )


def sections(digest: Digest, *, base_url: str) -> tuple[Section, ...]:
    since = _moment(digest.since) if digest.since else "the start"
    new = [
        (f"New since {since} – {_SUGGESTION_LABELS[s]}", items)
        for s, items in digest.new_by_suggestion
    ]
    if not new:
        new = [(f"New since {since}", ())]
    listed = [
        *new,
        ("Awaiting a decision", digest.awaiting_decision),
        ("Attending within 5 working days, no officer allocated", digest.unallocated),
        ("Written reports overdue", digest.reports_overdue),
        ("Written reports due today", digest.reports_due_today),
        (f"Written reports due {day_label(digest.next_working_day)}", digest.reports_due_next),
        ("Late notice (protocol §5.4)", digest.late_notice),
        ("Needed manual review", digest.manual_review),
    ]
    return tuple(
        Section(title, tuple(_row(i, base_url=base_url) for i in items)) for title, items in listed
    )


def case_link(base_url: str, task_id: str) -> str:
    return f"{base_url.rstrip('/')}/tasks/{quote(task_id, safe='')}"


def district_title(district: str) -> str:
    return district.replace("_", " ").replace("-", " ").title()


def day_label(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def _row(item: DigestItem, *, base_url: str) -> Row:
    return Row(
        link=case_link(base_url, item.task_id),
        task_id=item.task_id,
        reference=item.reference or "no reference",
        kind=item.kind or "kind unknown",
        conference=day_label(item.conference_date) if item.conference_date else "date unknown",
        report_due=day_label(item.report_due) if item.report_due else "-",
        who=", ".join(item.names or item.initials) or "-",
        flags=", ".join(f.value.replace("_", " ") for f in item.flags),
    )


def _health_row(health: MailboxHealth) -> HealthRow:
    errors = "; ".join(f"{_moment(at)} {kind}" for at, kind in health.recent_errors[-5:])
    return HealthRow(
        mailbox=health.mailbox,
        last_ok=_moment(health.last_ok_at) if health.last_ok_at else "never",
        errors=errors or "none",
    )


def _moment(at: datetime) -> str:
    local = at.astimezone(LONDON)
    return f"{day_label(local.date())} {local:%H:%M}"
