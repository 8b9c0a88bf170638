"""Layout 56: 'searchable' scans from a multifunction printer. Each page is a greyscale image of the
typed form (pen ticks drawn only in the pixels) with an invisible OCR text layer (render mode 3)."""
import io, random, textwrap
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from common import new_msg, write_case

F = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
FB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
OCRFIX = [('I', 'l', 0.0), ]


def ocrify(s, rnd, rate):
    """Light OCR noise, deterministic per line."""
    subs = [('rn', 'm'), ('O', '0'), ('l', '1'), ('cl', 'd'), ('.', ','), ('e', 'c')]
    out = s
    for a, b in subs:
        if a in out and rnd.random() < rate:
            i = out.index(a)
            out = out[:i] + b + out[i + len(a):]
    return out


def scan_pdf(lines, ticks, seed, rate=0.25):
    """lines: list of (style, text). style: h, t (normal), box (tick-box line, text after box), w (wrapped para).
    ticks: set of box texts to mark with a pen. Returns (pdf bytes, list of ocr layer lines)."""
    rnd = random.Random(seed)
    W, H = 1240, 1754
    img = Image.new('L', (W, H), 250)
    d = ImageDraw.Draw(img)
    f, fb = ImageFont.truetype(F, 22), ImageFont.truetype(FB, 26)
    y, layer = 110, []
    for style, text in lines:
        parts = textwrap.wrap(text, 88) if style == 'w' else [text]
        for part in parts:
            if style == 'box':
                d.rectangle([110, y + 2, 134, y + 26], outline=30, width=2)
                if text in ticks:
                    ox, oy = 110 + rnd.randint(-3, 3), y + rnd.randint(-2, 2)
                    d.line([(ox + 2, oy + 14), (ox + 10, oy + 26), (ox + 30, oy - 6)], fill=60, width=4)
                d.text((150, y), part, font=f, fill=20)
                ocr = ocrify(part, rnd, rate)
                layer.append((150, y, ocr, 22))
            else:
                d.text((100, y), part, font=fb if style == 'h' else f, fill=15)
                ocr = ocrify(part, rnd, rate if style != 'h' else 0.1)
                layer.append((100, y, ocr, 26 if style == 'h' else 22))
            y += 40 if style != 'h' else 50
        if style == 'h':
            y += 6
    for _ in range(2500):  # speckle
        d.point((rnd.randrange(W), rnd.randrange(H)), fill=rnd.randint(120, 200))
    img = img.rotate(rnd.uniform(-0.8, 0.8), fillcolor=245, resample=Image.BICUBIC).filter(ImageFilter.GaussianBlur(0.6))
    jb = io.BytesIO(); img.save(jb, 'JPEG', quality=55)
    jb.seek(0)
    out = io.BytesIO()
    cv = canvas.Canvas(out, pagesize=A4)
    cv.setCreator('KONICA MINOLTA bizhub C458'); cv.setProducer('KONICA MINOLTA bizhub C458 OCR')
    pw, ph = A4
    from reportlab.lib.utils import ImageReader
    cv.drawImage(ImageReader(jb), 0, 0, pw, ph)
    sx, sy = pw / W, ph / H
    for x, yy, s, size in layer:
        t = cv.beginText()
        t.setTextRenderMode(3)
        t.setFont('Helvetica', size * sx * 0.95)
        t.setTextOrigin(x * sx, ph - (yy + size) * sy)
        t.textLine(s)
        cv.drawText(t)
    cv.showPage(); cv.save()
    return out.getvalue(), [s for _, _, s, _ in layer]


def form_lines(hdr, fields, kids, adults, boxes, sections):
    L = [('h', h) for h in hdr]
    L += [('t', f'{k}: {v}') for k, v in fields]
    L += [('h', 'Child(ren)')] + [('t', k) for k in kids]
    L += [('h', 'Parents / carers / significant adults')] + [('t', a) for a in adults]
    if boxes:
        L += [('h', boxes[0])] + [('box', b) for b in boxes[1:]]
    for h, p in sections:
        L += [('h', h)] + [('w', x) for x in p]
    return L


CASES = [
 dict(id='56-01', slug='wakefield-icpc-mfp-scan-abe-pending', district='wakefield', kind='initial', date='2026-12-16',
      time='10:00', tick=True, tick_state='req', harm=['sexual'],
      children=[('Maisie-Rose Kettlewell', '2017-06-02')], adults=['Donna Kettlewell', 'Craig Burnhill'],
      criteria=['current_investigation'], received='2026-12-07 10:12',
      frm='Trish Oddy <trish.oddy@wakefield.gov.uk>', subj='Scanned booking form - ICPC KETTLEWELL 16/12',
      body="Hi\n\nPlease see scanned booking form attached for ICPC Kettlewell on 16th Dec at 10am, Wakefield One rm 4.\nPrinter at Castleford is playing up so sorry if its a bit squint.\n\nTrish\n\nTrish Oddy | Business Support | Safeguarding and Review Unit\nWakefield Council | 01924 306812",
      fname='SKM_C45826120709581.pdf',
      fields=[('Type of conference', 'Initial Child Protection Conference'), ('Date', '16/12/2026'),
              ('Time', '10.00am'), ('Venue', 'Wakefield One, Room 4'), ('CareDirector ID', 'CD741188'),
              ('Category requested', 'Sexual abuse'), ('Social worker', 'Nathan Grice')],
      kids=['Maisie-Rose KETTLEWELL  DOB 02/06/2017  F  St Giles CE Primary'],
      adlt=['Donna KETTLEWELL (mother) 14/02/1990', "Craig BURNHILL (mother's partner) 30/09/1987"],
      sections=[('Reason for conference', [
          'Maisie-Rose disclosed to her teacher on 26/11/2026 that Mr Burnhill touched her inappropriately.',
          'Joint s47 investigation with police ongoing. Mr Burnhill was arrested 27/11 and is on police bail not to attend the family home. ABE interview with Maisie-Rose still to take place.'])],
      tags=['mfp-scan', 'ocr-text-layer', 'pen-tick', 'district-wakefield', 'initial', 'tick-attend'],
      notes='current s47 with arrest, bail and ABE pending (Wakefield §4.5 item 1); tick only in the image: required'),
 dict(id='56-02', slug='kirklees-icpc-mfp-scan-neglect-report-only', district='kirklees', kind='initial', date='2026-12-18',
      time='13:30', tick=False, tick_state='rep', harm=['neglect'],
      children=[('Tyler Haigh', '2014-03-19'), ('Keeley Haigh', '2016-08-08'), ('Rio Haigh-Senior', '2021-01-27')],
      adults=['Gemma Haigh', 'Lee Senior'], criteria=[], received='2026-12-08 08:55',
      frm='Huddersfield MFD <scan-to-email@kirklees.gov.uk>', subj='Message from "KMBT_C458 Civic Centre 3 Floor 2"',
      body='Scanned from: KMBT_C458 Civic Centre 3 Floor 2\nDate: 08/12/2026 08:47\nPages: 1\nFile format: PDF (compact, searchable)\n\nThis e-mail was sent automatically by the multifunction device. Do not reply.',
      fname='Civic3F2_20261208084712.pdf',
      fields=[('Conference', 'ICPC'), ('Date of conference', 'Friday 18 December 2026'), ('Time', '1.30pm'),
              ('Venue', 'Civic Centre 1, Huddersfield / Teams'), ('Category', 'Neglect'), ('Social worker', 'Amrit Sohal')],
      kids=['Tyler Haigh 19.03.2014', 'Keeley Haigh 08.08.2016', 'Rio Haigh-Senior 27.01.2021'],
      adlt=['Gemma Haigh - Mum', 'Lee Senior - Dad to Rio, lives at address'],
      sections=[('Strengthening Families - Danger statement', [
          'Home conditions have deteriorated over 12 months: no working cooker, dog faeces in the bedrooms, children repeatedly late or absent from school and Rio has missed two health appointments.',
          'Mum says she has been struggling since her mother died. There has been no police involvement with the family and no investigation is planned; this is a neglect case.'])],
      tags=['mfp-scan', 'ocr-text-layer', 'pen-tick', 'scan-to-email', 'district-kirklees', 'initial', 'tick-report'],
      notes='neglect category only, police involvement expressly negated; Kirklees decided with Wakefield rules; tick written report -> report_only'),
 dict(id='56-03', slug='bradford-rcpc-mfp-scan-cse-review', district='bradford', kind='review', date='2027-01-05',
      time='10:00', tick=True, tick_state='req', harm=['sexual', 'emotional'],
      children=[('Aaliyah Bibi Rashid', '2011-11-30')], adults=['Nasreen Rashid', 'Imran Rashid'],
      criteria=['child_sexual_exploitation'], received='2026-12-09 14:20',
      frm='Sadia Akhtar <sadia.akhtar@bradford.gov.uk>', subj='RCPC 05.01.27 - A RASHID - form (scan)',
      body="Afternoon,\nform for Aaliyah's review conf attached, scanned as I had to get the TM to sign it.\nAny probs let me know.\nSadia\n\nSadia Akhtar\nSocial Worker, Keighley Children's Social Work Team\nBradford Children and Families Trust\n\nThis email and any attachments are confidential and intended solely for the addressee.",
      fname='scan0042.pdf',
      fields=[('Review Child Protection Conference', 'first review'), ('Date', '05/01/2027'), ('Time', '10:00'),
              ('Venue', 'Keighley Town Hall'), ('Plan category', 'Sexual abuse / Emotional'), ('Team manager', 'Rob Feather')],
      kids=['Aaliyah Bibi RASHID 30/11/2011'], adlt=['Nasreen RASHID - mother', 'Imran RASHID - father'],
      sections=[('Progress since last conference', [
          'Aaliyah has been missing from home on four occasions since October and was found in a car with two adult males in Bradford city centre.',
          'CSE remains a considered risk and a CSE risk assessment was updated on 01/12/2026. She is working with the Hand in Hand worker.'])],
      tags=['mfp-scan', 'ocr-text-layer', 'pen-tick', 'district-bradford', 'review', 'tick-attend'],
      notes='review: CSE a considered risk and tick asks for police -> discuss (no core group); Bradford uses Wakefield rules'),
 dict(id='56-04', slug='calderdale-icpc-mfp-scan-both-ticked-prior-nfa', district='calderdale', kind='initial',
      date='2026-12-21', time='14:00', tick=None, tick_state='both', harm=['physical'],
      children=[('Jenson Mitchell', '2019-05-05'), ('Ivy Mitchell', '2023-02-14')],
      adults=['Kerry-Ann Mitchell', 'Dean Ackroyd'], criteria=['prior_unit_involvement'], received='2026-12-10 11:31',
      frm='Lorraine Crabtree <lorraine.crabtree@calderdale.gov.uk>', subj='ICPC Mitchell 21st Dec 2pm',
      body='Good morning\n\nI attach the booking form for the above (scanned copy - the SW completed it by hand).\n\nRegards\nLorraine\nChild Protection Administration\nCalderdale MBC, Horsfall House, Halifax\n\n**********\nThe information in this e-mail is confidential and may be legally privileged.',
      fname='Doc_20261210_1128.pdf',
      fields=[('Type', 'Initial CPC'), ('Date', '21.12.2026'), ('Time', '2pm'), ('Venue', 'Halifax Town Hall - Maurice Jagger room'),
              ('Category', 'physical'), ('SW', 'Phil Greenwood')],
      kids=['Jenson Mitchell 05/05/2019', 'Ivy Mitchell 14/02/2023'],
      adlt=['Kerry-Ann Mitchell (mum)', 'Dean Ackroyd (dad)'],
      sections=[('Reason', [
          'Ivy (22 months) presented at Calderdale Royal with a spiral fracture of the left arm; explanation of a fall from the sofa considered inconsistent by the paediatrician.',
          'In March 2025 Mr Ackroyd was arrested by the Calderdale Safeguarding Unit for assaulting Jenson; that investigation was closed NFA. There is no police investigation into the current injury at present - strategy agreed single agency.'])],
      tags=['mfp-scan', 'ocr-text-layer', 'pen-tick', 'both-ticked', 'district-calderdale', 'initial', 'nfa-closed'],
      notes='Calderdale: earlier arrest by the unit (closed NFA) = prior_unit_involvement -> attend; current investigation negated; both boxes pen-ticked -> tickbox_ambiguous'),
 dict(id='56-05', slug='leeds-prebirth-icpc-mfp-scan-marac-neither-ticked', district='leeds', kind='initial', pre_birth=True,
      date='2026-12-22', time='09:30', tick=None, tick_state='neither', harm=['emotional', 'physical'],
      children=[('Unborn Baby Oduya', None)], adults=['Shauna Oduya', 'Kelvin Marsh'],
      criteria=['domestic_abuse_current_involvement'], received='2026-12-14 16:02',
      frm='ISU Leeds <isu.conferences@leeds.gov.uk>', subj='PRE BIRTH ICPC - Unborn OD UYA - 22/12/2026',
      body='Please find attached booking form for a pre-birth initial child protection conference.\n\nIntegrated Safeguarding Unit\nLeeds City Council\n\nOFFICIAL-SENSITIVE',
      fname='scan_isu_0931.pdf',
      fields=[('Conference type', 'Pre-Birth Initial CPC'), ('Date', 'Tuesday 22nd December 2026'), ('Time', '9.30'),
              ('Venue', 'Merrion House, Leeds'), ('EDD', '02/02/2027'), ('Social worker', 'Frankie Wood')],
      kids=['Unborn baby ODUYA - EDD 02/02/2027'], adlt=['Shauna ODUYA (mother) 11/07/2001', 'Kelvin MARSH (father) 23/03/1998'],
      sections=[('Reason for conference', [
          'Domestic abuse: Mr Marsh strangled Ms Oduya on 20/11/2026 when she was 29 weeks pregnant. DASH high risk; the case was heard at MARAC on 03/12/2026.',
          'The Leeds DV co-ordinator and the police DA officer are working with Ms Oduya; Mr Marsh is on police bail with a condition not to contact her.'])],
      tags=['mfp-scan', 'ocr-text-layer', 'neither-ticked', 'pre-birth', 'district-leeds', 'initial'],
      notes='Leeds item 5: serious DA with MARAC, DV co-ordinator and bail -> attend; pre-birth counts as initial; neither box marked -> tickbox_ambiguous'),
 dict(id='56-06', slug='wakefield-icpc-mfp-scan-truncated-pdf', district='wakefield', kind='initial', date='2027-01-07',
      time='11:00', tick=None, harm=None, children=None, adults=None, criteria=[], received='2026-12-15 12:44',
      frm='Kelly Wadsworth <kelly.wadsworth@wakefield.gov.uk>', subj='RE: ICPC Lister children 7/1/27',
      body='Sorry Lisa, attached now - scanned the booking form for the Lister ICPC on Thurs 7th Jan at 11.00 at Pontefract Town Hall.\n\nKelly\n\nSent from my Wakefield Council laptop',
      fname='Scan_Lister_ICPC.pdf', truncate=True,
      fields=[('Type of conference', 'Initial CPC'), ('Date', '07/01/2027'), ('Time', '11:00')],
      kids=['Lister children x4'], adlt=['Natalie Lister'],
      sections=[('Reason', ['Neglect and physical chastisement.'])],
      flags=['unreadable_attachment', 'no_booking_form'], unscored=['missing_family_details', 'missing_reason'],
      tags=['mfp-scan', 'damaged-attachment', 'district-wakefield', 'initial', 'covering-note-only'],
      notes='the scan is a truncated PDF (cut off mid-stream): only the covering note is readable -> unreadable_attachment + no_booking_form -> manual_review'),
 dict(id='56-07', slug='wakefield-rcpc-mfp-scan-core-group-report-ticked', district='wakefield', kind='review', date='2027-01-11',
      time='10:00', tick=False, tick_state='rep', harm=['physical', 'emotional'],
      children=[('Oskar Nowak', '2013-09-09'), ('Zofia Nowak', '2015-12-01')], adults=['Magdalena Nowak', 'Piotr Nowak'],
      criteria=['core_group_member'], received='2026-12-11 09:06',
      frm='Safeguarding and Review Unit <sru.admin@wakefield.gov.uk>', subj='RCPC - NOWAK - 11.01.2027 - booking form',
      body='Dear colleague\n\nPlease find attached a scanned booking form for a review child protection conference.\n\nSafeguarding and Review Unit\nWakefield Council\n\nThis email has been scanned for viruses and malware.',
      fname='SKM_C45826121108590.pdf',
      fields=[('Type of conference', 'Review CPC (2nd review)'), ('Date', '11/01/2027'), ('Time', '10:00'),
              ('Venue', 'Microsoft Teams'), ('Category', 'Physical / Emotional'), ('Social worker', 'Gareth Lumb')],
      kids=['Oskar NOWAK 09/09/2013', 'Zofia NOWAK 01/12/2015'], adlt=['Magdalena NOWAK - mother', 'Piotr NOWAK - father'],
      sections=[('Progress', [
          'PC Dyson from the Wakefield CPPU has been part of the core group since the initial conference and is leading on the safety plan around Mr Nowak\'s contact; she attended all four core groups.',
          'Oskar reports fewer arguments at home.'])],
      tags=['mfp-scan', 'ocr-text-layer', 'pen-tick', 'district-wakefield', 'review', 'core-group', 'tick-report'],
      notes='review with a CPPU officer active in the core group (§5.1) -> attend, although the pen tick says written report -> tickbox_conflict'),
]


def build(c):
    boxes = ['West Yorkshire Police (please tick)', 'Police attendance required', 'Written report sufficient']
    ticks = {'req': {boxes[1]}, 'rep': {boxes[2]}, 'both': {boxes[1], boxes[2]}}.get(c.get('tick_state'), set())
    hdr = ['OFFICIAL-SENSITIVE', 'CHILD PROTECTION CONFERENCE - BOOKING FORM']
    lines = form_lines(hdr, c['fields'], c['kids'], c['adlt'], boxes, c['sections'])
    pdf, layer = scan_pdf(lines, ticks, c['id'])
    m = new_msg(c, c['frm'], c['subj'])
    m.set_content(c['body'])
    if c.get('truncate'):
        pdf = pdf[:len(pdf) // 3]
        layer = []
    m.add_attachment(pdf, maintype='application', subtype='pdf', filename=c['fname'])
    src = [c['subj'], c['body']] + c['body'].split('\n') + layer + ['\n'.join(layer)] + [c['fname']]
    return write_case(c, m, src)
