"""Merging candidates across articles: one event per happening, with all its sources.

Two candidates are the same happening when their dates are compatible (equal, or one
contains the other: "September 2023" and "2023-09-13") and their words agree: the titles'
token-set similarity (rapidfuzz) is high, or they share an actor and the similarity is
moderate. Candidates are joined with union-find, so the result does not depend on order.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from rapidfuzz import fuzz

from ..ingest.article import slugify
from ..store.schema import Conflict, Event, Source
from .candidates import Candidate

__all__ = ["SIMILAR", "SIMILAR_WITH_ACTOR", "merge_candidates"]

SIMILAR = 72
SIMILAR_WITH_ACTOR = 55


def _compatible(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _similar(a: Candidate, b: Candidate) -> bool:
    if not _compatible(a.date, b.date):
        return False
    if a.article == b.article and a.quote == b.quote:
        return True
    score = fuzz.token_set_ratio(a.title.lower(), b.title.lower())
    if score >= SIMILAR:
        return True
    shared_actor = bool(set(a.actors) & set(b.actors))
    return shared_actor and score >= SIMILAR_WITH_ACTOR


class _Union:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _order(c: Candidate) -> tuple[str, str, int]:
    return ((c.published or dt.date.min).isoformat(), c.article, c.position)


def _best_date(group: list[Candidate]) -> tuple[str, list[Candidate]]:
    """The date most sources support at the finest precision, and those that disagree."""
    finest = (
        max(c.precision for c in group if not c.caption)
        if any(not c.caption for c in group)
        else max(c.precision for c in group)
    )
    at_finest = [c for c in group if c.precision == finest]
    # Reporting sentences outrank captions; among equals, the most sources, then the earliest.
    votes = Counter(c.date for c in at_finest if not c.caption) or Counter(
        c.date for c in at_finest
    )
    best = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    disagree = [c for c in at_finest if c.date != best]
    return best, disagree


def _build(group: list[Candidate]) -> Event:
    group = sorted(group, key=_order)
    date, disagree = _best_date(group)
    supporting = [c for c in group if c.date == date] or group
    lead = next((c for c in supporting if not c.caption), supporting[0])
    latest = group[-1]
    # The latest source decides the status; a planned event reported done later happened.
    status = latest.status
    if any(c.status == "happened" for c in group) and status != "happened":
        happened_after = [c for c in group if c.status == "happened"]
        if _order(happened_after[-1]) >= _order(latest):
            status = "happened"
    sources: list[Source] = []
    seen: set[tuple[str, str]] = set()
    for c in group:
        if (c.article, c.quote) in seen:
            continue
        seen.add((c.article, c.quote))
        sources.append(Source(article=c.article, quote=c.quote, said=c.said))
    conflicts = []
    for c in disagree:
        conflicts.append(Conflict(article=c.article, date=c.date, said=c.said, quote=c.quote))
    for c in group:
        if c.conflict:
            conflicts.append(
                Conflict(
                    article=c.article,
                    date=c.conflict["weekday_reading"],
                    said=c.said,
                    note=(f"{c.conflict['weekday']} does not fall on {c.conflict['date_reading']}"),
                )
            )
    actors: list[str] = []
    places: list[str] = []
    for c in [lead, *group]:
        actors.extend(a for a in c.actors if a not in actors)
        places.extend(p for p in c.places if p not in places)
    return Event(
        id=f"{date}-{slugify(lead.title, words=6, max_len=60)}",
        date=date,
        end=lead.end,
        time=lead.time,
        approximate=all(c.approximate for c in supporting),
        status=status,
        title=lead.title,
        summary=lead.summary,
        actors=actors[:8],
        places=places[:6],
        sources=sources,
        conflicts=conflicts,
    )


def merge_candidates(candidates: list[Candidate]) -> list[Event]:
    """Events from candidates: similar ones joined, ids unique and stable."""
    # Compare only within a year: compatible dates always share theirs.
    by_year: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(candidates):
        by_year[c.date[:4]].append(i)
    union = _Union(len(candidates))
    for indices in by_year.values():
        for x, i in enumerate(indices):
            for j in indices[x + 1 :]:
                if _similar(candidates[i], candidates[j]):
                    union.join(i, j)
    groups: dict[int, list[Candidate]] = defaultdict(list)
    for i, c in enumerate(candidates):
        groups[union.find(i)].append(c)
    events = [_build(g) for g in groups.values()]
    events.sort(key=Event.sort_key)
    used: Counter[str] = Counter()
    unique = []
    for event in events:
        used[event.id] += 1
        if used[event.id] > 1:
            event = event.model_copy(update={"id": f"{event.id}-{used[event.id]}"})
        unique.append(event)
    return unique
