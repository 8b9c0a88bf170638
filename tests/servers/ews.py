"""A local HTTPS server answering the EWS SOAP operations exchangelib sends for our mailbox flow.

Exchange Server cannot run here, so this speaks the real wire format of `/EWS/Exchange.asmx`
(SOAP 1.1, the `…/2006/messages` and `…/2006/types` namespaces, `ResponseClass` + `ResponseCode`
per response message, `ServerVersionInfo` in the header) for exactly the calls the adapter makes,
as captured from exchangelib 5.6.0 with a logging server:

- `GetFolder` by distinguished id (`root`, `msgfolderroot`, `inbox`) or by `FolderId`;
- `FindFolder` (Shallow, restricted on `folder:DisplayName`) to find the processed folder;
- `FindItem` (IdOnly, `IndexedPageItemView`, sorted by `item:DateTimeReceived`); a page holds at
  most `find_count_limit` items, as Exchange's `EWSFindCountLimit` throttling policy does;
- `GetItem` with `item:MimeContent` (base64) and `ErrorItemNotFound` for a vanished id;
- `MoveItem` (the moved item gets a new id, as in Exchange).

Authentication: OAuth bearer tokens (401 for an unknown one) and NTLM, a real challenge/response
handshake on one keep-alive connection checked by pyspnego's acceptor (credentials from the file
named by `NTLM_USER_FILE`, `DOMAIN:user:password` lines). Faults: `busy_next(n, back_off_ms=…)`
answers the next n calls with the SOAP fault Exchange sends when throttling (`ErrorServerBusy`
with `BackOffMilliseconds`, HTTP 500).
"""

from __future__ import annotations

import base64
import datetime as dt
import secrets
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

import spnego
import spnego.exceptions

from tests.servers.https import LoopbackHttps

SOAP = "http://schemas.xmlsoap.org/soap/envelope/"
M = "http://schemas.microsoft.com/exchange/services/2006/messages"
T = "http://schemas.microsoft.com/exchange/services/2006/types"
E = "http://schemas.microsoft.com/exchange/services/2006/errors"
PATH = "/EWS/Exchange.asmx"
VERSION_INFO = (
    f'<h:ServerVersionInfo xmlns:h="{T}" MajorVersion="15" MinorVersion="1" '
    'MajorBuildNumber="2507" MinorBuildNumber="6" Version="V2017_07_11"/>'
)


@dataclass
class EwsFolder:
    id: str
    name: str
    parent_id: str | None
    distinguished: str | None = None


@dataclass
class EwsItem:
    id: str
    raw: bytes
    folder_id: str
    received: dt.datetime


@dataclass
class EwsState:
    mailbox: str
    folders: dict[str, EwsFolder] = field(default_factory=dict)
    items: dict[str, EwsItem] = field(default_factory=dict)
    tokens: set[str] = field(default_factory=set)
    busy: list[int] = field(default_factory=list)
    find_count_limit: int = 1000
    operations: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def folder(self, ref: ET.Element) -> EwsFolder | None:
        """A `t:FolderId` or `t:DistinguishedFolderId` element → the folder it names."""
        if ref.tag == f"{{{T}}}DistinguishedFolderId":
            wanted = ref.get("Id")
            return next((f for f in self.folders.values() if f.distinguished == wanted), None)
        return self.folders.get(ref.get("Id", ""))


def _new_id() -> str:
    return base64.b64encode(b"\x00\x00\x00\x00" + secrets.token_bytes(40)).decode()


class FakeEws(LoopbackHttps):
    """`with FakeEws(tmp_path) as ews:`; deliver with `add`, script faults with `busy_next`."""

    def __init__(self, root: Path, *, mailbox: str = "cppu@force.example") -> None:
        self.state = EwsState(mailbox=mailbox)
        top = EwsFolder(_new_id(), "Root", None, "root")
        store = EwsFolder(_new_id(), "Top of Information Store", top.id, "msgfolderroot")
        inbox = EwsFolder(_new_id(), "Inbox", store.id, "inbox")
        for folder in (top, store, inbox):
            self.state.folders[folder.id] = folder
        handler = type("Handler", (_Handler,), {"state": self.state})
        super().__init__(root, handler)
        self.endpoint = f"https://127.0.0.1:{self.port}{PATH}"

    # -- scripting the mailbox ----------------------------------------------------------------
    def add_folder(self, name: str, *, parent: str = "msgfolderroot") -> str:
        parent_id = next(f.id for f in self.state.folders.values() if f.distinguished == parent)
        folder = EwsFolder(_new_id(), name, parent_id)
        with self.state.lock:
            self.state.folders[folder.id] = folder
        return folder.id

    def add(self, raw: bytes, *, received: dt.datetime, folder: str = "inbox") -> str:
        folder_id = self._folder_id(folder)
        item = EwsItem(_new_id(), raw, folder_id, received)
        with self.state.lock:
            self.state.items[item.id] = item
        return item.id

    def delete(self, item_id: str) -> None:
        with self.state.lock:
            del self.state.items[item_id]

    def in_folder(self, folder: str) -> list[EwsItem]:
        folder_id = self._folder_id(folder)
        return [i for i in self.state.items.values() if i.folder_id == folder_id]

    def issue_token(self) -> str:
        token = secrets.token_urlsafe(24)
        with self.state.lock:
            self.state.tokens.add(token)
        return token

    def busy_next(self, count: int, *, back_off_ms: int) -> None:
        self.state.busy.extend([back_off_ms] * count)

    def _folder_id(self, name: str) -> str:
        return next(f.id for f in self.state.folders.values() if name in (f.distinguished, f.name))


class _Handler(BaseHTTPRequestHandler):
    state: EwsState
    protocol_version = "HTTP/1.1"  # NTLM authenticates a keep-alive connection, not a request
    _ntlm: Any = None
    _ntlm_done = False

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path != PATH:
            return self._send(404, b"", "text/plain")
        if not self._authenticated():
            return
        envelope = ET.fromstring(body)
        request = envelope.find(f"{{{SOAP}}}Body/*")
        assert request is not None
        operation = request.tag.split("}")[1]
        with self.state.lock:
            self.state.operations.append(operation)
            back_off = self.state.busy.pop(0) if self.state.busy else None
        if back_off is not None:
            return self._send(500, _server_busy(back_off), "text/xml; charset=utf-8")
        if not self._may_open(envelope):
            denied = _fault("ErrorImpersonateUserDenied", "The account does not have permission.")
            return self._send(500, denied, "text/xml; charset=utf-8")
        answer = getattr(self, f"_{operation}", None)
        if answer is None:
            return self._send(500, _fault("ErrorInvalidOperation", operation), "text/xml")
        with self.state.lock:
            messages = answer(request)
        self._soap(
            f"<m:{operation}Response><m:ResponseMessages>{messages}</m:ResponseMessages>"
            f"</m:{operation}Response>"
        )

    # -- authentication -----------------------------------------------------------------------
    def _authenticated(self) -> bool:
        scheme, _, value = self.headers.get("Authorization", "").partition(" ")
        if scheme == "Bearer" and value in self.state.tokens:
            return True
        if scheme == "NTLM" and value:
            return self._ntlm_step(base64.b64decode(value))
        if self._ntlm_done:
            return True
        self._send(401, b"", "text/plain", headers={"WWW-Authenticate": "NTLM"})
        return False

    def _may_open(self, envelope: ET.Element) -> bool:
        """App-only (bearer) callers must impersonate the one mailbox they are allowed."""
        if not self.headers.get("Authorization", "").startswith("Bearer "):
            return True
        target = envelope.find(
            f"{{{SOAP}}}Header/{{{T}}}ExchangeImpersonation//{{{T}}}PrimarySmtpAddress"
        )
        return target is not None and target.text == self.state.mailbox

    def _ntlm_step(self, token: bytes) -> bool:
        if self._ntlm is None or self._ntlm_done:
            self._ntlm, self._ntlm_done = spnego.server(protocol="ntlm"), False
        try:
            answer = self._ntlm.step(token)
        except spnego.exceptions.SpnegoError:
            self._ntlm = None
            self._send(401, b"", "text/plain", headers={"WWW-Authenticate": "NTLM"})
            return False
        if self._ntlm.complete:
            self._ntlm_done = True
            return True
        challenge = base64.b64encode(answer or b"").decode()
        self._send(401, b"", "text/plain", headers={"WWW-Authenticate": f"NTLM {challenge}"})
        return False

    # -- operations ----------------------------------------------------------------------------
    def _GetFolder(self, request: ET.Element) -> str:
        ids = request.findall(f"{{{M}}}FolderIds/*")
        return "".join(self._folder_message("GetFolder", self.state.folder(r)) for r in ids)

    def _FindFolder(self, request: ET.Element) -> str:
        parent = self.state.folder(_first(request, f"{{{M}}}ParentFolderIds/*"))
        wanted = request.find(f".//{{{T}}}Constant")
        found = [
            f
            for f in self.state.folders.values()
            if parent is not None
            and f.parent_id == parent.id
            and (wanted is None or f.name.lower() == str(wanted.get("Value")).lower())
        ]
        folders = "".join(_folder_xml(f) for f in found)
        return _message(
            "FindFolder",
            f'<m:RootFolder IndexedPagingOffset="{len(found)}" TotalItemsInView="{len(found)}" '
            f'IncludesLastItemInRange="true"><t:Folders>{folders}</t:Folders></m:RootFolder>',
        )

    def _FindItem(self, request: ET.Element) -> str:
        folder = self.state.folder(_first(request, f"{{{M}}}ParentFolderIds/*"))
        if folder is None:
            return _error("FindItem", "ErrorFolderNotFound")
        view = _first(request, f"{{{M}}}IndexedPageItemView")
        offset, wanted = int(view.get("Offset", "0")), int(view.get("MaxEntriesReturned", "1000"))
        order = request.find(f".//{{{T}}}FieldOrder")
        items = sorted(
            (i for i in self.state.items.values() if i.folder_id == folder.id),
            key=lambda i: i.received,
            reverse=order is not None and order.get("Order") == "Descending",
        )
        page = items[offset : offset + min(wanted, self.state.find_count_limit)]
        end = offset + len(page)
        listed = "".join(f"<t:Message>{_item_id(i.id)}</t:Message>" for i in page)
        return _message(
            "FindItem",
            f'<m:RootFolder IndexedPagingOffset="{end}" TotalItemsInView="{len(items)}" '
            f'IncludesLastItemInRange="{str(end >= len(items)).lower()}">'
            f"<t:Items>{listed}</t:Items></m:RootFolder>",
        )

    def _GetItem(self, request: ET.Element) -> str:
        messages = []
        for ref in request.findall(f"{{{M}}}ItemIds/{{{T}}}ItemId"):
            item = self.state.items.get(ref.get("Id", ""))
            if item is None:
                messages.append(_error("GetItem", "ErrorItemNotFound", "<m:Items/>"))
                continue
            mime = base64.b64encode(item.raw).decode()
            messages.append(
                _message(
                    "GetItem",
                    f'<m:Items><t:Message><t:MimeContent CharacterSet="UTF-8">{mime}'
                    f"</t:MimeContent>{_item_id(item.id)}</t:Message></m:Items>",
                )
            )
        return "".join(messages)

    def _MoveItem(self, request: ET.Element) -> str:
        target = self.state.folder(_first(request, f"{{{M}}}ToFolderId/*"))
        if target is None:
            return _error("MoveItem", "ErrorFolderNotFound", "<m:Items/>")
        messages = []
        for ref in request.findall(f"{{{M}}}ItemIds/{{{T}}}ItemId"):
            item = self.state.items.pop(ref.get("Id", ""), None)
            if item is None:
                messages.append(_error("MoveItem", "ErrorItemNotFound", "<m:Items/>"))
                continue
            item.id, item.folder_id = _new_id(), target.id  # a move gives a new EWS id
            self.state.items[item.id] = item
            messages.append(
                _message(
                    "MoveItem", f"<m:Items><t:Message>{_item_id(item.id)}</t:Message></m:Items>"
                )
            )
        return "".join(messages)

    def _folder_message(self, operation: str, folder: EwsFolder | None) -> str:
        if folder is None:
            return _error(operation, "ErrorFolderNotFound", "<m:Folders/>")
        return _message(operation, f"<m:Folders>{_folder_xml(folder)}</m:Folders>")

    # -- plumbing ------------------------------------------------------------------------------
    def _soap(self, body: str) -> None:
        envelope = (
            f'<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="{SOAP}">'
            f"<s:Header>{VERSION_INFO}</s:Header>"
            f'<s:Body xmlns:m="{M}" xmlns:t="{T}">{body}</s:Body></s:Envelope>'
        )
        self._send(200, envelope.encode(), "text/xml; charset=utf-8")

    def _send(
        self, status: int, body: bytes, content_type: str, *, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)


def _first(parent: ET.Element, path: str) -> ET.Element:
    found = parent.find(path)
    if found is None:
        raise ValueError(f"request without {path}")
    return found


def _item_id(item_id: str) -> str:
    return f'<t:ItemId Id={quoteattr(item_id)} ChangeKey="CQAAABYAAAA="/>'


def _folder_xml(folder: EwsFolder) -> str:
    parent = f"<t:ParentFolderId Id={quoteattr(folder.parent_id)}/>" if folder.parent_id else ""
    return (
        f'<t:Folder><t:FolderId Id={quoteattr(folder.id)} ChangeKey="AQAAABYAAAA="/>{parent}'
        f"<t:FolderClass>IPF.Note</t:FolderClass><t:DisplayName>{folder.name}</t:DisplayName>"
        "<t:TotalCount>0</t:TotalCount><t:ChildFolderCount>0</t:ChildFolderCount>"
        "<t:UnreadCount>0</t:UnreadCount></t:Folder>"
    )


def _message(operation: str, content: str) -> str:
    return (
        f'<m:{operation}ResponseMessage ResponseClass="Success">'
        f"<m:ResponseCode>NoError</m:ResponseCode>{content}</m:{operation}ResponseMessage>"
    )


def _error(operation: str, code: str, content: str = "") -> str:
    return (
        f'<m:{operation}ResponseMessage ResponseClass="Error">'
        f"<m:MessageText>The specified object was not found in the store.</m:MessageText>"
        f"<m:ResponseCode>{code}</m:ResponseCode><m:DescriptiveLinkKey>0</m:DescriptiveLinkKey>"
        f"{content}</m:{operation}ResponseMessage>"
    )


def _fault(code: str, text: str, detail_xml: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="{SOAP}"><s:Body><s:Fault>'
        f'<faultcode xmlns:a="{T}">a:{code}</faultcode>'
        f'<faultstring xml:lang="en-US">{text}</faultstring><detail>'
        f'<e:ResponseCode xmlns:e="{E}">{code}</e:ResponseCode>'
        f'<e:Message xmlns:e="{E}">{text}</e:Message>{detail_xml}'
        "</detail></s:Fault></s:Body></s:Envelope>"
    ).encode()


def _server_busy(back_off_ms: int) -> bytes:
    """The fault Exchange answers when a throttling budget is spent (HTTP 500, per Microsoft's
    "EWS throttling in Exchange" page)."""
    return _fault(
        "ErrorServerBusy",
        "The server cannot service this request right now. Try again later.",
        f'<t:MessageXml xmlns:t="{T}"><t:Value Name="BackOffMilliseconds">{back_off_ms}'
        "</t:Value></t:MessageXml>",
    )
