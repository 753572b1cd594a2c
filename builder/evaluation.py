"""Scoring a timeline against a gold file: what ``timeline eval GOLD`` prints.

A gold file lists the happenings a good timeline of its articles must have::

    articles: [antara-2023-09-13-...]      # optional: the articles the gold covers
    events:
      - date: 2023-09-13                   # the true date, at its true precision
        status: happened
        title: Kim Jong Un dan Vladimir Putin bertemu di Kosmodrom Vostochny
        keywords: [Vostochny]              # all must appear in a matching event's text
        sources: [detiknews-2024-05-25-...] # articles that report it

A system event matches a gold event when every keyword appears (case-insensitively) in its
title, summary or quotes and its date is compatible (equal, or one contains the other).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .store.schema import Event, parse_partial_date

__all__ = ["GoldEvent", "TimelineScore", "load_gold", "score_timeline"]


@dataclass
class GoldEvent:
    date: str
    status: str
    title: str
    keywords: list[str]
    sources: list[str] = field(default_factory=list)


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
    details: list[dict[str, Any]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def source_recall(self) -> float:
        return self.sources_cited / self.sources_expected if self.sources_expected else 1.0

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
            "status_agreement": round(self.status_agree / self.found, 3) if self.found else 0.0,
            "source_recall": round(self.source_recall, 3),
            "system_events": self.system_events,
            "date_f1": round(self.date_f1, 3),
        }


def load_gold(path: Path) -> tuple[list[GoldEvent], list[str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    events = []
    for i, raw in enumerate(data.get("events", [])):
        date = raw["date"]
        date = date.isoformat() if hasattr(date, "isoformat") else str(date)
        parse_partial_date(date)
        if not raw.get("keywords"):
            raise ValueError(f"{path}: events[{i}]: 'keywords' is required")
        events.append(
            GoldEvent(
                date=date,
                status=str(raw.get("status", "happened")),
                title=str(raw.get("title", "")),
                keywords=[str(k) for k in raw["keywords"]],
                sources=[str(s) for s in raw.get("sources", [])],
            )
        )
    return events, [str(a) for a in data.get("articles", [])]


def _compatible(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _text(e: Event) -> str:
    return " ".join([e.title, e.summary, *(s.quote for s in e.sources)]).lower()


def score_timeline(gold: list[GoldEvent], events: list[Event]) -> TimelineScore:
    """Score visible ``events`` against ``gold``."""
    shown = [e for e in events if not e.hidden and not e.same_as]
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
    matched_system: set[str] = set()
    for g in gold:
        about = [e for e in shown if all(k.lower() in _text(e) for k in g.keywords)]
        hits = [e for e in about if _compatible(e.date, g.date)]
        detail: dict[str, Any] = {"gold": g.title, "date": g.date, "matches": [e.id for e in hits]}
        score.sources_expected += len(g.sources)
        if not hits:
            if about:
                score.wrong_date += 1
                detail["wrong_dates"] = [e.date for e in about]
            score.details.append(detail)
            continue
        score.found += 1
        if len(hits) > 1:
            score.split += 1
        best = next((e for e in hits if e.date == g.date), hits[0])
        if best.date == g.date:
            score.exact_date += 1
        if best.status == g.status:
            score.status_agree += 1
        cited = {s.article for e in hits for s in e.sources}
        score.sources_cited += len(set(g.sources) & cited)
        matched_system.update(e.id for e in hits if e.date == g.date)
        score.details.append(detail)
    score.system_matched = len(matched_system)
    return score
