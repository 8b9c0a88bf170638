#!/usr/bin/env python3
"""Build set z: 35 .eml + .json. Run: /work/main/.venv/bin/python gen/build.py"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
import common, l126, l127, l128, l129, l130  # noqa: E402

labels = []
for mod in (l126, l127, l128, l129, l130):
    for c in mod.CASES:
        labels.append((c, common.write_case(c)))
print(len(labels), "cases")
for c, lab in labels:
    print(f"{c['layout']}-{c['nn']:02d} {str(lab['district']):10s} {str(lab['kind']):11s} {str(lab['police_attendance_requested']):5s} "
          f"{lab['decision']:13s} due={lab['report_due']} n={lab['notice_working_days']} ok={lab['notice_ok']} "
          f"req={lab['flags_required']} crit={lab['criteria']}")
