"""The five layouts of set B (136-140). Each function returns (body_plain, body_html, attachments)
where attachments are (filename, kind, blocks) and kind is 'docx' or 'pdf'."""
from __future__ import annotations

import html as H


def esc(s: str) -> str:
    return H.escape(s, quote=False)


SIG = {
    "wakefield": "Safeguarding and Review Unit\nChildren and Young People's Service\nWakefield Council",
    "leeds": "Integrated Safeguarding Unit\nChildren and Families\nLeeds City Council",
    "calderdale": "CP Administration\nCalderdale Council",
    "kirklees": "Child Protection Conference Team\nKirklees Council",
    "bradford": "Conference and Review Service\nCity of Bradford Metropolitan District Council",
}


# ------------------------------------------------------------- 136: distribution list in the body
def l136(c):
    head = c["head"]                 # list of (label, value)
    dist = c["dist"]                 # list of (who, instruction or '')
    reason = c["reason"]             # list of paragraphs
    intro = c["intro"]
    sign = c["sign"]
    lines = [intro, ""]
    for k, v in head:
        lines.append(f"{k}: {v}")
    lines += ["", c.get("dist_title", "DISTRIBUTION - AND WHAT WE NEED FROM EACH OF YOU")]
    for who, ins in dist:
        lines.append(f"{who} - {ins}" if ins else who)
    lines += ["", c.get("reason_title", "WHY WE ARE MEETING")]
    for p in reason:
        lines += [p, ""]
    lines += [sign]
    plain = "\n".join(lines)
    if not c.get("html"):
        return plain, None, []
    hh = ['<html><body style="font-family:Calibri,sans-serif;font-size:11pt">', f"<p>{esc(intro)}</p>",
          '<table cellpadding="3" style="border-collapse:collapse">']
    for k, v in head:
        hh.append(f'<tr><td style="background:#dde6f0"><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>')
    hh.append("</table>")
    hh.append(f"<p><b>{esc(c.get('dist_title', 'DISTRIBUTION - AND WHAT WE NEED FROM EACH OF YOU'))}</b></p><ul>")
    for who, ins in dist:
        hh.append(f"<li><b>{esc(who)}</b>" + (f" &ndash; <i>{esc(ins)}</i>" if ins else "") + "</li>")
    hh.append(f"</ul><p><b>{esc(c.get('reason_title', 'WHY WE ARE MEETING'))}</b></p>")
    for p in reason:
        hh.append(f"<p>{esc(p)}</p>")
    hh.append("<p>" + "<br>".join(esc(x) for x in sign.split("\n")) + "</p></body></html>")
    return plain, "\n".join(hh), []


# ------------------------------------------------------------- 137: Word "agency input" form
HAND_DOCX = {"font": "Segoe Script", "color": "1F3FA8", "size": 12}


def l137(c):
    blocks = [("h", c.get("form_title", "REQUEST FOR AGENCY INPUT - CHILD PROTECTION CONFERENCE"), 1),
              ("p", c.get("form_sub", "Please read Part 4: it says what we are asking of your agency.")),
              ("h", "Part 1 - The meeting", 2),
              ("table", [[k, v] for k, v in c["meeting"]]),
              ("h", "Part 2 - The family", 2),
              ("table", [["Name", "Born", "Role / lives with"]] + c["family"]),
              ("h", "Part 3 - Why we are meeting", 2)]
    for p in c["reason"]:
        blocks.append(("p", p))
    blocks.append(("h", "Part 4 - What we are asking of each agency", 2))
    blocks += c["asks"]              # pre-built blocks
    blocks.append(("p", f"Form completed by: {c['completed_by']}"))
    return c["cover"], None, [(c["filename"], "docx", blocks)]


# ------------------------------------------------------------- 138: PDF request + chair's direction
def l138(c):
    b = [("title", c.get("form_title", "CONFERENCE REQUEST AND CHAIR'S DIRECTION")),
         ("p", c["council_line"]),
         ("h", "PART A - to be completed by the social worker")]
    for k, v in c["details"]:
        b.append(("kv", k, v))
    b.append(("h", "People"))
    for k, v in c["people"]:
        b.append(("kv", k, v))
    b.append(("h", "Worries that led to this request"))
    for p in c["reason"]:
        b.append(("p", p))
    b.append(("h", "A7. " + c["police_q"]))
    for opt in c["police_opts"]:
        b.append(("opt",) + tuple(opt))
    b.append(("gap", 6))
    b.append(("h", "PART B - Chair's direction (overrides Part A where it differs)"))
    b.append(("p", "Chair's comments on invitees and attendance:"))
    if c.get("chair_hand"):
        b.append(("hand", c["chair_hand"]))
    else:
        b.append(("gap", 30))
    b.append(("kv", "Chair", c["chair"]))
    return c["cover"], None, [(c["filename"], "pdf", b)]


# ------------------------------------------------------------- 139: covering note vs the form
def l139(c):
    return c["cover"], c.get("cover_html"), [(c["filename"], c["fmt"], c["blocks"])]


# ------------------------------------------------------------- 140: agenda / running order
def agenda_html(c):
    hh = ['<html><body style="font-family:Arial,sans-serif;font-size:10.5pt">']
    hh.append("<p>" + esc(c["intro"]) + "</p>")
    hh.append(f"<h3>{esc(c['title'])}</h3>")
    for k, v in c["meeting"]:
        hh.append(f"<div><b>{esc(k)}:</b> {esc(v)}</div>")
    hh.append('<table border="1" cellpadding="4" style="border-collapse:collapse;margin-top:8px">'
              "<tr><th>Time</th><th>Item</th><th>Who / how</th></tr>")
    for t, item, who in c["agenda"]:
        hh.append(f"<tr><td>{esc(t)}</td><td>{esc(item)}</td><td>{esc(who)}</td></tr>")
    hh.append("</table>")
    hh.append(f"<h4>{esc(c.get('family_title', 'Family'))}</h4><ul>")
    for f in c["family_lines"]:
        hh.append(f"<li>{esc(f)}</li>")
    hh.append(f"</ul><h4>{esc(c.get('reason_title', 'Background for members'))}</h4>")
    for p in c["reason"]:
        hh.append(f"<p>{esc(p)}</p>")
    hh.append("<p>" + "<br>".join(esc(x) for x in c["sign"].split("\n")) + "</p></body></html>")
    return "\n".join(hh)


def agenda_plain(c):
    out = [c["intro"], "", c["title"]]
    out += [f"{k}: {v}" for k, v in c["meeting"]]
    out += ["", "Time | Item | Who / how"]
    out += [f"{t} | {i} | {w}" for t, i, w in c["agenda"]]
    out += ["", c.get("family_title", "Family")] + [f"- {f}" for f in c["family_lines"]]
    out += ["", c.get("reason_title", "Background for members")]
    for p in c["reason"]:
        out += [p, ""]
    out.append(c["sign"])
    return "\n".join(out)


def l140(c):
    if c["fmt"] == "html":
        return agenda_plain(c), agenda_html(c), []
    if c["fmt"] == "pdf":
        b = [("title", c["title"]), ("p", c["council_line"])]
        for k, v in c["meeting"]:
            b.append(("kv", k, v))
        b.append(("h", "Running order"))
        for t, item, who in c["agenda"]:
            b.append(("kv", t, f"{item} - {who}"))
        b.append(("h", c.get("family_title", "Family")))
        for f in c["family_lines"]:
            b.append(("p", f))
        b.append(("h", c.get("reason_title", "Background for members")))
        for p in c["reason"]:
            b.append(("p", p))
        return c["cover"], None, [(c["filename"], "pdf", b)]
    blocks = [("h", c["title"], 1), ("p", c["council_line"]),
              ("table", [[k, v] for k, v in c["meeting"]]),
              ("h", "Running order", 2),
              ("table", [["Time", "Item", "Who / how"]] + [list(r) for r in c["agenda"]]),
              ("h", c.get("family_title", "Family"), 2)]
    blocks += [("p", f) for f in c["family_lines"]]
    blocks.append(("h", c.get("reason_title", "Background for members"), 2))
    blocks += [("p", p) for p in c["reason"]]
    return c["cover"], None, [(c["filename"], "docx", blocks)]


LAYOUTS = {"136": l136, "137": l137, "138": l138, "139": l139, "140": l140}
