"""atheris target: `parsers.rtf.read_rtf` on mutated RTF (RELIABILITY.md S3; issue 11).

Inline, in the fuzzing process: a finding is an exception other than `AttachmentError` leaving
the reader (its boundary turns damage into `AttachmentError`, so anything else is a bug), an
input over libFuzzer's `-timeout` (a hang), one past `-rss_limit_mb`, or a native crash. With
`FUZZ_STRICT=1` the reader's inside (`_Reader.lines`) is called without its boundary and only
the exception kinds that mean a bug (`TypeError`, `KeyError`, `IndexError`, …) are findings.

Run by hand, not in CI:

    .venv/bin/python tests/fuzz/fuzz_rtf.py --seeds /tmp/fuzz-rtf-seeds
    .venv/bin/python tests/fuzz/fuzz_rtf.py /tmp/fuzz-rtf /tmp/fuzz-rtf-seeds \\
        -max_total_time=180 -timeout=10 -rss_limit_mb=2048 -max_len=65536 \\
        -artifact_prefix=tests/fuzz/crashers/rtf-
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import atheris  # type: ignore[import-untyped]  # atheris ships no type hints

with atheris.instrument_imports():
    import parsers.rtf
    from parsers.errors import AttachmentError

STRICT = os.environ.get("FUZZ_STRICT") == "1"
#: Exception kinds that mean a bug somewhere, not merely a damaged file.
BUGS = (TypeError, AttributeError, KeyError, IndexError, ZeroDivisionError, NameError,
        UnboundLocalError, AssertionError, RecursionError)  # fmt: skip
SEEDS = {
    "form.rtf": rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}{\f1\fcharset128 MS Gothic;}"
    rb"{\f2\fcharset2 Wingdings;}}\pard Date:\tab 12/01/2027\par {\f1\u9746?} Attend "
    rb"{\f2\'a8} Report\par {\strike struck}\par}",
    "table.rtf": rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\trowd\cellx3000\cellx6000\pard\intbl "
    rb"Child\cell Leo Hall\par DOB\cell\row\pard after\par}",
    "fields.rtf": rb"{\rtf1\ansi{\field{\*\fldinst {FORMCHECKBOX }{\*\formfield{\fftype1"
    rb"\ffres25\ffdefres1{\*\ffname C1}}}}{\fldrslt }} Police{\field{\*\fldinst SYMBOL 254 "
    rb'\\f "Wingdings"}{\fldrslt x}}\par{\pict\bin3 abc}\uc2\u1046\'c6\'c6\par}',
}


def test_one_input(data: bytes) -> None:
    try:
        if STRICT:
            parsers.rtf._Reader(data).lines()
        else:
            parsers.rtf.read_rtf(data, name="fuzz")
    except AttachmentError:
        return
    except BUGS:
        raise
    except Exception:
        if not STRICT:
            raise  # the boundary let something other than AttachmentError out
        return


def write_seeds(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, data in SEEDS.items():
        (directory / name).write_bytes(data)


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--seeds":
        write_seeds(Path(sys.argv[2]))
        return
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
