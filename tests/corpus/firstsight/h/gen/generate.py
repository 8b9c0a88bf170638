"""Generate set h: python generate.py  (writes h-LL-NN-*.eml/.json into the parent folder)"""
import glob, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import OUT, write_case
import gen36, gen37, gen38, gen39, gen40

for f in glob.glob(os.path.join(OUT, "h-*.eml")) + glob.glob(os.path.join(OUT, "h-*.json")):
    os.remove(f)
for mod in (gen36, gen37, gen38, gen39, gen40):
    for fn in mod.CASES:
        c, msg, lab = fn()
        print(write_case(c, msg, lab))
