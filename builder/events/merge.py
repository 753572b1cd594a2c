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


@cache
def _alias_pattern(items: tuple[tuple[str, str], ...]) -> re.Pattern[str] | None:
    if not items:
        return None
    alt = "|".join(re.escape(short) for short, _ in sorted(items, key=lambda kv: -len(kv[0])))
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)")


def _normalise(text: str, aliases: dict[str, str]) -> str:
    """Aliases written out ("AS" -> "Amerika Serikat"), in one pass over the text."""
    pattern = _alias_pattern(tuple(aliases.items()))
    if pattern is None:
        return text
    return pattern.sub(lambda m: aliases[m.group(0)], text)


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
    thousands of candidates and words, far too many for a dense matrix. Features computed
    with the candidate (in parallel, cached) are reused."""
    docs = [c.features if c.features is not None else candidate_features(c) for c in candidates]
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


def _day(date: str) -> dt.date | None:
    return dt.date.fromisoformat(date) if len(date) == 10 else None


def _centroid_matrix(clusters: list[list[int]], vectors: sp.csr_matrix) -> sp.csr_matrix:
    """Every cluster's normalised summed vector, as rows of one sparse matrix (an empty
    cluster has a zero row), from one sparse product."""
    rows = [k for k, g in enumerate(clusters) for _ in g]
    cols = [i for g in clusters for i in g]
    assign = sp.csr_matrix(
        (np.ones(len(rows)), (rows, cols)), shape=(len(clusters), vectors.shape[0])
    )
    sums = assign @ vectors
    norms = np.sqrt(np.asarray(sums.multiply(sums).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ sums)


#: Heaviest words of a day cluster used to find the clusters worth comparing it with.
BLOCKING_TERMS = 6


def _join_vaguer(
    clusters: list[list[int]],
    date_of: list[str],
    candidates: list[Candidate],
    vectors: sp.csr_matrix,
) -> None:
    """Step 2: each month (then year) cluster joins the finer cluster inside its span that it
    is most alike, if alike enough.

    Within one pass the finer clusters are compared as they were before the pass: a cluster
    that took in a vague one does not thereby look more like the next (no snowball), and
    every similarity of a span comes from one sparse product.
    """
    arts_of = [{candidates[i].article for i in g} for g in clusters]
    by_article: dict[str, set[int]] = defaultdict(set)
    for k, arts in enumerate(arts_of):
        for a in arts:
            by_article[a].add(k)
    for precision in (2, 1):
        centroids = _centroid_matrix(clusters, vectors)
        inside: dict[str, list[int]] = defaultdict(list)
        vague: dict[str, list[int]] = defaultdict(list)
        for f, date in enumerate(date_of):
            if not clusters[f]:
                continue
            parts = len(date.split("-"))
            if parts == precision:
                vague[date].append(f)
            elif parts > precision:
                inside[date[: 4 + 3 * (precision - 1)]].append(f)
        for span in sorted(vague):
            members = inside.get(span, [])
            if not members:
                continue
            position = {f: p for p, f in enumerate(members)}
            ks = vague[span]
            sims = (centroids[ks] @ centroids[members].T).toarray()
            for row, k in enumerate(ks):
                own = {position[f] for a in arts_of[k] for f in by_article[a] if f in position}
                best, best_key = None, (False, VAGUER_JOINS)
                hits = set(np.flatnonzero(sims[row] > VAGUER_JOINS).tolist())
                for pos in sorted(own | hits):
                    f = members[pos]
                    is_own, sim = pos in own, float(sims[row, pos])
                    # An article that dates the happening precisely elsewhere (a caption's "13
                    # September" beside its "tahun lalu") needs less agreement of words.
                    if is_own and sim < SAME_ARTICLE_JOINS:
                        continue
                    key = (is_own, sim)
                    if (is_own or sim > VAGUER_JOINS) and key > best_key:
                        best, best_key = f, key
                if best is not None:
                    clusters[best] = sorted(clusters[best] + clusters[k])
                    arts_of[best] |= arts_of[k]
                    for a in arts_of[k]:
                        by_article[a].add(best)
                    clusters[k] = []


def _join_conflicting(
    clusters: list[list[int]],
    date_of: list[str],
    candidates: list[Candidate],
    vectors: sp.csr_matrix,
) -> None:
    """Step 3: day clusters a few days apart, from different articles, that are very alike
    are one happening dated differently. Only clusters sharing one of their heaviest words
    are compared (blocking): two sentences that alike always share one."""
    live = [k for k in range(len(clusters)) if clusters[k] and _day(date_of[k])]
    if len(live) < 2:
        return
    days = [_day(date_of[k]) for k in live]
    matrix = _centroid_matrix([clusters[k] for k in live], vectors)
    by_term: dict[int, list[int]] = defaultdict(list)
    for pos in range(len(live)):
        start, end = matrix.indptr[pos], matrix.indptr[pos + 1]
        data, terms = matrix.data[start:end], matrix.indices[start:end]
        for term in terms[np.argsort(-data, kind="stable")[:BLOCKING_TERMS]]:
            by_term[int(term)].append(pos)
    neighbours: dict[int, set[int]] = defaultdict(set)
    for positions in by_term.values():
        for x, a_pos in enumerate(positions):
            for b_pos in positions[x + 1 :]:
                if abs((days[b_pos] - days[a_pos]).days) <= CONFLICT_DAYS:  # type: ignore[operator]
                    neighbours[a_pos].add(b_pos)
                    neighbours[b_pos].add(a_pos)
    arts_of = {k: {candidates[i].article for i in clusters[k]} for k in live}
    grown: set[int] = set()
    for a_pos, a in enumerate(live):
        later = sorted(p for p in neighbours.get(a_pos, ()) if p > a_pos)
        if not later or not clusters[a]:
            continue
        centre = _centroid_matrix([clusters[a]], vectors) if a in grown else matrix[a_pos]
        sims = (matrix[later] @ centre.T).toarray().ravel()
        for b_pos, sim in zip(later, sims, strict=True):
            b = live[b_pos]
            if not clusters[b] or arts_of[a] & arts_of[b]:
                continue  # gone, or one article dating both: two happenings
            if float(sim) >= CONFLICT:
                clusters[a] = sorted(clusters[a] + clusters[b])
                arts_of[a] |= arts_of[b]
                clusters[b] = []
                grown.add(a)


def _merge_clusters(candidates: list[Candidate], vectors: sp.csr_matrix) -> list[list[int]]:
    by_date: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(candidates):
        by_date[c.date].append(i)
    clusters: list[list[int]] = []
    for date in sorted(by_date):
        clusters.extend(_cluster(by_date[date], vectors, candidates))
    date_of = [candidates[g[0]].date for g in clusters]
    _join_vaguer(clusters, date_of, candidates, vectors)
    _join_conflicting(clusters, date_of, candidates, vectors)
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


def _lead(group: list[int], candidates: list[Candidate], vectors: sp.csr_matrix, date: str) -> int:
    """The candidate whose sentence titles the event: the most typical of the best-dated."""
    # How typical each sentence is: its similarity to the group's summed vector, which is the
    # row sum of the group's Gram matrix (no dense centroid needed).
    rows = vectors[group]
    typical = dict(zip(group, np.asarray((rows @ rows.T).sum(axis=1)).ravel(), strict=True))

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
