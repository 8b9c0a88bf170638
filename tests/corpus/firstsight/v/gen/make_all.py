#!/usr/bin/env python3
"""Rebuild every case of set v deterministically: python gen/make_all.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, write_case  # noqa: E402
import layout106, layout107, layout108, layout109, layout110  # noqa: E402,E401


def main():
    for old in list(OUT.glob("v-*.eml")) + list(OUT.glob("v-*.json")):
        old.unlink()
    n = 0
    for mod in (layout106, layout107, layout108, layout109, layout110):
        for fn in mod.CASES:
            name, msg, case, recv = fn()
            write_case(name, msg, case, recv)
            n += 1
    print(f"wrote {n} cases to {OUT}")


if __name__ == "__main__":
    main()
