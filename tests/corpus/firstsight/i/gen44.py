"""Layout 44: RTF and OpenDocument (.rtf, .odt) booking forms from councils using older or
open-source office software, and Word 97-2003 (.doc) forms that cannot be read.

RTF: written by hand as an old WordPad/Word-2003 style file (\\uN? escapes for the box glyphs).
ODT: a real OpenDocument text package (mimetype stored first, content.xml, styles, manifest).
.doc: OLE2 compound files that are truncated (header promises more sectors than the file holds),
so no reader can open them - the supervisor must treat the form as unreadable (POLICY.md:
unreadable_attachment; if no booking form was read elsewhere also no_booking_form -> manual_review)."""
import io
import zipfile
import struct
import hashlib
from xml.sax.saxutils import escape as xesc
from common import *


def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o > 127:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
        else:
            out.append(ch)
    return "".join(out)


def make_rtf(paras):
    """paras: list of (style, text): 't' title, 'h' heading, 'p' normal, 'f' label<TAB>value."""
    head = (r"{\rtf1\ansi\ansicpg1252\deff0\deflang2057{\fonttbl{\f0\fswiss\fcharset0 Arial;}"
            r"{\f1\fnil\fcharset128 MS Gothic;}}" "\n"
            r"{\colortbl ;\red31\green78\blue121;}" "\n"
            r"{\info{\author Business Support}{\creatim\yr2026\mo12\dy7}}" "\n"
            r"\viewkind4\uc1\pard\sa120\f0\fs20" "\n")
    body, texts = [], []
    for st, t in paras:
        texts.append(t.replace("\t", " "))
        e = rtf_escape(t).replace("\t", r"\tab ")
        e = e.replace("\\u9746?", r"{\f1\u9746?}").replace("\\u9744?", r"{\f1\u9744?}")
        if st == "t":
            body.append(r"\pard\qc\sa200\cf1\b\fs28 %s\b0\fs20\cf0\par" % e)
        elif st == "h":
            body.append(r"\pard\sa80\sb160\b %s\b0\par" % e)
        elif st == "f":
            body.append(r"\pard\tx3000\sa60 %s\par" % e)
        else:
            body.append(r"\pard\sa120 %s\par" % e)
    return (head + "\n".join(body) + "\n}").encode("ascii"), texts


def make_odt(paras, generator="LibreOffice/7.3.7.2$Linux_X86_64 LibreOffice_project/30$Build-2"):
    texts = []
    xs = []
    for st, t in paras:
        texts.append(t.replace("\t", " "))
        e = xesc(t).replace("\t", "<text:tab/>")
        if st == "t":
            xs.append('<text:h text:style-name="Title" text:outline-level="1">%s</text:h>' % e)
        elif st == "h":
            xs.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>' % e)
        else:
            xs.append('<text:p text:style-name="%s">%s</text:p>' % ("P_form" if st == "f" else "Standard", e))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3">'
               '<office:automatic-styles><style:style style:name="P_form" style:family="paragraph">'
               '<style:paragraph-properties><style:tab-stops><style:tab-stop style:position="6cm"/></style:tab-stops>'
               '</style:paragraph-properties></style:style></office:automatic-styles>'
               '<office:body><office:text>' + "".join(xs) + '</office:text></office:body></office:document-content>')
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles '
              'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"/>')
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3">'
            '<office:meta><meta:generator>%s</meta:generator></office:meta></office:document-meta>' % xesc(generator))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue(), texts


def make_truncated_doc(seed, claimed_sectors=58, keep=3584):
    """OLE2 header of a Word 97-2003 file whose FAT/sectors run past the end of the file."""
    hdr = bytearray(512)
    hdr[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", hdr, 24, 0x003E, 0x0003, 0xFFFE, 0x0009, 0x0006)
    struct.pack_into("<I", hdr, 44, 1)            # number of FAT sectors
    struct.pack_into("<I", hdr, 48, claimed_sectors - 2)  # first directory sector (beyond EOF)
    struct.pack_into("<I", hdr, 56, 4096)
    struct.pack_into("<I", hdr, 60, 0xFFFFFFFE)
    struct.pack_into("<I", hdr, 68, 0xFFFFFFFE)
    struct.pack_into("<I", hdr, 76, 0)            # DIFAT[0] = sector 0
    for i in range(1, 109):
        struct.pack_into("<I", hdr, 76 + 4 * i, 0xFFFFFFFF)
    body = bytearray()
    fat = [0xFFFFFFFD] + list(range(2, claimed_sectors)) + [0xFFFFFFFE]
    fat += [0xFFFFFFFF] * (128 - len(fat))
    body += struct.pack("<128I", *fat[:128])
    # a WordDocument stream fragment (FIB magic 0xA5EC) followed by noise
    wd = bytearray(struct.pack("<HH", 0xA5EC, 0x00C1))
    h = hashlib.sha256(seed.encode()).digest()
    while len(body) + len(wd) < keep - 512:
        wd += hashlib.sha256(bytes(wd[-32:]) + h).digest()
    body += wd
    return bytes(hdr + body)[:keep]


CASES = []

# ------------------------------------------------------------------ 44-01 Wakefield RTF, RSO lodger
_paras = [
    ("p", "OFFICIAL-SENSITIVE"),
    ("t", "CHILD PROTECTION CONFERENCE BOOKING FORM"),
    ("p", "Wakefield Council - Safeguarding and Review Unit"),
    ("f", "Type of conference:\tInitial Child Protection Conference"),
    ("f", "Date:\tThursday 17 December 2026"),
    ("f", "Time:\t2.00pm"),
    ("f", "Venue:\tPontefract Town Hall, Market Place, Pontefract WF8 1PG"),
    ("f", "Chair:\tHelen Mallinson"),
    ("f", "Social worker:\tKaren Ogden"),
    ("f", "Category:\tSexual abuse (risk of)"),
    ("h", "Children"),
    ("f", "Sophie Crossley\tDOB 26/10/2013"),
    ("f", "Ben Crossley\tDOB 01/12/2016"),
    ("h", "Adults in the household"),
    ("f", "Dawn Crossley\tMother, DOB 05/05/1983"),
    ("f", "Martin Hebden\tLodger, DOB 17/01/1971"),
    ("h", "Reason for conference"),
    ("p", "Mr Hebden has lodged with the family since October 2026. A police disclosure on 02/12/2026 confirmed that he is a registered sex offender managed under MAPPA category 1 by the West Yorkshire Police MOSOVO team, following convictions for sexual offences against a girl aged 11. Ms Crossley says she did not know."),
    ("h", "West Yorkshire Police"),
    ("p", "\u2612 Police attendance required     \u2610 Written report sufficient"),
    ("f", "Form completed by:\tKaren Ogden, 07/12/2026"),
]
CASES.append(dict(
    name="i-44-01-wakefield-icpc-rtf-rso-lodger-mappa1",
    district="wakefield", kind="initial", date="2026-12-17", time="14:00", tick=True,
    harm=["sexual"], received=T("2026-12-08 10:45"),
    children=[("Sophie Crossley", "2013-10-26"), ("Ben Crossley", "2016-12-01")],
    adults=["Dawn Crossley", "Martin Hebden"],
    criteria=["registered_sex_offender"], decision="attend",
    tags=["rtf", "district-wakefield", "initial", "tick-attend", "glyph-boxes", "mappa-1"],
    notes="lodger in the household is a registered sex offender (MAPPA category 1): Wakefield §4.5 item 7 -> attend; RTF form with \\u9746 / \\u9744 box glyphs",
    sender=("Karen Ogden", "karen.ogden@wakefield.gov.uk"),
    subject="OFFICIAL-SENSITIVE ICPC booking form CROSSLEY 17.12.26",
    body=("Hello\n\nBooking form attached (rich text format - our team's laptops are still on the old system).\n"
          "ICPC for Sophie and Ben Crossley, Thursday 17 December 2026 at 2pm, Pontefract Town Hall.\n\n"
          "Karen Ogden\nSocial Worker, Pontefract Locality Team\nWakefield Council\n"),
    attach=("CROSSLEY booking form.rtf", "application", "rtf"), paras=_paras, fmt="rtf",
))

# ------------------------------------------------------------------ 44-02 Calderdale ODT, police protection, report ticked
_paras = [
    ("p", "OFFICIAL-SENSITIVE"),
    ("t", "Calderdale Council - Child Protection Conference Booking Form"),
    ("f", "Conference type:\tInitial"),
    ("f", "Date:\tWednesday 6 January 2027"),
    ("f", "Time:\t10:00"),
    ("f", "Venue:\tHalifax Town Hall, Committee Room B"),
    ("f", "Chair:\tClaire Ambler"),
    ("f", "Social worker:\tJoe Brearley"),
    ("f", "Category requested:\tNeglect"),
    ("h", "Child"),
    ("f", "Oscar Lord\tDate of birth 19/09/2024"),
    ("h", "Parents / carers"),
    ("f", "Kirsty Lord\tMother"),
    ("f", "Jamie Lord\tFather"),
    ("h", "Reason for conference"),
    ("p", "On the night of 12/12/2026 police officers attended the family home after a 999 call and found both parents heavily intoxicated and Oscar (2) alone in the kitchen. Oscar was placed in police protection under section 46 Children Act 1989 and cared for by his paternal grandmother. No Emergency Protection Order was sought and Oscar returned home under a written agreement on 14/12/2026."),
    ("p", "Police have advised that no criminal offences have been identified and there is no police investigation."),
    ("h", "Police"),
    ("f", "Police attendance required:\t"),
    ("f", "Written report sufficient:\tX"),
]
CASES.append(dict(
    name="i-44-02-calderdale-icpc-odt-police-protection-report-ticked",
    district="calderdale", kind="initial", date="2027-01-06", time="10:00", tick=False,
    harm=["neglect"], received=T("2026-12-16 09:30"),
    children=[("Oscar Lord", "2024-09-19")], adults=["Kirsty Lord", "Jamie Lord"],
    criteria=["police_protection"], decision="discuss",
    tags=["odt", "district-calderdale", "initial", "tick-report", "police-protection", "epo-trap",
          "bank-holidays", "calderdale-choice"],
    notes="conference arises from s46 police protection; Calderdale's considerations do not list police protection -> discuss (POLICY choice), no investigation; report due Thu 31 Dec counting back over 1 Jan and the weekend",
    sender=("Safeguarding and Quality Assurance", "cp.conferences@calderdale.gov.uk"),
    subject="ICPC booking - LORD - 06/01/2027 - OFFICIAL-SENSITIVE",
    body=("Good morning\n\nPlease find attached the booking form (OpenDocument) for the Initial Child Protection Conference "
          "for Oscar Lord on Wednesday 6 January 2027 at 10am.\n\nSafeguarding and Quality Assurance Unit\nCalderdale Council\n"),
    attach=("LORD ICPC booking form.odt", "application", "vnd.oasis.opendocument.text"), paras=_paras, fmt="odt",
))

# ------------------------------------------------------------------ 44-03 Leeds .doc unreadable, covering note only (CJSM)
CASES.append(dict(
    name="i-44-03-leeds-icpc-doc97-unreadable-covering-note-only",
    district="leeds", kind="initial", date="2027-01-12", time="10:00", tick=None,
    harm=[], received=T("2027-01-04 09:50"),
    children=[("Mason Kirk", "2016-02-02")], adults=[],
    criteria=[], decision="manual_review",
    flags_required=["unreadable_attachment", "no_booking_form"],
    flags_unsure=["missing_reason", "missing_family_details", "possible_duplicate"],
    tags=["doc97", "unreadable", "cjsm", "district-leeds", "initial", "covering-note-only"],
    notes="the only booking form is a Word 97-2003 .doc that cannot be opened (truncated OLE file): unreadable_attachment + no_booking_form -> manual_review; the supervisor must ask the ISU to resend the form (e.g. as .docx/PDF) before deciding; date and kind come from the covering note",
    sender=("Philippa Bramley", "philippa.bramley@leeds.gov.uk.cjsm.net"), relay="smtp-out2.leeds.gov.uk",
    subject="[SECURE] ICPC - KIRK - 12/01/2027",
    body=("Hello\n\nPlease find attached the booking form for an Initial Child Protection Conference for Mason Kirk "
          "(DOB 02/02/2016) on Tuesday 12 January 2027 at 10:00 at Merrion House.\n\n"
          "Please send the police report to the Integrated Safeguarding Unit at least 24 hours before.\n\n"
          "Philippa Bramley\nIntegrated Safeguarding Unit\nLeeds City Council\n"),
    attach=("KIRK Mason ICPC booking.doc", "application", "msword"), fmt="doc",
))

# ------------------------------------------------------------------ 44-04 Kirklees .doc unreadable, form in the body
_body = ("Good afternoon\n\nThe booking form is attached (Word 97-2003). In case it does not open, the details are "
         "copied below.\n\n"
         "OFFICIAL-SENSITIVE\nCHILD PROTECTION CONFERENCE BOOKING FORM - KIRKLEES COUNCIL\n\n"
         "Conference type: Initial\nDate: Monday 25 January 2027\nTime: 1.30pm\n"
         "Venue: Civic Centre 1, Huddersfield, Meeting Room 6\nChair: Sunita Patel\nSocial worker: Hollie Armitage\n"
         "Category requested: Emotional abuse\n\n"
         "Child: Grace Ellis, DOB 07/03/2017, Moldgreen Community Primary School\n"
         "Mother: Carly Ellis, DOB 25/08/1988\nFather: Shane Ellis, DOB 12/06/1985\n\n"
         "Reason for conference: Ms Ellis has a diagnosis of bipolar disorder and stopped taking her medication in November. "
         "Grace has been caring for her mother, missing school and is described as withdrawn and anxious. "
         "Mr Ellis works away during the week.\n\n"
         "Police involvement: West Yorkshire Police have had no involvement with the family apart from a single welfare "
         "check at the request of the GP in November 2026.\n"
         "Is any adult in the household a registered sex offender? No\n"
         "CSE concerns: None identified\n\n"
         "West Yorkshire Police:\nPolice attendance required: \nWritten report sufficient: X\n\n"
         "Thanks\nHollie Armitage\nSocial Worker, Kirklees Children's Social Care\n")
CASES.append(dict(
    name="i-44-04-kirklees-icpc-doc97-unreadable-form-copied-in-body",
    district="kirklees", kind="initial", date="2027-01-25", time="13:30", tick=False,
    harm=["emotional"], received=T("2027-01-14 11:10"),
    children=[("Grace Ellis", "2017-03-07")], adults=["Carly Ellis", "Shane Ellis"],
    criteria=[], decision="report_only", flags_required=["unreadable_attachment"],
    tags=["doc97", "unreadable", "body-form", "district-kirklees", "initial", "tick-report",
          "negations", "wakefield-rules"],
    notes="the .doc cannot be opened (unreadable_attachment) but the same form is copied into the body, so a booking form was read and the decision rests on it: negations (RSO: No, CSE: none, one welfare check) -> no criterion; report sufficient -> report_only (Wakefield rules for Kirklees)",
    sender=("Hollie Armitage", "hollie.armitage@socialcare.kirklees.gov.uk"),
    subject="ICPC ELLIS 25/01/27 - booking form",
    body=_body,
    attach=("Booking form ELLIS.doc", "application", "msword"), fmt="doc",
))

# ------------------------------------------------------------------ 44-05 Wakefield ODT review, RSO partner, both ticked
_paras = [
    ("p", "OFFICIAL-SENSITIVE"),
    ("t", "Review Child Protection Conference - Booking Form"),
    ("p", "Wakefield Council Children and Young People's Service"),
    ("f", "Type of conference:\tReview (third review)"),
    ("f", "Date of conference:\t28/01/2027"),
    ("f", "Time:\t10:00"),
    ("f", "Venue:\tMicrosoft Teams"),
    ("f", "Chair:\tSimon Outhwaite"),
    ("f", "Plan category:\tNeglect"),
    ("h", "Child"),
    ("f", "Evie Sutcliffe\t06/06/2014"),
    ("h", "Adults"),
    ("f", "Gemma Sutcliffe\tMother"),
    ("f", "Darren Hepworth\tMother's partner (does not live at the address)"),
    ("h", "Progress and new concerns"),
    ("p", "Home conditions and school attendance have improved. However, since the last review Ms Sutcliffe has started a relationship with Darren Hepworth, who is a registered sex offender (notification requirements until 2031). He visits the home most weekends and has stayed overnight while Evie was there."),
    ("p", "Police are not currently members of the core group."),
    ("h", "West Yorkshire Police (tick one)"),
    ("p", "[X] Police attendance required"),
    ("p", "[X] Written report sufficient"),
]
CASES.append(dict(
    name="i-44-05-wakefield-rcpc-odt-rso-partner-both-ticked",
    district="wakefield", kind="review", date="2027-01-28", time="10:00", tick=None,
    harm=["neglect"], received=T("2027-01-19 14:00"),
    children=[("Evie Sutcliffe", "2014-06-06")], adults=["Gemma Sutcliffe", "Darren Hepworth"],
    criteria=["registered_sex_offender"], decision="discuss", flags_required=["tickbox_ambiguous"],
    tags=["odt", "district-wakefield", "review", "tick-both", "rso-association", "category-neglect"],
    notes="review: mother's new partner, a registered sex offender, visits and stays overnight (association with the household); police not in the core group -> discuss; both boxes marked -> null + tickbox_ambiguous; Wakefield sets no minimum notice for reviews",
    sender=("Rachel Fawcett", "rachel.fawcett@wakefield.gov.uk"),
    subject="RCPC SUTCLIFFE 28/01/2027 - OFFICIAL-SENSITIVE",
    body=("Morning\n\nBooking form for Evie Sutcliffe's review conference attached (saved from LibreOffice on the "
          "partnership laptop).\n\nRachel Fawcett\nSafeguarding and Review Unit\nWakefield Council\n"),
    attach=("SUTCLIFFE RCPC booking.odt", "application", "vnd.oasis.opendocument.text"), paras=_paras, fmt="odt",
))

# ------------------------------------------------------------------ 44-06 Bradford RTF transfer-in from Lancashire, CSE
_paras = [
    ("p", "RESTRICTED"),
    ("t", "TRANSFER-IN CHILD PROTECTION CONFERENCE"),
    ("p", "City of Bradford Metropolitan District Council - Children's Social Care"),
    ("f", "Conference:\tTransfer-in Child Protection Conference"),
    ("f", "Date:\tWednesday 20 January 2027"),
    ("f", "Time:\t10.00am"),
    ("f", "Venue:\tKeighley Town Hall, Bow Street, Keighley BD21 3PA"),
    ("f", "Chair:\tAndrew Binns"),
    ("f", "Transferring authority:\tLancashire County Council"),
    ("f", "Plan category (Lancashire):\tSexual abuse"),
    ("h", "Young person"),
    ("f", "Mollie Greaves\tDOB 17/12/2010"),
    ("h", "Parent"),
    ("f", "Nicola Greaves\tMother"),
    ("h", "Background"),
    ("p", "Mollie has been subject to a child protection plan in Lancashire since 03/09/2026 because of child sexual exploitation by a group of adult men in Burnley. She moved to Keighley with her mother on 04/01/2027. Child sexual exploitation remains a considered risk: Lancashire's exploitation team rate the risk as high and Mollie is still in phone contact with one of the men."),
    ("p", "Lancashire Constabulary (Operation Juniper) will share their information with West Yorkshire Police."),
    ("h", "Reports"),
    ("p", "A written report is requested from all agencies, including West Yorkshire Police, by 15/01/2027."),
]
CASES.append(dict(
    name="i-44-06-bradford-transfer-in-rtf-cse-no-tickbox",
    district="bradford", kind="transfer_in", date="2027-01-20", time="10:00", tick=None,
    harm=["sexual"], received=T("2027-01-11 12:00"),
    children=[("Mollie Greaves", "2010-12-17")], adults=["Nicola Greaves"],
    criteria=["child_sexual_exploitation"], decision="attend",
    tags=["rtf", "district-bradford", "transfer-in", "tick-absent", "marking-restricted",
          "wakefield-rules", "from-elsewhere"],
    notes="transfer-in (counts as initial) with CSE a current considered risk -> attend under the Wakefield rules applied to Bradford; no tick box on the form -> null, no tickbox_ambiguous",
    sender=("Andrew Binns", "andrew.binns@bradford.gov.uk"),
    subject="RESTRICTED - Transfer in CPC - GREAVES - 20/01/2027",
    body=("Dear West Yorkshire Police\n\nPlease see the attached invitation to a transfer-in child protection conference "
          "for Mollie Greaves, who has moved to Keighley from Lancashire.\n\nAndrew Binns\n"
          "Child Protection Conference Chair\nBradford Children's Social Care\n"),
    attach=("GREAVES transfer in CPC.rtf", "application", "rtf"), paras=_paras, fmt="rtf",
))

# ------------------------------------------------------------------ 44-07 Barnsley .doc, sender not on allow-list
CASES.append(dict(
    name="i-44-07-barnsley-icpc-doc97-unlisted-sender-unreadable",
    district=None, kind="initial", date="2027-01-28", time="10:00", tick=None,
    harm=[], received=T("2027-01-18 15:20"),
    children=[("Riley Senior", "2019-10-10")], adults=["Craig Senior"],
    criteria=[], decision="manual_review",
    flags_required=["unverified_sender", "unreadable_attachment", "no_booking_form"], deadlines=False,
    minimal_forbidden=["cancelled", "rescheduled", "not_an_invitation", "tickbox_conflict",
                       "encrypted_unreadable"],
    tags=["doc97", "unreadable", "from-elsewhere", "unverified-sender", "initial"],
    notes="Barnsley Council (barnsley.gov.uk) is not on any West Yorkshire allow-list -> unverified_sender; its Word 97-2003 form cannot be opened and there is no form elsewhere -> manual_review",
    sender=("Barnsley Safeguarding Conferences", "safeguarding.conferences@barnsley.gov.uk"),
    subject="OFFICIAL-SENSITIVE: Initial CPC invitation - SENIOR",
    body=("Dear colleague\n\nBarnsley Metropolitan Borough Council has arranged an Initial Child Protection Conference for "
          "Riley Senior (DOB 10/10/2019) on Thursday 28 January 2027 at 10:00 at Westgate Plaza One, Barnsley. Riley's "
          "father, Craig Senior, lives in Normanton, which is why we are inviting West Yorkshire Police.\n\n"
          "The booking form is attached (Word 97-2003). Please let us know if you cannot open it.\n\n"
          "Conference and Review Service\nBarnsley MBC\n"),
    attach=("Senior R ICPC booking.doc", "application", "msword"), fmt="doc",
))


def build(c):
    s_name, s_addr = c["sender"]
    fn, mt, st = c["attach"]
    if c["fmt"] == "rtf":
        data, texts = make_rtf(c["paras"])
    elif c["fmt"] == "odt":
        data, texts = make_odt(c["paras"])
    else:
        data, texts = make_truncated_doc(c["name"]), []
    to = POLICE[c["district"]] if c["district"] else POLICE["wakefield"]
    eml = build_eml(seed=c["name"], sender_name=s_name, sender=s_addr, to=to, subject=c["subject"],
                    received=c["received"], body_text=c["body"], attachments=[(fn, data, mt, st)],
                    relay=c.get("relay"),
                    mailer="Microsoft Office Outlook 12.0" if c["fmt"] != "odt" else "Thunderbird 115.6")
    c["source_texts"] = [c["subject"], c["body"]] + texts + [fn]
    return eml
