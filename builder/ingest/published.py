"""Finding an article's publication date, and saying where it came from.

Every relative date in an article ("Selasa pekan lalu", "kemarin") is resolved against the
publication date, so a wrong one corrupts the whole timeline. The order of trust:

1. a date set by the editor in the front matter (never overwritten);
2. metadata that came with the article (HTML meta tags, a JSON Lines field);
3. a dateline in the header, if the body agrees with it: a page's date widget or a list of
   related stories carries dates that are not the article's, and a body that reports
   "Senin (11/9)" (no year) was not written eight months later;
4. inferred from the article's own dated statements. Each day the article names is read with
   the words around it (cues are language data, ``publication_cues`` in
   ``builder/lang/<code>/language.yaml``): a date something was said or cited on ("kata dia,
   Jumat (20/6/2025)") was the day of writing or just before it; "hari ini" is the day itself;
   "kemarin" the day before, "besok" the day after; what happened in the evening ("Kamis
   (19/6/2025) malam") was published the next day, and so was a piece that says it was
   compiled on a day ("menyusun artikel ini Rabu (18/06/2025)"); a date still to come bounds
   it from above; a stretch of days ("20-22 Juni 2025") is a period or a schedule, and a date
   written without its weekday and without a cue is history or a schedule: neither dates the
   article. A weekday beside a day and month fixes a missing year; a weekday that disagrees
   with its date is a slip of one or the other, read the way nearer the article's other
   dates (left out when nothing tells which year was meant). A weekday named alone as the
   day something was said ("dikutip di Jakarta, Rabu") moves the date to it;
5. corroborated by other articles (``corroboration.py``): when the article names only
   weekdays, another article that reports the same happening with a full date fixes them;
   the other articles' dates also choose the year of a yearless or slipped date the article
   does not place itself.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

from ..lang import load_data
from ..sentences import split_sentences
from ..temporal import Mention, Tagger
from ..temporal import get_tagger as _get_tagger

__all__ = [
    "Published",
    "Reading",
    "Statement",
    "find_published",
    "load_cues",
    "mention_day",
    "read_statements",
    "tagger_for",
    "weekday_mentions",
]

#: A date written without its year is recent: within this many days of publication.
YEARLESS_WINDOW = 75
#: A statement attributed to a day ("kata dia, Senin (11/9/2023)") is written within this
#: many days of it; a dateline further away belongs to the page, not to the article.
REPORT_WINDOW = 31
#: A bare weekday ("pada Kamis") names a day of the week before publication.
WEEK = 7
#: Day-level precisions: statements coarser than a day do not date an article.
_DAYLIKE = ("day", "partofday", "hour", "minute")
#: Parts of the day (TIMEX codes) whose happenings are reported the day after: the evening.
NEXT_DAY_PARTS = ("TEV",)
#: Where a cue word may start: after a non-word character, or glued to a web address whose
#: link was stripped ("Liputan6.commenyusun artikel ini").
_WORD_START = r"(?:(?<!\w)|(?<=\.com)|(?<=\.co\.id))"
#: Relations that tie a date to the day of writing.
_STRONG = ("today", "yesterday", "tomorrow", "report", "compiled")
#: A tagger anchor for values that do not depend on it (absolute dates).
_PROBE = dt.date(2000, 1, 1)


@dataclass(frozen=True)
class Published:
    """A publication date and the evidence for it."""

    date: dt.date | None
    source: str  # editor | metadata | dateline | inferred | corroborated | unknown
    evidence: str | None = None

    @property
    def is_inferred(self) -> bool:
        return self.source in ("inferred", "corroborated")


@dataclass(frozen=True)
class Statement:
    """A day the article names, and how it stands to the day the article was written.

    ``relation`` is one of ``today``, ``yesterday``, ``tomorrow``, ``report`` (something was
    said or cited that day), ``compiled`` (the article says it was put together that day),
    ``past``, ``neutral`` (no cue either way) and ``future``.
    """

    day: dt.date
    text: str
    relation: str
    start: int
    yearless: bool = False
    placed: str | None = None
    #: True when the year was chosen by the dates of other articles.
    by_context: bool = False
    #: True for the evening or night of the day ("Rabu (18/6/2025) malam").
    evening: bool = False
    #: True when the weekday is written beside the date ("Rabu (18/6/2025)").
    weekday: bool = True

    @property
    def earliest(self) -> dt.date:
        """The earliest publication date this statement allows.

        What happened or was said in the evening is published the next day.
        """
        if self.relation == "tomorrow":
            return self.day - dt.timedelta(days=1)
        later = self.relation in ("yesterday", "compiled") or (
            self.evening and self.relation in ("report", "past", "neutral")
        )
        return self.day + dt.timedelta(days=1) if later else self.day

    def describe(self) -> str:
        what = {
            "today": "written as today",
            "tomorrow": "written as tomorrow",
            "compiled": "the day it was compiled, published the day after",
            "yesterday": "written as yesterday",
            "report": "the day it was said or cited",
            "past": "reported as past",
            "neutral": "reported",
            "future": "still to come",
        }[self.relation]
        return f"{self.text!r} ({what}{'; ' + self.placed if self.placed else ''})"


@dataclass(frozen=True)
class Cues:
    before: re.Pattern[str]
    today: re.Pattern[str]
    tomorrow: re.Pattern[str]
    yesterday_after: re.Pattern[str]
    past_after: re.Pattern[str]
    future_after: re.Pattern[str]
    report_joined: re.Pattern[str]
    #: The news of the day is written with its weekday ("Rabu (18/6/2025)"): a date without
    #: one and without a cue is history or a schedule.
    news_weekday: bool = False
    examples: tuple[dict[str, str], ...] = ()


def tagger_for(code: str) -> Tagger:
    """The temporal tagger of language ``code``, or the Indonesian one if it has none yet.

    Dates in a language without tagger data are still read, if only by their digits and the
    month and weekday names the Indonesian lexicon shares with English.
    """
    return _get_tagger(code if load_data(code, "lexicon") else "id")


def _words(words: list[str]) -> str:
    ordered = sorted({w.lower() for w in words}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@cache
def load_cues(code: str = "id") -> Cues:
    """The publication cues of language ``code`` (falling back to Indonesian).

    How a language's news writes its days (``news_days_name_weekday``) is never borrowed.
    """
    own = load_data(code, "language").get("publication_cues")
    data = own or load_data("id", "language").get("publication_cues", {})
    groups = {
        "report": data.get("report_before", []),
        "compiled": data.get("compiled_before", []),
        "future": data.get("future_before", []),
        "past": data.get("past_before", []),
    }
    before = "|".join(
        f"(?P<{name}>{_WORD_START}(?:{_words(words)})(?!\\w))"
        for name, words in groups.items()
        if words
    )

    def near(words: list[str]) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{_words(words)})(?!\w)" if words else r"(?!x)x", re.I)

    def after(words: list[str]) -> re.Pattern[str]:
        return re.compile(rf"^[\s,)]*(?:{_words(words)})(?!\w)" if words else r"(?!x)x", re.I)

    return Cues(
        before=re.compile(before or r"(?!x)x", re.IGNORECASE),
        today=near(data.get("today_near", [])),
        tomorrow=re.compile(
            rf"(?<!\w)(?:{_words(data.get('tomorrow_before', []))})[\s,(]*"
            rf"(?:(?:{_words(data.get('report_joiners', []))})[\s,(]*)?$"
            if data.get("tomorrow_before")
            else r"(?!x)x",
            re.I,
        ),
        yesterday_after=after(data.get("yesterday_after", [])),
        past_after=after(data.get("past_after", [])),
        future_after=after(data.get("future_after", [])),
        report_joined=re.compile(
            rf"(?:,\s*|^\s*(?:(?:{_words(data.get('report_joiners', []))})\s*)?)(?:\(\s*)?$",
            re.I,
        ),
        news_weekday=bool(own and own.get("news_days_name_weekday")),
        examples=tuple(data.get("examples", [])),
    )


def _sentence_start(starts: list[int], pos: int) -> int:
    best = 0
    for s in starts:
        if s > pos:
            break
        best = s
    return best


def relation_of(text: str, m: Mention, sentence_start: int, cues: Cues) -> str:
    """How the date of ``m`` stands to the day ``text`` was written (see ``Statement``)."""
    near = text[max(sentence_start, m.start - 14) : m.start]
    if cues.today.search(near):
        # "akan ditutup pada malam ini, Jumat (20/6/2025)": written that day.
        return "today"
    if m.tense == "future":
        return "future"
    own = m.text
    after = text[m.end : m.end + 30]
    # The tagger may take "kemarin" or "lalu" into the mention itself.
    for word_pat, rel in (
        (cues.yesterday_after, "yesterday"),
        (cues.past_after, "past"),
        (cues.future_after, "future"),
    ):
        if word_pat.match(after):
            return rel
        tail = re.search(r"\s(\S+)$", own)
        if tail and word_pat.match(" " + tail.group(1)):
            return rel
    if cues.today.match(after.lstrip(" ,(")):
        return "today"
    if cues.tomorrow.search(near):
        return "tomorrow"
    window = text[max(sentence_start, m.start - 150) : m.start]
    last = None
    for found in cues.before.finditer(window):
        last = found
    if last is not None and last.lastgroup not in ("report", "compiled"):
        return str(last.lastgroup)
    if last is not None and cues.report_joined.search(window[last.end() :]):
        return str(last.lastgroup)
    if m.tense == "past":
        return "past"
    return "neutral"


def mention_day(m: Mention) -> dt.date | None:
    """The day ``m`` names, or ``None`` when its value has no full date ("pukul 15.00")."""
    try:
        return dt.date.fromisoformat((m.value or "")[:10])
    except ValueError:
        return None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


@dataclass
class Reading:
    """What one article's text says about when it was written."""

    statements: list[Statement] = field(default_factory=list)
    #: Yearless dates with a weekday whose year the article itself does not fix.
    unplaced: list[tuple[Mention, int]] = field(default_factory=list)
    lower_year: int | None = None
    #: The first day of the latest month the article reports ("November 2024"): it was
    #: not written before it.
    floor: dt.date | None = None
    floor_text: str | None = None


def read_statements(
    body: str,
    code: str = "id",
    upper: dt.date | None = None,
    context: list[tuple[dt.date, str]] | None = None,
) -> Reading:
    """Every day-level date ``body`` names, with its relation to the day of writing.

    Args:
        body: The article body (captions left out).
        code: Language code.
        upper: A date the article cannot be later than (a page's date widget).
        context: Dates of other articles ingested with this one, with a label naming each;
            they choose the year of a yearless weekday date the article does not place.
    """
    tagger = tagger_for(code)
    cues = load_cues(code)
    mentions = tagger.tag(body, upper or _PROBE)
    starts = [s.start for s in split_sentences(body, code)]
    reading = Reading()
    slips: list[tuple[Statement, dt.date | None]] = []
    rels = {m.start: relation_of(body, m, _sentence_start(starts, m.start), cues) for m in mentions}
    years = [
        int(m.value[:4])
        for m in mentions
        if m.anchor == "none"
        and m.value
        and m.value[:4].isdigit()
        and not m.yearless
        and m.type in ("DATE", "TIME")
        and not m.value.startswith("P")
        and rels[m.start] != "future"
    ]
    reading.lower_year = max(years) if years else None
    for m in mentions:
        rel = rels[m.start]
        if (
            m.anchor == "none"
            and m.value
            and m.precision in ("month", "year")
            and not m.value.startswith("P")
            and rel in ("past", "neutral", "report")
        ):
            # "November 2024" reported: the article was written in that month or later.
            month = int(m.value[5:7]) if m.precision == "month" else 1
            first = dt.date(int(m.value[:4]), month, 1)
            if upper is None or first <= upper:
                reading.floor = max(reading.floor or first, first)
                reading.floor_text = m.text if reading.floor == first else reading.floor_text
        if not m.value or m.precision not in _DAYLIKE:
            continue
        day = mention_day(m)
        if day is None:
            continue
        if m.end_value and rel in ("past", "neutral"):
            # A stretch of days ("20-22 Juni 2025", "11-13 Juli 2025") is a period or a
            # schedule, not the news of the day.
            continue
        evening = (m.value or "")[10:] in NEXT_DAY_PARTS
        if m.anchor == "none" and not m.yearless:
            if upper and day > upper and rel != "future":
                continue
            weekday = m.weekday is not None or not cues.news_weekday
            statement = Statement(day, m.text, rel, m.start, evening=evening, weekday=weekday)
            if m.weekday and day.isoweekday() != m.weekday:
                slips.append((statement, _weekday_repair(day, m.weekday)))
                continue
            reading.statements.append(statement)
        elif m.yearless and m.weekday:
            if m.conflict:
                # The day as its figures write it: the weekday places its year below (the
                # tagger's reading of a slipped month is against a publication date it was
                # not given).
                day = dt.date.fromisoformat(m.conflict["date_reading"][:10])
            placed = _place_year(day, m.weekday, reading.lower_year, upper, context)
            if placed is None:
                reading.unplaced.append((m, m.weekday))
                continue
            reading.statements.append(
                Statement(placed[0], m.text, rel, m.start, True, placed[1], placed[2], evening)
            )
    reading.statements.extend(_mend_slips(slips, reading.statements, Counter(years), context))
    return reading


def _mend_slips(
    slips: list[tuple[Statement, dt.date | None]],
    others: list[Statement],
    years: Counter[int],
    context: list[tuple[dt.date, str]] | None,
) -> list[Statement]:
    """Dates whose weekday disagrees with them, each read as written or as mended.

    Either the weekday or the date is a slip ("Selasa (10/5/2025)" for Tuesday 10 June,
    "Rabu (17/6/2025)" for Wednesday 18 June). The reading nearer the middle of the days the
    article names without a slip is taken. Else a mended month is taken; a mended year only
    when the article names that year elsewhere and not the written one ("Forum 2025";
    ``years`` counts the years it names, the slips' own among them), or when it is nearer
    the middle of the other articles' dates. Otherwise the date is left out: which year was
    meant is not known.
    """
    if not slips:
        return []
    days = sorted(s.day for s in others)
    middle = days[len(days) // 2] if days else None
    batch = sorted(d for d, _ in context or [])
    out = []
    for statement, fixed in slips:
        if fixed is None:
            out.append(statement)
            continue
        written = statement.day
        by_context = False
        if middle is not None:
            keep = abs((fixed - middle).days) >= abs((written - middle).days)
        elif fixed.year == written.year:
            keep = False
        else:
            elsewhere = years - Counter([written.year])
            if (written.year in elsewhere) != (fixed.year in elsewhere):
                keep = written.year in elsewhere
            elif batch:
                mid = batch[len(batch) // 2]
                keep = abs((fixed - mid).days) >= abs((written - mid).days)
                by_context = True
                if abs(((written if keep else fixed) - mid).days) > YEARLESS_WINDOW:
                    continue  # neither reading is near the other articles
            else:
                continue
        if keep:
            near = "the other articles' dates" if by_context else "the other dates"
            note = f"the weekday disagrees; {written.isoformat()} is nearer {near}"
            out.append(replace(statement, placed=note, by_context=by_context))
            continue
        note = f"the weekday agrees with {fixed.isoformat()}, not with the written {written}"
        out.append(replace(statement, day=fixed, placed=note, by_context=by_context))
    return out


def _weekday_repair(day: dt.date, weekday: int) -> dt.date | None:
    """The date a writer meant whose weekday disagrees with the date written.

    A slip of the month or the year ("Selasa (10/5/2025)" for Tuesday 10 June) is common;
    the one neighbouring month or year whose same day has the weekday named is taken, when
    there is exactly one.
    """
    options = []
    for dy, dm in ((0, 1), (0, -1), (1, 0), (-1, 0)):
        month = day.month + dm
        year = day.year + dy + (month - 1) // 12
        month = (month - 1) % 12 + 1
        d = _safe_date(year, month, day.day)
        if d and d.isoweekday() == weekday:
            options.append(d)
    return options[0] if len(options) == 1 else None


def _place_year(
    day: dt.date,
    weekday: int,
    lower_year: int | None,
    upper: dt.date | None,
    context: list[tuple[dt.date, str]] | None,
) -> tuple[dt.date, str, bool] | None:
    """The year of a day and month whose weekday is named, why, and whether ``context`` chose it."""

    def agrees(y: int) -> dt.date | None:
        d = _safe_date(y, day.month, day.day)
        return d if d and d.isoweekday() == weekday else None

    if lower_year is not None or upper is not None:
        low = lower_year if lower_year is not None else upper.year - 10  # type: ignore[union-attr]
        # Without a bound above, the year the article reports last or the next: a date without
        # its year is recent.
        high = upper.year if upper else low + 1
        agreeing = [d for y in range(low, high + 1) if (d := agrees(y))]
        if upper:
            agreeing = [d for d in agreeing if d <= upper]
        if agreeing:
            d = agreeing[-1] if upper else agreeing[0]
            why = "the weekday agrees with " + d.isoformat()
            why += f", the first such year from {low}" if not upper else f", not after {upper}"
            return d, why, False
        if upper:
            return None
    if not context:
        return None
    # The middle of the other articles' dates, not any one of them: one stray date must not
    # choose the year.
    middle, label = sorted(context)[len(context) // 2]
    for y in (middle.year, middle.year - 1, middle.year + 1):
        d = agrees(y)
        if d and abs((d - middle).days) <= YEARLESS_WINDOW:
            why = f"the weekday agrees with {d.isoformat()}, near {label} ({middle})"
            return d, why, True
    return None


def estimate(reading: Reading) -> tuple[dt.date, Statement] | None:
    """The day of writing the statements point to, and the statement that decided it."""
    strong = [s for s in reading.statements if s.relation in _STRONG]
    # Days named without a cue, before a month or year the article reports, are history,
    # not its news (an attributed statement is never history).
    weak = [
        s
        for s in reading.statements
        if s.relation in ("past", "neutral")
        and s.weekday
        and (not reading.floor or s.day >= reading.floor)
    ]
    future = [s.day for s in reading.statements if s.relation == "future"]
    if strong:
        best = max(strong, key=lambda s: (s.earliest, s.start))
        # A reported past happening later than every attributed statement still bounds it.
        later = [s for s in weak if best.earliest < s.day <= best.earliest + dt.timedelta(2)]
        if later and all(s.day <= f for s in later for f in future):
            best = max(later, key=lambda s: (s.day, s.start))
    elif weak:
        candidates = [s for s in weak if not future or s.day <= max(future)]
        best = max(candidates or weak, key=lambda s: (s.earliest, s.start))
    else:
        return None
    return best.earliest, best


def weekday_mentions(body: str, code: str, anchor: dt.date) -> dict[int, Mention]:
    """Mentions that name a weekday without its date ("pada Kamis", "Selasa pekan lalu").

    Told apart from other relative dates by resolving against two anchors: a weekday
    reference keeps its weekday, "kemarin" does not.
    """
    tagger = tagger_for(code)
    first = {m.start: m for m in tagger.tag(body, anchor) if _relative_day(m)}
    moved = {
        m.start: m for m in tagger.tag(body, anchor + dt.timedelta(days=3)) if _relative_day(m)
    }
    out = {}
    for start, m in first.items():
        other = moved.get(start)
        if other is None:
            continue
        a, b = _day(m), _day(other)
        if a.isoweekday() == b.isoweekday():
            out[start] = m
    return out


def _relative_day(m: Mention) -> bool:
    # A day and month ("20 Juni", "Selasa (17/6)") fix the day themselves; a day of the month
    # alone ("tanggal 23") names no weekday.
    return (
        m.anchor == "published"
        and m.precision in _DAYLIKE
        and m.weekday is not None
        and not m.yearless
        and mention_day(m) is not None
    )


def _day(m: Mention) -> dt.date:
    return dt.date.fromisoformat((m.value or "")[:10])


def settle(
    body: str,
    code: str,
    pins: dict[int, tuple[dt.date, int]],
    floor: dt.date | None,
    candidates: list[dt.date],
) -> tuple[dt.date, list[str], set[int]] | None:
    """Place the weekdays an article names alone, and the latest of them.

    The days an article names by weekday alone lie close together. Each candidate
    publication date places them; the candidate that keeps the most ``pins`` (weekday
    mentions whose date is known, by start offset, with a weight) wins, then the one that puts
    the placed days, the kept pins and the ``floor`` (a date the article reports) in the
    shortest stretch of days; the latest past day of that stretch is the date.

    Returns:
        The date, the placements that decided it, and the start offsets of the pins kept;
        ``None`` when no candidate keeps a pin (or, without pins, places nothing).
    """
    cues = load_cues(code)
    starts = [s.start for s in split_sentences(body, code)]
    best: tuple[tuple[int, int, int, int], dt.date, list[str], set[int]] | None = None
    for cand in candidates:
        found = weekday_mentions(body, code, cand)
        kept = {s for s, (d, _) in pins.items() if s in found and _day(found[s]) == d}
        if pins and not kept:
            continue
        placed = [
            (_day(m), m)
            for s, m in found.items()
            if relation_of(body, m, _sentence_start(starts, s), cues) != "future"
        ]
        days = [d for d, _ in placed] + [pins[s][0] for s in kept] + ([floor] if floor else [])
        if not days:
            continue
        latest = max(days)
        weight = sum(pins[s][1] for s in kept)
        key = (-weight, (latest - min(days)).days, (cand - latest).days, cand.toordinal())
        if best is None or key < best[0]:
            notes = [
                f"{m.text!r} -> {d.isoformat()}" for d, m in sorted(placed, key=lambda x: x[0])
            ]
            best = (key, latest, notes, kept)
    if best is None:
        return None
    return best[1], best[2], best[3]


def _refine(
    body: str, code: str, found: tuple[dt.date, str], reading: Reading
) -> tuple[dt.date, str]:
    """Move an estimate to a later day the article names by its weekday alone as the day of writing.

    "kata dia di Jakarta, Rabu." names the day something was said by its weekday only: the
    first such weekday after the latest dated statement, within a week. A weekday the article
    has already given with its date ("Jumat (13/6)" ... "kata Netanyahu pada Jumat") is that
    date again, and a weekday named alone without such a cue ("pada Kamis") may be any of the
    week before: neither moves the estimate.
    """
    day, evidence = found
    found_alone = weekday_mentions(body, code, day)
    if not found_alone:
        return found
    cues = load_cues(code)
    starts = [s.start for s in split_sentences(body, code)]
    dated = {s.day.isoweekday() for s in reading.statements if 0 <= (day - s.day).days < WEEK}
    later: list[tuple[dt.date, Mention]] = []
    for start, m in found_alone.items():
        if m.weekday is None or m.weekday in dated:
            continue
        rel = relation_of(body, m, _sentence_start(starts, start), cues)
        if rel not in ("report", "today"):
            continue
        ahead = (m.weekday - day.isoweekday()) % WEEK
        later.append((day + dt.timedelta(days=ahead), m))
    if not later:
        return found
    moved, m = max(later, key=lambda x: (x[0], x[1].start))
    return moved, f"{evidence}; {m.text!r} names a later day it was said on by its weekday alone"


def _dateline_dates(datelines: list[str], code: str) -> list[tuple[dt.date, str]]:
    tagger = tagger_for(code)
    out = []
    for line in datelines:
        for m in tagger.tag(line, _PROBE):
            day = mention_day(m)
            if m.anchor == "none" and day and m.precision in _DAYLIKE and not m.yearless:
                out.append((day, line))
                break
    return out


def _implausible(body: str, candidate: dt.date, code: str) -> str | None:
    """Why ``candidate`` cannot be this body's publication date, or ``None``."""
    tagger = tagger_for(code)
    for m in tagger.tag(body, candidate):
        day = mention_day(m)
        if day is None or m.precision not in _DAYLIKE:
            continue
        if m.yearless and abs((day - candidate).days) > YEARLESS_WINDOW:
            return (
                f"the body writes {m.text!r} without a year, which cannot be "
                f"{(candidate - day).days} days before publication"
            )
    reading = read_statements(body, code)
    for s in reading.statements:
        if s.relation in _STRONG:
            gap = (candidate - s.earliest).days
            if gap > REPORT_WINDOW:
                return f"the body reports {s.text!r} as recent, {gap} days before it"
            if gap < -1:
                return f"the body reports {s.text!r} as past, {-gap} days after it"
    return None


def find_published(
    body: str,
    datelines: list[str],
    meta_date: dt.date | None = None,
    meta_source: str | None = None,
    code: str = "id",
    context: list[tuple[dt.date, str]] | None = None,
) -> Published:
    """The publication date of an article, with where it came from.

    Args:
        body: The clean body, captions left out.
        datelines: Date lines found in the article's header.
        meta_date: A date that came with the article (front matter, HTML, JSON Lines).
        meta_source: ``editor`` when the front matter set it; else it is ``metadata``.
        code: Language code.
        context: Dates of other articles ingested with this one (see ``read_statements``);
            a date found with their help is ``corroborated``.
    """
    if meta_date is not None:
        source = meta_source if meta_source in ("editor", "metadata") else "metadata"
        return Published(
            meta_date, source, None if source == "editor" else "given with the article"
        )
    rejected: list[str] = []
    upper: dt.date | None = None
    for day, line in _dateline_dates(datelines, code):
        why = _implausible(body, day, code)
        if why is None:
            return Published(day, "dateline", f"dateline {line!r}")
        rejected.append(f"{line!r} rejected: {why}")
        # A date shown on the page bounds the article's date from above.
        upper = day if upper is None else max(upper, day)
    reading = read_statements(body, code, upper, context)
    found = estimate(reading)
    if found is None:
        if reading.unplaced:
            m, _ = reading.unplaced[0]
            evidence = (
                f"{m.text!r} names a weekday and a day without a year, and nothing in the "
                "text says which year"
            )
        elif reading.statements and reading.floor:
            evidence = f"the text reports {reading.floor_text!r}, later than every day it names"
        else:
            evidence = "no dated statement in the text"
        return Published(None, "unknown", "; ".join([evidence, *rejected]))
    day, evidence = _refine(
        body, code, (found[0], f"latest dated statement: {found[1].describe()}"), reading
    )
    source = "corroborated" if found[1].by_context else "inferred"
    return Published(day, source, "; ".join([evidence, *rejected]))
