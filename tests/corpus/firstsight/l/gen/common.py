"""Shared helpers for set l (layouts 56-60): dates, labels, e-mail assembly."""
import datetime as dt, json, os, random, email.utils
from email.message import EmailMessage
from zoneinfo import ZoneInfo

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
LON = ZoneInfo('Europe/London')
BANK = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1)}
ALL_FLAGS = ["late_notice", "deadline_passed", "missing_reason", "missing_family_details",
             "missing_conference_date", "unverified_sender", "unreadable_attachment",
             "encrypted_unreadable", "no_booking_form", "tickbox_conflict", "tickbox_ambiguous",
             "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "ocr_used",
             "district_unknown"]
ATTEND_W = ["current_investigation", "previous_investigation_escalation", "wilful_neglect_investigation",
            "police_protection", "child_sexual_exploitation", "domestic_abuse_current_involvement",
            "registered_sex_offender", "negotiated_attendance"]
ATTEND_C = ["current_investigation", "wilful_neglect_investigation", "previous_investigation_escalation",
            "prior_unit_involvement", "registered_sex_offender", "negotiated_attendance"]
REVIEW_DISCUSS = ["child_sexual_exploitation", "current_investigation", "registered_sex_offender",
                  "police_protection", "domestic_abuse_current_involvement", "wilful_neglect_investigation"]


def wd(d):
    return d.weekday() < 5 and d not in BANK


def back(d, n):
    while n:
        d -= dt.timedelta(days=1)
        if wd(d):
            n -= 1
    return d


def notice(recv, conf):
    n, d = 0, recv
    while d < conf:
        d += dt.timedelta(days=1)
        n += wd(d)
    return n


def decide(c, flags):
    if c['date'] is None or c['kind'] is None or set(flags) & {
            'unverified_sender', 'encrypted_unreadable', 'cancelled', 'not_an_invitation'} or (
            'unreadable_attachment' in flags and 'no_booking_form' in flags):
        return 'manual_review'
    cr, d, tick = set(c['criteria']), c['district'], c['tick']
    if c['kind'] in ('initial', 'transfer_in'):
        if d == 'leeds':
            if cr & (set(ATTEND_W) - {'child_sexual_exploitation'}):
                return 'attend'
            if 'child_sexual_exploitation' in cr:
                return 'discuss'
        elif d == 'calderdale':
            if cr & set(ATTEND_C):
                return 'attend'
            if cr & {'police_protection', 'child_sexual_exploitation', 'domestic_abuse_current_involvement'}:
                return 'discuss'
        else:
            if cr & set(ATTEND_W):
                return 'attend'
        if tick is True or c.get('tick_state') == 'both':
            return 'discuss'
        return 'report_only'
    if 'core_group_member' in cr:
        return 'attend'
    if cr & set(REVIEW_DISCUSS) or tick is True:
        return 'discuss'
    return 'report_only'


def label(c, source_texts):
    recv = dt.datetime.fromisoformat(c['received']).replace(tzinfo=dt.timezone.utc).astimezone(LON).date()
    assert wd(recv), c['id']
    req = set(c.get('flags', []))
    unscored = set(c.get('unscored', [])) | {'ocr_used'}
    rd = nwd = nok = None
    if c['date'] and c['district']:
        conf = dt.date.fromisoformat(c['date'])
        assert wd(conf), c['id']
        n = 1 if c['district'] == 'leeds' else 3
        rd = back(conf, n)
        nwd = notice(recv, conf)
        initial = c['kind'] in ('initial', 'transfer_in')
        mn = {'wakefield': 5 if initial else None, 'leeds': 5 if initial else 10}.get(c['district'])
        nok = None if mn is None else nwd >= mn
        if nok is False and 'late_notice' not in unscored:
            req.add('late_notice')
        if rd < recv:
            req.add('deadline_passed')
    if c.get('tick_state') in ('both', 'neither'):
        req.add('tickbox_ambiguous')
    dec = decide(c, req)
    if dec == 'attend' and c['tick'] is False:
        req.add('tickbox_conflict')
    if dec == 'manual_review':
        forb = {'possible_duplicate'} | ({'cancelled', 'rescheduled', 'not_an_invitation', 'unverified_sender',
                                          'encrypted_unreadable'} - req - unscored)
    else:
        forb = set(ALL_FLAGS) - req - unscored
    seen, st = set(), []
    for s in source_texts:
        if s and s.strip() and s not in seen:
            seen.add(s); st.append(s)
    return {
        'district': c['district'], 'kind': c['kind'], 'pre_birth': c.get('pre_birth', False),
        'date': c['date'], 'time': c['time'], 'police_attendance_requested': c['tick'],
        'harm_categories': c['harm'],
        'children': None if c['children'] is None else [{'name': n, 'date_of_birth': b} for n, b in c['children']],
        'adults': c['adults'], 'criteria': sorted(c['criteria']), 'decision': dec,
        'report_due': rd and rd.isoformat(), 'notice_working_days': nwd, 'notice_ok': nok,
        'flags_required': sorted(req), 'flags_forbidden': sorted(forb), 'source_texts': st,
        'tags': c['tags'], 'notes': c['notes']}


HOSTS = {'wakefield.gov.uk': ('mail1.wakefield.gov.uk', '198.51.100.59'),
         'leeds.gov.uk': ('mx-out2.leeds.gov.uk', '198.51.100.21'),
         'calderdale.gov.uk': ('smtp.calderdale.gov.uk', '203.0.113.40'),
         'kirklees.gov.uk': ('mailgw.kirklees.gov.uk', '203.0.113.77'),
         'bradford.gov.uk': ('exo1.bradford.gov.uk', '192.0.2.133'),
         'cjsm.net': ('relay2.cjsm.net', '192.0.2.200')}


def new_msg(c, frm, subject, to='CPPU Conferences <cppu.conferences@westyorkshire.police.uk>', auth='pass',
            extra_headers=()):
    rnd = random.Random(c['id'])
    recv = dt.datetime.fromisoformat(c['received']).replace(tzinfo=dt.timezone.utc)
    sent = recv - dt.timedelta(minutes=rnd.randint(1, 9), seconds=rnd.randint(0, 59))
    addr = email.utils.parseaddr(frm)[1]
    dom = addr.split('@')[1]
    key = 'cjsm.net' if dom.endswith('cjsm.net') else next((k for k in HOSTS if dom.endswith(k)), None)
    host, ip = HOSTS.get(key, ('mail.' + dom, '192.0.2.9'))
    hdom = dom[:-len('.cjsm.net')] if dom.endswith('.cjsm.net') else dom
    m = EmailMessage()
    m['Received'] = (f'from {host} ({host} [{ip}]) by mx1.westyorkshire.police.uk with ESMTPS id '
                     f'{rnd.randrange(16**10):010X}; {email.utils.format_datetime(recv)}')
    m['Received'] = (f'from {rnd.choice(["EXCH01", "EXCH03", "SRV-MBX2", "CAS-02"])}.corp.local '
                     f'(10.{rnd.randint(1,250)}.{rnd.randint(1,250)}.{rnd.randint(1,250)}) by {host} with '
                     f'Microsoft SMTP Server; {email.utils.format_datetime(sent + dt.timedelta(seconds=30))}')
    if auth == 'pass':
        m['Authentication-Results'] = (f'mx1.westyorkshire.police.uk; dkim=pass header.d={hdom}; '
                                       f'spf=pass smtp.mailfrom={dom}; dmarc=pass (p=QUARANTINE) header.from={hdom}')
    else:
        m['Authentication-Results'] = (f'mx1.westyorkshire.police.uk; dkim=fail (signature did not verify) '
                                       f'header.d={hdom}; spf=softfail smtp.mailfrom={dom}; '
                                       f'dmarc=fail (p=QUARANTINE) header.from={hdom}')
    m['Message-ID'] = f'<{rnd.randrange(16**16):016x}@{host}>'
    m['Date'] = email.utils.format_datetime(sent)
    m['From'] = frm
    m['To'] = to
    m['Subject'] = subject
    for k, v in extra_headers:
        m[k] = v
    return m


def write_case(c, msg, source_texts):
    name = f"l-{c['id']}-{c['slug']}"
    with open(os.path.join(OUT, name + '.eml'), 'wb') as f:
        f.write(bytes(msg))
    with open(os.path.join(OUT, name + '.json'), 'w') as f:
        json.dump(label(c, source_texts), f, indent=2, ensure_ascii=False)
        f.write('\n')
    return name
