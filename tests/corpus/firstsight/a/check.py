"""Parse every a-*.eml, open every attachment, and compare the extracted text with the label's source_texts."""
import glob, json, io, re, email, sys
from email import policy
from html.parser import HTMLParser
import pdfplumber, docx, pypdf

def fold(s):
    return re.sub(r"\s+", " ", s).strip()

class H(HTMLParser):
    def __init__(self):
        super().__init__(); self.out = []
    def handle_data(self, d): self.out.append(d)
    def handle_starttag(self, t, a):
        if t in ("p", "tr", "h3", "li", "br", "table"): self.out.append("\n")
    def handle_endtag(self, t):
        if t in ("td", "th"): self.out.append(" ")

def extract(msg):
    chunks = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        data = part.get_payload(decode=True)
        if ct == "text/plain" or ct == "text/calendar":
            chunks.append(data.decode("utf-8"))
        elif ct == "text/html":
            h = H(); h.feed(data.decode("utf-8")); chunks.append("".join(h.out))
        elif ct == "application/pdf":
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                chunks.append("\n".join(p.extract_text() or "" for p in pdf.pages))
            pypdf.PdfReader(io.BytesIO(data))
        elif "wordprocessingml" in ct:
            d = docx.Document(io.BytesIO(data))
            chunks += [p.text for p in d.paragraphs]
            for t in d.tables:
                for r in t.rows:
                    chunks.append(" ".join(c.text for c in r.cells))
                    chunks += [c.text for c in r.cells]
        else:
            raise SystemExit(f"unexpected part {ct}")
    return chunks

bad = 0
for f in sorted(glob.glob("/work/firstsight/a/a-*.eml")):
    msg = email.message_from_bytes(open(f, "rb").read(), policy=policy.default)
    lab = json.load(open(f[:-4] + ".json"))
    chunks = extract(msg)
    full = fold(" \n ".join(chunks + [msg["Subject"]]))
    # every long source text (>= 25 chars, not a synthetic row join) should be findable in extraction
    missing = [s for s in lab["source_texts"] if len(s) >= 25 and "\t" not in s and fold(s) not in full]
    print(f.split("/")[-1], lab["decision"], "parts ok", "missing:", len(missing))
    for m in missing[:6]:
        print("    ", repr(m[:110]))
    bad += bool(missing)
print("files with unmatched long texts:", bad)
