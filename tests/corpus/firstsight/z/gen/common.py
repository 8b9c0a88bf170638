"""Shared rendering for first-sight set z (layouts 126-130). Deterministic output."""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import io
import json
import re
import zipfile
from email import policy as email_policy
from email.charset import Charset, QP
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

BANK_HOLIDAYS = {dt.date(*d) for d in [
    (2026, 1, 1), (2026, 4, 3), (2026, 4, 6), (2026, 5, 4), (2026, 5, 25), (2026, 8, 31),
    (2026, 12, 25), (2026, 12, 28), (2027, 1, 1), (2027, 3, 26), (2027, 3, 29), (2027, 5, 3),
    (2027, 5, 31), (2027, 8, 30), (2027, 12, 27), (2027, 12, 28)]}

ALL_FLAGS = ["cancelled", "deadline_passed", "district_unknown", "encrypted_unreadable", "late_notice",
             "missing_conference_date", "missing_family_details", "missing_reason", "no_booking_form",
             "not_an_invitation", "possible_duplicate", "rescheduled", "tickbox_ambiguous",
             "tickbox_conflict", "unreadable_attachment", "unverified_sender"]

RELAYS = {
    "wakefield": "mail1.wakefield.gov.uk",
    "leeds": "smtp-out2.leeds.gov.uk",
    "calderdale": "mx-out.calderdale.gov.uk",
    "kirklees": "mailgw02.kirklees.gov.uk",
    "bradford": "smtp-relay.bradford.gov.uk",
}


def wd(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def back(d: dt.date, n: int) -> dt.date:
    while n:
        d -= dt.timedelta(days=1)
        if wd(d):
            n -= 1
    return d


def notice(received: dt.date, conf: dt.date) -> int:
    n, d = 0, received
    while d < conf:
        d += dt.timedelta(days=1)
        n += wd(d)
    return n


def decide(district, kind, crit, tick):
    c = set(crit)
    if kind == "review":
        if "core_group_member" in c:
            return "attend"
        if c & {"child_sexual_exploitation", "current_investigation", "registered_sex_offender",
                "police_protection", "domestic_abuse_current_involvement", "wilful_neglect_investigation"} or tick is True:
            return "discuss"
        return "report_only"
    w = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
         "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
         "registered_sex_offender", "negotiated_attendance"}
    if district == "leeds":
        if c & (w - {"child_sexual_exploitation"}):
            return "attend"
        if "child_sexual_exploitation" in c:
            return "discuss"
    elif district == "calderdale":
        if c & {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
                "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}:
            return "attend"
        if c & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
            return "discuss"
    else:
        if c & w:
            return "attend"
    return "discuss" if tick is True else "report_only"


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}"


# ---------------------------------------------------------------- rendering
def _hx(key: str, n: int = 24) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:n]


def plain(blocks) -> str:
    out = []
    for b in blocks:
        t = b[0]
        if t == "kv":
            out.append(f"{b[1]}: {b[2]}")
        elif t == "li":
            out.append(f"- {b[1]}")
        elif t == "blank":
            out.append("")
        else:
            out.append(b[1])
            if t in ("p", "h"):
                out.append("")
    return "\n".join(out).rstrip() + "\n"


def texts(blocks, composite=True) -> list[str]:
    out = []
    for b in blocks:
        if b[0] == "kv":
            if composite:
                out.append(f"{b[1]}: {b[2]}")
            out += [b[1], b[2]]
        elif b[0] != "blank":
            out.append(b[1])
    return [t for t in out if t.strip()]


def html_body(blocks, font="Calibri, sans-serif", intro="") -> str:
    e = html.escape
    parts = [f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
             f'<body><div style="font-family:{font};font-size:11pt">']
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b[0] == "kv":
            parts.append('<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">')
            while i < len(blocks) and blocks[i][0] == "kv":
                parts.append(f'<tr><td style="background:#e7eef7;width:220px"><b>{e(blocks[i][1])}</b></td>'
                             f'<td>{e(blocks[i][2])}</td></tr>')
                i += 1
            parts.append("</table>")
            continue
        if b[0] == "li":
            parts.append("<ul>")
            while i < len(blocks) and blocks[i][0] == "li":
                parts.append(f"<li>{e(blocks[i][1])}</li>")
                i += 1
            parts.append("</ul>")
            continue
        if b[0] == "h":
            parts.append(f'<p><b><u>{e(b[1])}</u></b></p>')
        elif b[0] in ("p", "line"):
            parts.append(f"<p>{e(b[1])}</p>")
        i += 1
    parts.append("</div></body></html>")
    return "\n".join(parts) + "\n"


def docx_bytes(blocks, key: str, title=None) -> bytes:
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    cp = doc.core_properties
    cp.author = "CSC Business Support"
    cp.last_modified_by = "CSC Business Support"
    cp.created = dt.datetime(2026, 11, 2, 9, 0, 0)
    cp.modified = dt.datetime(2026, 11, 2, 9, 0, 0)
    cp.revision = 3
    cp.title = title or ""
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b[0] == "kv":
            rows = []
            while i < len(blocks) and blocks[i][0] == "kv":
                rows.append(blocks[i])
                i += 1
            t = doc.add_table(rows=len(rows), cols=2)
            t.style = "Table Grid"
            for r, row in zip(t.rows, rows):
                r.cells[0].text = row[1]
                r.cells[1].text = row[2]
                for run in r.cells[0].paragraphs[0].runs:
                    run.bold = True
            continue
        if b[0] == "h":
            p = doc.add_paragraph()
            p.add_run(b[1]).bold = True
        elif b[0] == "li":
            doc.add_paragraph(b[1], style="List Bullet")
        elif b[0] in ("p", "line"):
            doc.add_paragraph(b[1])
        i += 1
    raw = io.BytesIO()
    doc.save(raw)
    # re-zip with fixed timestamps for byte-identical output
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 11, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def pdf_bytes(blocks, key: str, title: str, font="Helvetica") -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title=title, author="Children's Services", invariant=1,
                            creator="Microsoft Word", producer="Microsoft: Print To PDF")
    body = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=12)
    bold = ParagraphStyle("h", fontName=font + "-Bold", fontSize=10.5, leading=14, spaceBefore=6)
    e = html.escape
    flow = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b[0] == "kv":
            rows = []
            while i < len(blocks) and blocks[i][0] == "kv":
                rows.append([Paragraph(e(blocks[i][1]), body), Paragraph(e(blocks[i][2]), body)])
                i += 1
            t = Table(rows, colWidths=[55 * mm, 119 * mm])
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow += [t, Spacer(1, 4)]
            continue
        if b[0] == "h":
            flow.append(Paragraph(e(b[1]), bold))
        elif b[0] == "li":
            flow.append(Paragraph("- " + e(b[1]), body))
        elif b[0] in ("p", "line"):
            flow += [Paragraph(e(b[1]), body), Spacer(1, 3)]
        i += 1
    doc.build(flow)
    return buf.getvalue()


def qp_text(text: str, subtype="plain", charset="utf-8") -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = QP
    m = MIMEText(text, subtype, cs)
    del m["MIME-Version"]
    return m


# ---------------------------------------------------------------- case writer
def write_case(c: dict) -> dict:
    """c: case spec. Returns label."""
    layout, nn = c["layout"], c["nn"]
    name = f"z-{layout}-{nn:02d}-{c['district_tag']}-{c['kind_tag']}-{c['desc']}"
    key = name
    cover = c.get("cover", [])
    blocks = c["blocks"]
    container = c["container"]
    src: list[str] = [c["subject"]]
    parts = []
    cover_text = "\n".join(cover).rstrip() + "\n" if cover else ""
    src += [l for l in cover if l.strip()]
    b_id = lambda s: f"----=_NextPart_{_hx(key + s, 12)}"
    if container == "plain":
        body = (cover_text + "\n" if cover_text else "") + plain(blocks) + c.get("signature", "")
        msg = qp_text(body, charset=c.get("charset", "utf-8"))
        src += texts(blocks) + [body.strip()]
    elif container == "html":
        intro = "".join(f"<p>{html.escape(l)}</p>" for l in cover if l.strip())
        h = html_body(blocks, font=c.get("font", "Calibri, sans-serif"))
        h = h.replace('font-size:11pt">', 'font-size:11pt">' + intro, 1)
        sig = c.get("signature", "")
        if sig:
            h = h.replace("</div></body>", "".join(f"<p>{html.escape(l)}</p>" for l in sig.splitlines() if l.strip()) + "</div></body>")
        msg = qp_text(h, "html")
        src += texts(blocks, composite=False) + [l for l in sig.splitlines() if l.strip()]
    elif container == "alt":
        body = (cover_text + "\n" if cover_text else "") + plain(blocks) + c.get("signature", "")
        intro = "".join(f"<p>{html.escape(l)}</p>" for l in cover if l.strip())
        h = html_body(blocks)
        h = h.replace('font-size:11pt">', 'font-size:11pt">' + intro, 1)
        msg = MIMEMultipart("alternative", boundary=b_id("alt"))
        msg.attach(qp_text(body))
        msg.attach(qp_text(h, "html"))
        src += texts(blocks) + [body.strip()]
    elif container in ("docx", "pdf"):
        msg = MIMEMultipart("mixed", boundary=b_id("mix"))
        note = cover_text + c.get("signature", "")
        if c.get("cover_html"):
            alt = MIMEMultipart("alternative", boundary=b_id("alt"))
            del alt["MIME-Version"]
            alt.attach(qp_text(note))
            alt.attach(qp_text("<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
                               + "".join(f"<p>{html.escape(l)}</p>" for l in note.splitlines() if l.strip())
                               + "</div></body></html>\n", "html"))
            msg.attach(alt)
        else:
            msg.attach(qp_text(note))
        src += [l for l in c.get("signature", "").splitlines() if l.strip()] + [note.strip()]
        if container == "docx":
            data = docx_bytes(blocks, key, c.get("doc_title"))
            att = MIMEApplication(data, "vnd.openxmlformats-officedocument.wordprocessingml.document")
        else:
            data = pdf_bytes(blocks, key, c.get("doc_title", "Booking form"), font=c.get("pdf_font", "Helvetica"))
            att = MIMEApplication(data, "pdf")
        del att["MIME-Version"]
        att.add_header("Content-Disposition", "attachment", filename=c["attachment_name"])
        msg.attach(att)
        src += texts(blocks, composite=False)
    else:
        raise ValueError(container)

    district = c["district"]
    sender_domain = c["from_addr"].split("@")[1]
    relay = c.get("relay") or RELAYS.get(district or "", "smtp.example.net")
    recv = c["received"]          # (datetime aware)
    sent = c.get("sent") or (recv - dt.timedelta(minutes=7))
    fmt = lambda d: d.strftime("%a, %d %b %Y %H:%M:%S %z")
    hdr_recv = recv.strftime("%a, %d %b %Y %H:%M:%S %z")
    inner = recv - dt.timedelta(minutes=1, seconds=12)
    headers = [
        ("Received", f"from {relay} ({relay} [198.51.100.{int(_hx(key+'ip',2),16) % 200 + 20}]) by "
                     f"mx1.westyorkshire.police.uk with ESMTPS id {_hx(key+'id',10).upper()}; {hdr_recv}"),
    ]
    if c.get("extra_received"):
        headers.append(("Received", c["extra_received"]))
    headers.append(("Received", f"from EXCH{int(_hx(key+'x',2),16) % 9 + 1:02d}.corp.local (10.{int(_hx(key+'a',2),16)}.{int(_hx(key+'b',2),16)}.{int(_hx(key+'c',2),16)}) "
                                f"by {relay} with Microsoft SMTP Server; {fmt(inner)}"))
    auth_dom = sender_domain
    headers.append(("Authentication-Results", c.get("auth") or
                    f"mx1.westyorkshire.police.uk; dkim=pass header.d={auth_dom}; spf=pass smtp.mailfrom={auth_dom}; "
                    f"dmarc=pass (p=QUARANTINE) header.from={auth_dom}"))
    headers += [
        ("Message-ID", f"<{_hx(key+'mid')}@{relay}>"),
        ("Date", fmt(sent)),
        ("From", f"{c['from_name']} <{c['from_addr']}>"),
        ("To", c["to"]),
        ("Subject", c["subject"]),
    ]
    if c.get("cc"):
        headers.append(("Cc", c["cc"]))
    headers.append(("X-Mailer", c.get("mailer", "Microsoft Outlook 16.0")))
    for k, v in c.get("extra_headers", []):
        headers.append((k, v))
    for k, v in reversed(headers):
        msg._headers.insert(0, (k, v))
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    raw = msg.as_bytes(policy=email_policy.compat32.clone(linesep="\n", max_line_length=78))
    (OUT / f"{name}.eml").write_bytes(raw)

    # ---------------- label
    conf = c.get("date")
    kind = c.get("kind")
    tick = c.get("tick")
    crit = sorted(c["criteria"])
    req = list(c.get("flags_required", []))
    manual = c.get("manual", False)
    recv_day = recv.astimezone(dt.timezone.utc)  # all winter: GMT
    from zoneinfo import ZoneInfo
    recv_day = recv.astimezone(ZoneInfo("Europe/London")).date()
    report_due = n_wd = n_ok = None
    if conf and district and not c.get("null_deadlines"):
        initial = kind in ("initial", "transfer_in")
        n = {"leeds": 1}.get(district, 3)
        report_due = back(conf, n)
        n_wd = notice(recv_day, conf)
        minimum = None
        if district == "wakefield" and initial:
            minimum = 5
        elif district == "leeds":
            minimum = 5 if initial else 10
        n_ok = None if minimum is None else n_wd >= minimum
        if n_ok is False:
            req.append("late_notice")
        if report_due < recv_day:
            req.append("deadline_passed")
    if manual:
        decision = "manual_review"
    else:
        decision = decide(district, kind, crit, tick)
        if tick is False and decision == "attend":
            req.append("tickbox_conflict")
    forb = c.get("flags_forbidden")
    if forb is None:
        forb = [f for f in ALL_FLAGS if f not in req and f not in c.get("unscored_flags", [])]
        if container in ("plain", "html", "alt"):
            forb = [f for f in forb if f != "no_booking_form"]
    label = {
        "district": district,
        "kind": kind,
        "pre_birth": c.get("pre_birth", False),
        "date": conf.isoformat() if conf else None,
        "time": c.get("time"),
        "police_attendance_requested": tick,
        "harm_categories": c.get("harm"),
        "children": [{"name": n, "date_of_birth": d} for n, d in c["children"]],
        "adults": c["adults"],
        "criteria": crit,
        "decision": decision,
        "report_due": report_due.isoformat() if report_due else None,
        "notice_working_days": n_wd,
        "notice_ok": n_ok,
        "flags_required": sorted(set(req)),
        "flags_forbidden": sorted(set(forb) - set(req)),
        "source_texts": list(dict.fromkeys(src)),
        "tags": c.get("tags", []) + [f"layout-{layout}", f"district-{district or 'unknown'}", kind or "unknown",
                                     {True: "tick-attend", False: "tick-report", None: "tick-absent"}[tick]],
        "notes": c["notes"],
    }
    (OUT / f"{name}.json").write_text(json.dumps(label, indent=2, ensure_ascii=False) + "\n")
    return label


def utc(y, m, d, hh, mm, ss=0, offset_hours=0):
    return dt.datetime(y, m, d, hh, mm, ss, tzinfo=dt.timezone(dt.timedelta(hours=offset_hours)))


TO = {
    "wakefield": "Wakefield CPPU <wakefield.cppu@westyorkshire.police.uk>",
    "leeds": "CPPU Weetwood - Conference Invites <leeds.cppu.conferences@westyorkshire.police.uk>",
    "calderdale": "CD Safeguarding Case Conference <cd.safeguarding.caseconference@westyorkshire.police.uk>",
    "kirklees": "Kirklees Safeguarding Unit - Conferences <kirklees.sgu.conferences@westyorkshire.police.uk>",
    "bradford": "Bradford District Safeguarding Unit <bradford.dsu.conferences@westyorkshire.police.uk>",
}
