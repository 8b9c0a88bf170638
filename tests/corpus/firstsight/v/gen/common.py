"""Shared helpers for set v: dates, MIME assembly, documents, images, labels.

Everything is deterministic: fixed boundaries, fixed Message-IDs, fixed zip timestamps,
reportlab invariant mode, fixed PDF /ID.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from email import charset as _charset
from email import policy as _policy
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email import message_from_bytes
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

BANK_HOLIDAYS = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1)}

ALL_FLAGS = ["cancelled", "deadline_passed", "district_unknown", "encrypted_unreadable", "late_notice",
             "missing_conference_date", "missing_family_details", "missing_reason", "no_booking_form",
             "not_an_invitation", "possible_duplicate", "rescheduled", "tickbox_ambiguous",
             "tickbox_conflict", "unreadable_attachment", "unverified_sender"]

QP = _charset.Charset("utf-8")
QP.body_encoding = _charset.QP
QP.header_encoding = _charset.QP


# ---------------------------------------------------------------- dates
def is_wd(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def wd_back(d: dt.date, n: int) -> dt.date:
    while n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def wd_between(received: dt.date, conf: dt.date) -> int:
    n, d = 0, received
    while d < conf:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


def rfc_date(t: dt.datetime) -> str:
    return t.strftime("%a, %d %b %Y %H:%M:%S +0000")


# ---------------------------------------------------------------- MIME
def seed_hex(*parts: str, n: int = 16) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]


def text_part(text: str, subtype: str = "plain") -> MIMEText:
    p = MIMEText(text, subtype, _charset=QP)
    return p


def multipart(subtype: str, parts: list, key: str, **params) -> MIMEMultipart:
    m = MIMEMultipart(subtype, **params)
    for p in parts:
        m.attach(p)
    m.set_boundary("----=_Part_" + seed_hex(key, subtype, str(len(parts))))
    return m


def attachment(data: bytes, filename: str, maintype: str, subtype: str, inline: bool = False,
               cid: str | None = None) -> MIMEBase:
    if maintype == "image":
        p = MIMEImage(data, _subtype=subtype)
    else:
        p = MIMEApplication(data, _subtype=subtype)
    p.add_header("Content-Disposition", "inline" if inline else "attachment", filename=filename)
    if cid:
        p.add_header("Content-ID", f"<{cid}>")
    return p


def rfc822_part(inner, filename: str | None = None) -> MIMEMessage:
    p = MIMEMessage(inner)
    if filename:
        p.add_header("Content-Disposition", "attachment", filename=filename)
    return p


def set_headers(msg, headers: list[tuple[str, str]]):
    """Put the given headers in front of the MIME headers, in order."""
    existing = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in headers:
        msg[k] = v
    for k, v in existing:
        msg[k] = v
    return msg


def council_headers(*, sender: str, sender_name: str, to: str, subject: str, sent: dt.datetime,
                    received: dt.datetime, key: str, relay: str | None = None, auth: str = "pass",
                    cc: str | None = None, extra: list[tuple[str, str]] | None = None,
                    mid_domain: str | None = None) -> list[tuple[str, str]]:
    domain = sender.split("@")[1]
    relay = relay or f"mail{int(seed_hex(key, n=2), 16) % 4 + 1}.{domain}"
    mid_domain = mid_domain or relay
    ip = f"198.51.100.{int(seed_hex(key, 'ip', n=2), 16) % 250 + 2}"
    inner_ip = f"10.{int(seed_hex(key, 'a', n=2), 16)}.{int(seed_hex(key, 'b', n=2), 16)}.{int(seed_hex(key, 'c', n=2), 16) % 250 + 2}"
    hop = received - dt.timedelta(seconds=90 + int(seed_hex(key, 'h', n=2), 16))
    h = [
        ("Received", f"from {relay} ({relay}\n [{ip}]) by mx1.westyorkshire.police.uk with ESMTPS id "
                     f"{seed_hex(key, 'mx', n=10).upper()};\n {rfc_date(received)}"),
        ("Received", f"from EXCH{int(seed_hex(key, 'x', n=2), 16) % 9 + 1:02d}.corp.local ({inner_ip}) by {relay}\n"
                     f" with Microsoft SMTP Server; {rfc_date(hop)}"),
        ("Authentication-Results", f"mx1.westyorkshire.police.uk; dkim={auth}\n header.d={domain}; "
                                   f"spf={auth} smtp.mailfrom={domain};\n dmarc={auth} (p=QUARANTINE) header.from={domain}"),
        ("Message-ID", f"<{seed_hex(key, 'mid', n=24)}@{mid_domain}>"),
        ("Date", rfc_date(sent)),
        ("From", f"{sender_name} <{sender}>"),
        ("To", to),
    ]
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", subject))
    h += extra or []
    return h


def police_internal_headers(*, sender: str, sender_name: str, to: str, subject: str, sent: dt.datetime,
                            key: str, extra=None) -> list[tuple[str, str]]:
    hop = sent + dt.timedelta(seconds=4)
    return [
        ("Received", f"from WYP-EXMB0{int(seed_hex(key, n=2), 16) % 6 + 1}.westyorkshire.police.uk (10.44.{int(seed_hex(key,'q',n=2),16)}.17) by\n"
                     f" WYP-EXHUB02.westyorkshire.police.uk with Microsoft SMTP Server id 15.2.1544.4;\n {rfc_date(hop)}"),
        ("Authentication-Results", "mx1.westyorkshire.police.uk; dkim=pass\n header.d=westyorkshire.police.uk; "
                                   "spf=pass smtp.mailfrom=westyorkshire.police.uk;\n dmarc=pass (p=REJECT) header.from=westyorkshire.police.uk"),
        ("Message-ID", f"<{seed_hex(key, 'mid', n=24)}@WYP-EXMB01.westyorkshire.police.uk>"),
        ("Date", rfc_date(sent)),
        ("From", f"{sender_name} <{sender}>"),
        ("To", to),
        ("Subject", subject),
    ] + (extra or [])


def inner_headers(*, sender: str, sender_name: str, to: str, subject: str, sent: dt.datetime, key: str,
                  cc: str | None = None) -> list[tuple[str, str]]:
    domain = sender.split("@")[1]
    h = [("Message-ID", f"<{seed_hex(key, 'inner', n=20)}@{domain}>"), ("Date", rfc_date(sent)),
         ("From", f"{sender_name} <{sender}>"), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", subject))
    return h


def finish(msg, headers, mailer="Microsoft Outlook 16.0"):
    set_headers(msg, headers + ([("X-Mailer", mailer)] if mailer else []))
    return msg


def to_bytes(msg) -> bytes:
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=_policy.compat32.clone(linesep="\n")).flatten(msg)
    return buf.getvalue()


# ---------------------------------------------------------------- documents
FIXED_ZIP_TIME = (2026, 12, 1, 9, 0, 0)


def fix_zip(data: bytes, first: str | None = None) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        names = src.namelist()
        if first and first in names:
            names.remove(first)
            names.insert(0, first)
        for n in names:
            body = src.read(n)
            if n == "docProps/core.xml":
                import re
                body = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<", rb"<dcterms:\1\2>2026-12-01T09:00:00Z<", body)
            zi = zipfile.ZipInfo(n, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
    return out.getvalue()


def docx_bytes(build) -> bytes:
    import docx
    d = docx.Document()
    d.core_properties.author = "Children's Services"
    build(d)
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip(buf.getvalue())


def odt_with_image(png: bytes, lines: list[str]) -> bytes:
    from xml.sax.saxutils import escape
    paras = "".join(f"<text:p>{escape(l)}</text:p>" for l in lines)
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"><office:body><office:text>{paras}<text:p><draw:frame draw:name="Image1" text:anchor-type="paragraph" svg:width="16cm" svg:height="21cm"><draw:image xlink:href="Pictures/form.png" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p></office:text></office:body></office:document-content>"""
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="Pictures/form.png" manifest:media-type="image/png"/></manifest:manifest>"""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        zi = zipfile.ZipInfo("mimetype", FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, "application/vnd.oasis.opendocument.text")
        for name, body in [("content.xml", content), ("META-INF/manifest.xml", manifest), ("Pictures/form.png", png)]:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
    return out.getvalue()


def pdf_text(lines: list[tuple], title: str = "Document", pagesize=None) -> bytes:
    """lines: (text,) or (text, size) or (text, size, bold). Simple flowing text PDF."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    try:
        pdfmetrics.getFont("DejaVu")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_B))
    buf = io.BytesIO()
    ps = pagesize or A4
    c = canvas.Canvas(buf, pagesize=ps, invariant=1)
    c.setTitle(title)
    y = ps[1] - 60
    import textwrap
    for item in lines:
        text = item[0]
        size = item[1] if len(item) > 1 else 10
        bold = item[2] if len(item) > 2 else False
        width = int((ps[0] - 110) / (size * 0.55))
        for chunk in (textwrap.wrap(text, width) or [""]):
            if y < 60:
                c.showPage()
                y = ps[1] - 60
            c.setFont("DejaVu-Bold" if bold else "DejaVu", size)
            c.drawString(55, y, chunk)
            y -= size * 1.45
    c.save()
    return buf.getvalue()


def pdf_fix_id(writer, key: str):
    from pypdf.generic import ArrayObject, ByteStringObject
    h = hashlib.md5(key.encode()).digest()
    writer._ID = ArrayObject([ByteStringObject(h), ByteStringObject(h)])


def pdf_with_embedded(cover: bytes, files: list[tuple[str, bytes]], key: str, annotate: bool = False,
                      portfolio: bool = False) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject,
                               NameObject, NumberObject, TextStringObject)
    w = PdfWriter()
    for p in PdfReader(io.BytesIO(cover)).pages:
        w.add_page(p)
    if annotate:
        page = w.pages[0]
        annots = ArrayObject()
        for i, (name, data) in enumerate(files):
            ef = DecodedStreamObject()
            ef.set_data(data)
            ef.update({NameObject("/Type"): NameObject("/EmbeddedFile")})
            ef_ref = w._add_object(ef)
            fs = DictionaryObject({NameObject("/Type"): NameObject("/Filespec"),
                                   NameObject("/F"): TextStringObject(name),
                                   NameObject("/UF"): TextStringObject(name),
                                   NameObject("/EF"): DictionaryObject({NameObject("/F"): ef_ref})})
            annot = DictionaryObject({
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/FileAttachment"),
                NameObject("/Rect"): ArrayObject([FloatObject(60 + 30 * i), FloatObject(640), FloatObject(80 + 30 * i), FloatObject(664)]),
                NameObject("/FS"): w._add_object(fs),
                NameObject("/Contents"): TextStringObject(name),
                NameObject("/Name"): NameObject("/Paperclip"),
                NameObject("/F"): NumberObject(4),
            })
            annots.append(w._add_object(annot))
        page[NameObject("/Annots")] = annots
    else:
        for name, data in files:
            w.add_attachment(name, data)
        if portfolio:
            w._root_object[NameObject("/Collection")] = DictionaryObject({NameObject("/Type"): NameObject("/Collection"),
                                                                         NameObject("/View"): NameObject("/D")})
            w._root_object[NameObject("/PageMode")] = NameObject("/UseAttachments")
    w.add_metadata({"/Producer": "Council Document Services", "/CreationDate": "D:20261201090000Z"})
    pdf_fix_id(w, key)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


# ---------------------------------------------------------------- images
def render_form_image(rows: list, width: int = 1240, title: str = "", photo: bool = False,
                      key: str = "", font_size: int = 22) -> tuple[bytes, str]:
    """rows: list of str (paragraph) or (label, value) tuples or ('##', heading).
    Returns (bytes, subtype). photo=True gives a tilted, shaded JPEG like a phone photo."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    import textwrap
    f = ImageFont.truetype(FONT, font_size)
    fb = ImageFont.truetype(FONT_B, font_size)
    ft = ImageFont.truetype(FONT_B, font_size + 6)
    line_h = int(font_size * 1.45)
    # measure
    lines = []
    if title:
        lines.append(("title", title))
    for r in rows:
        if isinstance(r, tuple) and r[0] == "##":
            lines.append(("head", r[1]))
        elif isinstance(r, tuple):
            wrapped = textwrap.wrap(r[1], 62) or [""]
            lines.append(("kv", r[0], wrapped[0]))
            for more in wrapped[1:]:
                lines.append(("kv", "", more))
        else:
            for chunk in textwrap.wrap(r, 90) or [""]:
                lines.append(("p", chunk))
    height = 60 + line_h * (len(lines) + 2) + 40
    img = Image.new("RGB", (width, height), "white")
    d = ImageDraw.Draw(img)
    y = 40
    for ln in lines:
        if ln[0] == "title":
            d.text((40, y), ln[1], font=ft, fill="black")
            y += line_h + 12
        elif ln[0] == "head":
            d.rectangle([36, y - 4, width - 36, y + line_h - 6], fill=(222, 226, 235))
            d.text((42, y), ln[1], font=fb, fill="black")
            y += line_h + 4
        elif ln[0] == "kv":
            if ln[1]:
                d.line([36, y - 4, width - 36, y - 4], fill=(170, 170, 170))
            d.text((42, y), ln[1], font=fb, fill="black")
            d.text((420, y), ln[2], font=f, fill="black")
            y += line_h
        else:
            d.text((42, y), ln[1], font=f, fill="black")
            y += line_h
    if photo:
        shade = Image.linear_gradient("L").resize((width, height)).point(lambda v: 255 - v // 6)
        grey = Image.new("RGB", (width, height), (236, 232, 220))
        img = Image.composite(img, grey, shade.point(lambda v: 255 if v > 230 else 200))
        img = img.rotate(1.6, resample=Image.BICUBIC, expand=True, fillcolor=(92, 88, 80))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=85)
        return buf.getvalue(), "jpeg"
    buf = io.BytesIO()
    img.save(buf, "PNG", optimize=False)
    return buf.getvalue(), "png"


def image_texts(rows: list, title: str = "") -> list[str]:
    out = [title] if title else []
    for r in rows:
        if isinstance(r, tuple) and r[0] == "##":
            out.append(r[1])
        elif isinstance(r, tuple):
            out += [r[0], r[1], f"{r[0]} {r[1]}"]
        else:
            out.append(r)
    return [t for t in out if t]


# ---------------------------------------------------------------- labels
def label(case: dict, received: dt.date) -> dict:
    """Compute deadlines and flags from the case facts. The check re-derives them independently."""
    district, kind = case.get("district"), case.get("kind")
    date = case.get("date")
    rd = nd = nok = None
    flags_req = list(case.get("flags_required", []))
    if case["decision"] != "manual_review" and date and district:
        c = dt.date.fromisoformat(date)
        n = 1 if district == "leeds" else 3
        rd = wd_back(c, n).isoformat()
        nd = wd_between(received, c)
        if district == "wakefield":
            minimum = 5 if kind in ("initial", "transfer_in") else None
        elif district == "leeds":
            minimum = 5 if kind in ("initial", "transfer_in") else 10
        else:
            minimum = None
        nok = None if minimum is None else nd >= minimum
        if nok is False and "late_notice" not in flags_req:
            flags_req.append("late_notice")
        if dt.date.fromisoformat(rd) < received and "deadline_passed" not in flags_req:
            flags_req.append("deadline_passed")
    forbidden = case.get("flags_forbidden")
    if forbidden is None:
        allowed = set(flags_req) | set(case.get("flags_allowed", []))
        forbidden = [f for f in ALL_FLAGS if f not in allowed]
        if nok is None or nok:
            pass
        if nok is False and "late_notice" in forbidden:
            forbidden.remove("late_notice")
    return {
        "district": district,
        "kind": kind,
        "pre_birth": case.get("pre_birth", False),
        "date": date,
        "time": case.get("time"),
        "police_attendance_requested": case.get("tick"),
        "harm_categories": case.get("harm"),
        "children": [{"name": n, "date_of_birth": d} for n, d in case["children"]] if case.get("children") is not None else None,
        "adults": case.get("adults"),
        "criteria": case.get("criteria"),
        "decision": case["decision"],
        "report_due": rd,
        "notice_working_days": nd,
        "notice_ok": nok,
        "flags_required": sorted(flags_req),
        "flags_forbidden": sorted(forbidden),
        "source_texts": case["source_texts"],
        "tags": case.get("tags", []),
        "notes": case.get("notes", ""),
    }


def write_case(name: str, msg, case: dict, received: dt.datetime):
    (OUT / f"{name}.eml").write_bytes(to_bytes(msg))
    lab = label(case, received.date())
    (OUT / f"{name}.json").write_text(json.dumps(lab, indent=2, ensure_ascii=False) + "\n")


def split_texts(*blocks: str) -> list[str]:
    """Source texts: each block whole, plus its non-empty lines."""
    out = []
    for b in blocks:
        if not b:
            continue
        out.append(b)
        for line in b.splitlines():
            line = line.strip()
            if line and line != b:
                out.append(line)
    seen, res = set(), []
    for t in out:
        if t not in seen:
            seen.add(t)
            res.append(t)
    return res
