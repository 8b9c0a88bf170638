"""Generate the c- cases: python gen.py [layout ...]"""
import sys
import importlib

LAYOUTS = ["layout11", "layout12", "layout13", "layout14", "layout15"]
want = sys.argv[1:] or LAYOUTS
for mod in want:
    m = importlib.import_module(mod)
    for fn in m.CASES:
        lab = fn()
        print(f"{fn.__name__}: {lab['decision']:<13} due={lab['report_due']} notice={lab['notice_working_days']} ok={lab['notice_ok']} req={lab['flags_required']}")
