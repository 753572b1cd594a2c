"""Corroboration: dating an article by other articles that report the same happening.

An article may name only weekdays ("tiba di Khasan pada Selasa", "kata KCNA pada Rabu"), with no
dateline and no full date. Another article, ingested with it or already in content/articles,
may report the same happening with its full date ("Kim ... tiba di Rusia pada Selasa
(12/9/2023)"). That fixes which Tuesday the first article means; the other weekdays it names are
then placed close to it, and the latest of them that it reports as past is its publication
date. Such a date is marked ``corroborated``, names the other article, and is shown to the
editor to confirm.

Two sentences report the same happening when, with their dates and function words taken out,
they share enough words, some of them names. The words are compared as written; no list of
events or names is involved.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from ..lang import function_words
from ..sentences import split_sentences
from .published import WEEK, Published, mention_day, settle, tagger_for, weekday_mentions

__all__ = ["DatedArticle", "Pin", "corroborate"]

#: Two sentences must share at least this many content words, names and other words both
#: among them, to be taken as reports of the same happening ...
MIN_SHARED = 3
#: ... and this many of the words next to their dates (``NEAR`` words either side): a long
#: sentence may name the same people as another and still date something else.
MIN_NEAR = 2
NEAR = 10
#: Days between another article's date and a day it reports, for that day to be its news.
RECENT = 2 * WEEK

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]")
_DAYLIKE = ("day", "partofday", "hour", "minute")


@dataclass(frozen=True)
class DatedArticle:
    """An article whose date is known, as a source of dated sentences.

    ``trusted`` articles (date given by the editor, metadata or a dateline) lend their
    relative dates too ("pada Senin" read against their date); others only their full dates.
    """

    id: str
    body: str
    published: dt.date
    trusted: bool
    language: str = "id"


@dataclass(frozen=True)
class Pin:
    """A weekday named alone, fixed by a dated sentence of another article."""

    start: int
    text: str
    day: dt.date
    article: str
    quote: str
    shared: tuple[str, ...]


@dataclass(frozen=True)
class _Dated:
    article: str
    quote: str
    day: dt.date
    words: frozenset[str]
    names: frozenset[str]
    near: frozenset[str]
    at: int  # where the date starts in the quote


def _content(text: str, spans: list[tuple[int, int]], code: str) -> tuple[set[str], set[str]]:
    """Content words of ``text`` outside ``spans`` (its dates), and those written as names."""
    skip = function_words(code)
    words: set[str] = set()
    names: set[str] = set()
    for m in _WORD.finditer(text):
        if any(s <= m.start() < e for s, e in spans):
            continue
        w = m.group(0)
        low = w.lower()
        if len(low) < 3 or low in skip:
            continue
        words.add(low)
        if w[0].isupper() and m.start() > 0:
            names.add(low)
    return words, names


def _near(text: str, start: int, end: int, words: set[str]) -> frozenset[str]:
    """Content words among the ``NEAR`` words either side of ``text[start:end]``."""
    before = [w.lower() for w in _WORD.findall(text[:start])][-NEAR:]
    after = [w.lower() for w in _WORD.findall(text[end:])][:NEAR]
    return frozenset(w for w in before + after if w in words)


def _dated_sentences(article: DatedArticle) -> list[_Dated]:
    tagger = tagger_for(article.language)
    mentions = tagger.tag(article.body, article.published)
    out = []
    for sent in split_sentences(article.body, article.language):
        inside = [m for m in mentions if sent.start <= m.start < sent.end]
        if not inside:
            continue
        spans = [(m.start - sent.start, m.end - sent.start) for m in inside]
        words, names = _content(sent.text, spans, article.language)
        for m in inside:
            day = mention_day(m)
            if day is None or m.precision not in _DAYLIKE or m.yearless:
                continue
            if m.anchor != "none" and not article.trusted:
                continue
            # A weekday named alone is recent news; so must the day that fixes it be in the
            # other article, not history it recalls ("Pada 2 April 2025, ...").
            if abs((article.published - day).days) > RECENT:
                continue
            near = _near(sent.text, m.start - sent.start, m.end - sent.start, words)
            out.append(
                _Dated(
                    article.id,
                    sent.text,
                    day,
                    frozenset(words),
                    frozenset(names),
                    near,
                    m.start - sent.start,
                )
            )
    return out


def _all_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _asking_words(body: str, code: str) -> set[str]:
    """Content words of the sentences of ``body`` that name a weekday alone."""
    found = weekday_mentions(body, code, dt.date(2000, 1, 5))
    out: set[str] = set()
    for sent in split_sentences(body, code):
        if any(sent.start <= s < sent.end for s in found):
            out |= _content(sent.text, [], code)[0]
    return out


def _pins(body: str, code: str, pool: list[_Dated]) -> list[Pin]:
    """Weekdays ``body`` names alone that a dated sentence of the pool fixes."""
    probe = dt.date(2000, 1, 5)
    found = weekday_mentions(body, code, probe)
    if not found:
        return []
    tagger = tagger_for(code)
    spans_all = [(m.start, m.end) for m in tagger.tag(body, probe)]
    pins = []
    for sent in split_sentences(body, code):
        here = [m for s, m in found.items() if sent.start <= s < sent.end]
        if not here:
            continue
        spans = [
            (s - sent.start, e - sent.start) for s, e in spans_all if sent.start <= s < sent.end
        ]
        words, names = _content(sent.text, spans, code)
        for m in here:
            weekday = dt.date.fromisoformat((m.value or "")[:10]).isoweekday()
            near = _near(sent.text, m.start - sent.start, m.end - sent.start, words)
            scored = []
            for d in pool:
                if d.day.isoweekday() != weekday:
                    continue
                shared = words & d.words
                shared_names = shared & names & d.names
                if len(shared) < MIN_SHARED or not shared_names or not (shared - shared_names):
                    continue
                if len(near & d.near) < MIN_NEAR:
                    continue
                scored.append((len(shared) + len(near & d.near), d, shared))
            if not scored:
                continue
            scored.sort(key=lambda x: (-x[0], x[1].day, x[1].article))
            top, d, shared = scored[0]
            # Two equally good reports that disagree on the day: neither decides.
            if any(n == top and o.day != d.day for n, o, _ in scored[1:]):
                continue
            quote = _excerpt(d.quote, d.at)
            pins.append(Pin(m.start, m.text, d.day, d.article, quote, tuple(sorted(shared))))
    return pins


def _excerpt(text: str, at: int, before: int = 70, after: int = 30) -> str:
    """The words of ``text`` around offset ``at``, marked where cut."""
    start = max(0, at - before)
    if start:
        start = text.find(" ", start) + 1 or start
    end = min(len(text), at + after)
    if end < len(text):
        end = text.rfind(" ", at, end) if text.rfind(" ", at, end) > at else end
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def corroborate(
    body: str, code: str, others: list[DatedArticle], pool_cache: dict[str, Any] | None = None
) -> Published | None:
    """A publication date for ``body`` from other articles' reports of the same happening.

    Args:
        body: The article body (captions left out); it names weekdays without dates.
        code: Its language.
        others: Articles whose dates are known.
        pool_cache: Dated sentences already read, by article id (filled in as it goes).

    Returns:
        A ``corroborated`` date naming the other article, or ``None`` when no other article
        fixes a weekday of this one.
    """
    cache_ = pool_cache if pool_cache is not None else {}
    asked = _asking_words(body, code)
    if not asked:
        return None
    pool: list[_Dated] = []
    for other in others:
        if other.language != code:
            continue
        # Reading an article's dates costs a tagger run: only those that share words with
        # the sentences in question are read.
        words_key = "\0words\0" + other.id
        if words_key not in cache_:
            cache_[words_key] = _all_words(other.body) - function_words(code)
        if other.id not in cache_ and len(asked & cache_[words_key]) < MIN_SHARED:
            continue
        if other.id not in cache_:
            cache_[other.id] = _dated_sentences(other)
        pool.extend(cache_[other.id])
    pins = _pins(body, code, pool)
    if not pins:
        return None
    candidates = sorted(
        {p.day + dt.timedelta(days=k) for p in pins for k in range(-WEEK, 2 * WEEK)}
    )
    weights = {p.start: (p.day, len(p.shared)) for p in pins}
    settled = settle(body, code, weights, None, candidates)
    if settled is None:
        return None
    day, placements, kept = settled
    chosen = sorted((p for p in pins if p.start in kept), key=lambda p: (-len(p.shared), p.start))
    lead = chosen[0]
    evidence = (
        f"{lead.text!r} is {lead.day.isoformat()}: {lead.article} reports "
        f"{lead.quote!r} (shared words: {', '.join(lead.shared)})"
    )
    more = [f"{p.text!r} by {p.article}" for p in chosen[1:]]
    if more:
        evidence += "; also " + ", ".join(more)
    evidence += f"; weekdays named alone: {', '.join(placements)}"
    return Published(day, "corroborated", evidence)
