"""A real Dovecot IMAP server on loopback for tests, with a self-signed certificate.

Started from Debian's `dovecot-imapd` with a configuration of its own in a temporary folder
(no system service, no root-owned state outside that folder). Mail is delivered the way an MTA
would: a file written to `Maildir/tmp` and renamed into `Maildir/new`, or with IMAP APPEND.

    with DovecotServer(tmp_path) as server:
        server.deliver(b"From: ...")
        ... ImapSource(host="127.0.0.1", port=server.imaps_port, ca=server.ca_path) ...
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psutil
from imapclient import IMAPClient

from tests.servers.tls import make_self_signed

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
USER = "cppu"
PASSWORD = "test-only-password"


def _mail_ids() -> tuple[int, int]:
    entry = pwd.getpwnam("dovecot")
    return entry.pw_uid, entry.pw_gid


def dovecot_available() -> bool:
    return Path(DOVECOT).exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class DovecotServer:
    """One Dovecot instance: IMAP with STARTTLS on `imap_port`, IMAPS on `imaps_port`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.imap_port = _free_port()
        self.imaps_port = _free_port()
        # Mail processes run as an unprivileged uid (Dovecot refuses uid 0), so the mail home
        # lives in a folder of its own that this uid can reach, outside pytest's 0700 tmp dirs.
        self.mail_uid, self.mail_gid = _mail_ids()
        self.mail_root = Path(tempfile.mkdtemp(prefix="cpc-dovecot-"))
        self.mail_root.chmod(0o755)
        # Unix sockets live under base_dir and a socket path is capped at 108 bytes; pytest's
        # tmp paths (…/pytest-93/popen-gw0/test_a_long_name0/…) overflow it, so run/ is short.
        self.run_dir = self.mail_root / "run"
        self.home = self.mail_root / USER
        self.maildir = self.home / "Maildir"
        self.ca_path, self.key_path = make_self_signed(root)
        self.config = root / "dovecot.conf"
        self._write_config()

    # -- life cycle ---------------------------------------------------------------------------
    def __enter__(self) -> DovecotServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
        shutil.rmtree(self.mail_root, ignore_errors=True)

    def start(self) -> None:
        for sub in ("cur", "new", "tmp"):
            (self.maildir / sub).mkdir(parents=True, exist_ok=True)
        self._give_to_mail_user()
        subprocess.run([DOVECOT, "-c", str(self.config)], check=True, timeout=30)
        self._wait_listening(self.imaps_port)

    def stop(self) -> None:
        """Stop the master and every process it started (the imap processes would otherwise
        linger for seconds, serving connections a restart is meant to cut)."""
        pid_file = self.run_dir / "master.pid"
        if not pid_file.exists():
            return
        try:
            master = psutil.Process(int(pid_file.read_text().strip()))
            family = [master, *master.children(recursive=True)]
        except psutil.NoSuchProcess:
            return
        for proc in family:
            with contextlib.suppress(psutil.NoSuchProcess):
                proc.kill() if proc is not master else proc.terminate()
        _, alive = psutil.wait_procs(family, timeout=5)
        for proc in alive:
            with contextlib.suppress(psutil.NoSuchProcess):
                proc.kill()
        pid_file.unlink(missing_ok=True)

    def restart(self) -> None:
        self.stop()
        self.start()

    # -- mail ---------------------------------------------------------------------------------
    def deliver(self, raw: bytes, *, folder: str = "INBOX") -> Path:
        """Deliver like an MTA: write to tmp/, rename into new/ (atomic)."""
        base = self.maildir if folder == "INBOX" else self.maildir / f".{folder}"
        for sub in ("cur", "new", "tmp"):
            (base / sub).mkdir(parents=True, exist_ok=True)
            os.chown(base / sub, self.mail_uid, self.mail_gid)
        name = f"{time.time():.6f}.{uuid.uuid4().hex}.test"
        tmp = base / "tmp" / name
        tmp.write_bytes(raw)
        os.chown(tmp, self.mail_uid, self.mail_gid)
        final = base / "new" / name
        tmp.rename(final)
        return final

    @contextlib.contextmanager
    def client(self) -> Iterator[IMAPClient]:
        """A logged-in IMAPS client of our own (a second user agent, as a person would be)."""
        context = ssl.create_default_context(cafile=str(self.ca_path))
        with IMAPClient("127.0.0.1", port=self.imaps_port, ssl_context=context, timeout=10) as c:
            c.login(USER, PASSWORD)
            yield c

    def append(self, raw: bytes, *, folder: str = "INBOX") -> None:
        """Deliver with IMAP APPEND (what a client or a gateway speaking IMAP does)."""
        with self.client() as c:
            c.append(folder, raw)

    def uids(self, folder: str = "INBOX") -> list[int]:
        """The UIDs in `folder` now, read-only ([] when the folder does not exist)."""
        with self.client() as c:
            if not c.folder_exists(folder):
                return []
            c.select_folder(folder, readonly=True)
            return sorted(int(u) for u in c.search(["ALL"]))

    def reset_uidvalidity(self) -> None:
        """Recreate the mailbox's index so Dovecot assigns a new UIDVALIDITY (mailbox recreated)."""
        self.stop()
        for path in self.maildir.glob("dovecot*"):
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
        for path in (self.maildir / "cur").iterdir():
            path.rename(self.maildir / "new" / path.name.split(":", 1)[0])
        time.sleep(1.1)  # UIDVALIDITY is a timestamp: make sure it differs
        self.start()

    # -- internals ----------------------------------------------------------------------------
    def _give_to_mail_user(self) -> None:
        for folder, dirs, files in os.walk(self.home):
            os.chown(folder, self.mail_uid, self.mail_gid)
            for name in dirs + files:
                os.chown(Path(folder) / name, self.mail_uid, self.mail_gid)

    def _wait_listening(self, port: int, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        log = (self.root / "dovecot.log").read_text(errors="replace")[-2000:]
        raise RuntimeError(f"dovecot did not start listening on {port}: {log}")

    def _write_config(self) -> None:
        self.run_dir.mkdir(parents=True, exist_ok=True)
        (self.root / "state").mkdir(parents=True, exist_ok=True)
        users = self.root / "users"
        users.write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::\n")
        self.config.write_text(
            f"""
base_dir = {self.run_dir}
state_dir = {self.root}/state
log_path = {self.root}/dovecot.log
info_log_path = {self.root}/dovecot.log
protocols = imap
shutdown_clients = yes
listen = 127.0.0.1
ssl = yes
ssl_cert = <{self.ca_path}
ssl_key = <{self.key_path}
disable_plaintext_auth = yes
auth_mechanisms = plain login
first_valid_uid = 1
mail_location = maildir:~/Maildir
default_internal_user = dovecot
default_login_user = dovenull
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {users}
}}
userdb {{
  driver = static
  args = uid={self.mail_uid} gid={self.mail_gid} home={self.mail_root}/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service auth {{
  user = root
}}
service auth-worker {{
  user = root
}}
service imap-login {{
  chroot =
}}
protocol imap {{
  mail_max_userip_connections = 50
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Processed {{
    auto = create
  }}
}}
"""
        )
