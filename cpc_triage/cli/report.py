"""The digest and audit-report commands, added to the main CLI by `register(app)`.

    cpc-triage digest [--district D]
    cpc-triage digest --preview [--district D] [--to-file F] [--base-url URL] [--names]
    cpc-triage report --month YYYY-MM [--out FILE]

`digest` sends today's due digests now through the `[digest]` transport — the daemon's own job
(`cpc_triage.digest_job`), so still at most one a day per district: a district already sent
today is reported as such, not sent again. It prints one line per district. Nothing is sent
outside the sending hours of a working day (Europe/London, English bank holidays skipped).
`digest --preview` renders today's digest as it would go out, without sending or recording it
(text on the terminal; with `--to-file F`, the HTML part if F ends in .html, else the text);
the links and names follow `[digest]` unless `--base-url` / `--names` say otherwise.
`report` writes HTML, or PDF when FILE ends in .pdf; without --out, HTML on stdout.

Both read case data through `TaskStore` as `cli:<user>` (consultation rows, RELIABILITY S5);
a digest sent from here names `cli:<user>` on its disclosure row.
Exit codes: 0 done; 1 a digest was not sent (it is retried by the daemon, or failed for the
day); 2 the arguments, the configuration or the environment are unusable.
"""

from __future__ import annotations

import getpass
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy import Engine

from cpc_triage.cli.common import ConfigOption, fail, require_database, settings_from
from cpc_triage.settings import Settings
from desk.digest_load import DigestConfig
from desk.digest_outbox import preview_digest
from desk.report import load_month, month_bounds, month_figures
from desk.report_render import PdfUnavailable, render_pdf, render_report_html
from intake.keys import KeyRing
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
        str | None, typer.Option("--base-url", help="the review app's address, for the links")
    ] = None,
    names: Annotated[bool, typer.Option("--names", help="include children's names")] = False,
) -> None:
    """Send today's due digests now, or --preview one district's (nothing sent)."""
    settings = settings_from(config)
    if preview or to_file is not None:
        _preview(settings, district=district, to_file=to_file, base_url=base_url, names=names)
    else:
        _send(settings, district=district)


def _preview(
    settings: Settings,
    *,
    district: str | None,
    to_file: Path | None,
    base_url: str | None,
    names: bool,
) -> None:
    from cpc_triage.digest_job import mailbox_health

    if district is None:
        raise fail("give --district")
    digest_config = DigestConfig(
        base_url=base_url or settings.digest.base_url or "https://cpc-desk.invalid",
        sender="preview@invalid",
        recipients={district: ()},
        allow_list=(),
        include_names=names or settings.digest.include_names,
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


def _send(settings: Settings, *, district: str | None, now: datetime | None = None) -> None:
    """Run the daemon's digest job once, now; one line per district; exit 1 if any not sent."""
    from cpc_triage.digest_job import build_digest_job, not_due, outcome_line
    from cpc_triage.logs import configure_logging, get_logger
    from cpc_triage.startup import StartupError

    if not settings.digest.enabled:
        raise fail("sending needs [digest] enabled = true in the settings; or use --preview")
    if district is not None and district not in settings.digest.recipients:
        raise fail(f"--district {district}: no [digest.recipients] entry for it")
    configure_logging(settings.log_level, stream=sys.stderr)  # stdout is for the outcomes
    engine, store, keyring = _open(settings)
    try:
        try:
            job = build_digest_job(
                settings, engine=engine, store=store, bind_keys=keyring.using, log=get_logger()
            )
        except StartupError as exc:
            raise fail(str(exc)) from None
        assert job is not None  # enabled, checked above
        now = now or datetime.now(UTC)
        only = None if district is None else [district]
        try:
            outcomes = job.run(now, actor=_actor(), districts=only)
        finally:
            job.close()
        lines = [outcome_line(engine, o) for o in outcomes]
    finally:
        engine.dispose()
    if not outcomes:
        typer.echo(f"no digest is due now: {not_due(now, config=job.config)}")
        return
    for line in lines:
        typer.echo(line)
    if any(o.outcome in ("retrying", "failed") for o in outcomes):
        raise typer.Exit(code=1)


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


def _open(settings: Settings) -> tuple[Engine, TaskStore, KeyRing]:
    from cpc_triage.bootstrap import StartupError, open_database, open_keyring

    require_database(settings)
    try:
        engine = open_database(settings, upgrade=False)
        keyring = open_keyring(settings, engine, create_if_new=False)
    except StartupError as exc:
        raise fail(str(exc)) from None
    return engine, TaskStore(engine, cipher=keyring, blind_index=keyring.blind_index), keyring


def _actor() -> str:
    """The audit actor: `cli:` and the login name, reduced to the audit log's id characters."""
    return "cli:" + (re.sub(r"[^A-Za-z0-9@._-]", "_", getpass.getuser()) or "unknown")[:100]
