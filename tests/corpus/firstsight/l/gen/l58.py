"""Layout 58: calendar invitations sent from Google Calendar / Outlook on the web as a separate
invite.ics attachment (VTIMEZONE Europe/London, DTSTART;TZID=..., SEQUENCE updates, METHOD:CANCEL)
with a short HTML body; the booking details live in the DESCRIPTION."""
import datetime as dt
from common import new_msg, write_case

VTZ = ('BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\nX-LIC-LOCATION:Europe/London\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0000\r\n'
       'TZOFFSETTO:+0100\r\nTZNAME:BST\r\nDTSTART:19700329T010000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n'
       'BEGIN:STANDARD\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\nDTSTART:19701025T020000\r\n'
       'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n')


def esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    b = line.encode('utf-8')
    out = []
    while len(b) > 75:
        cut = 75 if not out else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut]); b = b[cut:]
    out.append(b)
    return b'\r\n '.join(out).decode('utf-8')


def ics(c, method, seq, status='CONFIRMED'):
    d = c['date'].replace('-', '')
    h, mi = c['time'].split(':')
    end = (dt.datetime.fromisoformat(c['date'] + 'T' + c['time']) + dt.timedelta(minutes=c.get('mins', 120))).strftime('%Y%m%dT%H%M00')
    prod = c.get('prodid', '-//Google Inc//Google Calendar 70.9054//EN')
    L = ['BEGIN:VCALENDAR', f'PRODID:{prod}', 'VERSION:2.0', 'CALSCALE:GREGORIAN', f'METHOD:{method}']
    body = VTZ.rstrip('\r\n').split('\r\n')
    L += body
    L += ['BEGIN:VEVENT', f'DTSTART;TZID=Europe/London:{d}T{h}{mi}00', f'DTEND;TZID=Europe/London:{end}',
          f'DTSTAMP:{c["received"].replace("-", "").replace(" ", "T").replace(":", "")}00Z',
          f'ORGANIZER;CN={c["org"][0]}:mailto:{c["org"][1]}', f'UID:{c["uid"]}',
          'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=CPPU Conferences;X-NUM-GUESTS=0:mailto:cppu.conferences@westyorkshire.police.uk',
          f'CREATED:20261201T090000Z', f'DESCRIPTION:{esc(c["desc"])}', f'LAST-MODIFIED:{c["received"].replace("-", "").replace(" ", "T").replace(":", "")}00Z',
          f'LOCATION:{esc(c["loc"])}', f'SEQUENCE:{seq}', f'STATUS:{status}', f'SUMMARY:{esc(c["summary"])}',
          'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(fold(x) for x in L) + '\r\n'


def html_body(c):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            f'<div style="font-family:Arial,sans-serif;font-size:13px">{c["html"]}</div></body></html>')


CASES = [
 dict(id='58-01', slug='leeds-rcpc-google-invite-report-only', district='leeds', kind='review', date='2027-01-12', time='10:00',
      tick=None, harm=['emotional'], children=[('Mason Lund', '2012-05-15')], adults=['Kirsty Lund', 'Ashley Lund'],
      criteria=[], received='2026-12-15 09:30', frm='Leeds ISU Calendar <isu.calendar@leeds.gov.uk>',
      subj='Invitation: RCPC - LUND - Mason @ Tue 12 Jan 2027 10am - 12pm (GMT) (CPPU Conferences)',
      org=('Leeds ISU Calendar', 'isu.calendar@leeds.gov.uk'), uid='7q2sd8g1o9v0pk3m5j6c4b2a1f@google.com', method='REQUEST', seq=0,
      summary='RCPC - LUND - Mason', loc='Google Meet (link in description)',
      desc='Review Child Protection Conference (second review)\nChild: Mason Lund, DOB 15/05/2012\nParents: Kirsty Lund and Ashley Lund\nCategory: Emotional abuse\nChair: Yvonne Stead\nSW: Chris Pawson\n\nPlan progressing well; parents engaging with the Family Group Conference service. There is no current police involvement with the family and no new incidents have been reported.\n\nAgency reports to the ISU 24 hours prior please.\n\nJoin with Google Meet: https://meet.google.com/xyv-pdsq-ktn',
      html='<p>You have been invited to the following event.</p><p><b>RCPC - LUND - Mason</b></p><p>When: Tue 12 Jan 2027 10am - 12pm (Greenwich Mean Time - London)</p><p>Joining info: Google Meet</p><p>Calendar: CPPU Conferences</p><p>Invitation from Google Calendar</p><p style="color:#777">You are receiving this email because you are an attendee on the event. Forwarding this invitation could allow any recipient to send a response to the organiser.</p>',
      tags=['ics-attachment', 'google-calendar', 'district-leeds', 'review', 'tick-absent'],
      notes='review, police involvement negated, no tick box -> report_only; Leeds review notice >= 10 met'),
 dict(id='58-02', slug='wakefield-icpc-owa-invite-rui', district='wakefield', kind='initial', date='2027-01-18', time='14:00',
      tick=True, tick_state='req', harm=['physical'], children=[('Bailey Rhodes', '2022-08-08')], adults=['Jade Rhodes', 'Connor Hirst'],
      criteria=['current_investigation'], received='2027-01-08 11:47', frm='Helen Spurr <helen.spurr@wakefield.gov.uk>',
      subj='ICPC - Bailey RHODES - Mon 18/01/2027 14:00', prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
      org=('Helen Spurr', 'helen.spurr@wakefield.gov.uk'), uid='040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5B6C7', method='REQUEST', seq=0,
      summary='ICPC - Bailey RHODES', loc='Wakefield One, Conference Room 2',
      desc='BOOKING DETAILS\nType of conference: Initial CPC\nChild: Bailey Rhodes (DOB 08/08/2022)\nMother: Jade Rhodes\nMother\'s partner: Connor Hirst\nCategory: Physical\nWest Yorkshire Police: [X] Police attendance required  [ ] Written report sufficient\nReason: Bailey (4) had bruising to both cheeks and ear. Mr Hirst was arrested on 04/01/2027 and has been released under investigation; joint s47 with police continues.\n\nReports to the Chair 3 working days before please.',
      html='<p>Hi,</p><p>Please accept the attached invite for Bailey\'s ICPC. Booking details are in the invite.</p><p>Helen Spurr<br>Conference Co-ordinator, Safeguarding and Review Unit<br>Wakefield Council</p>',
      tags=['ics-attachment', 'outlook-web', 'district-wakefield', 'initial', 'tick-attend', 'rui'],
      notes='released under investigation keeps the investigation open (item 1) -> attend'),
 dict(id='58-03', slug='wakefield-icpc-ics-sequence-update-rescheduled-marac', district='wakefield', kind='initial', date='2027-01-21', time='10:00',
      tick=None, harm=['emotional', 'physical'], children=[('Hollie Metcalfe', '2017-03-11'), ('Finley Metcalfe', '2019-11-02')],
      adults=['Sarah Metcalfe', 'Jordan Metcalfe'], criteria=['domestic_abuse_current_involvement'], received='2027-01-11 16:20',
      frm='Safeguarding and Review Unit <sru.bookings@wakefield.gov.uk>',
      subj='Updated invitation: ICPC METCALFE @ Thu 21 Jan 2027 10am - 12pm (GMT)',
      org=('SRU Bookings', 'sru.bookings@wakefield.gov.uk'), uid='3ik9ll0aa2bb7cc1dd4ee5ff6g@google.com', method='REQUEST', seq=2,
      summary='ICPC METCALFE', loc='Wakefield One Room 6 / Teams hybrid',
      desc='** MOVED from Tue 19 Jan 2pm to Thu 21 Jan 10am (chair unavailable) **\n\nInitial CPC\nChildren: Hollie Metcalfe 11/03/2017, Finley Metcalfe 02/11/2019\nParents: Sarah Metcalfe, Jordan Metcalfe\nConcerns: domestic abuse - five call-outs since Nov, Mr Metcalfe charged with ABH on Ms Metcalfe on 29/12/2026, remanded then bailed with conditions; heard at MARAC 07/01/2027. DA officer DC Leng is supporting mum.',
      html='<p>This event has been changed.</p><p><b>ICPC METCALFE</b></p><p>When: <b>Changed:</b> Thu 21 Jan 2027 10am - 12pm (Greenwich Mean Time - London)</p><p>Invitation from Google Calendar</p>',
      flags=['rescheduled'],
      tags=['ics-attachment', 'ics-sequence-update', 'rescheduled', 'district-wakefield', 'initial', 'tick-absent', 'marac'],
      notes='updated invite (SEQUENCE 2) moves the conference -> rescheduled; DA with MARAC, bail and DA officer (item 6) -> attend'),
 dict(id='58-04', slug='calderdale-icpc-ics-cancel', district='calderdale', kind='initial', date='2027-01-15', time='13:30',
      tick=None, harm=None, children=[('Tommy Hartley', None)], adults=None, criteria=[], received='2027-01-13 12:05',
      frm='CP Admin <childprotection.admin@calderdale.gov.uk>', subj='Cancelled event: ICPC HARTLEY @ Fri 15 Jan 2027 1:30pm - 3:30pm (GMT)',
      org=('CP Admin', 'childprotection.admin@calderdale.gov.uk'), uid='9ff0cc1bb2aa3dd4ee5@google.com', method='CANCEL', seq=1, status='CANCELLED',
      summary='ICPC HARTLEY', loc='Halifax Town Hall',
      desc='CANCELLED - s47 concluded, threshold for ICPC not met. Family to be supported under CIN plan. Apologies for any inconvenience.',
      html='<p>This event has been cancelled and removed from your calendar.</p><p><b>ICPC HARTLEY</b></p><p>Fri 15 Jan 2027 1:30pm - 3:30pm (Greenwich Mean Time - London)</p><p>Invitation from Google Calendar</p>',
      flags=['cancelled'], unscored=['missing_family_details', 'missing_reason', 'no_booking_form'],
      tags=['ics-attachment', 'ics-cancel', 'cancelled', 'district-calderdale', 'initial'],
      notes='METHOD:CANCEL / STATUS:CANCELLED -> cancelled -> manual_review'),
 dict(id='58-05', slug='bradford-prebirth-icpc-ics-mappa-cat1', district='bradford', kind='initial', pre_birth=True, date='2027-01-27', time='13:00',
      tick=None, harm=['sexual'], children=[('Unborn baby of Demi Crossley', None)], adults=['Demi Crossley', 'Stephen Varley'],
      criteria=['registered_sex_offender'], received='2027-01-14 10:15', frm='Farah Iqbal <farah.iqbal@bradford.gov.uk>',
      subj='Pre-birth ICPC - CROSSLEY - 27/01/2027 13:00', prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
      org=('Farah Iqbal', 'farah.iqbal@bradford.gov.uk'), uid='040000008200E00074C5B7101A82E0080000000011AA22BB33CC', method='REQUEST', seq=0,
      summary='Pre-birth ICPC - CROSSLEY', loc='City Hall Bradford, Committee Room 1',
      desc='Pre-birth initial child protection conference\nUnborn baby of Demi Crossley (EDD 28/03/2027)\nMother: Demi Crossley, 19\nFather: Stephen Varley\nMr Varley is a MAPPA category 1 offender (registered sex offender, 2017 sexual assault of a 13 year old) and intends to live with Ms Crossley and the baby.',
      html='<p>Good morning</p><p>Please find the invite attached for the above pre-birth conference - details in the invite description. A police report is requested.</p><p>Farah</p><p>Farah Iqbal | Social Worker | Bradford Children and Families Trust</p>',
      tags=['ics-attachment', 'outlook-web', 'pre-birth', 'district-bradford', 'initial', 'mappa-1', 'tick-absent'],
      notes='MAPPA category 1 father joining the household = RSO (item 7, Wakefield rules for Bradford) -> attend'),
 dict(id='58-06', slug='leeds-icpc-ics-negotiated-county-lines', district='leeds', kind='initial', date='2027-01-27', time='09:30',
      tick=True, tick_state='req', harm=['neglect', 'emotional'], children=[('Jayden Boateng', '2011-10-10')],
      adults=['Abena Boateng'], criteria=['negotiated_attendance'], received='2027-01-18 14:44',
      frm='Ruth Ogden <ruth.ogden@leeds.gov.uk>', subj='ICPC Jayden BOATENG 27/01 9.30 - invite',
      org=('Ruth Ogden', 'ruth.ogden@leeds.gov.uk'), uid='1a2b3c4d5e6f7g8h9i0j@google.com', method='REQUEST', seq=0,
      summary='ICPC - Jayden BOATENG', loc='Merrion House, Room 5.06',
      desc='ICPC\nJayden Boateng DOB 10/10/2011\nMum: Abena Boateng\nConcerns: criminal exploitation / county lines - Jayden found in a cuckooed flat in Scarborough with class A. There are no CSE concerns.\nPolice attendance requested: YES\nChair Joanne Priestley and DS Hanif (Leeds Child Safeguarding Unit) have agreed police will attend this conference.',
      html='<p>Hi</p><p>invite attached. Please accept/decline using the buttons in the invite.</p><p>Ruth</p>',
      tags=['ics-attachment', 'google-calendar', 'district-leeds', 'initial', 'county-lines-trap', 'negotiated'],
      notes='county lines/cuckooing is not CSE (and CSE negated); chair and DS agreed attendance (Leeds item 7) -> attend'),
 dict(id='58-07', slug='calderdale-rcpc-ics-core-group-deadline-passed', district='calderdale', kind='review', date='2027-01-11', time='10:00',
      tick=None, harm=['physical'], children=[('Noah Sutcliffe', '2016-02-02')], adults=['Rachel Sutcliffe', 'Andrew Sutcliffe'],
      criteria=['core_group_member'], received='2027-01-07 17:58', frm='CP Admin <childprotection.admin@calderdale.gov.uk>',
      subj='Invitation: Review CPC SUTCLIFFE @ Mon 11 Jan 2027 10am - 11:30am (GMT)', mins=90,
      org=('CP Admin', 'childprotection.admin@calderdale.gov.uk'), uid='5r6s7t8u9v0w1x2y3z@google.com', method='REQUEST', seq=0,
      summary='Review CPC SUTCLIFFE', loc='Northgate House, Halifax, Room 3',
      desc='Review Child Protection Conference\nNoah Sutcliffe (02/02/2016)\nParents Rachel and Andrew Sutcliffe\nPC Oates (Calderdale Safeguarding Unit) is a core group member and has been actively delivering the safety plan actions with Mr Sutcliffe.\nSorry for the late invite - admin backlog after Christmas.',
      html='<p>You have been invited to the following event.</p><p><b>Review CPC SUTCLIFFE</b></p><p>When: Mon 11 Jan 2027 10am - 11:30am (Greenwich Mean Time - London)</p><p>Invitation from Google Calendar</p>',
      tags=['ics-attachment', 'google-calendar', 'district-calderdale', 'review', 'core-group', 'deadline-passed'],
      notes='police active in the core group -> attend; received after the report deadline (Wed 6 Jan) -> deadline_passed'),
]


def build(c):
    c.setdefault('unscored', [])
    c['unscored'] = sorted(set(c['unscored']) | {'no_booking_form'})
    m = new_msg(c, c['frm'], c['subj'])
    text = ics(c, c['method'], c['seq'], c.get('status', 'CONFIRMED'))
    m.set_content(c['html'], subtype='html')
    m.add_attachment(text.encode('utf-8'), maintype='text', subtype='calendar', filename='invite.ics',
                     params={'method': c['method']})
    import re
    htmltexts = [re.sub('<[^>]+>', '', x) for x in re.findall(r'<p[^>]*>(.*?)</p>', c['html'])]
    src = [c['subj'], c['summary'], c['loc'], c['desc']] + c['desc'].split('\n') + htmltexts + ['invite.ics']
    return write_case(c, m, src)
