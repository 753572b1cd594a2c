"""Event candidates: one per happening a dated clause reports.

A sentence is read mention by mention: each dated mention is placed in its clause
(:mod:`.clauses`), and only a mention whose clause reports something (a plain date on a clause
with an action, the date of a statement, the start of a span named by its happening) makes a
candidate. Mentions of one clause that give the same date make one candidate; a clock time
("pukul 17.41 WITA") next to a day ("kemarin sore") takes that day. One sentence can report
several events: each clause with its own date makes its own.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..ingest.article import Article
from ..lang.lemma import is_known
from ..language import detect_language
from ..sentences import Sentence, split_sentences
from ..temporal import Mention, get_tagger
from .clauses import QUOTE_CHARS, Clause, has_action, place_mention, said_in
from .cues import Cues, get_cues
from .entities import get_finder
from .headlines import get_checks, headline_flaws
from .titles import (
    OPENED_WORDS,
    build_headlines,
    build_title,
    headed_by,
    is_clause,
    sentence_subject,
    shortened,
    speaks_of_self,
    without_opener,
)

__all__ = ["Candidate", "article_candidates", "mention_date"]

#: Precisions an event date can have (the event file writes YYYY, YYYY-MM or YYYY-MM-DD).
_EVENT_PRECISIONS = {
    "day",
    "partofday",
    "hour",
    "minute",
    "month",
    "year",
    "week",
    "weekend",
    "quarter",
    "half",
}


@dataclass
class Candidate:
    """A happening reported by one clause of one article."""

    article: str
    outlet: str | None
    published: dt.date | None
    quote: str
    said: str
    date: str
    status: str
    title: str
    summary: str
    end: str | None = None
    time: str | None = None
    approximate: bool = False
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    caption: bool = False
    foreign: bool = False
    position: int = 0
    #: Index of the sentence in the article: sentences next to each other that give one
    #: date mostly tell one happening.
    sentence: int = 0
    #: Stories told before it in its article (a round-up tells several): sentences near each
    #: other go on about one happening only within one story.
    section: int = 0
    #: Who made the statement, for a statement dated by its attribution.
    speaker: str | None = None
    #: First and last day a vaguer date stands for when it is narrower than its written
    #: precision: "pekan lalu" is written as its month but is one week of it.
    window: tuple[str, str] | None = None
    #: The other reading of a weekday named alone ("hari Kamis"), which nothing said was the
    #: past or the coming one: the date is a guess, the other day as likely.
    other_reading: str | None = None
    #: The whole quotation a statement's sentence ends, when it began sentences before: what
    #: a source cites. The sentence alone (``quote``) is what the merge compares.
    cited: str | None = None
    #: A better headline than ``title`` for the event, not compared by the merge: a
    #: quotation's first sentence, or a title too long ended before its last phrase of when
    #: or where rather than cut with "…".
    headline: str | None = None
    #: The clause also dates another happening (the sentence could not be cut in two).
    mixed: bool = False
    #: A day its speaker names, written out, inside the quotation his statement is dated by
    #: ('"Kami Tim Jaksa, Kemarin (26/5), telah selesai melimpahkan ...," kata Jaksa KPK Rio,
    #: Selasa (27/5/2025)'): told in his words; an event that has others is headlined by them.
    quoted_day: bool = False
    #: What its happening is of, by name ("marapi" of "Gunung Marapi"): from its sentence,
    #: else from its article's title (a sentence that names none goes on about it).
    things: list[str] = field(default_factory=list)
    #: Where a happening told apart by its place happens (``local_happenings``): the known
    #: places its article's title and first paragraph name; none for other articles.
    where: list[str] = field(default_factory=list)
    #: Its clause's role (``Clause.role``): plain, attribution, span_start or span_end (the
    #: last day of a validity or of a range a week long or more).
    role: str = "plain"
    #: Where a statement was made, as its attribution says (``Clause.occasion``).
    occasion: str | None = None
    #: The statement's sentence names no day but says it was made at the occasion its article
    #: dated last ("Dalam kesempatan yang sama, ..."): the day is that occasion's (``said`` is
    #: how it was written there).
    at_occasion: bool = False
    #: The date is when an outlet quoted the statement ("kata X, dikutip dari Antara,
    #: Jumat (20/6)"): it was made that day or the days before.
    cited_on: bool = False
    #: What that occasion tells, as the merge compares it: filled in with ``features``.
    occasion_marks: list[str] | None = None
    context: str = ""
    #: The sides of the match it tells, if it tells one (:func:`contest_sides`), with those
    #: of the sentence its subject points back to ("Laga ini berlangsung ...").
    sides: list[str] = field(default_factory=list)
    #: The headline of the undated sentence before, when this one's subject points back to
    #: what it names ("Laga ini berlangsung di ..."): the event's headline when this one
    #: tells only where and when.
    told_before: str | None = None
    conflict: dict[str, str] | None = None
    #: Words the merge compares it by; filled in with the candidate when it is made in a
    #: worker (so the merge does not redo them), else computed by the merge.
    features: list[str] | None = None

    @property
    def precision(self) -> int:
        return len(self.date.split("-"))


def _zone_name(m: Mention, lex_timezones: dict[str, str]) -> str | None:
    if m.timezone is None:
        return None
    text = m.text.lower()
    # The zone as the mention writes it ("WITA", "waktu setempat").
    for word in sorted(lex_timezones, key=len, reverse=True):
        i = text.find(word.lower())
        if i >= 0:
            return m.text[i : i + len(word)]
    return None


def mention_date(m: Mention) -> tuple[str, str | None, str | None, bool] | None:
    """(date, end, time, approximate) of an event-worthy mention, in event-file form.

    A week becomes the month it mostly falls in, marked approximate (never more precise than
    the text); a weekend becomes its two days; a quarter its months.
    """
    if m.value is None or m.precision not in _EVENT_PRECISIONS or m.type not in ("DATE", "TIME"):
        return None
    if not m.value[:4].isdigit():
        return None  # a generic time ("setiap hari pukul 19.15": XXXX-XX-XXT19:15) has no date
    value = m.value
    if not value[:4].isdigit() or "X" in value[:10]:
        # A clock time that recurs ("setiap hari pukul 22.00") has no day of its own.
        return None
    approximate = any(x in m.modifiers for x in ("APPROX", "START", "MID", "END"))
    end = None
    time = None
    if m.precision in ("day", "partofday", "hour", "minute"):
        date = value[:10]
        if m.precision == "minute":
            time = value[11:16]
        if m.end_value and len(m.end_value) >= 10 and m.end_value[:10] != date:
            end = m.end_value[:10]
    elif m.precision == "month":
        date = value
    elif m.precision == "year":
        date = value
        if m.end_value and len(m.end_value) == 4:
            end = m.end_value
    elif m.precision in ("week", "weekend"):
        year, week = int(value[:4]), int(value[6:8])
        if m.precision == "weekend":
            sat = dt.date.fromisocalendar(year, week, 6)
            return sat.isoformat(), (sat + dt.timedelta(days=1)).isoformat(), None, approximate
        thursday = dt.date.fromisocalendar(year, week, 4)
        return thursday.strftime("%Y-%m"), None, None, True
    elif m.precision in ("quarter", "half"):
        year, n = int(value[:4]), int(value[6])
        months = 3 if m.precision == "quarter" else 6
        first = (n - 1) * months + 1
        return f"{year:04d}-{first:02d}", f"{year:04d}-{first + months - 1:02d}", None, approximate
    else:
        return None
    if m.precision == "day" and m.end_value and len(m.end_value) == 10 and m.end_value != date:
        end = m.end_value
    return date, end, time, approximate


def date_after(date: str, published: dt.date) -> bool:
    """True when the whole of ``date`` lies after ``published``."""
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 3:
        return dt.date(*parts) > published
    if len(parts) == 2:
        return (parts[0], parts[1]) > (published.year, published.month)
    return parts[0] > published.year


def _reported_status(text: str | None, cues: Cues) -> str | None:
    """The modality of what a statement reports; a conditional future is only a warning,
    a denied one ("nggak akan") a refusal."""
    if not text:
        return None
    status = cues.status(cues.refusal.sub(" ", text))
    if status in ("planned", "expected") and cues.conditional.search(text):
        return None
    return status


def clause_status(
    sentence: str,
    clause: Clause,
    date: str,
    published: dt.date | None,
    cues: Cues,
    end: str | None = None,
) -> str:
    """happened, planned or expected: what the clause's modality and tense say of its date
    (and of ``end``, the end of a span it starts)."""
    if clause.role == "span_start":
        return "happened"
    if clause.role == "span_end":
        return "planned" if published is not None and date_after(date, published) else "happened"
    if clause.role == "attribution":
        # The statement was made: dated by when it was said, on or before the article's day,
        # it happened, whatever future it speaks of ("Mualem menegaskan Aceh akan mengelola
        # ..." on the 18th is words of the 18th; the plan is an event of its own where it is
        # dated). Undated by the article's day, it reports a plan or an expectation only when
        # it says so.
        if published is not None and not date_after(date, published):
            return "happened"
        reported = _reported_status(clause.reported, cues)
        return reported if reported in ("planned", "expected") else "happened"
    text = sentence[clause.start : clause.end]
    said = cues.reporting.search(text)
    before = text[: said.start()].split() if said else []
    if before and before[-1].lower() in cues.report_joins:
        # "Air New Zealand membatalkan dua penerbangan pada Rabu dan mengatakan akan terus
        # memantau": what it said after its act is not the act's modality.
        text = text[: said.start()]
    status = cues.status(text)
    # The condition often stands in a clause of its own after the future it bounds.
    if cues.conditional.search(sentence[clause.start :]) and status in ("planned", "expected"):
        status = None
    if cues.reporting.search(text):
        reported = _reported_status(clause.reported, cues)
        if reported in ("expected", "planned"):
            status = reported
    after = published is not None and date_after(date, published)
    if status is None or (status == "happened" and after):
        status = "planned" if after else "happened"
    elif (
        status == "planned"
        and published is not None
        and (_date_before(date[:4], published) or _date_before(end or date, published))
    ):
        # "Kejagung menjadwalkan pemeriksaan ... kasus tahun 2019-2023, pada Senin": the
        # plan is of the other date; a date wholly past (begun in an earlier year, or ended
        # long before the day of writing) is no plan of the article's.
        status = "happened"
    return status


#: Days before the day of writing that a day told as planned may be, and still be a plan
#: (a schedule just passed, told late: "dijadwalkan pada Senin (16/6)" on the 18th).
PLAN_PAST_DAYS = 7


def _date_before(date: str, published: dt.date) -> bool:
    """True when the whole of ``date`` lies long before ``published``: a year or a month of
    an earlier year, a month before the month of writing, or a day more than
    ``PLAN_PAST_DAYS`` before it ("Hendak berangkat kuliah, Jumat (10/10)" written on the
    18th tells what happened that day)."""
    if len(date) == 4:
        return int(date) < published.year
    if len(date) == 7:
        return date < published.isoformat()[:7]
    if len(date) == 10 and date[4] == "-":
        day = dt.date.fromisoformat(date)
        return (published - day).days > PLAN_PAST_DAYS
    return False


@dataclass
class _Placed:
    mention: Mention
    clause: Clause
    date: str
    end: str | None
    time: str | None
    approximate: bool
    #: A day written out inside a statement dated by its attribution (``Candidate.quoted_day``).
    quoted: bool = False

    @property
    def window(self) -> tuple[str, str] | None:
        m = self.mention
        if m.precision != "week" or not m.value or not m.value[:4].isdigit():
            return None
        year, week = int(m.value[:4]), int(m.value[6:8])
        first = dt.date.fromisocalendar(year, week, 1)
        return first.isoformat(), (first + dt.timedelta(days=6)).isoformat()


#: The words of a date mention before its first figure ("periode " of "periode 2010-2015").
_LEADING_WORDS = re.compile(r"(?:[a-z]+\s+)+(?=\d)")


def _decided_at_end(clause: str, date: str, end: str, cues: Cues) -> bool:
    """Whether a clause dated by a range of a few days tells what a meeting over them decided
    (``range_decisions``): decided on the last day."""
    if not cues.decision_days or not cues.decision.search(clause):
        return False
    try:
        days = (dt.date.fromisoformat(end) - dt.date.fromisoformat(date)).days
    except ValueError:
        return False
    return days < cues.decision_days


#: A day written out in figures ("(26/5)", "17 Juni").
_WRITTEN_DAY = re.compile(r"\d")


#: Days after the day of writing that an attribution's day whose weekday disagrees may be
#: read as a slip of its figure.
SAID_SLIP_DAYS = 14


def _said_by_weekday(date: str, weekday: int, published: dt.date) -> str | None:
    """The day words were said on, when their attribution's figures name a day after the
    article was written and its weekday disagrees ("kata Kapolsek ... saat jumpa pers ...,
    Jumat (26/6/2025)" written on Friday 20 June, the 26th a Thursday): words are told after
    they are said, so the weekday is the last of its name on or before the day of writing.
    Not a day further on than ``SAID_SLIP_DAYS``: such a day is wrong in more than its
    figure."""
    if len(date) != 10 or not 0 < (dt.date.fromisoformat(date) - published).days <= SAID_SLIP_DAYS:
        return None
    return (published - dt.timedelta(days=(published.isoweekday() - weekday) % 7)).isoformat()


def _place_all(
    sentence: str,
    offset: int,
    mentions: list[Mention],
    cues: Cues,
    first: bool,
    after_quotation: bool = True,
    published: dt.date | None = None,
) -> list[_Placed]:
    placed = []
    for m in mentions:
        converted = mention_date(m)
        if converted is None or cues.period.match(m.text):
            continue
        before = sentence[: m.start - offset]
        if cues.period_before.search(before) or cues.period_list.search(before):
            continue  # the end of a financial year, the year of a dividend, a list of years
        if cues.attribute.search(before):
            continue
        cited = cues.citation.search(before)
        if cited and cues.foreign_outlet.search(cited.group("source")):
            continue  # the day an outlet quoted words from abroad ("dikutip dari Crash, Selasa")
        date, end, time, approx = converted
        if cues.clock_range.match(m.text) and len(cues.clock_range.findall(sentence)) > 1:
            continue  # hours kept ("pukul 06.00-09.00 WIB dan 16.00-19.00 WIB")
        if len(date) == 4 and m.text[:5].lower() == "tahun" and cues.model_year.search(before):
            continue  # the year a vehicle was made
        # (The words before a range's first figure are the tagger's: "periode 2010-2015".)
        lead = _LEADING_WORDS.match(m.text)
        if (len(date) == 7 or (len(date) == 4 and end)) and cues.coverage.search(
            before + (lead.group(0) if lead else "")
        ):
            # A month a programme is for ("periode Oktober, November, dan Desember"), the
            # years a post was held or an inquiry covers ("Direktur Utama PT SPR periode
            # 2010-2015").
            continue
        if _names_an_edition(m, sentence, offset, cues) and not _past_edition(
            m, sentence, offset, cues, published
        ):
            continue
        clause = place_mention(
            sentence,
            m.start - offset,
            m.end - offset,
            cues,
            first,
            m.precision == "day",
            after_quotation,
            month=m.precision == "month",
            closed=m.precision == "day" and m.end_value is not None,
        )
        if not clause.makes_event:
            continue
        if clause.role == "attribution" and published and m.conflict and m.weekday:
            said_on = _said_by_weekday(date, m.weekday, published)
            if said_on:
                # The figures' reading stays on record as the one not taken.
                date = said_on
                m = replace(m, conflict={**m.conflict, "weekday_reading": said_on})
        if (
            end
            and len(end) == 10
            and clause.role != "attribution"
            and _decided_at_end(sentence[clause.start : clause.end], date, end, cues)
        ):
            date, end = end, None
        placed.append(_Placed(m, clause, date, end, time, approx))
    # "ujar Sugiono di St. Petersburg, Rabu (18/6) waktu setempat, dilansir Antara, Kamis
    # (19/6)": the date after the citation is when another outlet told it, when the
    # attribution gave its own before.
    said = sorted(
        (p for p in placed if p.clause.role == "attribution"), key=lambda p: p.mention.start
    )
    cited = {
        id(later)
        for earlier, later in itertools.pairwise(said)
        if cues.citation.search(
            sentence[earlier.mention.end - offset : later.mention.start - offset]
        )
    }
    placed = [p for p in placed if id(p) not in cited]
    # "'Bandara hari ini ditutup,' ujar X, Rabu (18/6)": a relative date inside a statement
    # dated by its attribution is that statement's day, not a happening of its own; another
    # day it names, written out, is ("'Kami Tim Jaksa, Kemarin (26/5), telah selesai
    # melimpahkan ...,' kata Jaksa KPK Rio, Selasa (27/5/2025)").
    said = [p for p in placed if p.clause.role == "attribution"]
    if said:
        content_end = max(p.clause.end for p in said)
        said_days = {p.date for p in said}
        kept = []
        for p in placed:
            inside = p.clause.role != "attribution" and p.mention.start - offset < content_end
            if not inside or p.mention.anchor == "none":
                kept.append(p)
            elif (
                len(p.date) == 10
                and p.date not in said_days
                and _WRITTEN_DAY.search(p.mention.text)
            ):
                kept.append(replace(p, quoted=True))
        placed = kept
    # "kata Sri Mulyani dalam acara CNBC Indonesia Economic Update 2025 di Hotel Borobudur,
    # Rabu (18/6/2025)", "Hal tersebut diungkapkan oleh X dalam acara ... Kuartal Pertama
    # ..., Rabu (18/6/2025)": a year or month beside a statement's day names its occasion;
    # the statement is of that day only (in the second, whatever role its clause was given).
    telling = bool(cues.said_before.match(sentence))
    told = {id(p) for p in placed if telling or p.clause.role == "attribution"}
    said_days = {p.clause.start for p in placed if id(p) in told and len(p.date) == 10}
    placed = [
        p
        for p in placed
        if not (id(p) in told and len(p.date) < 10 and p.clause.start in said_days)
    ]
    # A clock time resolved against publication day belongs to a day named beside it.
    days = [p for p in placed if p.mention.precision in ("day", "partofday")]
    for p in placed:
        if p.mention.precision in ("minute", "hour") and p.mention.anchor != "none":
            near = [
                d
                for d in days
                if d.clause.start == p.clause.start
                and min(abs(d.mention.start - p.mention.end), abs(p.mention.start - d.mention.end))
                < 30
            ]
            if near:
                p.date = near[0].date
    return placed


def _date_list(placed: list[_Placed], sentence: str, offset: int, cues: Cues) -> bool:
    """Whether the dates placed in one clause are one list of them ("3 Juni 2025, 11 Juni
    2025, dan 17 Juni 2025"): nothing but commas and the words of a list (``list_joins``,
    ``date_list_words``) between one and the next."""
    mentions = sorted((p.mention for p in placed), key=lambda m: m.start)
    return all(
        cues.date_list.fullmatch(sentence[a.end - offset : b.start - offset])
        for a, b in itertools.pairwise(mentions)
    )


def _names_an_edition(m: Mention, sentence: str, offset: int, cues: Cues) -> bool:
    """True for a year written as part of the name of a recurring event ("Piala Dunia
    Antarklub 2025", "MotoGP2025"): it says which edition is meant, not when anything in the
    sentence happened. A sentence about a tournament would otherwise be dated by its year
    and join every other one. Other names keep their year ("Wilmar Grup 2022" is the case
    of 2022)."""
    if m.rule not in cues.name_year_rules:
        return False
    before = sentence[: m.start - offset].rstrip()
    word = re.search(r"([^\W_][\w-]*|\))$", before)
    if not word or not (word.group(1)[:1].isupper() or word.group(1)[:1] in ")0123456789"):
        return False
    # The name: the capitalised words (and numbers, "U-19") just before the year; a word a
    # link ran into it is set apart ("Grup BPiala Dunia Antarklub 2025").
    name = cues.edition_name.search(before)
    return bool(name) and bool(cues.edition_names.search(_RUN_INTO.sub(" ", name.group(0))))


def _past_edition(
    m: Mention, sentence: str, offset: int, cues: Cues, published: dt.date | None
) -> bool:
    """True for the year of an edition of a recurring event before the year of publication
    ("Marquez menang di MotoGP Italia 2014"): it dates what the sentence says happened then.
    Not a season of two years, nor an edition that tells who someone is, its champion ("PSG
    selaku juara Liga Champions 2024 tewas 0-1"), unless he became so ("menjadi juara Liga
    Champions 2023")."""
    if published is None or m.end_value or m.precision != "year":
        return False
    if not m.value[:4].isdigit() or int(m.value[:4]) >= published.year:
        return False
    before = sentence[: m.start - offset].rstrip()
    name = cues.edition_name.search(before)
    lead = before[: name.start()] if name else before
    return not cues.edition_holder.search(lead) or bool(cues.edition_became.search(lead))


#: Where a page's link ran a word into the capital after it ("BPiala", "kedatanganPiala").
_RUN_INTO = re.compile(r"(?<=[A-Za-z])(?=[A-Z][a-z])")


def article_candidates(article: Article) -> list[Candidate]:
    """Every candidate event in one article, in reading order."""
    code = article.language
    cues = get_cues(code)
    tagger = get_tagger(code)
    finder = get_finder(code)
    anchor = article.published
    mentions = tagger.tag(article.body, anchor or dt.date(1900, 1, 1))
    if anchor is None:
        # Without a publication date only absolute dates can be placed.
        mentions = [m for m in mentions if m.anchor == "none"]
    lexicon = tagger.rules.lexicon
    zones = lexicon.timezones
    out: list[Candidate] = []
    known: list[str] = []
    # Most recently named first: who "mereka" and "dia" stand for, where "kota tersebut" is.
    people_seen: list[str] = []
    places_seen: list[str] = []
    # The rules the last sentence that named any named: what "aturan ini" stands for.
    rules_last: list[str] = []
    people_last: list[str] = []
    # Who was last named after each title: whom "kata Menlu" stands for.
    titled: dict[str, str] = {}
    sentence_index = -1
    section = 0
    title_things = finder.things(article.title or "")
    # The sides of the match an article's title names ("Kalah Lawan Bahrain"): those of its
    # reports of a match that name none.
    title_sides = contest_sides(article.title or "", cues)
    lead_places: list[str] | None = None
    last_subject: str | None = None
    # The subject of the sentence before: whom an "Ia" opening this one stands for.
    subject_last: str | None = None
    last_text = ""
    # Every sentence so far, in the article's order (``sentence_index``).
    history: list[tuple[str, int, int]] = []
    # Whether the sentence before reported a happening of its own (dated).
    made = 0
    # The day of the occasion the article dated last, and how it was written: that of a
    # statement after it made "dalam kesempatan yang sama".
    occasion: tuple[str, str] | None = None
    # Whom each statement dated so (by its place in ``out``) is by: the words of his name.
    at_occasion_by: dict[int, frozenset[str]] = {}
    # The sentences the article opens with that date nothing but tell a happening (its lead),
    # until a sentence dates one: cited with the happening that sentence dates.
    opening_lead: list[_Opening] | None = []
    # The statement the sentence before ended with (its place in ``out``), whose speaker's
    # words the sentences after it may go on telling, and how many have.
    speaking: tuple[int, int] | None = None
    first = True
    for para in article.paragraphs():
        foreign = para.caption and detect_language(para.text, code) != code
        sentences = split_sentences(para.text, code)
        for n, sent in enumerate(sentences):
            sentence_index += 1
            if sentence_index >= LEAD_REACH:
                # Past the sentences a lead's occasion may be dated in: no opening is kept.
                opening_lead = None
            s_start = para.start + sent.start
            s_end = para.start + sent.end
            text = sent.text
            # The sentence before, for one that refers back to what it names ("Laga ini").
            before_text, last_text = last_text, text
            history.append((text, s_start, s_end))
            before_dated, made = len(out) > made, len(out)
            inside = [m for m in mentions if s_start <= m.start < s_end]
            if cues.topic_shift.search(text):
                section += 1
                occasion = None
            is_first, first = first and not para.caption, first and para.caption
            # Words someone said lend no one's name ('"Saya sangat senang bisa ...', then
            # "tuturnya"): a quotation's first words are no subject to borrow.
            subject = None if text[:1] in QUOTE_CHARS else sentence_subject(text, cues)
            subject_before, subject_last = subject_last, subject
            # Names are learned from every sentence: a later "Kim" or "mereka" points back to
            # a sentence that may hold no date.
            ents = finder.find(text, known, people_seen)
            # "Aturan ini" is the one rule the last sentence naming rules named (of two, which
            # one is meant is not told: "Perpres 49/2025 mencabut Perpres 87/2016").
            refs = finder.references(
                text,
                people_last,
                places_seen,
                subject_before,
                rules_last if len(rules_last) == 1 else [],
            )
            people_last = ents.people
            if subject and finder.is_person_reference(subject) and len(refs.people) == 1:
                # "Ia lahir di Padang. Ia menyelesaikan ...": each "Ia" of a run of them is the
                # one the first stood for.
                subject_last = refs.people[0]
                people_last = people_last or refs.people
            for name in ents.actors:
                if len(name.split()) >= 2 and name not in known:
                    known.append(name)
            front = people_seen[0] if people_seen else None
            _remember(people_seen, ents.people)
            if front and ents.people and all(finder.named_aside(text, p) for p in ents.people):
                # Whom the story follows stays whom "dia" stands for.
                _remember(people_seen, [front])
            # The person "Dia" opening it stands for, named before, is the one it is about,
            # whoever else it names ("Ditemui di rumah Jusuf Kalla, dia menegaskan ...").
            _remember(people_seen, [p for p in refs.people if p in people_seen])
            _remember(places_seen, ents.places)
            rules_last = finder.rule_names(text) or rules_last
            titled.update(ents.titled)
            # A statement that names no day but opens by saying it was made at the occasion
            # told last ("Dalam kesempatan yang sama, Wamendes Ahmad Riza Patria menyebut
            # ..."): dated as of that day, when its speaker is someone not yet quoted.
            # (A word of when with no date of its own, "Sebelumnya dalam kesempatan yang sama",
            # does not date it otherwise.)
            at_occasion = (
                occasion is not None
                and bool(cues.same_occasion.search(text))
                and not any(mention_date(m) for m in inside)
            )
            if at_occasion and occasion:
                # As if its day were written after its attribution's speaker ('"...," kata X').
                at = len(text.rstrip(" ."))
                inside = [_occasion_mention(s_start + at, occasion[0])]
            elif occasion and anchor and text[:1] in QUOTE_CHARS:
                inside = [_said_today(m, text, s_start, occasion[0], anchor, cues) for m in inside]
            if not inside or cues.is_meta(text):
                # The speaker of the statement before going on ("Amran menegaskan, RI menjadi
                # salah satu negara pengendali CPO dunia.", '"...," ucapnya'): his words of that
                # occasion, cited with it.
                # A line of the page ("Baca Juga") stands between.
                if speaking and speaking[1] < SAID_ON_REACH and not cues.is_meta(text):
                    c = out[speaking[0]]
                    who = finder.name_words(c.speaker or "")
                    if who and _goes_on_saying(text, who, subject, finder, cues):
                        out[speaking[0]] = _cited_to(c, s_end, article.body)
                        speaking = (speaking[0], speaking[1] + 1)
                    else:
                        speaking = None
                if opening_lead is not None:
                    opening_lead.append(
                        _opening(text, s_start, sentence_index, para, subject, finder, cues)
                    )
                last_subject = subject or last_subject
                continue
            # "Hal itu diungkap X ..." attributes the sentence before when it is words: a
            # quotation, or what the outlet says X said ("Prabowo menegaskan tak ada pihak
            # yang kebal hukum.").
            # (Only such a sentence needs the one before read for whose words it tells.)
            quoted_before = any(q in before_text for q in QUOTE_CHARS)
            words_before = quoted_before or (
                bool(cues.said_before.match(text))
                and _tells_words(before_text, text, finder, known, people_seen, cues)
            )
            placed = _place_all(text, s_start, inside, cues, is_first, words_before, anchor)
            if at_occasion:
                # Its attribution; or, told in the outlet's words ("Dalam kesempatan yang sama,
                # Wakil Menteri Desa Ahmad Riza Patria menyebut ..."), what follows the
                # speaker's verb.
                placed = [p for p in placed if p.clause.role == "attribution"] or _told_at_occasion(
                    text, inside[0], cues, finder, known, people_seen
                )
            groups: dict[tuple[int, str, str | None], list[_Placed]] = {}
            for p in placed:
                groups.setdefault((p.clause.start, p.date, p.end), []).append(p)
            # Two dates in one clause: its words tell of both, and cannot say which; not a
            # list of them ("dipanggil pada 3 Juni 2025, 11 Juni 2025, dan 17 Juni 2025"),
            # whose words tell each alike.
            spans_of = Counter((f[0].clause.start, f[0].clause.end) for f in groups.values())
            for span in [k for k, n in spans_of.items() if n > 1]:
                listed = [p for p in placed if (p.clause.start, p.clause.end) == span]
                if _date_list(listed, text, s_start, cues):
                    spans_of[span] = 1
            for (_, date, end), found in groups.items():
                clause = found[0].clause
                clause_text = text[clause.start : clause.end]
                # Words of another language cannot be judged for an action.
                if (
                    clause.role == "plain"
                    and not foreign
                    and not has_action(_without(text, clause, found, s_start), cues)
                ):
                    continue
                timed = next((p for p in found if p.time), None)
                # A headline carries no date words, the other dates of its sentence included.
                spans = [
                    (m.start - s_start, m.end - s_start)
                    for m in inside
                    if m.type in ("DATE", "TIME")
                ]
                quote = text
                if clause.role == "plain" and clause.reported:
                    clause = _reported_speech(text, clause, finder, cues, people_seen, known)
                if clause.points_back:
                    # "Hal itu disampaikan X ...": the statement is the sentence before, headlined
                    # and compared by what it says (and said by whom it names, when this one
                    # names nobody); the citation runs from its quotation's start.
                    said, said_by = said_in(before_text, cues)
                    # Told in the outlet's words ("Prabowo menegaskan tak ada pihak ..."): what
                    # follows the reporting verb is what was said.
                    if not quoted_before:
                        said = _words_told(before_text, cues) or said
                    clause = replace(clause, reported=said, speaker=clause.speaker or said_by)
                    spans = []
                lead: list[tuple[str, int, int]] = []
                if clause.role == "attribution":
                    clause = _with_speaker(clause, finder, people_seen, titled, cues)
                    # The last statement of the sentence before, which this one may tell more of.
                    stated = out[made - 1] if before_dated and clause.points_back else None
                    if (
                        stated
                        and stated.role == "attribution"
                        and stated.date == date
                        and clause.speaker
                        and stated.speaker == finder.resolve(clause.speaker, known)
                    ):
                        # '"...," ujar Yandri, Rabu (18/6/2025).' then "Hal tersebut ia
                        # sampaikan saat peluncuran ..., Rabu (18/6)": the statement the
                        # sentence before made, told where it was made.
                        if clause.occasion and not stated.occasion:
                            out[made - 1] = replace(stated, occasion=clause.occasion)
                        continue
                    # The statement is the whole quotation, from the sentence that opens it.
                    opened = _quotation_start(sentences, n - 1 if clause.points_back and n else n)
                    quote = para.text[sentences[opened].start : sent.end]
                    # What the outlet says he said, just before his quotation ("Purbaya
                    # menegaskan tidak akan mengalihkan APBN untuk ... family office. Ia
                    # mempersilakan DEN ..."): it says what his words are about.
                    k = sentence_index - (n - opened)
                    lead = _paraphrase_before(
                        history[max(0, k - PARAPHRASE_SENTENCES) : k], clause, finder, known, cues
                    )
                    opened_at = para.start + sentences[opened].start
                    # Cited as the article writes it, when only spaces and line breaks stand
                    # between (a citation must be found verbatim in its article).
                    if lead and _contiguous(article.body, [*lead, ("", opened_at, opened_at)]):
                        quote = article.body[lead[0][1] : s_end]
                # A statement dated by its occasion is one of a person named and not yet quoted.
                person = (
                    _person_named(clause.speaker, finder, known, people_seen)
                    if at_occasion
                    else frozenset()
                )
                if at_occasion and (
                    not person or any(person & finder.name_words(c.speaker or "") for c in out)
                ):
                    continue
                fallback = (ents.actors[0] if ents.actors else None) or last_subject
                if fallback and fallback.lower() in get_checks(code).pronouns:
                    # "Ia pun merasa ..." then "..., ujarnya": whom "Ia" stands for, if known
                    # (as for "kata dia", ``_with_speaker``); "Mereka" or "Kami", no one.
                    one = people_seen and finder.is_person_reference(fallback)
                    fallback = people_seen[0] if one else None
                title, phrased, uncut = build_headlines(
                    text,
                    spans,
                    clause,
                    cues,
                    fallback_subject=fallback,
                    references=refs.replacements,
                )
                # A quotation's last sentence going on from its first ("Ini adalah ...") is
                # headlined by the first, when that reads better; it is still compared by its own.
                opening_title = None
                title_flaws = headline_flaws(title, text, code=code)
                if quote != text and (title.endswith("…") or title_flaws):
                    opening = sentences[opened].text
                    first_title = build_title(
                        opening,
                        [],
                        replace(
                            clause,
                            reported=said_in(opening, cues)[0] if clause.points_back else opening,
                        ),
                        cues,
                        fallback_subject=fallback,
                        references=refs.replacements,
                    )
                    said = first_title.split(": ", 1)[-1]
                    if (
                        said[:1].isupper()
                        and not first_title.endswith("…")
                        and not headline_flaws(first_title, opening, code=code)
                    ):
                        opening_title = first_title
                # Nor, when none of its words make a headline ('"... sudah dobel," ujarnya'),
                # by what the outlet says he said just before, when that is a clause of its
                # own ("Lilik Pudjiastuti mengatakan pihaknya menunggu keputusan Kemendagri";
                # not the thing a verb of his takes, "menyampaikan rasa puasnya ...").
                if opening_title is None and title_flaws and lead:
                    told_title = _told_title(
                        lead[0][0],
                        _words_told(lead[0][0], cues),
                        clause,
                        cues,
                        fallback,
                        refs.replacements,
                    )
                    if told_title and not headline_flaws(told_title, lead[0][0], code=code):
                        opening_title = told_title
                # A report, in the outlet's words, of what a person named before said, too
                # long for a headline ("Wakil Menteri Keuangan Suahasil Nazara memaparkan,
                # secara keseluruhan realisasi belanja K/L mencapai Rp 800,9 triliun ..."), is
                # headlined as his words.
                if opening_title is None and title.endswith("…") and clause.role == "plain":
                    subject = sentence_subject(text, cues)
                    person = next((p for p in people_seen if subject and subject.endswith(p)), None)
                    told = _words_told(text, cues, subject) if person else None
                    # Without its words of when ("... hingga akhir September 2025").
                    for s, e in spans:
                        told = told and " ".join(told.replace(text[s:e], " ").split())
                    told_title = _told_title(
                        text,
                        told,
                        replace(clause, role="attribution", speaker=person),
                        cues,
                        fallback,
                        refs.replacements,
                    )
                    if (
                        told_title
                        and not told_title.endswith("…")
                        and not headline_flaws(told_title, text, code=code)
                    ):
                        opening_title = told_title
                # A headline cut short reads better ended before its last phrase of when or
                # where; only headlined so, not compared so (the merge reads ``title``).
                if (
                    opening_title is None
                    and not phrased.endswith("…")
                    and phrased != title
                    and not headline_flaws(phrased, text, code=code)
                ):
                    opening_title = phrased
                # One that opens with a phrase and a comma ("Dengan menggunakan satu kaki dan
                # dibantu tongkat, ia dapat ...", "Sebagai informasi, ...") is headlined by
                # what follows the comma, when that reads as a headline.
                if opening_title is None and "fragment" in title_flaws:
                    rest = _after_opening_phrase(uncut, cues)
                    if rest and not headline_flaws(rest := shortened(rest, cues), text, code=code):
                        opening_title = rest
                # What someone said, opened by a word of speech that tells nothing ("AHY: Jadi
                # dikerjakan paralel lah"), is headlined without it (compared with it).
                if clause.role == "attribution":
                    shown = opening_title or title
                    spoken = without_opener(shown, cues)
                    if spoken != shown and not headline_flaws(spoken, text, code=code):
                        opening_title = spoken
                # A reply too short to tell anything ('"Sudah (YW tersangka)," ujar Budi') is
                # headlined with what the outlet put in brackets to say what it answers
                # ("Budi: YW tersangka"); compared without it.
                shown = opening_title or title
                if clause.role == "attribution" and _short_reply(shown):
                    made_from = (text, spans, clause, cues, fallback, refs.replacements)
                    fuller = build_title(*made_from, brackets=True)
                    if (
                        fuller != title
                        and _said_words(fuller) > _said_words(shown)
                        and set(headline_flaws(fuller, text, code=code))
                        <= set(headline_flaws(shown, text, code=code))
                    ):
                        opening_title = fuller
                # What a speaker says of himself inside his quotation ('"Saya diberi amanat
                # ... sejak September 2022," kata Tito') is headed by his name.
                shown = opening_title or title
                if (
                    clause.role != "attribution"
                    and speaks_of_self(shown, cues)
                    and (who := _quoted_speaker(text, finder, people_seen, titled, cues))
                ):
                    spoken = headed_by(said_in(shown, cues)[0].strip(' ,"'), who, cues)
                    if not headline_flaws(spoken, text, code=code):
                        opening_title = spoken
                if len(title.split()) < 2:
                    continue
                zone = _zone_name(timed.mention, zones) if timed else None
                local = finder.find(clause_text, known, people_seen)
                if lead_places is None:
                    lead_places = _lead_places(article, finder, cues)
                actors = [a for a in local.actors if a in ents.actors] or ents.actors
                actors = actors + [p for p in refs.people if p not in actors]
                if clause.speaker:
                    speaker = finder.resolve(clause.speaker, known)
                    actors = [speaker, *[a for a in actors if a != speaker]]
                context = _without(text, clause, found, s_start)
                # A report whose subject points back ("Laga ini berlangsung ...") is compared
                # with the sentence before, which names what it is about; it may be headlined
                # by it (when that one dates nothing of its own), and cites it when it is of
                # its paragraph.
                back = bool(before_text) and _points_back(text, clause, cues, before_text)
                told_before = None
                if back:
                    context = f"{before_text} {context}"
                    if not before_dated:
                        told_before = _antecedent_title(before_text, cues, refs.replacements)
                    if n > 0 and quote == text:
                        quote = para.text[sentences[n - 1].start : sent.end]
                # The sentence after telling more of the same moment ("Awalnya, korban
                # dihubungi pelaku DS ...") is cited with it, when it dates nothing of its own.
                if clause.role == "plain" and quote == text and n + 1 < len(sentences):
                    nxt = sentences[n + 1]
                    if cues.goes_on.match(nxt.text) and not any(
                        para.start + nxt.start <= m.start < para.start + nxt.end for m in mentions
                    ):
                        quote = para.text[sent.start : nxt.end]
                out.append(
                    Candidate(
                        article=article.id,
                        outlet=article.outlet,
                        published=anchor,
                        quote=text,
                        cited=quote if quote != text else None,
                        headline=opening_title,
                        said=occasion[1] if at_occasion and occasion else found[0].mention.text,
                        date=date,
                        end=end,
                        time=f"{timed.time} {zone}"
                        if timed and zone
                        else (timed.time if timed else None),
                        approximate=any(p.approximate for p in found),
                        status=clause_status(text, clause, date, anchor, cues, end),
                        title=title,
                        summary=quote,
                        actors=actors,
                        places=(local.places or ents.places)
                        + [p for p in refs.places if p not in ents.places],
                        caption=para.caption,
                        foreign=foreign,
                        position=s_start + clause.start,
                        sentence=sentence_index,
                        section=section,
                        window=found[0].window,
                        other_reading=_other_reading(found[0].mention, lexicon),
                        mixed=spans_of[(clause.start, clause.end)] > 1,
                        quoted_day=any(p.quoted for p in found),
                        things=finder.things(text) or title_things,
                        where=list(lead_places),
                        speaker=finder.resolve(clause.speaker, known) if clause.speaker else None,
                        cited_on=_quoted_on(text, clause, found[0].mention.start - s_start, cues),
                        role=clause.role,
                        occasion=clause.occasion,
                        at_occasion=at_occasion,
                        context=context,
                        told_before=told_before,
                        sides=contest_sides(f"{before_text} {text}" if back else text, cues)
                        or title_sides,
                        conflict=found[0].mention.conflict,
                    )
                )
                if at_occasion:
                    at_occasion_by[len(out) - 1] = person
                # A range a week long or more ends on its last day too (when it is its
                # clause's only range: of a list of them, whose is which is not told).
                if end:
                    ranges = sum(
                        1 for p in placed if p.clause.start == clause.start and p.mention.end_value
                    )
                    ending = (
                        _range_end(out[-1], clause, finder, cues, back) if ranges == 1 else None
                    )
                    if ending is not None:
                        out.append(ending)
            last_subject = subject or last_subject
            told = [c for c in out[made:] if _dates_occasion(c)]
            if (
                opening_lead
                and told
                and anchor
                and 0 <= (anchor - dt.date.fromisoformat(told[0].date)).days <= QUOTED_TODAY_DAYS
            ):
                # "Ketua Majelis Hakim Ni Luh Suastini membacakan vonis ..." before the judge's
                # words of "Selasa (14/10/2025)": the lead tells what the occasion was, when its
                # subject is who speaks (or the subject of the dated sentence), and the occasion
                # is the news (of the day of writing or a day or two before).
                k = out.index(told[0])
                who = finder.name_words(told[0].speaker or subject or "")
                out[k] = _with_lead(told[0], opening_lead, who, article.body)
            said_here = [k for k in range(made, len(out)) if out[k].role == "attribution"]
            speaking = (said_here[-1], 0) if said_here and said_here[-1] == len(out) - 1 else None
            if out[made:]:
                opening_lead = None
            elif opening_lead is not None:
                opening_lead.append(
                    _opening(text, s_start, sentence_index, para, subject, finder, cues)
                )
            if told:
                occasion = (told[-1].date, told[-1].said)
    if not at_occasion_by:
        return out
    # Whoever the article quotes with a day anywhere made his statements then, not at the
    # occasion (his words of 20 October, quoted before the article tells the day).
    dated = [finder.name_words(c.speaker) for c in out if c.speaker and not c.at_occasion]
    return [
        c
        for k, c in enumerate(out)
        if not (k in at_occasion_by and any(w & at_occasion_by[k] for w in dated))
    ]


#: Sentences at most an article's lead is, and the sentence that dates its occasion is within.
LEAD_SENTENCES = 2
LEAD_REACH = 5


@dataclass(frozen=True)
class _Opening:
    """A sentence of an article's opening, before any dates a happening: where it starts, and
    whether it is of the lead (``names``: the words of its subject's name) or only stands
    between (``between``: a line of the page, or words that tell no action of their own)."""

    start: int
    lead: bool
    between: bool
    names: frozenset[str]


def _opening(
    text: str, start: int, index: int, para, subject: str | None, finder, cues: Cues
) -> _Opening:
    """A sentence of the opening: of the lead when it is one of the first ``LEAD_SENTENCES``,
    told in the outlet's words (no quotation, no caption), of a happening (not of a plan:
    "Jaecoo bakal segera memperkenalkan ..."); standing between when it is a line of the page
    ("Baca Juga") or tells no action, and no plan, in the outlet's words."""
    told = not para.caption and text[:1] not in QUOTE_CHARS and not cues.planned.search(text)
    meta = cues.is_meta(text)
    action = has_action(text, cues)
    return _Opening(
        start,
        lead=told and not meta and action and index < LEAD_SENTENCES,
        between=meta or (told and not action),
        names=finder.name_words(subject or ""),
    )


def _with_lead(c: Candidate, opening: list[_Opening], who: frozenset[str], body: str) -> Candidate:
    """``c`` cited with the article's opening from the first sentence of its lead whose
    subject is ``who``, as the article writes it (a citation is found verbatim in its
    article), when only sentences of the lead or lines that stand between follow it; as it is
    otherwise."""
    cited = c.cited or c.quote
    first = next((n for n, o in enumerate(opening) if o.lead and o.names & who), None)
    if first is None or not all(o.lead or o.between for o in opening[first:]):
        return c
    at = body.find(cited, opening[first].start)
    return replace(c, cited=body[opening[first].start : at + len(cited)]) if at >= 0 else c


#: Sentences after a statement that may go on telling its speaker's words, and be cited
#: with it.
SAID_ON_REACH = 2


def _goes_on_saying(text: str, who: frozenset[str], subject: str | None, finder, cues) -> bool:
    """Whether ``text`` tells more words of the speaker whose name has the words ``who``:
    in the outlet's words, its subject him and a reporting verb after it ("Amran menegaskan,
    RI menjadi ..."), or quoted and said by "-nya" ('"...," ucapnya')."""
    if subject and finder.name_words(subject) & who and _words_told(text, cues, subject):
        return True
    if text[:1] not in QUOTE_CHARS:
        return False
    close = max(text.rfind(q) for q in QUOTE_CHARS)
    tail = text[close + 1 :].strip(" ,.").split()
    return (
        len(tail) == 1
        and bool(cues.own_subject.search(tail[0]))
        and bool(cues.speech.fullmatch(tail[0]))
    )


def _cited_to(c: Candidate, end: int, body: str) -> Candidate:
    """``c`` cited on to ``end`` of its article's text (a citation is found verbatim in its
    article)."""
    cited = c.cited or c.quote
    at = body.rfind(cited, 0, end)
    return replace(c, cited=body[at:end]) if at >= 0 else c


#: Days before the day of writing that the occasion an article told last may be, for "hari
#: ini" in words quoted then to be that day.
QUOTED_TODAY_DAYS = 2


def _said_today(
    m: Mention, text: str, s_start: int, day: str, published: dt.date, cues: Cues
) -> Mention:
    """``m`` as read in words quoted from the sentence's start: "hari ini" there, read as the
    day of writing, is the day of the occasion the article told last (``day``) when that is a
    day or two before it ('"Hari ini kami melaporkan seseorang ...," katanya', after "...,
    kata Sahara kepada wartawan, Kamis (18/9/2025)" in an article of the 19th); not in words
    posted ("... dalam videonya")."""
    close = min((i for i in (text.find(q, 1) for q in QUOTE_CHARS) if i > 0), default=len(text))
    if (
        m.anchor != "published"
        or m.text.lower() not in cues.quoted_today
        or m.start - s_start > close
        or cues.quoted_today_not.search(text)
    ):
        return m
    try:
        days = (published - dt.date.fromisoformat(day)).days
    except ValueError:
        return m
    if not 0 < days <= QUOTED_TODAY_DAYS:
        return m
    return replace(m, value=day, anchor="previous", anchor_value=day)


def _occasion_mention(at: int, day: str) -> Mention:
    """The day of an occasion, as if written where an undated statement made at it ends."""
    return Mention(at, at, "", "DATE", day, "day", anchor="previous", anchor_value=day)


def _told_at_occasion(
    text: str, day: Mention, cues: Cues, finder, known: list[str], people: list[str]
) -> list[_Placed]:
    """A sentence that opens by telling the occasion ("Dalam kesempatan yang sama, X menyebut
    ..."), read as X's statement of its words after the verb, when X is a person it names."""
    opener = cues.same_occasion.search(text)
    verb = cues.occasion_verbs.search(text, opener.end()) if opener else None
    if not opener or not verb:
        return []
    who = text[opener.end() : verb.start()].strip(" ,")
    if len(who.split()) > cues.speaker_max_words or not _person_named(who, finder, known, people):
        return []
    said = text[verb.end() :].strip(" ,.")
    clause = Clause("attribution", "main", opener.end(), len(text), speaker=who, reported=said)
    return [_Placed(day, clause, day.value or "", None, None, False)]


def _dates_occasion(c: Candidate) -> bool:
    """Whether a candidate dates an occasion a later sentence may tell more of: a day written
    out in figures in its own sentence ("Rabu (18/6/2025)"; not "kemarin" of words quoted,
    "Kita kemarin sudah membahas itu"), not a caption's, nor the day an outlet quoted it."""
    return (
        len(c.date) == 10
        and c.role in ("plain", "attribution")
        and bool(_WRITTEN_DAY.search(c.said))
        and not (c.at_occasion or c.caption or c.cited_on or c.end)
    )


def _person_named(who: str | None, finder, known: list[str], people: list[str]) -> frozenset[str]:
    """The words of the name of the person ``who`` is, of those the article named ("Wakil
    Menteri Desa Ahmad Riza Patria": ahmad, riza, patria; "ekonom senior AS Arthur Laffer",
    a name that reads as a person's), in lower case; none for no one named, or one word alone
    (too little to tell him from another)."""
    full = finder.resolve(who, known) if who else ""
    names = [
        p
        for p in [*people, *(k for k in known if finder.plain_name(k))]
        if full.endswith(p) and len(p.split()) > 1
    ]
    return frozenset(max(names, key=len).lower().split()) if names else frozenset()


def _range_end(
    c: Candidate, clause: Clause, finder, cues: Cues, back: bool = False
) -> Candidate | None:
    """The last day of a happening written as a range a week long or more ("Piala AFF U-23
    ... pada 15-29 Juli"), headlined by what it is ("Piala AFF U-23 berakhir"); none when
    the headline's subject is who takes part rather than what takes place. ``back``: the
    subject points back to what the sentence before names ("Turnamen tersebut akan dihelat
    ..."), which the candidate is compared with: one word of what lasts is enough."""
    if (
        not c.end
        or not cues.ends_word
        or not cues.range_days
        or len(c.date) != 10
        or len(c.end) != 10
        or clause.role not in ("plain", "span_start")
    ):
        return None
    try:
        days = (dt.date.fromisoformat(c.end) - dt.date.fromisoformat(c.date)).days
    except ValueError:
        return None
    if days < cues.range_days:
        return None
    # The headline shown, when there is one, is the title without its opening phrase
    # ("Perlu diketahui, Piala AFF U-23 digelar ..."): its subject is what lasts.
    title = c.headline or c.title
    named = sentence_subject(title, cues) or ""
    subject = _lasting(named, finder, cues, alone=back)
    if subject is None and named:
        # Who takes part is no end; what they take part in is ("Vanenburg memanggil 30
        # pemain untuk mengikuti pemusatan latihan (TC) di Jakarta, 20 Juni hingga 14 Juli":
        # the title "Vanenburg mengikuti pemusatan latihan ..."): the words after its verb,
        # and after the words of aspect before it ("Timnas U-23 akan menjalani ...").
        # Only a plain noun phrase: no other verb in it, none of a relative clause ("Piala
        # AFF U-23 yang digelar di Indonesia"), nothing cut off.
        rest = title[len(named) :].split()
        while rest and cues.ends_drop.fullmatch(f" {rest[0]}"):
            rest = rest[1:]
        obj = rest[1:]
        padded = f" {' '.join(obj).lower()} "
        if (
            rest
            and cues.verbs.match(rest[0].lower())
            and obj
            and has_action(obj[0], cues)
            and not any(cues.verbs.match(w.lower()) for w in obj)
            and "…" not in padded
            and not any(b in padded for words in cues.breaks.values() for b in words)
        ):
            subject = _lasting(" ".join(obj), finder, cues, capital=True)
    if subject is None:
        return None
    # Whether the end is still to come, as for any day a validity ends.
    ending = replace(clause, role="span_end")
    return replace(
        c,
        date=c.end,
        end=None,
        time=None,
        approximate=False,
        title=f"{subject} {cues.ends_word}",
        headline=None,
        status=clause_status(c.quote, ending, c.end, c.published, cues),
        role="span_end",
        mixed=False,
    )


def _lasting(
    words: str, finder, cues: Cues, capital: bool = False, alone: bool = False
) -> str | None:
    """``words`` as the name of what lasts over a range of days, for its end's headline;
    none when they name who takes part or tell too little. ``capital``: they followed a verb,
    and start the headline with a capital. ``alone``: one word of what lasts ("Turnamen") is
    enough, the sentence before telling which."""
    subject = cues.ends_drop.sub("", " " + words).strip()
    words_ = subject.split()
    # A subject of one word tells too little ("Program berakhir"), unless the sentence before
    # tells which; one that opens with a verb is none ("Berlaku bagi wajib pajak"), nor one
    # after a leading word ("Tepatnya, ...") or one left hanging ("Masuk dalam").
    if (
        not words_
        or (len(words_) < 2 and not (alone and cues.range_gathering.fullmatch(subject)))
        or cues.verbs.match(words_[0].lower())
        or "," in subject
        or words_[-1].lower() in cues.dangling
        or finder.find(subject).people
    ):
        return None
    # What it is: its first word an action's noun ("Pemusatan latihan"; a verb was refused
    # above), a tournament's name ("Piala AFF U-23") or a word of what lasts ("Turnamen ...",
    # "Program ...").
    if not (
        has_action(words_[0], cues)
        or cues.edition_names.search(subject)
        or cues.range_thing.match(subject)
    ):
        return None
    return subject[:1].upper() + subject[1:] if capital else subject


def _lead_places(article: Article, finder, cues: Cues) -> list[str]:
    """Where an article's story happens, when it tells a happening told apart by its place
    (``local_happenings``): the known places its title and first paragraph name."""
    lead = next((p.text for p in article.paragraphs() if not p.caption), "")
    title = article.title or ""
    if not (cues.local.search(title) or cues.local.search(lead)):
        return []
    # The gazetteer's places only: a title's capitals are no sure names ("Demo Depan Kantor").
    return finder.known_places(f"{title}\n{lead}")


#: Words at most of an opening phrase that a comma ends (a headline's worth).
OPENING_PHRASE = 12


def _after_opening_phrase(title: str, cues: Cues) -> str | None:
    """``title`` (a headline's words before they are made short) after a first phrase a comma
    ends, capitalised, when what follows starts as a headline does: with a name or a noun
    ("Dalam kabel diplomatik yang dikirim, Departemen Luar Negeri AS meminta ..."), not a
    verb ("mencapai ...", "ujar ...") nor a weak word (``weak_starts``), nor a name the
    comma set off with a phrase after it, and tells an action; None when there is none, or
    nothing is left of at least three words."""
    head, comma, rest = title.partition(", ")
    if not comma or len(head.split()) > OPENING_PHRASE or len(rest.split()) < 3:
        return None
    named, apposition, after = rest.partition(", ")
    if apposition and all(w[:1].isupper() for w in named.split()) and cues.lead_prep.match(after):
        # The comma set off a name, and a phrase follows it: "Hal ini disampaikan Direktur
        # ..., Judha Nugraha, dalam keterangan resminya".
        return None
    first = rest.split()[0]
    if (
        has_action(first, cues)
        or cues.speech.match(first)
        or first.lower().strip(",.:") in cues.weak_starts
        or not has_action(rest, cues)  # a name alone ("Kepala Dinas ..., Yudi Indra Sani")
    ):
        return None
    return rest[:1].upper() + rest[1:]


def _other_reading(m: Mention, lexicon) -> str | None:
    """For a weekday named alone and read as the past one (nothing said which), the coming
    one; for one read as the coming one, the past one."""
    if m.weekday is None or m.tense is not None or m.anchor != "published" or not m.value:
        return None
    if not m.anchor_value or len(m.value) < 10:
        return None
    words = re.findall(r"[^\W\d_]+|\d", m.text.lower())
    if not all(
        w in lexicon.weekdays or w in lexicon.parts_of_day or lexicon.units.get(w) == "day"
        for w in words
    ):
        return None  # a direction ("Kamis lalu"), a day number or a month: no guess
    day = dt.date.fromisoformat(m.value[:10])
    published = dt.date.fromisoformat(str(m.anchor_value)[:10])
    if day == published:
        return None
    other = day + dt.timedelta(days=7 if day < published else -7)
    return other.isoformat()


#: Sentences back a quotation closed by an attribution may have been opened.
QUOTATION_SENTENCES = 4


def _contiguous(body: str, spans: list[tuple[str, int, int]]) -> bool:
    """Whether only white space stands between each span and the next in ``body``."""
    return all(not body[a[2] : b[1]].strip() for a, b in itertools.pairwise(spans))


def _paraphrase_before(
    earlier: list[tuple[str, int, int]], clause: Clause, finder, known: list[str], cues: Cues
) -> list[tuple[str, int, int]]:
    """Of ``earlier`` (the sentences just before a quotation, at most
    ``PARAPHRASE_SENTENCES``), those that tell, in the outlet's words, what its
    speaker said ("Purbaya menegaskan tidak akan mengalihkan APBN ...", then "Ia mempersilakan
    DEN ..."): each has him, or a word that stands for him, as its subject and a reporting
    verb (a sentence after it may have a word that stands for him, "Ia ...", or open with his
    view, "Menurutnya, ..."), and no quotation of its own. Empty when the sentence before is
    not such."""
    if not clause.speaker:
        return []
    speaker = finder.resolve(clause.speaker, known)
    names = {w for w in speaker.split() if w[:1].isupper()}
    found: list[tuple[str, int, int]] = []
    for sentence in reversed(earlier):
        text = sentence[0]
        if any(q in text for q in QUOTE_CHARS):
            break
        view = finder.tells_a_view(text)
        subject = None if view else sentence_subject(text, cues)
        if not view and not subject:
            break
        if view or finder.is_person_reference(subject or ""):
            # "Menurutnya, ...", "Ia ...": his, when a sentence before names him.
            found.insert(0, sentence)
            continue
        if names & set(finder.resolve(subject, known).split()) and cues.reporting.search(text):
            # The sentence that names him: the lead starts here.
            return [sentence, *found]
        break
    # A view or a pronoun's sentence alone has no one it stands for.
    return []


#: Sentences before a quotation that may tell what it is about in the outlet's words.
PARAPHRASE_SENTENCES = 2


def _quotation_start(sentences: list[Sentence], k: int) -> int:
    """The sentence that opens the quotation sentence ``k`` closes ('"Langkah ini patut
    diapresiasi. Ini bentuk nyata komitmen," kata X'), or ``k`` when it opens its own."""
    text = sentences[k].text
    close, open_ = text.find("\u201d"), text.find("\u201c")
    curly = close >= 0 and not 0 <= open_ < close
    straight = text.count('"') % 2 == 1
    if not (curly or straight):
        return k
    for j in range(k - 1, max(-1, k - 1 - QUOTATION_SENTENCES), -1):
        before = sentences[j].text
        if curly and before.rfind("\u201c") > before.rfind("\u201d"):
            return j
        if straight and before.count('"') % 2 == 1:
            return j
    return k


def _quoted_on(sentence: str, clause: Clause, at: int, cues: Cues) -> bool:
    """Whether the date at ``at`` of an attribution comes after a citation word of its tail
    ("kata X, dikutip dari Antara, Jumat (20/6)"): the day an outlet quoted the words."""
    return clause.role == "attribution" and bool(
        cues.citation_cue.search(sentence, clause.end, max(clause.end, at))
    )


def _remember(seen: list[str], names: list[str]) -> None:
    """Put ``names`` at the front of ``seen`` (most recent first), in the order written."""
    for name in names:
        if name in seen:
            seen.remove(name)
        seen.insert(0, name)


def _tells_words(
    text: str, after: str, finder, known: list[str], people_seen: list[str], cues
) -> bool:
    """Whether ``text`` tells, in the outlet's words, what a person said: its subject is a
    person the article named before, or a name the sentence ``after`` it names again ("Hal
    itu diungkap Prabowo ..."), and a reporting verb follows it ("Prabowo menegaskan tak ada
    pihak yang kebal hukum.")."""
    subject = sentence_subject(text, cues)
    if not subject:
        return False
    name = subject.split()
    named_after = (
        len(name) <= 4
        and all(w[:1].isupper() for w in name)
        and re.search(rf"(?<!\w){re.escape(name[-1])}(?!\w)", after) is not None
    )
    # A subject that is a person named before, or his title and his name ("Direktur ... BPJS
    # Kesehatan Lily Kresnowati").
    seen = finder.resolve(subject, known) in people_seen or any(
        subject.endswith(f" {p}") for p in people_seen
    )
    if not named_after and not seen:
        return False
    return _words_told(text, cues, subject) is not None


def _words_told(text: str, cues, subject: str | None = None) -> str | None:
    """What a sentence in the outlet's words says its subject (``subject``, when already
    read) said: the words after the reporting verb that follows the subject ("Prabowo
    menegaskan tak ada pihak yang kebal hukum." -> "tak ada pihak yang kebal hukum"); None
    when it is not so told."""
    subject = subject or sentence_subject(text, cues)
    if not subject:
        return None
    rest = text[text.find(subject) + len(subject) :].lstrip(" ,")
    verb = cues.reporting.match(rest)
    if not verb:
        return None
    said = rest[verb.end() :].strip(" ,.").removeprefix("bahwa ").strip()
    return said or None


def _told_title(
    sentence: str,
    told: str | None,
    clause: Clause,
    cues: Cues,
    fallback: str | None,
    references: list[tuple[str, str]],
) -> str | None:
    """The headline of a statement by what the outlet says was said in ``sentence``
    (``told``), when that reads as a clause of its own (:func:`titles.is_clause`)."""
    if not told or not is_clause(told, cues):
        return None
    return build_title(
        sentence,
        [],
        replace(clause, reported=told),
        cues,
        fallback_subject=fallback,
        references=references,
    )


def _reported_speech(
    text: str, clause: Clause, finder, cues, people_seen: list[str], known: list[str]
) -> Clause:
    """A clause whose subject, a person named in the article, says what it reports
    ("Pada Kamis (19/6/2025), Sugiono menyampaikan bahwa Kementerian Luar Negeri ...") is
    that person's statement, as a quotation of his would be; else the clause as it is."""
    part = text[clause.start : clause.end]
    said = cues.reporting.search(part)
    if not said:
        return clause
    who = part[: said.start()].rstrip(" ,").rsplit(", ", 1)[-1].strip()
    words = who.split()
    if not words or len(words) > cues.speaker_max_words or not words[0][:1].isupper():
        return clause
    person = finder.is_person_reference(who) or finder.resolve(who, known) in people_seen
    return replace(clause, role="attribution", speaker=who) if person else clause


def _quoted_speaker(
    text: str, finder, people_seen: list[str], titled: dict[str, str], cues: Cues
) -> str | None:
    """Who the sentence says said what it quotes ("..., kata Tito", "..., katanya": the
    person named last), if it says so."""
    words, written = said_in(text, cues)
    if words == text:
        return None
    clause = Clause("attribution", "main", 0, len(words), speaker=written)
    return _with_speaker(clause, finder, people_seen, titled, cues).speaker


def _with_speaker(
    clause: Clause, finder, people_seen: list[str], titled: dict[str, str], cues: Cues
) -> Clause:
    """The attribution with its speaker named: "kata dia" and "ujarnya" are the person named
    last before the statement; "kata Menlu" the person last named after that title
    (``titled``, :attr:`Entities.titled`); "kata kuasa hukum Nadiem, Hotman Paris" the name
    after the title's comma."""
    speaker = clause.speaker
    unnamed = (
        not speaker or finder.is_person_reference(speaker) or bool(cues.own_subject.search(speaker))
    )
    if unnamed and people_seen:
        return replace(clause, speaker=people_seen[0])
    if unnamed or not speaker:
        return replace(clause, speaker=None)
    if ", " in speaker:
        # A title and, after its comma, the name (a place there is where it was said).
        title_part, _, name = speaker.partition(", ")
        speaker = title_part if finder.place_at_start(name) else name
        clause = replace(clause, speaker=speaker)
    title = finder.title_only(speaker)
    return replace(clause, speaker=titled[title]) if title in titled else clause


#: A match's score ("0-1", "3 - 2").
_SCORE = re.compile(r"(?<=\s)\d+\s*[-–]\s*\d+\s+")


def contest_sides(text: str, cues: Cues) -> list[str]:
    """The sides of a match ``text`` names ("Indonesia vs Thailand": indonesia, thailand;
    "kalah melawan tuan rumah Bahrain": bahrain), each in lower case without the words that
    only describe it ("Timnas", "tuan rumah", "Live Streaming") or are words of the
    dictionary (a headline's capitals: "Prediksi Skor PSG vs Botafogo"); none for other
    happenings."""
    # A score between a match's words ("kalah 0-1 dari") is no part of them.
    text = _SCORE.sub("", text)
    found = [m.group("side") for m in cues.contest_after.finditer(text)]
    found += [m.group("side") for m in cues.contest_before.finditer(text)]
    sides = []
    for name in found:
        words = [
            w
            for w in name.lower().split()
            if w not in cues.contest_descriptors and not is_known(w, cues.code)
        ]
        if words and " ".join(words) not in sides:
            sides.append(" ".join(words))
    return sides


def _said_words(title: str) -> int:
    """How many words a statement's headline gives of what was said."""
    return len(title.rpartition(":")[2].split())


def _short_reply(title: str) -> bool:
    """Whether a statement's headline says too little of what was said to tell anything
    ("Johanis Tanak: Iya", "Budi Prasetyo:")."""
    return _said_words(title) < OPENED_WORDS


def _antecedent_title(before: str, cues: Cues, references) -> str | None:
    """The headline of the sentence a report's subject points back to, when it reads as one
    whole ("Timnas voli putra Indonesia menghadapi Thailand pada laga perdana Grup A")."""
    title, phrased, _ = build_headlines(
        before, [], Clause("plain", "main", 0, len(before)), cues, references=references
    )
    for option in (title, phrased):
        if len(option.split()) >= 3 and not headline_flaws(option, before, code=cues.code):
            return option
    return None


_FIRST_WORD = re.compile(r"\W*([^\W\d_]+)")


def _points_back(text: str, clause: Clause, cues: Cues, before: str = "") -> bool:
    """Whether a report's subject points back to what the sentence before names: "Indonesia
    akan menghadapi Thailand ... Laga ini berlangsung di Isa Bin Rashid Hall, Rabu (18/6)"
    tells the match with Thailand, not another at that hall; "Penyerahan dilakukan oleh
    Kolektif 17+8 ... Penyerahan di Gerbang Pancasila, Kamis (4/9)" the handing over."""
    if clause.role != "plain":
        return False
    if cues.back_reference.match(text):
        return True
    first, previous = _FIRST_WORD.match(text), _FIRST_WORD.match(before)
    return bool(
        first
        and previous
        and first.group(1).lower() == previous.group(1).lower()
        and cues.back_repeated.fullmatch(first.group(1))
    )


def _without(text: str, clause: Clause, found: list[_Placed], offset: int) -> str:
    """The clause's words without its date words: what is left must hold an action."""
    spans = sorted((p.mention.start - offset, p.mention.end - offset) for p in found)
    out, pos = [], clause.start
    for s, e in spans:
        if s >= pos:
            out.append(text[pos:s])
            pos = e
    out.append(text[pos : clause.end])
    if clause.role == "attribution" and clause.reported:
        return clause.reported
    return " ".join(out)
