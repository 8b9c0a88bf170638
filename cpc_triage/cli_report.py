"""The digest and audit-report commands, added to the main CLI by `register(app)`.

    cpc-triage digest --preview [--district D] [--to-file F] [--base-url URL] [--names]
    cpc-triage report --month YYYY-MM [--out FILE]

`digest --preview` renders today's digest as it would go out (text on the terminal; with
`--to-file F`, the HTML part if F ends in .html, else the text part). Sending is the daemon's
job (`desk.digest_outbox.run_digests`, one digest a day per district); from the command line
it needs the `[digest]` settings (recipients, allow-list, transport), not wired yet.
`report` writes HTML, or PDF when FILE ends in .pdf; without --out, HTML on stdout.

Both read case data through `TaskStore` as `cli:<user>` (consultation rows, RELIABILITY S5).
Exit codes: 0 done; 2 the arguments, the configuration or the environment are unusable.
"""

from __future__ import annotations

import getpass
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy import Engine, select

from cpc_triage.cli_common import ConfigOption, fail, settings_from
from cpc_triage.settings import Settings
from desk.digest import MailboxHealth
from desk.digest_load import DigestConfig
from desk.digest_outbox import preview_digest
from desk.report import load_month, month_bounds, month_figures
from desk.report_render import PdfUnavailable, render_pdf, render_report_html
from intake.keys import KeyRing
from intake.tables import mailbox_polls
from tasks.store import TaskStore


def register(app: typer.Typer) -> None:
    """Add `digest` and `report` to the given Typer app."""
    app.command("digest")(digest_command)
    app.command("report")(report_command)


def digest_command(
    config: ConfigOption = None,
    preview: Annotated[bool, typer.Option("--preview", help="render, do not send")] = False,
    to_file: Annotated[
        Path | None, typer.Option("--to-file", help="write the preview here")
    ] = None,
    district: Annotated[str | None, typer.Option("--district", help="one district")] = None,
    base_url: Annotated[
        str, typer.Option("--base-url", help="the review app's address, for the links")
    ] = "https://cpc-desk.invalid",
    names: Annotated[bool, typer.Option("--names", help="include children's names")] = False,
) -> None:
    """Preview today's digest for a district (sending is the daemon's job)."""
    if not preview and to_file is None:
        raise fail("sending needs the [digest] settings, not configured here: use --preview")
    if district is None:
        raise fail("give --district")
    settings = settings_from(config)
    digest_config = DigestConfig(
        base_url=base_url,
        sender="preview@invalid",
        recipients={district: ()},
        allow_list=(),
        include_names=names,
    )
    engine, store, keyring = _open(settings)
    try:
        rendered = preview_digest(
            store,
            engine=engine,
            district=district,
            config=digest_config,
            now=datetime.now(UTC),
            health=mailbox_health(engine),
            actor=_actor(),
            bind_keys=keyring.using,
        )
    finally:
        engine.dispose()
    if to_file is None:
        typer.echo(f"Subject: {rendered.subject}\n\n{rendered.text}")
        return
    html = to_file.suffix.lower() in (".html", ".htm")
    to_file.write_text(rendered.html if html else rendered.text, encoding="utf-8")
    typer.echo(f"Subject: {rendered.subject}\nwrote {to_file}")


def report_command(
    month: Annotated[str, typer.Option("--month", help="YYYY-MM")],
    config: ConfigOption = None,
    out: Annotated[Path | None, typer.Option("--out", help=".html or .pdf file")] = None,
) -> None:
    """Write the monthly protocol audit report (Leeds protocol §2.2)."""
    try:
        month_bounds(month)
    except ValueError:
        raise fail(f"--month {month!r} is not YYYY-MM") from None
    settings = settings_from(config)
    engine, store, keyring = _open(settings)
    now = datetime.now(UTC)
    try:
        with engine.begin() as conn, keyring.using(conn):
            pairs = load_month(store, month=month, actor=_actor(), connection=conn)
        figures = month_figures(pairs, month=month, as_of=now)
    finally:
        engine.dispose()
    html = render_report_html(figures, generated_at=now)
    if out is None:
        typer.echo(html)
        return
    if out.suffix.lower() == ".pdf":
        try:
            out.write_bytes(render_pdf(html))
        except PdfUnavailable as exc:
            raise fail(f"{exc}; write .html instead") from None
    else:
        out.write_text(html, encoding="utf-8")
    typer.echo(f"wrote {out}")


def mailbox_health(engine: Engine) -> tuple[MailboxHealth, ...]:
    """Each mailbox's last good poll and last error kind (`intake.tables.mailbox_polls`)."""
    with engine.connect() as conn:
        rows = conn.execute(select(mailbox_polls).order_by(mailbox_polls.c.mailbox)).all()
    return tuple(
        MailboxHealth(
            mailbox=r.mailbox,
            last_ok_at=r.last_ok_at,
            recent_errors=((r.last_error_at, r.last_error),)
            if r.last_error and r.last_error_at
            else (),
        )
        for r in rows
    )


def _open(settings: Settings) -> tuple[Engine, TaskStore, KeyRing]:
    from cpc_triage.bootstrap import StartupError, open_database, open_keyring

    try:
        engine = open_database(settings, upgrade=False)
        keyring = open_keyring(settings, engine)
    except StartupError as exc:
        raise fail(str(exc)) from None
    return engine, TaskStore(engine, cipher=keyring, blind_index=keyring.blind_index), keyring


def _actor() -> str:
    """The audit actor: `cli:` and the login name, reduced to the audit log's id characters."""
    return "cli:" + (re.sub(r"[^A-Za-z0-9@._-]", "_", getpass.getuser()) or "unknown")[:100]
