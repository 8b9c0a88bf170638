"""atheris target: zip archives, winmail.dat files and Outlook items (.msg) (`parsers.unpack`;
RELIABILITY.md S3).

Inline, in the fuzzing process: `read_attachment` on mutated containers must return, never
raise, and every content it gives — the container's and each file's — must be consistent (an
error with its kind, or none). With `FUZZ_STRICT=1` the container readers are called without
the attachment boundary (`parsers.tnef.open_tnef`, `parsers.archive.open_zip`,
`parsers.msg.open_msg`) and only the
exception kinds that mean a bug (`TypeError`, `KeyError`, `IndexError`, …) are findings:
`AttachmentError` is their way of refusing a file. Hangs and memory blow-ups are libFuzzer's
`-timeout` and `-rss_limit_mb` (the parse worker's limits bound them in the daemon).

Run by hand, not in CI:

    .venv/bin/python tests/fuzz/fuzz_containers.py --seeds /tmp/fuzz-containers-seeds
    .venv/bin/python tests/fuzz/fuzz_containers.py /tmp/fuzz-cont /tmp/fuzz-containers-seeds \\
        -max_total_time=180 -timeout=10 -rss_limit_mb=2048 -max_len=65536 \\
        -artifact_prefix=tests/fuzz/crashers/container-
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import atheris  # type: ignore[import-untyped]  # atheris ships no type hints

with atheris.instrument_imports():
    import parsers.archive
    import parsers.msg
    import parsers.tnef
    from parsers.attachment import AttachmentContent, Limits, read_attachment
    from parsers.errors import AttachmentError
    from parsers.unpack import Spend

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.builders.container_builder import Packed, a_zip, compressed_rtf, encrypted_zip, winmail
from tests.builders.msg_builder import File, Item, outlook_item

STRICT = os.environ.get("FUZZ_STRICT") == "1"
LIMITS = Limits(ocr=False, max_pages=3)
BUGS = (TypeError, AttributeError, KeyError, IndexError, ZeroDivisionError, NameError,
        UnboundLocalError, AssertionError, RecursionError)  # fmt: skip


def seeds() -> dict[str, bytes]:
    note = b"Initial child protection conference on 12/01/2027"
    rtf = rb"{\rtf1\ansi Date of conference:\tab 12/01/2027\par}"
    papers = a_zip({"Forms/form.txt": note, "notes.html": b"<p>Core group</p>"})
    return {
        "papers.zip": papers,
        "locked.zip": encrypted_zip({"a.txt": note}, password=b"pw"),
        "nested.zip": a_zip({"inner.zip": papers}),
        "winmail-rtf.dat": winmail(rtf=rtf, files=(Packed(b"FORM.TXT", note, "form.txt"),)),
        "winmail-stored.dat": winmail(rtf=rtf, stored=True),
        "winmail-zip.dat": winmail(text="x", files=(Packed(b"P.ZIP", papers, "p.zip"),)),
        "winmail-item.dat": winmail(files=(Packed(b"Fwd", message=winmail(text="inner")),)),
        "item.msg": outlook_item(
            Item(
                body=note.decode(),
                html=b"<p>Core group</p>",
                code_page=1252,
                files=(File("form.txt", note), File(None, item=Item(body="inner"))),
            )
        ),
        "item-rtf.msg": outlook_item(Item(rtf=compressed_rtf(rtf), files=(File("p.zip", papers),))),
    }


def consistent(content: AttachmentContent) -> bool:
    everything = (content, *(m.content for m in content.members))
    return all((c.error is None) == (c.error_kind is None) for c in everything)


def test_one_input(data: bytes) -> None:
    if STRICT:
        try:
            if data[:2] == b"PK":
                parsers.archive.open_zip(data, spend=Spend())
            elif data[:8] == parsers.msg.MAGIC:
                parsers.msg.open_msg(data, spend=Spend(), message_text=True)
            else:
                parsers.tnef.open_tnef(data, message_text=True)
        except AttachmentError:
            return
        except BUGS:
            raise
        except Exception:
            return
        return
    content = read_attachment(data, filename="fuzz", declared_type=None, limits=LIMITS)
    if not consistent(content):
        raise AssertionError("an error without its kind, or a kind without its error")


def write_seeds(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, data in seeds().items():
        (directory / name).write_bytes(data)


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--seeds":
        write_seeds(Path(sys.argv[2]))
        return
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
