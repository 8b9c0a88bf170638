"""Layout 59: HTML e-mail whose booking form is an inline image (cid: PNG of a typed form in the
multipart/related part) plus a two-line text summary; sometimes the same form also as a PDF."""
import io, json, os, textwrap
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import new_msg, write_case, OUT

F = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
FB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
pdfmetrics.registerFont(TTFont('DejaVu', F))
MANIFEST = {}


def form_lines(c):
    bx = lambda on: '☒' if on else '☐'
    ts = c.get('tick_state')
    L = [('h', 'OFFICIAL-SENSITIVE'), ('h', c['title'])]
    L += [('t', f'{k}:  {v}') for k, v in c['fields']]
    L += [('h', 'Child(ren)')] + [('t', k) for k in c['kids']]
    L += [('h', 'Parents / carers')] + [('t', a) for a in c['adlt']]
    L += [('h', 'Police (tick one)'),
          ('t', f'{bx(ts in ("req", "both"))} Police attendance required     {bx(ts in ("rep", "both"))} Written report sufficient')]
    for h, para in c['sections']:
        L += [('h', h)] + [('t', x) for x in textwrap.wrap(para, 80)]
    return L


def png(lines, seed):
    W = 1100
    H = 80 + sum(44 if s == 'h' else 32 for s, _ in lines) + 40
    img = Image.new('RGB', (W, H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    f, fb = ImageFont.truetype(F, 19), ImageFont.truetype(FB, 21)
    d.rectangle([20, 20, W - 20, H - 20], outline=(90, 90, 90), width=2)
    y = 50
    for s, t in lines:
        if s == 'h':
            d.rectangle([40, y - 4, W - 40, y + 30], fill=(222, 230, 242))
        d.text((50, y), t, font=fb if s == 'h' else f, fill=(0, 0, 0))
        y += 44 if s == 'h' else 32
    b = io.BytesIO(); img.save(b, 'PNG')
    return b.getvalue()


def pdf(lines):
    b = io.BytesIO()
    cv = canvas.Canvas(b, pagesize=A4)
    y = 800
    for s, t in lines:
        cv.setFont('DejaVu', 11 if s == 'h' else 9.5)
        cv.drawString(50, y, t)
        y -= 20 if s == 'h' else 14
        if y < 50:
            cv.showPage(); y = 800
    cv.showPage(); cv.save()
    return b.getvalue()


CASES = [
 dict(id='59-01', slug='wakefield-icpc-inline-png-wilful-neglect', district='wakefield', kind='initial', date='2027-01-28', time='10:00',
      tick=True, tick_state='req', harm=['neglect'], children=[('Skye Brearley', '2020-09-14'), ('Ruby Brearley', '2023-01-30')],
      adults=['Kayleigh Brearley', 'Mark Brearley'], criteria=['wilful_neglect_investigation'], received='2027-01-19 10:05',
      frm='Sophie Lockwood <sophie.lockwood@wakefield.gov.uk>', subj='ICPC booking form - BREARLEY 28/01/27',
      summary=['ICPC Brearley, Thurs 28 Jan 2027 10am, Wakefield One.', 'Booking form below (screenshot from Mosaic as the print function is down).'],
      title='CHILD PROTECTION CONFERENCE BOOKING FORM - WAKEFIELD', imgname='image001.png',
      fields=[('Type of conference', 'Initial CPC'), ('Date', '28/01/2027'), ('Time', '10:00'), ('Venue', 'Wakefield One, Room 3'), ('Category', 'Neglect')],
      kids=['Skye Brearley  14/09/2020', 'Ruby Brearley  30/01/2023'], adlt=['Kayleigh Brearley (mother)', 'Mark Brearley (father)'],
      sections=[('Reason for conference', 'Ruby was admitted to Pinderfields severely malnourished and dehydrated; Skye had untreated head lice and dental abscesses. Police (Wakefield CSU) are actively investigating both parents for wilful neglect under s1 Children and Young Persons Act 1933 - voluntary interviews held 15/01/2027.')],
      tags=['inline-png', 'cid-image', 'district-wakefield', 'initial', 'tick-attend', 'wilful-neglect'],
      notes='active wilful-neglect investigation (item 3) -> attend; form only as inline image'),
 dict(id='59-02', slug='leeds-rcpc-inline-png-and-pdf-police-protection', district='leeds', kind='review', date='2027-02-10', time='14:00',
      tick=True, tick_state='req', harm=['neglect', 'physical'], children=[('Kacper Zielinski', '2009-06-06')],
      adults=['Ewa Zielinska', 'Tomasz Zielinski'], criteria=['police_protection'], received='2027-01-20 12:12',
      frm='ISU Leeds <isu.conferences@leeds.gov.uk>', subj='RCPC Kacper ZIELINSKI 10.02.2027 14:00',
      summary=['Review CPC for Kacper Zielinski on 10/02/2027 at 2pm, Merrion House.', 'Form shown below and attached as PDF.'],
      title='LEEDS CP CONFERENCE REQUEST', imgname='image002.png', pdfname='RCPC request ZIELINSKI.pdf',
      fields=[('Conference', 'Review CPC (1st review)'), ('Date', '10 Feb 2027'), ('Time', '2.00pm'), ('Venue', 'Merrion House'), ('Category', 'Neglect / Physical')],
      kids=['Kacper Zielinski  06/06/2009'], adlt=['Ewa Zielinska (mother)', 'Tomasz Zielinski (father)'],
      sections=[('Significant events since last conference', 'On 30/12/2026 Kacper was placed in police protection after his father threw him out of the house in freezing weather; he is now back home under a written agreement.')],
      tags=['inline-png', 'pdf-copy', 'district-leeds', 'review', 'tick-attend', 'police-protection'],
      notes='review: police protection during the plan + tick asking for police -> discuss (no core group)'),
 dict(id='59-03', slug='kirklees-icpc-inline-png-unreported-da-report-only', district='kirklees', kind='initial', date='2027-02-01', time='13:30',
      tick=False, tick_state='rep', harm=['emotional'], children=[('Poppy Lodge', '2018-07-21'), ('Theo Lodge', '2021-12-24')],
      adults=['Hannah Lodge', 'Ben Lodge'], criteria=[], received='2027-01-21 09:50',
      frm='Sam Ellis <sam.ellis@kirklees.gov.uk>', subj='ICPC - LODGE - 01/02/2027',
      summary=['Booking form for the Lodge ICPC is pasted below.', 'Written report only please.'],
      title='KIRKLEES - REQUEST FOR CHILD PROTECTION CONFERENCE', imgname='image003.png',
      fields=[('Conference', 'Initial CPC'), ('Date', 'Monday 1st February 2027'), ('Time', '1.30pm'), ('Venue', 'Dewsbury Town Hall'), ('Category', 'Emotional abuse')],
      kids=['Poppy Lodge  21/07/2018', 'Theo Lodge  24/12/2021'], adlt=['Hannah Lodge (mum)', 'Ben Lodge (dad)'],
      sections=[('Danger statement', 'Mum disclosed to the health visitor years of coercive control and being pushed by dad in front of the children. She has never reported this to the police and does not want to; there has been no police involvement and no MARAC referral as the DASH was medium risk.')],
      tags=['inline-png', 'district-kirklees', 'initial', 'tick-report', 'unreported-da'],
      notes='domestic abuse never reported, no police involvement -> no criterion; Wakefield rules, report tick -> report_only'),
 dict(id='59-04', slug='calderdale-icpc-inline-png-cse-discuss', district='calderdale', kind='initial', date='2027-02-03', time='10:00',
      tick=False, tick_state='rep', harm=['sexual'], children=[('Mia Holdsworth', '2011-04-01')], adults=['Carla Holdsworth'],
      criteria=['child_sexual_exploitation'], received='2027-01-22 14:30',
      frm='Joanne Pickles <joanne.pickles@calderdale.gov.uk>', subj='ICPC - M Holdsworth - 03.02.27',
      summary=['ICPC for Mia Holdsworth Weds 3rd Feb 10am, Halifax Town Hall.', 'Form as picture below, shout if you cant open it.'],
      title='CALDERDALE - INITIAL CHILD PROTECTION CONFERENCE BOOKING', imgname='image001.png',
      fields=[('Type', 'ICPC'), ('Date', '03/02/2027'), ('Time', '10am'), ('Venue', 'Halifax Town Hall'), ('Category', 'Sexual')],
      kids=['Mia Holdsworth  01/04/2011'], adlt=['Carla Holdsworth (mother)'],
      sections=[('Reason', 'Mia has been going missing overnight and is linked to a group of older males in Halifax; CSE is considered to be a risk (CSE risk assessment high). Mia has not made any disclosure and there is no police investigation at this time.')],
      tags=['inline-png', 'district-calderdale', 'initial', 'tick-report', 'cse'],
      notes='Calderdale: CSE is not one of its attend considerations -> discuss (POLICY choice)'),
 dict(id='59-05', slug='bradford-icpc-inline-png-rso-neighbour-nfa', district='bradford', kind='initial', date='2027-02-04', time='11:00',
      tick=False, tick_state='rep', harm=['physical'], children=[('Zain Hussain', '2019-02-11'), ('Inaya Hussain', '2022-08-19')],
      adults=['Saima Hussain', 'Kashif Hussain'], criteria=['prior_unit_involvement'], received='2027-01-25 11:11',
      frm='Bradford CP Conference Team <cpconferences@bradford.gov.uk>', subj='ICPC HUSSAIN 04/02/2027 11:00',
      summary=['Please find below the booking form for the Hussain ICPC.', 'Reply to this address with any queries.'],
      title='BRADFORD CHILD PROTECTION CONFERENCE BOOKING FORM', imgname='form.png',
      fields=[('Conference type', 'Initial'), ('Date', '04/02/2027'), ('Time', '11:00'), ('Venue', 'Sir Henry Mitchell House'), ('Category', 'Physical abuse')],
      kids=['Zain Hussain  11/02/2019', 'Inaya Hussain  19/08/2022'], adlt=['Saima Hussain (mother)', 'Kashif Hussain (father)'],
      sections=[('Reason for conference', 'Zain had a belt-shaped mark on his back. Mr Hussain was interviewed by the police safeguarding unit in October 2026 about an earlier bruise to Zain; that investigation was NFA. A registered sex offender lives in the same block of flats but he has no association or contact with the family.')],
      tags=['inline-png', 'district-bradford', 'initial', 'tick-report', 'nfa-closed', 'rso-unconnected'],
      notes='RSO neighbour with no association is not RSO; closed NFA = prior_unit_involvement only, which Wakefield rules (Bradford) do not list -> report_only'),
 dict(id='59-06', slug='wakefield-icpc-broken-png-readable-pdf-large-family', district='wakefield', kind='initial', date='2027-02-05', time='10:00',
      tick=True, tick_state='req', harm=['neglect'],
      children=[('Connor Bottomley', '2009-01-15'), ('Shannon Bottomley', '2010-11-02'), ('Liam Bottomley', '2012-06-20'),
                ('Demi Bottomley', '2014-03-08'), ('Tyler-James Bottomley', '2017-10-10'), ('Lily Bottomley', '2020-05-27')],
      adults=['Joanne Bottomley', 'Paul Bottomley', 'Wayne Gill'], criteria=[], received='2027-01-26 15:15',
      frm='Safeguarding and Review Unit <sru.admin@wakefield.gov.uk>', subj='ICPC BOTTOMLEY x6 - Fri 05/02/27',
      summary=['ICPC for the six Bottomley children on Friday 5th February 2027 at 10:00 at Wakefield One.', 'If the picture below does not display please open the PDF copy.'],
      title='CHILD PROTECTION CONFERENCE BOOKING FORM - WAKEFIELD', imgname='image001.png', pdfname='Booking form BOTTOMLEY.pdf', broken=True,
      fields=[('Type of conference', 'Initial CPC'), ('Date', 'Friday 05/02/2027'), ('Time', '10:00'), ('Venue', 'Wakefield One'), ('Category', 'Neglect')],
      kids=['Connor Bottomley 15/01/2009', 'Shannon Bottomley 02/11/2010', 'Liam Bottomley 20/06/2012', 'Demi Bottomley 08/03/2014',
            'Tyler-James Bottomley 10/10/2017', 'Lily Bottomley 27/05/2020'],
      adlt=['Joanne Bottomley (mother)', 'Paul Bottomley (father, Connor-Demi)', 'Wayne Gill (father of Tyler-James and Lily)'],
      sections=[('Reason for conference', 'Chronic neglect: overcrowding, the older children caring for the younger ones, poor school attendance. Strategy discussion with police held 18/01/2027 - no criminal investigation, single agency s47. No police investigation, no DA.')],
      flags=['unreadable_attachment'],
      tags=['inline-png', 'broken-image', 'pdf-copy', 'large-family', 'district-wakefield', 'initial', 'tick-attend'],
      notes='inline PNG is truncated (unreadable_attachment) but the PDF copy is a readable booking form; no criterion, tick required -> discuss'),
 dict(id='59-07', slug='wakefield-prebirth-inline-png-dmarc-fail', district='wakefield', kind='initial', pre_birth=True, date='2027-02-09', time='09:30',
      tick=True, tick_state='req', harm=['neglect'], children=[('Baby Lumb (unborn)', None)], adults=['Courtney Lumb'],
      criteria=[], received='2027-01-27 08:40', auth='fail',
      frm='Wakefield SRU <sru.bookings@wakefield.gov.uk>', subj='Pre-birth ICPC - LUMB - 09/02/2027',
      summary=['Pre-birth ICPC for Courtney Lumb, 9 Feb 2027 09:30.', 'Booking form image below - please confirm attendance via the link in the form.'],
      title='PRE-BIRTH CONFERENCE BOOKING FORM', imgname='image001.png',
      fields=[('Type of conference', 'Pre-birth ICPC'), ('Date', '09/02/2027'), ('Time', '09:30'), ('Venue', 'Wakefield One'), ('EDD', '20/03/2027')],
      kids=['Baby Lumb (unborn)  EDD 20/03/2027'], adlt=['Courtney Lumb (mother)'],
      sections=[('Reason', 'Two older siblings were removed in 2024 because of neglect. Confirm attendance at https://wakefield-sru-bookings.com/confirm.')],
      flags=['unverified_sender'],
      tags=['inline-png', 'dmarc-fail', 'unverified-sender', 'pre-birth', 'district-wakefield', 'initial'],
      notes='Authentication-Results reports DKIM/SPF/DMARC failure -> unverified_sender -> manual_review'),
]


def build(c):
    lines = form_lines(c)
    texts = [t for _, t in lines]
    im = png(lines, c['id'])
    if c.get('broken'):
        im = im[:600]
    else:
        MANIFEST[c['imgname'] + '@' + c['id']] = texts + ['\n'.join(texts)]
    m = new_msg(c, c['frm'], c['subj'], auth=c.get('auth', 'pass'))
    plain = '\n'.join(c['summary']) + '\n\n[image: booking form]\n'
    m.set_content(plain)
    cid = f"{c['imgname'].split('.')[0]}.{c['id'].replace('-', '')}@01DB5A2C.4F1E0B30"
    html = ('<html><head><meta charset="utf-8"></head><body><div style="font-family:Calibri,sans-serif">'
            f'<p>{c["summary"][0]}</p><p>{c["summary"][1]}</p>'
            f'<p><img src="cid:{cid}" width="825" alt="booking form"></p></div></body></html>')
    m.add_alternative(html, subtype='html')
    m.get_payload()[1].add_related(im, 'image', 'png', cid=f'<{cid}>', filename=c['imgname'])
    src = [c['subj'], plain] + c['summary'] + [c['imgname']]
    if not c.get('broken'):
        src += texts + ['\n'.join(texts)]
    if c.get('pdfname'):
        m.add_attachment(pdf(lines), maintype='application', subtype='pdf', filename=c['pdfname'])
        src += texts + ['\n'.join(texts)] + [c['pdfname']]
    name = write_case(c, m, src)
    with open(os.path.join(OUT, 'gen', 'image_texts.json'), 'w') as f:
        json.dump(MANIFEST, f, indent=1, ensure_ascii=False)
    return name
