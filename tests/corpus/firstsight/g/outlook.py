"""Outlook-style HTML reply chains with a booking form pasted into the body as a table (layout 31)."""
from __future__ import annotations

from lib import esc

CSS = ("<style><!-- p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; "
       "font-family:\"Calibri\",sans-serif;} table.MsoTableGrid {border-collapse:collapse;} --></style>")


def form_html(form):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
           'style="border-collapse:collapse;border:none;width:620px">']
    for row in form:
        kind = row[0]
        if kind == "h":
            out.append(f'<tr><td colspan="4" style="background:#1F3864;padding:3pt"><p class="MsoNormal">'
                       f'<b><span style="color:white">{esc(row[1])}</span></b></p></td></tr>')
        elif kind == "kv":
            out.append(f'<tr><td style="width:220px;background:#D9E2F3;padding:3pt"><p class="MsoNormal"><b>'
                       f'{esc(row[1])}</b></p></td><td colspan="3" style="padding:3pt"><p class="MsoNormal">'
                       f'{esc(row[2])}</p></td></tr>')
        elif kind == "grid":
            heads, rows = row[1], row[2]
            out.append("<tr>" + "".join(f'<td style="background:#D9E2F3;padding:3pt"><p class="MsoNormal"><b>'
                                        f'{esc(h)}</b></p></td>' for h in heads) + "</tr>")
            for r in rows:
                out.append("<tr>" + "".join(f'<td style="padding:3pt"><p class="MsoNormal">{esc(c)}</p></td>'
                                            for c in r) + "</tr>")
        elif kind == "tick":  # label, mark
            out.append(f'<tr><td colspan="3" style="padding:3pt"><p class="MsoNormal">{esc(row[1])}</p></td>'
                       f'<td style="width:40px;text-align:center;padding:3pt"><p class="MsoNormal" align="center">'
                       f'<b>{esc(row[2])}</b></p></td></tr>')
        elif kind == "text":
            out.append(f'<tr><td colspan="4" style="padding:3pt"><p class="MsoNormal">{esc(row[1])}</p></td></tr>')
    out.append("</table>")
    return "\n".join(out)


def form_text(form):
    lines = []
    for row in form:
        kind = row[0]
        if kind in ("h", "text"):
            lines.append(row[1])
        elif kind == "kv":
            lines.append(f"{row[1]}\t{row[2]}")
        elif kind == "grid":
            lines.append("\t".join(row[1]))
            for r in row[2]:
                lines.append("\t".join(r))
        elif kind == "tick":
            lines.append(f"{row[1]}\t{row[2]}")
    return "\n".join(lines)


def form_texts(form):
    xs = []
    for row in form:
        kind = row[0]
        if kind in ("h", "text"):
            xs.append(row[1])
        elif kind == "kv":
            xs += [row[1], row[2], f"{row[1]} {row[2]}"]
        elif kind == "grid":
            xs += list(row[1])
            for r in row[2]:
                xs += list(r) + [" ".join(r)]
        elif kind == "tick":
            xs += [row[1], row[2]]
    return xs


def chain(messages):
    """messages newest first: dict(header=None|dict(From,Sent,To,Cc,Subject), paras=[...], sig=[...], form=None|list).
    Returns (html, text, texts)."""
    h = ['<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
         'content="text/html; charset=utf-8">' + CSS + '</head><body lang="EN-GB"><div class="WordSection1">']
    t, texts = [], []
    for i, msg in enumerate(messages):
        hdr = msg.get("header")
        if hdr:
            h.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                     '<p class="MsoNormal">')
            t.append("\n________________________________")
            for k in ("From", "Sent", "To", "Cc", "Subject"):
                if hdr.get(k):
                    h.append(f"<b>{k}:</b> {esc(hdr[k])}<br>")
                    t.append(f"{k}: {hdr[k]}")
                    texts.append(f"{k}: {hdr[k]}")
            h.append("</p></div><p class=\"MsoNormal\">&nbsp;</p>")
            t.append("")
        for p in msg.get("paras", []):
            h.append(f'<p class="MsoNormal">{esc(p)}</p><p class="MsoNormal">&nbsp;</p>')
            t.append(p)
            t.append("")
            texts.append(p)
        if msg.get("form"):
            h.append(form_html(msg["form"]))
            h.append('<p class="MsoNormal">&nbsp;</p>')
            t.append(form_text(msg["form"]))
            t.append("")
            texts += form_texts(msg["form"])
        if msg.get("sig"):
            h.append('<p class="MsoNormal"><span style="font-size:10.0pt;color:#44546A">' +
                     "<br>".join(esc(s) for s in msg["sig"]) + "</span></p>")
            t.append("\n".join(msg["sig"]))
            t.append("")
            texts += msg["sig"]
        if msg.get("disclaimer"):
            h.append(f'<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">{esc(msg["disclaimer"])}'
                     '</span></p>')
            t.append(msg["disclaimer"])
            t.append("")
            texts.append(msg["disclaimer"])
    h.append("</div></body></html>")
    text = "\n".join(t).strip() + "\n"
    texts.append(text)
    return "\n".join(h), text, texts
