"""Mail-out: the one way mail leaves — the `MailOut` port and its three adapters.

Both senders of mail use it: the mail sink (`tasks.sinks.mail`, one mail per exported
occurrence event) and the daily digest (`desk.digest_outbox`). It lives in `tasks`, the lowest
stage that sends anything, so the desk above it can use it too (issue 14 item 4: the sink had
its own SMTP client, and the two drifted).

Exchange Online turns off password SMTP AUTH by default at the end of December 2026
(LIBRARIES.md "Mail out"), so mail goes out through one of:

- `SmtpRelay`: the force's internal relay, TLS verified — STARTTLS required on port 25/587
  (a server that does not offer it is refused, never sent to in clear), or implicit TLS on 465;
  a relay that wants SMTP AUTH gets the user and password only inside that TLS;
- `SmtpXoauth2`: SMTP AUTH XOAUTH2 with a bearer token from msal (`intake.oauth`), after TLS;
- `GraphSendMail`: `POST /users/{mailbox}/sendMail` with an app-only token (httpx, verified).

TLS (gov.uk secure e-mail guidance, RELIABILITY S12): the context must verify the certificate
and the host name, or the adapter refuses to be built; a server that does not offer STARTTLS
is refused, never sent to in clear.

Errors are `tasks.delivery`'s pair (RELIABILITY R8: the outbox retries, then reports):
`DeliveryError` (not sent this time; `retry_after` hints when to try again) and
`DeliveryRefused` (the server or the configuration refused: no STARTTLS, a bad certificate,
a 5xx answer, a refused login).
"""

from __future__ import annotations

import contextlib
import smtplib
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Literal, Protocol
from urllib.parse import quote

import httpx

from tasks.delivery import DeliveryError, DeliveryRefused

GRAPH_ROOT = "https://graph.microsoft.com/v1.0"


@dataclass(frozen=True, slots=True)
class OutgoingMail:
    """One message to send: its text (and HTML, when there is one), and a Message-ID that is
    the same on every retry, so a receiver can tell a redelivery (RELIABILITY R8)."""

    sender: str
    to: tuple[str, ...]
    subject: str
    text: str
    message_id: str  # "<…@…>"
    html: str | None = None  # None: text/plain alone
    date: datetime | None = None  # the Date header; None → set by the transport
    #: Extra headers; Graph accepts only `X-` ones in `internetMessageHeaders`.
    headers: tuple[tuple[str, str], ...] = ()


class MailOut(Protocol):
    @property
    def name(self) -> str:
        """The transport's name for logs and the disclosure row ("smtp-relay", "graph")."""
        ...

    def send(self, mail: OutgoingMail) -> None:
        """Hand the message over, or raise `DeliveryError`; the same mail may be sent twice."""
        ...

    def probe(self) -> str:
        """Try the way out without sending (connect, TLS, log in); what was reached."""
        ...


def to_mime(mail: OutgoingMail) -> EmailMessage:
    """text/plain, or multipart/alternative with text/plain first, then text/html (RFC 2046
    §5.1.4)."""
    message = EmailMessage()
    message["From"] = mail.sender
    message["To"] = ", ".join(mail.to)
    message["Subject"] = mail.subject
    message["Message-ID"] = mail.message_id
    for name, value in mail.headers:
        message[name] = value
    if mail.date is not None:
        message["Date"] = format_datetime(mail.date)
    message.set_content(mail.text)
    if mail.html is not None:
        message.add_alternative(mail.html, subtype="html")
    return message


def _require_verifying(tls: ssl.SSLContext) -> None:
    if tls.verify_mode is not ssl.CERT_REQUIRED or not tls.check_hostname:
        raise ValueError("the SMTP TLS context must verify the certificate and host")


class SmtpRelay:
    """SMTP to a relay with verified TLS: STARTTLS required, or implicit TLS."""

    def __init__(
        self,
        *,
        host: str,
        port: int,
        tls: ssl.SSLContext,
        security: Literal["starttls", "implicit"] = "starttls",
        timeout: float = 30.0,
        name: str = "smtp-relay",
        login: tuple[str, str] | None = None,
    ) -> None:
        _require_verifying(tls)
        self._host, self._port, self._tls = host, port, tls
        self._security, self._timeout, self._name = security, timeout, name
        self._login = login  # (user, password) for SMTP AUTH, only ever after TLS

    def __repr__(self) -> str:
        return f"{type(self).__name__}(host={self._host!r}, port={self._port})"

    @property
    def name(self) -> str:
        return self._name

    def send(self, mail: OutgoingMail) -> None:
        message = to_mime(mail)
        with self._session() as smtp:
            smtp.send_message(message, from_addr=mail.sender, to_addrs=list(mail.to))

    def probe(self) -> str:
        """Connect, verify TLS and log in, send nothing (`cpc-triage check-config`)."""
        with self._session():
            pass
        return f"{self._host}:{self._port}: TLS verified, accepted us"

    @contextlib.contextmanager
    def _session(self) -> Iterator[smtplib.SMTP]:
        """A logged-in session inside TLS; every failure as DeliveryError or DeliveryRefused."""
        try:
            with self._connect() as smtp:
                self._authenticate(smtp)
                yield smtp
        except DeliveryError:
            raise
        except ssl.SSLCertVerificationError as exc:
            raise DeliveryRefused("the SMTP server's certificate did not verify") from exc
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryRefused(f"SMTP authentication refused ({exc.smtp_code})") from exc
        except smtplib.SMTPResponseException as exc:
            error = DeliveryRefused if 500 <= exc.smtp_code < 600 else DeliveryError
            raise error(f"SMTP server answered {exc.smtp_code}") from exc
        except (smtplib.SMTPException, ssl.SSLError, OSError) as exc:
            raise DeliveryError(f"SMTP delivery failed: {type(exc).__name__}") from exc

    def _connect(self) -> smtplib.SMTP:
        if self._security == "implicit":
            return smtplib.SMTP_SSL(
                self._host, self._port, timeout=self._timeout, context=self._tls
            )
        smtp = smtplib.SMTP(self._host, self._port, timeout=self._timeout)
        try:
            smtp.ehlo()
            if not smtp.has_extn("starttls"):
                raise DeliveryRefused("the SMTP server does not offer STARTTLS")
            smtp.starttls(context=self._tls)
            smtp.ehlo()
        except BaseException:
            smtp.close()
            raise
        return smtp

    def _authenticate(self, smtp: smtplib.SMTP) -> None:
        """A relay trusts the network, or takes a user and password (inside TLS: see above)."""
        if self._login is not None:
            smtp.login(*self._login)


class SmtpXoauth2(SmtpRelay):
    """SMTP AUTH XOAUTH2 (Microsoft's and Google's SASL profile) with a bearer token from msal."""

    def __init__(
        self,
        *,
        host: str,
        port: int,
        tls: ssl.SSLContext,
        user: str,
        token: Callable[[], str],
        security: Literal["starttls", "implicit"] = "starttls",
        timeout: float = 30.0,
        name: str = "smtp-xoauth2",
    ) -> None:
        super().__init__(
            host=host, port=port, tls=tls, security=security, timeout=timeout, name=name
        )
        self._user, self._token = user, token

    def _authenticate(self, smtp: smtplib.SMTP) -> None:
        try:
            bearer = self._token()
        except Exception as exc:  # msal or the network: the token provider's own error
            raise DeliveryError(f"no OAuth token: {type(exc).__name__}") from exc
        response = f"user={self._user}\x01auth=Bearer {bearer}\x01\x01"
        smtp.auth("XOAUTH2", lambda challenge=None: response, initial_response_ok=True)


class GraphSendMail:
    """Microsoft Graph `sendMail` from one mailbox with an app-only token (Mail.Send)."""

    def __init__(
        self,
        *,
        mailbox: str,
        token: Callable[[], str],
        root: str = GRAPH_ROOT,
        ca_file: str | None = None,
        timeout: float = 30.0,
        name: str = "graph",
    ) -> None:
        self._mailbox, self._token, self._root, self._name = mailbox, token, root, name
        verify: ssl.SSLContext | bool = (
            ssl.create_default_context(cafile=ca_file) if ca_file else True
        )
        self._http = httpx.Client(verify=verify, timeout=timeout, follow_redirects=False)

    def __repr__(self) -> str:
        return f"GraphSendMail(mailbox={self._mailbox!r})"

    @property
    def name(self) -> str:
        return self._name

    def close(self) -> None:
        self._http.close()

    def probe(self) -> str:
        """Only the token: Graph has no way to try `sendMail` without sending."""
        try:
            self._token()
        except Exception as exc:
            raise DeliveryRefused(f"no OAuth token: {type(exc).__name__}: {exc}") from exc
        return f"token obtained for sendMail as {self._mailbox}"

    def send(self, mail: OutgoingMail) -> None:
        url = f"{self._root.rstrip('/')}/users/{quote(self._mailbox, safe='@')}/sendMail"
        try:
            bearer = self._token()
            response = self._http.post(
                url, json=graph_message(mail), headers={"Authorization": f"Bearer {bearer}"}
            )
        except httpx.HTTPError as exc:
            raise DeliveryError(f"Graph sendMail failed: {type(exc).__name__}") from exc
        except Exception as exc:  # the token provider's own error
            raise DeliveryError(f"no OAuth token: {type(exc).__name__}") from exc
        if response.status_code == 202:
            return
        if response.status_code in (429, 503) or response.status_code >= 500:
            raise DeliveryError(
                f"Graph sendMail answered {response.status_code}",
                retry_after=_seconds(response.headers.get("Retry-After")),
            )
        raise DeliveryRefused(f"Graph sendMail answered {response.status_code}")


def graph_message(mail: OutgoingMail) -> dict[str, object]:
    """The `sendMail` request body; Graph takes one body, so the HTML where there is one."""
    body = (
        {"contentType": "HTML", "content": mail.html}
        if mail.html is not None
        else {"contentType": "Text", "content": mail.text}
    )
    message: dict[str, object] = {
        "subject": mail.subject,
        "body": body,
        "toRecipients": [{"emailAddress": {"address": a}} for a in mail.to],
    }
    if mail.headers:
        message["internetMessageHeaders"] = [{"name": n, "value": v} for n, v in mail.headers]
    return {"message": message, "saveToSentItems": True}


def _seconds(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None
