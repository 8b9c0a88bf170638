"""Regenerate the whole 'w' set: /work/main/.venv/bin/python make_all.py (from gen/)."""
import runpy
from pathlib import Path

here = Path(__file__).resolve().parent
for old in here.parent.glob("w-*.*"):
    old.unlink()
for n in ("l111", "l112", "l113", "l114", "l115"):
    runpy.run_path(str(here / f"{n}.py"), run_name="__main__")
