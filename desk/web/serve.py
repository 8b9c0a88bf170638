"""Serve the desk with uvicorn (used by `cpc-triage web`).

The desk is built by the composition root (`cpc_triage.desk_setup`: the engine, key ring,
vault, message reader and OIDC provider from the settings); this module only runs it.
"""

from __future__ import annotations

import uvicorn
from starlette.applications import Starlette


def serve(app: Starlette, *, host: str, port: int, trusted_proxy: str = "") -> None:
    """uvicorn on one process; behind the force's reverse proxy for TLS (docs).

    `trusted_proxy`: the proxy's address, the only peer whose X-Forwarded-For (the browser's
    address, which the sign-in rate limit keys on) is believed; "" believes no one.
    """
    # log_config=None: uvicorn keeps its hands off logging, so its records (and any traceback,
    # reduced to the exception's type) go through cpc_triage.logs like everything else.
    uvicorn.run(
        app,
        host=host,
        port=port,
        proxy_headers=bool(trusted_proxy),
        forwarded_allow_ips=trusted_proxy or None,
        server_header=False,
        log_config=None,
    )
