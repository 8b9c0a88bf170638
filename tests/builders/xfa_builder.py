"""XFA forms (LiveCycle / AEM Forms) built for tests: a reportlab PDF with an `/AcroForm /XFA`
array of packets added with pypdf.

- `dynamic_xfa_pdf`: the page is Adobe's "Please wait..." text, `/NeedsRendering true`; the
  answers only in the datasets;
- `static_xfa_pdf`: labels drawn on the page, text and check-box widgets named as Designer names
  them (`form1[0].#subform[0].Field[0]`) holding `stale` values, the datasets the true ones;
- `template_xml` / `datasets_xml`: the packets, from (name, caption, kind) fields and a data dict.

Field kinds: "text", "date", "check10" (items 1/0), "checkon" (items on/off).
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    NameObject,
    TextStringObject,
)
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

Field = tuple[str, str, str]  # (name, caption, kind)
PLACEHOLDER = (
    "Please wait...",
    "If this message is not eventually replaced by the proper contents of the document, your PDF",
    "viewer may not be able to display this type of document.",
)
_ITEMS = {"check10": ("1", "0"), "checkon": ("on", "off")}


def field_xml(name: str, caption: str, kind: str) -> str:
    if kind in _ITEMS:
        on, off = _ITEMS[kind]
        return (
            f'<field name="{name}"><ui><checkButton/></ui><items><text>{on}</text>'
            f"<text>{off}</text></items><caption><value><text>{escape(caption)}</text>"
            "</value></caption></field>"
        )
    ui = "<dateTimeEdit/>" if kind == "date" else "<textEdit/>"
    return (
        f'<field name="{name}"><ui>{ui}</ui><caption><value><text>{escape(caption)}</text>'
        "</value></caption></field>"
    )


def subform_xml(name: str, fields: Sequence[Field], *, repeats: bool = False) -> str:
    occur = '<occur min="1" max="-1"/>' if repeats else ""
    inner = "".join(field_xml(*f) for f in fields)
    return f'<subform name="{name}" layout="tb">{occur}{inner}</subform>'


def template_xml(body: str) -> str:
    return (
        '<template xmlns="http://www.xfa.org/schema/xfa-template/3.3/">'
        f'<subform name="form1" layout="tb"><pageSet><pageArea name="P1"/></pageSet>{body}'
        "</subform></template>"
    )


def datasets_xml(data: Mapping[str, Any]) -> str:
    """`data`: a value is a string (a field), a dict (a subform) or a list of dicts (repeats)."""
    return (
        '<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data>'
        f"<form1>{_elements(data)}</form1></xfa:data></xfa:datasets>"
    )


def _elements(data: Mapping[str, Any]) -> str:
    out = []
    for tag, value in data.items():
        if isinstance(value, str):
            out.append(f"<{tag}>{escape(value)}</{tag}>")
        elif isinstance(value, Mapping):
            out.append(f"<{tag}>{_elements(value)}</{tag}>")
        else:
            out += [f"<{tag}>{_elements(item)}</{tag}>" for item in value]
    return "".join(out)


def dynamic_xfa_pdf(template: str, datasets: str | bytes) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0)
    for n, line in enumerate(PLACEHOLDER):
        canvas.drawString(40, 800 - 14 * n, line)
    canvas.save()
    return _with_xfa(buffer.getvalue(), template, datasets, needs_rendering=True)


def static_xfa_pdf(
    template: str,
    datasets: str,
    *,
    rows: Sequence[tuple[str, str]],
    checks: Sequence[tuple[str, str]],
    stale: Mapping[str, str] = {},  # read only
    stale_checked: Sequence[str] = (),
    drawn: Mapping[str, str] = {},  # read only
) -> bytes:
    """`rows`: (field name, label drawn) for text widgets; `checks`: (field name, label) for
    check-box widgets, checked when named in `stale_checked`; `drawn` values printed on the
    page inside their widget, as some exports print a static form's answers."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=0)
    canvas.drawString(40, 800, "Child Protection Conference Booking Form")
    y = 770.0
    for name, label in rows:
        canvas.drawString(40, y, label)
        if name in drawn:
            canvas.drawString(204, y, drawn[name])
        canvas.acroForm.textfield(name=name, value=stale.get(name, ""), x=200, y=y - 4,
                                  width=340, height=16, borderWidth=0.5)  # fmt: skip
        y -= 24
    for name, label in checks:
        canvas.acroForm.checkbox(name=name, x=40, y=y - 3, size=11, borderWidth=0.5,
                                 checked=name in stale_checked, buttonStyle="cross")  # fmt: skip
        canvas.drawString(58, y, label)
        y -= 20
    canvas.save()
    data = _designer_names(buffer.getvalue())
    return _with_xfa(data, template, datasets, needs_rendering=False)


def _designer_names(data: bytes) -> bytes:
    """Each field under `form1[0]` › `#subform[0]`, its own name `Name[0]`, as Designer saves."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    acro = writer._root_object["/AcroForm"]
    fields = [ref.get_object() for ref in acro["/Fields"]]
    root = writer._add_object(_dict({"/T": TextStringObject("form1[0]")}))
    page = writer._add_object(_dict({"/T": TextStringObject("#subform[0]"), "/Parent": root}))
    root.get_object()[NameObject("/Kids")] = ArrayObject([page])
    page.get_object()[NameObject("/Kids")] = ArrayObject(list(acro["/Fields"]))
    for field in fields:
        field[NameObject("/T")] = TextStringObject(f"{field['/T']}[0]")
        field[NameObject("/Parent")] = page
    acro[NameObject("/Fields")] = ArrayObject([root])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _dict(items: Mapping[str, Any]) -> Any:
    from pypdf.generic import DictionaryObject

    return DictionaryObject({NameObject(k): v for k, v in items.items()})


def _with_xfa(data: bytes, template: str, datasets: str | bytes, *, needs_rendering: bool) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    packets: list[Any] = []
    raw = datasets.encode() if isinstance(datasets, str) else datasets
    for name, body in (
        ("preamble", b'<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/">'),
        ("config", b'<config xmlns="http://www.xfa.org/schema/xci/3.1/"/>'),
        ("template", template.encode()),
        ("datasets", raw),
        ("postamble", b"</xdp:xdp>"),
    ):
        stream = DecodedStreamObject()
        stream.set_data(body)
        packets += [TextStringObject(name), writer._add_object(stream)]
    root = writer._root_object
    if "/AcroForm" not in root:
        root[NameObject("/AcroForm")] = _dict({"/Fields": ArrayObject()})
    root["/AcroForm"].get_object()[NameObject("/XFA")] = ArrayObject(packets)
    if needs_rendering:
        root[NameObject("/NeedsRendering")] = BooleanObject(True)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
