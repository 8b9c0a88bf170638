"""Word content controls (`w:sdt`): what an unanswered one says, and the date a picker holds.

A content control that nobody filled in shows its placeholder — Word's "Click or tap here to
enter text.", "Choose an item.", "Click or tap to enter a date.", or a form author's own
prompt — in grey. That text is the form's, not an answer (l-57 in the first-sight set l: a
police drop-down left on "Choose an item." was read with the rest of the form as a request).
ECMA-376 §17.5.2.39 (`w:showingPlcHdr`): the control's content *is* its placeholder; Word also
styles placeholder runs with its built-in character style "PlaceholderText", which some
generators set without the flag, so either says the control is unanswered.

What such a control becomes in the form model (`parsers.records`):

- a drop-down list or combo box (§17.5.2.15 `w:dropDownList`, §17.5.2.5 `w:comboBox`) becomes
  its list items as *unmarked* boxes — "☐ Police attendance required ☐ Written report
  sufficient": the options are there and none is chosen, which is what a row of empty tick
  boxes says (the tick reader reads it as "neither marked", DOMAIN.md §2.2). The item whose
  value is empty is the list's own "Choose an item." entry and is no option;
- any other control (plain or rich text, a date picker) becomes nothing: an empty answer.

A control that shows an answer is read as its text — except a date picker whose display does
not read as the date it holds (§17.5.2.7 `w:fullDate`): then the held date, written out.

An answered drop-down's unused list items are never read: it says only what was chosen.
"""

from __future__ import annotations

from datetime import date

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type hints

from parsers.dates import parse_date
from parsers.word_lines import box

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OFF = frozenset({"0", "false", "off"})
_PLACEHOLDER_STYLE = "placeholdertext"
#: A longer list is a picker (a list of schools, of workers), not the options of a question:
#: its items would bury the line they stand on.
MAX_OPTIONS = 12


def showing_placeholder(sdt: etree._Element) -> bool:
    """Whether the control shows its placeholder rather than an answer (module docstring).

    Only a control of inline or paragraph content: a control around table rows or cells (a
    repeating section) holds the form's own rows, which are read whatever its flag says."""
    if not _one_answer(sdt):
        return False
    flag = sdt.find(f"{W}sdtPr/{W}showingPlcHdr")
    if flag is not None and (flag.get(f"{W}val") or "1").lower() not in _OFF:
        return True
    runs = [r for r in sdt.iter(f"{W}r") if "".join(r.itertext()).strip()]
    return bool(runs) and all(_placeholder_run(r) for r in runs)


def _one_answer(sdt: etree._Element) -> bool:
    """Whether the control holds one answer: text, not the form's own table rows or cells."""
    content = sdt.find(f"{W}sdtContent")
    return content is not None and not any(
        content.find(f".//{W}{tag}") is not None for tag in ("tr", "tc", "tbl")
    )


def _placeholder_run(run: etree._Element) -> bool:
    style = run.find(f"{W}rPr/{W}rStyle")
    return style is not None and str(style.get(f"{W}val", "")).lower() == _PLACEHOLDER_STYLE


def unanswered_text(sdt: etree._Element) -> str:
    """What an unanswered control says: its list's options unmarked, else nothing."""
    props = sdt.find(f"{W}sdtPr")
    if props is None:
        return ""
    listing = props.find(f"{W}dropDownList")
    if listing is None:
        listing = props.find(f"{W}comboBox")
    if listing is None:
        return ""
    options = [option for item in listing.iter(f"{W}listItem") if (option := _option(item))]
    if not options or len(options) > MAX_OPTIONS:
        return ""
    return "".join(box(False) + option + " " for option in options)


def _option(item: etree._Element) -> str:
    """A list item's text; "" for the item with an empty value (the "Choose an item." entry
    Word puts first). An item may carry only one of its value and its display text."""
    value = item.get(f"{W}value")
    if value is not None and not value.strip():
        return ""
    return " ".join(str(item.get(f"{W}displayText") or value or "").split())


def shown_text(sdt: etree._Element) -> str:
    """The text a control shows (its runs' `w:t`, in order)."""
    return "".join(t.text or "" for t in sdt.iter(f"{W}t"))


def picked_date(sdt: etree._Element) -> date | None:
    """A date picker's machine date (§17.5.2.7 `w:date/@w:fullDate`, "2027-01-14T00:00:00Z").

    The display text follows whatever `w:dateFormat` the author chose ("14-Jan-27", "Tue
    12/01/2027", "dddd d MMMM" with no year, or "MM/dd/yyyy" from a US template); the machine
    date is what the picker holds, whatever it shows."""
    picker = sdt.find(f"{W}sdtPr/{W}date")
    if picker is None or not _one_answer(sdt):
        return None
    try:
        return date.fromisoformat(str(picker.get(f"{W}fullDate") or "")[:10])
    except ValueError:
        return None


def date_answer(sdt: etree._Element, *, shown: str) -> str:
    """The text a date picker gives the form: its display when that reads as the date it
    holds, else the date it holds written out ("7 January 2027") — a display with no year or
    in another country's order would otherwise give no date or the wrong one."""
    held = picked_date(sdt)
    if held is None or parse_date(shown) == held:
        return shown
    return f"{held.day} {_MONTHS[held.month - 1]} {held.year}"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
