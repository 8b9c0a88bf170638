"""Regenerate every file of set j: /work/main/.venv/bin/python gen/all.py"""
import l46, l47, l48, l49, l50, readme

for mod in (l46, l47, l48, l49, l50):
    for name in sorted(n for n in dir(mod) if n.startswith("case")):
        getattr(mod, name)()
readme.main()
print("done")
