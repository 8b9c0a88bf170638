"""Regenerate every x-set case: /work/main/.venv/bin/python gen/make_all.py"""
import importlib
import sys
sys.dont_write_bytecode = True
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
for name in ["l116", "l117", "l118", "l119", "l120"]:
    m = importlib.import_module(name)
    m.run([getattr(m, f"c0{i}")() for i in range(1, 8)], m.L)
print("35 cases written")
