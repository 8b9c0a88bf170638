"""Self-check: parse every .eml, open every attachment, confirm the label's source_texts are extractable."""
import email, email.policy, io, json, sys, zipfile
from pathlib import Path
from lib import fold, pdf_text, docx_text

bad = 0
for eml in sorted(Path(__file__).parent.glob("f-*.eml")):
    lab = json.loads(eml.with_suffix(".json").read_text())
    m = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    parts = [m["Subject"]]
    for p in m.walk():
        if p.is_multipart():
            continue
        ct, fn = p.get_content_type(), p.get_filename()
        data = p.get_payload(decode=True)
        if ct == "application/pdf":
            parts.append(pdf_text(data)); parts.append(fn)
        elif ct.endswith("wordprocessingml.document"):
            parts.append(docx_text(data)); parts.append(fn)
            x = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
            if "-26-" in eml.name:
                assert all(k in x for k in ("w:gridSpan", "w:font=\"Wingdings\"")) and ("w:vMerge" in x or "-26-07-" in eml.name), eml.name
                assert x.count("<w:tbl>") >= 2, eml.name
        else:
            parts.append(p.get_content()); parts.append(fn or "")
    allt = fold(" ".join(x for x in parts if x))
    import re, html
    allt2 = fold(html.unescape(re.sub(r"<[^>]+>", " ", allt)))
    missing = [t for t in lab["source_texts"] if fold(t) not in allt and fold(t) not in allt2]
    if missing:
        bad += 1
        print(eml.name, len(missing), "of", len(lab["source_texts"]), [t[:70] for t in missing[:4]])
print("cases", len(list(Path(__file__).parent.glob('f-*.eml'))), "with missing texts", bad)
