"""ConText: is a mention affirmed, negated, historical, hypothetical or about someone else?

After Chapman et al., "ConText: an algorithm for determining negation, experiencer, and temporal
status from clinical reports" (J Biomed Inform 2009): a trigger term modifies the targets in its
direction (forward, backward or both) until a termination term, the end of its sentence or its
maximum reach. Trigger terms, directions, reaches and terminations are data
(`config/vocabulary/context.toml`); DOMAIN.md §3.9 lists them. Two additions for police facts:

- a date or a year older than `historical_after_days` before the reference day is a historical
  trigger in both directions (DOMAIN.md §4.3 rule 2) — except a statute's year ("Children Act
  1989"), a date of birth and a due date;
- a "current" trigger ("remains", "RUI", "ongoing") cancels a historical one in its clause.

Precedence when several apply: negated, other person, hypothetical, historical.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

from parsers.dates import month_number, parse_date
from triage.nlp import Nlp, TriggerHit
from triage.records import Context

_PRECEDENCE = (Context.NEGATED, Context.OTHER_PERSON, Context.HYPOTHETICAL, Context.HISTORICAL)
_YEAR = re.compile(r"^(19|20)\d\d$")
_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)$")
_NOT_EVENT = frozenset({"act", "dob", "d.o.b", "d.o.b.", "born", "edd", "edc", "birth", "b."})
#: An Act's initialism before its year ("CYPA 1933", "SOA 2003", "CA 1989"): a statute's year.
_ACT_INITIALS = re.compile(r"^[A-Z]{1,5}A$")
_YEAR_REACH = 15
_ENDED_AT = frozenset({"until", "till", "til"})


@dataclass(frozen=True, slots=True)
class Reading:
    context: Context
    trigger: str | None


@dataclass(frozen=True)
class SentenceContext:
    """The triggers of one doc, read once, applied to any target in it."""

    nlp: Nlp
    hits: tuple[TriggerHit, ...]
    old_dates: tuple[Span, ...]
    #: Words that end a state before the reference day ("until 2009"), for every concept.
    ended: tuple[Span, ...] = ()

    def read(self, target: Span, *, concept: str) -> Reading:
        found: dict[Context, str] = {}
        current = False
        for hit in self.hits:
            if hit.rule.closes and hit.span.sent != target.sent and self._another_event(hit):
                continue
            if not _reaches(self.nlp, hit, target, concept):
                continue
            if hit.rule.category == "current":
                current = True
            else:
                found.setdefault(Context(hit.rule.category), hit.span.text)
        dates = self.ended if concept in self.nlp.statuses else self.old_dates + self.ended
        for span in dates:
            if in_clause(self.nlp, span, target, reach=_YEAR_REACH):
                found.setdefault(Context.HISTORICAL, span.text)
        if current:
            found.pop(Context.HISTORICAL, None)
        elif not found and concept not in self.nlp.statuses:
            told = self._dated_before(target)
            if told is not None:
                found[Context.HISTORICAL] = told
        for context in _PRECEDENCE:
            if context in found:
                return Reading(context, found[context])
        return Reading(Context.AFFIRMED, None)

    def _dated_before(self, target: Span) -> str | None:
        """The old date of the sentence just before `target`'s, when `target`'s own sentence
        has no time of its own: a story told over two sentences ("In March 2019, when Kayden was
        two, he was found wandering on the estate. Officers attended … and placed him in police
        protection overnight": issue 11, set x, read as police protection now). Any date, number
        or word of time in the sentence ("last night", "again", "now", "on Friday") keeps it
        as it reads."""
        sentence = target.sent
        if sentence.start == 0 or any(_own_time(t) for t in sentence):
            return None
        before = target.doc[sentence.start - 1].sent
        return next((s.text for s in self.old_dates if before.start <= s.start < before.end), None)

    def is_current(self, target: Span, *, concept: str) -> bool:
        """Whether a "current" trigger reaches `target` ("remains on bail", "is ongoing")."""
        return any(
            hit.rule.category == "current" and _reaches(self.nlp, hit, target, concept)
            for hit in self.hits
        )

    def _another_event(self, hit: TriggerHit) -> bool:
        """Whether `hit`'s sentence tells an event of its own that is older than what came
        before it ("A previous investigation in 2020 was closed with NFA"): its closure is that
        event's, not the one told in the sentence before."""
        sentence = hit.span.sent
        return any(
            other.span.sent.start == sentence.start
            and other.rule.category == "historical"
            and other.rule.direction == "forward"
            for other in self.hits
        ) or any(span.sent.start == sentence.start for span in self.old_dates + self.ended)


#: Words that give a sentence a time of its own (`SentenceContext._dated_before`), beside the
#: numbers and the month names (`parsers.dates.month_number`).
_TIME_WORDS = frozenset({
    "now", "currently", "current", "today", "tonight", "yesterday", "recently", "recent", "last",
    "this", "again", "still", "since", "ongoing", "remains", "remain", "week", "weekend", "month",
    "morning", "afternoon", "evening", "night", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "ago", "latest", "new", "further",
})  # fmt: skip


def _own_time(token: Token) -> bool:
    return (
        token.like_num
        or token.lower_ in _TIME_WORDS
        or month_number(token.text) is not None
        or any(c.isdigit() for c in token.text)
    )


def read_context(nlp: Nlp, doc_span: Span, *, reference: date | None) -> SentenceContext:
    """Find the triggers and the old dates of `doc_span` (a whole segment's doc)."""
    hits = tuple(nlp.triggers(doc_span.doc))
    old = tuple(
        doc_span.doc[t.i : t.i + 1]
        for t in doc_span
        if reference is not None and _is_old(t, reference, days=nlp.historical_after_days)
    )
    ended = tuple(_ended(doc_span, reference)) if reference is not None else ()
    return SentenceContext(nlp, hits, old, ended)


def _ended(doc_span: Span, reference: date) -> list[Span]:
    """ "until August 2026", "until 03/09/2026": a state that ended before the reference day
    is historical however recent (issue 11, set f: "Police were members of the core group
    until August 2026" read as police in the core group now)."""
    found: list[Span] = []
    doc = doc_span.doc
    for t in doc_span:
        if t.lower_ not in _ENDED_AT:
            continue
        following = doc[t.i + 1 : t.i + 4]
        when = next((w for w in (_when(x) for x in following) if w is not None), None)
        month = next((m for x in following if (m := month_number(x.text)) is not None), None)
        if when is not None and month is not None and (when.month, when.day) == (12, 31):
            when = _month_end(when.year, month)  # "August 2026": the end of that month
        if when is not None and when < reference:
            found.append(doc[t.i : t.i + 1])
    return found


_MONTH_YEAR = re.compile(r"(?<![\d/.\-])(\d{1,2})[/.\-]((?:19|20)\d\d)(?![\d/.\-])")
_YEAR_MONTH = re.compile(r"(?<![\d/.\-])((?:19|20)\d\d)-(\d{1,2})(?![\d/.\-])")
_MONTH_NAME_YEAR = re.compile(r"\b([A-Za-z]{3,9})\.?\s+((?:19|20)\d\d)\b")
_BARE_YEAR = re.compile(r"(?<![\d/.\-])((?:19|20)\d\d)(?![\d/.\-])")


def cell_date(text: str, *, reference: date | None = None) -> date | None:
    """When a chronology's date cell says its event ended: a day ("19/06/2023"), a month
    ("09/2019", "2019-09", "Sept 2019": the month's last day), a year ("2019": its last day),
    or a range ("08/2026 – 12/2026", "2019-2021": its end). Issue 11, set p: rows dated by
    month and year were not dated at all, so a 2019 arrest read as current."""
    found: list[date] = []
    day = parse_date(text, reference=reference)
    if day is not None:
        found.append(day)
    for month, year in _MONTH_YEAR.findall(text):
        if 1 <= int(month) <= 12:
            found.append(_month_end(int(year), int(month)))
    for year, month in _YEAR_MONTH.findall(text):
        if 1 <= int(month) <= 12:
            found.append(_month_end(int(year), int(month)))
    for word, year in _MONTH_NAME_YEAR.findall(text):
        month = month_number(word)
        if month is not None:
            found.append(_month_end(int(year), month))
    if not found:
        found = [date(int(year), 12, 31) for year in _BARE_YEAR.findall(text)]
    return max(found, default=None)


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _reaches(nlp: Nlp, hit: TriggerHit, target: Span, concept: str) -> bool:
    rule = hit.rule
    if rule.applies_to is not None and concept not in rule.applies_to:
        return False
    if hit.span.sent.start != target.sent.start:
        if rule.closes:
            return _continues_about(hit, target, openers=_PRONOUNS | _DEFINITE)
        return rule.scope == "sentence" and _continues_about(hit, target, openers=_PRONOUNS)
    if _opens_onto(hit, target):
        return True
    if hit.span.end <= target.start and rule.direction in ("forward", "both"):
        gap = target.doc[hit.span.end : target.start]
    elif hit.span.start >= target.end and rule.direction in ("backward", "both"):
        gap = target.doc[target.end : hit.span.start]
    else:
        return False
    if len(gap) > rule.max_tokens:
        return False
    if rule.scope == "sentence":
        return True
    if any(token.lower_ in nlp.terminators for token in gap):
        return False
    extra = {t.lower() for t in rule.extra_terminators}
    return not any(
        token.lower_ in extra
        and (_spaced_dash(token) or _new_clause(nlp, gap[token.i - gap.start + 1 :]))
        for token in gap
    )


def _spaced_dash(token: Token) -> bool:
    """A dash with a space on each side parts two clauses ("… will attend - please
    allocate"); a hyphen inside a word ("self-harm", "ex-partner") parts nothing."""
    before = token.doc[token.i - 1] if token.i else None
    return (
        token.text in ("-", "–", "—")
        and bool(token.whitespace_)
        and before is not None
        and bool(before.whitespace_)
    )


def _opens_onto(hit: TriggerHit, target: Span) -> bool:
    """A negation whose own words run into the target negates it: "no police involvement"
    is a trigger for what follows it, and the "police involvement" inside it is not affirmed
    either (issue 11, set k: "Checks show no police involvement with the family" read as
    current police involvement in domestic abuse)."""
    return (
        hit.rule.category == "negated"
        and hit.rule.direction in ("forward", "both")
        and hit.span.start < target.start < hit.span.end
    )


_PRONOUNS = frozenset({"he", "she", "they", "his", "her", "their", "him", "them"})
#: Openers that refer back to what was just told: "The investigation ended with no further
#: action", "This was closed", "It was NFA'd".
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "it"})


def _continues_about(hit: TriggerHit, target: Span, *, openers: frozenset[str]) -> bool:
    """A trigger in the *next* sentence when that sentence opens by referring back: "Ms
    Fenton's brother is a registered sex offender. He lives in Cornwall and has had no contact
    with the children" — the second sentence is still about him; "In July 2026 police
    investigated … The investigation ended with no further action" — the closure ends the
    investigation told before it (issue 11: events carry a status that later sentences
    change; set c)."""
    following = hit.span.sent
    if following.start != target.sent.end:
        return False
    return following[0].lower_ in openers


def _new_clause(nlp: Nlp, after: Span) -> bool:
    """A comma ends a reach only before a new clause, not inside a list ("CSE, DA or RSO")."""
    return not nlp.clause_words or any(t.lower_ in nlp.clause_words for t in after)


def in_clause(nlp: Nlp, span: Span, target: Span, *, reach: int) -> bool:
    """Whether `span` and `target` share a clause: one sentence, at most `reach` tokens apart,
    no terminator between — except an "until" that opens `span` itself ("was on the register
    until 2009" ends in 2009: the old date still speaks of the mention before it)."""
    if span.sent.start != target.sent.start:
        return False
    if span.end <= target.start:
        gap = target.doc[span.end : target.start]
    elif span.start >= target.end:
        gap = target.doc[target.end : span.start]
        if len(gap) and gap[-1].lower_ in _ENDED_AT:
            gap = gap[:-1]
    else:
        return False
    return len(gap) <= reach and not any(
        token.lower_ in nlp.terminators and not _adverb_since(token) for token in gap
    )


def _adverb_since(token: Token) -> bool:
    """ "has since joined the core group": "since" as an adverb after its auxiliary opens no new
    clause (set A: the DC who "has since joined Kai's core group" read as no member)."""
    return (
        token.lower_ == "since"
        and token.i > 0
        and token.doc[token.i - 1].lower_ in {"has", "have", "had", "'s", "’s"}
    )


def _is_old(token: Token, reference: date, *, days: int) -> bool:
    when = _dated_by_month(token, _when(token))
    if when is None or when > reference - timedelta(days=days):
        return False
    before = [t.lower_.rstrip(":") for t in token.doc[max(0, token.i - 3) : token.i]]
    statute = token.i > 0 and _ACT_INITIALS.match(token.doc[token.i - 1].text) is not None
    return not statute and not _NOT_EVENT.intersection(before)


def _dated_by_month(token: Token, when: date | None) -> date | None:
    """A year after a month's name ends with that month: "in March 2025" is older than the
    whole of 2025 (a case received in December 2026 must read it as 21 months old, not 11;
    issue 11, set k: "In March 2025 the unit investigated …", then NFA'd)."""
    if when is None or (when.month, when.day) != (12, 31) or token.i == 0:
        return when
    month = month_number(token.doc[token.i - 1].text)
    return when if month is None else _month_end(when.year, month)


def _when(token: Token) -> date | None:
    text = token.text
    if _YEAR.match(text):
        return date(int(text), 12, 31)  # the whole year must be older than the limit
    found = _DATE.match(text)
    if found is None:
        return None
    day, month, year = (int(g) for g in found.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None
