"""Independent checker for set o: re-reads every .eml (no generator code) and checks its label.

Run: /work/main/.venv/bin/python check.py
"""
import datetime as dt
import email
import email.policy
import email.utils
import glob
import io
import json
import os
import re
import struct
import sys
import zipfile
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

import docx
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
BH = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1), dt.date(2027, 3, 26),
      dt.date(2027, 3, 29), dt.date(2026, 8, 31), dt.date(2027, 5, 3)}
DOMAINS = {"wakefield.gov.uk": "wakefield", "leeds.gov.uk": "leeds", "calderdale.gov.uk": "calderdale",
           "kirklees.gov.uk": "kirklees", "bradford.gov.uk": "bradford"}
CRITERIA = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
            "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
            "registered_sex_offender", "negotiated_attendance", "prior_unit_involvement", "core_group_member"}


def fold(s):
    return " ".join(s.split())


# ---------------------------------------------------------------- extraction
class Extract:
    def __init__(self):
        self.texts = []
        self.unreadable = []
        self.ticks = []          # (attend_marked, report_marked) found in forms
        self.encrypted = False

    def add(self, t):
        self.texts.append(t)


class _H(HTMLParser):
    BLOCK = {"p", "br", "tr", "h1", "h2", "h3", "li", "div", "table", "ol", "ul"}

    def __init__(self):
        super().__init__()
        self.out, self.rows, self.row, self.skip = [], [], None, False

    def handle_starttag(self, tag, a):
        if tag in ("style", "script"):
            self.skip = True
        if tag in self.BLOCK:
            self.out.append("\n")
        if tag in ("td", "th"):
            self.out.append(" | ")
            if self.row is not None:
                self.row.append("")
        if tag == "tr":
            self.row = []

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip = False
        if tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)
            if self.row:
                self.row[-1] += d


def html_text(s, ex):
    h = _H()
    h.feed(s)
    for r in h.rows:
        matrix_row(r, ex)
    return "".join(h.out)


def matrix_row(cells, ex):
    cells = [c.strip() for c in cells]
    if cells and cells[0] == "Police" and len(cells) == 4:
        ex.ticks.append((cells[2] == "X", cells[3] == "X"))


def rtf_text(b):
    s = b.decode("cp1252", "replace")
    s = re.sub(r"\{\\fonttbl[^{}]*(\{[^{}]*\}[^{}]*)*\}", "", s)
    s = re.sub(r"\{\\colortbl[^{}]*\}", "", s)
    s = s.replace("\\par", "\n")
    s = re.sub(r"\\u(-?\d+)\??", lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r"\\'([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]).decode("cp1252"), s)
    s = re.sub(r"\\([{}\\])", lambda m: "\x00" + m.group(1), s)
    s = re.sub(r"\\[a-z]+-?\d* ?", "", s)
    s = s.replace("{", "").replace("}", "").replace("\x00", "")
    return s


def parse_tnef(b):
    """Minimal MS-OXTNEF reader: returns (rtf_bytes|None, [(name, data)]); raises on damage."""
    if len(b) < 6 or struct.unpack("<I", b[:4])[0] != 0x223E9F78:
        raise ValueError("bad TNEF signature")
    pos, rtf, atts, cur = 6, None, [], None
    while pos < len(b):
        if pos + 9 > len(b):
            raise ValueError("truncated attribute header")
        lvl, aid, ln = struct.unpack("<BII", b[pos:pos + 9])
        data = b[pos + 9:pos + 9 + ln]
        if len(data) != ln or pos + 11 + ln > len(b):
            raise ValueError("truncated attribute data")
        (cks,) = struct.unpack("<H", b[pos + 9 + ln:pos + 11 + ln])
        if cks != sum(data) & 0xFFFF:
            raise ValueError("bad checksum")
        pos += 11 + ln
        if aid == 0x00069002:
            cur = {"name": None, "data": None}
            atts.append(cur)
        elif aid == 0x00018010 and cur is not None:
            cur["name"] = data.rstrip(b"\0").decode("cp1252")
        elif aid == 0x0006800F and cur is not None:
            cur["data"] = data
        elif aid == 0x00069003:
            rtf = mapi_rtf(data)
    return rtf, [(a["name"], a["data"]) for a in atts]


def mapi_rtf(d):
    (n,) = struct.unpack("<I", d[:4])
    p = 4
    for _ in range(n):
        pt, pid = struct.unpack("<HH", d[p:p + 4]); p += 4
        if pt == 0x0003:
            p += 4
            continue
        cnt, ln = struct.unpack("<II", d[p:p + 8]); p += 8
        val = d[p:p + ln]; p += ln + (-ln % 4)
        if pid == 0x1009:
            csize, rsize, ctype, crc = struct.unpack("<IIII", val[:16])
            if ctype != 0x414C454D:
                raise ValueError("compressed RTF (LZFu) not supported by this checker")
            return val[16:16 + rsize]
    return None


def docx_text(data, ex):
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]

    def tables(ts):
        for t in ts:
            for row in t.rows:
                cells = [c.text for c in row.cells]
                matrix_row(cells, ex)
                out.append(" | ".join(cells))
                for c in row.cells:
                    tables(c.tables)
    tables(d.tables)
    return "\n".join(out)


def pdf_text(data, ex):
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for pg in pdf.pages:
            t = pg.extract_text() or ""
            out.append(t)
            words = pg.extract_words()
            # vector boxes: a square drawn just left of the tick label
            for lab in ("attendance", "sufficient"):
                pass
            lines = {}
            for w in words:
                lines.setdefault(round(w["top"]), []).append(w)
            marks = {}
            for top, ws in lines.items():
                ws.sort(key=lambda w: w["x0"])
                txt = " ".join(w["text"] for w in ws)
                for key, lab in (("a", "Police attendance required"), ("r", "Written report sufficient")):
                    if lab in txt:
                        first = next(w for w in ws if w["text"] == lab.split()[0])
                        if any(w["text"] == "X" and w["x1"] <= first["x0"] and first["x0"] - w["x1"] < 15 for w in ws):
                            marks[key] = True
                            continue
                        for r in pg.rects:
                            if abs((r["top"] + r["bottom"]) / 2 - (first["top"] + first["bottom"]) / 2) < 6 and \
                                    0 <= first["x0"] - r["x1"] < 20:
                                marks[key] = bool(r.get("fill"))
                        marks.setdefault(key, False)
            if "a" in marks and "r" in marks:
                ex.ticks.append((marks["a"], marks["r"]))
            # agency matrix row in a drawn grid
            hdr = [w for w in words if w["text"] in ("Attend", "Report")]
            pol = [w for w in words if w["text"] == "Police" and w["x0"] < 60]
            if len(hdr) >= 2 and pol:
                att = next(w for w in hdr if w["text"] == "Attend")
                rep = next(w for w in hdr if w["text"] == "Report")
                row = [w for w in words if abs(w["top"] - pol[0]["top"]) < 3 and w["text"] == "X"]
                ex.ticks.append((any(abs(w["x0"] - att["x0"]) < 5 for w in row),
                                 any(abs(w["x0"] - rep["x0"]) < 5 for w in row)))
    return "\n".join(out)


def file_text(name, data, ex):
    low = (name or "").lower()
    try:
        if low.endswith(".docx"):
            ex.add(docx_text(data, ex))
        elif low.endswith(".pdf"):
            ex.add(pdf_text(data, ex))
        elif low.endswith(".txt"):
            ex.add(data.decode("utf-8"))
        elif low.endswith(".zip"):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                for info in z.infolist():
                    if info.is_dir():
                        continue
                    if info.flag_bits & 1:
                        ex.unreadable.append(f"{name}/{info.filename}: password-protected")
                        ex.encrypted = True
                        continue
                    file_text(info.filename, z.read(info), ex)
        elif low.endswith(".dat"):
            rtf, atts = parse_tnef(data)
            if rtf:
                ex.add(rtf_text(rtf))
            for n, d in atts:
                file_text(n, d, ex)
        else:
            ex.unreadable.append(f"{name}: unsupported")
    except Exception as e:       # noqa: BLE001
        ex.unreadable.append(f"{name}: {e}")


def extract(msg):
    ex = Extract()
    ex.add(str(msg["Subject"]))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        fn = part.get_filename()
        if ct == "text/plain" and not fn:
            t = part.get_content()
            ex.add(t)
            text_ticks(t, ex)
        elif ct == "text/html" and not fn:
            t = html_text(part.get_content(), ex)
            ex.add(t)
            text_ticks(t, ex)
        else:
            file_text(fn, part.get_payload(decode=True), ex)
    full = "\n".join(ex.texts)
    if not ex.ticks:
        text_ticks(full, ex)
    return ex, full


def text_ticks(t, ex):
    f = fold(t)
    m1 = re.search(r"([\u2612\u2610]|\[[X ]\]) Police attendance required", f)
    m2 = re.search(r"([\u2612\u2610]|\[[X ]\]) Written report sufficient", f)
    if m1 and m2:
        ex.ticks.append((m1.group(1) in ("\u2612", "[X]"), m2.group(1) in ("\u2612", "[X]")))
        return
    m = re.search(r"Q(\d+)\. Police - attend or report\?", f)
    if m:
        a = re.search(rf"Q{m.group(1)}: (\w+)", f)
        if a:
            ex.ticks.append((a.group(1).lower() == "attend", a.group(1).lower() == "report"))
            return
    a = re.search(r"Section 3 - 3\.4: (Yes|No)", f)
    r = re.search(r"Section 3 - 3\.3: (Yes|No)", f)
    if a and r:
        ex.ticks.append((a.group(1) == "Yes", r.group(1) == "Yes"))
        return
    a = re.search(r"Police attendance required\? (Yes|No)", f)
    r = re.search(r"Written report sufficient\? (Yes|No)", f)
    if a and r:
        ex.ticks.append((a.group(1) == "Yes", r.group(1) == "Yes"))


# ---------------------------------------------------------------- calendar and policy
def wd(d):
    return d.weekday() < 5 and d not in BH


def back(d, n):
    while n:
        d -= dt.timedelta(days=1)
        n -= wd(d)
    return d


def notice(r, c):
    return sum(1 for i in range(1, (c - r).days + 1) if wd(r + dt.timedelta(days=i)))


def policy(district, kind, crit, par, tick_state):
    crit = set(crit)
    wl = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
          "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
          "registered_sex_offender", "negotiated_attendance"}
    asks = par is True or tick_state == "both"
    if kind in ("initial", "transfer_in"):
        if district == "leeds":
            if crit & (wl - {"child_sexual_exploitation"}):
                return "attend"
            if "child_sexual_exploitation" in crit:
                return "discuss"
        elif district == "calderdale":
            if crit & {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
                       "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}:
                return "attend"
            if crit & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
                return "discuss"
        else:
            if crit & wl:
                return "attend"
        return "discuss" if asks else "report_only"
    if "core_group_member" in crit:
        return "attend"
    if crit & {"child_sexual_exploitation", "current_investigation", "registered_sex_offender", "police_protection",
               "domestic_abuse_current_involvement", "wilful_neglect_investigation"} or asks:
        return "discuss"
    return "report_only"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def date_forms(d):
    day = d.day
    suf = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    m = MONTHS[d.month - 1]
    out = {f"{day:02d}/{d.month:02d}/{d.year}", f"{day:02d}.{d.month:02d}.{d.year}", f"{day:02d}/{d.month:02d}/{d.year % 100:02d}",
           f"{day:02d}.{d.month:02d}.{d.year % 100:02d}", f"{day} {m} {d.year}", f"{day}{suf} {m} {d.year}",
           f"{day}{suf} {m[:3]} {d.year}", f"{day:02d}-{d.month:02d}-{d.year}"}
    return out


# ---------------------------------------------------------------- checks
def check(path):
    errs = []
    lab = json.load(open(path[:-4] + ".json", encoding="utf-8"))
    raw = open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    rh = msg.get_all("Received")[0]
    rcv = email.utils.parsedate_to_datetime(str(rh).rsplit(";", 1)[1].strip()).astimezone(LON)
    if dt.datetime.fromisoformat(lab["received"]) != rcv:
        errs.append(f"received {lab['received']} != {rcv.isoformat()}")
    rday = rcv.date()
    if not (dt.date(2026, 12, 7) <= rday <= dt.date(2027, 1, 31)):
        errs.append("received outside 7 Dec 2026 - 31 Jan 2027")
    ex, full = extract(msg)
    ftext = fold(full)
    for s in lab["source_texts"]:
        if fold(s) not in ftext:
            errs.append(f"source_text not found: {s[:70]!r}")
    # district
    addr = email.utils.parseaddr(str(msg["From"]))[1].lower()
    dom = addr.split("@")[1]
    if dom.endswith(".cjsm.net"):
        dom = dom[:-9]
    dist = next((v for k, v in DOMAINS.items() if dom == k or dom.endswith("." + k)), None)
    if dist != lab["district"]:
        errs.append(f"district {lab['district']} but sender gives {dist}")
    flags = set(lab["flags_required"])
    forb = set(lab["flags_forbidden"])
    if flags & forb:
        errs.append("flag both required and forbidden")
    # unreadable attachments
    if ex.unreadable and "unreadable_attachment" not in flags:
        errs.append(f"unreadable attachment not flagged: {ex.unreadable}")
    if not ex.unreadable and "unreadable_attachment" in flags:
        errs.append("unreadable_attachment required but everything was read")
    # criteria ids
    bad = set(lab["criteria"]) - CRITERIA
    if bad:
        errs.append(f"unknown criteria {bad}")
    # conference date
    conf = dt.date.fromisoformat(lab["date"]) if lab["date"] else None
    if conf:
        if not wd(conf):
            errs.append("conference not on a working day")
        if conf <= rday:
            errs.append("conference not after the day received")
        if not any(f in ftext for f in date_forms(conf)):
            errs.append("conference date not visible in the text")
        if lab["district"]:
            n = 1 if lab["district"] == "leeds" else 3
            due = back(conf, n)
            nw = notice(rday, conf)
            ini = lab["kind"] in ("initial", "transfer_in")
            mn = {"wakefield": 5 if ini else None, "leeds": 5 if ini else 10}.get(lab["district"])
            ok = None if mn is None else nw >= mn
            if lab["report_due"] != due.isoformat():
                errs.append(f"report_due {lab['report_due']} != {due}")
            if lab["notice_working_days"] != nw:
                errs.append(f"notice {lab['notice_working_days']} != {nw}")
            if lab["notice_ok"] != ok:
                errs.append(f"notice_ok {lab['notice_ok']} != {ok}")
            manual = lab["decision"] == "manual_review"
            if ok is False and not manual and "late_notice" not in flags:
                errs.append("late_notice missing")
            if ok is not False and "late_notice" in flags:
                errs.append("late_notice required but notice ok")
            if ok is not False and "late_notice" not in forb:
                errs.append("late_notice should be forbidden")
            if due < rday and not manual and "deadline_passed" not in flags:
                errs.append("deadline_passed missing")
            if due >= rday and "deadline_passed" in flags:
                errs.append("deadline_passed wrongly required")
            if due >= rday and "deadline_passed" not in forb:
                errs.append("deadline_passed should be forbidden")
    else:
        if lab["report_due"] is not None or lab["notice_working_days"] is not None:
            errs.append("deadlines given without a date")
    # tick box
    par = lab["police_attendance_requested"]
    tick_state = None
    if ex.ticks:
        states = {t for t in ex.ticks}
        if len(states) > 1:
            errs.append(f"inconsistent tick boxes {states}")
        a, r = ex.ticks[0]
        tick_state = "both" if a and r else "neither" if not (a or r) else "attend" if a else "report"
        exp = {"attend": True, "report": False}.get(tick_state)
        if lab["decision"] != "manual_review" and exp != par:
            errs.append(f"tick box reads {tick_state} but label says {par}")
        amb = tick_state in ("both", "neither")
        if lab["decision"] != "manual_review" and amb != ("tickbox_ambiguous" in flags):
            errs.append("tickbox_ambiguous does not match the form")
    elif par is not None or "tickbox_ambiguous" in flags:
        errs.append("label has a tick box state but none found in the email")
    conflict = par is False and lab["decision"] == "attend"
    if conflict != ("tickbox_conflict" in flags):
        errs.append("tickbox_conflict does not match")
    # decision
    manual_flags = {"unverified_sender", "encrypted_unreadable", "cancelled", "not_an_invitation"}
    manual = bool(flags & manual_flags) or {"unreadable_attachment", "no_booking_form"} <= flags or conf is None
    if manual:
        exp = "manual_review"
    else:
        exp = policy(lab["district"], lab["kind"], lab["criteria"], par, tick_state)
    if exp != lab["decision"]:
        errs.append(f"decision {lab['decision']} but POLICY gives {exp}")
    if "cancelled" in flags and "CANCELLED" not in ftext.upper():
        errs.append("cancelled flag but no cancellation in text")
    # names and dates of birth visible
    for ch in lab["children"] or []:
        if fold(ch["name"]) not in ftext:
            errs.append(f"child name not visible: {ch['name']}")
        if ch["date_of_birth"]:
            d = dt.date.fromisoformat(ch["date_of_birth"])
            if not any(f in ftext for f in date_forms(d)):
                errs.append(f"DOB not visible for {ch['name']}")
    for a in lab["adults"] or []:
        if fold(a) not in ftext:
            errs.append(f"adult not visible: {a}")
    if lab["kind"] not in ("initial", "review", "transfer_in"):
        errs.append("bad kind")
    return errs, ex


def main():
    files = sorted(glob.glob(os.path.join(HERE, "o-*.eml")))
    bad = 0
    counts = {}
    for f in files:
        errs, ex = check(f)
        lab = json.load(open(f[:-4] + ".json"))
        counts[lab["decision"]] = counts.get(lab["decision"], 0) + 1
        name = os.path.basename(f)
        if errs:
            bad += 1
            print(f"FAIL {name}")
            for e in errs:
                print("   ", e)
        else:
            print(f"ok   {name}  [{lab['decision']}]" + (f"  unreadable: {ex.unreadable[0]}" if ex.unreadable else ""))
    print(f"\n{len(files)} emails, {bad} failing; decisions {dict(sorted(counts.items()))}")
    sys.exit(1 if bad or len(files) != 35 else 0)


if __name__ == "__main__":
    main()
