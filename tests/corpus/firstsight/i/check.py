"""Check set i: parse every .eml with the standard email package, open every attachment,
validate every label (fields, dates, working days, decision under POLICY.md) and that every
source text is really in the email.  Run: /work/main/.venv/bin/python check.py"""
import glob, io, json, os, re, sys, zipfile, struct, datetime as dt, subprocess, tempfile
from collections import Counter
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from xml.etree import ElementTree as ET

import holidays

HERE = os.path.dirname(os.path.abspath(__file__))
HOL = holidays.country_holidays("GB", subdiv="ENG", years=[2026, 2027])
FLAGS = {"late_notice", "deadline_passed", "missing_reason", "missing_family_details", "missing_conference_date",
         "unverified_sender", "unreadable_attachment", "encrypted_unreadable", "no_booking_form", "tickbox_conflict",
         "tickbox_ambiguous", "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "ocr_used",
         "district_unknown"}
CRIT = ["current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
        "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
        "registered_sex_offender", "negotiated_attendance", "prior_unit_involvement", "core_group_member"]
KEYS = ["district", "kind", "pre_birth", "date", "time", "police_attendance_requested", "harm_categories", "children",
        "adults", "criteria", "decision", "report_due", "notice_working_days", "notice_ok", "flags_required",
        "flags_forbidden", "source_texts", "tags", "notes"]
ALLOW = {"wakefield.gov.uk": "wakefield", "leeds.gov.uk": "leeds", "calderdale.gov.uk": "calderdale",
         "kirklees.gov.uk": "kirklees", "bradford.gov.uk": "bradford"}
REPORT_N = {"wakefield": 3, "leeds": 1, "calderdale": 3, "kirklees": 3, "bradford": 3}
errors = []


def err(case, msg):
    errors.append("%s: %s" % (case, msg))


def is_wd(d):
    return d.weekday() < 5 and d not in HOL


def back_wd(d, n):
    while n:
        d -= dt.timedelta(days=1)
        n -= is_wd(d)
    return d


def notice(recv, conf):
    return sum(1 for i in range(1, (conf - recv).days + 1) if is_wd(recv + dt.timedelta(days=i)))


def min_notice(district, kind):
    ini = kind in ("initial", "transfer_in")
    return {"wakefield": 5 if ini else None, "leeds": 5 if ini else 10}.get(district)


def sender_district(addr):
    dom = addr.rsplit("@", 1)[-1].lower()
    if dom.endswith(".cjsm.net"):
        dom = dom[:-len(".cjsm.net")]
    for k, v in ALLOW.items():
        if dom == k or dom.endswith("." + k):
            return v
    return None


def decide(lab):
    """POLICY.md decision for a label whose manual-review conditions do not apply."""
    district, kind, c = lab["district"], lab["kind"], set(lab["criteria"])
    tick = lab["police_attendance_requested"]
    both = "tickbox_ambiguous" in lab["flags_required"]
    if kind in ("initial", "transfer_in"):
        wake = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
                "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
                "registered_sex_offender", "negotiated_attendance"}
        if district in ("wakefield", "kirklees", "bradford"):
            if c & wake:
                return "attend"
        elif district == "leeds":
            if c & (wake - {"child_sexual_exploitation"}):
                return "attend"
            if "child_sexual_exploitation" in c:
                return "discuss"
        elif district == "calderdale":
            if c & {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
                    "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}:
                return "attend"
            if c & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
                return "discuss"
        return "discuss" if tick is True or both else "report_only"
    if "core_group_member" in c:
        return "attend"
    if c & {"child_sexual_exploitation", "current_investigation", "registered_sex_offender", "police_protection",
            "domestic_abuse_current_involvement", "wilful_neglect_investigation"} or tick is True:
        return "discuss"
    return "report_only"


class HText(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, d):
        self.out.append(d)

    def handle_starttag(self, tag, a):
        if tag in ("p", "div", "br", "tr"):
            self.out.append("\n")


def rtf_text(b):
    s = b.decode("ascii")
    out, i, depth, skip = [], 0, 0, []
    while i < len(s):
        ch = s[i]
        if ch == "{":
            depth += 1
            i += 1
            m = re.match(r"\{?\\\*?\\?(fonttbl|colortbl|info|stylesheet)", s[i - 1:i + 12])
            if m:
                skip.append(depth)
            continue
        if ch == "}":
            if skip and skip[-1] == depth:
                skip.pop()
            depth -= 1
            i += 1
            continue
        if ch == "\\":
            m = re.match(r"\\([a-z]+)(-?\d+)? ?|\\([\\{}])", s[i:])
            if m.group(3):
                if not skip:
                    out.append(m.group(3))
            else:
                w, n = m.group(1), m.group(2)
                if not skip:
                    if w == "par":
                        out.append("\n")
                    elif w == "tab":
                        out.append("\t")
                    elif w == "u":
                        out.append(chr(int(n) % 65536))
                        i += len(m.group(0))
                        if s[i] == "?":
                            i += 1
                        continue
            i += len(m.group(0))
            continue
        if ch not in "\r\n" and not skip:
            out.append(ch)
        i += 1
    return "".join(out)


def odt_text(b):
    z = zipfile.ZipFile(io.BytesIO(b))
    assert z.namelist()[0] == "mimetype" and z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    root = ET.fromstring(z.read("content.xml"))
    T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    out = []
    for el in root.iter():
        if el.tag in (T + "p", T + "h"):
            parts = [el.text or ""]
            for ch in el:
                parts.append("\t" if ch.tag == T + "tab" else (ch.text or ""))
                parts.append(ch.tail or "")
            out.append("".join(parts))
    return "\n".join(out)


def doc_readable(b):
    """True if the OLE2 container is complete enough to read; False if truncated/corrupt."""
    if b[:8] != bytes.fromhex("D0CF11E0A1B11AE1"):
        return False
    ssz = 1 << struct.unpack_from("<H", b, 30)[0]
    first_dir = struct.unpack_from("<I", b, 48)[0]
    return 512 + (first_dir + 1) * ssz <= len(b)


def extract(part, case):
    """-> (text or None if unreadable, kind)"""
    fn = part.get_filename() or ""
    data = part.get_payload(decode=True)
    low = fn.lower()
    if low.endswith(".pdf"):
        import pdfplumber
        from pypdf import PdfReader
        r = PdfReader(io.BytesIO(data))
        if r.is_encrypted:
            return None, "pdf-encrypted"
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages), "pdf"
    if low.endswith(".docx"):
        import docx
        d = docx.Document(io.BytesIO(data))
        t = [p.text for p in d.paragraphs]
        for s in d.sections:
            t += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                t += [c.text for c in row.cells]
        return "\n".join(t), "docx"
    if low.endswith(".rtf"):
        assert data.startswith(b"{\\rtf1"), fn
        return rtf_text(data), "rtf"
    if low.endswith(".odt"):
        return odt_text(data), "odt"
    if low.endswith(".doc"):
        return (None, "doc-truncated") if not doc_readable(data) else ("", "doc")
    if part.get_content_maintype() == "image":
        with tempfile.NamedTemporaryFile(suffix=os.path.splitext(fn)[1]) as f:
            f.write(data)
            f.flush()
            return subprocess.run(["tesseract", f.name, "-"], capture_output=True, text=True).stdout, "image"
    err(case, "unknown attachment type %s" % fn)
    return None, "unknown"


def fold(s):
    return re.sub(r"\s+", "", s)


def main():
    emls = sorted(glob.glob(os.path.join(HERE, "i-*.eml")))
    if len(emls) != 35:
        err("set", "expected 35 .eml, found %d" % len(emls))
    layouts, decisions, crit_count, names = Counter(), Counter(), Counter(), []
    for path in emls:
        case = os.path.basename(path)[:-4]
        names.append(case)
        m = re.match(r"i-(4[1-5])-(0[1-7])-[a-z0-9-]+$", case)
        if not m:
            err(case, "bad file name")
            continue
        layouts[m.group(1)] += 1
        jpath = path[:-4] + ".json"
        if not os.path.exists(jpath):
            err(case, "no label")
            continue
        lab = json.load(open(jpath, encoding="utf-8"))
        msg = BytesParser(policy=policy.default).parse(open(path, "rb"))
        # ---- headers
        rec = msg.get_all("Received") or []
        if not rec:
            err(case, "no Received header")
            continue
        recv_dt = parsedate_to_datetime(rec[0].split(";")[-1].strip())
        recv = recv_dt.date()
        if not (dt.date(2026, 12, 7) <= recv <= dt.date(2027, 1, 29)) or not is_wd(recv):
            err(case, "received %s outside window or not a working day" % recv)
        if parsedate_to_datetime(msg["Date"]) > recv_dt:
            err(case, "Date header after Received")
        frm = msg["From"].addresses[0].addr_spec
        sd = sender_district(frm)
        auth = msg.get("Authentication-Results", "")
        unverified = sd is None or "dmarc=fail" in auth
        # ---- bodies and attachments
        corpus = [str(msg["Subject"])]
        att_status = []
        for part in msg.walk():
            if part.is_multipart():
                continue
            if part.get_content_disposition() == "attachment":
                corpus.append(part.get_filename())
                text, kind = extract(part, case)
                att_status.append((part.get_filename(), kind, text is not None))
                if text:
                    corpus.append(text)
            elif part.get_content_type() == "text/plain":
                corpus.append(part.get_content())
            elif part.get_content_type() == "text/html":
                h = HText()
                h.feed(part.get_content())
                corpus.append("".join(h.out))
        big = fold("\n".join(corpus))
        for s in lab.get("source_texts", []):
            if fold(s) not in big:
                err(case, "source text not found in the email: %r" % s[:70])
        # ---- label fields
        for k in KEYS:
            if k not in lab:
                err(case, "missing key " + k)
        if set(lab) - set(KEYS):
            err(case, "extra keys %s" % (set(lab) - set(KEYS)))
        if lab["district"] not in (None, "wakefield", "leeds", "calderdale", "kirklees", "bradford"):
            err(case, "district")
        if lab["district"] and not unverified and lab["district"] != sd:
            err(case, "district %s but sender says %s" % (lab["district"], sd))
        if lab["kind"] not in ("initial", "review", "transfer_in"):
            err(case, "kind")
        if not isinstance(lab["pre_birth"], bool):
            err(case, "pre_birth")
        if lab["decision"] not in ("attend", "report_only", "discuss", "manual_review"):
            err(case, "decision")
        if lab["police_attendance_requested"] not in (True, False, None):
            err(case, "tick")
        if not set(lab["harm_categories"]) <= {"neglect", "physical", "sexual", "emotional"}:
            err(case, "harm")
        if not set(lab["criteria"]) <= set(CRIT) or len(set(lab["criteria"])) != len(lab["criteria"]):
            err(case, "criteria ids")
        fr, ff = set(lab["flags_required"]), set(lab["flags_forbidden"])
        if not (fr | ff) <= FLAGS or fr & ff:
            err(case, "flags invalid or overlapping: %s" % (fr & ff))
        conf = dt.date.fromisoformat(lab["date"]) if lab["date"] else None
        if conf and not is_wd(conf):
            err(case, "conference on a non-working day")
        if lab["time"] and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", lab["time"]):
            err(case, "time")
        for ch in lab["children"]:
            if set(ch) != {"name", "date_of_birth"}:
                err(case, "child keys")
            if ch["date_of_birth"]:
                dt.date.fromisoformat(ch["date_of_birth"])
                if dt.date.fromisoformat(ch["date_of_birth"]).strftime("%d/%m/%Y") not in "\n".join(corpus):
                    err(case, "DOB %s not in text" % ch["date_of_birth"])
            if fold(ch["name"]).lower() not in big.lower():
                err(case, "child name %s not in text" % ch["name"])
        for a in lab["adults"]:
            if fold(a) not in big:
                err(case, "adult %s not in text" % a)
        # ---- deadlines
        if lab["report_due"]:
            exp = back_wd(conf, REPORT_N[lab["district"]])
            if lab["report_due"] != exp.isoformat():
                err(case, "report_due %s != %s" % (lab["report_due"], exp))
            if (exp < recv) != ("deadline_passed" in fr):
                err(case, "deadline_passed flag inconsistent")
            if exp < recv and "deadline_passed" in ff:
                err(case, "deadline_passed forbidden but passed")
        if lab["notice_working_days"] is not None:
            n = notice(recv, conf)
            if n != lab["notice_working_days"]:
                err(case, "notice %s != %s" % (lab["notice_working_days"], n))
            mn = min_notice(lab["district"], lab["kind"])
            ok = None if mn is None else n >= mn
            if ok != lab["notice_ok"]:
                err(case, "notice_ok %s != %s" % (lab["notice_ok"], ok))
            if (ok is False) != ("late_notice" in fr):
                err(case, "late_notice flag inconsistent")
        # ---- sender / attachments vs flags
        if unverified != ("unverified_sender" in fr):
            err(case, "unverified_sender flag inconsistent (sender %s)" % frm)
        unreadable = [a for a in att_status if not a[2]]
        if bool(unreadable) != ("unreadable_attachment" in fr):
            err(case, "unreadable_attachment inconsistent: %s" % att_status)
        if any(a[1] == "pdf-encrypted" for a in att_status) != ("encrypted_unreadable" in fr):
            err(case, "encrypted_unreadable inconsistent")
        # ---- decision
        manual = fr & {"unverified_sender", "encrypted_unreadable", "not_an_invitation", "cancelled"} or \
            {"unreadable_attachment", "no_booking_form"} <= fr
        if manual:
            if lab["decision"] != "manual_review":
                err(case, "manual-review condition but decision %s" % lab["decision"])
            if "report_only" == lab["decision"]:
                err(case, "report_only on unreadable content")
        else:
            exp = decide(lab)
            if exp != lab["decision"]:
                err(case, "decision %s but POLICY gives %s" % (lab["decision"], exp))
            tc = lab["decision"] == "attend" and lab["police_attendance_requested"] is False
            if tc != ("tickbox_conflict" in fr):
                err(case, "tickbox_conflict inconsistent")
        if "tickbox_ambiguous" in fr and lab["police_attendance_requested"] is not None:
            err(case, "ambiguous tick must be null")
        decisions[lab["decision"]] += 1
        for c in lab["criteria"]:
            crit_count[c] += 1
    # ---- set coverage
    for l in ("41", "42", "43", "44", "45"):
        if layouts[l] != 7:
            err("set", "layout %s has %d cases" % (l, layouts[l]))
    for c in CRIT:
        if crit_count[c] < 2:
            err("set", "criterion %s used %d times" % (c, crit_count[c]))
    for d in ("attend", "report_only", "discuss", "manual_review"):
        if decisions[d] < 4:
            err("set", "decision %s only %d times" % (d, decisions[d]))
    print("cases:", len(emls), "| decisions:", dict(decisions))
    print("criteria:", dict(crit_count))
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK - all checks passed")


if __name__ == "__main__":
    main()
