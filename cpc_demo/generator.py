"""`generate()`: plan each scenario, write its email, label it, save both."""

from __future__ import annotations

import json
import random
from datetime import date
from email.message import Message
from email.mime.multipart import MIMEMultipart
from pathlib import Path

from cpc_demo import bodies, compose, content, forms_docx, forms_pdf
from cpc_demo.content import Form
from cpc_demo.dates import uk_date
from cpc_demo.labels import build_label
from cpc_demo.people import staff
from cpc_demo.scenarios import Cycles, Scenario, plan

MIXES = ("corpus", "bench", "demo")
KIND_SHORT = {"initial": "ICPC", "review": "RCPC", "transfer_in": "Transfer In CPC"}


def generate(
    out_dir: Path,
    *,
    count: int,
    seed: int = 0,
    start: date = date(2026, 11, 23),
    mix: str = "corpus",
) -> list[Path]:
    """Write `count` emails (`NNNN-<slug>.eml`) and their labels (`.json`); same seed, same files.

    `mix`: "corpus" the varied labelled test corpus, "bench" mostly PDF and DOCX booking forms,
    "demo" a friendly varied dozen for a newcomer.
    """
    if mix not in MIXES:
        raise ValueError(f"mix must be one of {MIXES}")
    out_dir.mkdir(parents=True, exist_ok=True)
    rng, cycles = random.Random(seed), Cycles()  # noqa: S311 - test data, not secrets
    written: list[Path] = []
    for index in range(count):
        scenario = plan(_slot(index, mix), rng=rng, cycles=cycles, mix=mix, start=start)
        local = random.Random(f"{seed}:{mix}:{index}")  # noqa: S311 - test data, not secrets
        raw, label = write_email(scenario, local)
        stem = out_dir / f"{index + 1:04d}-{_slug(scenario)}"
        stem.with_suffix(".eml").write_bytes(raw)
        stem.with_suffix(".json").write_text(json.dumps(label, indent=2, ensure_ascii=False))
        written.append(stem.with_suffix(".eml"))
    return written


def _slot(index: int, mix: str) -> int:
    """The demo dozen: mostly invitations, one of each special message near the end."""
    if mix != "demo":
        return index
    return (1, 2, 3, 4, 5, 6, 8, 9, 13, 17, 7, 20)[index % 12] + 20 * (index // 12)


def _slug(s: Scenario) -> str:
    if not s.has_form:
        return f"{s.district}-{s.message.replace('_', '-')}"
    crit = s.criteria[0].replace("_", "-") if s.criteria else "no-criterion"
    kind = ("prebirth-" if s.pre_birth else "") + s.kind.replace("_", "-")
    sender = "" if s.sender_verified else f"-{s.sender.replace('_', '-')}"
    return f"{s.district}-{kind}-{s.fmt.replace('_', '-')}-{crit}{sender}"


def subject_for(s: Scenario, form: Form, ref: str, rng: random.Random) -> str:
    surname = s.family.surname.upper()
    short = ("Pre-birth " if s.pre_birth else "") + KIND_SHORT[s.kind]
    day = s.conference.date()
    options = (
        f"[SECURE] {form.kind_name} - {surname} family",
        f"OFFICIAL - SENSITIVE - {short} - {surname} - {uk_date(day, 5)}",
        f"Conference invitation - {surname} - {day:%d/%m/%Y}",
        f"{short} {day:%d/%m/%Y} {form.time_text} - {ref}",
        f"OFFICIAL-SENSITIVE: {short} booking - {surname} - {day:%d/%m/%Y}",
    )
    subject = rng.choice(options)
    return f"RESCHEDULED: {subject}" if s.message == "reschedule" else subject


def _form_body(
    s: Scenario, form: Form, sender: str, rng: random.Random
) -> tuple[Message, list[str]]:
    """The message body and its texts for a form written into the body or attached."""
    encoding = s.encoding
    if s.fmt.startswith(("text_", "html_")):
        intro = (
            form.notice + "\n\n" if form.notice else ""
        ) + "Please see conference details below."
        sign = bodies.signature(s, sender, rng)
        text = f"{intro}\n\n{bodies.text_form(form, s.fmt, rng)}\n\n{sign}"
        if s.fmt.startswith("text_"):
            return compose.text_part(text, subtype="plain", encoding=encoding), [text]
        markup = bodies.html_form(form, intro) + f"<p>{sign}</p>"
        html_part = compose.text_part(markup, subtype="html", encoding=encoding)
        texts = [*intro.split("\n\n"), sign, *sign.split("\n")]
        if s.fmt == "html_only":
            return html_part, texts
        alternative = MIMEMultipart("alternative")
        alternative.attach(compose.text_part(text, subtype="plain", encoding=encoding))
        alternative.attach(html_part)
        return alternative, [text, *texts]
    family, layout = s.fmt.split("_", 1)
    if family == "pdf":
        data, extra = forms_pdf.render(form, layout, rng)
    else:
        data, extra = forms_docx.render(form, layout, rng)
    ref = form.details[4][1]
    surname = s.family.surname
    filename = rng.choice((f"Booking form {ref}", f"CP Conference Booking Form - {surname}",
                           f"{ref}_booking"))  # fmt: skip
    note = bodies.cover_note(s, form, sender, rng, attached=True)
    if encoding == "latin1":
        note += "\n\nRefreshments will be available in the café."
    body = compose.assemble(
        compose.text_part(note, subtype="plain", encoding=encoding),
        [compose.attachment(data, f"{filename}.{family}")],
    )
    return body, [note, *extra, f"{filename}.{family}"]


def write_email(s: Scenario, rng: random.Random) -> tuple[bytes, dict[str, object]]:
    domain = compose.sender_domain(s, rng)
    name = staff(rng)
    sender, to = compose.address(name, domain), compose.MAILBOXES[s.district]
    if s.has_form:
        form = content.build(s, rng)
        if s.old_conference is not None:
            form.notice = (
                f"Please note this conference has been rescheduled from "
                f"{uk_date(s.old_conference.date(), rng.randrange(7))}. The new date is "
                f"{form.date_text} at {form.time_text}."
            )
        subject = subject_for(s, form, form.details[4][1], rng)
        body, texts = _form_body(s, form, name, rng)
        texts = content.texts(form) + texts
    else:
        subject, text = bodies.other_body(s, name, rng)
        body, texts = compose.text_part(text, subtype="plain", encoding=s.encoding), [text]
    msg, extra_texts, wrapper = _wrap(s, body, sender=sender, to=to, subject=subject, rng=rng)
    compose.transport(msg, s, domain, rng)
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"----=_NextPart_{rng.getrandbits(64):016x}")
    tags = _tags(s, wrapper)
    label = build_label(s, texts=[subject, *extra_texts, *texts], tags=tags)
    return msg.as_bytes(), label


def _wrap(s: Scenario, body: Message, *, sender: str, to: str, subject: str,
          rng: random.Random) -> tuple[Message, list[str], str]:  # fmt: skip
    """Send as is, or forwarded by a colleague (attached message or inline)."""
    wrapper = s.wrapper if s.has_form and s.sender_verified else "none"
    if wrapper == "inline" and not s.fmt.startswith(("text_", "pdf_", "docx_")):
        wrapper = "rfc822"
    if wrapper == "none":
        compose.headers(body, sender=sender, to=to, subject=subject,
                        sent=compose.sent_time(s.received, rng), rng=rng)  # fmt: skip
        return body, [], wrapper
    forwarder = compose.address(staff(rng), sender.rsplit("@", 1)[1].rstrip(">"))
    note = "Please see the booking request below, forwarded for your information and action."
    original_sent = compose.forwarded_sent(s.received, rng)
    if wrapper == "rfc822":
        bookings = f"Conference Bookings <cp.conferences@{s.district}.gov.uk>"
        compose.headers(body, sender=sender, to=bookings, subject=subject, sent=original_sent,
                        rng=rng)  # fmt: skip
        outer = compose.forward_attached(body, note=note, encoding=s.encoding)
    else:
        outer = _inline(body, note=note, sender=sender, subject=subject, sent=original_sent)
    compose.headers(outer, sender=forwarder, to=to, subject=f"FW: {subject}",
                    sent=compose.sent_time(s.received, rng), rng=rng)  # fmt: skip
    return outer, [note, f"FW: {subject}"], wrapper


def _inline(body: Message, *, note: str, sender: str, subject: str, sent: object) -> Message:
    """Rewrite the first text/plain part as an inline forward, keeping the attachments."""
    from datetime import datetime

    assert isinstance(sent, datetime)
    first = body if not body.is_multipart() else body.get_payload(0)
    assert isinstance(first, Message)
    raw = first.get_payload(decode=True)
    charset = first.get_content_charset() or "utf-8"
    text = raw.decode(charset) if isinstance(raw, bytes) else str(raw)
    forwarded = compose.forward_inline_text(
        text, note=note, sender=sender, to="Conference Bookings", subject=subject, sent=sent
    )
    part = compose.text_part(forwarded, subtype="plain", encoding="qp")
    if not body.is_multipart():
        return part
    payload = body.get_payload()
    assert isinstance(payload, list)
    return compose.assemble(part, [p for p in payload[1:] if isinstance(p, Message)])


def _tags(s: Scenario, wrapper: str) -> list[str]:
    tags = [s.fmt.replace("_", "-") or s.message.replace("_", "-"), f"district-{s.district}",
            s.kind.replace("_", "-"), f"tick-{s.tick}", f"sender-{s.sender}",
            f"encoding-{s.encoding}", *s.tags]  # fmt: skip
    tags += ["pre-birth"] if s.pre_birth else []
    tags += [f"forward-{wrapper}"] if wrapper != "none" else []
    tags += [f"criterion-{c}" for c in s.criteria]
    tags += [f"trap-{t.category}" for t in s.traps]
    tags += ["trap-unticked_list"] if s.unticked_list else []
    tags += [f"message-{s.message}"]
    return tags
