"""Write every case of set l: python gen/make_all.py (from the set folder or anywhere)."""
import os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common, l56, l57, l58, l59, l60

for f in glob.glob(os.path.join(common.OUT, 'l-*')):
    os.remove(f)
n = 0
for mod in (l56, l57, l58, l59, l60):
    for c in mod.CASES:
        print(mod.build(c)); n += 1
print(n, 'cases')
