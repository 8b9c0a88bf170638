"""Self-check of the e-2x cases: every .eml parses, every attachment opens and yields the text meant,
every label is valid JSON with the expected keys, and the spread of decisions/districts is printed.
Scanned PDFs (layout 22) must have no text layer; if tesseract is installed they are OCR'd to check
that they are legible (child names found)."""
import collections
import email
import email.policy
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
import pdfplumber
import pypdf

from lib import all_texts

OUT = Path(__file__).resolve().parent
KEYS = {"district", "kind", "pre_birth", "date", "time", "police_attendance_requested", "harm_categories", "children",
        "adults", "criteria", "decision", "report_due", "notice_working_days", "notice_ok", "flags_required",
        "flags_forbidden", "source_texts", "tags", "notes"}
CRITERIA = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation", "police_protection",
            "child_sexual_exploitation", "domestic_abuse_current_involvement", "registered_sex_offender",
            "negotiated_attendance", "prior_unit_involvement", "core_group_member"}


def fold(s):
    return re.sub(r"\s+", " ", s or "").strip().casefold()


def ocr_pdf(data: bytes) -> str:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "x.pdf"
        p.write_bytes(data)
        subprocess.run(["pdftoppm", "-r", "200", "-png", str(p), str(Path(d) / "pg")], check=True)
        text = ""
        for png in sorted(Path(d).glob("pg*.png")):
            text += subprocess.run(["tesseract", str(png), "-"], capture_output=True, text=True).stdout
    return text


problems = []
count = collections.Counter()
dist = collections.Counter()
rows = []
for eml in sorted(OUT.glob("e-*.eml")):
    lab = json.loads(eml.with_suffix(".json").read_text())
    if set(lab) != KEYS:
        problems.append(f"{eml.name}: keys {set(lab) ^ KEYS}")
    if not set(lab["criteria"] or []) <= CRITERIA:
        problems.append(f"{eml.name}: unknown criterion")
    if set(lab["flags_required"]) & set(lab["flags_forbidden"]):
        problems.append(f"{eml.name}: flag both required and forbidden")
    msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    for h in ("Received", "Date", "From", "To", "Message-ID", "Subject"):
        if not msg[h]:
            problems.append(f"{eml.name}: missing {h}")
    for part in msg.iter_attachments():
        data = part.get_content()
        ct = part.get_content_type()
        if ct == "application/pdf":
            r = pypdf.PdfReader(io.BytesIO(data))
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                text = "".join(p.extract_text() or "" for p in pdf.pages)
            if eml.name.startswith("e-22"):
                if text.strip():
                    problems.append(f"{eml.name}: scanned PDF has a text layer")
                if shutil.which("tesseract"):
                    o = fold(ocr_pdf(data))
                    for c in lab["children"] or []:
                        if fold(c["name"]).split()[-1] not in o:
                            problems.append(f"{eml.name}: OCR did not find {c['name']}")
                    for a in lab["adults"] or []:
                        if fold(a) not in o:
                            problems.append(f"{eml.name}: OCR did not find {a}")
            elif not text.strip():
                problems.append(f"{eml.name}: PDF without text")
        elif ct.endswith("wordprocessingml.document"):
            docx.Document(io.BytesIO(data))  # opens
    src = fold(" ".join(lab["source_texts"]))
    # family names in the label must be readable in the source texts (OCR'd layout: in the rendered strings)
    for c in lab["children"] or []:
        if fold(c["name"]) not in src:
            problems.append(f"{eml.name}: child {c['name']} not in source_texts")
    for a in lab["adults"] or []:
        if fold(a) not in src:
            problems.append(f"{eml.name}: adult {a} not in source_texts")
    count[lab["decision"]] += 1
    dist[lab["district"]] += 1
    rows.append((eml.stem, lab["district"], lab["kind"] + ("/pre-birth" if lab["pre_birth"] else "") if lab["kind"] else "-",
                 lab["decision"], ",".join(lab["criteria"] or []), lab["report_due"], lab["notice_working_days"], lab["notice_ok"],
                 ",".join(lab["flags_required"])))

for r in rows:
    print(" | ".join(str(x) for x in r))
print(dict(count), dict(dist))
print("\n".join(problems) or "no problems")
sys.exit(1 if problems else 0)
