"""atheris target: `parsers.mime.read_message` on arbitrary bytes (RELIABILITY.md S3).

A finding is anything that escapes `read_message` (it promises never to raise), an input that
takes longer than libFuzzer's `-timeout`, and — with `FUZZ_STRICT=1` — a message that the
boundary had to rescue ("could not be read as MIME"), because then the whole body is lost.

Run by hand, not in CI (seeds: the sample mails, CPython's e-mail test messages):

    .venv/bin/python tests/fuzz/fuzz_email.py /tmp/fuzz-email tests/corpus/samples \\
        /usr/lib/python3.11/test/test_email/data -max_total_time=180 -timeout=10 \\
        -rss_limit_mb=2048 -artifact_prefix=tests/fuzz/crashers/email-

Each crasher saved in `tests/fuzz/crashers/` is replayed by `test_crashers.py`.
"""

from __future__ import annotations

import os
import sys

import atheris  # type: ignore[import-untyped]  # atheris ships no type hints

with atheris.instrument_imports():
    from parsers.mime import read_message

STRICT = os.environ.get("FUZZ_STRICT") == "1"
RESCUED = "could not be read as MIME"


class Rescued(Exception):
    """The boundary caught an exception: the message's content was lost."""


def test_one_input(data: bytes) -> None:
    message = read_message(data)
    if STRICT and any(RESCUED in problem for problem in message.problems):
        raise Rescued(next(p for p in message.problems if RESCUED in p))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
