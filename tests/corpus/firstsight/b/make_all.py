"""Regenerate every b- case, then run the checks:  /work/main/.venv/bin/python make_all.py"""
import runpy, subprocess, sys
for g in ("gen_memo", "gen_pdfform", "gen_docx", "gen_transfer", "gen_letter"):
    mod = runpy.run_path(g + ".py")
    for f in mod["CASES"]:
        f()
subprocess.run([sys.executable, "check.py"], check=True)
