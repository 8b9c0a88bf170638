#!/usr/bin/env python3
"""Rebuild every case of set r (deterministic): python gen/make_all.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
import l86, l87, l88, l89, l90  # noqa: E402

LAYOUTS = {"86": l86, "87": l87, "88": l88, "89": l89, "90": l90}


def main():
    for old in list(common.OUT.glob("r-*.eml")) + list(common.OUT.glob("r-*.json")):
        old.unlink()
    n = 0
    for ll, mod in LAYOUTS.items():
        for fn in mod.CASES:
            c = fn()
            kind = ("prebirth-review" if c["kind"] == "review" else "prebirth") if c.get("pre_birth") else {"initial": "icpc", "review": "rcpc", "transfer_in": "transfer-in"}[c["kind"]]
            c["stem"] = f"r-{ll}-{c['nn']}-{c['district']}-{kind}-{c['short']}"
            c.setdefault("tags", []).insert(0, f"layout-{ll}")
            common.write_case(c)
            n += 1
    print(f"wrote {n} cases to {common.OUT}")


if __name__ == "__main__":
    main()
