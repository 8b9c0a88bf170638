"""sd_notify(3) without libsystemd: READY=1, WATCHDOG=1, STOPPING=1, STATUS=….

With `Type=notify` systemd waits for READY=1 before it calls the service started, and with
`WatchdogSec=` it restarts the service when WATCHDOG=1 stops coming (RELIABILITY.md R7). The
protocol is one datagram on the AF_UNIX socket named by `$NOTIFY_SOCKET` (a leading `@` is the
abstract namespace). Outside systemd the variable is unset and every call does nothing.
"""

from __future__ import annotations

import os
import socket


def notify(*fields: str) -> bool:
    """Send `fields` (e.g. "READY=1") to systemd; False when not run by systemd."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return False
    target = "\0" + address[1:] if address.startswith("@") else address
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
        try:
            sock.sendto("\n".join(fields).encode(), target)
        except OSError:
            return False
    return True


def watchdog_interval_s() -> float | None:
    """Half of `$WATCHDOG_USEC` (sd_watchdog_enabled(3)'s advice), or None without a watchdog."""
    usec = os.environ.get("WATCHDOG_USEC")
    pid = os.environ.get("WATCHDOG_PID")
    if not usec or (pid and pid != str(os.getpid())):
        return None
    return int(usec) / 2_000_000
