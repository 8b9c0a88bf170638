"""Layout 57: Word forms whose answers are content controls: drop-down lists and combo boxes
(w:dropDownList / w:comboBox), date pickers (w:date with w:fullDate) and plain-text controls with
the placeholder 'Click or tap here to enter text.' left in."""
import io, zipfile
from xml.sax.saxutils import escape as E
from common import new_msg, write_case

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
PH = 'Click or tap here to enter text.'
PHD = 'Click or tap to enter a date.'
PHL = 'Choose an item.'
_id = [100]


def r(t, b=False):
    return f'<w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{E(t)}</w:t></w:r>'


def sdt(kind, shown, items=(), full=None, fmt='dd/MM/yyyy', tag=''):
    _id[0] += 1
    ph = shown is None
    disp = {'text': PH, 'date': PHD, 'drop': PHL, 'combo': PHL}[kind] if ph else shown
    pr = f'<w:alias w:val="{E(tag)}"/><w:tag w:val="{E(tag)}"/><w:id w:val="{_id[0]}"/>'
    if ph:
        pr += '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/>'
    if kind == 'text':
        pr += '<w:text/>'
    elif kind == 'date':
        fd = f' w:fullDate="{full}T00:00:00Z"' if full else ''
        pr += f'<w:date{fd}><w:dateFormat w:val="{fmt}"/><w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
    else:
        tagn = 'w:dropDownList' if kind == 'drop' else 'w:comboBox'
        li = f'<w:listItem w:displayText="{PHL}" w:value=""/>' + ''.join(
            f'<w:listItem w:displayText="{E(i)}" w:value="{E(i)}"/>' for i in items)
        pr += f'<{tagn}>{li}</{tagn}>'
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if ph else ''
    return (f'<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{E(disp)}</w:t></w:r>'
            f'</w:sdtContent></w:sdt>'), disp


def p(inner, style=None):
    ps = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ''
    return f'<w:p>{ps}{inner}</w:p>'


def docx(rows, title, paras_after):
    """rows: list of (label, kind, shown, extra dict). Returns (bytes, texts)."""
    texts = [title]
    body = p(r('OFFICIAL-SENSITIVE', True)) + p(r(title, True), 'Title')
    texts.append('OFFICIAL-SENSITIVE')
    trs = ''
    for label, kind, shown, ex in rows:
        texts.append(label)
        if kind == 'plain':
            cell, disp = r(shown), shown
        else:
            cell, disp = sdt(kind, shown, tag=label, **ex)
        texts.append(disp)
        trs += (f'<w:tr><w:tc><w:tcPr><w:tcW w:w="3400" w:type="dxa"/><w:shd w:val="clear" w:fill="D9E2F3"/></w:tcPr>'
                f'{p(r(label, True))}</w:tc><w:tc><w:tcPr><w:tcW w:w="6000" w:type="dxa"/></w:tcPr>{p(cell)}</w:tc></w:tr>')
    body += ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9400" w:type="dxa"/><w:tblBorders>'
             '<w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
             '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
             f'</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="3400"/><w:gridCol w:w="6000"/></w:tblGrid>{trs}</w:tbl>')
    for h, kind, shown in paras_after:
        body += p(r(h, True), 'Heading2')
        texts.append(h)
        if kind == 'plain':
            body += p(r(shown)); texts.append(shown)
        else:
            x, disp = sdt('text', shown, tag=h)
            body += p(x); texts.append(disp)
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1000" w:right="1000" w:bottom="1000" w:left="1000"/></w:sectPr>'
           '</w:body></w:document>')
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr('word/document.xml', doc)
    return b.getvalue(), texts


POL = ('drop', {'items': ['Police attendance required', 'Written report sufficient']})
POLC = ('combo', {'items': ['Required', 'Not required - report only', 'To be discussed with chair']})
CONF = ('drop', {'items': ['Initial CPC', 'Review CPC', 'Pre-birth ICPC', 'Transfer-in CPC']})

CASES = [
 dict(id='57-01', slug='leeds-icpc-docx-dropdown-rso-visitor', district='leeds', kind='initial', date='2027-01-07', time='13:00',
      tick=True, tick_state='req', harm=['sexual'], children=[('Callum Dobson', '2016-04-21'), ('Lacey Dobson', '2018-10-03')],
      adults=['Jodie Dobson', 'Wayne Pickersgill'], criteria=['registered_sex_offender'], received='2026-12-16 10:40',
      frm='Integrated Safeguarding Unit <isu@leeds.gov.uk>', subj='OFFICIAL-SENSITIVE ICPC Dobson 07/01/2027',
      body='Good morning,\n\nPlease find attached the conference request form for an ICPC in respect of Callum and Lacey Dobson.\n\nMany thanks\nISU Admin Team\nIntegrated Safeguarding Unit, Leeds City Council\nMerrion House, 110 Merrion Centre, Leeds LS2 8BB',
      fname='ICPC request - Dobson.docx',
      rows=[('Conference type', 'drop', 'Initial CPC', CONF[1]), ('Date of conference', 'date', 'Thursday, 7 January 2027', {'full': '2027-01-07', 'fmt': 'dddd, d MMMM yyyy'}),
            ('Time', 'text', '1pm', {}), ('Venue', 'text', 'Merrion House Room 2.14 / Teams', {}),
            ('Child 1 name / DOB', 'text', 'Callum Dobson 21/04/2016', {}), ('Child 2 name / DOB', 'text', 'Lacey Dobson 03/10/2018', {}),
            ('Child 3 name / DOB', 'text', None, {}), ('Mother', 'text', 'Jodie Dobson', {}),
            ('Father / partner', 'text', 'Wayne Pickersgill (mum\'s partner, stays most nights)', {}),
            ('Category', 'drop', 'Sexual abuse', {'items': ['Neglect', 'Physical abuse', 'Emotional abuse', 'Sexual abuse']}),
            ('West Yorkshire Police', POL[0], 'Police attendance required', POL[1])],
      after=[('Reason for conference', 'text', 'Mr Pickersgill is a registered sex offender (convicted 2019, indecent images of children) and has been staying at the family home most nights; Ms Dobson did not tell the school or children\'s services. He is managed by the police MOSOVO team.'),
             ('Any other information', 'text', None)],
      tags=['docx-dropdown', 'docx-date-picker', 'placeholder-left', 'district-leeds', 'initial', 'tick-attend'],
      notes='RSO partner staying in the household (Leeds item 6) -> attend; drop-down shows attendance required'),
 dict(id='57-02', slug='leeds-icpc-docx-dropdown-cse-report-only', district='leeds', kind='initial', date='2027-01-12', time='10:00',
      tick=False, tick_state='rep', harm=['sexual'], children=[('Phoebe Armitage-Lowe', '2012-02-17')],
      adults=['Tracey Armitage', 'Martin Lowe'], criteria=['child_sexual_exploitation'], received='2027-01-04 09:15',
      frm='Jess Whitehead <jessica.whitehead@leeds.gov.uk>', subj='ICPC request form - Phoebe A-L - 12th Jan',
      body="Hiya\n\nForm attached for Phoebe's ICPC on the 12th. I've put report only on the form as discussed at strategy but happy to chat.\n\nJess Whitehead\nSocial Worker | Leeds West Social Work Service\n\nThis e-mail and any attachments are confidential.",
      fname='CP Conference Request Form v3.2 (Phoebe).docx',
      rows=[('Conference type', 'drop', 'Initial CPC', CONF[1]), ('Date of conference', 'date', '12/01/2027', {'full': '2027-01-12'}),
            ('Time', 'text', '10:00', {}), ('Venue', 'text', PH if False else 'Teams', {}),
            ('Child name', 'text', 'Phoebe Armitage-Lowe', {}), ('DOB', 'date', '17/02/2012', {'full': '2012-02-17'}),
            ('Parent 1', 'text', 'Tracey Armitage (mother)', {}), ('Parent 2', 'text', 'Martin Lowe (father, separate address)', {}),
            ('Category', 'drop', 'Sexual abuse', {'items': ['Neglect', 'Physical abuse', 'Emotional abuse', 'Sexual abuse']}),
            ('West Yorkshire Police', POL[0], 'Written report sufficient', POL[1])],
      after=[('Reason for conference', 'text', 'Phoebe (14) has been meeting older men she met on Snapchat and has been given alcohol, vapes and a phone. Child sexual exploitation is considered a significant risk and the CSE screening tool scored high. No offences have been disclosed to date.'),
             ('Previous police involvement', 'text', None)],
      tags=['docx-dropdown', 'placeholder-left', 'district-leeds', 'initial', 'tick-report', 'cse'],
      notes='Leeds: CSE alone -> discuss (POLICY choice: Leeds list has no CSE item); tick says report'),
 dict(id='57-03', slug='wakefield-icpc-docx-choose-an-item-negotiated', district='wakefield', kind='initial', date='2027-01-14', time='09:30',
      tick=None, tick_state='neither', harm=['physical', 'emotional'],
      children=[('Lewis Thackray', '2010-07-07'), ('Ella-Mae Thackray', '2014-09-25'), ('Alfie Thackray', '2019-01-12')],
      adults=['Stacey Thackray', 'Gary Thackray'], criteria=['negotiated_attendance'], received='2027-01-05 13:22',
      frm='Safeguarding and Review Unit <sru.bookings@wakefield.gov.uk>', subj='Booking form: ICPC THACKRAY 14.01.27 09:30',
      body='Dear Colleague,\n\nPlease find attached the booking form for the above Initial Child Protection Conference. The chair has asked that the form is shared with the CPPU today.\n\nSafeguarding and Review Unit\nWakefield Council',
      fname='Booking Form - THACKRAY.docx',
      rows=[('Type of conference', 'drop', 'Initial CPC', CONF[1]), ('Conference date', 'date', '14-Jan-27', {'full': '2027-01-14', 'fmt': 'dd-MMM-yy'}),
            ('Start time', 'combo', '09:30', {'items': ['09:30', '10:00', '13:00', '13:30']}), ('Venue', 'text', 'Wakefield One', {}),
            ('Children', 'text', 'Lewis Thackray 07/07/2010; Ella-Mae Thackray 25/09/2014; Alfie Thackray 12/01/2019', {}),
            ('Adults', 'text', 'Stacey Thackray (mum); Gary Thackray (dad)', {}),
            ('Category', 'drop', 'Physical abuse', {'items': ['Neglect', 'Physical abuse', 'Emotional abuse', 'Sexual abuse']}),
            ('Police attendance', POL[0], None, POL[1]), ('Interpreter required', 'drop', 'No', {'items': ['Yes', 'No']})],
      after=[('Reason for conference', 'text', 'Repeated physical chastisement of the younger children by Mr Thackray; Lewis has moved to his grandmother after a fight with his father.'),
             ('Chair\'s note', 'plain', 'Police attendance has been agreed between the chair (Anita Fearnley) and DI Rhodes, Wakefield Safeguarding Unit, on 04/01/2027 because of the number of prior call-outs.')],
      tags=['docx-dropdown', 'choose-an-item', 'district-wakefield', 'initial', 'negotiated'],
      notes='chair and DI agreed attendance (Wakefield item 8) -> attend; drop-down left on "Choose an item." -> tick null, tickbox_ambiguous'),
 dict(id='57-04', slug='bradford-transfer-in-docx-combobox-schedule1', district='bradford', kind='transfer_in', date='2027-01-20', time='14:00',
      tick=False, tick_state='rep', harm=['neglect'], children=[('Kayden Whittaker', '2020-06-30')],
      adults=['Chloe Whittaker', 'Ronald Whittaker'], criteria=[], received='2027-01-06 11:10',
      frm='Bradford CP Conference Team <cpconferences@bradford.gov.uk>', subj='Transfer in conference - WHITTAKER (from Lancashire)',
      body='Please see attached request for a transfer-in child protection conference. Kayden moved from Burnley to Bradford in December.\n\nCP Conference Team\nChildren\'s Services, Bradford\n\nPlease note our new address: Margaret McMillan Tower, Princes Way, Bradford BD1 1NN',
      fname='Transfer-in request Whittaker.docx',
      rows=[('Conference type', 'drop', 'Transfer-in CPC', CONF[1]), ('Date', 'date', '20/01/2027', {'full': '2027-01-20'}),
            ('Time', 'text', '2.00pm', {}), ('Venue', 'text', None, {}), ('Transferring authority', 'text', 'Lancashire County Council', {}),
            ('Child', 'text', 'Kayden Whittaker, DOB 30/06/2020', {}), ('Parent(s)', 'text', 'Chloe Whittaker (mother)', {}),
            ('Other significant adults', 'text', 'Ronald Whittaker (maternal grandfather, lives with family)', {}),
            ('Category', 'drop', 'Neglect', {'items': ['Neglect', 'Physical abuse', 'Emotional abuse', 'Sexual abuse']}),
            ('Police', POLC[0], 'Not required - report only', POLC[1])],
      after=[('Reason for conference', 'text', 'Kayden has been subject to a CP plan in Lancashire since June 2026 under the category of neglect. Maternal grandfather is a Schedule 1 offender (1994 conviction for assault on a child), he is not a registered sex offender; the family have moved into his house.'),
             ('Current police involvement', 'text', None)],
      tags=['docx-combobox', 'placeholder-left', 'district-bradford', 'transfer-in', 'schedule-1-trap', 'tick-report'],
      notes='Schedule 1 offender is not an RSO, neglect category only; transfer-in treated as initial with Wakefield rules (Bradford has no policy) -> report_only'),
 dict(id='57-05', slug='calderdale-rcpc-docx-dropdown-wilful-neglect', district='calderdale', kind='review', date='2027-01-28', time='10:30',
      tick=True, tick_state='req', harm=['neglect'], children=[('Summer Greenwood', '2018-12-12'), ('Blake Greenwood', '2020-04-04')],
      adults=['Leanne Greenwood', 'Jamie Holroyd'], criteria=['wilful_neglect_investigation'], received='2027-01-07 15:05',
      frm='CP Admin <childprotection.admin@calderdale.gov.uk>', subj='Review Conference Greenwood 28.1.27',
      body='Good afternoon,\n\nPlease see the attached review conference request.\n\nKind regards\n\nChild Protection Administration | Calderdale Council',
      fname='RCPC request - Greenwood.docx',
      rows=[('Conference type', 'drop', 'Review CPC', CONF[1]), ('Date of conference', 'date', '28 January 2027', {'full': '2027-01-28', 'fmt': 'd MMMM yyyy'}),
            ('Time', 'text', '10.30am', {}), ('Venue', 'text', 'Northgate House, Halifax', {}),
            ('Child(ren)', 'text', 'Summer Greenwood (12/12/2018), Blake Greenwood (04/04/2020)', {}),
            ('Parents/carers', 'text', 'Leanne Greenwood, Jamie Holroyd', {}),
            ('Category', 'drop', 'Neglect', {'items': ['Neglect', 'Physical abuse', 'Emotional abuse', 'Sexual abuse']}),
            ('Police attendance', POL[0], 'Police attendance required', POL[1])],
      after=[('Update since last conference', 'text', 'On 15/12/2026 both children were found alone in the flat overnight with no heating or food while the parents were at a party. Calderdale Safeguarding Unit are investigating the parents for child cruelty / wilful neglect (s1 CYPA 1933); both were interviewed under caution on 18/12 and the investigation is ongoing.')],
      tags=['docx-dropdown', 'docx-date-picker', 'district-calderdale', 'review', 'wilful-neglect', 'tick-attend'],
      notes='review: active wilful-neglect investigation is a significant event -> discuss (no core group)'),
 dict(id='57-06', slug='kirklees-icpc-docx-date-picker-police-protection', district='kirklees', kind='initial', date='2027-01-12', time='13:30',
      tick=False, tick_state='rep', harm=['physical', 'neglect'], children=[('Harvey Beaumont', '2021-03-03'), ('Lola Beaumont', '2024-05-19')],
      adults=['Chantelle Beaumont', 'Scott Kaye'], criteria=['police_protection'], received='2026-12-29 10:02',
      frm='Becky Sykes <rebecca.sykes@kirklees.gov.uk.cjsm.net>', subj='FW: ICPC booking - Beaumont - 12/01/27',
      body="Apologies for the delay over Christmas - booking form attached.\nBecky\n\nRebecca Sykes | Conference & Review Team | Kirklees Council\n\nThis email has been sent via the Criminal Justice Secure eMail service (CJSM).",
      fname='ICPC booking Beaumont.docx',
      rows=[('Conference type', 'drop', 'Initial CPC', CONF[1]), ('Date', 'date', 'Tue 12/01/2027', {'full': '2027-01-12', 'fmt': 'ddd dd/MM/yyyy'}),
            ('Time', 'combo', '13:30', {'items': ['09:30', '13:30']}), ('Venue', 'text', 'Civic Centre 3, Huddersfield', {}),
            ('Child 1', 'text', 'Harvey Beaumont - 03/03/2021', {}), ('Child 2', 'text', 'Lola Beaumont - 19/05/2024', {}),
            ('Mother', 'text', 'Chantelle Beaumont', {}), ('Father', 'text', 'Scott Kaye', {}),
            ('Category', 'drop', 'Physical abuse', {'items': ['Neglect', 'Physical abuse', 'Emotional abuse', 'Sexual abuse']}),
            ('Police', POL[0], 'Written report sufficient', POL[1])],
      after=[('Why is a conference needed?', 'text', 'On 23/12/2026 officers attending a disturbance found both parents heavily intoxicated and Lola with a burn to her hand; Harvey and Lola were placed in police protection (s46) and are now with their paternal aunt.'),
             ('Next steps', 'text', None)],
      tags=['docx-date-picker', 'docx-combobox', 'cjsm', 'district-kirklees', 'initial', 'police-protection', 'tick-report'],
      notes='conference arises from s46 police protection (item 4; Kirklees uses Wakefield rules) -> attend despite report tick -> tickbox_conflict'),
 dict(id='57-07', slug='wakefield-icpc-docx-late-notice-escalation-after-nfa', district='wakefield', kind='initial', date='2026-12-23', time='10:00',
      tick=True, tick_state='req', harm=['physical'], children=[('Reuben Fairclough', '2015-01-29')],
      adults=['Amy Fairclough', 'Darren Fairclough'], criteria=['previous_investigation_escalation', 'prior_unit_involvement'],
      received='2026-12-18 15:40', frm='Nadine Blakeley <nadine.blakeley@wakefield.gov.uk>',
      subj='URGENT - ICPC Weds 23/12 - FAIRCLOUGH',
      body="Hi all,\n\nApologies for the short notice - chair has agreed to hold this before Christmas. Form attached (the venue box hasn't saved, it will be Castleford Civic Centre).\n\nThanks\nNadine\n\nNadine Blakeley\nAdvanced Practitioner, Five Towns Locality\nWakefield Council",
      fname='ICPC Booking Form FAIRCLOUGH.docx',
      rows=[('Type of conference', 'drop', 'Initial CPC', CONF[1]), ('Date of conference', 'date', '23/12/2026', {'full': '2026-12-23'}),
            ('Time', 'text', '10am', {}), ('Venue', 'text', None, {}),
            ('Child', 'text', 'Reuben Fairclough 29/01/2015', {}), ('Mother', 'text', 'Amy Fairclough', {}), ('Father', 'text', 'Darren Fairclough', {}),
            ('Category', 'drop', 'Physical abuse', {'items': ['Neglect', 'Physical abuse', 'Emotional abuse', 'Sexual abuse']}),
            ('Police', POL[0], 'Police attendance required', POL[1])],
      after=[('Reason for conference', 'text', 'In May 2026 police investigated Mr Fairclough for punching Reuben; the investigation was closed NFA as Reuben withdrew his account. Since then there have been three further incidents, each more serious: Reuben now has a fractured eye socket (16/12/2026) and says his dad will "finish him". The risk is clearly escalating.')],
      tags=['docx-dropdown', 'placeholder-left', 'district-wakefield', 'initial', 'late-notice', 'nfa-then-escalation'],
      notes='earlier police investigation closed NFA plus clear escalation (item 2) -> attend; 3 working days notice < 5 -> late_notice'),
]


def build(c):
    data, texts = docx(c['rows'], 'CHILD PROTECTION CONFERENCE REQUEST', c['after'])
    m = new_msg(c, c['frm'], c['subj'])
    m.set_content(c['body'])
    m.add_attachment(data, maintype='application', subtype='vnd.openxmlformats-officedocument.wordprocessingml.document',
                     filename=c['fname'])
    return write_case(c, m, [c['subj'], c['body']] + c['body'].split('\n') + texts + [c['fname']])
