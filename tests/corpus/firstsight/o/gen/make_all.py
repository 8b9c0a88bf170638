"""Write every o-LL-NN file: /work/main/.venv/bin/python gen/make_all.py"""
import datetime as dt
import glob
import os
import sys
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, write_case          # noqa: E402
from cases import CASES                     # noqa: E402
from layouts import RENDER                  # noqa: E402

LON = ZoneInfo("Europe/London")


def main():
    for f in glob.glob(os.path.join(OUT, "o-*.eml")) + glob.glob(os.path.join(OUT, "o-*.json")):
        os.remove(f)
    counts = {}
    for n, case in enumerate(CASES, 1):
        c = dict(case)
        c["n"] = n
        c["district"], c["domain"] = c.pop("dist")
        c["rcv_dt"] = dt.datetime.fromisoformat(c["received"]).replace(tzinfo=LON)
        eml, texts = RENDER[c["id"][:2]](c)
        write_case(c, eml, texts)
        counts[c["decision"]] = counts.get(c["decision"], 0) + 1
    print(counts)


if __name__ == "__main__":
    main()
