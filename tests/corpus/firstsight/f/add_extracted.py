"""Append the text of each PDF attachment as pdfplumber extracts it (one entry per page) to source_texts.
Multi-line table cells come out interleaved across columns; a verbatim quote taken from the extracted text
is still text that is really in the email, so it belongs in source_texts. Run after gen26..gen30."""
import email, email.policy, json
from pathlib import Path
import pdfplumber, io

for eml in sorted(Path(__file__).parent.glob("f-*.eml")):
    jp = eml.with_suffix(".json")
    lab = json.loads(jp.read_text())
    m = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    added = []
    for p in m.walk():
        if p.get_content_type() == "application/pdf":
            with pdfplumber.open(io.BytesIO(p.get_payload(decode=True))) as pdf:
                added += [pg.extract_text() or "" for pg in pdf.pages]
    new = [t for t in added if t.strip() and t not in lab["source_texts"]]
    if new:
        lab["source_texts"] += new
        jp.write_text(json.dumps(lab, indent=2, ensure_ascii=False) + "\n")
        print(eml.name, "+", len(new))
