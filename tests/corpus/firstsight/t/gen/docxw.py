"""Word documents: Google Docs style exports, Word for the web style exports, plain python-docx forms.

All zips are written with fixed timestamps so the output is byte-for-byte reproducible.
"""
from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

FIXED = (2026, 12, 1, 9, 0, 0)


def zip_bytes(files: list[tuple[str, bytes | str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def normalize_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    files = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    # python-docx stamps core.xml with no dates by default; keep everything else as is
    return zip_bytes(files)


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

CT_BASE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
           '<Default Extension="xml" ContentType="application/xml"/>'
           '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
           '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
           '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
           '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
           '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
           '{extra}</Types>')

ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
             '{extra}</Relationships>')

DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '</Relationships>')


# ====================================================================== Google Docs

def _g_rpr(p: dict) -> str:
    font = p.get("font", "Arial")
    s = (f'<w:rFonts w:ascii="{font}" w:cs="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>')
    if p.get("b"):
        s += '<w:b w:val="1"/>'
    if p.get("i"):
        s += '<w:i w:val="1"/>'
    if p.get("strike"):
        s += '<w:strike w:val="1"/>'
    s += f'<w:color w:val="{p.get("color", "000000")}"/>'
    sz = p.get("sz", 22)
    s += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    if p.get("hl"):
        s += f'<w:shd w:fill="{p["hl"]}" w:val="clear"/>'
    if p.get("u"):
        s += '<w:u w:val="single"/>'
    s += '<w:rtl w:val="0"/>'
    return f"<w:rPr>{s}</w:rPr>"


def gdocs_docx(paragraphs: list[dict], title: str = "") -> bytes:
    """paragraphs: {'runs': [(text, props)], 'num': None|'unchecked'|'checked'|'dash', 'align': ..,
    'before': twips, 'after': twips}.  Every format is a direct run property; the styles part holds
    docDefaults and Normal only, as in a Google Docs export."""
    body = []
    for para in paragraphs:
        ppr = ""
        num = para.get("num")
        if num:
            num_id = {"unchecked": 1, "checked": 2, "dash": 3}[num]
            ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
            ppr += '<w:ind w:left="720" w:hanging="360"/>'
        ppr += (f'<w:spacing w:after="{para.get("after", 0)}" w:before="{para.get("before", 0)}" '
                f'w:line="276" w:lineRule="auto"/>')
        if para.get("align"):
            ppr += f'<w:jc w:val="{para["align"]}"/>'
        ppr += "<w:rPr/>"
        runs = "".join(
            f'<w:r>{_g_rpr(p)}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>' for t, p in para["runs"])
        body.append(f'<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document {W_NS} {R_NS} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">'
           '<w:body>' + "".join(body) +
           '<w:sectPr><w:pgSz w:h="16834" w:w="11909" w:orient="portrait"/>'
           '<w:pgMar w:bottom="1440" w:top="1440" w:left="1440" w:right="1440" w:header="720" w:footer="720"/>'
           '<w:pgNumType w:start="1"/></w:sectPr></w:body></w:document>')

    def absnum(i: int, glyph: str, font: str = "Arial") -> str:
        lvls = "".join(
            f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
            f'<w:lvlText w:val="{glyph}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{720 * (k + 1)}" w:hanging="360"/></w:pPr>'
            f'<w:rPr><w:rFonts w:ascii="{font}" w:cs="{font}" w:eastAsia="{font}" w:hAnsi="{font}"/>'
            f'<w:u w:val="none"/></w:rPr></w:lvl>' for k in range(9))
        return f'<w:abstractNum w:abstractNumId="{i}"><w:nsid w:val="{0x1A2B3C40 + i:08X}"/><w:multiLevelType w:val="hybridMultilevel"/>{lvls}</w:abstractNum>'

    numbering = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 f'<w:numbering {W_NS}>' + absnum(1, "☐") + absnum(2, "☑") + absnum(3, "-") +
                 '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>'
                 '<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num></w:numbering>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<w:styles {W_NS}><w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
              '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat/></w:style>'
              '</w:styles>')
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:settings {W_NS}><w:displayBackgroundShape w:val="1"/><w:defaultTabStop w:val="720"/>'
                '<w:compat><w:compatSetting w:val="15" w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word"/></w:compat></w:settings>')
    fonts = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             f'<w:fonts {W_NS}><w:font w:name="Arial"/><w:font w:name="Courier New"/></w:fonts>')
    return zip_bytes([
        ("[Content_Types].xml", CT_BASE.format(extra="")),
        ("_rels/.rels", ROOT_RELS.format(extra="")),
        ("word/document.xml", doc),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/numbering.xml", numbering),
        ("word/styles.xml", styles),
        ("word/settings.xml", settings),
        ("word/fontTable.xml", fonts),
    ])


# ====================================================================== Word for the web

def word_online_docx(paragraphs: list[list], seed: int = 7) -> bytes:
    """paragraphs: list of run lists; a run is ('t', text, props) or ('sym', font, hexchar) or ('tab',).
    Mimics a Word for the web save: w14 paragraph ids, rsids, Normal/Title styles, symbol
    characters inserted as <w:sym> (no text in the run)."""
    body = []
    for n, runs in enumerate(paragraphs):
        pid = f"{(seed * 7919 + n * 104729) & 0x7FFFFFFF:08X}"
        style = ""
        if runs and runs[0] == ("style", "Title"):
            style = '<w:pStyle w:val="Title"/>'
            runs = runs[1:]
        out = []
        for r in runs:
            if r[0] == "t":
                _, text, p = r
                rpr = ""
                if p.get("b"):
                    rpr += "<w:b/><w:bCs/>"
                if p.get("sz"):
                    rpr += f'<w:sz w:val="{p["sz"]}"/><w:szCs w:val="{p["sz"]}"/>'
                out.append(f'<w:r w:rsidRPr="00{seed:02d}4A1C"><w:rPr>{rpr}<w:lang w:val="en-GB"/></w:rPr>'
                           f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')
            elif r[0] == "sym":
                _, font, ch = r
                out.append(f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>'
                           f'<w:sym w:font="{font}" w:char="{ch}"/></w:r>')
            elif r[0] == "tab":
                out.append("<w:r><w:tab/></w:r>")
        body.append(f'<w:p w14:paraId="{pid}" w14:textId="77777777" w:rsidR="00{seed:02d}4A1C" '
                    f'w:rsidRDefault="00{seed:02d}4A1C" w:rsidP="2F1E0C{n % 90 + 10:02d}">'
                    f'<w:pPr>{style}<w:tabs><w:tab w:val="left" w:pos="3969"/></w:tabs></w:pPr>{"".join(out)}</w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document {W_NS} {R_NS} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
           'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14 w15">'
           '<w:body>' + "".join(body) +
           '<w:sectPr w:rsidR="00A14A1C"><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
           '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<w:styles {W_NS}><w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'
              '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/>'
              '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/>'
              '</w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
              '<w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
              '</w:styles>')
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:settings {W_NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
                '<w:characterSpacingControl w:val="doNotCompress"/><w:rsids><w:rsidRoot w:val="00A14A1C"/></w:rsids>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '</w:settings>')
    fonts = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             f'<w:fonts {W_NS}><w:font w:name="Calibri"/><w:font w:name="Wingdings"><w:charset w:val="02"/></w:font></w:fonts>')
    numbering = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W_NS}/>'
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
           '<AppVersion>16.0000</AppVersion></Properties>')
    ct = CT_BASE.format(extra='<Override PartName="/docProps/app.xml" '
                              'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>')
    rels = ROOT_RELS.format(extra='<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/'
                                  '2006/relationships/extended-properties" Target="docProps/app.xml"/>')
    return zip_bytes([
        ("[Content_Types].xml", ct),
        ("_rels/.rels", rels),
        ("word/document.xml", doc),
        ("word/_rels/document.xml.rels", DOC_RELS),
        ("word/styles.xml", styles),
        ("word/settings.xml", settings),
        ("word/fontTable.xml", fonts),
        ("word/numbering.xml", numbering),
        ("docProps/app.xml", app),
    ])


# ====================================================================== plain python-docx forms

def table_form(title: str, subtitle: str, sections: list[tuple[str, list]]) -> tuple[bytes, list[str]]:
    """A conventional council form built with python-docx: each section is (heading, rows) where rows
    are [label, value] pairs or a list of lists for grids. Returns (bytes, source texts)."""
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.author = "CSC"
    d.core_properties.revision = 1
    import datetime as _dt
    d.core_properties.created = _dt.datetime(2026, 12, 1, 9, 0, 0)
    d.core_properties.modified = _dt.datetime(2026, 12, 1, 9, 0, 0)
    d.core_properties.last_modified_by = "CSC"
    texts = [title, subtitle]
    h = d.add_paragraph()
    r = h.add_run(title)
    r.bold = True
    r.font.size = Pt(14)
    if subtitle:
        d.add_paragraph(subtitle)
    for heading, rows in sections:
        if heading:
            p = d.add_paragraph()
            p.add_run(heading).bold = True
            texts.append(heading)
        if not rows:
            continue
        if isinstance(rows, str):
            for line in rows.split("\n\n"):
                d.add_paragraph(line)
                texts.append(line)
            continue
        ncol = max(len(r) for r in rows)
        t = d.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
                if v:
                    texts.append(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue()), texts
