"""The `cpc-triage triage` batch: many emails, one process, the pipeline loaded once.

Parse and triage exactly as the daemon does (DESIGN.md steps 2 and 3), filing nothing. The NLP
pipeline and the attachment worker pool start once; the MIME of later emails is read while the
workers read earlier attachments (`parsers.parse_emails`), so both cores work.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from parsers import Limits, ParsePool, parse_email, parse_emails
from parsers.records import Invitation
from triage import build_nlp, load_config, triage
from triage.records import TriageResult


@dataclass(frozen=True, slots=True)
class BatchItem:
    path: Path
    result: TriageResult


def read_inputs(paths: Sequence[Path]) -> list[bytes]:
    """Every PATH's bytes, or `OSError` naming the first that cannot be read as a file."""
    return [p.read_bytes() for p in paths]


def triage_batch(
    paths: Sequence[Path],
    raws: Sequence[bytes],
    *,
    config_dir: Path,
    received: date | None,
    limits: Limits,
    workers: int | None = None,
) -> Iterator[BatchItem]:
    """Triage each email in order; `received` overrides the day received for all of them."""
    config = load_config(config_dir)
    nlp = build_nlp(config)
    with ExitStack() as stack:
        invitations: Iterator[Invitation]
        if workers == 0:
            invitations = (parse_email(raw, limits=limits) for raw in raws)
        else:
            pool = stack.enter_context(ParsePool(workers=workers, limits=limits))
            invitations = parse_emails(raws, limits=limits, pool=pool)
        for path, invitation in zip(paths, invitations, strict=True):
            day = received or _day_received(invitation)
            yield BatchItem(path, triage(invitation, config=config, nlp=nlp, received=day))


def _day_received(invitation: Invitation) -> date | None:
    at = invitation.message.received_at
    return at.date() if at is not None else None
