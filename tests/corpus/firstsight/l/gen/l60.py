"""Layout 60: very short mobile replies and chasers top-posted over an earlier invitation
("Sent from my iPhone", "On ... wrote:" and the original quoted with '>'), including changes
(date, time, new facts, cancellation) that appear only in the reply."""
from common import new_msg, write_case


def quote(text):
    return '\n'.join('>' + (' ' + l if l else '') for l in text.split('\n'))


CASES = [
 dict(id='60-01', slug='wakefield-icpc-iphone-reply-moves-date-late-notice', district='wakefield', kind='initial', date='2026-12-23', time='13:00',
      tick=True, harm=['sexual'], children=[('Isla Pearson', '2013-08-30')], adults=['Michelle Pearson', 'Anthony Pearson'],
      criteria=['current_investigation'], received='2026-12-17 18:52', frm='Claire Hepworth <claire.hepworth@wakefield.gov.uk>',
      subj='Re: ICPC PEARSON - Tues 22/12 10am',
      top="Hi - chair off sick so conf now WEDS 23rd at 1pm instead, same venue. Sorry for the faff\n\nClaire\n\nSent from my iPhone",
      on='On 14 Dec 2026, at 11:02, Claire Hepworth <claire.hepworth@wakefield.gov.uk> wrote:',
      orig="Good morning\n\nICPC for Isla Pearson (DOB 30/08/2013) booked for Tuesday 22nd December at 10am, Wakefield One Room 5.\nParents Michelle and Anthony Pearson.\nCategory sexual abuse. Isla disclosed that her father had been abusing her; Mr Pearson was arrested on 10/12/2026, interviewed and bailed to an address in Leeds. ABE completed, investigation ongoing.\nPolice attendance required - yes please.\n\nThanks\nClaire Hepworth\nSocial Worker, Wakefield North Locality",
      flags=['rescheduled'], unscored=['no_booking_form'],
      tags=['mobile-reply', 'iphone', 'top-posted', 'rescheduled', 'late-notice', 'district-wakefield', 'initial', 'tick-attend'],
      notes='reply moves the ICPC to Wed 23 Dec (rescheduled); bail keeps the investigation current -> attend; 4 working days from the reply -> late_notice'),
 dict(id='60-02', slug='leeds-icpc-chaser-not-invitation', district='leeds', kind='initial', date='2027-01-07', time='10:00',
      tick=False, harm=['neglect'], children=[('Ava Crowther', '2019-03-03')], adults=['Natasha Crowther'],
      criteria=[], received='2027-01-06 08:31', frm='Liam Brook <liam.brook@leeds.gov.uk>',
      subj='RE: ICPC Ava Crowther 07/01/27',
      top="Morning, just chasing the police report for tomorrow's conference? Haven't had anything through yet.\nCheers\nLiam\n\nSent from Outlook for iOS",
      on='From: Liam Brook <liam.brook@leeds.gcsx.gov.uk>\nSent: Monday, December 21, 2026 2:14 PM\nTo: CPPU Conferences\nSubject: ICPC Ava Crowther 07/01/27',
      orig="Hi\nICPC for Ava Crowther (03/03/2019), mum Natasha Crowther, Thursday 7th Jan 10am on Teams. Neglect - home conditions and missed health appointments. No police involvement - written report sufficient.\nLiam Brook, SW, Leeds East",
      flags=['not_an_invitation'], unscored=['late_notice', 'missing_reason', 'no_booking_form', 'missing_family_details'],
      tags=['mobile-reply', 'chaser', 'not-an-invitation', 'district-leeds', 'initial', 'gcsx-in-quote'],
      notes='a chaser for an invitation already sent is a reply, not an invitation -> not_an_invitation -> manual_review (judgement call)'),
 dict(id='60-03', slug='calderdale-rcpc-android-reply-cancelled', district='calderdale', kind='review', date='2027-01-20', time='14:00',
      tick=None, harm=['emotional'], children=[('Evie Sunderland', '2015-09-17')], adults=['Gemma Sunderland', 'Rhys Sunderland'],
      criteria=[], received='2027-01-11 12:26', frm='Paula Marsden <paula.marsden@calderdale.gov.uk>',
      subj='Re: RCPC SUNDERLAND 20/01',
      top="Please note this review is CANCELLED - family moved to Lancashire over xmas, transfer out conf being arranged by them. Pls disregard.\n\nPaula\n\nSent from my Galaxy",
      on='-------- Original message --------\nFrom: Paula Marsden <paula.marsden@calderdale.gov.uk>\nDate: 04/01/2027 10:15 (GMT+00:00)\nSubject: RCPC SUNDERLAND 20/01',
      orig="Review CPC for Evie Sunderland (17/09/2015), Wed 20 Jan 2pm, Northgate House. Parents Gemma and Rhys Sunderland. Category emotional. No police matters since ICPC.",
      flags=['cancelled'], unscored=['missing_reason', 'no_booking_form'],
      tags=['mobile-reply', 'android', 'cancelled', 'district-calderdale', 'review'],
      notes='reply cancels the review -> cancelled -> manual_review'),
 dict(id='60-04', slug='kirklees-icpc-reply-adds-arrest-tickbox-conflict', district='kirklees', kind='initial', date='2027-01-22', time='09:30',
      tick=False, harm=['physical'], children=[('Archie Firth', '2018-02-28'), ('Millie Firth', '2020-12-01')],
      adults=['Laura Firth', 'Dale Crossland'], criteria=['current_investigation'], received='2027-01-12 17:40',
      frm='Aisha Mahmood <aisha.mahmood@kirklees.gov.uk>', subj='RE: ICPC booking - FIRTH - 22/01/27',
      top="Update - strategy mtg today, mums partner Dale Crossland arrested this pm for assault on Archie (bruising to face). Police now investigating jointly. Can police attend the ICPC pls?\nA\n\nSent from my iPhone",
      on='On 8 Jan 2027, at 10:44, Aisha Mahmood <aisha.mahmood@kirklees.gov.uk> wrote:',
      orig="Hi all\n\nBooking details for ICPC - FIRTH:\nDate: Friday 22/01/2027  Time: 09:30  Venue: Civic Centre 1, Huddersfield\nChildren: Archie Firth 28/02/2018, Millie Firth 01/12/2020\nMother: Laura Firth. Partner: Dale Crossland\nCategory: Physical\nPolice: Attendance required [ ]   Written report sufficient [X]\nReason: unexplained bruising to Archie, explanations inconsistent.\n\nAisha Mahmood\nSocial Worker | Kirklees Council",
      tags=['mobile-reply', 'iphone', 'new-facts-in-reply', 'district-kirklees', 'initial', 'tick-report'],
      notes='the reply adds a current arrest and joint investigation (item 1) -> attend; the form tick in the quoted original still says written report -> tickbox_conflict'),
 dict(id='60-05', slug='wakefield-rcpc-reply-time-change-nfa-report-only', district='wakefield', kind='review', date='2027-01-21', time='10:00',
      tick=False, harm=['physical'], children=[('Lucas Shaw', '2012-12-12')], adults=['Kerry Shaw', 'Neil Shaw'],
      criteria=['prior_unit_involvement'], received='2027-01-13 07:58', frm='Anne Senior <anne.senior@wakefield.gov.uk>',
      subj='Re: RCPC SHAW 21.1.27',
      top="Time change - 10am not 2pm. Everything else the same\nAnne\n\nSent from my iPad",
      on='On 6 Jan 2027, at 15:30, Anne Senior <anne.senior@wakefield.gov.uk> wrote:',
      orig="Review CPC - Lucas Shaw (12/12/2012) - Thursday 21st January 2pm, Wakefield One.\nParents Kerry and Neil Shaw. Category physical.\nPolice investigated Mr Shaw for the assault that led to the ICPC; that was closed NFA in October and there have been no further incidents, things have been settled since. No current police involvement. Nobody thinks there is any risk of CSE, there are no concerns about that.\nWritten report sufficient.\nAnne Senior, Senior Social Worker",
      unscored=['rescheduled', 'no_booking_form'],
      tags=['mobile-reply', 'ipad', 'time-change', 'district-wakefield', 'review', 'tick-report', 'nfa-closed', 'negated-cse'],
      notes='time changed in the reply only (rescheduled unscored: same date); NFA -> prior_unit_involvement only; CSE negated -> review report_only'),
 dict(id='60-06', slug='bradford-prebirth-android-reply-details-bail-da', district='bradford', kind='initial', pre_birth=True, date='2027-01-26', time='13:30',
      tick=None, harm=['emotional', 'physical'], children=[('Unborn Ashworth', None)], adults=['Lauren Ashworth', 'Kyle Dennison'],
      criteria=['domestic_abuse_current_involvement'], received='2027-01-18 10:03', unscored=['no_booking_form'], frm='Mehreen Khan <mehreen.khan@bradford.gov.uk>',
      subj='Re: Pre birth conf - Ashworth',
      top="sorry forgot form - details here. PB ICPC unborn Ashworth (EDD 01/03/27), tues 26/1 at 1.30, Britannia House. Mum Lauren Ashworth, dad Kyle Dennison. DA - Kyle charged with assault on Lauren 02/01, on bail not to contact her, DA officer PC Ghani involved and its going to MARAC on the 21st.\n\nGet Outlook for Android",
      on='On Mon, 18 Jan 2027, 09:48 Mehreen Khan <mehreen.khan@bradford.gov.uk> wrote:',
      orig="Hi, invite for pre birth conf attached, booking form to follow.\nMehreen",
      tags=['mobile-reply', 'android', 'details-in-reply', 'pre-birth', 'district-bradford', 'initial', 'tick-absent'],
      notes='all details typed in the reply; serious DA with bail, DA officer and MARAC (item 6, Wakefield rules) -> attend'),
 dict(id='60-07', slug='leeds-icpc-reply-corrects-date-escalation', district='leeds', kind='initial', date='2027-01-21', time='10:00',
      tick=True, harm=['physical'], children=[('Kai Robinson', '2016-06-16')], adults=['Stacey Robinson', 'Dwayne Robinson'],
      criteria=['previous_investigation_escalation', 'prior_unit_involvement'], received='2027-01-11 19:05', frm='Georgia Hall <georgia.hall@leeds.gov.uk>',
      subj='Re: ICPC - Kai ROBINSON',
      top="Sorry wrong date on the form below!! Its THURS 21st not Thurs 14th. Time and venue as below\n\nG\nSent from my iPhone",
      on='On 8 Jan 2027, at 16:20, Georgia Hall <georgia.hall@leeds.gov.uk> wrote:',
      orig="Hi CPPU\n\nICPC for Kai Robinson (16/06/2016) on Thurs 14th Jan 2027, 10am, Merrion House.\nParents: Stacey Robinson and Dwayne Robinson\nCategory: Physical abuse\nPolice attendance required: Yes\n\nBackground: police investigated Dwayne for hitting Kai in 2025 (NFA). Since November there have been three more incidents, the latest Kai came into school with a black eye and said dad punched him. Risk is escalating and mum is struggling to protect.\n\nGeorgia Hall\nSocial Worker, Leeds South",
      unscored=['rescheduled'],
      tags=['mobile-reply', 'iphone', 'date-corrected-in-reply', 'district-leeds', 'initial', 'tick-attend', 'nfa-then-escalation'],
      notes='the reply corrects the date to Thu 21 Jan; closed NFA investigation with clear escalation (Leeds item 2) -> attend'),
]


def build(c):
    body = c['top'] + '\n\n' + c['on'] + '\n\n' + quote(c['orig']) + '\n'
    import hashlib
    ref = '<' + hashlib.md5(c['orig'].encode()).hexdigest()[:20] + '@' + c['frm'].split('@')[1].rstrip('>') + '>'
    mailer = {'iphone': 'iPhone Mail (22C152)', 'ipad': 'iPad Mail (22C152)', 'android': 'Microsoft Outlook for Android',
              }.get(next((t for t in c['tags'] if t in ('iphone', 'ipad', 'android')), ''), 'Microsoft Outlook for iOS')
    m = new_msg(c, c['frm'], c['subj'], extra_headers=[('In-Reply-To', ref), ('References', ref), ('X-Mailer', mailer)])
    m.set_content(body)
    src = [c['subj'], body] + [l for l in body.split('\n')] + c['orig'].split('\n')
    return write_case(c, m, src)
