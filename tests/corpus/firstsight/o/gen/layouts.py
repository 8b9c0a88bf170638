"""One renderer per layout. Each returns (eml bytes, source texts)."""
import datetime as dt
import html
import random

from common import build_message, ddmmyyyy
from docs import (form_items, docx_form, pdf_form, rtf_doc, form_lines, tnef, zip_plain, zip_crypto,
                  docx_bytes, Pdf, child_row, dob_text, tick_marks)
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit

ORG = {
    "wakefield": ("CHILD PROTECTION CONFERENCE BOOKING FORM", "Wakefield Council - Safeguarding and Review Unit"),
    "leeds": ("Request for a Child Protection Conference", "Leeds City Council - Integrated Safeguarding Unit"),
    "calderdale": ("Child Protection Conference Request", "Calderdale MBC - Child Protection Administration"),
    "kirklees": ("Child Protection Conference Booking", "Kirklees Council - Child Protection Conference Team"),
    "bradford": ("Conference Booking Form", "City of Bradford MDC - Children's Services - Conference Unit"),
}


def _body(c, texts):
    texts.append(c["body"])
    return [("plain", c["body"])]


# ============================================================ 71 TNEF
def l71(c):
    texts = []
    parts = _body(c, texts)
    title, org = ORG[c["district"]]
    x = c["x"]
    sent = c["rcv_dt"].replace(tzinfo=None) - dt.timedelta(minutes=4)
    atts = []
    rtf_lines = None
    if x.get("att") == "docx" and x.get("truncate"):
        fake = dict(c, type_text="ICPC", date_text="", time_text="", venue="", chair="", sw="", ref="",
                    category="", children=[("Hirst", None, "", "")], adults=[], reason="", police="", extra=[])
        data = docx_form(form_items(fake, title, org), [])
        atts.append((x["fname"], data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        rtf_lines = [c["body"]]
    elif x.get("att") == "docx":
        data = docx_form(form_items(c, title, org), texts)
        atts.append((x["fname"], data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
        rtf_lines = c["body"].split("\n")
    elif x.get("att") == "pdf":
        data = pdf_form(form_items(c, title, org), texts)
        atts.append((x["fname"], data, "application/pdf"))
        rtf_lines = c["body"].split("\n")
    else:
        rtf_lines = form_lines(form_items(c, title, org))
        texts.extend(rtf_lines)
    blob = tnef(c["subject"], sent, rtf_doc(rtf_lines), atts, key=0x4F00 + c["n"])
    if x.get("truncate"):
        blob = blob[: len(blob) * 2 // 3]
    return build_message(c, parts, [("application", "ms-tnef", "winmail.dat", blob)], texts)


# ============================================================ 72 ZIP
def chronology_docx(c, texts):
    rows = [("Date", "Event", "Source")]
    if c["id"] == "72-01":
        rows += [("03/11/2026", "School report Paige collected at gates by unknown adult male in a black Audi", "School DSL"),
                 ("19/11/2026", "Paige missing overnight, returned by a taxi at 06:00", "Parents"),
                 ("21/12/2026", "CSE screening tool completed - high", "CSC")]
    else:
        rows += [("12/05/2024", "Corey seen at A&E with fractured arm; police investigation opened", "Health/Police"),
                 ("30/08/2024", "Police investigation NFA", "Police"),
                 ("17/11/2026", "Nursery report mark to Corey's cheek", "Nursery"),
                 ("04/01/2027", "Bruising to Corey's ear seen at nursery", "Nursery")]

    def build(d):
        d.add_paragraph("Chronology of significant events"); texts.append("Chronology of significant events")
        t = d.add_table(rows=len(rows), cols=3)
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                t.cell(i, j).text = v; texts.append(v)
    return docx_bytes(build)


def template_docx(texts):
    paras = ["WEST YORKSHIRE POLICE - REPORT TO CHILD PROTECTION CONFERENCE (TEMPLATE)",
             "Guidance: Police attendance is expected where, for example, a child has been placed in police protection, "
             "a registered sex offender is in the household, or there is a current investigation into child sexual exploitation.",
             "1. Police checks (PNC / Niche / PND):",
             "2. Information relevant to the conference:",
             "3. Officer completing report:"]

    def build(d):
        for p in paras:
            d.add_paragraph(p); texts.append(p)
    return docx_bytes(build)


def minutes_pdf(c, texts):
    p = Pdf(texts)
    p.line("Leeds City Council - Integrated Safeguarding Unit", font="Helvetica-Bold", size=11)
    p.line("Record of Initial Child Protection Conference held 14/10/2026 - Newsome children")
    p.y -= 8
    for s in ["Present: Chair, social worker, class teacher, health visitor, Ms Newsome.",
              "Police: report provided; not present.",
              c["extra"][0],
              "Decision: Harley and Willow to be subject to child protection plans under the category of neglect.",
              "Review conference to be held within three months."]:
        p.wrap(s)
    return p.bytes()


def l72(c):
    texts = []
    parts = _body(c, texts)
    title, org = ORG[c["district"]]
    members = []
    x = c["x"]
    cc = dict(c)
    if c["id"] == "72-02":
        cc["extra"] = []          # the historical line lives in the minutes
    if c["id"] == "72-07":
        inner = docx_form(form_items(dict(c, type_text="ICPC", date_text="21/01/2027", time_text="14:00",
                                          venue="Leeds", chair="", sw="Shabana Hussain", ref="MOS629999",
                                          category="Physical abuse", children=[("Oscar Rhodes", "2019-09-19", "Male", "")],
                                          adults=[("Kerry Rhodes", "Mother", None)], reason="Unexplained bruising.",
                                          police="", extra=[], tick="attend"), title, org), [])
        data = zip_crypto([("Rhodes ICPC booking form.docx", inner)], "Rh0des2027!")
        return build_message(c, parts, [("application", "zip", "Rhodes ICPC.zip", data)], texts)
    for f in x["files"]:
        if f == "booking.docx":
            members.append((f"Booking form {c['children'][0][0].split()[-1]}.docx", docx_form(form_items(cc, title, org), texts)))
        elif f == "booking.pdf":
            members.append((f"Booking form {c['ref']}.pdf", pdf_form(form_items(cc, title, org), texts)))
        elif f == "chronology.docx":
            members.append(("Chronology.docx", chronology_docx(c, texts)))
        elif f == "template.docx":
            members.append(("Police report template.docx", template_docx(texts)))
        elif f == "chronology.txt":
            t = ("CHRONOLOGY - FIRTH\r\n02/12/2026 School nurse: Isla disclosed self-harm (cutting)\r\n"
                 "10/12/2026 Strategy discussion (CSC, police, health) - s47 agreed\r\n"
                 "05/01/2027 CAMHS referral made\r\n")
            texts.extend([l for l in t.split("\r\n") if l])
            members.append(("Chronology Firth.txt", t.encode()))
        elif f.startswith("form:"):
            i = int(f[5:])
            one = dict(cc, children=[cc["children"][i]])
            members.append((f"Booking form - {one['children'][0][0]}.docx", docx_form(form_items(one, title, org), texts)))
        elif f.startswith("sub:"):
            path = f[4:]
            low = path.lower()
            if "minutes" in low:
                members.append((path, minutes_pdf(c, texts)))
            elif "booking" in low or "request" in low:
                members.append((path, pdf_form(form_items(cc, title, org), texts)))
            elif "chronology" in low:
                members.append((path, chronology_docx(c, texts)))
            elif "template" in low:
                members.append((path, template_docx(texts)))
    zname = f"{c['children'][0][0].split()[-1].upper()} conference papers.zip"
    return build_message(c, parts, [("application", "zip", zname, zip_plain(members))], texts)


# ============================================================ 73 transposed tables
AGENCIES = ["Health visitor / school nurse", "School / nursery", "Police", "GP", "Probation"]


def transposed_model(c):
    conf_h = ["Date", "Time", "Venue", "Chair", "Type"]
    conf_v = [c["date_text"], c["time_text"], c["venue"], c["chair"], c["type_text"]]
    ref_h = ["Case ref", "Social worker", "Category"]
    ref_v = [c["ref"], c["sw"], c["category"]]
    kids = [[""] + [f"Child {i}" for i in range(1, len(c["children"]) + 1)]]
    for lab, j in (("Name", 0), ("DOB", 1), ("Gender", 2), ("School", 3)):
        kids.append([lab] + [child_row(ch)[j] for ch in c["children"]])
    ads = [[""] + [f"Adult {i}" for i in range(1, len(c["adults"]) + 1)]]
    for lab, j in (("Name", 0), ("Relationship", 1), ("DOB", 2)):
        ads.append([lab] + [[a[0], a[1], dob_text(a[2])][j] for a in c["adults"]])
    a, r = tick_marks(c["tick"])
    mat = [["Agency", "Invite", "Attend", "Report"]]
    for ag in AGENCIES:
        if ag == "Police":
            mat.append([ag, "X", "X" if a else "", "X" if r else ""])
        else:
            mat.append([ag, "X", "X" if ag.startswith(("Health", "School")) else "", "X"])
    return [conf_h, conf_v], [ref_h, ref_v], kids, ads, mat


def l73(c):
    texts = []
    title, org = ORG[c["district"]]
    conf, ref, kids, ads, mat = transposed_model(c)
    paras = [("Reason for conference", c["reason"])]
    if c.get("police"):
        paras.append(("Police information", c["police"]))
    for e in c.get("extra", []):
        paras.append(("Note", e))
    fmt = c["x"]["fmt"]
    heads = ["Conference", "Reference", "Children subject of the conference", "Adults", "Invitations - please mark each agency (Attend / Report)"]
    tables = [conf, ref, kids, ads, mat]
    if fmt == "docx":
        def build(d):
            for s in ("OFFICIAL-SENSITIVE", title, org):
                d.add_paragraph(s); texts.append(s)
            for h, tb in zip(heads, tables):
                d.add_paragraph(h); texts.append(h)
                t = d.add_table(rows=len(tb), cols=len(tb[0])); t.style = "Table Grid"
                for i, row in enumerate(tb):
                    for j, v in enumerate(row):
                        t.cell(i, j).text = v
                        if v:
                            texts.append(v)
            for h, p in paras:
                d.add_paragraph(h); d.add_paragraph(p); texts.extend([h, p])
        data = docx_bytes(build)
        parts = _body(c, texts)
        return build_message(c, parts, [("application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                                           c["x"]["fname"], data)], texts)
    if fmt == "html":
        h = ["<html><head><meta charset=\"utf-8\"><style>td,th{border:1px solid #777;padding:3px 6px}"
             "table{border-collapse:collapse;margin-bottom:10px}</style></head><body style=\"font-family:Arial\">"]
        if c["id"] == "73-05":
            for s in ("CANCELLED", "This conference has been cancelled. Please remove it from your diary; no police report is required."):
                h.append(f"<p style=\"color:#b00;font-size:16pt\"><b>{html.escape(s)}</b></p>"); texts.append(s)
        intro = {"73-03": "Please find below the details of an Initial Child Protection Conference. Kindly mark the police row of the invitation grid and return.",
                 "73-04": "You are invited to the review conference below.",
                 "73-05": "Details of the cancelled conference for your records:"}[c["id"]]
        h.append(f"<p>{html.escape(intro)}</p>"); texts.append(intro)
        for s in ("OFFICIAL-SENSITIVE", title, org):
            h.append(f"<p><b>{html.escape(s)}</b></p>"); texts.append(s)
        for hd, tb in zip(heads, tables):
            if c["id"] == "73-05" and tb is mat:
                continue
            h.append(f"<h3>{html.escape(hd)}</h3><table>"); texts.append(hd)
            for i, row in enumerate(tb):
                tag = "th" if i == 0 or (tb in (kids, ads) and False) else "td"
                cells = []
                for j, v in enumerate(row):
                    tg = "th" if (i == 0 or (j == 0 and tb in (kids, ads))) else "td"
                    cells.append(f"<{tg}>{html.escape(v)}</{tg}>")
                    if v:
                        texts.append(v)
                h.append("<tr>" + "".join(cells) + "</tr>")
            h.append("</table>")
        for hd, p in paras:
            h.append(f"<h3>{html.escape(hd)}</h3><p>{html.escape(p)}</p>"); texts.extend([hd, p])
        sig = f"{c['sender_name']}, {org}"
        h.append(f"<p>{html.escape(sig)}</p></body></html>"); texts.append(sig)
        return build_message(c, [("html", "\n".join(h))], [], texts)
    # pdf
    from reportlab.lib.pagesizes import A4, landscape
    p = Pdf(texts, pagesize=landscape(A4))
    for s in ("OFFICIAL-SENSITIVE", title, org):
        p.line(s, font="Helvetica-Bold", size=11, gap=16)
    for hd, tb in zip(heads, tables):
        p.y -= 4
        if p.y < 140:
            p.newpage()
        p.line(hd, font="Helvetica-Bold", size=10, gap=14)
        ncol = len(tb[0])
        first = 110 if tb in (kids, ads) else (200 if tb is mat else 0)
        colw = (p.w - 100 - first) / (ncol - (1 if first else 0))
        for i, row in enumerate(tb):
            x = 50
            for j, v in enumerate(row):
                w = first if (first and j == 0) else colw
                p.c.rect(x, p.y - 4, w, 14, stroke=1, fill=0)
                if v:
                    p.c.setFont("Helvetica-Bold" if i == 0 or j == 0 else "Helvetica", 8)
                    p.c.drawString(x + 3, p.y, v); texts.append(v)
                x += w
            p.y -= 14
    for hd, txt in paras:
        p.y -= 6
        p.line(hd, font="Helvetica-Bold")
        p.wrap(txt, size=9)
    parts = _body(c, texts)
    return build_message(c, parts, [("application", "pdf", c["x"]["fname"], p.bytes())], texts)


# ============================================================ 74 numbered Q&A
def qa_list(c):
    kids = "; ".join(f"{ch[0]} ({ddmmyyyy(ch[1]) if ch[1] else ch[3]})" for ch in c["children"])
    ads = "; ".join(f"{a[0]} - {a[1]} - {dob_text(a[2])}" for a in c["adults"])
    return [("Type of conference", c["type_text"]), ("Date of conference", c["date_text"]),
            ("Start time", c["time_text"]), ("Venue", c["venue"]), ("Chair", c["chair"]),
            ("Social worker", c["sw"]), ("Reference number", c["ref"]),
            ("Name(s) of child(ren) and date(s) of birth", kids), ("Parents / carers (name - relationship - DOB)", ads),
            ("Category of concern", c["category"]), ("Reason for the conference", c.get("reason", ""))]


def l74(c):
    texts = []
    fmt = c["x"]["fmt"]
    title, org = ORG[c["district"]]
    qa = qa_list(c)
    if fmt == "text-answers-block":
        qs = [q for q, _ in qa] + ["Police involvement / information", "Police - attend or report?"]
        ans = [a for _, a in qa] + [c["police"], "report"]
        lines = ["OFFICIAL-SENSITIVE", title.upper(), org, "",
                 "QUESTIONS (answers are given by number in the block below)"]
        lines += [f"Q{i}. {q}" for i, q in enumerate(qs, 1)]
        lines += ["", "ANSWERS"]
        lines += [f"Q{i}: {a}" for i, a in enumerate(ans, 1)]
        lines += ["", "Debbie Marsden", "Social Worker, Wakefield Council CYPS"]
        body = "\n".join(lines)
        texts.extend([l for l in lines if l])
        return build_message(c, [("plain", body)], [], texts)
    if fmt == "text-qa":
        lines = ["OFFICIAL-SENSITIVE", "Calderdale - review conference notification", ""]
        n = 0
        for q, a in qa:
            n += 1
            lines += [f"Q{n} {q}", f"A{n} {a}", ""]
        lines += [f"Q{n+1} Core group members", f"A{n+1} SW, school, school nurse, mum, CSE worker", "",
                  f"Q{n+2} Police attendance?", f"A{n+2} (not completed)", "", "Jo (SW)", "sent from my mobile"]
        body = "\n".join(lines)
        texts.extend([l for l in lines if l])
        return build_message(c, [("plain", body)], [], texts)
    if fmt == "text-chaser":
        lines = ["Dear CPPU,",
                 "",
                 "This is an automated reminder from the Conference Unit.",
                 "",
                 "1. Conference: ICPC",
                 "2. Child: Harrison Wood (DOB 08/08/2018)",
                 "3. Conference date: 26/01/2027 at 10am",
                 "4. Chair: Stephen Holroyd",
                 "5. Status of the police report: OUTSTANDING",
                 "6. Report due: please send it today to the conference unit by secure email.",
                 "",
                 "The invitation and booking form were sent to you on 12/01/2027. This email is a reminder only.",
                 "",
                 "Conference Unit, City of Bradford MDC"]
        texts.extend([l for l in lines if l])
        return build_message(c, [("plain", "\n".join(lines))], [], texts)
    if fmt == "docx":   # numbered sections, answers by number at the end
        secs = [("Section 1 - The conference", qa[:7]), ("Section 2 - The family", qa[7:10]),
                ("Section 3 - Why a conference is needed and the police", qa[10:] + [("Police information", c["police"])])]

        def build(d):
            for s in ("OFFICIAL-SENSITIVE", title, org):
                d.add_paragraph(s); texts.append(s)
            for si, (sh, items) in enumerate(secs, 1):
                d.add_paragraph(sh); texts.append(sh)
                for qi, (q, a) in enumerate(items, 1):
                    t = f"{si}.{qi} {q}"
                    d.add_paragraph(t); d.add_paragraph(a); texts.extend([t, a])
                if si == 3:
                    t = "3.3 Is a written police report sufficient?"
                    t2 = "3.4 Is police attendance at the conference required?"
                    t3 = "(answer questions 3.3 and 3.4 in the answer block at the end of the form)"
                    for s in (t, t2, t3):
                        d.add_paragraph(s); texts.append(s)
            for s in ("ANSWER BLOCK", "Section 3 - 3.3: No", "Section 3 - 3.4: Yes", "Completed by: " + c["sw"]):
                d.add_paragraph(s); texts.append(s)
        parts = _body(c, texts)
        return build_message(c, parts, [("application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                                           c["x"]["fname"], docx_bytes(build))], texts)
    if fmt == "docx-qa":
        def build(d):
            for s in ("OFFICIAL-SENSITIVE", title, org, "Transfer-in conference - questions and answers"):
                d.add_paragraph(s); texts.append(s)
            allqa = qa + [("Originating authority", "Derbyshire County Council"), ("Police information", c["police"])]
            for i, (q, a) in enumerate(allqa, 1):
                d.add_paragraph(f"Q{i} {q}"); d.add_paragraph(f"A{i} {a}")
                texts.extend([f"Q{i} {q}", f"A{i} {a}"])
        parts = _body(c, texts)
        return build_message(c, parts, [("application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                                           c["x"]["fname"], docx_bytes(build))], texts)
    if fmt == "html-qa":
        h = ["<html><body style=\"font-family:Calibri\">"]
        intro = "Good afternoon, please see the conference request below (numbered as per our form)."
        h.append(f"<p>{html.escape(intro)}</p>"); texts.append(intro)
        secs = [("1. Conference", qa[:7]), ("2. Children and adults", qa[7:10]), ("3. Concerns", qa[10:]),
                ("4. Police", [("Police involvement", c["police"]), ("Police attendance required?", "No"),
                               ("Written report sufficient?", "Yes")])]
        for si, (sh, items) in enumerate(secs, 1):
            h.append(f"<h2>{html.escape(sh)}</h2><ol style=\"list-style:none\">"); texts.append(sh)
            for qi, (q, a) in enumerate(items, 1):
                qt = f"{si}.{qi} {q}"
                h.append(f"<li><b>{html.escape(qt)}</b><br>{html.escape(a)}</li>"); texts.extend([qt, a])
            h.append("</ol>")
        sig = "Kamran Siddiq, Social Worker, Bradford Children's Services"
        h.append(f"<p>{html.escape(sig)}</p></body></html>"); texts.append(sig)
        return build_message(c, [("html", "\n".join(h))], [], texts)
    if fmt == "pdf":
        p = Pdf(texts)
        for s in ("OFFICIAL-SENSITIVE", title, org):
            p.line(s, font="Helvetica-Bold", size=11, gap=16)
        secs = [("1. CONFERENCE", qa[:7]), ("2. FAMILY", qa[7:10]), ("3. REASON", qa[10:]),
                ("4. POLICE", [("What is the police involvement?", c["police"])])]
        for si, (sh, items) in enumerate(secs, 1):
            p.y -= 6
            p.line(sh, font="Helvetica-Bold", size=10)
            for qi, (q, a) in enumerate(items, 1):
                p.line(f"{si}.{qi} {q}", font="Helvetica-Oblique", size=9, gap=12)
                p.wrap(a, x=70, size=10)
        parts = _body(c, texts)
        return build_message(c, parts, [("application", "pdf", c["x"]["fname"], p.bytes())], texts)
    raise ValueError(fmt)


# ============================================================ 75 awkward PDF geometry
def spaced(s):
    return " ".join(s)


def l75_lines(c):
    """(kind, text) lines of the form; kind: H heading, L label/value, P para, T tick line."""
    title, org = ORG[c["district"]]
    out = [("H", spaced("POLICE")), ("H", title), ("S", org)]
    for k, v in (("Type", c["type_text"]), ("Date", c["date_text"]), ("Time", c["time_text"]),
                 ("Venue", c["venue"]), ("Chair", c["chair"]), ("Social worker", c["sw"]),
                 ("Reference", c["ref"]), ("Category", c["category"])):
        out.append(("L", k, v))
    out.append(("H", spaced("CHILDREN")))
    for ch in c["children"]:
        r = child_row(ch)
        out.append(("L", r[0], f"{r[1]}  {r[2]}  {r[3]}"))
    out.append(("H", spaced("ADULTS")))
    for a in c["adults"]:
        out.append(("L", a[0], f"{a[1]}  {dob_text(a[2])}"))
    out.append(("H", spaced("REASON")))
    out.append(("P", c["reason"]))
    if c.get("police"):
        out.append(("H", spaced("POLICE INFORMATION")))
        out.append(("P", c["police"]))
    if c["tick"] != "absent":
        out.append(("H", "West Yorkshire Police - mark one box"))
        a, r = tick_marks(c["tick"])
        out.append(("T", a, "Police attendance required"))
        out.append(("T", r, "Written report sufficient"))
    return out


def l75(c):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    import io
    texts = []
    g = c["x"]["geom"]
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=A4, invariant=1)
    cv.setAuthor("o")
    W, H = A4
    rnd = random.Random(int(c["id"].replace("-", "")))
    ops = []          # (x, y, font, size, text) in display coordinates
    rects = []        # (x, y, filled)

    def put_words(x, y, s, font="Helvetica", size=10):
        """Place each word separately (display coordinates)."""
        cx = x
        for w in s.split(" "):
            if w:
                ops.append((cx, y, font, size, w))
            cx += stringWidth(w, font, size) + size * 0.45

    def layout(width, height):
        y = height - 50
        for ln in l75_lines(c):
            if ln[0] == "H":
                put_words(50, y, ln[1], "Helvetica-Bold", 11); texts.append(ln[1]); y -= 18
            elif ln[0] == "S":
                put_words(50, y, ln[1], "Helvetica", 9); texts.append(ln[1]); y -= 16
            elif ln[0] == "L":
                put_words(50, y, ln[1], "Helvetica-Bold", 9); put_words(width / 2 - 40, y, ln[2]); texts.extend([ln[1], ln[2]]); y -= 14
            elif ln[0] == "P":
                for part in simpleSplit(ln[1], "Helvetica", 10, width - 100):
                    put_words(50, y, part); texts.append(part); y -= 13
                y -= 4
            elif ln[0] == "T":
                rects.append((50, y - 1, ln[1]))
                put_words(66, y, ln[2]); texts.append(ln[2]); y -= 16
        return y

    def emit(shuffle):
        seq = list(ops)
        if shuffle:
            # right-hand column first, then bottom-up, then the rest in random order
            seq.sort(key=lambda o: (o[0] < 200, o[1]))
            head, tail = seq[: len(seq) // 2], seq[len(seq) // 2:]
            rnd.shuffle(tail)
            seq = head + tail
        for x, y, f, s, t in seq:
            cv.setFont(f, s)
            cv.drawString(x, y, t)
        cv.setLineWidth(0.9)
        for x, y, filled in rects:
            cv.rect(x, y, 9, 9, stroke=1, fill=1 if filled else 0)

    if g in ("rotate90", "rotate270"):
        lw, lh = H, W       # landscape display
        cv.saveState()
        if g == "rotate90":
            cv.translate(W, 0); cv.rotate(90)
        else:
            cv.translate(0, H); cv.rotate(-90)
        layout(lw, lh)
        emit(False)
        cv.restoreState()
        cv.setPageRotation(90 if g == "rotate90" else 270)
        cv.showPage()
    elif g == "cover-letterspaced":
        cov = ["OFFICIAL-SENSITIVE", spaced("CONFIDENTIAL"), "Child Protection Conference - booking pack",
               "Contents: page 2 booking form", "If received in error please notify the sender and delete."]
        y = H - 200
        for s in cov:
            cv.setFont("Helvetica-Bold" if y == H - 200 else "Helvetica", 14)
            cv.drawCentredString(W / 2, y, s); texts.append(s); y -= 30
        cv.showPage()
        layout(W, H)
        emit(False)
        cv.showPage()
    else:   # out-of-order
        layout(W, H)
        emit(True)
        cv.showPage()
    cv.save()
    parts = _body(c, texts)
    return build_message(c, parts, [("application", "pdf", c["x"]["fname"], buf.getvalue())], texts)


RENDER = {"71": l71, "72": l72, "73": l73, "74": l74, "75": l75}
