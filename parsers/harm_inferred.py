"""Categories of harm the reason describes, where no category is stated (issue 11).

A booking form may state the category a conference is requested under ("Category: neglect");
an initial conference's invitation often states none — the chair decides it at the conference
(DOMAIN.md, "Categories"). Supervisors still read the reason as a category of concern: "Aaliyah
may be sexually harmed again by her uncle" is about sexual abuse, "the children witnessed
repeated domestic abuse" about emotional harm — a worry counts ("may be sexually harmed
again"), a condition does not. Only where nothing states a category, this reads
the reason's sentences for what each category is about — the harm done, not its label — and
keeps the words each came from, so the desk can show that it was inferred and from what.

A sentence that denies the harm ("there are no sexual concerns", "no injuries were found") or
only supposes it ("If he returns, the children could be hurt") gives nothing. Pure: text in,
(category, sentence) pairs out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: What each category is about, in the words of the harm itself (DOMAIN.md "Categories";
#: Working Together 2023 definitions of the four categories).
_ABOUT: dict[str, re.Pattern[str]] = {
    "sexual": re.compile(
        r"\bsexual(?:ly)?\s+(?:abus|harm|assault|activit|exploit|touch|contact|offen)|"
        r"\btouch(?:ed|ing)?\b[^.]{0,40}\b(?:private|vagina|penis|bottom|breasts?|genital|"
        r"inappropriately|sexually)\b|\binappropriate(?:ly)?\s+touch|\bindecen(?:t|cy)\b|"
        r"\brap(?:e|ed)\b|\bCSE\b|\bgroom(?:ed|ing)\b|\bsexualised\b|\bsex\s+offen[cd]|"
        r"\bsexual\s+images?\b|\bnude\s+(?:images?|photos?)\b",
        re.I,
    ),
    "physical": re.compile(
        r"\bphysical(?:ly)?\s+(?:abus|harm|chastis|assault|injur|hurt)|\bnon[\s-]accidental\b|"
        r"\bNAI\b|\bbruis|\bfractur|\bburns?\b|\bburnt\b|\binjur(?:y|ies|ed)\b|"
        r"\bassault(?:s|ed|ing)?\b|\b(?:hit|punch|kick|slapp|smack|strangl|throttl|shak(?:en|ing)"
        r"|beat(?:en|ing)?)\w*\b|\bABH\b|\bGBH\b|"
        # Working Together 2023 names these physical abuse too
        r"\bFGM\b|\bfemale\s+genital\s+mutilation\b|\bfabricated\s+or\s+induced\s+illness\b|"
        r"\bFII\b",
        re.I,
    ),
    "neglect": re.compile(
        r"\bneglect|\bhome\s+conditions\b|\bhygiene\b|\bunkempt\b|\bsqualid\b|\bhead\s+lice\b|"
        r"\bfailure\s+to\s+thrive\b|\bunsupervised\b|\bleft\s+(?:at\s+home\s+)?alone\b|"
        r"\b(?:missed|not\s+brought\s+to)\b[^.]{0,30}\bappointments?\b|"
        r"\b(?:school|nursery)\s+attendance\b|\b(?:drug|alcohol|substance)\s+(?:misuse|use|"
        r"dependen\w*|abuse)\b|\b(?:no|little|not\s+enough)\s+food\b|\bhungry\b",
        re.I,
    ),
    "emotional": re.compile(
        r"\bemotional(?:ly)?\s+(?:abus|harm)|\bdomestic\s+(?:abuse|violence)\b|\bcoercive\b|"
        r"\bcontrolling\s+behaviour\b|\bwitness(?:ed|ing|es)?\b[^.]{0,40}\b(?:violence|abuse|"
        r"assault|arguments?|incidents?)\b|\bexposed\s+to\b|\bparental\s+conflict\b|"
        r"\bMARAC\b|\bDVP[NO]\b",
        re.I,
    ),
}
#: A sentence that denies or only imagines the harm says nothing of it.
_DENIED = re.compile(
    r"\b(?:no|not|nor|never|without|denies|denied|ruled\s+out|unfounded|unsubstantiated)\b"
    r"(?:\s+\w+){0,4}?\s*$",
    re.I,
)
_IMAGINED = re.compile(r"^\s*(?:if|should|unless|in\s+case)\b", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def harm_described(texts: Iterable[str]) -> list[tuple[str, str]]:
    """(category, sentence) for each category the sentences of `texts` describe, first
    sentence each, in the order the text gives them."""
    found: dict[str, str] = {}
    for text in texts:
        for sentence in _SENTENCE.split(text):
            if len(sentence) > 600 or _IMAGINED.search(sentence):
                continue
            for category, about in _ABOUT.items():
                if category in found:
                    continue
                for match in about.finditer(sentence):
                    if not _DENIED.search(sentence[: match.start()][-60:]):
                        found[category] = sentence.strip()
                        break
    return list(found.items())
