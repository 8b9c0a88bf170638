"""Checks: every .eml parses, every PDF/DOCX opens, and every extracted text line is covered by source_texts."""
import email, email.policy, glob, io, json, re, sys, zipfile
import pdfplumber, docx

def fold(s): return re.sub(r"\s+", " ", s).strip()

bad = 0
for eml in sorted(glob.glob("b-*.eml")):
    lab = json.load(open(eml[:-4] + ".json"))
    st = [fold(t) for t in lab["source_texts"]]
    blob = "\n".join(st)
    m = email.message_from_bytes(open(eml, "rb").read(), policy=email.policy.default)
    lines = [m["Subject"]]
    for part in m.walk():
        ct = part.get_content_type()
        if ct == "text/plain":
            lines += part.get_content().split("\n")
        elif ct == "application/pdf":
            pdf = pdfplumber.open(io.BytesIO(part.get_payload(decode=True)))
            for pg in pdf.pages:
                lines += (pg.extract_text() or "").split("\n")
        elif ct.endswith("wordprocessingml.document"):
            d = docx.Document(io.BytesIO(part.get_payload(decode=True)))
            lines += [p.text for p in d.paragraphs]
            for t in d.tables:
                for r in t.rows:
                    for c in r.cells:
                        lines.append(c.text)
    miss = []
    for l in lines:
        f = fold(l).strip("☐☒ ")
        if not f:
            continue
        # a line extracted from a two-column table joins label and value: accept if both halves covered
        if f in blob:
            continue
        ok = any(f.startswith(a) and fold(f[len(a):]) in blob for a in st if a and len(a) < len(f))
        if not ok:
            miss.append(f)
    if miss:
        bad += 1
        print(eml, "UNCOVERED:", miss[:6])
print("files:", len(glob.glob("b-*.eml")), "with uncovered lines:", bad)
