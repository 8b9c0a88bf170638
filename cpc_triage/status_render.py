"""`cpc-triage status` for a person: the daemon line, the queue, the mailboxes, the errors.

The CLI reads the status (`cpc_triage.status.read_status`) and prints what this returns (issue
14 item 6: the command parses, calls and prints; the branches of printing live here). Counts,
states, ids and error kinds only, as the status holds: no personal data.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime

from rich.table import Table

from cpc_triage.settings import Settings
from cpc_triage.settings.mailbox import DropFolderMailbox
from cpc_triage.status import Status
from intake.dropfolder import DropFolder


def drop_folders(settings: Settings) -> dict[str, DropFolder]:
    """The configured drop folders, by their source's name (the ledger's `source`)."""
    return {
        f"dropfolder:{m.name}": DropFolder(settings.mailbox_path(m), mailbox=m.name)
        for m in settings.mailboxes
        if isinstance(m, DropFolderMailbox)
    }


def render_status(
    status: Status, *, folders: Mapping[str, DropFolder], since: datetime | None
) -> Iterator[str | Table]:
    """What `status` prints, part by part (a line or a table), in order."""
    yield _daemon_line(status)
    queue = Table(title="Queue (tasks)")
    for column in ("district", "status", "suggested", "tasks"):
        queue.add_column(column, justify="right" if column == "tasks" else "left")
    for row in status.queue:
        queue.add_row(row.district, row.status, row.suggested, str(row.count))
    yield queue
    yield _mailbox_table(status, folders)
    states = ", ".join(f"{k} {v}" for k, v in sorted(status.ledger.items())) or "empty"
    yield f"Ledger: {states}"
    yield _errors_table(status, since)
    if status.digests:
        yield _digests_table(status)


def _errors_table(status: Status, since: datetime | None) -> Table:
    title = f"Errors since {since.isoformat(timespec='minutes')}" if since else "Recent errors"
    errors = Table(title=title)
    for column in ("message", "state", "error", "at"):
        errors.add_column(column)
    for e in status.errors:
        errors.add_row(e.ref, e.state, e.error, _when(e.at))
    return errors


def _digests_table(status: Status) -> Table:
    digests = Table(title="Digests (latest)")
    for column in ("day", "district", "outcome", "attempts", "items", "last error"):
        digests.add_column(column)
    for d in status.digests:
        digests.add_row(
            d.day.isoformat(),
            d.district,
            d.outcome,
            str(d.attempts),
            "-" if d.items is None else str(d.items),
            d.last_error or "-",
        )
    return digests


def _daemon_line(status: Status) -> str:
    running = [d for d in status.daemons if d.alive]
    if running:
        return "Daemon: running — " + "; ".join(
            f"{d.instance}, heartbeat {_when(d.at)}, up since {_when(d.started_at)}"
            for d in running
        )
    if status.daemons:
        last = status.daemons[0]
        return f"Daemon: NOT RUNNING (last heartbeat {_when(last.at)} from {last.instance})"
    return "Daemon: NOT RUNNING (no heartbeat recorded yet)"


def _mailbox_table(status: Status, folders: Mapping[str, DropFolder]) -> Table:
    """One row per mailbox: the ledger's counts (they survive a killed run), a drop folder's
    messages by folder and what in its inbox will never be taken (the one drop-folder view),
    the leader only if it is alive."""
    polls = {p.mailbox: p for p in status.mailboxes}
    table = Table(title="Mailboxes")
    for column in (
        "mailbox", "leader", "last poll", "last success", "processed", "in progress",
        "failed", "folders", "last error",
    ):  # fmt: skip
        table.add_column(column)
    for name in sorted(set(polls) | set(status.by_source) | set(folders)):
        poll = polls.get(name)
        counts = status.by_source.get(name, {})
        leader = poll.leader if poll else None
        table.add_row(
            name,
            (leader if status.alive(leader) else f"- ({leader} not running)") if leader else "-",
            _when(poll.last_poll_at if poll else None),
            _when(poll.last_ok_at if poll else None),
            str(counts.get("done", 0)),
            str(sum(n for state, n in counts.items() if state not in ("done", "failed"))),
            str(counts.get("failed", 0)),
            _folder_counts(folders[name]) if name in folders else "-",
            (poll.last_error if poll else None) or "-",
        )
    return table


def _folder_counts(folder: DropFolder) -> str:
    """ "inbox 2, working 1, failed 0", and the files in inbox/ that are no mail — counted,
    never named: a file name may name a family."""
    counts = ", ".join(f"{name} {n}" for name, n in folder.census().items())
    untaken = len(folder.untaken())
    return f"{counts}, {untaken} not taken (not .eml)" if untaken else counts


def _when(value: object) -> str:
    return value.isoformat(timespec="seconds") if hasattr(value, "isoformat") else "-"
