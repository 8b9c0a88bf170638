"""Independent consistency check of the m set: re-reads every .eml (text, HTML, PDF, ODT, XLSX, S/MIME),
and checks each label against it and against POLICY.md (deadlines with England bank holidays from the
`holidays` package, decision rules, flags)."""
import datetime as dt
import email
import email.policy
import glob
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from email.utils import parsedate_to_datetime

import holidays
import pdfplumber
from lxml import etree, html as lhtml

HERE = os.path.dirname(os.path.abspath(__file__))
BH = holidays.country_holidays("GB", subdiv="ENG", years=[2026, 2027])
try:
    from zoneinfo import ZoneInfo
    LONDON = ZoneInfo("Europe/London")
except Exception:
    LONDON = dt.timezone.utc

CRITERIA = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
            "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
            "registered_sex_offender", "negotiated_attendance", "prior_unit_involvement", "core_group_member"}
FLAGS = {"late_notice", "deadline_passed", "missing_reason", "missing_family_details", "missing_conference_date",
         "unverified_sender", "unreadable_attachment", "encrypted_unreadable", "no_booking_form", "tickbox_conflict",
         "tickbox_ambiguous", "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "ocr_used",
         "district_unknown"}
ALLOW = {"wakefield.gov.uk": "wakefield", "leeds.gov.uk": "leeds", "calderdale.gov.uk": "calderdale",
         "kirklees.gov.uk": "kirklees", "bradford.gov.uk": "bradford"}


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- extraction
def html_text(h):
    root = lhtml.fromstring(h)
    for el in root.xpath("//style|//script"):
        el.drop_tree()
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in ("br", "p", "div", "tr", "td", "th", "li", "h1", "h2", "h3", "table"):
            el.tail = "\n" + (el.tail or "")
    return root.text_content()


def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = etree.fromstring(z.read("content.xml"))
    ns = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0", "form": "urn:oasis:names:tc:opendocument:xmlns:form:1.0",
          "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"}
    T = "{%s}" % ns["text"]
    out = []

    def walk(el):
        s = el.text or ""
        for ch in el:
            if ch.tag == T + "s":
                s += " " * int(ch.get(T + "c", "1"))
            elif ch.tag == T + "tab":
                s += "\t"
            elif ch.tag == T + "line-break":
                s += "\n"
            else:
                s += walk(ch)
            s += ch.tail or ""
        return s
    for p in root.iter(T + "p", T + "h"):
        out.append(walk(p))
    states = {}
    for cb in root.iter("{%s}checkbox" % ns["form"]):
        states[cb.get("{%s}id" % ns["form"])] = cb.get("{%s}current-state" % ns["form"]) == "checked"
    return "\n".join(out), states


def xlsx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    sst = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in etree.fromstring(z.read("xl/sharedStrings.xml")).iter(S + "si"):
            sst.append("".join(t.text or "" for t in si.iter(S + "t")))
    st = etree.fromstring(z.read("xl/styles.xml"))
    fmts = {int(n.get("numFmtId")): n.get("formatCode") for n in st.iter(S + "numFmt")}
    xfs = [int(x.get("numFmtId", "0")) for x in st.find(S + "cellXfs")]
    out = []
    for name in sorted(n for n in z.namelist() if n.startswith("xl/worksheets/sheet")):
        for row in etree.fromstring(z.read(name)).iter(S + "row"):
            vals = []
            for c in row.iter(S + "c"):
                v = c.find(S + "v")
                if v is None:
                    continue
                t = c.get("t")
                if t == "s":
                    vals.append(sst[int(v.text)])
                elif t == "b":
                    vals.append("TRUE" if v.text == "1" else "FALSE")
                else:
                    fid = xfs[int(c.get("s", "0"))]
                    code = fmts.get(fid, "")
                    x = float(v.text)
                    if fid == 14 or "yy" in code:
                        vals.append((dt.date(1899, 12, 30) + dt.timedelta(days=int(x))).strftime("%d/%m/%Y"))
                    elif "hh" in code:
                        mins = round(x * 1440)
                        vals.append("%02d:%02d" % divmod(mins, 60))
                    else:
                        vals.append(v.text)
            out.append(" \t ".join(vals))
    return "\n".join(out)


def pdf_text(data):
    with pdfplumber.open(io.BytesIO(data)) as d:
        return "\n".join((p.extract_text() or "") for p in d.pages)


def openssl(*args, data):
    with tempfile.NamedTemporaryFile(delete=False) as f:
        f.write(data)
    try:
        r = subprocess.run(["openssl", *args, "-in", f.name], capture_output=True)
        return r.returncode, r.stdout
    finally:
        os.unlink(f.name)


def extract(msg, info):
    """returns list of text chunks; info collects facts (encrypted, signed, attachments...)"""
    chunks = []
    for part in msg.walk():
        ct = part.get_content_type()
        fn = part.get_filename() or ""
        if part.is_multipart():
            if ct == "multipart/signed":
                info.add("signed")
            continue
        if fn:
            chunks.append(fn)
        payload = part.get_payload(decode=True) or b""
        if ct == "text/plain":
            chunks.append(payload.decode(part.get_content_charset() or "utf-8"))
        elif ct == "text/html":
            chunks.append(html_text(payload.decode(part.get_content_charset() or "utf-8")))
        elif ct == "application/pdf":
            chunks.append(pdf_text(payload))
        elif ct == "application/vnd.oasis.opendocument.text":
            t, states = odt_text(payload)
            chunks.append(t)
            info.add("odt_states:" + json.dumps(states, sort_keys=True))
        elif ct == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
            chunks.append(xlsx_text(payload))
        elif ct in ("application/pkcs7-mime", "application/x-pkcs7-mime"):
            stype = (part.get_param("smime-type") or "").lower()
            if stype == "signed-data":
                rc, out = openssl("cms", "-verify", "-noverify", "-inform", "DER", data=payload)
                if rc != 0:
                    info.add("bad-opaque-signature")
                info.add("opaque-signed")
                inner = email.message_from_bytes(out, policy=email.policy.default)
                chunks += extract(inner, info)
            else:
                info.add("encrypted")
        elif ct in ("application/pkcs7-signature", "application/x-pkcs7-signature"):
            pass
    return chunks


# ---------------------------------------------------------------- policy
def is_wd(d):
    return d.weekday() < 5 and d not in BH


def back(d, n):
    while n:
        d -= dt.timedelta(days=1)
        n -= is_wd(d)
    return d


def notice(rec, conf):
    return sum(1 for i in range(1, (conf - rec).days + 1) if is_wd(rec + dt.timedelta(days=i)))


def decide(district, kind, crit, tick, both):
    c = set(crit)
    W = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation", "police_protection",
         "child_sexual_exploitation", "domestic_abuse_current_involvement", "registered_sex_offender", "negotiated_attendance"}
    if kind == "review":
        if "core_group_member" in c:
            return "attend"
        if c & {"child_sexual_exploitation", "current_investigation", "registered_sex_offender", "police_protection",
                "domestic_abuse_current_involvement", "wilful_neglect_investigation"} or tick is True:
            return "discuss"
        return "report_only"
    if district == "leeds":
        if c & (W - {"child_sexual_exploitation"}):
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
        if c & W:
            return "attend"
    return "discuss" if (tick is True or both) else "report_only"


# ---------------------------------------------------------------- checks
def check(eml_path):
    errs = []
    lab = json.load(open(eml_path[:-4] + ".json", encoding="utf-8"))
    raw = open(eml_path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    info = set()
    chunks = [str(msg["Subject"])] + extract(msg, info)
    corpus = fold("\n".join(chunks))
    # 1 verbatim source texts
    for s in lab["source_texts"]:
        if fold(s) not in corpus:
            errs.append("source_text not found: %r" % s[:90])
    # 2 received date
    rec = [parsedate_to_datetime(h.rsplit(";", 1)[1].strip()) for h in msg.get_all("Received")]
    rday = rec[0].astimezone(LONDON).date()
    if not (dt.date(2026, 12, 7) <= rday <= dt.date(2027, 1, 31)):
        errs.append("received outside window: %s" % rday)
    # 3 sender / district
    frm = msg["From"].addresses[0].domain.lower()
    base = frm[:-len(".cjsm.net")] if frm.endswith(".cjsm.net") else frm
    sender_district = next((d for dom, d in ALLOW.items() if base == dom or base.endswith("." + dom)), None)
    auth = " ".join(str(h) for h in (msg.get_all("Authentication-Results") or []))
    unverified = sender_district is None or re.search(r"(dmarc|spf|dkim)=fail", auth) is not None
    if unverified != ("unverified_sender" in lab["flags_required"]):
        errs.append("unverified_sender flag inconsistent with headers")
    if not unverified and lab["district"] != sender_district:
        errs.append("district %s != sender %s" % (lab["district"], sender_district))
    # 4 flags sanity
    for f in lab["flags_required"] + lab["flags_forbidden"]:
        if f not in FLAGS:
            errs.append("unknown flag " + f)
    if set(lab["flags_required"]) & set(lab["flags_forbidden"]):
        errs.append("flag both required and forbidden")
    for cid in lab["criteria"] or []:
        if cid not in CRITERIA:
            errs.append("unknown criterion " + cid)
    enc = "encrypted" in info
    if enc != ("encrypted_unreadable" in lab["flags_required"]):
        errs.append("encrypted_unreadable inconsistent with MIME (%s)" % enc)
    if "bad-opaque-signature" in info:
        errs.append("opaque signature does not verify")
    if "signed" in info:
        rc, _ = openssl("smime", "-verify", "-noverify", "-out", "/dev/null", data=raw)
        if rc != 0:
            errs.append("detached S/MIME signature does not verify")
    # 5 decision
    dec = lab["decision"]
    manual_reasons = {"unverified_sender", "encrypted_unreadable", "cancelled", "not_an_invitation"} & set(lab["flags_required"])
    if (dec == "manual_review") != bool(manual_reasons):
        errs.append("manual_review without a reason flag or vice versa")
    tick = lab["police_attendance_requested"]
    amb = "tickbox_ambiguous" in lab["flags_required"]
    if amb and tick is not None:
        errs.append("tickbox_ambiguous with non-null tick")
    if dec != "manual_review":
        exp = decide(lab["district"], lab["kind"], lab["criteria"], tick, both="both-boxes-ticked" in lab["tags"])
        if exp != dec:
            errs.append("decision %s, rules give %s" % (dec, exp))
        if (tick is False and dec == "attend") != ("tickbox_conflict" in lab["flags_required"]):
            errs.append("tickbox_conflict inconsistent")
    # 6 dates
    if lab["date"]:
        conf = dt.date.fromisoformat(lab["date"])
        d = conf
        shown = [d.strftime("%d/%m/%Y"), d.strftime("%d.%m.%y"), "%d %s %d" % (d.day, d.strftime("%B"), d.year),
                 d.strftime("%d/%m/%y"), d.strftime("%d.%m.%Y"), "%d%s %s %d" % (d.day, "th", d.strftime("%B"), d.year)]
        if not any(fold(s).lower() in corpus.lower() for s in shown) and not enc:
            errs.append("conference date not visible in the text")
    if lab["report_due"] is not None:
        district, kind = lab["district"], lab["kind"]
        n = 1 if district == "leeds" else 3
        due = back(conf, n)
        nw = notice(rday, conf)
        if district == "wakefield":
            mn = 5 if kind in ("initial", "transfer_in") else None
        elif district == "leeds":
            mn = 5 if kind in ("initial", "transfer_in") else 10
        else:
            mn = None
        ok = None if mn is None else nw >= mn
        if lab["report_due"] != due.isoformat():
            errs.append("report_due %s != %s" % (lab["report_due"], due))
        if lab["notice_working_days"] != nw:
            errs.append("notice %s != %s" % (lab["notice_working_days"], nw))
        if lab["notice_ok"] != ok:
            errs.append("notice_ok %s != %s" % (lab["notice_ok"], ok))
        if (ok is False) != ("late_notice" in lab["flags_required"]):
            errs.append("late_notice inconsistent")
        if (due < rday) != ("deadline_passed" in lab["flags_required"]):
            errs.append("deadline_passed inconsistent")
        if ok is not False and "late_notice" not in lab["flags_forbidden"]:
            errs.append("late_notice should be forbidden")
    # 7 family names visible
    if not enc:
        for ch in lab["children"] or []:
            if fold(ch["name"]) not in corpus:
                errs.append("child name not in text: " + ch["name"])
            if ch["date_of_birth"]:
                b = dt.date.fromisoformat(ch["date_of_birth"])
                if not any(x in corpus for x in (b.strftime("%d/%m/%Y"), b.strftime("%d.%m.%Y"))):
                    errs.append("child DOB not in text: " + ch["name"])
        for a in lab["adults"] or []:
            if fold(a) not in corpus:
                errs.append("adult not in text: " + a)
    # 8 odt form-control states match the tick
    for i in info:
        if i.startswith("odt_states:"):
            st = json.loads(i[11:])
            if st:
                vals = [st[k] for k in sorted(st, key=lambda k: int(k[7:]))]
                a, r = vals[-2], vals[-1]
                exp = None if a == r else a
                if exp != tick:
                    errs.append("odt check boxes (%s,%s) disagree with tick %s" % (a, r, tick))
    return lab, errs


def main():
    files = sorted(glob.glob(os.path.join(HERE, "m-*.eml")))
    bad = 0
    from collections import Counter
    cnt = {k: Counter() for k in ("decision", "district", "kind", "tick", "layout")}
    crit = Counter()
    for f in files:
        lab, errs = check(f)
        name = os.path.basename(f)
        cnt["decision"][lab["decision"]] += 1
        cnt["district"][lab["district"] or "null(%s)" % name.split("-")[3]] += 1
        cnt["kind"][(lab["kind"] or "null") + ("+pre_birth" if lab["pre_birth"] else "")] += 1
        cnt["tick"][str(lab["police_attendance_requested"])] += 1
        cnt["layout"][name.split("-")[1]] += 1
        for c in lab["criteria"] or []:
            crit[c] += 1
        if errs:
            bad += 1
            print("FAIL", name)
            for e in errs:
                print("   ", e)
        else:
            print("ok  ", name)
    print("\n%d emails, %d with problems" % (len(files), bad))
    for k, c in cnt.items():
        print(k, dict(sorted(c.items())))
    print("criteria", dict(sorted(crit.items())))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
