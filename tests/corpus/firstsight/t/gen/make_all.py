#!/usr/bin/env python3
"""Rebuild every case of set t: ../t-LL-NN-*.eml and .json.

    /work/main/.venv/bin/python gen/make_all.py

Deterministic: fixed dates, boundaries and Message-IDs derived from the case id, fixed zip
timestamps, reportlab in invariant mode. Running it twice gives identical files.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import l96  # noqa: E402
import l97  # noqa: E402
import l98  # noqa: E402
import l99  # noqa: E402
import l100  # noqa: E402

OUT = HERE.parent


def main(argv: list[str]) -> int:
    only = argv[1] if len(argv) > 1 else ""
    for old in OUT.glob("t-*.eml"):
        if not only:
            old.unlink()
    for old in OUT.glob("t-*.json"):
        if not only:
            old.unlink()
    n = 0
    for mod in (l96, l97, l98, l99, l100):
        for make in mod.CASES:
            cid, eml, label = make()
            if only and only not in cid:
                continue
            (OUT / f"{cid}.eml").write_bytes(eml)
            (OUT / f"{cid}.json").write_text(json.dumps(label, indent=2, ensure_ascii=False) + "\n")
            n += 1
    print(f"wrote {n} cases to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
