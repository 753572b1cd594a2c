"""Merging candidates across articles: one event per happening, with all its sources.

Each candidate becomes a TF-IDF vector (scikit-learn) over the lemmas of its sentence's
content words (simplemma), its actors and its places; two candidates are alike by the cosine
of their vectors. Then, in three steps that never depend on input order:

1. Candidates with the same date are clustered (average linkage, so one loose pair does not
   chain two happenings together).
2. A vaguer cluster (a month, a year) joins the finer cluster within its span that it is most
   alike ("tahun lalu ... pertemuan puncak" joins the summit of 13 September), if alike enough.
3. Day clusters a few days apart, from different articles, that are very alike are one
   happening dated differently by their sources: the best-supported date is kept and the
   others are recorded in ``conflicts`` with who said what.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from functools import cache

import numpy as np
import scipy.sparse as sp
import simplemma
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

from ..ingest.article import slugify
from ..lang import load_data
from ..store.schema import Conflict, Event, Source
from .candidates import Candidate

__all__ = ["CONFLICT", "SAME_DATE", "VAGUER_JOINS", "candidate_features", "merge_candidates"]

#: Cosine above which candidates of one date report one happening.
SAME_DATE = 0.25
#: Cosine above which a month or year candidate joins a finer event inside its span.
VAGUER_JOINS = 0.3
#: How much more alike two sentences of one article count when they name one vague date.
SAME_ARTICLE_VAGUE = 2.0
#: The same, when the finer event has a source in the vaguer candidate's own article.
SAME_ARTICLE_JOINS = 0.1
#: Cosine above which day events a few days apart are one happening dated differently.
CONFLICT = 0.5
#: How many days apart two sources may date one happening.
CONFLICT_DAYS = 3

_STATUS_RANK = {"happened": 2, "planned": 1, "expected": 0}


@cache
def _language_words(code: str) -> tuple[frozenset[str], dict[str, str]]:
    """Stop words and aliases of a language, for comparing sentences."""
    data = (load_data(code, "events") or load_data("id", "events")).get("similarity", {})
    stop = {w.lower() for w in data.get("stopwords", [])}
    aliases = {str(k): str(v) for k, v in (data.get("aliases") or {}).items()}
    return frozenset(stop), aliases


def _normalise(text: str, aliases: dict[str, str]) -> str:
    for short, full in aliases.items():
        text = re.sub(rf"(?<!\w){re.escape(short)}(?!\w)", full, text)
    return text


@cache
def _lemma(word: str, code: str) -> str:
    return simplemma.lemmatize(word, lang=code)


def candidate_features(c: Candidate, code: str = "id") -> list[str]:
    """The tokens a candidate is compared by: content lemmas, actors, places."""
    stop, aliases = _language_words(code)
    # The clause counts twice: it is what the date dates; the sentence around it is context.
    text = _normalise(f"{c.quote} {c.context} {c.title}", aliases)
    tokens = []
    for word in re.findall(r"[^\W\d_][\w-]*", text):
        lower = word.lower()
        if lower in stop or len(lower) < 3:
            continue
        tokens.append(_lemma(lower, code))
    tokens += [f"actor:{_normalise(a, aliases).lower()}" for a in c.actors]
    tokens += [f"place:{_normalise(p, aliases).lower()}" for p in c.places]
    return tokens


def _vectors(candidates: list[Candidate]) -> sp.csr_matrix:
    """One L2-normalised TF-IDF row per candidate, kept sparse: a corpus has tens of
    thousands of candidates and words, far too many for a dense matrix."""
    docs = [candidate_features(c) for c in candidates]
    if not any(docs):
        return sp.csr_matrix((len(candidates), 1))
    vectorizer = TfidfVectorizer(analyzer=lambda d: d, sublinear_tf=True, norm="l2")
    return sp.csr_matrix(vectorizer.fit_transform(docs))


def _cluster(
    indices: list[int], vectors: sp.csr_matrix, candidates: list[Candidate]
) -> list[list[int]]:
    if len(indices) == 1:
        return [indices]
    rows = vectors[indices]
    sims = (rows @ rows.T).toarray()
    if len(candidates[indices[0]].date) < 10:
        # One article naming one vague date twice ("rapat pada tahun 2017" ... "pernah rapat
        # pada tahun 2017") nearly always speaks of one happening.
        arts = np.array([candidates[i].article for i in indices])
        same = arts[:, None] == arts[None, :]
        sims = np.where(same, np.minimum(1.0, sims * SAME_ARTICLE_VAGUE), sims)
    distance = np.clip(1.0 - sims, 0.0, None)
    np.fill_diagonal(distance, 0.0)
    labels = AgglomerativeClustering(
        n_clusters=None,
        metric="precomputed",
        linkage="average",
        distance_threshold=1.0 - SAME_DATE,
    ).fit_predict(distance)
    groups: dict[int, list[int]] = defaultdict(list)
    for i, label in zip(indices, labels, strict=True):
        groups[int(label)].append(i)
    return sorted(groups.values())


def _centroid(group: list[int], vectors: sp.csr_matrix) -> sp.csr_matrix:
    """The normalised mean of a cluster's rows, as a sparse row."""
    total = sp.csr_matrix(np.ones((1, len(group)))) @ vectors[group]
    norm = float(np.sqrt(total.multiply(total).sum()))
    return total / norm if norm else total


def _cos(a: sp.csr_matrix, b: sp.csr_matrix) -> float:
    return float(a.multiply(b).sum())


def _day(date: str) -> dt.date | None:
    return dt.date.fromisoformat(date) if len(date) == 10 else None


class _Centroids:
    """Cluster centroids, computed once and again only after the cluster changes."""

    def __init__(self, clusters: list[list[int]], vectors: sp.csr_matrix):
        self.clusters, self.vectors = clusters, vectors
        self._cache: dict[int, sp.csr_matrix] = {}

    def __getitem__(self, k: int) -> sp.csr_matrix:
        if k not in self._cache:
            self._cache[k] = _centroid(self.clusters[k], self.vectors)
        return self._cache[k]

    def matrix(self, ks: list[int]) -> sp.csr_matrix:
        return sp.vstack([self[k] for k in ks], format="csr")

    def changed(self, k: int) -> None:
        self._cache.pop(k, None)


#: Heaviest words of a day cluster used to find the clusters worth comparing it with.
BLOCKING_TERMS = 6


def _join_vaguer(
    clusters: list[list[int]],
    date_of: list[str],
    candidates: list[Candidate],
    centroids: _Centroids,
) -> None:
    """Step 2: each month (then year) cluster joins the finer cluster inside its span that it
    is most alike, if alike enough. Similarities to all the span's clusters come from one
    sparse product; only clusters changed since are compared again one by one."""
    inside: dict[str, list[int]] = defaultdict(list)
    for f, date in enumerate(date_of):
        parts = date.split("-")
        if len(parts) == 3:
            inside[date[:7]].append(f)
        if len(parts) >= 2:
            inside[date[:4]].append(f)
    arts_of = [{candidates[i].article for i in g} for g in clusters]
    for precision in (2, 1):
        span_matrix: dict[str, tuple[list[int], sp.csr_matrix]] = {}
        stale: set[int] = set()
        for k in range(len(clusters)):
            if not clusters[k] or len(date_of[k].split("-")) != precision:
                continue
            members = inside.get(date_of[k], [])
            if not members:
                continue
            if date_of[k] not in span_matrix:
                span_matrix[date_of[k]] = (members, centroids.matrix(members))
            _, matrix = span_matrix[date_of[k]]
            centre = centroids[k]
            sims = (matrix @ centre.T).toarray().ravel()
            articles = arts_of[k]
            best, best_key = None, (False, VAGUER_JOINS)
            for pos, f in enumerate(members):
                if f == k or not clusters[f]:
                    continue
                own = bool(articles & arts_of[f])
                sim = _cos(centre, centroids[f]) if f in stale else float(sims[pos])
                # An article that dates the happening precisely elsewhere (a caption's "13
                # September" beside its "tahun lalu") needs less agreement of words.
                if own and sim < SAME_ARTICLE_JOINS:
                    continue
                key = (own, sim)
                if (own or sim > VAGUER_JOINS) and key > best_key:
                    best, best_key = f, key
            if best is not None:
                clusters[best] = sorted(clusters[best] + clusters[k])
                arts_of[best] |= arts_of[k]
                clusters[k] = []
                centroids.changed(best)
                stale.add(best)


def _join_conflicting(
    clusters: list[list[int]],
    date_of: list[str],
    candidates: list[Candidate],
    centroids: _Centroids,
) -> None:
    """Step 3: day clusters a few days apart, from different articles, that are very alike
    are one happening dated differently. Only clusters sharing one of their heaviest words
    are compared (blocking): two sentences that alike always share one."""
    live = [k for k in range(len(clusters)) if clusters[k] and _day(date_of[k])]
    if len(live) < 2:
        return
    days = [_day(date_of[k]) for k in live]
    matrix = centroids.matrix(live)
    by_term: dict[int, list[int]] = defaultdict(list)
    for pos in range(len(live)):
        row = matrix.getrow(pos)
        top = row.indices[np.argsort(-row.data, kind="stable")[:BLOCKING_TERMS]]
        for term in top:
            by_term[int(term)].append(pos)
    neighbours: dict[int, set[int]] = defaultdict(set)
    for positions in by_term.values():
        for x, a_pos in enumerate(positions):
            for b_pos in positions[x + 1 :]:
                if abs((days[b_pos] - days[a_pos]).days) <= CONFLICT_DAYS:  # type: ignore[operator]
                    neighbours[a_pos].add(b_pos)
                    neighbours[b_pos].add(a_pos)
    arts_of = {k: {candidates[i].article for i in clusters[k]} for k in live}
    for a_pos, a in enumerate(live):
        for b_pos in sorted(p for p in neighbours.get(a_pos, ()) if p > a_pos):
            b = live[b_pos]
            if not clusters[a] or not clusters[b]:
                continue
            if arts_of[a] & arts_of[b]:
                continue  # one article dating both: two happenings
            if _cos(centroids[a], centroids[b]) >= CONFLICT:
                clusters[a] = sorted(clusters[a] + clusters[b])
                arts_of[a] |= arts_of[b]
                clusters[b] = []
                centroids.changed(a)


def _merge_clusters(candidates: list[Candidate], vectors: sp.csr_matrix) -> list[list[int]]:
    by_date: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(candidates):
        by_date[c.date].append(i)
    clusters: list[list[int]] = []
    for date in sorted(by_date):
        clusters.extend(_cluster(by_date[date], vectors, candidates))
    date_of = [candidates[g[0]].date for g in clusters]
    centroids = _Centroids(clusters, vectors)
    _join_vaguer(clusters, date_of, candidates, centroids)
    _join_conflicting(clusters, date_of, candidates, centroids)
    return [g for g in clusters if g]


def _order(c: Candidate) -> tuple[str, str, int]:
    return ((c.published or dt.date.min).isoformat(), c.article, c.position)


def _best_date(group: list[Candidate]) -> tuple[str, list[Candidate]]:
    """The date most articles support at the finest precision, and those that disagree."""
    # A caption's precise date is kept when the text agrees at a vaguer precision; when they
    # disagree, the votes below let the text win.
    finest = max(c.precision for c in group)
    at_finest = [c for c in group if c.precision == finest]
    # Reporting sentences outrank captions; among equals, the most articles, then the earliest.
    votes = Counter()
    for date in {c.date for c in at_finest}:
        votes[date] = len({c.article for c in at_finest if c.date == date and not c.caption})
        votes[date] += 0.5 * len({c.article for c in at_finest if c.date == date and c.caption})
    best = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    disagree = [c for c in at_finest if not c.date.startswith(best) and not best.startswith(c.date)]
    return best, disagree


def _lead(
    group: list[int], candidates: list[Candidate], vectors: sp.csr_matrix, date: str
) -> int:
    """The candidate whose sentence titles the event: the most typical of the best-dated."""
    centre = _centroid(group, vectors)
    typical = dict(zip(group, (vectors[group] @ centre.T).toarray().ravel(), strict=True))

    def rank(i: int) -> tuple[float, ...]:
        c = candidates[i]
        return (
            not c.foreign,
            not c.caption,
            c.date == date,
            c.role == "plain",
            float(typical[i]),
            -len(c.title.split()) if len(c.title.split()) > 12 else 0,
        )

    return max(sorted(group, key=lambda i: _order(candidates[i])), key=rank)


def _status(group: list[Candidate]) -> str:
    """The latest article decides; within it, the firmest word ("tiba" over "akan")."""
    latest = max(_order(c)[:2] for c in group)
    last = [c for c in group if _order(c)[:2] == latest]
    return max(last, key=lambda c: _STATUS_RANK[c.status]).status


def _build(indices: list[int], candidates: list[Candidate], vectors: sp.csr_matrix) -> Event:
    group = sorted((candidates[i] for i in indices), key=_order)
    date, disagree = _best_date(group)
    supporting = [c for c in group if c.date == date] or group
    lead = candidates[_lead(indices, candidates, vectors, date)]
    sources: list[Source] = []
    seen: set[tuple[str, str]] = set()
    for c in sorted(group, key=lambda c: (c not in supporting, _order(c))):
        if c in disagree or (c.article, c.quote) in seen:
            continue
        seen.add((c.article, c.quote))
        sources.append(Source(article=c.article, quote=c.quote, said=c.said))
    conflicts = [
        Conflict(article=c.article, date=c.date, said=c.said, quote=c.quote) for c in disagree
    ]
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
    if not sources:
        sources = [Source(article=lead.article, quote=lead.quote, said=lead.said)]
    actors: list[str] = []
    places: list[str] = []
    for c in [lead, *group]:
        if c.foreign:
            continue
        actors.extend(a for a in c.actors if a not in actors)
        places.extend(p for p in c.places if p not in places)
    ends = [c.end for c in supporting if c.end]
    times = [c.time for c in supporting if c.time]
    return Event(
        id=f"{date}-{slugify(lead.title, words=6, max_len=60)}",
        date=date,
        end=lead.end if lead.date == date else (ends[0] if ends else None),
        time=lead.time if lead.date == date and lead.time else (times[0] if times else None),
        approximate=all(c.approximate for c in supporting),
        status=_status(group),
        title=lead.title,
        summary=lead.summary,
        actors=actors[:8],
        places=places[:6],
        sources=sources,
        conflicts=conflicts,
    )


def merge_candidates(candidates: list[Candidate]) -> list[Event]:
    """Events from candidates: alike ones joined, ids unique and stable."""
    if not candidates:
        return []
    vectors = _vectors(candidates)
    clusters = _merge_clusters(candidates, vectors)
    events = [_build(g, candidates, vectors) for g in clusters]
    events.sort(key=Event.sort_key)
    used: Counter[str] = Counter()
    unique = []
    for event in events:
        used[event.id] += 1
        if used[event.id] > 1:
            event = event.model_copy(update={"id": f"{event.id}-{used[event.id]}"})
        unique.append(event)
    return unique
