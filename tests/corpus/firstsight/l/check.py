#!/usr/bin/env python3
"""Validate every label of set l against its e-mail and POLICY.md. Run: python check.py"""
import datetime as dt, email, email.policy, email.utils, glob, io, json, os, re, sys, zipfile
from zoneinfo import ZoneInfo
from lxml import etree, html as lhtml
import logging
import pypdf
logging.getLogger('pypdf').setLevel(logging.ERROR)

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo('Europe/London')
HOL = {dt.date(2026, 12, 25), dt.date(2026, 12, 28), dt.date(2027, 1, 1)}
CRIT = ['current_investigation', 'previous_investigation_escalation', 'wilful_neglect_investigation', 'police_protection',
        'child_sexual_exploitation', 'domestic_abuse_current_involvement', 'registered_sex_offender',
        'negotiated_attendance', 'prior_unit_involvement', 'core_group_member']
DECS = ['attend', 'report_only', 'discuss', 'manual_review']
FLAGS = {"late_notice", "deadline_passed", "missing_reason", "missing_family_details", "missing_conference_date",
         "unverified_sender", "unreadable_attachment", "encrypted_unreadable", "no_booking_form", "tickbox_conflict",
         "tickbox_ambiguous", "not_an_invitation", "rescheduled", "cancelled", "possible_duplicate", "ocr_used",
         "district_unknown"}
KEYS = {'district': (str, type(None)), 'kind': (str, type(None)), 'pre_birth': bool, 'date': (str, type(None)),
        'time': (str, type(None)), 'police_attendance_requested': (bool, type(None)), 'harm_categories': (list, type(None)),
        'children': (list, type(None)), 'adults': (list, type(None)), 'criteria': list, 'decision': str,
        'report_due': (str, type(None)), 'notice_working_days': (int, type(None)), 'notice_ok': (bool, type(None)),
        'flags_required': list, 'flags_forbidden': list, 'source_texts': list, 'tags': list, 'notes': str}
IMG = json.load(open(os.path.join(HERE, 'gen', 'image_texts.json')))


def working(d):
    return d.weekday() < 5 and d not in HOL


def minus_wd(d, n):
    k = 0
    while k < n:
        d = d - dt.timedelta(days=1)
        if working(d):
            k += 1
    return d


def fold(s):
    return re.sub(r'\s+', ' ', s).strip()


def ics_text(raw):
    raw = re.sub(r'\r?\n[ \t]', '', raw)
    out = []
    for line in raw.splitlines():
        if ':' in line:
            v = line.split(':', 1)[1]
            out.append(v.replace('\\n', '\n').replace('\\N', '\n').replace('\\,', ',').replace('\\;', ';').replace('\\\\', '\\'))
    return '\n'.join(out)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = etree.fromstring(z.read('word/document.xml'))
    ns = {'w': 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'}
    return '\n'.join(''.join(p.xpath('.//w:t/text()', namespaces=ns)) for p in root.iter('{%s}p' % ns['w']))


def corpus(msg, cid):
    parts, unreadable = [msg['Subject'] or ''], []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct, fn = part.get_content_type(), part.get_filename()
        if fn:
            parts.append(fn)
        data = part.get_payload(decode=True) or b''
        try:
            if ct == 'text/plain':
                parts.append(part.get_content())
            elif ct == 'text/html':
                h = part.get_content()
                parts.append(h)
                parts.append(lhtml.fromstring(h).text_content())
                parts += [e.text_content() for e in lhtml.fromstring(h).iter('p')]
            elif ct == 'text/calendar':
                parts.append(ics_text(data.decode('utf-8')))
            elif ct == 'application/pdf':
                r = pypdf.PdfReader(io.BytesIO(data))
                parts += [pg.extract_text() or '' for pg in r.pages]
            elif 'wordprocessingml' in ct:
                parts.append(docx_text(data))
            elif ct.startswith('image/'):
                from PIL import Image
                Image.open(io.BytesIO(data)).load()
                parts += IMG.get(f'{fn}@{cid}', [])
        except Exception as e:
            unreadable.append(f'{fn or ct}: {type(e).__name__}')
    return fold('\n'.join(parts)), unreadable


def decision(l):
    fr = set(l['flags_required'])
    if l['date'] is None or l['kind'] is None or fr & {'unverified_sender', 'encrypted_unreadable', 'cancelled', 'not_an_invitation'} \
            or {'unreadable_attachment', 'no_booking_form'} <= fr:
        return 'manual_review'
    c, dist, tick = set(l['criteria']), l['district'], l['police_attendance_requested']
    both = 'both-ticked' in l['tags']
    w8 = {'current_investigation', 'previous_investigation_escalation', 'wilful_neglect_investigation', 'police_protection',
          'child_sexual_exploitation', 'domestic_abuse_current_involvement', 'registered_sex_offender', 'negotiated_attendance'}
    if l['kind'] in ('initial', 'transfer_in'):
        if dist == 'leeds':
            if c & (w8 - {'child_sexual_exploitation'}): return 'attend'
            if 'child_sexual_exploitation' in c: return 'discuss'
        elif dist == 'calderdale':
            if c & {'current_investigation', 'wilful_neglect_investigation', 'previous_investigation_escalation',
                    'prior_unit_involvement', 'registered_sex_offender', 'negotiated_attendance'}: return 'attend'
            if c & {'police_protection', 'child_sexual_exploitation', 'domestic_abuse_current_involvement'}: return 'discuss'
        elif c & w8:
            return 'attend'
        return 'discuss' if tick is True or both else 'report_only'
    if 'core_group_member' in c: return 'attend'
    if c & {'child_sexual_exploitation', 'current_investigation', 'registered_sex_offender', 'police_protection',
            'domestic_abuse_current_involvement', 'wilful_neglect_investigation'} or tick is True:
        return 'discuss'
    return 'report_only'


def check_case(eml, errs):
    name = os.path.basename(eml)[:-4]
    E = lambda m: errs.append(f'{name}: {m}')
    if not re.fullmatch(r'l-(5[6-9]|60)-0[1-7]-[a-z0-9-]+', name): E('bad file name')
    l = json.load(open(eml[:-4] + '.json'))
    for k, t in KEYS.items():
        if k not in l: E(f'missing key {k}'); return l
        if not isinstance(l[k], t): E(f'bad type {k}')
    if set(l) - set(KEYS): E(f'extra keys {set(l) - set(KEYS)}')
    if l['district'] not in (None, 'wakefield', 'leeds', 'calderdale', 'kirklees', 'bradford'): E('district')
    if l['kind'] not in (None, 'initial', 'review', 'transfer_in'): E('kind')
    if l['decision'] not in DECS: E('decision value')
    if not set(l['criteria']) <= set(CRIT): E('unknown criterion')
    if l['harm_categories'] and not set(l['harm_categories']) <= {'neglect', 'physical', 'sexual', 'emotional'}: E('harm')
    if l['time'] and not re.fullmatch(r'[0-2]\d:[0-5]\d', l['time']): E('time format')
    for ch in l['children'] or []:
        if set(ch) != {'name', 'date_of_birth'}: E('child keys')
        if ch['date_of_birth']: dt.date.fromisoformat(ch['date_of_birth'])
    fr, ff = set(l['flags_required']), set(l['flags_forbidden'])
    if not (fr | ff) <= FLAGS: E('unknown flag')
    if fr & ff: E(f'flag both required and forbidden {fr & ff}')
    msg = email.message_from_bytes(open(eml, 'rb').read(), policy=email.policy.default)
    recv_hdr = msg.get_all('Received')[0]
    recv = email.utils.parsedate_to_datetime(recv_hdr.rsplit(';', 1)[1].strip()).astimezone(LON).date()
    if not (dt.date(2026, 12, 7) <= recv <= dt.date(2027, 1, 29)): E(f'received {recv} out of range')
    if not working(recv): E('received on a non-working day')
    if l['date']:
        conf = dt.date.fromisoformat(l['date'])
        if not working(conf): E('conference not on a working day')
        if l['district']:
            n = 1 if l['district'] == 'leeds' else 3
            rd = minus_wd(conf, n)
            if l['report_due'] != rd.isoformat(): E(f'report_due {l["report_due"]} != {rd}')
            if not working(dt.date.fromisoformat(l['report_due'])): E('report_due not working day')
            nwd = sum(working(recv + dt.timedelta(days=i)) for i in range(1, (conf - recv).days + 1))
            if l['notice_working_days'] != nwd: E(f'notice {l["notice_working_days"]} != {nwd}')
            ini = l['kind'] in ('initial', 'transfer_in')
            mn = 5 if l['district'] == 'wakefield' and ini else (5 if ini else 10) if l['district'] == 'leeds' else None
            ok = None if mn is None else nwd >= mn
            if l['notice_ok'] != ok: E(f'notice_ok {l["notice_ok"]} != {ok}')
            if ok is False and 'late_notice' in ff: E('late notice forbidden')
            if ok is not False and 'late_notice' in fr: E('late_notice required without late notice')
            if ok is False and l['decision'] != 'manual_review' and 'late_notice' not in fr: E('late_notice missing')
            if (rd < recv) != ('deadline_passed' in fr): E('deadline_passed mismatch')
    d = decision(l)
    if d != l['decision']: E(f'decision {l["decision"]} != recomputed {d}')
    if d == 'attend' and l['police_attendance_requested'] is False and 'tickbox_conflict' not in fr: E('tickbox_conflict missing')
    if d != 'attend' and 'tickbox_conflict' in fr: E('tickbox_conflict without attend')
    amb = bool({'both-ticked', 'neither-ticked'} & set(l['tags'])) or l['police_attendance_requested'] is None and 'tickbox_ambiguous' in fr
    if amb and (l['police_attendance_requested'] is not None or 'tickbox_ambiguous' not in fr): E('tickbox_ambiguous inconsistent')
    if d == 'manual_review' and not fr & {'unverified_sender', 'cancelled', 'not_an_invitation', 'unreadable_attachment', 'encrypted_unreadable'}: E('manual_review without reason flag')
    cid = name.split('-')[1] + '-' + name.split('-')[2]
    text, unreadable = corpus(msg, cid)
    if unreadable and 'unreadable_attachment' not in fr: E(f'attachment unreadable but not flagged: {unreadable}')
    if not unreadable and 'unreadable_attachment' in fr: E('unreadable_attachment flagged but everything reads')
    for s in l['source_texts']:
        if fold(s) not in text: E(f'source_text not found: {s[:70]!r}')
    return l


def main():
    errs, labels = [], []
    emls = sorted(glob.glob(os.path.join(HERE, 'l-*.eml')))
    for e in emls:
        labels.append(check_case(e, errs))
    if len(emls) != 35: errs.append(f'{len(emls)} cases, want 35')
    for lay in range(56, 61):
        k = len([e for e in emls if os.path.basename(e).startswith(f'l-{lay}-')])
        if k != 7: errs.append(f'layout {lay}: {k} cases')
    cc = {c: sum(c in l['criteria'] for l in labels) for c in CRIT}
    dc = {d: sum(l['decision'] == d for l in labels) for d in DECS}
    for c, n in cc.items():
        if n < 2: errs.append(f'criterion {c} only {n} cases')
    for d, n in dc.items():
        if n < 3: errs.append(f'decision {d} only {n} cases')
    print('cases:', len(emls))
    print('decisions:', dc)
    print('criteria:', cc)
    for e in errs: print('ERROR', e)
    print('PASS' if not errs else f'FAIL ({len(errs)} errors)')
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
