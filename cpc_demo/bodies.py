"""Email bodies: cover notes, booking forms written into the body (three plain-text layouts
and an HTML table), and the mail that is not an invitation (minutes, plans, letters, requests,
replies, secure-portal notices, cancellations)."""

from __future__ import annotations

import html
import random

from cpc_demo.content import Form
from cpc_demo.dates import spoken, uk_date, uk_time
from cpc_demo.phrasing import UNTICKED_LIST
from cpc_demo.scenarios import Scenario

GREETINGS = ("Good morning,", "Good afternoon,", "Hello,", "Dear Colleague", "Hi all,")
DISCLAIMERS = (
    "CONFIDENTIALITY: This e-mail is intended only for the named recipient(s). It may contain "
    "information which is privileged or protected from disclosure. If you have received it in "
    "error, please tell us by reply and then delete it. Emails may be monitored.",
    "This email and any attachments are confidential and may contain personal or sensitive "
    "information. If you are not the intended recipient, please notify the sender immediately "
    "and delete it.",
    "Please consider the environment before printing this email.",
)
TEAMS = {
    "wakefield": "Safeguarding and Review Unit | Wakefield Council",
    "leeds": "Integrated Safeguarding Unit | Children and Families | Leeds City Council",
    "calderdale": "CP Admin Team | Calderdale MBC",
    "kirklees": "Safeguarding and Quality Assurance | Kirklees Council",
    "bradford": "Conference and Review Team | City of Bradford MDC",
}


def signature(s: Scenario, sender: str, rng: random.Random) -> str:
    phone = f"Tel: 01{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    return f"{sender}\n{TEAMS[s.district]}\n{phone}\n\n{rng.choice(DISCLAIMERS)}"


def cover_note(s: Scenario, form: Form, sender: str, rng: random.Random, *, attached: bool) -> str:
    names = " and ".join(c[0] for c in form.children)
    when = rng.choice((f"{form.date_text} at {form.time_text}",
                       spoken(s.conference, rng.randrange(6))))  # fmt: skip
    lines = [rng.choice(GREETINGS), ""]
    if form.notice:
        lines += [form.notice, ""]
    if attached:
        lines.append(
            f"Please find attached the booking form for the {form.kind_name} in respect of "
            f"{names}, which has been arranged for {when}."
        )
        lines.append("Whether police attendance is requested is indicated on the booking form.")
    else:
        lines.append("Please see conference details below.")
    return "\n".join(lines) + "\n\nKind regards\n\n" + signature(s, sender, rng)


def _tick_lines(form: Form, style: int) -> list[str]:
    question, required, report = form.tick_words
    on_req = form.tick in ("required", "both")
    on_rep = form.tick in ("report", "both")
    if style == 0:
        marks = [("[X]" if on else "[ ]") for on in (on_req, on_rep)]
    elif style == 1:
        marks = [("☒" if on else "☐") for on in (on_req, on_rep)]
    else:
        return [question, f"{required}: {'Yes' if on_req else 'No'}",
                f"{report}: {'Yes' if on_rep else 'No'}"]  # fmt: skip
    return [question, f"{marks[0]} {required}", f"{marks[1]} {report}"]


def _people_lines(form: Form, numbered: bool) -> list[str]:
    lines = ["Child(ren) subject of the conference:"]
    for n, (name, dob, gender, setting) in enumerate(form.children, 1):
        born = dob if dob.startswith("EDD") else f"DOB: {dob}"
        lines.append(f"{n}. {name}  {born}  {gender}  School: {setting}")
    lines += ["", "Parents, carers and significant adults:"]
    for n, (name, relation, dob) in enumerate(form.adults, 1):
        lead = f"{n}." if numbered else "-"
        lines.append(f"{lead} {name} ({relation}), DOB {dob}")
    return lines


def text_form(form: Form, layout: str, rng: random.Random) -> str:
    """The form as plain text: "Label: value", label-then-value, or a numbered list."""
    lines = [t for t in (form.marking, "", form.title, "") if t is not None]
    for n, (label, value) in enumerate(form.details, 1):
        if layout == "text_lines":
            lines += [label, f"\t{value}", ""]
        elif layout == "text_numbered":
            lines.append(f"{n}. {label}: {value}")
        else:
            lines.append(f"{label}: {value}")
    lines += ["", *_people_lines(form, layout == "text_numbered"), ""]
    if form.tick != "absent":
        lines += [*_tick_lines(form, rng.randrange(3)), ""]
    if form.risk_list:
        boxes = " ".join(f"☐ {r}" for r in UNTICKED_LIST)
        lines += ["Known risk factors (tick all that apply)", boxes, ""]
    for heading, paragraphs in form.sections:
        head = heading.upper() + ":" if layout == "text_colon" else heading
        lines += [head, *[p + "\n" for p in paragraphs]]
    lines += [f"{label}: {value}" for label, value in form.completed]
    return "\n".join(lines)


def _row(cells: list[str], tag: str = "td") -> str:
    inner = "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in cells)
    return f"<tr>{inner}</tr>"


def html_form(form: Form, intro: str) -> str:
    """An HTML-table body as Outlook sends it (sample 09's shape)."""
    parts = [f"<p>{html.escape(line)}</p>" for line in intro.split("\n\n") if line.strip()]
    if form.marking:
        parts.append(f"<p><b>{html.escape(form.marking)}</b></p>")
    parts.append(f"<h2>{html.escape(form.title)}</h2><table border='1'>")
    parts += [_row([label, value]) for label, value in form.details]
    parts.append("</table><h3>Children</h3><table border='1'>")
    parts += [_row(list(form.children_head), "th")] + [_row(list(r)) for r in form.children]
    parts.append("</table><h3>Adults</h3><table border='1'>")
    parts += [_row(list(form.adults_head), "th")] + [_row(list(r)) for r in form.adults]
    parts.append("</table>")
    if form.tick != "absent":
        question, required, report = form.tick_words
        mark = {True: "X", False: ""}
        parts.append(f"<p>{html.escape(question)}</p><table border='1'>")
        parts.append(_row([required, mark[form.tick in ("required", "both")]]))
        parts.append(_row([report, mark[form.tick in ("report", "both")]]) + "</table>")
    if form.risk_list:
        parts.append("<p>Known risk factors (tick all that apply)</p><ul>")
        parts += [f"<li>☐ {html.escape(r)}</li>" for r in UNTICKED_LIST]
        parts.append("</ul>")
    for heading, paragraphs in form.sections:
        parts.append(f"<h3>{html.escape(heading)}</h3>")
        parts += [f"<p>{html.escape(p)}</p>" for p in paragraphs]
    parts += [f"<p>{html.escape(k)}: {html.escape(v)}</p>" for k, v in form.completed]
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def other_body(s: Scenario, sender: str, rng: random.Random) -> tuple[str, str]:
    """(subject, body) of a message that is not an invitation or booking form."""
    fam = s.family
    names = " and ".join(c.name for c in fam.children)
    held = uk_date(s.conference.date(), rng.randrange(7))
    surname = fam.surname.upper()
    if s.message == "cancellation":
        when = f"{held} at {uk_time(s.conference.time(), rng.randrange(6))}"
        kind = {"initial": "Initial", "review": "Review", "transfer_in": "Transfer In"}[s.kind]
        body = (
            f"Please note that the {kind} Child Protection Conference for {names} on {when} has "
            f"been CANCELLED. The family has moved out of the area and the case is closing. "
            f"No report is now required."
        )
        return f"CANCELLED - {kind} CPC - {surname} - {s.conference:%d/%m/%Y}", body
    texts = {
        "minutes": (f"Minutes - CPC held {held} - {surname}",
                    f"Please find below the minutes of the child protection conference held on "
                    f"{held} in respect of {names}. The conference decided that the children "
                    f"should be subject to child protection plans under the category of neglect. "
                    f"The first core group will be held within ten working days."),
        "cp_plan": (f"Child Protection Plan - {surname}",
                    f"Please find below the child protection plan agreed at conference for "
                    f"{names}. Actions: the social worker to visit weekly; school to monitor "
                    f"attendance; the health visitor to review weight monthly."),
        "chair_letter": (f"Outcome of Child Protection Conference - {surname}",
                         f"Dear colleague, I am writing to confirm the outcome of the conference "
                         f"held on {held} for {names}. The children are now subject to child "
                         f"protection plans. The review conference will be arranged in three "
                         f"months. Thank you for your contribution."),
        "report_request": (f"Request for police information - {surname} family",
                           f"Please could you provide any information held by the police about "
                           f"{names} and the adults in the household for our section 47 "
                           f"enquiry. A reply by the end of the week would be appreciated."),
        "reply": (f"RE: Conference report - {surname}",
                  f"Thank you, the Chair has received the police report for {names} and will "
                  f"share it at the meeting.\n\n> Please find attached our report."),
        "portal": ("You have received a secure message",
                   f"{sender} has sent you a secure message using Egress Switch.\n\nTo read the "
                   f"message, click the link below and sign in:\n"
                   f"https://switch.egress.com/ui/read/{rng.getrandbits(64):016x}\n\n"
                   f"This message will expire in 30 days."),
    }  # fmt: skip
    subject, body = texts[s.message]
    return subject, body + "\n\n" + signature(s, sender, rng)
