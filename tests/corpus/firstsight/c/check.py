"""Sanity checks: every .eml parses, attachments open, names and key strings are present in the readable text."""
import email, email.policy, glob, io, json, re, sys, zipfile
import datetime as dt
from email.utils import parsedate_to_datetime
import pdfplumber, docx
from lxml import html as LH


def fold(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def readable(msg):
    out = [msg["Subject"] or ""]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        data = part.get_content()
        if ct == "text/plain":
            out.append(data)
        elif ct == "text/html":
            out.append(LH.fromstring(data).text_content())
        elif ct == "application/pdf":
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                out += [p.extract_text() or "" for p in pdf.pages]
        elif ct.endswith("wordprocessingml.document"):
            d = docx.Document(io.BytesIO(data))
            out += [p.text for p in d.paragraphs]
            for t in d.tables:
                for r in t.rows:
                    out += [c.text for c in r.cells]
            out += [p.text for p in d.sections[0].header.paragraphs]
            xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
            out.append("XML:" + ("FORMCHECKBOX" if "FORMCHECKBOX" in xml else "") + ("w14:checkbox" if "w14:checkbox" in xml else "")
                       + (" strike" if "<w:strike/>" in xml else ""))
        else:
            raise SystemExit(f"unexpected part {ct}")
    return "\n".join(out)


bad = 0
for f in sorted(glob.glob("c-*.eml")):
    msg = email.message_from_bytes(open(f, "rb").read(), policy=email.policy.default)
    lab = json.load(open(f[:-4] + ".json"))
    rec = parsedate_to_datetime(msg.get_all("Received")[0].split(";")[-1].strip())
    text = readable(msg)
    ft = fold(text)
    probs = []
    names = [c["name"] for c in lab["children"] or []] + list(lab["adults"] or [])
    for n in names:
        parts = [p for p in re.split(r"[ ()]+", n.lower()) if p]
        if not all(p in ft for p in parts):
            probs.append("name? " + n)
    for c in lab["children"] or []:
        if c["date_of_birth"]:
            y, m, d = c["date_of_birth"].split("-")
            if f"{d}/{m}/{y}" not in ft and not re.search(rf"{int(d)}\w* \w+ {y}", ft):
                probs.append("dob? " + c["name"])
    if lab["date"]:
        y, m, d = lab["date"].split("-")
        pats = [f"{d}/{m}/{y}", f"{d}.{m}.{y}", f"{d}-{m}-{y}", f"{d}/{m}/{y[2:]}", f"{d}.{m}.{y[2:]}"]
        mon = dt.date(int(y), int(m), int(d)).strftime("%B").lower()
        monab = dt.date(int(y), int(m), int(d)).strftime("%b").lower()
        if not any(p in ft for p in pats) and not re.search(rf"\b{int(d)}(st|nd|rd|th)?( of)? {mon} {y}", ft) \
                and f"{d}-{monab}-{y}" not in ft:
            probs.append("date? " + lab["date"])
    # every source text must be found in the readable text (folded), except my joined convenience strings
    missing = [s for s in lab["source_texts"] if fold(s) not in ft]
    att = [p.get_filename() for p in msg.iter_attachments()]
    print(f"{f[:60]:<60} rec={rec:%a %d %b %H:%M} att={att} {text.split('XML:')[-1][:40] if 'XML:' in text else ''}")
    if probs:
        bad += 1
        print("   PROBLEMS:", probs)
    if missing:
        print(f"   source_texts not verbatim in extraction: {len(missing)}/{len(lab['source_texts'])}:", [m[:50] for m in missing[:4]])
sys.exit(1 if bad else 0)
