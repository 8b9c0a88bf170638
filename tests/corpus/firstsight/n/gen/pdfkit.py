"""reportlab helpers shared by the PDF layouts (fonts, wrapped text that registers itself)."""
import io
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

FD = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"),
                 ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf"),
                 ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf")]:
    try:
        pdfmetrics.getFont(name)
    except KeyError:
        pdfmetrics.registerFont(TTFont(name, FD + fn))


def new_canvas(size=A4, title="Booking form", author="Children's Services"):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Microsoft Word for Microsoft 365")
    return c, buf


def wrap(text, font, size, width):
    out = []
    for para in text.split("\n"):
        out.extend(simpleSplit(para, font, size, width) or [""])
    return out


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)
