"""XFA forms (Adobe LiveCycle Designer / AEM Forms) written by hand.

``build(...)`` writes a PDF whose AcroForm carries an /XFA array
[(preamble) (config) (template) (localeSet) (datasets) (postamble)].

* static XFA: the page content stream draws the form and its answers; AcroForm widgets exist
  with empty or stale /V and empty appearances (what LiveCycle leaves behind when the data was
  merged by a server and the AcroForm copy was not synchronised);
* dynamic XFA: /NeedsRendering true, the page shows only Adobe's "Please wait..." text, the
  answers exist only in the datasets packet.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from pdfw import PDF, Canvas, add_fonts, pdf_string, wrap

PLEASE_WAIT = [
    ("F2", 14, "Please wait..."),
    ("F1", 10, ""),
    ("F1", 10, "If this message is not eventually replaced by the proper contents of the document, your PDF"),
    ("F1", 10, "viewer may not be able to display this type of document."),
    ("F1", 10, ""),
    ("F1", 10, "You can upgrade to the latest version of Adobe Reader for Windows\xae, Mac, or Linux\xae by"),
    ("F1", 10, "visiting  http://www.adobe.com/go/reader_download."),
    ("F1", 10, ""),
    ("F1", 10, "For more assistance with Adobe Reader visit  http://www.adobe.com/go/acrreader."),
    ("F1", 10, ""),
    ("F1", 8, "Windows is either a registered trademark or a trademark of Microsoft Corporation in the United States and/or other"),
    ("F1", 8, "countries. Mac is a trademark of Apple Inc., registered in the United States and other countries. Linux is the registered"),
    ("F1", 8, "trademark of Linus Torvalds in the U.S. and other countries."),
]

CONFIG = ('<config xmlns="http://www.xfa.org/schema/xci/3.1/"><agent name="designer">'
          '<destination>pdf</destination><pdf><fontInfo/></pdf></agent><present><pdf>'
          '<version>1.7</version><adobeExtensionLevel>8</adobeExtensionLevel><renderPolicy>{policy}</renderPolicy>'
          '<scriptModel>XFA</scriptModel><interactive>1</interactive></pdf><xdp><packets>*</packets></xdp>'
          '<destination>pdf</destination><script><runScripts>server</runScripts></script></present>'
          '<psMap><font typeface="Arial" psName="ArialMT" weight="normal" posture="normal"/></psMap>'
          '<acrobat><acrobat7><dynamicRender>{dyn}</dynamicRender></acrobat7><validate>preSubmit</validate></acrobat></config>')

LOCALESET = ('<localeSet xmlns="http://www.xfa.org/schema/xfa-locale-set/2.7/"><locale name="en_GB" desc="English (United Kingdom)">'
             '<calendarSymbols name="gregorian"><monthNames><month>January</month><month>February</month><month>March</month>'
             '<month>April</month><month>May</month><month>June</month><month>July</month><month>August</month>'
             '<month>September</month><month>October</month><month>November</month><month>December</month></monthNames>'
             '</calendarSymbols><datePatterns><datePattern name="full">EEEE D MMMM YYYY</datePattern>'
             '<datePattern name="med">D MMM YYYY</datePattern><datePattern name="short">DD/MM/YYYY</datePattern></datePatterns>'
             '</locale></localeSet>')


def template_xml(root: str, fields: list[tuple], dynamic: bool) -> str:
    """fields: ('text', name, caption) | ('check', name, caption, on, off) | ('date', name, caption)
    | ('sub', name, caption, [fields], repeat: bool)."""

    def render(fs, depth=0) -> str:
        out = []
        y = 10
        for f in fs:
            kind = f[0]
            if kind == "text":
                out.append(f'<field name="{f[1]}" w="170mm" h="9mm" x="10mm" y="{y}mm"><ui><textEdit multiLine="1"/></ui>'
                           f'<caption reserve="55mm"><value><text>{escape(f[2])}</text></value></caption>'
                           f'<font typeface="Arial" size="10pt"/></field>')
            elif kind == "date":
                out.append(f'<field name="{f[1]}" w="90mm" h="9mm" x="10mm" y="{y}mm"><ui><dateTimeEdit><button/></dateTimeEdit></ui>'
                           f'<format><picture>date{{DD/MM/YYYY}}</picture></format><value><date/></value>'
                           f'<caption reserve="55mm"><value><text>{escape(f[2])}</text></value></caption></field>')
            elif kind == "check":
                on, off = f[3], f[4]
                tag = "integer" if on.isdigit() else "text"
                out.append(f'<field name="{f[1]}" w="120mm" h="7mm" x="10mm" y="{y}mm"><ui><checkButton shape="square" size="4mm"/></ui>'
                           f'<items><{tag}>{on}</{tag}><{tag}>{off}</{tag}></items>'
                           f'<caption placement="right" reserve="110mm"><value><text>{escape(f[2])}</text></value></caption></field>')
            elif kind == "sub":
                occur = '<occur min="1" max="-1"/>' if f[4] else ""
                out.append(f'<subform name="{f[1]}" layout="{"tb" if dynamic else "position"}" w="190mm">{occur}'
                           f'<draw name="hdr_{f[1]}"><value><text>{escape(f[2])}</text></value></draw>'
                           f'{render(f[3], depth + 1)}</subform>')
            y += 10
        return "".join(out)

    layout = "tb" if dynamic else "position"
    return ('<template xmlns="http://www.xfa.org/schema/xfa-template/3.3/">'
            f'<?formServer defaultPDFRenderFormat acrobat10.0{"dynamic" if dynamic else "static"}?>'
            f'<subform name="{root}" layout="{layout}" locale="en_GB" restoreState="auto">'
            '<pageSet><pageArea name="Page1" id="Page1"><contentArea x="0.25in" y="0.25in" w="8in" h="10.5in"/>'
            '<medium stock="a4" short="210mm" long="297mm"/></pageArea></pageSet>'
            f'<subform name="Page1Body" layout="{layout}" w="210mm">{render(fields)}</subform>'
            '</subform></template>')


def datasets_xml(root: str, data: list[tuple]) -> str:
    """data: (name, value) | (name, [ (name, value)... ]) for groups (a list of groups repeats)."""

    def render(items) -> str:
        out = []
        for name, value in items:
            if isinstance(value, list):
                out.append(f"<{name}>{render(value)}</{name}>")
            elif value == "":
                out.append(f"<{name}/>")
            else:
                out.append(f"<{name}>{escape(value)}</{name}>")
        return "".join(out)

    return ('<xfa:datasets xmlns:xfa="http://www.xfa.org/schema/xfa-data/1.0/"><xfa:data>'
            f'<{root}>{render(data)}</{root}></xfa:data>'
            '<dd:dataDescription xmlns:dd="http://ns.adobe.com/data-description/" dd:name="' + root + '"/>'
            '</xfa:datasets>')


def build(*, dynamic: bool, template: str, datasets: str, pages: list[Canvas] | None,
          acro_fields: list[dict], info: dict, uuid: str, timestamp: str) -> bytes:
    pdf = PDF()
    font_res = add_fonts(pdf)
    policy = "client" if dynamic else "server"
    packets = [
        ("preamble", f'<?xml version="1.0" encoding="UTF-8"?>\n<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/" '
                     f'timeStamp="{timestamp}" uuid="{uuid}">'),
        ("config", CONFIG.format(policy=policy, dyn="required" if dynamic else "forbidden")),
        ("template", template),
        ("localeSet", LOCALESET),
        ("datasets", datasets),
        ("postamble", "</xdp:xdp>"),
    ]
    refs = []
    for name, xml in packets:
        n = pdf.stream(xml.encode("utf-8"))
        refs.append(f"({name}) {n} 0 R")

    if dynamic:
        c = Canvas()
        y = 800
        for font, size, text in PLEASE_WAIT:
            if text:
                c.text(40, y, text, font, size)
            y -= size * 1.5
        pages = [c]

    # AcroForm field tree: form1[0] -> #subform[0] -> fields (widgets merged into fields)
    pages_n = pdf.reserve()
    page_ns = [pdf.reserve() for _ in pages]
    top = pdf.reserve()
    sub = pdf.reserve()
    kids = []
    ap_empty = pdf.stream(b"", extra="/Type /XObject /Subtype /Form /BBox [0 0 10 10] ", compress=False)
    for f in acro_fields:
        rect = " ".join(f"{v:g}" for v in f["rect"])
        common = (f"/Type /Annot /Subtype /Widget /Parent {sub} 0 R /P {page_ns[f.get('page', 0)]} 0 R "
                  f"/T {pdf_string(f['name']).decode('latin-1')} /Rect [{rect}] /F 4 /MK << >> ")
        if f["type"] == "text":
            v = pdf_string(f.get("value", "")).decode("latin-1")
            n = pdf.add(f"<< {common}/FT /Tx /Ff 4096 /DA (/F1 0 Tf 0 g) /V {v} /AP << /N {ap_empty} 0 R >> >>")
        else:
            on = f.get("on", "1")
            state = f.get("value", "Off")
            n = pdf.add(f"<< {common}/FT /Btn /DA (/F3 0 Tf 0 g) /V /{state} /AS /{state} "
                        f"/AP << /N << /{on} {ap_empty} 0 R /Off {ap_empty} 0 R >> >> >>")
        kids.append((n, f.get("page", 0)))
    pdf.set(sub, f"<< /T (#subform[0]) /Parent {top} 0 R /Kids [{' '.join(f'{k} 0 R' for k, _ in kids)}] >>")
    pdf.set(top, f"<< /T (form1[0]) /Kids [{sub} 0 R] >>")

    for i, c in enumerate(pages):
        content = pdf.stream(c.data())
        annots = " ".join(f"{k} 0 R" for k, p in kids if p == i)
        an = f" /Annots [{annots}]" if annots else ""
        pdf.set(page_ns[i], f"<< /Type /Page /Parent {pages_n} 0 R /MediaBox [0 0 612 792] "
                            f"/Resources << /Font << {font_res} >> /ProcSet [/PDF /Text] >> /Contents {content} 0 R{an} >>")
    pdf.set(pages_n, f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ns)}] /Count {len(page_ns)} >>")
    acro = (f"<< /Fields [{top} 0 R] /DR << /Font << {font_res} >> >> /DA (/F1 0 Tf 0 g) "
            f"/XFA [{' '.join(refs)}] >>")
    acro_n = pdf.add(acro)
    extra = " /NeedsRendering true" if dynamic else ""
    root = pdf.add(f"<< /Type /Catalog /Pages {pages_n} 0 R /AcroForm {acro_n} 0 R{extra} "
                   "/Extensions << /ADBE << /BaseVersion /1.7 /ExtensionLevel 8 >> >> >>")
    return pdf.finish(root, info)


class StaticPage:
    """Draws a static XFA page: captions and the merged values, and records widget rectangles."""

    def __init__(self, title: str, subtitle: str = ""):
        self.pages: list[Canvas] = [Canvas()]
        self.c = self.pages[0]
        self.y = 750
        self.texts: list[str] = []
        self.fields: list[dict] = []
        self.c.rect(30, 30, 552, 732, stroke=(0.2, 0.2, 0.5), lw=1)
        self.c.text(40, self.y, title, "F2", 13)
        self.texts.append(title)
        self.y -= 16
        if subtitle:
            self.c.text(40, self.y, subtitle, "F1", 8)
            self.texts.append(subtitle)
            self.y -= 14

    @staticmethod
    def _n(name: str) -> str:
        return name.replace(".", "_").replace("[", "_").replace("]", "") + "[0]"

    def newpage(self) -> None:
        self.c = Canvas()
        self.pages.append(self.c)
        self.c.rect(30, 30, 552, 732, stroke=(0.2, 0.2, 0.5), lw=1)
        self.y = 750

    def need(self, h: float) -> None:
        if self.y - h < 45:
            self.newpage()

    def heading(self, text: str) -> None:
        self.need(24)
        self.y -= 6
        self.c.rect(36, self.y - 4, 540, 15, fill=(0.85, 0.88, 0.95), stroke=None)
        self.c.text(40, self.y, text, "F2", 10)
        self.texts.append(text)
        self.y -= 18

    def field(self, name: str, caption: str, value: str, stale: str = "", wide: bool = True) -> None:
        lines = wrap(value, 370, "F1", 9) if value else [""]
        h = max(1, len(lines)) * 11 + 6
        self.need(h + 4)
        self.c.text(40, self.y, caption, "F1", 8.5)
        self.texts.append(caption)
        top = self.y + 9
        self.c.rect(200, top - h, 376, h, stroke=(0.5, 0.5, 0.5), lw=0.5)
        yy = self.y
        for l in lines:
            if l:
                self.c.text(204, yy, l, "F1", 9)
                self.texts.append(l)
            yy -= 11
        if len(lines) > 1:
            self.texts.append(value)
        self.fields.append({"type": "text", "name": self._n(name), "rect": [200, top - h, 576, top],
                            "value": stale, "page": len(self.pages) - 1})
        self.y -= h + 4

    def check(self, name: str, caption: str, checked: bool, on: str = "1", stale: str | None = None) -> None:
        self.need(16)
        self.c.rect(204, self.y - 2, 9, 9, stroke=(0, 0, 0), lw=0.7)
        if checked:
            self.c.line(205.5, self.y - 0.5, 211.5, self.y + 5.5, 1)
            self.c.line(205.5, self.y + 5.5, 211.5, self.y - 0.5, 1)
        self.c.text(220, self.y, caption, "F1", 9)
        self.texts.append(caption)
        self.fields.append({"type": "check", "name": self._n(name), "rect": [204, self.y - 2, 213, self.y + 7],
                            "value": stale if stale is not None else "Off", "on": on, "page": len(self.pages) - 1})
        self.y -= 15

    def note(self, text: str, size: float = 8) -> None:
        for l in wrap(text, 520, "F1", size):
            self.need(size + 4)
            self.c.text(40, self.y, l, "F1", size)
            self.texts.append(l)
            self.y -= size + 3
        self.texts.append(text)
