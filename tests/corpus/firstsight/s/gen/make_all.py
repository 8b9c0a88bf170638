"""Rebuild every case of set s (deterministic): python gen/make_all.py"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import l91, l92, l93, l94, l95  # noqa: E402

for mod in (l91, l92, l93, l94, l95):
    mod.build()
print("built", len(list(Path(__file__).resolve().parent.parent.glob("s-*.eml"))), "cases")
