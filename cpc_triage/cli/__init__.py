"""The `cpc-triage` command line: parse arguments, call one function, print (STYLE.md).

    cpc-triage parse [--settings FILE] [--mailbox NAME] PATH...      the Invitation, as JSON
    cpc-triage triage [--config DIR] [--received ISO8601] [--format json|jsonl|text]
                      [--settings FILE] [--mailbox NAME] PATH...
    cpc-triage samples DIR [--count N]       write generated sample emails (with labels)
    cpc-triage run / status / db / keys      the daemon (cpc_triage.cli.daemon)

`triage` is a contract (config/contracts/README.md): its options and output keep their meaning.
"""

from __future__ import annotations

import enum
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cpc_triage.heap import long_lived
from parsers.records import LONDON
from parsers.records_codec import to_jsonable

if TYPE_CHECKING:
    from cpc_triage.reader import MessageReader

app = typer.Typer(
    name="cpc-triage",
    help="Intake and triage of child protection conference invitations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"cpc-triage {version('cpc-triage')}")
        except PackageNotFoundError:  # run from a checkout that was never installed
            typer.echo("cpc-triage (not installed)")
        raise typer.Exit()


@app.callback()
def _main(
    _show_version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="print the version and exit"
        ),
    ] = False,
) -> None:
    """Intake and triage of child protection conference invitations."""


class OutputFormat(enum.StrEnum):
    JSON = "json"
    JSONL = "jsonl"
    TEXT = "text"


def _usage_error(message: str) -> typer.Exit:
    typer.echo(f"cpc-triage: {message}", err=True)
    return typer.Exit(code=2)


def _parse_received(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise _usage_error(f"--received {value!r} is not an ISO 8601 date or date-time") from None
    if moment.tzinfo is not None:
        return moment.astimezone(LONDON).date()
    return moment.date()


def _readable(paths: list[Path]) -> Sequence[bytes]:
    from cpc_triage.batch import read_inputs

    for path in paths:
        if not path.is_file():
            raise _usage_error(f"{path}: no such file")
    try:
        return read_inputs(paths)
    except OSError as exc:
        raise _usage_error(f"{exc.filename}: cannot be read ({exc.strerror})") from None


SettingsOption = Annotated[
    Path | None,
    typer.Option(
        "--settings",
        help="settings TOML file, for S/MIME, the mailboxes and the parse limits (default: "
        "$CPC_TRIAGE_CONFIG, else /etc/cpc-triage/settings.toml if present, else the defaults)",
    ),
]
MailboxOption = Annotated[
    str | None,
    typer.Option("--mailbox", help="read each PATH as received by this [[mailboxes]] name"),
]


@contextmanager
def _reader(
    settings_file: Path | None,
    mailbox: str | None,
    **overrides: Any,
) -> Iterator[MessageReader]:
    """The daemon's message reader (`cpc_triage.reader`) from the settings, for one command."""
    from cpc_triage.cli.common import settings_from
    from cpc_triage.reader import build_reader
    from cpc_triage.startup import StartupError

    settings = settings_from(settings_file)
    names = {m.name for m in settings.mailboxes}
    if mailbox is not None and mailbox not in names:
        raise _usage_error(f"--mailbox {mailbox!r} is not in the settings ({', '.join(names)})")
    districts = {m.name: m.district for m in settings.mailboxes if m.district}
    with ExitStack() as stack:
        try:
            reader = build_reader(settings, stack, districts=districts, service=False, **overrides)
        except StartupError as exc:
            raise _usage_error(str(exc)) from None
        yield reader


@app.command("triage")
def triage_command(
    paths: Annotated[list[Path], typer.Argument(help="emails (.eml) exactly as received")],
    config: Annotated[Path | None, typer.Option("--config", help="configuration directory")] = None,
    received: Annotated[
        str | None, typer.Option("--received", help="day received for every PATH (ISO 8601)")
    ] = None,
    output: Annotated[
        OutputFormat | None,
        typer.Option("--format", help="json (one PATH), jsonl (several), or text"),
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", help="seconds allowed to read one attachment")
    ] = 20.0,
    workers: Annotated[
        int | None, typer.Option("--workers", help="attachment worker processes (0: none)")
    ] = None,
    settings_file: SettingsOption = None,
    mailbox: MailboxOption = None,
) -> None:
    """Parse and triage each email as the daemon would; print the TriageResult (files nothing,
    sends nothing)."""
    from cpc_triage.batch import triage_batch
    from parsers import Limits
    from triage import render_text, to_contract

    day = _parse_received(received)
    raws = _readable(paths)
    if config is not None and not config.is_dir():
        raise _usage_error(f"--config {config}: no such directory")
    fmt = output or (OutputFormat.JSON if len(paths) == 1 else OutputFormat.JSONL)
    limits = Limits(timeout_s=timeout)
    with _reader(
        settings_file, mailbox, config_dir=config, limits=limits, workers=workers
    ) as reader:
        for item in triage_batch(paths, raws, reader=reader, received=day, source=mailbox):
            if fmt is OutputFormat.TEXT:
                sys.stdout.write(render_text(item.result) + "\n")
            else:
                document = to_contract(item.result, input_path=str(item.path))
                indent = 2 if fmt is OutputFormat.JSON else None
                sys.stdout.write(json.dumps(document, indent=indent, ensure_ascii=False) + "\n")
            sys.stdout.flush()


@app.command("parse")
def parse_command(
    paths: Annotated[list[Path], typer.Argument(help="emails (.eml) exactly as received")],
    settings_file: SettingsOption = None,
    mailbox: MailboxOption = None,
) -> None:
    """Print the Invitation read from each email, as the daemon reads it, as JSON."""
    raws = _readable(paths)
    with _reader(settings_file, mailbox) as reader:
        for path, invitation in zip(paths, reader.read_many(raws, source=mailbox), strict=True):
            document = {"input": str(path), **to_jsonable(invitation)}
            sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")


@app.command("samples")
def samples_command(
    out_dir: Annotated[Path, typer.Argument(help="folder to write .eml and .json files into")],
    count: Annotated[int, typer.Option("--count", min=1)] = 12,
    seed: Annotated[int, typer.Option("--seed")] = 0,
    mix: Annotated[str, typer.Option("--mix", help="demo, corpus or bench")] = "demo",
) -> None:
    """Write generated sample emails (invented people) with their expected results."""
    from cpc_demo import generate

    out_dir.mkdir(parents=True, exist_ok=True)
    written = generate(out_dir, count=count, seed=seed, mix=mix)
    typer.echo(f"wrote {len(written)} emails to {out_dir}")


#: The commands this module defines. Named first on the command line, they are all that is
#: registered: the others' modules (the daemon, the desk, reports, backup) pull in SQLAlchemy,
#: the web stack and the mail senders, which `triage` and `parse` never use (issue 11's
#: start-up target: the batch's whole run, one small email, under 3 s).
_OWN_COMMANDS = frozenset({"triage", "parse", "samples"})


def _register_commands() -> None:
    """The daemon, desk and report commands live beside the parts they drive."""
    from cpc_triage.cli import backup as cli_backup
    from cpc_triage.cli import daemon as cli_daemon
    from cpc_triage.cli import desk as cli_desk
    from cpc_triage.cli import report as cli_report

    cli_backup.register(app)
    cli_daemon.register(app)
    cli_desk.register(app)
    cli_report.register(app)


def main() -> None:
    if _command_named(sys.argv[1:]) not in _OWN_COMMANDS:  # another, none, or --help: all
        with long_lived():  # the commands' modules live as long as the process (cpc_triage.heap)
            _register_commands()
    app()


def _command_named(args: Sequence[str]) -> str | None:
    """The sub-command the arguments name: the first that is not an option (the only option
    before it is the flag `--version`), or None."""
    return next((arg for arg in args if not arg.startswith("-")), None)
