#!/usr/bin/env python3
"""Check set t without the generators: re-read every .eml and test its label against POLICY.md.

    /work/main/.venv/bin/python check.py [-v]

For every t-*.eml / .json pair:
  * the label has exactly the keys of the sample labels, valid ids and values;
  * the day received is the Date of the newest Received: header in Europe/London; it lies in
    2026-12-07 .. 2027-01-22;
  * the district follows from the From domain (allow-list, sub-domains, .cjsm.net) unless an
    Authentication-Results failure makes the sender unverified (then district null, manual_review);
  * the conference date is a working day after the day received (England and Wales bank holidays
    25 and 28 Dec 2026, 1 Jan 2027); report_due, notice_working_days, notice_ok are recomputed;
    late_notice / deadline_passed / tickbox_conflict / tickbox_ambiguous are required exactly when due;
  * the decision is recomputed from district, kind, criteria, tick box and flags per POLICY.md;
  * every child and adult name is visible in the mail: the checker extracts text itself from
    text/HTML bodies (charset quirks, UTF-16, format=flowed), PDFs (page text, XFA datasets, OCR of
    page images when tesseract is installed), .docx (numbering bullets, <w:sym>), Outlook .msg
    (own Compound File reader, nested messages) - and, for layout 100, also in the label's
    source_texts, which hold only what the rendered page shows;
  * every source_texts piece is found in the extracted text (exactly, or its words in order).
Exit 0 when every case passes.
"""
from __future__ import annotations

import datetime as dt
import email
import html
import io
import json
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections import Counter
from email import policy
from email.header import decode_header, make_header
from pathlib import Path
from xml.etree import ElementTree as ET
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
SAMPLES = Path("/work/shared/samples")
LONDON = ZoneInfo("Europe/London")
BANK_HOLIDAYS = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1)}
ALLOW = {"wakefield.gov.uk": "wakefield", "leeds.gov.uk": "leeds", "calderdale.gov.uk": "calderdale",
         "kirklees.gov.uk": "kirklees", "bradford.gov.uk": "bradford"}
CRITERIA = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
            "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
            "registered_sex_offender", "negotiated_attendance", "prior_unit_involvement", "core_group_member"}
FLAGS = {"late_notice", "deadline_passed", "missing_reason", "missing_family_details", "missing_conference_date",
         "unverified_sender", "unreadable_attachment", "encrypted_unreadable", "no_booking_form", "tickbox_conflict",
         "tickbox_ambiguous", "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "ocr_used",
         "district_unknown"}
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WINGDINGS = {"F0FD": "☒", "F0FE": "☑", "F0A8": "☐", "F06F": "☐", "F078": "☒", "F0FC": "✓", "F0FB": "✗"}


# ====================================================================== working days and policy

def working(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def back(d: dt.date, n: int) -> dt.date:
    while n:
        d -= dt.timedelta(days=1)
        n -= working(d)
    return d


def notice_days(received: dt.date, conf: dt.date) -> int:
    return sum(1 for k in range(1, (conf - received).days + 1) if working(received + dt.timedelta(days=k)))


def report_n(district: str) -> int:
    return 1 if district == "leeds" else 3


def minimum(district: str, kind: str):
    initial = kind in ("initial", "transfer_in")
    return {"wakefield": 5 if initial else None, "leeds": 5 if initial else 10}.get(district)


WAKEFIELD_ATTEND = {"current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
                    "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
                    "registered_sex_offender", "negotiated_attendance"}
CALDERDALE_ATTEND = {"current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
                     "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"}
REVIEW_DISCUSS = {"child_sexual_exploitation", "current_investigation", "registered_sex_offender", "police_protection",
                  "domestic_abuse_current_involvement", "wilful_neglect_investigation"}


def decide(label: dict) -> str:
    req = set(label["flags_required"])
    if req & {"unverified_sender", "cancelled", "not_an_invitation", "missing_conference_date",
              "encrypted_unreadable"} or ({"unreadable_attachment", "no_booking_form"} <= req):
        return "manual_review"
    if label["date"] is None or label["kind"] is None:
        return "manual_review"
    crit = set(label["criteria"])
    tick = label["police_attendance_requested"]
    both = "tickbox_ambiguous" in req and "tick-both" in label["tags"]
    district = label["district"]
    if label["kind"] in ("initial", "transfer_in"):
        if district == "leeds":
            if crit & (WAKEFIELD_ATTEND - {"child_sexual_exploitation"}):
                return "attend"
            if "child_sexual_exploitation" in crit:
                return "discuss"
        elif district == "calderdale":
            if crit & CALDERDALE_ATTEND:
                return "attend"
            if crit & {"police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement"}:
                return "discuss"
        else:  # wakefield, kirklees, bradford
            if crit & WAKEFIELD_ATTEND:
                return "attend"
        return "discuss" if tick is True or both else "report_only"
    if "core_group_member" in crit:
        return "attend"
    if crit & REVIEW_DISCUSS or tick is True:
        return "discuss"
    return "report_only"


# ====================================================================== compound file (.msg) reader

def cfb_tree(data: bytes) -> dict:
    if data[:8] != bytes.fromhex("D0CF11E0A1B11AE1"):
        raise ValueError("not a compound file")
    u16 = lambda o: struct.unpack_from("<H", data, o)[0]
    u32 = lambda o: struct.unpack_from("<I", data, o)[0]
    ss, ms = 1 << u16(30), 1 << u16(32)
    n_fat, dir_start, cutoff = u32(44), u32(48), u32(56)
    minifat_start, difat_start, n_difat = u32(60), u32(68), u32(72)
    difat = [u32(76 + 4 * i) for i in range(109)]
    s = difat_start
    for _ in range(n_difat):
        off = (s + 1) * ss
        difat += list(struct.unpack_from(f"<{ss // 4 - 1}I", data, off))
        s = u32(off + ss - 4)
    fat: list[int] = []
    for sec in difat[:n_fat]:
        fat += struct.unpack_from(f"<{ss // 4}I", data, (sec + 1) * ss)

    def chain(start: int, table: list[int]) -> list[int]:
        out = []
        while start < 0xFFFFFFFA and len(out) <= len(table):
            out.append(start)
            start = table[start]
        return out

    def regular(start: int, size: int | None = None) -> bytes:
        b = b"".join(data[(c + 1) * ss:(c + 2) * ss] for c in chain(start, fat))
        return b if size is None else b[:size]

    raw_dir = regular(dir_start)
    entries = []
    for i in range(0, len(raw_dir), 128):
        e = raw_dir[i:i + 128]
        nlen = struct.unpack_from("<H", e, 64)[0]
        name = e[:max(nlen - 2, 0)].decode("utf-16-le")
        otype = e[66]
        left, right, child = struct.unpack_from("<III", e, 68)
        start, size = struct.unpack_from("<IQ", e, 116)
        entries.append({"name": name, "type": otype, "left": left, "right": right, "child": child,
                        "start": start, "size": size})
    root = entries[0]
    ministream = regular(root["start"], root["size"]) if root["size"] else b""
    minifat = list(struct.unpack(f"<{(len(regular(minifat_start)) // 4)}I", regular(minifat_start))) \
        if minifat_start < 0xFFFFFFFA else []

    def stream(e: dict) -> bytes:
        if e["size"] == 0:
            return b""
        if e["size"] < cutoff:
            return b"".join(ministream[c * ms:(c + 1) * ms] for c in chain(e["start"], minifat))[:e["size"]]
        return regular(e["start"], e["size"])

    def kids(idx: int) -> list[int]:
        if idx >= 0xFFFFFFFA:
            return []
        e = entries[idx]
        return kids(e["left"]) + [idx] + kids(e["right"])

    def build(idx: int) -> dict:
        out = {}
        for k in kids(entries[idx]["child"]):
            e = entries[k]
            out[e["name"]] = build(k) if e["type"] == 1 else stream(e)
        return out

    return build(0)


def msg_texts(tree: dict, depth: int = 0) -> list[str]:
    out = []

    def prop(name: str):
        for t in ("001F", "001E"):
            v = tree.get(f"__substg1.0_{name}{t}")
            if isinstance(v, bytes):
                return v.decode("utf-16-le" if t == "001F" else "cp1252", "replace").rstrip("\0")
        return None

    for pid in ("0037", "1000", "0C1A", "0E04"):
        v = prop(pid)
        if v:
            out.append(v)
    h = tree.get("__substg1.0_10130102")
    if isinstance(h, bytes) and h:
        out += html_texts(h.decode("utf-8", "replace"))
    for name, node in sorted(tree.items()):
        if name.startswith("__attach_version1.0_#") and isinstance(node, dict):
            fn = node.get("__substg1.0_3707001F")
            if isinstance(fn, bytes):
                out.append(fn.decode("utf-16-le"))
            if isinstance(node.get("__substg1.0_3701000D"), dict):
                out += msg_texts(node["__substg1.0_3701000D"], depth + 1)
            elif isinstance(node.get("__substg1.0_37010102"), bytes):
                out += blob_texts(node["__substg1.0_37010102"])
    return out


# ====================================================================== documents

def html_texts(markup: str) -> list[str]:
    body = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", markup)
    body = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</h\d>", "\n", body)
    body = re.sub(r"(?i)</td>", " ", body)
    return [html.unescape(re.sub(r"<[^>]+>", " ", body))]


def docx_texts(data: bytes) -> list[str]:
    z = zipfile.ZipFile(io.BytesIO(data))
    bullets: dict[tuple[str, str], str] = {}
    if "word/numbering.xml" in z.namelist():
        num = ET.fromstring(z.read("word/numbering.xml"))
        abstract = {}
        for a in num.findall(f"{{{W}}}abstractNum"):
            lv = {}
            for l in a.findall(f"{{{W}}}lvl"):
                t = l.find(f"{{{W}}}lvlText")
                fmt = l.find(f"{{{W}}}numFmt")
                if t is not None and fmt is not None and fmt.get(f"{{{W}}}val") == "bullet":
                    lv[l.get(f"{{{W}}}ilvl")] = t.get(f"{{{W}}}val")
            abstract[a.get(f"{{{W}}}abstractNumId")] = lv
        for n in num.findall(f"{{{W}}}num"):
            aid = n.find(f"{{{W}}}abstractNumId").get(f"{{{W}}}val")
            for ilvl, txt in abstract.get(aid, {}).items():
                bullets[(n.get(f"{{{W}}}numId"), ilvl)] = txt
    doc = ET.fromstring(z.read("word/document.xml"))
    lines = []
    for p in doc.iter(f"{{{W}}}p"):
        prefix = ""
        numpr = p.find(f"{{{W}}}pPr/{{{W}}}numPr")
        if numpr is not None:
            nid = numpr.find(f"{{{W}}}numId").get(f"{{{W}}}val")
            ilvl = numpr.find(f"{{{W}}}ilvl").get(f"{{{W}}}val")
            prefix = bullets.get((nid, ilvl), "") + " "
        parts = []
        for r in p.iter(f"{{{W}}}r"):
            for child in r:
                tag = child.tag.split("}")[1]
                if tag == "t":
                    parts.append(child.text or "")
                elif tag == "tab":
                    parts.append("\t")
                elif tag == "sym":
                    parts.append(WINGDINGS.get(child.get(f"{{{W}}}char", "").upper(), "?"))
        text = "".join(parts)
        if text.strip():
            lines.append(text)
            if prefix.strip():
                lines.append(prefix + text)
    return ["\n".join(lines)]


def ocr_pdf(data: bytes) -> list[str]:
    if not (shutil.which("tesseract") and shutil.which("pdftoppm")):
        return []
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "in.pdf"
        p.write_bytes(data)
        subprocess.run(["pdftoppm", "-cropbox", "-r", "150", "-png", str(p), str(Path(d) / "pg")], check=True,
                       capture_output=True)
        out = []
        for png in sorted(Path(d).glob("pg*.png")):
            r = subprocess.run(["tesseract", str(png), "-"], capture_output=True, text=True)
            out.append(r.stdout)
        return out


def pdf_texts(data: bytes) -> list[str]:
    import pdfplumber
    import pypdf

    out = []
    has_images = False
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            t = page.extract_text() or ""
            out.append(t)
            out.append(t.replace("\u00ad\n", "").replace("\u00ad", ""))
            has_images |= bool(page.images)
    r = pypdf.PdfReader(io.BytesIO(data))
    acro = r.trailer["/Root"].get("/AcroForm")
    if acro is not None:
        acro = acro.get_object()
        xfa = acro.get("/XFA")
        if xfa is not None:
            for i in range(0, len(xfa), 2):
                if xfa[i] == "datasets":
                    root = ET.fromstring(xfa[i + 1].get_object().get_data())
                    out.append(" ".join(t.strip() for t in root.itertext() if t.strip()))
                    out.append("\n".join(t.strip() for t in root.itertext() if t.strip()))
    if has_images:
        out += ocr_pdf(data)
    return out


def blob_texts(data: bytes) -> list[str]:
    """Sniff the content, whatever the MIME type or file name says."""
    if data[:5] == b"%PDF-":
        return pdf_texts(data)
    if data[:4] == b"PK\x03\x04":
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        if "word/document.xml" in names:
            return docx_texts(data)
        return []
    if data[:8] == bytes.fromhex("D0CF11E0A1B11AE1"):
        return msg_texts(cfb_tree(data))
    return []


def unflow(text: str, delsp: bool) -> str:
    out, cur = [], ""
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]
        if line.endswith(" ") and line != "-- ":
            cur += line[:-1] if delsp else line
        else:
            out.append(cur + line)
            cur = ""
    if cur:
        out.append(cur)
    return "\n".join(out)


def part_texts(part) -> list[str]:
    ctype = part.get_content_type()
    if part.is_multipart():
        out = []
        for sub in part.iter_parts():
            out += part_texts(sub)
        return out
    if ctype == "message/rfc822":
        inner = part.get_content()
        return [str(make_header(decode_header(inner.get("Subject", ""))))] + part_texts(inner)
    raw = part.get_payload(decode=True) or b""
    out = []
    fn = part.get_filename()
    if fn:
        out.append(fn)
    if part.get_content_maintype() == "text" and not fn:
        cs = (part.get_content_charset() or "us-ascii").lower()
        if cs in ("iso-8859-1", "latin-1", "us-ascii", "windows-1252") and re.search(rb"[\x80-\x9f]", raw):
            cs = "cp1252"
        text = raw.decode(cs, "replace").replace("\r\n", "\n")
        params = {k.lower(): v.lower() for k, v in part.get_params() or []}
        if params.get("format") == "flowed":
            text = unflow(text, params.get("delsp") == "yes")
        if ctype == "text/html":
            return out + html_texts(text)
        out.append(text)
        if re.search(r"<(table|td|div|p|br)\b", text, re.I):
            out += html_texts(text)
        return out
    return out + blob_texts(raw)


# ====================================================================== checks

def fold(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s or "")).strip().casefold()


def in_order(words: list[str], hay_words: list[str]) -> bool:
    i = 0
    for w in hay_words:
        if w == words[i]:
            i += 1
            if i == len(words):
                return True
    return False


def alnum(s: str) -> list[str]:
    return [w for w in re.sub(r"[^0-9a-z]+", " ", s).split(" ") if w]


def found(piece: str, hay: str, hay_words: list[str], hay_alnum: list[str]) -> str | None:
    """exact substring; else the words in order (wrapped cells, columns); else, for OCR'd page
    images, the letters and digits of the words in order (OCR adds stray quotes and drops colons)."""
    f = fold(piece)
    if not f or f in hay:
        return "exact"
    if in_order(f.split(" "), hay_words):
        return "in-order"
    words = alnum(f)
    if words and in_order(words, hay_alnum):
        return "in-order-alnum"
    return None


def received_day(msg) -> dt.date:
    rec = msg.get_all("Received") or []
    stamp = rec[0].rsplit(";", 1)[1] if rec else msg["Date"]
    t = email.utils.parsedate_to_datetime(re.sub(r"\s+", " ", stamp.strip()))
    return t.astimezone(LONDON).date()


def sender_district(msg) -> tuple[str | None, bool]:
    addr = email.utils.parseaddr(str(msg["From"]))[1].lower()
    domain = addr.rsplit("@", 1)[-1]
    if domain.endswith(".cjsm.net"):
        domain = domain[: -len(".cjsm.net")]
    district = None
    for d, name in ALLOW.items():
        if domain == d or domain.endswith("." + d):
            district = name
    auth = " ".join(msg.get_all("Authentication-Results") or [])
    failed = bool(re.search(r"\b(dmarc|dkim|spf)=(fail|softfail|permerror)", auth))
    return district, failed


def check_case(eml: Path, label: dict, keys: set[str], verbose: bool) -> tuple[list[str], dict]:
    errs: list[str] = []
    info = {}
    if set(label) != keys:
        errs.append(f"label keys differ from the samples: {sorted(set(label) ^ keys)}")
    m = re.match(r"t-(\d{2,3})-(\d{2})-([a-z]+)-([a-z-]+?)-", eml.stem)
    if not m:
        errs.append("file name does not follow t-LL-NN-district-kind-...")
    msg = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    info["message_id"] = msg["Message-ID"]

    # --- received, sender, district
    rday = received_day(msg)
    info["received"] = rday
    if not dt.date(2026, 12, 7) <= rday <= dt.date(2027, 1, 22):
        errs.append(f"received {rday} outside 2026-12-07..2027-01-22")
    district, failed = sender_district(msg)
    if failed or district is None:
        if label["district"] is not None:
            errs.append("unverified sender but the label names a district")
        if "unverified_sender" not in label["flags_required"]:
            errs.append("unverified sender without unverified_sender in flags_required")
    else:
        if label["district"] != district:
            errs.append(f"district {label['district']} but the sender domain says {district}")
        if "unverified_sender" in label["flags_required"]:
            errs.append("unverified_sender required for a verified sender")
    if m and m.group(3) != (label["district"] or district):
        errs.append(f"file name district {m.group(3)} != {label['district'] or district}")

    # --- values
    if label["kind"] not in ("initial", "review", "transfer_in", None):
        errs.append(f"bad kind {label['kind']}")
    if not set(label["criteria"] or []) <= CRITERIA:
        errs.append(f"unknown criteria {set(label['criteria']) - CRITERIA}")
    if not set(label["harm_categories"] or []) <= {"neglect", "physical", "sexual", "emotional"}:
        errs.append("bad harm category")
    if label["decision"] not in ("attend", "report_only", "discuss", "manual_review"):
        errs.append("bad decision")
    req, forb = set(label["flags_required"]), set(label["flags_forbidden"])
    if not (req | forb) <= FLAGS or req & forb:
        errs.append("flags unknown or both required and forbidden")
    if label["time"] is not None and not re.fullmatch(r"\d\d:\d\d", label["time"]):
        errs.append("time not HH:MM")

    # --- dates and deadlines
    if label["date"]:
        conf = dt.date.fromisoformat(label["date"])
        if not working(conf):
            errs.append(f"conference {conf} is not a working day")
        if conf <= rday:
            errs.append(f"conference {conf} not after the day received {rday}")
        if label["district"] and label["report_due"] is not None:
            due = back(conf, report_n(label["district"]))
            n = notice_days(rday, conf)
            mn = minimum(label["district"], label["kind"])
            ok = None if mn is None else n >= mn
            if label["report_due"] != due.isoformat():
                errs.append(f"report_due {label['report_due']} != {due}")
            if label["notice_working_days"] != n:
                errs.append(f"notice_working_days {label['notice_working_days']} != {n}")
            if label["notice_ok"] != ok:
                errs.append(f"notice_ok {label['notice_ok']} != {ok}")
            if (ok is False) != ("late_notice" in req):
                errs.append("late_notice flag inconsistent")
            if (due < rday) != ("deadline_passed" in req):
                errs.append("deadline_passed flag inconsistent")
            if ok is not False and "late_notice" not in forb:
                errs.append("late_notice neither required nor forbidden")
        elif label["decision"] != "manual_review":
            errs.append("deadlines left null on a case that is not manual_review")
    else:
        if label["decision"] != "manual_review":
            errs.append("no conference date but not manual_review")
        if not req & {"not_an_invitation", "unverified_sender", "cancelled", "encrypted_unreadable",
                      "missing_conference_date"}:
            errs.append("no conference date and no flag explaining why (missing_conference_date)")

    # --- tick box flags and decision
    if (label["police_attendance_requested"] is False and label["decision"] == "attend") != ("tickbox_conflict" in req):
        errs.append("tickbox_conflict flag inconsistent")
    if "tick-both" in label["tags"] and (label["police_attendance_requested"] is not None
                                         or "tickbox_ambiguous" not in req):
        errs.append("both boxes ticked: tick must be null and tickbox_ambiguous required")
    want = decide(label)
    if want != label["decision"]:
        errs.append(f"decision {label['decision']} but POLICY.md gives {want}")

    # --- text actually in the mail
    subject = str(make_header(decode_header(msg.get("Subject", ""))))
    texts = [subject] + part_texts(msg)
    hay = fold("\n".join(texts))
    hay_words = hay.split(" ")
    hay_alnum = alnum(hay)
    visible = fold(" ".join(label["source_texts"]))
    layer100 = eml.stem.startswith("t-100-")
    names = [c["name"] for c in label["children"] or []] + list(label["adults"] or [])
    for name in names:
        if fold(name) not in hay:
            errs.append(f"name not found in the mail: {name}")
        if fold(name) not in visible:
            errs.append(f"name not in source_texts: {name}")
    modes = Counter()
    for piece in label["source_texts"]:
        how = found(piece, hay, hay_words, hay_alnum)
        modes[how or "missing"] += 1
        if how is None:
            errs.append(f"source text not found in the mail: {piece[:70]!r}")
    info["source_match"] = dict(modes)
    info["layer100"] = layer100
    if verbose:
        print(f"   {eml.stem}: received {rday}, source texts {dict(modes)}")
    return errs, info


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    keys = set(json.loads(next(SAMPLES.glob("*.json")).read_text()))
    cases = sorted(HERE.glob("t-*.eml"), key=lambda p: (int(p.stem.split("-")[1]), p.stem))
    if len(cases) != 35:
        print(f"expected 35 cases, found {len(cases)}")
    failures = 0
    decisions, criteria, layouts = Counter(), Counter(), Counter()
    ids = Counter()
    for eml in cases:
        lp = eml.with_suffix(".json")
        if not lp.exists():
            print(f"FAIL {eml.name}: no label")
            failures += 1
            continue
        label = json.loads(lp.read_text())
        errs, info = check_case(eml, label, keys, verbose)
        ids[info["message_id"]] += 1
        decisions[label["decision"]] += 1
        criteria.update(label["criteria"] or [])
        layouts[eml.stem.split("-")[1]] += 1
        if errs:
            failures += 1
            print(f"FAIL {eml.stem}")
            for e in errs:
                print(f"     - {e}")
        else:
            print(f"ok   {eml.stem}")
    dup = [k for k, v in ids.items() if v > 1]
    if dup:
        print(f"FAIL duplicate Message-IDs: {dup}")
        failures += 1
    print()
    print("layouts:", dict(sorted(layouts.items())))
    print("decisions:", dict(decisions))
    print("criteria:", dict(sorted(criteria.items())))
    missing = CRITERIA - set(criteria)
    if missing:
        print("FAIL criteria never used:", sorted(missing))
        failures += 1
    if len(cases) != 35:
        failures += 1
    print("PASS" if failures == 0 else f"{failures} failing")
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
