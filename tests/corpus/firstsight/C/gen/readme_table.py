"""Print the README cases table from the labels (run after build.py)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
TICK = {True: "attend", False: "report", None: "-"}
print("| case | district | kind | tick | criteria | decision | flags required | why |")
print("|---|---|---|---|---|---|---|---|")
for f in sorted(HERE.glob("C-*.json")):
    d = json.loads(f.read_text())
    kind = (d["kind"] or "-") + (" (pre-birth)" if d["pre_birth"] else "")
    tick = TICK[d["police_attendance_requested"]]
    if "tickbox_ambiguous" in d["flags_required"]:
        tick = "both/neither"
    print(f"| {f.stem[:8]} | {d['district'] or 'unverified'} | {kind} | {tick} | {', '.join(d['criteria']) or '-'} | "
          f"{d['decision']} | {', '.join(d['flags_required']) or '-'} | {d['notes']} |")
