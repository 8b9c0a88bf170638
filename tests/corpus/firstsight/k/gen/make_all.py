"""Write every file of set k: python gen/make_all.py (needs reportlab, pypdf, python-docx, DejaVu fonts)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import l51, l52, l53, l54, l55  # noqa: E402

for mod in (l51, l52, l53, l54, l55):
    mod.main()
print("written to", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
