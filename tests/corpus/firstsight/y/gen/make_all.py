"""Regenerate every case of the 'y' set: /work/main/.venv/bin/python gen/make_all.py"""
import l121, l122, l123, l124, l125
from common import write_case

for mod in (l121, l122, l123, l124, l125):
    for f in mod.CASES:
        write_case(f())
print("written")
