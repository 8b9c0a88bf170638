"""Generate every case of set i: python gen_all.py"""
import glob, os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, write_case

for f in glob.glob(os.path.join(OUT, "i-*.eml")) + glob.glob(os.path.join(OUT, "i-*.json")):
    os.remove(f)
n = 0
for modname in sys.argv[1:] or ["gen41", "gen42", "gen43", "gen44", "gen45"]:
    mod = importlib.import_module(modname)
    for c in mod.CASES:
        write_case(c, mod.build(c))
        n += 1
print("wrote", n, "cases")
