"""Build a small stand-in 'Wingdings' TrueType font: DejaVu Sans box glyphs mapped at the
private-use code points Word uses for Wingdings symbols (U+F0A8 empty box, U+F0FD box with X,
U+F0FE box with tick), so a Word 'Save as PDF' text layer carries PUA characters."""
import os
from fontTools.ttLib import TTFont
from fontTools import subset

SRC = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Wingdings-standin.ttf")
MAP = {0xF0A8: 0x2610, 0xF0FD: 0x2612, 0xF0FE: 0x2611, 0xF06F: 0x2610, 0x20: 0x20}


def build():
    if os.path.exists(OUT):
        return OUT
    f = TTFont(SRC)
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    s = subset.Subsetter(opts)
    s.populate(unicodes=list(set(MAP.values())))
    s.subset(f)
    best = f.getBestCmap()
    for t in f["cmap"].tables:
        if t.isUnicode():
            for pua, real in MAP.items():
                t.cmap[pua] = best[real]
            for real in (0x2610, 0x2611, 0x2612):
                t.cmap.pop(real, None)
    for rec in f["name"].names:
        if rec.nameID in (1, 4, 16):
            rec.string = "Wingdings"
        elif rec.nameID == 6:
            rec.string = "Wingdings-Regular"
    f.save(OUT)
    return OUT


if __name__ == "__main__":
    print(build())
