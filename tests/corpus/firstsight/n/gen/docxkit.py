"""python-docx helpers that register every text they write."""
import datetime as dt
import io
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def new_doc(author="Children's Social Care", title="Conference paperwork", landscape=False):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.title = title
    cp.created = dt.datetime(2026, 11, 30, 9, 0, 0)
    cp.modified = dt.datetime(2026, 11, 30, 9, 0, 0)
    cp.last_modified_by = author
    cp.revision = 3
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    if landscape:
        from docx.enum.section import WD_ORIENT
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    return doc


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def para(doc_or_cell, texts, text="", bold=False, size=None, style=None, runs=None, first=False):
    """Add a paragraph. runs: list of (text, fmt dict) for mixed formatting."""
    if first and hasattr(doc_or_cell, "paragraphs") and doc_or_cell.paragraphs and not doc_or_cell.paragraphs[0].text:
        p = doc_or_cell.paragraphs[0]
    else:
        p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if runs is None:
        runs = [(text, {"bold": bold, "size": size})]
    for t, f in runs:
        r = p.add_run(t)
        if f.get("bold"):
            r.bold = True
        if f.get("italic"):
            r.italic = True
        if f.get("size"):
            r.font.size = Pt(f["size"])
        if f.get("highlight"):
            r.font.highlight_color = getattr(WD_COLOR_INDEX, f["highlight"])
        if f.get("strike"):
            r.font.strike = True
        if f.get("underline"):
            r.underline = True
        if f.get("color"):
            r.font.color.rgb = RGBColor.from_string(f["color"])
    full = "".join(t for t, _ in runs)
    texts.add(full)
    return p


def table(doc, texts, rows, widths=None, header=True, style="Table Grid", shade_header="D9D9D9"):
    """rows: list of lists; a cell is a str (paragraphs split on \n) or list of (text, fmt) runs."""
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = style
    for i, row in enumerate(rows):
        cell_texts = []
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            if isinstance(val, list):
                para(cell, texts, runs=val, first=True)
                ctext = "".join(x for x, _ in val)
            else:
                parts = val.split("\n") if val else [""]
                for k, ptxt in enumerate(parts):
                    para(cell, texts, ptxt, bold=(header and i == 0), first=(k == 0))
                ctext = "\n".join(parts)
            if header and i == 0 and shade_header:
                shade(cell, shade_header)
            texts.add(ctext)
            cell_texts.append(ctext)
        texts.add(" ".join(x for x in cell_texts if x))
        if widths:
            for j, w in enumerate(widths):
                t.cell(i, j).width = Cm(w)
    return t


def save(doc):
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
