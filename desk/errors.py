"""The desk's one error root (STYLE.md habit 5; issue 14 item 5).

    DeskError              base of the desk's errors
    ├── AccountError       (desk.accounts, also a ValueError) an account cannot be made as asked
    ├── OidcError          (desk.oidc, also a ValueError) the sign-in cannot be completed
    ├── PdfUnavailable     (desk.report_render, also a RuntimeError) WeasyPrint cannot run
    └── Refused            (desk.web.guard) stop the request with this response

Where the desk meets the tasks stage it maps that stage's errors to pages: `RecordErased` is the
erased-case page, `ConcurrentChange` and `LifecycleError` are the form again with the reason
(`desk.web.views_case`, `desk.web.views_actions`); a `DeliveryError` from the mail-out port is
a digest row to try again (`desk.digest_outbox`). `cpc_triage.errors` has the whole table.
"""

from __future__ import annotations


class DeskError(Exception):
    """Base of the desk's errors."""
