"""A small Compound File Binary writer ([MS-CFB], version 3, 512-byte sectors) and an
Outlook .msg builder on top of it ([MS-OXMSG]).

Only what set t needs: storages and streams, the mini stream (streams under 4096 bytes),
a FAT without DIFAT sectors (files up to ~7 MB), a directory whose sibling trees are
balanced binary search trees in CFB name order.
"""
from __future__ import annotations

import datetime as dt
import struct

SECTOR = 512
MINI = 64
CUTOFF = 4096
FREESECT = 0xFFFFFFFF
ENDOFCHAIN = 0xFFFFFFFE
FATSECT = 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF

MSG_CLSID = bytes.fromhex("0B0D020000000000C000000000000046")  # {00020D0B-0000-0000-C000-000000000046}


class Node:
    def __init__(self, name: str, data: bytes | None = None, children: list["Node"] | None = None,
                 clsid: bytes = b"\0" * 16):
        assert len(name) <= 31, name
        self.name = name
        self.data = data
        self.children = children if children is not None else ([] if data is None else None)
        self.clsid = clsid

    @property
    def is_stream(self) -> bool:
        return self.data is not None


def _key(node: Node):
    return (len(node.name), node.name.upper())


def _pad(b: bytes, n: int) -> bytes:
    r = len(b) % n
    return b if r == 0 else b + b"\0" * (n - r)


def write_cfb(root_children: list[Node], root_clsid: bytes = b"\0" * 16) -> bytes:
    root = Node("Root Entry", children=root_children, clsid=root_clsid)
    entries: list[dict] = []

    def add(node: Node) -> int:
        idx = len(entries)
        e = {"node": node, "left": NOSTREAM, "right": NOSTREAM, "child": NOSTREAM}
        entries.append(e)
        if not node.is_stream:
            kids = sorted(node.children, key=_key)
            names = [k.name.upper() for k in kids]
            assert len(set(names)) == len(names), "duplicate names in a storage"
            ids = [add(k) for k in kids]

            def tree(lo: int, hi: int) -> int:
                if lo >= hi:
                    return NOSTREAM
                mid = (lo + hi) // 2
                entries[ids[mid]]["left"] = tree(lo, mid)
                entries[ids[mid]]["right"] = tree(mid + 1, hi)
                return ids[mid]

            e["child"] = tree(0, len(ids))
        return idx

    add(root)

    # ---- mini stream and large streams
    mini_data = b""
    minifat: list[int] = []
    large: list[tuple[dict, bytes]] = []
    for e in entries[1:]:
        node = e["node"]
        if not node.is_stream:
            e["start"], e["size"] = 0, 0
            continue
        data = node.data
        e["size"] = len(data)
        if len(data) == 0:
            e["start"] = ENDOFCHAIN
        elif len(data) < CUTOFF:
            first = len(mini_data) // MINI
            n = (len(data) + MINI - 1) // MINI
            e["start"] = first
            for i in range(n):
                minifat.append(first + i + 1 if i < n - 1 else ENDOFCHAIN)
            mini_data += _pad(data, MINI)
        else:
            large.append((e, data))

    n_dir = (len(entries) + 3) // 4
    n_minifat = (len(minifat) * 4 + SECTOR - 1) // SECTOR
    n_mini_sectors = (len(mini_data) + SECTOR - 1) // SECTOR
    n_large = sum((len(d) + SECTOR - 1) // SECTOR for _, d in large)
    other = n_dir + n_minifat + n_mini_sectors + n_large
    n_fat = 1
    while n_fat * (SECTOR // 4) < n_fat + other:
        n_fat += 1
    assert n_fat <= 109, "file too large for a header-only DIFAT"

    fat = [FREESECT] * (n_fat * (SECTOR // 4))
    pos = 0
    for i in range(n_fat):
        fat[pos] = FATSECT
        pos += 1

    def chain(n: int) -> int:
        nonlocal pos
        if n == 0:
            return ENDOFCHAIN
        start = pos
        for i in range(n):
            fat[pos] = pos + 1 if i < n - 1 else ENDOFCHAIN
            pos += 1
        return start

    dir_start = chain(n_dir)
    minifat_start = chain(n_minifat)
    mini_start = chain(n_mini_sectors)
    for e, d in large:
        e["start"] = chain((len(d) + SECTOR - 1) // SECTOR)

    root_e = entries[0]
    root_e["start"] = mini_start if n_mini_sectors else ENDOFCHAIN
    root_e["size"] = len(mini_data)

    # ---- directory
    dir_bytes = b""
    for i, e in enumerate(entries):
        node = e["node"]
        name = node.name.encode("utf-16-le") + b"\0\0"
        otype = 5 if i == 0 else (2 if node.is_stream else 1)
        dir_bytes += struct.pack(
            "<64sHBBIII16sIQQIQ", name, len(name), otype, 1, e["left"], e["right"], e["child"],
            node.clsid if not node.is_stream else b"\0" * 16, 0, 0, 0, e["start"], e["size"])
    empty = struct.pack("<64sHBBIII16sIQQIQ", b"", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM,
                        b"\0" * 16, 0, 0, 0, 0, 0)
    while len(dir_bytes) < n_dir * SECTOR:
        dir_bytes += empty

    minifat_bytes = b"".join(struct.pack("<I", x) for x in minifat)
    minifat_bytes += struct.pack("<I", FREESECT) * ((n_minifat * SECTOR - len(minifat_bytes)) // 4)

    difat = list(range(n_fat)) + [FREESECT] * (109 - n_fat)
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII", bytes.fromhex("D0CF11E0A1B11AE1"), b"\0" * 16, 0x003E, 0x0003, 0xFFFE,
        9, 6, b"\0" * 6, 0, n_fat, dir_start, 0, CUTOFF,
        minifat_start if n_minifat else ENDOFCHAIN, n_minifat, ENDOFCHAIN, 0)
    header += b"".join(struct.pack("<I", x) for x in difat)
    assert len(header) == SECTOR

    body = b"".join(struct.pack("<I", x) for x in fat)
    body += dir_bytes + minifat_bytes + _pad(mini_data, SECTOR)
    for _, d in large:
        body += _pad(d, SECTOR)
    assert len(body) == (n_fat + other) * SECTOR
    return header + body


# ====================================================================== .msg

PT_LONG, PT_BOOLEAN, PT_SYSTIME = 0x0003, 0x000B, 0x0040
PT_UNICODE, PT_BINARY, PT_OBJECT = 0x001F, 0x0102, 0x000D


def filetime(t: dt.datetime) -> int:
    epoch = dt.datetime(1601, 1, 1)
    return int((t - epoch).total_seconds() * 10_000_000)


class Props:
    def __init__(self):
        self.fixed: list[tuple[int, int, bytes]] = []
        self.streams: list[Node] = []

    def _sub(self, pid: int, ptype: int, data: bytes) -> None:
        self.streams.append(Node(f"__substg1.0_{pid:04X}{ptype:04X}", data))

    def text(self, pid: int, value: str) -> None:
        data = value.encode("utf-16-le")
        self._sub(pid, PT_UNICODE, data)
        self.fixed.append((pid, PT_UNICODE, struct.pack("<II", len(data) + 2, 0)))

    def binary(self, pid: int, data: bytes) -> None:
        self._sub(pid, PT_BINARY, data)
        self.fixed.append((pid, PT_BINARY, struct.pack("<II", len(data), 0)))

    def long(self, pid: int, value: int) -> None:
        self.fixed.append((pid, PT_LONG, struct.pack("<II", value & 0xFFFFFFFF, 0)))

    def boolean(self, pid: int, value: bool) -> None:
        self.fixed.append((pid, PT_BOOLEAN, struct.pack("<HHI", 1 if value else 0, 0, 0)))

    def systime(self, pid: int, t: dt.datetime) -> None:
        self.fixed.append((pid, PT_SYSTIME, struct.pack("<Q", filetime(t))))

    def obj(self, pid: int) -> None:
        self.fixed.append((pid, PT_OBJECT, struct.pack("<II", 0xFFFFFFFF, 0)))

    def stream(self, header: bytes) -> Node:
        out = header
        for pid, ptype, value in sorted(self.fixed, key=lambda x: (x[0], x[1])):
            out += struct.pack("<II", (pid << 16) | ptype, 0x00000006) + value
        return Node("__properties_version1.0", out)


class Attachment:
    def __init__(self, filename: str, data: bytes | None = None, mime: str = "application/octet-stream",
                 embedded: "Msg | None" = None):
        self.filename = filename
        self.data = data
        self.mime = mime
        self.embedded = embedded


class Msg:
    def __init__(self, *, subject: str, sender_name: str, sender_email: str, to: list[tuple[str, str]],
                 sent: dt.datetime, body: str | None = None, html: str | None = None,
                 attachments: list[Attachment] | None = None, cc: list[tuple[str, str]] | None = None,
                 headers: str | None = None, message_class: str = "IPM.Note"):
        self.subject = subject
        self.sender_name = sender_name
        self.sender_email = sender_email
        self.to = to
        self.cc = cc or []
        self.sent = sent
        self.body = body
        self.html = html
        self.attachments = attachments or []
        self.headers = headers
        self.message_class = message_class

    def _children(self, top: bool) -> list[Node]:
        p = Props()
        p.text(0x001A, self.message_class)
        p.text(0x0037, self.subject)
        prefix = ""
        for pre in ("RE: ", "FW: ", "Fw: ", "Re: "):
            if self.subject.startswith(pre):
                prefix = pre
        p.text(0x003D, prefix)
        p.text(0x0E1D, self.subject[len(prefix):])
        p.text(0x0C1A, self.sender_name)
        p.text(0x0C1F, self.sender_email)
        p.text(0x0C1E, "SMTP")
        p.text(0x0042, self.sender_name)
        p.text(0x0065, self.sender_email)
        p.text(0x0064, "SMTP")
        p.text(0x0E04, "; ".join(n for n, _ in self.to))
        p.text(0x0E03, "; ".join(n for n, _ in self.cc))
        p.systime(0x0039, self.sent)
        p.systime(0x0E06, self.sent + dt.timedelta(seconds=41))
        p.long(0x0E07, 0x1 | (0x10 if self.attachments else 0))
        p.boolean(0x0E1B, bool(self.attachments))
        p.long(0x3FDE, 65001)
        if self.body is not None:
            p.text(0x1000, self.body)
        if self.html is not None:
            p.binary(0x1013, self.html.encode("utf-8"))
        if self.headers is not None:
            p.text(0x007D, self.headers)
        children = list(p.streams)
        recips = self.to + self.cc
        for i, (name, email) in enumerate(recips):
            rp = Props()
            rp.text(0x3001, name)
            rp.text(0x3003, email)
            rp.text(0x3002, "SMTP")
            rp.text(0x39FE, email)
            rp.long(0x0C15, 1 if i < len(self.to) else 2)
            rp.long(0x3000, i)
            kids = rp.streams + [rp.stream(b"\0" * 8)]
            children.append(Node(f"__recip_version1.0_#{i:08X}", children=kids))
        for i, att in enumerate(self.attachments):
            ap = Props()
            ap.long(0x0E21, i)
            ap.text(0x3001, att.filename)
            ap.text(0x3707, att.filename)
            stem, _, ext = att.filename.rpartition(".")
            short = (stem.replace(" ", "")[:6].upper() + "~1." + ext[:3].upper()) if stem else att.filename[:8]
            ap.text(0x3704, short)
            ap.text(0x3703, "." + ext if stem else "")
            ap.long(0x370B, 0xFFFFFFFF)
            kids: list[Node] = []
            if att.embedded is not None:
                ap.long(0x3705, 5)
                ap.obj(0x3701)
                ap.long(0x0E20, 0)
                sub = Node("__substg1.0_3701000D", children=att.embedded._children(top=False),
                           clsid=MSG_CLSID)
                kids.append(sub)
            else:
                ap.long(0x3705, 1)
                ap.text(0x370E, att.mime)
                ap.binary(0x3701, att.data)
                ap.long(0x0E20, len(att.data))
            kids = ap.streams + kids + [ap.stream(b"\0" * 8)]
            children.append(Node(f"__attach_version1.0_#{i:08X}", children=kids))
        n_r, n_a = len(recips), len(self.attachments)
        head = b"\0" * 8 + struct.pack("<IIII", n_r, n_a, n_r, n_a)
        if top:
            head += b"\0" * 8
            children.append(Node("__nameid_version1.0", children=[
                Node("__substg1.0_00020102", b""),
                Node("__substg1.0_00030102", b""),
                Node("__substg1.0_00040102", b""),
            ]))
        children.append(p.stream(head))
        return children

    def to_bytes(self) -> bytes:
        return write_cfb(self._children(top=True), root_clsid=MSG_CLSID)
