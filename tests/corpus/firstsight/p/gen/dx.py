"""python-docx helpers that record text."""
from docx import Document
from docx.enum.text import WD_COLOR_INDEX  # noqa
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from common import docx_bytes  # noqa: F401


def new(rec, header=None, landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    if landscape:
        from docx.enum.section import WD_ORIENT
        s = doc.sections[0]
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    if header:
        p = doc.sections[0].header.paragraphs[0]
        p.text = rec.t(header)
    return doc


def para(doc, rec, text, bold=False, italic=False, size=None, grey=False, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(rec.t(text))
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if grey:
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return p


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_write(cell, rec, content):
    """content: str, or list of (text, fmt) where fmt has letters b/i/g (bold/italic/grey);
    a '\n' text item starts a new paragraph. Records each paragraph's text."""
    if isinstance(content, str):
        content = [(content, "")]
    paras = [[]]
    for txt, fmt in content:
        if txt == "\n":
            paras.append([])
        else:
            paras[-1].append((txt, fmt))
    first = True
    for runs in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        for txt, fmt in runs:
            r = p.add_run(txt)
            r.bold = "b" in fmt
            r.italic = "i" in fmt
            if "g" in fmt:
                r.font.color.rgb = RGBColor(0x7F, 0x7F, 0x7F)
            if "s" in fmt:
                r.font.size = Pt(8)
        rec.t("".join(t for t, _ in runs))


def table(doc, rec, rows, header=False, shade_first_col=False, widths=None):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=0, cols=ncol)
    t.style = "Table Grid"
    for ri, row in enumerate(rows):
        cells = t.add_row().cells
        if len(row) < ncol:  # merge the tail
            a = cells[len(row) - 1].merge(cells[ncol - 1])
            cells = list(cells[:len(row) - 1]) + [a]
        for ci, content in enumerate(row):
            if header and ri == 0 and isinstance(content, str):
                content = [(content, "b")]
            cell_write(cells[ci], rec, content)
            if (header and ri == 0) or (shade_first_col and ci == 0):
                shade(cells[ci])
    if widths:
        from docx.shared import Cm
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Cm(w)
    doc.add_paragraph()
    return t
