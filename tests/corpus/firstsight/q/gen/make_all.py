import os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import finish, OUT
import importlib

for f in glob.glob(os.path.join(OUT, "q-*.eml")) + glob.glob(os.path.join(OUT, "q-*.json")):
    os.remove(f)
n = 0
for modname in ["l81", "l82", "l83", "l84", "l85"]:
    try:
        mod = importlib.import_module(modname)
    except ModuleNotFoundError as e:
        if e.name == modname:
            continue
        raise
    for fn in mod.CASES:
        case, msg, lab = fn()
        finish(case, msg, lab)
        n += 1
print("wrote", n, "cases")
