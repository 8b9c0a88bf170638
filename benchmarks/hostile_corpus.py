"""Build the hostile corpus of issue 15: bombs and oddities, each inside an otherwise normal
invitation, plus every PDF of a qpdf test directory attached to one.

    .venv/bin/python -m benchmarks.hostile_corpus OUT --qpdf ../shared/corpora/qpdf-qtest

gives 1,020 messages (625 qpdf PDFs + 25 attachment kinds and 13 MIME kinds in variants).
`scale` shrinks every bomb (the CI test builds a small corpus with scale 0.02 and the repo's own
70 qpdf files). The names say what each message is (`0042-pdf_flate_bomb-3.eml`), so the
slowest one can be named.
"""

from __future__ import annotations

import argparse
import base64
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.hostile_files import FILES
from tests.builders import hostile_mime as hm

#: Kinds that cost tens of MB on disk each: built in two variants, not `variants`.
BIG = frozenset({
    "pdf_flate_bomb", "docx_zip_bomb_honest", "docx_zip_bomb_lying", "png_bomb", "text_huge",
    "mime_long_boundary", "mime_long_header_line", "rtf_bin_blob", "odt_zip_bomb",
})  # fmt: skip

_HEAD = (
    "From: Sarah Moorhouse <Sarah.Moorhouse@leeds.gov.uk>\r\n"
    "To: CPPU Conferences <leeds.cppu.conferences@westyorkshire.police.uk>\r\n"
    "Subject: Initial Child Protection Conference - hostile test {n}\r\n"
    "Date: Tue, 24 Nov 2026 13:40:48 +0000\r\n"
    "Message-ID: <hostile-{n}@leeds.gov.uk>\r\n"
    "MIME-Version: 1.0\r\n"
)
_BODY = (
    "Dear colleague,\r\n\r\nPlease find attached the booking form for an initial child "
    "protection conference on 18 December 2026 at 10:00, Conference Room 3.\r\n"
)


def with_attachment(
    n: int, filename: str, data: bytes, *, ctype: str = "application/octet-stream"
) -> bytes:
    """An ordinary invitation carrying one attachment."""
    encoded = base64.encodebytes(data).replace(b"\n", b"\r\n")
    head = _HEAD.format(n=n) + 'Content-Type: multipart/mixed; boundary="hb"\r\n\r\n'
    return (
        head.encode()
        + b"--hb\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + _BODY.encode()
        + f"--hb\r\nContent-Type: {ctype}\r\n".encode()
        + f'Content-Disposition: attachment; filename="{filename}"\r\n'.encode()
        + b"Content-Transfer-Encoding: base64\r\n\r\n"
        + encoded
        + b"--hb--\r\n"
    )


def _body_with(n: int, headers: str, body: bytes) -> bytes:
    return (_HEAD.format(n=n) + headers + "\r\n").encode() + body


def mime_bad_boundary(n: int, scale: float) -> bytes:
    return _body_with(n, 'Content-Type: multipart/mixed; boundary="never-used"\r\n', _BODY.encode())


def mime_bad_base64(n: int, scale: float) -> bytes:
    return _body_with(
        n,
        "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n",
        b"!!!not*base64===\r\n" * 50,
    )


def mime_bad_quoted_printable(n: int, scale: float) -> bytes:
    return _body_with(
        n, "Content-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n",
        b"=ZZ=4=\r\n=" * 200,
    )  # fmt: skip


def mime_unknown_charset(n: int, scale: float) -> bytes:
    return _body_with(
        n, "Content-Type: text/plain; charset=x-no-such-charset\r\n", b"\xff\xfe conference\r\n"
    )


def _mime(build: Callable[..., bytes], full: float) -> Callable[[int, float], bytes]:
    def made(n: int, scale: float) -> bytes:
        return build(max(2, int(full * scale)), n)

    made.__name__ = build.__name__
    return made


MIME: dict[str, Callable[[int, float], bytes]] = {
    "mime_folded_header": _mime(hm.folded_header, 1_000_000),
    "mime_encoded_words": _mime(hm.encoded_words, 100_000),
    "mime_many_addresses": _mime(hm.many_addresses, 100_000),
    "mime_long_boundary": _mime(hm.long_boundary, 50 * 1024 * 1024),
    "mime_deep_nesting": _mime(hm.deep_nesting, 2_000),
    "mime_many_parts": _mime(hm.many_parts, 10_000),
    "mime_long_header_line": _mime(hm.long_header_line, 50 * 1024 * 1024),
    "mime_forward_chain": _mime(hm.forward_chain, 200),
    "mime_text_attachment": _mime(lambda size, n: hm.text_attachment(size, n), 14 * 1024 * 1024),
    "mime_bad_boundary": mime_bad_boundary,
    "mime_bad_base64": mime_bad_base64,
    "mime_bad_quoted_printable": mime_bad_quoted_printable,
    "mime_unknown_charset": mime_unknown_charset,
}


def messages(
    *, qpdf: Path | None, scale: float, variants: int, only: frozenset[str] | None = None
) -> Iterator[tuple[str, bytes]]:
    """(name, raw bytes) of every message of the corpus, in order; `only`: these kinds alone
    (the largest messages measured by themselves, README "Poison messages")."""
    n = 0
    if only is not None:
        qpdf = None
    for path in sorted(qpdf.glob("*.pdf")) if qpdf is not None else ():
        n += 1
        yield (
            f"{n:04d}-qpdf-{path.stem[:40]}",
            with_attachment(n, path.name, path.read_bytes(), ctype="application/pdf"),
        )
    for kind, build_file in FILES.items():
        if only is not None and kind not in only:
            continue
        for variant in range(2 if kind in BIG else variants):
            n += 1
            filename, data = build_file(scale * (1 + variant) / (2 if kind in BIG else variants))
            yield f"{n:04d}-{kind}-{variant}", with_attachment(n, filename, data)
    for kind, build_mime in MIME.items():
        if only is not None and kind not in only:
            continue
        for variant in range(2 if kind in BIG else variants):
            n += 1
            yield (
                f"{n:04d}-{kind}-{variant}",
                build_mime(n, scale * (1 + variant) / (2 if kind in BIG else variants)),
            )


def build(
    out: Path,
    *,
    qpdf: Path | None,
    scale: float = 1.0,
    variants: int = 13,
    only: frozenset[str] | None = None,
) -> list[Path]:
    """Write the corpus to `out` (one `.eml` each; kept if already there) and list it."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, raw in messages(qpdf=qpdf, scale=scale, variants=variants, only=only):
        path = out / f"{name}.eml"
        if not path.exists():
            path.write_bytes(raw)
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("out", type=Path)
    ap.add_argument("--qpdf", type=Path, default=None, help="a directory of PDFs to attach")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--variants", type=int, default=13)
    args = ap.parse_args()
    paths = build(args.out, qpdf=args.qpdf, scale=args.scale, variants=args.variants)
    print(f"{len(paths)} messages in {args.out}")


if __name__ == "__main__":
    main()
