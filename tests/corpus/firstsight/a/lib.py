"""Shared helpers for the a- test set: deadlines, email assembly, labels, docx/pdf/html builders."""
import datetime as dt, json, os, io, hashlib, random, html as htmlmod
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email import encoders
from email.utils import format_datetime
from zoneinfo import ZoneInfo
import holidays

OUT = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
HOL = holidays.country_holidays("GB", subdiv="ENG", years=range(2026, 2028))

ALL_FLAGS = ["late_notice", "deadline_passed", "missing_reason", "missing_family_details",
             "missing_conference_date", "unverified_sender", "unreadable_attachment",
             "encrypted_unreadable", "no_booking_form", "tickbox_conflict", "tickbox_ambiguous",
             "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "ocr_used",
             "district_unknown"]

DOMAINS = {"wakefield": "wakefield.gov.uk", "leeds": "leeds.gov.uk", "calderdale": "calderdale.gov.uk",
           "kirklees": "kirklees.gov.uk", "bradford": "bradford.gov.uk"}
POLICE_TO = {"wakefield": "Wakefield CPPU <wakefield.cppu@westyorkshire.police.uk>",
             "leeds": "Leeds CPPU SPOC <leeds.cppu.conferences@westyorkshire.police.uk>",
             "calderdale": "CD Safeguarding Case Conference <cd.safeguarding.caseconference@westyorkshire.police.uk>",
             "kirklees": "Kirklees Safeguarding Unit <kirklees.sgu@westyorkshire.police.uk>",
             "bradford": "Bradford Safeguarding Unit <bradford.sgu@westyorkshire.police.uk>"}


def is_wd(d):
    return d.weekday() < 5 and d not in HOL


def back_wd(d, n):
    while n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def notice_wd(received, conf):
    n, d = 0, received
    while d < conf:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


def deadlines(district, kind, conf, received):
    """kind: initial/review/transfer_in. returns report_due, notice_wd, notice_ok, min"""
    initial = kind in ("initial", "transfer_in")
    if district == "leeds":
        n, mn = 1, (5 if initial else 10)
    elif district == "wakefield":
        n, mn = 3, (5 if initial else None)
    else:
        n, mn = 3, None
    rd = back_wd(conf, n)
    nw = notice_wd(received, conf)
    ok = None if mn is None else nw >= mn
    return rd, nw, ok


def d(s):
    return dt.date.fromisoformat(s)


def _mid(dom, seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:24]}@mx-out.{dom}>"


def headers(msg, *, district, sender_name, sender_local, subject, sent, received, to=None,
            domain=None, extra=None):
    """sent/received: aware datetimes (Europe/London)."""
    dom = domain or DOMAINS[district]
    ip = "198.51.100.%d" % (sum(map(ord, dom)) % 200 + 20)
    r_utc = received.astimezone(dt.timezone.utc)
    msg["Received"] = (f"from mx-out.{dom} (mx-out.{dom} [{ip}]) by mx1.westyorkshire.police.uk "
                       f"with ESMTPS id {hashlib.md5(subject.encode()).hexdigest()[:10].upper()}; "
                       f"{format_datetime(received)}")
    r2 = received - dt.timedelta(minutes=2)
    msg["Received"] = f"from MBX02.ad.{dom} (10.40.12.7) by mx-out.{dom} with Microsoft SMTP Server; {format_datetime(r2)}"
    msg["Authentication-Results"] = (f"mx1.westyorkshire.police.uk; dkim=pass header.d={dom}; "
                                     f"spf=pass smtp.mailfrom={dom}; dmarc=pass header.from={dom}")
    msg["Message-ID"] = _mid(dom, subject + str(sent))
    msg["Date"] = format_datetime(sent)
    msg["From"] = f"{sender_name} <{sender_local}@{dom}>"
    msg["To"] = to or POLICE_TO[district]
    msg["Subject"] = subject
    for k, v in (extra or {}).items():
        msg[k] = v


def ts(y, m, dd, hh, mi):
    return dt.datetime(y, m, dd, hh, mi, tzinfo=LON)


def attach_bytes(msg, data, filename, kind):
    if kind == "pdf":
        part = MIMEApplication(data, _subtype="pdf")
    elif kind == "docx":
        part = MIMEApplication(data, _subtype="vnd.openxmlformats-officedocument.wordprocessingml.document")
    else:
        raise ValueError(kind)
    part.add_header("Content-Disposition", "attachment", filename=filename)
    msg.attach(part)


def text_part(s, sub="plain"):
    return MIMEText(s, sub, "utf-8")


def label(*, district, kind, pre_birth, date, time, tick, harm, children, adults, criteria, decision,
          received, flags_required=(), unscored=(), source_texts, tags, notes, deadlines_override=None):
    """Build the label; deadlines computed from POLICY.md unless date is None/overridden."""
    if deadlines_override is not None:
        rd, nw, ok = deadlines_override
    elif date and kind:
        rd, nw, ok = deadlines(district, kind, d(date), received)
        rd = rd.isoformat()
    else:
        rd, nw, ok = None, None, None
    fr = list(flags_required)
    # consistency checks on computed flags
    if ok is False:
        assert "late_notice" in fr, notes
    if rd and d(rd) < received:
        assert "deadline_passed" in fr, notes
    forb = [f for f in ALL_FLAGS if f not in fr and f not in unscored]
    if ok is not False and "late_notice" in fr:
        raise AssertionError("late_notice inconsistent " + notes)
    return {
        "district": district, "kind": kind, "pre_birth": pre_birth, "date": date, "time": time,
        "police_attendance_requested": tick, "harm_categories": harm,
        "children": [{"name": n, "date_of_birth": b} for n, b in children] if children is not None else None,
        "adults": adults, "criteria": sorted(criteria), "decision": decision,
        "report_due": rd, "notice_working_days": nw, "notice_ok": ok,
        "flags_required": sorted(fr), "flags_forbidden": sorted(forb),
        "source_texts": source_texts, "tags": tags, "notes": notes,
    }


def write_case(name, msg, lab):
    for k in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        v = msg[k]
        if v is not None:
            del msg[k]
            msg[k] = v
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(bytes(msg))
    # dedupe source texts, keep order
    seen, st = set(), []
    for s in lab["source_texts"]:
        if s and s not in seen:
            seen.add(s)
            st.append(s)
    lab["source_texts"] = st
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(lab, f, indent=2, ensure_ascii=False)
        f.write("\n")


# ---------------------------------------------------------------- DOCX
def docx_form(spec, texts):
    """spec: list of blocks: ('h', text) heading; ('p', text) paragraph; ('pruns', [(text, strike)]);
    ('table', rows, header_bold) rows = list of list of str."""
    import docx
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for b in spec:
        if b[0] == "h":
            doc.add_heading(b[1], level=2)
            texts.append(b[1])
        elif b[0] == "p":
            doc.add_paragraph(b[1])
            texts.append(b[1])
        elif b[0] == "pruns":
            p = doc.add_paragraph()
            full = ""
            for t, strike in b[1]:
                r = p.add_run(t)
                if strike:
                    r.font.strike = True
                full += t
            texts.append(full)
        elif b[0] == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = c
                    if i == 0 and b[2]:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
                    if c:
                        texts.append(c)
                texts.append(" ".join(c for c in r if c))
                texts.append("\t".join(r))
            doc.add_paragraph("")
    bio = io.BytesIO()
    doc.save(bio)
    return bio.getvalue()


# ---------------------------------------------------------------- PDF
def pdf_form(spec, texts):
    """spec blocks: ('title', t); ('box', [(label, value), ...]) label-above-value boxes in a row;
    ('dots', label, value) dotted leader line; ('head', t); ('para', t); ('line', t)."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DV" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    bio = io.BytesIO()
    c = canvas.Canvas(bio, pagesize=A4)
    W, H = A4
    x0, y = 45, H - 50
    maxw = W - 90

    def need(h):
        nonlocal y
        if y - h < 50:
            c.showPage()
            y = H - 50

    for b in spec:
        k = b[0]
        if k == "title":
            need(30)
            c.setFont("DVB", 13)
            c.drawString(x0, y, b[1]); texts.append(b[1]); y -= 22
        elif k == "head":
            need(26)
            y -= 4
            c.setFont("DVB", 10.5)
            c.drawString(x0, y, b[1]); texts.append(b[1]); y -= 16
        elif k == "line":
            need(16)
            c.setFont("DV", 9.5)
            c.drawString(x0, y, b[1]); texts.append(b[1]); y -= 14
        elif k == "para":
            lines = simpleSplit(b[1], "DV", 9.5, maxw)
            texts.append(b[1])
            c.setFont("DV", 9.5)
            for ln in lines:
                need(14)
                c.setFont("DV", 9.5)
                c.drawString(x0, y, ln); texts.append(ln); y -= 13
            y -= 5
        elif k == "dots":
            need(18)
            lab, val = b[1], b[2]
            c.setFont("DV", 9.5)
            lw = c.stringWidth(lab + " ", "DV", 9.5)
            vw = c.stringWidth(" " + val, "DV", 9.5)
            dw = c.stringWidth(".", "DV", 9.5)
            ndots = max(4, int((maxw * 0.62 - lw - vw) / dw))
            s = f"{lab} {'.' * ndots} {val}"
            c.drawString(x0, y, s); texts.append(s); texts.append(lab); texts.append(val); y -= 16
        elif k == "box":
            cells = b[1]
            n = len(cells)
            bw = maxw / n
            # wrap values
            wrapped = [simpleSplit(v, "DV", 9.5, bw - 8) or [""] for _, v in cells]
            bh = 16 + 12 * max(len(w) for w in wrapped)
            need(bh + 6)
            for i, ((lab, val), wl) in enumerate(zip(cells, wrapped)):
                bx = x0 + i * bw
                c.rect(bx, y - bh, bw, bh)
                c.setFont("DVB", 7.5)
                c.drawString(bx + 4, y - 9, lab)
                texts.append(lab)
                c.setFont("DV", 9.5)
                for j, ln in enumerate(wl):
                    c.drawString(bx + 4, y - 21 - 12 * j, ln)
                    texts.append(ln)
                texts.append(val)
            y -= bh + 6
    c.showPage()
    c.save()
    return bio.getvalue()


# ---------------------------------------------------------------- HTML
def esc(s):
    return htmlmod.escape(s, quote=False)


def html_table(rows, texts, header=True, style="border-collapse:collapse;border:1px solid #999"):
    out = [f'<table style="{style}" cellpadding="4">']
    for i, r in enumerate(rows):
        tag = "th" if (header and i == 0) else "td"
        out.append("<tr>" + "".join(f'<{tag} style="border:1px solid #999;text-align:left">{esc(c)}</{tag}>' for c in r) + "</tr>")
        for c in r:
            if c:
                texts.append(c)
        texts.append(" ".join(c for c in r if c))
    out.append("</table>")
    return "\n".join(out)


def html_p(t, texts, bold=False, tag="p"):
    texts.append(t)
    inner = f"<b>{esc(t)}</b>" if bold else esc(t)
    return f"<{tag}>{inner}</{tag}>"
