"""A job title or a team's name: a person's role, not an event of the family's.

Why: professionals and teams are named for the work they do — "Jo Lamb, Domestic Abuse
Co-ordinator", "DC Shaw (CSE Lead)", "cc: Sam Lee - Registered Sex Offender Manager", a title
line "Domestic Abuse Champion | CSE Lead" — and the criterion's words in the name say what the
person does in general, not that this family has a domestic-abuse, CSE or RSO matter (issue 11,
set y, layout 124: a sender's titles read as criteria). A signature under a sign-off is set aside
whole (`parsers.mail_footer`); this reads a role named anywhere else.

What counts, by shape: the concept's words in a capitalised name that ends in a role's or a
team's head noun ("Lead", "Co-ordinator", "Team", "Hub"; `[roles]` in
`config/vocabulary/context.toml`), the name standing apart — opening the line or after a
separator ("Jo Lamb, …", "DC Shaw (…)", "… | CSE Lead"), closed by a separator or the line's
end — on a line of names, titles and teams alone (a signature's title line, an addressee list).
In a sentence a named role is read as said: "PC Pond (Domestic Abuse Officer) is working with
mum" tells police involvement, and "She is open to the CSE Team" or "CSE Team involved since
May" an event.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

#: Words a role's or a team's name may hold in lower case: "CSE and Missing Team".
_JOINING = frozenset({"and", "&", "of", "for", "the", "-", "/"})
#: What stands before and after a role's name: a separator, a bracket, the text's end.
_BEFORE = frozenset({"|", ",", "(", "-", "–", "—", "/", ";", "["})
_AFTER = frozenset({"|", ",", ")", "-", "–", "—", "/", ";", "]", "(", "."})
#: The most words of a role's name around the concept's ("Senior … Lead Practitioner").
_WORDS_AROUND = 3
#: A label of addressees the line's names may follow: "cc:", "Copied to:", "Distribution:". A
#: form's "Agencies involved: CSE Team" tells who works with the family, and is read as said.
_LABEL = re.compile(
    r"^\s*(?:from|to|cc|bcc|copy|copied(?:\s+(?:in|to))?|circulation|distribution)\s*:\s", re.I
)
#: Text in brackets, which a title line may carry ("(co-located with the police)").
_BRACKETED = re.compile(r"\([^()]*\)")


def job_title(span: Span, *, heads: frozenset[str]) -> bool:
    """Whether `span` stands in a role's or a team's name on a line of names (module
    docstring)."""
    if not all(_capital(word) for word in span.text.split() if word[:1].isalpha()):
        return False  # "domestic abuse" in a sentence is told, not a name
    doc = span.doc
    end = _head_end(span, heads)
    if end is None:
        return False
    start = span.start
    while start > 0 and span.start - start < _WORDS_AROUND and _capital(doc[start - 1].text):
        start -= 1
    if end < len(doc) and doc[end].text not in _AFTER:
        return False
    if start > 0 and doc[start - 1].text not in _BEFORE:
        return False
    return _names_only(doc.text)


def _head_end(span: Span, heads: frozenset[str]) -> int | None:
    """The token after the head noun that ends the name, or None when none does."""
    doc = span.doc
    last = range(max(span.start, span.end - 3), span.end)
    if any(_head(doc, at, heads) == span.end for at in last):
        return span.end  # the concept's own words end in the head: "DV Co-ordinator"
    for at in range(span.end, min(len(doc), span.end + _WORDS_AROUND + 1)):
        if _capital(doc[at].text) and (end := _head(doc, at, heads)) is not None:
            return end
        if not (_capital(doc[at].text) or doc[at].lower_ in _JOINING):
            return None
    return None


def _head(doc: Doc, at: int, heads: frozenset[str]) -> int | None:
    """Where a head noun starting at `at` ends: one word, or a hyphened one ("Co-ordinator")."""
    if doc[at].lower_ in heads:
        return at + 1
    if at + 2 < len(doc) and doc[at + 1].text == "-" and doc[at : at + 3].text.lower() in heads:
        return at + 3
    return None


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _names_only(text: str) -> bool:
    """A line of names, titles and teams alone, after a label if any ("cc: Jo Lamb (Sex
    Offender Manager); Sam Lee, CSE Lead", "Domestic Abuse Champion | CSE Lead"): every word
    outside brackets is capitalised, a joining word, a separator, a figure or an address."""
    words = _BRACKETED.sub(" ", _LABEL.sub("", text, count=1)).split()
    return bool(words) and all(_capital(w) or w.lower() in _JOINING or not _word(w) for w in words)


def _word(text: str) -> bool:
    """Letters only, as a word of a sentence is (an address or a figure is not one)."""
    inner = text.strip(".,;:")
    return any(c.isalpha() for c in text) and not any(c.isdigit() or c in "@.:" for c in inner)
