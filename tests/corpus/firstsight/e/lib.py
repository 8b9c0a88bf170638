"""Shared helpers for the e-2x first-sight cases (run with /work/main/.venv/bin/python).

- working-day arithmetic (England bank holidays, POLICY.md deadlines)
- building an .eml with a police-gateway Received: header
- writing the NAME.json label (flags_forbidden derived from what is certain)
- a raw-XML .docx writer (text boxes, content controls, header) for layout 21
- text extraction used to fill source_texts and to self-check the cases
"""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import hashlib
import html
import io
import json
import re
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays

OUT = Path(__file__).resolve().parent
LONDON = ZoneInfo("Europe/London")
BH = holidays.country_holidays("GB", subdiv="ENG", years=range(2025, 2029))

ALL_FLAGS = [
    "late_notice", "deadline_passed", "missing_reason", "missing_family_details",
    "missing_conference_date", "unverified_sender", "unreadable_attachment",
    "encrypted_unreadable", "no_booking_form", "tickbox_conflict", "tickbox_ambiguous",
    "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "ocr_used",
    "district_unknown",
]
POLICE_TO = "West Yorkshire Police CPPU <cppu.conferences@westyorkshire.police.uk>"


# ---------------------------------------------------------------- working days
def is_wd(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in BH


def back_wd(d: dt.date, n: int) -> dt.date:
    while n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def wd_after(received: dt.date, conf: dt.date) -> int:
    n, d = 0, received
    while d < conf:
        d += dt.timedelta(days=1)
        n += is_wd(d)
    return n


def deadlines(district, kind, received: dt.date, conf: dt.date | None):
    """(report_due, notice_working_days, notice_ok) per POLICY.md."""
    if conf is None or district is None:
        return None, None, None
    n_report = 1 if district == "leeds" else 3
    due = back_wd(conf, n_report)
    notice = wd_after(received, conf)
    minimum = None
    if district == "wakefield" and kind in ("initial", "transfer_in"):
        minimum = 5
    if district == "leeds":
        minimum = 10 if kind == "review" else 5
    ok = None if minimum is None else notice >= minimum
    return due, notice, ok


# ---------------------------------------------------------------- email
def gateway_headers(msg: EmailMessage, sender_host: str, received: dt.datetime, dmarc_domain: str | None,
                    dmarc="pass"):
    rid = hashlib.sha1((sender_host + received.isoformat()).encode()).hexdigest()[:10].upper()
    msg["Received"] = (f"from {sender_host} ({sender_host} [192.0.2.{int(rid[:2], 16) % 250 + 1}]) "
                       f"by mx2.westyorkshire.police.uk with ESMTPS id {rid}; "
                       f"{format_datetime(received)}")
    if dmarc_domain:
        msg["Authentication-Results"] = (f"mx2.westyorkshire.police.uk; dkim={dmarc} header.d={dmarc_domain}; "
                                         f"spf={dmarc} smtp.mailfrom={dmarc_domain}; dmarc={dmarc} header.from={dmarc_domain}")


def new_message(*, frm: str, subject: str, sent: dt.datetime, received: dt.datetime, sender_host: str,
                dmarc_domain: str | None, to: str = POLICE_TO, cc: str | None = None, extra: dict | None = None,
                dmarc="pass") -> EmailMessage:
    msg = EmailMessage(policy=email.policy.SMTP)
    gateway_headers(msg, sender_host, received, dmarc_domain, dmarc)
    # an internal hop, older than the gateway one
    msg["Received"] = (f"from EXCH-{sender_host.split('.')[1][:4].upper()}01.ad.local (10.20.4.17) by {sender_host} "
                       f"with Microsoft SMTP Server (version=TLS1_2); {format_datetime(received - dt.timedelta(minutes=2))}")
    mid = hashlib.md5((subject + sent.isoformat()).encode()).hexdigest()[:20]
    msg["Message-ID"] = f"<{mid}@{sender_host}>"
    msg["Date"] = format_datetime(sent)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    for k, v in (extra or {}).items():
        msg[k] = v
    return msg


def london(y, m, d, hh, mm):
    return dt.datetime(y, m, d, hh, mm, tzinfo=LONDON)


# ---------------------------------------------------------------- labels
def write_case(name: str, msg: EmailMessage, label: dict):
    (OUT / f"{name}.eml").write_bytes(msg.as_bytes())
    (OUT / f"{name}.json").write_text(json.dumps(label, indent=2, ensure_ascii=False) + "\n")


def make_label(*, district, kind, pre_birth, date, time, tick, harm, children, adults, criteria, decision,
               received: dt.datetime, required=(), unscored=(), source_texts=(), tags=(), notes="",
               deadlines_scored=True):
    conf = dt.date.fromisoformat(date) if date else None
    due, notice, ok = deadlines(district, kind, received.date(), conf) if deadlines_scored else (None, None, None)
    req = set(required)
    uns = set(unscored)
    if deadlines_scored and notice is not None:
        if ok is False:
            req.add("late_notice")
        if due is not None and due < received.date():
            req.add("deadline_passed")
    elif not deadlines_scored or notice is None:
        uns |= {"late_notice", "deadline_passed"}
    forbidden = [f for f in ALL_FLAGS if f not in req and f not in uns]
    return {
        "district": district, "kind": kind, "pre_birth": pre_birth, "date": date, "time": time,
        "police_attendance_requested": tick, "harm_categories": harm,
        "children": [{"name": n, "date_of_birth": d} for n, d in children] if children is not None else None,
        "adults": adults, "criteria": criteria, "decision": decision,
        "report_due": due.isoformat() if due else None, "notice_working_days": notice, "notice_ok": ok,
        "flags_required": sorted(req), "flags_forbidden": forbidden,
        "source_texts": list(dict.fromkeys(s for s in source_texts if s and s.strip())),
        "tags": list(tags), "notes": notes,
    }


# ---------------------------------------------------------------- text extraction (self-check + source_texts)
def html_text(markup: str) -> list[str]:
    from html.parser import HTMLParser

    blocks, cur = [], []

    class P(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag in ("p", "div", "br", "tr", "li", "h1", "h2", "h3", "td", "th", "table"):
                flush()

        def handle_endtag(self, tag):
            if tag in ("p", "div", "tr", "li", "h1", "h2", "h3", "td", "th"):
                flush()

        def handle_data(self, data):
            cur.append(data)

    def flush():
        t = re.sub(r"\s+", " ", "".join(cur)).strip()
        if t:
            blocks.append(t)
        cur.clear()

    p = P()
    p.feed(markup)
    flush()
    return blocks


def docx_paragraphs(data: bytes) -> list[str]:
    import xml.etree.ElementTree as ET
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for part in sorted(z.namelist()):
            if not re.match(r"word/(document|header\d*|footer\d*)\.xml$", part):
                continue
            root = ET.fromstring(z.read(part))

            def walk(el, acc):
                for ch in el:
                    if ch.tag == W + "p":
                        mine = []
                        walk(ch, mine)
                        t = "".join(mine)
                        if t.strip():
                            out.append(t)
                    elif ch.tag == W + "t":
                        acc.append(ch.text or "")
                    else:
                        walk(ch, acc)
            walk(root, [])
    return out


def pdf_text(data: bytes) -> list[str]:
    import pdfplumber
    import pypdf

    lines = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            lines += [l for l in (page.extract_text() or "").splitlines() if l.strip()]
    r = pypdf.PdfReader(io.BytesIO(data))
    for k, f in (r.get_fields() or {}).items():
        v = f.get("/V")
        if v is not None:
            lines.append(str(v).lstrip("/"))
    return lines


def all_texts(msg: EmailMessage) -> list[str]:
    out = [str(msg["Subject"])]
    for part in msg.walk():
        ct = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if part.is_multipart():
            continue
        if ct == "text/plain":
            body = part.get_content()
            out.append(body.strip())
            out += [b.strip() for b in re.split(r"\n\s*\n", body) if b.strip()]
            out += [l.strip() for l in body.splitlines() if l.strip()]
        elif ct == "text/html":
            out += html_text(part.get_content())
        elif ct.endswith("wordprocessingml.document"):
            out += docx_paragraphs(part.get_content())
        elif ct == "application/pdf":
            out += pdf_text(part.get_content())
    return out


# ---------------------------------------------------------------- raw docx writer
W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'mc:Ignorable="w14 wp14"')


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def run(text: str, bold=False, size=None, style=None) -> str:
    rpr = ""
    if bold or size or style:
        rpr = "<w:rPr>" + (f'<w:rStyle w:val="{style}"/>' if style else "") + ("<w:b/>" if bold else "") + \
              (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def para(*runs: str, style=None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


_sdt_id = [1000]


def sdt_text(alias: str, value: str | None) -> str:
    """Plain-text content control; value None shows Word's placeholder text."""
    _sdt_id[0] += 1
    tag = re.sub(r"[^A-Za-z]", "", alias)[:20]
    if value is None:
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{tag}"/><w:id w:val="{_sdt_id[0]}"/>'
                f'<w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>'
                f'{run("Click or tap here to enter text.", style="PlaceholderText")}</w:sdtContent></w:sdt>')
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{tag}"/><w:id w:val="{_sdt_id[0]}"/>'
            f'<w:text/></w:sdtPr><w:sdtContent>{run(value)}</w:sdtContent></w:sdt>')


def sdt_check(alias: str, checked: bool) -> str:
    _sdt_id[0] += 1
    glyph = "\u2612" if checked else "\u2610"
    return (f'<w:sdt><w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
            f'<w:alias w:val="{esc(alias)}"/><w:id w:val="{_sdt_id[0]}"/>'
            f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
            f'<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')


_shape_id = [1]


def textbox(paragraphs: list[str], width_cm=16.0, height_cm=3.0, mode="both") -> str:
    """A floating text box. mode 'both' = DrawingML with VML fallback (as Word writes it: text twice),
    'vml' = legacy VML w:pict only, 'dml' = DrawingML only."""
    _shape_id[0] += 1
    sid = _shape_id[0]
    inner = "".join(paragraphs)
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    dml = (f'<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{sid}" '
           f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
           f'<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
           f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
           f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
           f'<wp:docPr id="{sid}" name="Text Box {sid}"/><wp:cNvGraphicFramePr/>'
           f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
           f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill></a:ln></wps:spPr>'
           f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square"/></wps:wsp>'
           f'</a:graphicData></a:graphic></wp:anchor></w:drawing>')
    vml = (f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="Text Box {sid}" o:spid="_x0000_s{1024 + sid}" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:0;margin-top:0;width:{width_cm * 28.35:.1f}pt;height:{height_cm * 28.35:.1f}pt;z-index:{sid}" '
           f'strokecolor="#1f3864" strokeweight=".5pt"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           f'<w10:wrap type="topAndBottom"/></v:shape></w:pict>')
    if mode == "vml":
        return f"<w:p><w:r>{vml}</w:r></w:p>"
    if mode == "dml":
        return f"<w:p><w:r>{dml}</w:r></w:p>"
    return (f'<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">{dml}</mc:Choice>'
            f'<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r></w:p>')


def table(rows: list[list[str]], header=True) -> str:
    def cell(c, b):
        return f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>{para(run(c, bold=b)) if not c.startswith("<w:") else c}</w:tc>'
    trs = []
    for i, r in enumerate(rows):
        trs.append("<w:tr>" + "".join(cell(c, header and i == 0) for c in r) + "</w:tr>")
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/>'
            '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
            '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
            '</w:tblPr>' + "".join(trs) + "</w:tbl>")


def build_docx(body_xml: str, header_paras: list[str], title="Booking form", author="CSC") -> bytes:
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>{body_xml}'
           '<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr1"/><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1440" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>')
    hdr = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W_NS}>{"".join(header_paras)}</w:hdr>'
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>'
              '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
              '</w:styles>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rIdSt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               '<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
               '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{esc(title)}</dc:title><dc:creator>{esc(author)}</dc:creator></cp:coreProperties>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)
        z.writestr("word/_rels/document.xml.rels", docrels)
        z.writestr("word/styles.xml", styles)
        z.writestr("word/header1.xml", hdr)
        z.writestr("docProps/core.xml", core)
    return buf.getvalue()


DOCX_MIME = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
