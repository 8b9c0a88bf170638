"""Webhook sink: an HTTPS POST of the occurrence document, signed, retried politely.

- TLS is always verified (`verify` is an `ssl.SSLContext`, never False) and the URL must be
  https; the force's integration endpoint is the only trusted receiver.
- Signature: `X-CPC-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>` with the
  Unix time in `X-CPC-Timestamp`, as Stripe and GitHub do: the receiver checks it in constant
  time and refuses old timestamps (replay). The secret is bytes given by the composition root,
  kept out of `repr` and never logged.
- `Idempotency-Key` carries the outbox delivery id: the outbox is at-least-once.
- Retries on connection errors, 408, 429 and 5xx with capped exponential back-off and full
  jitter (AWS Architecture Blog, "Exponential Backoff and Jitter"); `Retry-After` (RFC 9110
  §10.2.3, seconds or an HTTP date) wins when given. A wait longer than `max_delay` is left to
  the outbox's next round (`DeliveryError.retry_after`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import random
import ssl
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime

import httpx

from tasks.delivery import DeliveryError, DeliveryRefused
from tasks.records import Occurrence
from tasks.sinks.document import occurrence_document

_RETRYABLE = frozenset({408, 429, 500, 502, 503, 504})


def signature(secret: bytes, *, timestamp: str, body: bytes) -> str:
    """The `X-CPC-Signature` value for `body` sent at `timestamp` (receivers recompute it)."""
    mac = hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256)
    return f"v1={mac.hexdigest()}"


class WebhookSink:
    def __init__(
        self,
        url: str,
        *,
        secret: bytes,
        verify: ssl.SSLContext,
        name: str = "webhook",
        include_personal: bool = True,
        attempts: int = 5,
        base_delay: float = 1.0,
        max_delay: float = 60.0,
        timeout: float = 10.0,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not url.startswith("https://"):
            raise ValueError("the webhook URL must be https")
        if verify.verify_mode is not ssl.CERT_REQUIRED or not verify.check_hostname:
            raise ValueError("the webhook TLS context must verify the certificate and host")
        self._url, self._secret, self._verify = url, secret, verify
        self._name, self._include_personal = name, include_personal
        self._attempts, self._base, self._max = attempts, base_delay, max_delay
        self._timeout, self._sleep, self._clock = timeout, sleep, clock
        self._rng = rng or random.SystemRandom()

    def __repr__(self) -> str:
        return f"WebhookSink(name={self._name!r}, url={self._url!r})"

    @property
    def name(self) -> str:
        return self._name

    @property
    def recipient(self) -> str:
        return self._url

    def deliver(self, occurrence: Occurrence, *, event: str, delivery_id: str) -> None:
        doc = occurrence_document(occurrence, include_personal=self._include_personal)
        body = json.dumps(
            {"event": event, "delivery_id": delivery_id, "occurrence": doc},
            ensure_ascii=False,
            sort_keys=True,
        ).encode()
        with httpx.Client(verify=self._verify, timeout=self._timeout) as client:
            for attempt in range(self._attempts):
                wait = self._post_once(client, body=body, delivery_id=delivery_id, attempt=attempt)
                if wait is None:
                    return
                if attempt + 1 < self._attempts:
                    self._sleep(wait)
        raise DeliveryError(f"webhook failed after {self._attempts} attempts")

    def _post_once(
        self, client: httpx.Client, *, body: bytes, delivery_id: str, attempt: int
    ) -> float | None:
        """POST once; None when delivered, else how long to wait before the next try."""
        timestamp = str(int(self._clock()))
        headers = {
            "Content-Type": "application/json",
            "Idempotency-Key": delivery_id,
            "X-CPC-Timestamp": timestamp,
            "X-CPC-Signature": signature(self._secret, timestamp=timestamp, body=body),
        }
        try:
            response = client.post(self._url, content=body, headers=headers)
        except httpx.TransportError:
            return self._backoff(attempt)
        if response.is_success:
            return None
        if response.status_code not in _RETRYABLE:
            raise DeliveryRefused(f"webhook refused the delivery: HTTP {response.status_code}")
        hinted = retry_after_seconds(response.headers.get("Retry-After"), now=self._clock())
        wait = hinted if hinted is not None else self._backoff(attempt)
        if wait > self._max:
            raise DeliveryError("webhook asked to wait longer than max_delay", retry_after=wait)
        return wait

    def _backoff(self, attempt: int) -> float:
        return self._rng.uniform(0, min(self._max, self._base * 2**attempt))


def retry_after_seconds(value: str | None, *, now: float) -> float | None:
    """Parse `Retry-After` (delay-seconds or HTTP-date, RFC 9110 §10.2.3); None if absent/bad."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - now)
