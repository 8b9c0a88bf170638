"""Rewrite every .eml/.json of the m set."""
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for f in glob.glob(os.path.join(HERE, "..", "m-*.eml")) + glob.glob(os.path.join(HERE, "..", "m-*.json")):
    os.remove(f)
for g in ["gen_61.py", "gen_62.py", "gen_63.py", "gen_64.py", "gen_65.py"]:
    subprocess.run([sys.executable, os.path.join(HERE, g)], check=True, cwd=HERE)
