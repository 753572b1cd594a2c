"""Event candidates: one per happening a dated sentence reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..ingest.article import Article
from ..sentences import split_sentences
from ..temporal import Mention, get_tagger
from .cues import Cues, get_cues
from .entities import get_finder
from .titles import build_title

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
    """A happening reported by one sentence of one article."""

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
    position: int = 0
    conflict: dict[str, str] | None = None

    @property
    def precision(self) -> int:
        return len(self.date.split("-"))


def _zone_name(m: Mention, lex_timezones: dict[str, str]) -> str | None:
    if m.timezone is None:
        return None
    text = m.text.lower()
    # The zone as written in the mention, in its lexicon spelling.
    for word in sorted(lex_timezones, key=len, reverse=True):
        if word in text:
            return word if word.islower() else word.upper()
    return None


def mention_date(m: Mention) -> tuple[str, str | None, str | None, bool] | None:
    """(date, end, time, approximate) of an event-worthy mention, in event-file form.

    A week becomes the month it mostly falls in, marked approximate (never more precise than
    the text); a weekend becomes its two days; a quarter its months.
    """
    if m.value is None or m.precision not in _EVENT_PRECISIONS or m.type not in ("DATE", "TIME"):
        return None
    value = m.value
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


def _date_after(date: str, published: dt.date) -> bool:
    """True when the whole of ``date`` lies after ``published``."""
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 3:
        return dt.date(*parts) > published
    if len(parts) == 2:
        return (parts[0], parts[1]) > (published.year, published.month)
    return parts[0] > published.year


def _status(
    sentence: str, start: int, end: int, date: str, published: dt.date | None, cues: Cues
) -> str:
    lo, hi = cues.clause_around(sentence, start, end)
    status = cues.status(sentence[lo:hi])
    if cues.reporting.search(sentence[lo:hi]) and hi < len(sentence):
        # "X mengatakan pada Senin bahwa Y akan ...": what is reported carries the modality.
        reported = cues.status(sentence[hi:])
        if reported in ("expected", "planned"):
            status = reported
    after = published is not None and _date_after(date, published)
    if status is None or (status == "happened" and after):
        status = "planned" if after else "happened"
    return status


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
    zones = tagger.rules.lexicon.timezones
    out: list[Candidate] = []
    known: list[str] = []
    mi = 0
    for para in article.paragraphs():
        for sent in split_sentences(para.text, code):
            s_start = para.start + sent.start
            s_end = para.start + sent.end
            while mi < len(mentions) and mentions[mi].start < s_start:
                mi += 1
            inside = []
            j = mi
            while j < len(mentions) and mentions[j].start < s_end:
                inside.append(mentions[j])
                j += 1
            groups: dict[tuple[str, str | None], list[tuple[Mention, bool, str | None]]] = {}
            for m in inside:
                rel_start = m.start - s_start
                if cues.citation.search(sent.text[:rel_start]):
                    continue  # "Dilansir AFP, Sabtu (25/5/2024)": when it was reported
                if cues.span.search(sent.text[:rel_start]):
                    continue  # "sejak 2022": a span up to now, not a happening at that date
                converted = mention_date(m)
                if converted is None:
                    continue
                date, end, time, approx = converted
                groups.setdefault((date, end), []).append((m, approx, time))
            if not groups:
                continue
            ents = finder.find(sent.text, known)
            for name in ents.actors:
                if len(name.split()) >= 2 and name not in known:
                    known.append(name)
            for (date, end), found in groups.items():
                first, _, time = found[0]
                zone = _zone_name(first, zones)
                spans = [(m.start - s_start, m.end - s_start) for m, _, _ in found]
                out.append(
                    Candidate(
                        article=article.id,
                        outlet=article.outlet,
                        published=anchor,
                        quote=sent.text,
                        said=first.text,
                        date=date,
                        end=end,
                        time=f"{time} {zone}" if time and zone else time,
                        approximate=any(approx for _, approx, _ in found),
                        status=_status(sent.text, spans[0][0], spans[0][1], date, anchor, cues),
                        title=build_title(sent.text, spans, cues),
                        summary=sent.text,
                        actors=ents.actors,
                        places=ents.places,
                        caption=para.caption,
                        position=s_start,
                        conflict=first.conflict,
                    )
                )
    return out
