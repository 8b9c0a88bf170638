"""Self-check: parse every .eml, open every attachment, confirm the label JSON and that the text is extractable."""
import collections
import email
import email.policy
import io
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
import pdfplumber
from PIL import Image
from pypdf import PdfReader

OUT = Path(__file__).resolve().parent
KEYS = {"district", "kind", "pre_birth", "date", "time", "police_attendance_requested", "harm_categories", "children",
        "adults", "criteria", "decision", "report_due", "notice_working_days", "notice_ok", "flags_required",
        "flags_forbidden", "source_texts", "tags", "notes"}


def fold(s):
    return re.sub(r"\s+", " ", s or "").strip().casefold()


def extract(part):
    ct = part.get_content_type()
    data = part.get_payload(decode=True)
    if ct == "application/pdf":
        r = PdfReader(io.BytesIO(data))
        fields = {k: v.get("/V") for k, v in (r.get_fields() or {}).items()}
        with pdfplumber.open(io.BytesIO(data)) as p:
            txt = "\n".join(pg.extract_text() or "" for pg in p.pages)
        return txt + "\n" + "\n".join(str(v) for v in fields.values() if v), fields
    if ct.endswith("wordprocessingml.document"):
        d = docx.Document(io.BytesIO(data))
        txt = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                txt += [c.text for c in row.cells]
        return "\n".join(txt), None
    if ct.startswith("image/"):
        try:
            Image.open(io.BytesIO(data)).load()
        except Exception as e:  # noqa
            return f"<unreadable image: {e}>", None
        with tempfile.NamedTemporaryFile(suffix="." + ct.split("/")[1]) as f:
            f.write(data)
            f.flush()
            out = subprocess.run(["tesseract", f.name, "-"], capture_output=True, text=True).stdout
        return out, None
    return "", None


def main():
    dec = collections.Counter()
    dist = collections.Counter()
    bad = 0
    for eml in sorted(OUT.glob("g-*.eml")):
        lab = json.loads(eml.with_suffix(".json").read_text())
        assert set(lab) == KEYS, (eml.name, set(lab) ^ KEYS)
        assert not set(lab["flags_required"]) & set(lab["flags_forbidden"]), eml.name
        dec[lab["decision"]] += 1
        dist[lab["district"]] += 1
        msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
        assert msg["Received"] and msg["Date"] and msg["Message-ID"] and msg["From"], eml.name
        alltext = ""
        info = []
        for part in msg.walk():
            if part.is_multipart():
                continue
            if part.get_filename():
                t, fields = extract(part)
                info.append(f"{part.get_filename()} {part.get_content_type()} chars={len(t)}"
                            + (f" fields={fields}" if fields else ""))
                alltext += "\n" + t
            else:
                alltext += "\n" + part.get_content()
        src = fold(" ".join(lab["source_texts"]))
        # every child / adult name and the date should be somewhere in source texts
        missing = []
        for c in lab["children"] or []:
            if fold(c["name"]) not in src:
                missing.append(c["name"])
        for a in lab["adults"] or []:
            if fold(a) not in src:
                missing.append(a)
        if missing:
            bad += 1
        # a few source texts must be extractable from the email (skip OCR'd images: approximate)
        notfound = [s for s in lab["source_texts"][:40] if len(s) < 120 and fold(s) not in fold(alltext)
                    and "image-png" not in lab["tags"] and "image-jpeg" not in lab["tags"]]
        print(f"{eml.name}: {lab['decision']} {lab['criteria']} flags={lab['flags_required']} "
              f"due={lab['report_due']} notice={lab['notice_working_days']}/{lab['notice_ok']}")
        for i in info:
            print("    ", i[:300])
        if missing:
            print("     MISSING NAMES:", missing)
        if notfound:
            print("     source texts not in extracted text:", notfound[:6])
    print(dict(dec), dict(dist), "bad", bad)


if __name__ == "__main__":
    sys.exit(main())
