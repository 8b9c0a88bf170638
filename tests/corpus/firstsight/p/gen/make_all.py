"""Writes every p-LL-NN-*.eml / .json of set p. Deterministic."""
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, write_case  # noqa: E402

MODULES = ["l76", "l77", "l78", "l79", "l80"]


def main():
    for f in glob.glob(os.path.join(OUT, "p-*.eml")) + glob.glob(os.path.join(OUT, "p-*.json")):
        os.remove(f)
    n = 0
    for name in MODULES:
        if not os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), name + ".py")):
            continue
        mod = __import__(name)
        for fn in mod.CASES:
            cid, slug, eml, lab = fn()
            write_case(cid, slug, eml, lab)
            n += 1
    print("wrote %d cases to %s" % (n, OUT))


if __name__ == "__main__":
    main()
