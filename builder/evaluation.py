"""Scoring a timeline against a gold file: what ``timeline eval GOLD`` prints.

A gold file lists the happenings a good timeline of its articles must have::

    name: seeds                            # optional: a name for the figures
    corpus: id/news-2025-06.jsonl          # optional: rows of ../shared/corpus/<corpus>
    fixtures: tests/fixtures/seeds         # optional: or files of this folder (repo-relative)
    articles: [gik-49a96194480f, ...]      # the articles the gold covers
    published: {004_a749.txt: 2023-09-13}  # optional: the editor's date when ingest finds none
    boilerplate: ["dilansir AFP, Sabtu (25/5/2024)"]   # date words no event may be dated from
    events:
      - date: 2023-09-13                   # the true date, at its true precision
        status: happened
        title: Kim Jong Un dan Vladimir Putin bertemu di Kosmodrom Vostochny
        keywords: [Vostochny, "bertemu|KTT"]   # each must appear; "a|b" accepts either
        sources: [detiknews-2024-05-25-...] # articles that report it
        approximate: false                 # optional
        conflicts: [001_393e8c43df52946a.txt]   # optional: articles that date it otherwise
        title_words: [Kim, Putin, "bertemu|KTT"]  # optional: what a good headline must say

An article is named by its id in content/articles/, by the file it was ingested from
(``000_b4f0c23a57b75613.txt``) or by its corpus row id (``gik-49a96194480f``), so one gold file
serves any project built from the same articles.

Each visible system event is assigned to at most one gold event: among the gold events whose
keywords all appear in its title, summary or quotes and whose date is compatible with its date
(equal, or one contains the other), the one it fits best (an exact date first, then keywords
found in its title). A gold event is found when an event is assigned to it and split when two
or more are.

Headlines are scored twice: every visible event's title against the general checks of
:mod:`builder.events.headlines` (a capitalised start, no leftover fragment, no pronoun for a
subject, not cut off when the sentence was short, no "akan" for what happened, ...), and the
title of the event that matches a gold event against the gold's ``title_words``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .events.headlines import headline_flaws
from .store.schema import Event, parse_partial_date

__all__ = [
    "Gold",
    "GoldError",
    "GoldEvent",
    "TimelineScore",
    "article_refs",
    "load_gold",
    "read_gold",
    "score_timeline",
]


class GoldError(ValueError):
    """A gold file cannot be read; the message names the file, the key and what was expected."""


@dataclass
class GoldEvent:
    date: str
    status: str
    title: str
    keywords: list[str]
    sources: list[str] = field(default_factory=list)
    approximate: bool | None = None
    conflicts: list[str] = field(default_factory=list)
    title_words: list[str] = field(default_factory=list)


@dataclass
class Gold:
    """A whole gold file: its events and where its articles come from."""

    path: Path
    name: str
    events: list[GoldEvent]
    articles: list[str] = field(default_factory=list)
    corpus: str | None = None
    fixtures: str | None = None
    published: dict[str, dt.date] = field(default_factory=dict)
    boilerplate: list[str] = field(default_factory=list)


@dataclass
class TimelineScore:
    gold: int
    found: int
    split: int
    wrong_date: int
    exact_date: int
    status_agree: int
    sources_expected: int
    sources_cited: int
    system_events: int
    system_matched: int
    boilerplate_dated: int = 0
    conflicts_expected: int = 0
    conflicts_recorded: int = 0
    #: Visible events whose title has no flaw (see builder.events.headlines).
    titles_ok: int = 0
    #: Found gold events with ``title_words``, and those whose matching title has them all.
    title_words_expected: int = 0
    title_words_ok: int = 0
    flaws: dict[str, int] = field(default_factory=dict)
    details: list[dict[str, Any]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def source_recall(self) -> float:
        return self.sources_cited / self.sources_expected if self.sources_expected else 1.0

    @property
    def status_agreement(self) -> float:
        return self.status_agree / self.found if self.found else 0.0

    @property
    def title_pass(self) -> float:
        return self.titles_ok / self.system_events if self.system_events else 1.0

    @property
    def title_words_pass(self) -> float:
        return self.title_words_ok / self.title_words_expected if self.title_words_expected else 1.0

    @property
    def date_f1(self) -> float:
        p = self.system_matched / self.system_events if self.system_events else 0.0
        r = self.exact_date / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold_events": self.gold,
            "found": self.found,
            "recall": round(self.recall, 3),
            "split": self.split,
            "wrong_date": self.wrong_date,
            "exact_date": self.exact_date,
            "status_agreement": round(self.status_agreement, 3),
            "sources_expected": self.sources_expected,
            "sources_cited": self.sources_cited,
            "source_recall": round(self.source_recall, 3),
            "conflicts_expected": self.conflicts_expected,
            "conflicts_recorded": self.conflicts_recorded,
            "system_events": self.system_events,
            "date_f1": round(self.date_f1, 3),
            "boilerplate_dated": self.boilerplate_dated,
            "titles_ok": self.titles_ok,
            "title_pass": round(self.title_pass, 3),
            "title_words_expected": self.title_words_expected,
            "title_words_ok": self.title_words_ok,
            "title_words_pass": round(self.title_words_pass, 3),
            "title_flaws": dict(sorted(self.flaws.items())),
        }


def _strings(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise GoldError(f"{where}: expected a list, found {type(value).__name__}")
    return [str(v) for v in value]


def _date_text(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:04d}"
    return str(value)


def read_gold(path: Path) -> Gold:
    """Read a gold file; raises GoldError naming the file and key of the first problem."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, ValueError) as exc:
        raise GoldError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise GoldError(f"{path}: expected a mapping with an 'events' list")
    events = []
    for i, raw in enumerate(data.get("events") or []):
        where = f"{path}: events[{i}]"
        if not isinstance(raw, dict) or "date" not in raw:
            raise GoldError(f"{where}: expected a mapping with at least 'date' and 'keywords'")
        date = _date_text(raw["date"])
        try:
            parse_partial_date(date)
        except ValueError as exc:
            raise GoldError(f"{where}.date: {exc}, found {date!r}") from None
        keywords = _strings(raw.get("keywords"), f"{where}.keywords")
        if not keywords:
            raise GoldError(f"{where}.keywords: required (words a matching event must contain)")
        status = str(raw.get("status", "happened"))
        if status not in ("happened", "planned", "expected"):
            raise GoldError(
                f"{where}.status: expected happened, planned or expected, found {status!r}"
            )
        events.append(
            GoldEvent(
                date=date,
                status=status,
                title=str(raw.get("title", "")),
                keywords=keywords,
                sources=_strings(raw.get("sources"), f"{where}.sources"),
                approximate=raw.get("approximate"),
                conflicts=_strings(raw.get("conflicts"), f"{where}.conflicts"),
                title_words=_strings(raw.get("title_words"), f"{where}.title_words"),
            )
        )
    published = {}
    for ref, value in (data.get("published") or {}).items():
        try:
            published[str(ref)] = dt.date.fromisoformat(_date_text(value))
        except ValueError:
            raise GoldError(
                f"{path}: published.{ref}: expected a date YYYY-MM-DD, found {value!r}"
            ) from None
    return Gold(
        path=path,
        name=str(data.get("name") or path.stem),
        events=events,
        articles=_strings(data.get("articles"), f"{path}: articles"),
        corpus=data.get("corpus"),
        fixtures=data.get("fixtures"),
        published=published,
        boilerplate=_strings(data.get("boilerplate"), f"{path}: boilerplate"),
    )


def load_gold(path: Path) -> tuple[list[GoldEvent], list[str]]:
    """The gold events of ``path`` and the articles it covers."""
    gold = read_gold(path)
    return gold.events, gold.articles


def article_refs(article: Any) -> set[str]:
    """Every name a gold file may use for ``article``: id, source file, corpus row id, and
    those of the copies of it that ingest kept as this one (``also_published``)."""
    refs = {article.id}
    copies = (getattr(article, "extra", None) or {}).get("also_published") or []
    sources = [getattr(article, "source", None)]
    sources += [c.get("source") for c in copies if isinstance(c, dict)]
    for source in filter(None, sources):
        source = str(source)
        refs.add(source)
        name, _, row = source.partition("#")
        refs.add(Path(name).name)
        if row:
            refs.add(row)
    return refs


def _keyword_hit(keyword: str, text: str) -> bool:
    """Whether ``text`` (lower case) holds one of the alternatives of ``keyword``. A common
    word may stand inside an inflected one ("tutup" in "ditutup"); a name, written with a
    capital, only as a whole word ("Bali" is not in "sebaliknya")."""
    for alt in (a.strip() for a in keyword.split("|")):
        if not alt:
            continue
        if alt[0].isupper():
            if re.search(rf"(?<!\w){re.escape(alt.lower())}(?!\w)", text):
                return True
        elif alt.lower() in text:
            return True
    return False


def _text(e: Event) -> str:
    return " ".join([e.title, e.summary, *(s.quote for s in e.sources)]).lower()


def _compatible(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def dated_from_boilerplate(event: Event, snippets: list[str]) -> bool:
    """True when a source of ``event`` takes its date words from one of ``snippets``."""
    for source in event.sources:
        quote = source.quote.lower()
        said = (source.said or "").lower()
        for snippet in snippets:
            s = snippet.lower()
            if s in quote and said and said in s:
                return True
    return False


def score_timeline(
    gold: list[GoldEvent],
    events: list[Event],
    articles: Mapping[str, Any] | None = None,
    boilerplate: list[str] | None = None,
) -> TimelineScore:
    """Score the visible ``events`` against ``gold``.

    ``articles`` (by id) lets gold files name articles by source file or corpus row id;
    ``boilerplate`` lists date words no event may be dated from.
    """
    shown = [e for e in events if not e.hidden and not e.same_as]
    refs = {aid: article_refs(a) for aid, a in (articles or {}).items()}

    def names(article_id: str) -> set[str]:
        return refs.get(article_id, {article_id})

    score = TimelineScore(
        gold=len(gold),
        found=0,
        split=0,
        wrong_date=0,
        exact_date=0,
        status_agree=0,
        sources_expected=0,
        sources_cited=0,
        system_events=len(shown),
        system_matched=0,
    )
    texts = [_text(e) for e in shown]
    assigned: dict[int, list[int]] = {i: [] for i in range(len(gold))}
    about: dict[int, list[int]] = {i: [] for i in range(len(gold))}
    for j, e in enumerate(shown):
        best: tuple[Any, ...] | None = None
        for i, g in enumerate(gold):
            if not all(_keyword_hit(k, texts[j]) for k in g.keywords):
                continue
            if not _compatible(e.date, g.date):
                about[i].append(j)
                continue
            in_title = sum(_keyword_hit(k, e.title.lower()) for k in g.keywords)
            key = (e.date == g.date, in_title / len(g.keywords), -i)
            if best is None or key > best[0]:
                best = (key, i)
        if best is not None:
            assigned[best[1]].append(j)
    matched_system: set[int] = set()
    for i, g in enumerate(gold):
        hits = [shown[j] for j in assigned[i]]
        detail: dict[str, Any] = {
            "gold": g.title,
            "date": g.date,
            "matches": [f"{e.date} {e.status} {e.title}" for e in hits],
        }
        score.sources_expected += len(g.sources)
        score.conflicts_expected += len(g.conflicts)
        if not hits:
            if about[i]:
                score.wrong_date += 1
                detail["wrong_dates"] = sorted({shown[j].date for j in about[i]})
            detail["missing_sources"] = list(g.sources)
            score.details.append(detail)
            continue
        score.found += 1
        if len(hits) > 1:
            score.split += 1
        best_event = next((e for e in hits if e.date == g.date), hits[0])
        if best_event.date == g.date:
            score.exact_date += 1
        if best_event.status == g.status:
            score.status_agree += 1
        else:
            detail["status"] = best_event.status
        if g.title_words:
            score.title_words_expected += 1
            lowered = best_event.title.lower()
            if all(_keyword_hit(k, lowered) for k in g.title_words):
                score.title_words_ok += 1
            else:
                detail["title_lacks"] = [k for k in g.title_words if not _keyword_hit(k, lowered)]
        cited: set[str] = set()
        noted: set[str] = set()
        for e in hits:
            for s in e.sources:
                cited |= names(s.article)
            for c in e.conflicts:
                noted |= names(c.article)
        got = [s for s in g.sources if s in cited]
        score.sources_cited += len(got)
        score.conflicts_recorded += sum(1 for c in g.conflicts if c in noted)
        missing = [s for s in g.sources if s not in cited]
        if missing:
            detail["missing_sources"] = missing
        matched_system.update(j for j in assigned[i] if shown[j].date == g.date)
        score.details.append(detail)
    score.system_matched = len(matched_system)
    for e in shown:
        flaws = headline_flaws(e.title, e.summary, e.status)
        if not flaws:
            score.titles_ok += 1
        for flaw in flaws:
            score.flaws[flaw] = score.flaws.get(flaw, 0) + 1
    if boilerplate:
        score.boilerplate_dated = sum(dated_from_boilerplate(e, boilerplate) for e in shown)
    return score
