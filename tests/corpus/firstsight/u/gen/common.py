"""Shared machinery for set u: working days, MIME assembly, Word files, labels.

Everything here is deterministic: no clock, no randomness. Identifiers (Message-ID,
MIME boundaries, SMTP ids) are derived from the case code with SHA-1.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import io
import json
import quopri
import zipfile
from dataclasses import dataclass, field
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent

BANK_HOLIDAYS = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1)}

# POLICY.md "Deadlines": report N working days before; minimum notice (initial, review)
RULES = {
    "wakefield": (3, 5, None),
    "leeds": (1, 5, 10),
    "calderdale": (3, None, None),
    "kirklees": (3, None, None),
    "bradford": (3, None, None),
}

ALL_FLAGS = [
    "cancelled", "deadline_passed", "district_unknown", "encrypted_unreadable", "late_notice",
    "missing_conference_date", "missing_family_details", "missing_reason", "no_booking_form",
    "not_an_invitation", "possible_duplicate", "rescheduled", "tickbox_ambiguous",
    "tickbox_conflict", "unreadable_attachment", "unverified_sender",
]

POLICE_TO = {
    "wakefield": ("Wakefield CPPU Conference Invitations", "wakefield.cppu.conferences@westyorkshire.police.uk"),
    "leeds": ("CPPU Weetwood - Conference Invites", "leeds.cppu.conferences@westyorkshire.police.uk"),
    "calderdale": ("CD Safeguarding Case Conference", "cd.safeguarding.caseconference@westyorkshire.police.uk"),
    "kirklees": ("Kirklees Safeguarding Unit - Conferences", "kirklees.sgu.conferences@westyorkshire.police.uk"),
    "bradford": ("Bradford District Safeguarding Unit - Conferences", "bradford.sgu.conferences@westyorkshire.police.uk"),
}

MTA = {
    "wakefield": ("mail1.wakefield.gov.uk", "198.51.100.65"),
    "leeds": ("smtp-out2.leeds.gov.uk", "198.51.100.131"),
    "calderdale": ("mx-out.calderdale.gov.uk", "198.51.100.156"),
    "kirklees": ("mailgw.kirklees.gov.uk", "198.51.100.174"),
    "bradford": ("relay1.bradford.gov.uk", "198.51.100.202"),
    "gmail": ("mail-sor-f41.google.com", "209.85.220.41"),
}


# ---------------------------------------------------------------- working days
def is_wd(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in BANK_HOLIDAYS


def wd_back(d: dt.date, n: int) -> dt.date:
    while n:
        d -= dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def wd_after(received: dt.date, conf: dt.date) -> int:
    n, d = 0, received
    while d < conf:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n += 1
    return n


# ---------------------------------------------------------------- helpers
def h(s: str, n: int = 24) -> str:
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def T(s: str) -> str:
    """Strip the leading newline of a triple-quoted block."""
    return s[1:] if s.startswith("\n") else s


def fold_header(name: str, value: str, width: int = 76) -> str:
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    lines.append(cur)
    return "\n".join(lines)


def qp(text: str) -> str:
    if not text.endswith("\n"):
        text += "\n"
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def html_from_text(text: str, font: str = "Calibri") -> str:
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = [html.escape(line, quote=False) for line in p.split("\n")]
        out.append('<p class="MsoNormal">' + "<br>\n".join(lines) + "<o:p></o:p></p>")
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"' + font + '",sans-serif;} --></style>'
        '</head><body lang="EN-GB"><div class="WordSection1">\n' + "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(out)
        + "\n</div></body></html>\n"
    )


# ---------------------------------------------------------------- Word files
def make_docx(blocks: list[tuple[str, str]], title: str, author: str, when: dt.datetime) -> tuple[bytes, list[str]]:
    """blocks: (kind, text) with kind in title/h2/p/b/i/mono/small. Returns bytes and paragraph texts."""
    import docx
    from docx.shared import Pt

    d = docx.Document()
    texts = []
    for kind, text in blocks:
        if kind == "title":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        elif kind == "mono":
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(text)
            r.font.name = "Courier New"
            r.font.size = Pt(9)
        else:
            p = d.add_paragraph()
            r = p.add_run(text)
            if kind == "b":
                r.bold = True
            if kind == "i":
                r.italic = True
            if kind == "small":
                r.font.size = Pt(8)
        texts.append(text)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # re-zip with fixed timestamps so the bytes do not depend on the clock
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            ni = zipfile.ZipInfo(info.filename, date_time=(when.year, when.month, when.day, 9, 0, 0))
            ni.compress_type = zipfile.ZIP_DEFLATED
            ni.external_attr = 0o600 << 16
            z.writestr(ni, zin.read(info.filename))
    return out.getvalue(), [t for t in texts if t.strip()]


# ---------------------------------------------------------------- case
@dataclass
class Attachment:
    filename: str
    blocks: list
    author: str
    title: str = ""


@dataclass
class Case:
    code: str                 # "101-01"
    slug: str                 # district-kind-short-description
    district: str             # sender's council (or "gmail")
    sender: tuple             # (display name, address)
    subject: str
    sent: str                 # "YYYY-MM-DD HH:MM:SS" UTC (= Europe/London in winter)
    received: str
    body: str
    label: dict
    html: bool = True
    attachments: list = field(default_factory=list)
    mailer: str = "Microsoft Outlook 16.0"
    marking: bool = False
    to: tuple | None = None
    cc: tuple | None = None

    # ------------------------------------------------------------ email
    def _dt(self, s: str) -> dt.datetime:
        return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=dt.timezone.utc)

    def eml(self) -> tuple[bytes, list[str]]:
        dom = self.sender[1].split("@")[1]
        mta, ip = MTA[self.district]
        rcv = self._dt(self.received)
        sent = self._dt(self.sent)
        hop = rcv - dt.timedelta(seconds=71)
        hdr = []
        hdr.append(fold_header("Received", f"from {mta} ({mta} [{ip}]) by mx1.westyorkshire.police.uk with ESMTPS id {h(self.code + 'rx', 10).upper()}; {format_datetime(rcv)}"))
        if self.district == "gmail":
            hdr.append(fold_header("Received", f"by mail-sor-f41.google.com with SMTPS id {h(self.code + 'g', 12)}; {format_datetime(hop)}"))
        else:
            inner = f"10.{int(h(self.code + 'a', 2), 16)}.{int(h(self.code + 'b', 2), 16)}.{int(h(self.code + 'c', 2), 16) % 250 + 2}"
            hdr.append(fold_header("Received", f"from EXCH0{int(h(self.code, 1), 16) % 9 + 1}.corp.local ({inner}) by {mta} with Microsoft SMTP Server; {format_datetime(hop)}"))
        hdr.append(fold_header("Authentication-Results", f"mx1.westyorkshire.police.uk; dkim=pass header.d={dom}; spf=pass smtp.mailfrom={dom}; dmarc=pass (p=QUARANTINE) header.from={dom}"))
        hdr.append(f"Message-ID: <{h(self.code + 'mid')}@{mta}>")
        hdr.append(f"Date: {format_datetime(sent)}")
        hdr.append(fold_header("From", f"{self.sender[0]} <{self.sender[1]}>"))
        to = self.to or POLICE_TO[self.label.get("police_district") or self.district]
        hdr.append(fold_header("To", f"{to[0]} <{to[1]}>"))
        if self.cc:
            hdr.append(fold_header("Cc", f"{self.cc[0]} <{self.cc[1]}>"))
        hdr.append(fold_header("Subject", self.subject))
        hdr.append("MIME-Version: 1.0")
        if self.mailer:
            hdr.append(f"X-Mailer: {self.mailer}")
        if self.marking:
            hdr.append("X-Protective-Marking: VER=2012, NS=gov.uk, SEC=OFFICIAL-SENSITIVE")

        plain = ("Content-Type: text/plain; charset=\"utf-8\"\n"
                 "Content-Transfer-Encoding: quoted-printable\n\n" + qp(self.body))
        if self.html:
            b_alt = f"----=_NextPart_{h(self.code + 'alt', 16)}"
            htm = ("Content-Type: text/html; charset=\"utf-8\"\n"
                   "Content-Transfer-Encoding: quoted-printable\n\n" + qp(html_from_text(self.body)))
            textpart = (f"Content-Type: multipart/alternative;\n boundary=\"{b_alt}\"\n\n"
                        f"--{b_alt}\n{plain}\n--{b_alt}\n{htm}\n--{b_alt}--\n")
        else:
            textpart = plain

        sources = [self.subject, self.body]
        if not self.attachments:
            top = textpart
        else:
            b_mix = f"----=_NextPart_{h(self.code + 'mix', 16)}"
            parts = [textpart]
            for a in self.attachments:
                when = sent.replace(tzinfo=None) - dt.timedelta(hours=3)
                data, texts = make_docx(a.blocks, a.title or a.filename, a.author, when)
                sources += texts + ["\n".join(texts), a.filename]
                parts.append(
                    "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n"
                    f" name=\"{a.filename}\"\n"
                    f"Content-Description: {a.filename}\n"
                    f"Content-Disposition: attachment; filename=\"{a.filename}\"; size={len(data)}\n"
                    "Content-Transfer-Encoding: base64\n\n" + b64(data))
            top = f"Content-Type: multipart/mixed; boundary=\"{b_mix}\"\nX-MS-Has-Attach: yes\n\n"
            for p in parts:
                top += f"--{b_mix}\n{p}\n"
            top += f"--{b_mix}--\n"
        msg = "\n".join(hdr) + "\n" + top
        return msg.encode("utf-8"), sources

    # ------------------------------------------------------------ label
    def name(self) -> str:
        return f"u-{self.code}-{self.slug}"

    def build_label(self, sources: list[str]) -> dict:
        L = self.label
        district = L.get("district_label", self.district)
        kind = L.get("kind")
        date = L.get("date")
        rcv_day = self._dt(self.received).date()  # UTC == Europe/London in Dec/Jan
        report_due = notice = notice_ok = None
        required = set(L.get("flags_extra", []))
        decision = L["decision"]
        not_inv = L.get("not_an_invitation", False)
        if not_inv:
            required.add("not_an_invitation")
        if district is None:
            required.add("unverified_sender")
        if district in RULES and date and kind and not not_inv:
            n_rep, min_init, min_rev = RULES[district]
            conf = dt.date.fromisoformat(date)
            report_due = wd_back(conf, n_rep).isoformat()
            notice = wd_after(rcv_day, conf)
            minimum = min_rev if kind == "review" else min_init
            notice_ok = None if minimum is None else notice >= minimum
            if notice_ok is False:
                required.add("late_notice")
            if dt.date.fromisoformat(report_due) < rcv_day:
                required.add("deadline_passed")
        tick = L.get("tick")
        if L.get("tick_both"):
            required.add("tickbox_ambiguous")
            tick = None
        if tick is False and decision == "attend":
            required.add("tickbox_conflict")
        unscored = {"no_booking_form"} | set(L.get("unscored", []))
        if not_inv:
            forbidden = {"cancelled", "rescheduled", "unverified_sender", "encrypted_unreadable",
                         "unreadable_attachment", "district_unknown", "possible_duplicate", "tickbox_conflict"}
        elif district is None:
            forbidden = {"cancelled", "not_an_invitation", "possible_duplicate", "rescheduled",
                         "encrypted_unreadable", "unreadable_attachment"}
        else:
            forbidden = set(ALL_FLAGS) - required - unscored
        forbidden -= required
        label = {
            "district": district,
            "kind": kind,
            "pre_birth": L.get("pre_birth", False) if not not_inv else None,
            "date": date,
            "time": L.get("time"),
            "police_attendance_requested": tick,
            "harm_categories": L.get("harm"),
            "children": [{"name": n, "date_of_birth": d} for n, d in L["children"]],
            "adults": L["adults"],
            "criteria": L["criteria"],
            "decision": decision,
            "report_due": report_due,
            "notice_working_days": notice,
            "notice_ok": notice_ok,
            "flags_required": sorted(required),
            "flags_forbidden": sorted(forbidden),
            "source_texts": sources,
            "tags": L["tags"],
            "notes": L["notes"],
        }
        return label

    def write(self, out: Path = OUT) -> None:
        data, sources = self.eml()
        (out / f"{self.name()}.eml").write_bytes(data)
        label = self.build_label(sources)
        (out / f"{self.name()}.json").write_text(json.dumps(label, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
