"""Weigh the well-kept libraries issue 11 names against the project's own readers, on the same
items from the labelled sets (issue 11: "measure each against what you have before adopting").

    .venv/bin/python -m benchmarks.weigh_libraries [--job dates|quotes|names|calendar] [--misses]

Jobs and contestants (a candidate that is not installed is skipped with a message):
- dates and times in prose and in values: `parsers.dates` (find_dates, parse_time) against
  `dateparser` (search_dates, DMY, relative to the day the email was sent);
- the newest message of a thread: `parsers.labels.newest_message` against `quotequail.quote`
  and `mail-parser-reply` (EmailReplyParser.parse_reply), on the body text our MIME reader gives;
- a person's name or not: `parsers.person_names.is_name` against `probablepeople.tag` (type
  "Person"), `nameparser.HumanName` (a first and a last name) and `gender-guesser` alone (the
  first word is a known given name);
- meeting requests: what `icalendar` (already adopted, `parsers.calendar_part`) reads from each
  labelled `text/calendar` part against the label's date and time.

How the items are chosen is in `benchmarks.weigh_items` (from the labels, not from any reader).
Time per item is wall time over all items after one warm-up call (imports and data loading are
reported apart), on a shared 2-core machine: read the ratios, not the absolute figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from functools import partial
from importlib import metadata
from types import ModuleType
from typing import Any, TypeVar

from benchmarks import weigh_items as wi

_Item = TypeVar("_Item")


_DISTRIBUTIONS = {"mailparser_reply": "mail-parser-reply"}


def optional(module: str) -> ModuleType | None:
    """The candidate's module, or None with a message: the benchmark runs without it."""
    started = time.perf_counter()
    try:
        found = importlib.import_module(module)
    except ImportError:
        print(f"  (skipped: {module} is not installed — `.venv/bin/pip install` it to weigh it)")
        return None
    spent = (time.perf_counter() - started) * 1000
    top = module.split(".")[0]
    dist = _DISTRIBUTIONS.get(top, top)
    print(f"  ({dist} {metadata.version(dist)} imported in {spent:.0f} ms)")
    return found


def run(
    name: str,
    items: Sequence[_Item],
    judge: Callable[[_Item], bool],
    *,
    misses: bool,
    show: Callable[[_Item], str],
) -> None:
    """One contestant over all items: right / total and ms per item; the misses if asked."""
    if items:
        judge(items[0])  # warm-up: lazy data loads are not charged to the first item
    started = time.perf_counter()
    verdicts = [judge(item) for item in items]
    spent = (time.perf_counter() - started) * 1000 / max(len(items), 1)
    right = sum(verdicts)
    print(f"  {name:<34} {right:>4}/{len(items):<4} {right / max(len(items), 1):.3f}"
          f"   {spent:7.3f} ms/item")  # fmt: skip
    if misses:
        for item, ok in zip(items, verdicts, strict=True):
            if not ok:
                print(f"      miss: {show(item)}")


# --- dates -----------------------------------------------------------------------------------


def weigh_dates(all_cases: list[wi.Case], *, misses: bool) -> None:
    from parsers.dates import find_dates, parse_time

    dates, times = wi.date_items(all_cases), wi.time_items(all_cases)
    dated = {c.name for c in all_cases if c.label.get("date")}
    timed = {c.name for c in all_cases if c.label.get("time")}
    print(f"\nDATES: {len(dates)} texts from {len({i.case for i in dates})} of {len(dated)} "
          f"labelled dates; TIMES: {len(times)} texts from {len({i.case for i in times})} of "
          f"{len(timed)} labelled times")  # fmt: skip

    def show_d(item: wi.DateItem) -> str:
        return f"{item.case}: {item.date} in {item.text[:90]!r}"

    def show_t(item: wi.TimeItem) -> str:
        return f"{item.case}: {item.time} in {item.text[:90]!r}"

    def ours_found(item: wi.DateItem) -> bool:
        return item.date in {d for d, _, _ in find_dates(item.text, reference=item.sent)}

    def ours_first(item: wi.DateItem) -> bool:
        found = find_dates(item.text, reference=item.sent)
        return bool(found) and found[0][0] == item.date

    def ours_time(item: wi.TimeItem) -> bool:
        return parse_time(item.text) == item.time

    print(" date found among the dates read")
    run("ours (parsers.dates.find_dates)", dates, ours_found, misses=misses, show=show_d)
    dateparser = optional("dateparser.search")
    if dateparser is not None:
        run("dateparser search_dates+parse", dates,
            lambda i: i.date in {d.date() for _, d in _search(dateparser, i.text, i.sent)},
            misses=misses, show=show_d)  # fmt: skip
    print(" date read first (a value cell, a sentence with one date)")
    run("ours (parsers.dates.find_dates)", dates, ours_first, misses=misses, show=show_d)
    if dateparser is not None:
        run(
            "dateparser search_dates+parse",
            dates,
            lambda i: _first_date(dateparser, i) == i.date,
            misses=misses,
            show=show_d,
        )
    print(" start time: the first time of day read")
    run("ours (parsers.dates.parse_time)", times, ours_time, misses=misses, show=show_t)
    if dateparser is not None:
        run(
            "dateparser search_dates+parse",
            times,
            lambda i: _first_time(dateparser, i.text) == i.time,
            misses=misses,
            show=show_t,
        )


def _search(module: Any, text: str, sent: dt.date | None) -> list[tuple[str, dt.datetime]]:
    """dateparser configured for UK mail: day first, a yearless date ahead of the email."""
    settings: dict[str, Any] = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "future"}
    if sent is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(sent, dt.time())
    found = list(module.search_dates(text, languages=["en"], settings=settings) or [])
    if not found:  # search_dates skips a bare value ("2pm", "9.30am"): parse the whole text
        whole = _parse(text, settings)
        found = [(text, whole)] if whole is not None else []
    return found


def _parse(text: str, settings: dict[str, Any]) -> dt.datetime | None:
    dateparser: Any = importlib.import_module("dateparser")
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed if isinstance(parsed, dt.datetime) else None


def _first_date(module: Any, item: wi.DateItem) -> dt.date | None:
    found = _search(module, item.text, item.sent)
    return found[0][1].date() if found else None


_CLOCKISH = re.compile(r"\d\s*(?:[:.]\s*\d\d|[ap]\.?m|hrs)|noon|midday|o['’]?clock", re.I)


def _first_time(module: Any, text: str) -> dt.time | None:
    """dateparser gives midnight when no time was written: the first match that wrote one."""
    for written, moment in _search(module, text, None):
        if _CLOCKISH.search(written) and moment.time() != dt.time():
            return moment.time()
    return None


# --- the newest message of a thread --------------------------------------------------------


def weigh_quotes(all_cases: list[wi.Case], *, misses: bool) -> None:
    from parsers.labels import newest_message
    from parsers.mime import read_message

    items: list[tuple[wi.QuoteItem, str]] = []
    for case, boundary in wi.thread_cases(all_cases):
        pages = read_message(case.eml.read_bytes()).body
        body = pages[0].text if pages else ""
        item = wi.quote_item(case, body, boundary)
        if item is None:
            print(f"  (boundary {boundary!r} not found in {case.name}: left out)")
            continue
        items.append((item, body))
    facts = sum(len(i.newest_facts) + len(i.quoted_facts) for i, _ in items)
    print(f"\nQUOTES: {len(items)} thread emails, {facts} label source texts placed "
          f"(newest message / quoted messages)")  # fmt: skip
    contestants: list[tuple[str, Callable[[str], str]]] = [("ours (labels.newest_message)",
                                                            newest_message)]  # fmt: skip
    quotequail = optional("quotequail")
    if quotequail is not None:
        contestants.append(("quotequail quote()", lambda t: _quotequail(quotequail, t)))
    reply = optional("mailparser_reply")
    if reply is not None:
        parser = reply.EmailReplyParser(languages=["en"])
        contestants.append(("mail-parser-reply parse_reply",
                            lambda t: parser.parse_reply(text=t) or ""))  # fmt: skip
    restyled = [(item, text) for item, body in items
                for text in wi.restyled(body, item).values()]  # fmt: skip
    for what, test, group in (
        ("keeps every fact of the newest message", _keeps, items),
        ("drops every fact of the quoted messages", _drops, items),
        ("both (the cut is right)", _right, items),
        (
            f"both, the same threads under {len(wi.HEADER_STYLES)} other mail programs' headers "
            f"({len(restyled)})",
            _right,
            restyled,
        ),
    ):
        print(f" {what}")
        for name, cut in contestants:
            run(name, group, partial(_judge_cut, test, cut), misses=misses, show=_case_of)
    if misses:
        for style in wi.HEADER_STYLES:
            wrong = [name for name, cut in contestants for item, body in items
                     if not _right(item, cut(wi.restyled(body, item)[style]))]  # fmt: skip
            print(f"      {style}: wrong {dict(Counter(wrong))}")


def _judge_cut(
    test: Callable[[wi.QuoteItem, str], bool],
    cut: Callable[[str], str],
    pair: tuple[wi.QuoteItem, str],
) -> bool:
    return test(pair[0], cut(pair[1]))


def _case_of(pair: tuple[wi.QuoteItem, str]) -> str:
    return pair[0].case


def _quotequail(module: Any, text: str) -> str:
    """The leading parts quotequail shows expanded: the reply above what it quotes."""
    kept = []
    for expanded, part in module.quote(text):
        if not expanded:
            break
        kept.append(part)
    return "\n".join(kept)


def _keeps(item: wi.QuoteItem, cut: str) -> bool:
    folded = wi.fold(cut)
    return all(fact in folded for fact in item.newest_facts)


def _drops(item: wi.QuoteItem, cut: str) -> bool:
    folded = wi.fold(cut)
    return not any(fact in folded for fact in item.quoted_facts)


def _right(item: wi.QuoteItem, cut: str) -> bool:
    return _keeps(item, cut) and _drops(item, cut)


# --- names -----------------------------------------------------------------------------------


def weigh_names(all_cases: list[wi.Case], *, misses: bool) -> None:
    from parsers.given_names import is_given_name
    from parsers.person_names import is_name

    started = time.perf_counter()
    is_given_name("Leo")  # gender-guesser's dictionary loads once per process: not per item
    print(
        f"  (gender-guesser's dictionary loaded in {(time.perf_counter() - started) * 1000:.0f} ms)"
    )
    items = wi.name_items(all_cases)
    positives = [i for i in items if i.person]
    negatives = [i for i in items if not i.person]
    print(
        f"\nNAMES: {len(positives)} people (labels' children and adults), {len(negatives)} "
        "non-people (place, organisation and role values of the same emails)"
    )
    contestants: list[tuple[str, Callable[[str], bool]]] = [
        ("ours (person_names.is_name)", lambda s: is_name(s.split())),
        ("gender-guesser alone (first word)", lambda s: is_given_name(s.split()[0])),
    ]
    people = optional("probablepeople")
    if people is not None:
        contestants.append(("probablepeople tag()", lambda s: _probable(people, s)))
        contestants.append(
            ("ours unless probablepeople: company",
             lambda s: is_name(s.split()) and _kind(people, s) != "Corporation")
        )  # fmt: skip
    nameparser = optional("nameparser")
    if nameparser is not None:
        contestants.append(("nameparser HumanName", lambda s: _human(nameparser, s)))
    distinct = list({i.text: i for i in negatives}.values())
    for what, group, want in (
        ("people read as people", positives, True),
        ("non-people read as not people", negatives, False),
        ("the same, each distinct string once", distinct, False),
    ):
        print(f" {what}")
        for name, says in contestants:
            run(name, group, partial(_judge_name, says, want), misses=misses, show=_show_name)


def _judge_name(says: Callable[[str], bool], want: bool, item: wi.NameItem) -> bool:
    return says(item.text) is want


def _show_name(item: wi.NameItem) -> str:
    return f"{item.case}: {item.text!r}"


def _probable(module: Any, text: str) -> bool:
    return _kind(module, text) == "Person"


def _kind(module: Any, text: str) -> str:
    """probablepeople's reading: Person, Corporation or Household; "" when it finds no single
    reading (RepeatedLabelError), which is not read as a person."""
    try:
        _, kind = module.tag(text)
    except Exception:
        return ""
    return str(kind)


def _human(module: Any, text: str) -> bool:
    name = module.HumanName(text)
    return bool(name.first and name.last)


# --- meeting requests (icalendar, adopted) ---------------------------------------------------


def weigh_calendar(all_cases: list[wi.Case], *, misses: bool) -> None:
    import email
    from email import policy

    from parsers.calendar_part import calendar_lines

    rows: list[tuple[str, bool, bool | None]] = []
    for case in all_cases:
        if not case.label.get("date"):
            continue  # not a conference (a core group's Teams invitation): nothing to compare
        msg = email.message_from_bytes(case.eml.read_bytes(), policy=policy.default)
        for part in msg.walk():
            if part.get_content_type() != "text/calendar":
                continue
            data = part.get_payload(decode=True)
            lines = calendar_lines(data if isinstance(data, bytes) else b"")
            read = dict(line.split("\t", 1) for line in lines if "\t" in line)
            day = read.get("Date of meeting")
            want = case.label.get("date")
            date_ok = bool(day and want and dt.datetime.strptime(day, "%d/%m/%Y").date().isoformat()
                           == want)  # fmt: skip
            time_ok = (read.get("Start time") == case.label.get("time")
                       if case.label.get("time") else None)  # fmt: skip
            rows.append((case.name, date_ok, time_ok))
            break
    print(
        f"\nCALENDAR (icalendar via parsers.calendar_part): {len(rows)} labelled emails with a "
        "text/calendar part"
    )
    print(f"  DTSTART date = label date  {sum(r[1] for r in rows)}/{len(rows)}")
    timed = [r for r in rows if r[2] is not None]
    print(f"  DTSTART time = label time  {sum(bool(r[2]) for r in timed)}/{len(timed)}")
    if misses:
        for name, date_ok, time_ok in rows:
            if not date_ok or time_ok is False:
                print(f"      differs: {name} (the label may follow a later correction)")


JOBS: dict[str, Callable[..., None]] = {
    "dates": weigh_dates, "quotes": weigh_quotes, "names": weigh_names,
    "calendar": weigh_calendar,
}  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--job", choices=sorted(JOBS), action="append")
    ap.add_argument("--misses", action="store_true", help="list every item a contestant missed")
    args = ap.parse_args(argv)
    all_cases = list(wi.cases())
    print(f"{len(all_cases)} labelled emails from {', '.join(wi.SETS)}")
    for job in args.job or list(JOBS):
        JOBS[job](all_cases, misses=args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
