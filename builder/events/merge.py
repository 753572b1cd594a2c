"""Merging candidates across articles: one event per happening, with all its sources.

Each candidate becomes a weighted vector (see ``weights``) over the lemmas of its sentence's
content words (simplemma), its actors and its places; two candidates are alike by the cosine
of their vectors. Then, in three steps that never depend on input order:

1. Candidates with the same date are clustered (average linkage, so one loose pair does not
   chain two happenings together); one person's statements of the day, however he is
   titled, count as alike, and the statements of two people, named by names that share no
   word, never are one.
2. A vaguer cluster (a month, a year) joins the finer cluster within its span that it is most
   alike ("tahun lalu ... pertemuan puncak" joins the summit of 13 September), if alike enough.
3. Clusters of one date from different articles that are alike, and day clusters a few days
   apart that are very alike (one happening dated differently by their sources: the
   best-supported date is kept, the others recorded in ``conflicts`` with who said what),
   are joined. So are clusters of one date that one article links: every article of one also
   tells the other, and both tell one action (a story's lead and its recap), or a vague date
   a few sentences apart; and one person's words an outlet quoted a day after he said them
   ("dikutip Jumat (20/6)", ``Candidate.cited_on``), dated by the day he said them; and
   someone's words that tell a happening under way as he speaks ("Proses evakuasi saat ini
   sedang berjalan") join that day's reports of it, as a participant's words do, whatever
   other action he is quoted for ("para WNI berkumpul") when they name it as they do. A
   statement and a report of what it tells are never one happening dated two ways: the
   statement is dated when it was said; nor are one person's words of two days (but for an
   outlet quoting them a day late); nor are two clusters whose sources all write their
   day in full, on its weekday ("Rabu (18/6/2025)", "Kamis (19/6/2025)"). Reports of a match
   (``Candidate.sides``) whose sides cannot be one match's two are two matches (in step 2
   too); those of one day that name one side are one match, however told ("akan menghadapi
   Thailand", "Laga ini berlangsung di ...", "menang 3-2"), and are headlined by the source
   that names most of its sides.
4. What one article dates only by a weekday named alone ("hari Kamis", a guess between the
   past and the coming one) joins the happening other articles date near either reading, as a
   conflict.

In steps 1 to 3, happenings that name different things they are of (``Candidate.things``:
the eruptions of two volcanoes on one day) are never joined, however alike their words.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import cache

import numpy as np
import orjson
import scipy.sparse as sp
from rapidfuzz.distance import Levenshtein
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from ..ingest.article import slugify
from ..lang import load_data
from ..lang.lemma import is_known, lemmatize
from ..store.schema import Conflict, Event, Source
from ..temporal.lexicon import load_lexicon
from .candidates import Candidate, date_after
from .clauses import QUOTE_CHARS, has_action, said_in
from .cues import get_cues
from .headlines import headline_flaws
from .memo import MergeMemo
from .titles import speaks_of_self
from .weights import term_weight, weighted_vectors

__all__ = [
    "CONFLICT",
    "SAME_DATE",
    "VAGUER_JOINS",
    "action_lemmas",
    "candidate_features",
    "merge_candidates",
    "occasion_marks",
]

#: Cosine above which candidates of one date report one happening.
SAME_DATE = 0.2
#: Cosine above which a month or year candidate joins a finer event inside its span.
VAGUER_JOINS = 0.3
#: How much more alike two sentences of one article count when they name one vague date.
SAME_ARTICLE_VAGUE = 2.0
#: The same, when the finer event has a source in the vaguer candidate's own article.
SAME_ARTICLE_JOINS = 0.1
#: Cosine above which day events a few days apart are one happening dated differently.
CONFLICT = 0.5
#: Cosine above which clusters of one day from different articles are one happening: their
#: summed vectors agree more than single sentences do.
SAME_DAY_JOINS = 0.2
#: The same, when one is all statements by someone the other tells taking part.
PARTICIPANT_JOINS = 0.1
#: How many days apart two sources may date one happening.
CONFLICT_DAYS = 3
#: How many days after a person's words an outlet's quoting them may date them.
CITED_DAYS = 1

#: Sentences apart within which one article giving one date twice tells one happening.
NEAR_SENTENCES = 3
#: The similarity such neighbours count at, at least.
NEAR_ALIKE = 0.5
#: The similarity of two statements by one person on one day, at least.
SAME_SPEAKER = 0.6
#: How much less alike two reports of different actions count.
DISAGREE = 0.5
#: Weight (see ``weights.term_weight``) from which a word tells what happened ("evakuasi"),
#: not how ("proses", "jalan").
TELLING = 4.0

#: Headline flaws a lead may have when no other source's headline is better.
TOLERATED_FLAWS = frozenset({"cut", "long"})

_STATUS_RANK = {"happened": 2, "planned": 1, "expected": 0}


@cache
def _language_words(code: str) -> tuple[frozenset[str], dict[str, str]]:
    """Stop words and aliases of a language, for comparing sentences."""
    data = (load_data(code, "events") or load_data("id", "events")).get("similarity", {})
    stop = {w.lower() for w in data.get("stopwords", [])}
    aliases = {str(k): str(v) for k, v in (data.get("aliases") or {}).items()}
    return frozenset(stop), aliases


@cache
def _lemma_aliases(code: str) -> dict[str, str]:
    """Lemmas that name one kind of happening ("letus" and "erupsi")."""
    data = (load_data(code, "events") or load_data("id", "events")).get("similarity", {})
    return {str(k): str(v) for k, v in (data.get("same_lemmas") or {}).items()}


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


_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")


@cache
def _lemma(word: str, code: str) -> str:
    return lemmatize(word, code)


def _content_lemmas(text: str, code: str) -> list[str]:
    stop, aliases = _language_words(code)
    same = _lemma_aliases(code)
    # Words glued where a link was stripped ("ErupsiGunung") are two words.
    text = _GLUED.sub(" ", _normalise(text, aliases))
    tokens = []
    for word in re.findall(r"[^\W\d_][\w-]*", text):
        lower = word.lower()
        if lower in stop or len(lower) < 3:
            continue
        # A name is not inflected: "Khasan" is no "khas" + "-an".
        lemma = lower if word[0].isupper() else _lemma(lower, code)
        tokens.append(same.get(lemma, lemma))
    return tokens


def candidate_features(c: Candidate, code: str = "id") -> list[str]:
    """The tokens a candidate is compared by.

    Two kinds: the content lemmas of its sentence, clause and headline (the clause counts
    more: it is what the date dates), and, marked ``core:``, the headline's own lemmas with
    its actors and places: who did what where. A long sentence shares many words with
    sentences about other things; the core is what tells one happening from another.
    """
    _, aliases = _language_words(code)
    tokens = _content_lemmas(f"{c.quote} {c.context} {c.title}", code)
    names = [f"actor:{_name_key(_normalise(a, aliases))}" for a in c.actors]
    names += [f"place:{_name_key(_normalise(p, aliases))}" for p in c.places]
    core = [f"core:{t}" for t in _content_lemmas(c.title, code)]
    acts = [f"act:{a}" for a in _dated_actions(c, code)]
    # The ``name:`` and ``act:`` tokens last: :func:`_marked` finds them from the end.
    return (
        tokens + names + core + [f"core:{n}" for n in names] + _proper_names(c.quote, code) + acts
    )


@cache
def _light_lemmas(code: str) -> frozenset[str]:
    """Lemmas of verbs that say only that something happened ("berlangsung", "digelar")."""
    data = (load_data(code, "events") or load_data("id", "events")).get("similarity", {})
    return frozenset(str(w).lower() for w in data.get("light_verbs", []))


def action_lemmas(text: str, code: str = "id", opens: bool = True) -> list[str]:
    """What happens in a headline: the lemmas of its verbs and event nouns, light verbs
    left out, words of one kind of happening made one ("letusan", "erupsi"). A capitalised
    word is a name, unless it opens ``text`` and ``text`` opens a sentence (``opens``)."""
    cues = get_cues(code)
    stop, aliases = _language_words(code)
    same = _lemma_aliases(code)
    light = _light_lemmas(code)
    out: list[str] = []
    # What an alias stands for is what happens ("KTT": a summit, "pertemuan puncak").
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", _GLUED.sub(" ", _normalise(text, aliases)))
    for n, word in enumerate(words):
        lower = word.lower()
        if word[0].isupper() and (n > 0 or not opens or word != word.capitalize()):
            continue  # a name ("Kementerian ESDM", "KPK"), not what happened
        if (
            lower in stop
            or lower in cues.comparison_words
            or lower in cues.describing  # "termasuk", "berupa": what something includes
            or not has_action(word, cues)
        ):
            continue
        lemma = same.get(_lemma(lower, code), _lemma(lower, code))
        if lemma not in light and lemma not in stop and lemma not in out:
            out.append(lemma)
    return sorted(out)


def _dated_actions(c: Candidate, code: str) -> list[str]:
    """The action the date of a candidate dates: the one written between the previous comma
    and the date words ("Erupsi yang terjadi pada Selasa, mengakibatkan tiga bandara
    menghentikan operasionalnya pada hari ini" dates the eruption on Tuesday and the closing
    today), else every action of its headline."""
    if c.role == "attribution":
        # A statement is dated by when it was said: what it tells is in its words.
        return action_lemmas(c.context or c.title, code)
    at = c.quote.find(c.said) if c.said else -1
    if at > 0:
        before = c.quote[:at]
        start = max(before.rfind(","), before.rfind(";"), before.rfind("."))
        # After a comma its first word is capitalised only as a name ("..., Kecamatan
        # Batang Anai pada Selasa": no "camat").
        near = action_lemmas(before[start + 1 :], code, opens=start < 0)
        if near:
            return near
    return action_lemmas(c.title, code)


def _acts(group: list[int], signals: _Signals) -> set[str]:
    return set().union(*(signals.act_sets[i] for i in group))


def _acts_agree(a: set[str], b: set[str]) -> bool:
    """Two reports can tell one happening only when they tell one action (or one of them
    names none: "Acara itu berlangsung")."""
    return not a or not b or bool(a & b)


def _proper_names(text: str, code: str) -> list[str]:
    """``name:`` tokens for the capitalised words inside a sentence (its first word is
    capitalised whatever it is): two sentences about one happening name one thing alike."""
    stop, aliases = _language_words(code)
    words = re.findall(r"[^\W\d_][\w-]*", _GLUED.sub(" ", _normalise(text, aliases)))
    return sorted(
        {
            f"name:{w.lower()}"
            for w in words[1:]
            if w[0].isupper() and len(w) >= 3 and w.lower() not in stop
        }
    )


def _things(group: list[int], signals: _Signals) -> set[str]:
    return set().union(*(signals.identity_sets[i] for i in group))


def _leading_name(c: Candidate) -> frozenset[str]:
    """The ``name:`` token of an acronym opening the sentence ("BMKG melaporkan gempa ..."),
    or of a name no dictionary knows, not a place's ("Prabowo telah memakai mobil ..."), which
    :func:`_proper_names` leaves out with every first word: it names something whatever its
    place. Told only, not compared by the vectors."""
    m = re.match(r"\W*([A-Z]{3,})\b", c.quote)
    if m:
        return frozenset({f"name:{m.group(1).lower()}"})
    m = re.match(r"\W*([A-Z][a-z]{2,})\b", c.quote)
    word = m.group(1).lower() if m else ""
    if word and not (is_known(word, "id") or word in _language_words("id")[0] or _is_place(word)):
        return frozenset({f"name:{word}"})
    return frozenset()


def _is_place(key: str) -> bool:
    """Whether a name is a place's (entities data): a country names no one happening."""
    return key in _bodies()[2]


def _names(group: list[int], signals: _Signals) -> set[str]:
    return set().union(*(signals.name_sets[i] for i in group))


def _vectors(candidates: list[Candidate]) -> sp.csr_matrix:
    """One L2-normalised TF-IDF row per candidate, kept sparse: a corpus has tens of
    thousands of candidates and words, far too many for a dense matrix. Features computed
    with the candidate (in parallel, cached) are reused."""
    for c in candidates:
        if c.features is None:
            c.features = candidate_features(c)
        if c.occasion_marks is None:
            c.occasion_marks = occasion_marks(c)
    return weighted_vectors([list(c.features or ()) for c in candidates])


@dataclass
class _Signals:
    """Who and what of every candidate, as sparse 0/1 rows (candidates x tokens), so that
    agreement between all pairs of a date is one sparse product, never a Python loop."""

    #: Action lemmas of the headline ("act:tiba").
    acts: sp.csr_matrix
    #: People and organisations other than the speaker: what a statement is about.
    others: sp.csr_matrix
    #: The people of ``others`` (its organisations left out).
    persons: sp.csr_matrix
    #: The ``act:`` and ``name:`` tokens of every candidate, for the unions of a cluster's.
    act_sets: list[frozenset[str]]
    name_sets: list[frozenset[str]]
    #: What each candidate's happening is of, by name (``Candidate.things``).
    identity_sets: list[frozenset[str]]
    #: The candidates that name it (few).
    with_things: frozenset[int]
    #: Whom each candidate names besides its speaker (:func:`_named_others`).
    named: list[list[str]]
    #: The words that name one person alone (:func:`_sole_words`).
    sole: frozenset[str]


def _binary_rows(rows: list[list[str]]) -> sp.csr_matrix:
    vocabulary: dict[str, int] = {}
    data_rows, cols = [], []
    for r, tokens in enumerate(rows):
        for t in sorted(set(tokens)):
            data_rows.append(r)
            cols.append(vocabulary.setdefault(t, len(vocabulary)))
    return sp.csr_matrix(
        (np.ones(len(cols)), (data_rows, cols)), shape=(len(rows), max(1, len(vocabulary)))
    )


def _marked(features: list[str]) -> list[str]:
    """The ``act:`` and ``name:`` tokens of a candidate, in order: the last of its features
    (see :func:`candidate_features`; no other token starts so), found from the end."""
    start = len(features)
    while start and features[start - 1].startswith(("act:", "name:")):
        start -= 1
    return features[start:]


def _signals(candidates: list[Candidate]) -> _Signals:
    acts, others, names = [], [], []
    for c in candidates:
        marked = _marked(c.features) if c.features else []
        acts.append([t for t in marked if t.startswith("act:")])
        names.append(frozenset(t for t in marked if t.startswith("name:")) | _leading_name(c))
        others.append(_named_others(c))
    persons = [[key for key in row if not _is_body(key)] for row in others]
    identities = [frozenset(c.things) | _place_keys(tuple(c.where)) for c in candidates]
    return _Signals(
        _binary_rows(acts),
        _binary_rows([sorted(_about(row)) for row in others]),
        _binary_rows(persons),
        [frozenset(a) for a in acts],
        names,
        identities,
        frozenset(i for i, t in enumerate(identities) if t),
        others,
        _sole_words(candidates, persons),
    )


def _sole_words(candidates: list[Candidate], persons: list[list[str]]) -> frozenset[str]:
    """The words of full names that, of all the people the candidates name as speakers or
    otherwise, only one person's name has ("purbaya"; not "agus", the first word of several
    people's names): one such word alone names him (:func:`_sole_person`)."""
    keys = {k for row in persons for k in row}
    keys.update(_name_key(c.speaker) for c in candidates if c.role == "attribution" and c.speaker)
    by_word: dict[str, list[str]] = defaultdict(list)
    for key in sorted(keys):
        words = _person_words(key)
        if len(words) > 1:
            for word in set(words):
                by_word[word].append(key)
    return frozenset(
        word
        for word, names in by_word.items()
        if not is_known(word, "id") and all(_one_person(names[0], k) for k in names[1:])
    )


@cache
def _local_place_words(code: str = "id") -> tuple[frozenset[str], dict[str, str]]:
    """The words any place name may have, and places' short forms written out."""
    data = load_data(code, "events") or load_data("id", "events")
    generic = frozenset(str(w).lower() for w in data.get("generic_place_words", []))
    aliases = {str(k): str(v) for k, v in (data.get("place_aliases") or {}).items()}
    return generic, aliases


@cache
def _place_keys(places: tuple[str, ...], code: str = "id") -> frozenset[str]:
    """Where a local happening happens, as ``Candidate.things`` are compared: the words of
    its place names, short forms written out ("Jakpus" is "Jakarta Pusat"), less the words
    any place name may have ("pusat", "jalan"); marked so they meet no other thing's name."""
    stop, _ = _language_words(code)
    generic, aliases = _local_place_words(code)
    return frozenset(
        f"@{word}"
        for place in places
        for word in re.findall(r"[^\W\d_]+", _normalise(place, aliases).lower())
        if word not in generic and word not in stop
    )


def _same_place(a: Collection[str] | None, b: Collection[str] | None) -> bool:
    """Whether two clusters both tell a local happening (``_place_keys``) at one place, or
    a happening of one thing (``Candidate.things``: "Gunung Marapi" erupting)."""
    if not a or not b:
        return False
    return any(x in b for x in a)


def _different_things(a: Collection[str], b: Collection[str]) -> bool:
    """Whether two sets of ``Candidate.things`` both name what they are of, and nothing alike
    (a word run together with the next in the source, "Gunung Raungdi Jawa Timur", is still
    its word). Most name nothing: the test of emptiness comes first, inline where it is hot."""
    return bool(a) and bool(b) and not any(x.startswith(y) or y.startswith(x) for x in a for y in b)


def _disagreement(rows: list[int], signals: _Signals) -> np.ndarray:
    """For every pair of ``rows``: whether both name an action and none in common."""
    acts = signals.acts[rows]
    has_act = np.asarray(acts.sum(axis=1)).ravel() > 0
    shared_act = (acts @ acts.T).toarray() > 0
    return has_act[:, None] & has_act[None, :] & ~shared_act


def _cluster(
    indices: list[int], vectors: sp.csr_matrix, candidates: list[Candidate], signals: _Signals
) -> list[list[int]]:
    if len(indices) == 1:
        return [indices]
    rows = vectors[indices]
    sims = (rows @ rows.T).toarray()
    group = [candidates[i] for i in indices]
    # Articles as numbers: comparing every pair of strings costs more than all the rest.
    numbers: dict[str, int] = {}
    arts = np.array([numbers.setdefault(c.article, len(numbers)) for c in group])
    same = arts[:, None] == arts[None, :]
    disagree = _disagreement(indices, signals)
    if len(group[0].date) < 10:
        # One article naming one vague date twice ("rapat pada tahun 2017" ... "pernah rapat
        # pada tahun 2017") nearly always speaks of one happening.
        sims = np.where(same, np.minimum(1.0, sims * SAME_ARTICLE_VAGUE), sims)
    # Two different actions are less likely one happening, however alike the rest of the
    # sentences (the cause a sentence names, "akibat erupsi", is not what it reports).
    np.multiply(sims, DISAGREE, out=sims, where=disagree)
    # A sentence that goes on about the date of the one before it mostly tells the same
    # happening; less surely when it tells another action.
    order = np.array([c.sentence for c in group])
    story = np.array([c.section for c in group])
    near = (
        same
        & (story[:, None] == story[None, :])
        & (np.abs(order[:, None] - order[None, :]) <= NEAR_SENTENCES)
    )
    near_alike = np.where(disagree, NEAR_ALIKE * DISAGREE, NEAR_ALIKE)
    # Farther apart in one article, what someone said and a happening beside it that the
    # speaker takes no part in are two things, however alike their words (an agency quoting
    # a leader on his visit, the summit of that visit).
    np.multiply(sims, DISAGREE, out=sims, where=same & ~near & _bystanders(group))
    np.maximum(sims, near_alike, out=sims, where=near)
    # What one person says on one day, in any outlet, is one statement, unless each names
    # someone else the other does not (one judge reading two verdicts).
    speakers = [_person_key(c.speaker) if c.role == "attribution" else None for c in group]
    conflicts = _conflicts(indices, signals)
    for a, b in _one_person_pairs(speakers, signals.sole):
        if not conflicts[a, b]:
            sims[a, b] = sims[b, a] = max(sims[a, b], SAME_SPEAKER)
    # Statements that each name someone the other does not are about different people,
    # however alike their set phrases ("Mengadili, menyatakan Terdakwa X ... bersalah").
    said = np.array([c.role == "attribution" for c in group])
    apart = said[:, None] & said[None, :] & conflicts
    sims[apart] = 0.0
    # Two people's words are two statements, however alike where they were said ("kata AHY
    # di Kompleks Istana Kepresidenan" and "ujar Purbaya di Kompleks Istana Kepresidenan"):
    # as in step 3, when their names share no word.
    two_people = _different_speakers(
        [c.speaker if c.role == "attribution" else None for c in group]
    )
    for x, y in two_people:
        sims[x, y] = sims[y, x] = 0.0
    # Two eruptions of one day, of two volcanoes, are two (see ``Candidate.things``).
    for x, y in _things_apart(indices, signals):
        sims[x, y] = sims[y, x] = 0.0
    # So are two planned happenings of one day at two clock times of one zone ("kick-off ...
    # jam 02.00 WIB" and "kick-off ... jam 08.00 WIB": two matches).
    for x, y in _times_apart(group):
        sims[x, y] = sims[y, x] = 0.0
    distance = np.clip(1.0 - sims, 0.0, None)
    np.fill_diagonal(distance, 0.0)
    # Nor does a third sentence like both join them (average linkage would let it).
    for x, y in two_people:
        distance[x, y] = distance[y, x] = APART
    # Average linkage cut where a merge would join clusters at least (1 - SAME_DATE) apart:
    # fcluster keeps merges up to t inclusive, so t is the largest float below that distance.
    tree = linkage(squareform(distance, checks=False), method="average")
    labels = fcluster(tree, t=np.nextafter(1.0 - SAME_DATE, 0.0), criterion="distance")
    groups: dict[int, list[int]] = defaultdict(list)
    for i, label in zip(indices, labels, strict=True):
        groups[int(label)].append(i)
    return sorted(groups.values())


#: The distance between two that cannot be one happening: large enough that no average
#: with others' distances brings clusters holding both within a merge.
APART = 8.0


def _bystanders(group: list[Candidate]) -> np.ndarray:
    """For every pair of one article: whether one is a statement and the other a plain
    report whose actors do not include its speaker. (Pairs of two articles are never
    bystanders: only one article's sentences are compared so.)"""
    n = len(group)
    out = np.zeros((n, n), dtype=bool)
    told = [k for k, c in enumerate(group) if c.role == "attribution" and c.speaker]
    if not told:
        return out
    plain: dict[str, list[tuple[int, list[str]]]] = defaultdict(list)
    for k, c in enumerate(group):
        if c.role != "attribution":
            plain[c.article].append((k, [_name_key(a) for a in c.actors]))
    for t in told:
        who = _name_key(group[t].speaker or "")
        for p, keys in plain.get(group[t].article, ()):
            if not any(who in k or k in who for k in keys):
                out[t, p] = out[p, t] = True
    return out


def _conflicts(rows: list[int], signals: _Signals) -> np.ndarray:
    """For every pair of ``rows``: whether each names someone (not its speaker) the other
    does not: when both name people, whether they name none alike (one court or ministry
    named by both says nothing: prosecutors read the demands of three defendants there on
    one day); else whether they name nothing alike."""
    others = signals.others[rows]
    has = np.asarray(others.sum(axis=1)).ravel() > 0
    shared = (others @ others.T).toarray() > 0
    persons = signals.persons[rows]
    people = np.asarray(persons.sum(axis=1)).ravel() > 0
    both_people = people[:, None] & people[None, :]
    shared_people = (persons @ persons.T).toarray() > 0
    apart = np.where(both_people, ~shared_people, ~shared)
    return has[:, None] & has[None, :] & apart


#: A clock time as a candidate keeps it ("02.00 WIB", "19:30").
_CLOCK = re.compile(r"(\d{1,2})[.:](\d{2})(?:\s+(\S+))?")
#: Minutes apart from which two clock times of one zone are two happenings.
TIMES_APART = 60


def _times_apart(group: list[Candidate]) -> list[tuple[int, int]]:
    """The pairs of positions of ``group`` that give clock times of one zone at least
    ``TIMES_APART`` minutes apart (a clock time with no zone is compared with none), for
    what is planned only: the times a happening was told at are its stages ("massa tiba
    pukul 13.00", "bubar pukul 18.00"), a programme's are its parts."""
    clocks: list[tuple[int, int, str]] = []
    for k, c in enumerate(group):
        m = _CLOCK.fullmatch(c.time.strip()) if c.time and c.status == "planned" else None
        if m:
            clocks.append((k, int(m.group(1)) * 60 + int(m.group(2)), (m.group(3) or "").upper()))
    return [
        (a, b)
        for n, (a, at, zone) in enumerate(clocks)
        for b, bt, other in clocks[n + 1 :]
        if zone == other and abs(at - bt) >= TIMES_APART
    ]


def _things_apart(rows: list[int], signals: _Signals) -> list[tuple[int, int]]:
    """The pairs of positions in ``rows`` that both name what their happening is of, and
    nothing alike (:func:`_different_things`): few, as few sentences name it."""
    named = [(k, signals.identity_sets[r]) for k, r in enumerate(rows) if signals.identity_sets[r]]
    return [
        (x, y)
        for n, (x, sx) in enumerate(named)
        for y, sy in named[n + 1 :]
        if _different_things(sx, sy)
    ]


def _person_key(name: str | None) -> str | None:
    """A speaker's name compared loosely: case and hyphens do not matter."""
    return _name_key(name) if name else None


#: The most words a person's name has, titles left out ("Rosihan Juhriah Rangkuti").
NAME_WORDS = 4

#: A Roman numeral, lower case (of a body's name: "komisi iii").
_ROMAN = re.compile(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})")

#: The shortest word of a name that may be spelled one letter otherwise by another outlet.
SPELLED_WORD = 5


@cache
def _title_words(code: str = "id") -> frozenset[str]:
    """The words of the titles and organisation names written before a person's name
    (entities data), as :func:`_name_key` gives them."""
    data = load_data(code, "entities") or load_data("id", "entities")
    titles = [*data.get("person_titles", []), *data.get("organisation_heads", [])]
    return frozenset(w for t in titles for w in _name_key(str(t)).split())


@cache
def _person_words(key: str) -> tuple[str, ...]:
    """The words of a speaker's name after the titles before it ("ketua majelis hakim
    rosihan juhriah rangkuti" -> rosihan, juhriah, rangkuti); none for a title alone."""
    words = key.split()
    titles = _title_words()
    start = 0
    # A Roman numeral is part of a body's name ("ketua komisi iii dpr").
    while start < len(words) and (words[start] in titles or _ROMAN.fullmatch(words[start])):
        start += 1
    return tuple(words[start:])


def _alike_word(a: str, b: str) -> bool:
    return a == b or (
        min(len(a), len(b)) >= SPELLED_WORD and Levenshtein.distance(a, b, score_cutoff=1) <= 1
    )


@cache
def _one_person(a: str, b: str) -> bool:
    """Whether two speakers (:func:`_person_key`) are one person however titled and
    spelled: every word of the shorter name is in the longer, or one letter from one there
    ("Majelis hakim Rosihan Juhrian" and "Ketua majelis hakim Rosihan Juhriah Rangkuti"),
    one word at least written alike. One word is too little to tell a person across outlets
    ("Agus"); a title alone is one person only with the same title."""
    if a == b:
        return True
    short, long = sorted((_person_words(a), _person_words(b)), key=len)
    return (
        len(short) > 1
        and not set(short).isdisjoint(long)
        and all(any(_alike_word(w, x) for x in long) for w in short)
    )


@cache
def _one_person_run_into(a: str, b: str) -> bool:
    """:func:`_one_person`, or one name's last word run together with the next word of it in
    scraped text ("Pramono Anung" and "Pramono AnungWibowo"); only for statements of one day,
    where a name is compared with the others of that day."""
    if _one_person(a, b):
        return True
    short, long = sorted((_person_words(a), _person_words(b)), key=len)
    return (
        len(short) > 1
        and len(long) == len(short)
        and short[:-1] == long[:-1]
        and len(short[-1]) >= SPELLED_WORD
        and long[-1].startswith(short[-1])
    )


@cache
def _person_word_set(key: str) -> frozenset[str]:
    return frozenset(_person_words(key))


def _same_speakers(a: set[str], b: set[str], sole: frozenset[str] = frozenset()) -> bool:
    """Whether two clusters' speakers share a person (:func:`_one_person`: two names of
    one person share a word written alike, which most pairs do not; or
    :func:`_sole_person`)."""
    if not a.isdisjoint(b):
        return True
    words = frozenset().union(*map(_person_word_set, a))
    return any(
        not words.isdisjoint(_person_word_set(y))
        and any(_one_person(x, y) or _sole_person(x, y, sole) for x in a)
        for y in b
    )


def _sole_person(a: str, b: str, sole: frozenset[str]) -> bool:
    """Whether one of two speakers is named by one word alone that only the other's full
    name has among all the people named (``sole``, :func:`_sole_words`): "Purbaya" in an
    outlet that never writes more, "Menteri Keuangan Purbaya Yudhi Sadewa" in another."""
    for short, long in ((a, b), (b, a)):
        words = _person_words(short)
        if len(words) == 1 and words[0] in sole and len(_person_words(long)) > 1:
            return words[0] in _person_word_set(long)
    return False


@cache
def _bodies(code: str = "id") -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words an organisation's name starts with, the organisations known by name and
    the places known by name (entities data), as :func:`_name_key` gives them."""
    data = load_data(code, "entities") or load_data("id", "entities")
    heads = frozenset(_name_key(str(w)) for w in data.get("organisation_heads", []))
    known = frozenset(_name_key(str(w)) for w in data.get("organisations", []))
    places = frozenset(_name_key(str(w)) for w in data.get("places", []))
    return heads, known, places


@cache
def _is_body(key: str) -> bool:
    """Whether a name (a :func:`_name_key`) is an organisation's: a court, a ministry, a
    party ("pengadilan tipikor jakarta", "majelis hakim pengadilan tipikor jakarta pusat")."""
    heads, known, _ = _bodies()
    return key in known or any(w in heads for w in key.split()[:3])


_HYPHENS = str.maketrans({"-": " ", "‐": " "})


@cache
def _name_key(name: str) -> str:
    return " ".join(name.translate(_HYPHENS).lower().split())


def _equal_pairs(keys: list[str | None]) -> list[tuple[int, int]]:
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        if key:
            by_key[key].append(i)
    return [
        (a, b) for group in by_key.values() for x, a in enumerate(group) for b in group[x + 1 :]
    ]


def _under_way(group: list[int], candidates: list[Candidate], code: str = "id") -> list[set[str]]:
    """What statements say is under way as they are said ("Proses evakuasi saat ini sedang
    berjalan", ``ongoing``): for each such sentence, the lemmas of its words written in
    lower case (no names), up to the end of the quotation. Empty when none says so."""
    ongoing = get_cues(code).ongoing
    found: list[set[str]] = []
    for i in group:
        text = candidates[i].cited or candidates[i].quote
        for m in ongoing.finditer(text):
            start = max(text.rfind(end, 0, m.start()) for end in _SAID_ENDS)
            stops = [at for end in _SAID_ENDS if (at := text.find(end, m.end())) >= 0]
            said = text[start + 1 : min(stops, default=len(text))]
            found.append(set(_common_lemmas(said, code)))
    return found


#: Where what someone said ends: a sentence's end or a quotation mark.
_SAID_ENDS = ".!?" + QUOTE_CHARS
_CAPITALISED = re.compile(r"\b[A-Z]\w*")


def _common_lemmas(text: str, code: str = "id") -> list[str]:
    """The content lemmas of the words of ``text`` written in lower case: no names. Its
    first word counts when the language knows it ("Evakuasi WNI dimulai")."""
    text = text.strip()
    first = text.split(maxsplit=1)[0] if text else ""
    if first[:1].isupper() and is_known(first.lower(), code):
        text = text[:1].lower() + text[1:]
    return _content_lemmas(_CAPITALISED.sub(" ", text), code)


def _one_person_pairs(
    keys: list[str | None], sole: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """The pairs of positions whose speakers (:func:`_person_key`) are one person, however
    titled ("Direktur Perlindungan WNI Kemlu RI Judha Nugraha", "Judha Nugraha"; see
    :func:`_one_person`) or named by one word of his alone (:func:`_sole_person`)."""
    pairs = _equal_pairs(keys)
    at: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        if key:
            at[key].append(i)
    by_word: dict[str, set[str]] = defaultdict(set)
    for key in at:
        for word in _person_word_set(key):
            by_word[word].add(key)
    alike = {
        (x, y)
        for names in by_word.values()
        for n, x in enumerate(sorted(names))
        for y in sorted(names)[n + 1 :]
        if _one_person_run_into(x, y) or _sole_person(x, y, sole)
    }
    pairs += [(min(a, b), max(a, b)) for x, y in alike for a in at[x] for b in at[y]]
    return pairs


def _different_speakers(speakers: list[str | None]) -> list[tuple[int, int]]:
    """The pairs of positions whose speakers are surely two people: both named by a
    person's name (:func:`_name_words`), names that share no word ("AHY", "Purbaya Yudhi
    Sadewa")."""
    named = [(k, words) for k, s in enumerate(speakers) if s and (words := _name_words(s))]
    return [
        (x, y) for n, (x, wx) in enumerate(named) for y, wy in named[n + 1 :] if wx.isdisjoint(wy)
    ]


@cache
def _name_words(speaker: str) -> frozenset[str]:
    """The words of a person's name a speaker is given by, after its titles, lower case;
    none when they do not read as a name: a word not capitalised ("Salah satu pengemudi
    ojol asal Genuk"), all words of the dictionary ("Ditemui"), more words than a name has
    (a title spelled out: "Subkomite Lalu Lintas Angkutan Jalan Komite Nasional ..."), or a
    body's name."""
    words = speaker.translate(_HYPHENS).split()
    # The words after its titles, as written (:func:`_person_words` finds where they start).
    name = words[len(words) - len(_person_words(_name_key(speaker))) :]
    if (
        not name
        or len(name) > NAME_WORDS
        or not all(w[:1].isupper() for w in name)
        or all(is_known(w.lower(), "id") for w in name)
        or _is_body(_name_key(speaker))
    ):
        return frozenset()
    return frozenset(w.lower() for w in name)


def _written_day(c: Candidate) -> bool:
    """Whether a candidate's day is written out in the text ("Rabu (18/6/2025)", "13
    September 2023"), not counted from another day ("kemarin"), named by a weekday alone or
    contradicted by one, nor a caption's."""
    return (
        len(c.date) == 10
        and not c.caption
        and not c.conflict
        and not c.other_reading
        and not c.cited_on
        and not c.at_occasion
        and bool(_FULL_DAY.search(c.said) or _weekday_day().search(c.said))
    )


#: A day written with its month in figures or words and a year ("18/6/2025", "13 September
#: 2023", "18-06-2025").
_FULL_DAY = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{1,2}\s+[A-Za-z]+\s+\d{4}")


@cache
def _weekday_day(code: str = "id") -> re.Pattern[str]:
    """A weekday before its day and month, without the year ("Rabu (18/6)", "Jumat, 20
    Juni"): the weekday agreeing (a candidate it contradicts has a ``conflict``), the day is
    as sure as one written in full."""
    weekday = load_lexicon(code).fragments["weekday"]
    return re.compile(
        rf"(?<!\w){weekday}(?!\w)\W{{0,4}}\d{{1,2}}\s*(?:[/.-]\s*\d{{1,2}}|[A-Za-z]{{3,}})",
        re.IGNORECASE,
    )


def _maybe_earlier(c: Candidate) -> bool:
    """Whether a statement's date may be later than the day it was made: the day an outlet
    quoted it, or a date whose weekday names an earlier day."""
    return c.cited_on or bool(c.conflict and c.conflict["weekday_reading"] < c.date)


def _days_apart(a: str, b: str) -> int | None:
    """Days from day ``a`` to day ``b``; None unless both are days."""
    da, db = _day(a), _day(b)
    return (db - da).days if da and db else None


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
BLOCKING_TERMS = 16

#: Pairs of step 3 whose similarities are computed at once: the rows of tens of thousands of
#: pairs gathered in one go are tens of megabytes to allocate (and fault in) every run.
PAIR_CHUNK = 8192


def _join_vaguer(
    clusters: list[list[int]],
    date_of: list[str],
    candidates: list[Candidate],
    vectors: sp.csr_matrix,
    signals: _Signals,
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
        # What the clusters compared in this pass are as it starts (only those: most clusters
        # are in no span with a vaguer one).
        compared = [f for span, ks in vague.items() for f in (*ks, *inside.get(span, ()))]
        foreign = {f: all(candidates[i].foreign for i in clusters[f]) for f in compared}
        guess = {f: all(candidates[i].other_reading for i in clusters[f]) for f in compared}
        began = {f: all(candidates[i].role == "span_start" for i in clusters[f]) for f in compared}
        # The first day a cluster all of plans was written on: what it says is to come is
        # no happening already past by then.
        planned_from = {
            k: _planned_from(clusters[k], candidates) for span in vague for k in vague[span]
        }
        names_of = {f: _names(clusters[f], signals) for f in compared}
        acts_of = {f: _acts(clusters[f], signals) for f in compared}
        things_of = {
            f: _things(clusters[f], signals)
            for f in compared
            if not signals.with_things.isdisjoint(clusters[f])
        }
        sides_of = _Lazy(lambda k: _sides(clusters[k], candidates))
        for span in sorted(vague):
            members = inside.get(span, [])
            if not members:
                continue
            position = {f: p for p, f in enumerate(members)}
            ks = vague[span]
            windows = {k: _window(clusters[k], candidates) for k in ks}
            sims = (centroids[ks] @ centroids[members].T).toarray()
            for row, k in enumerate(ks):
                own = {position[f] for a in arts_of[k] for f in by_article[a] if f in position}
                best, best_key = None, (False, VAGUER_JOINS)
                hits = set(np.flatnonzero(sims[row] > VAGUER_JOINS).tolist())
                for pos in sorted(own | hits):
                    f = members[pos]
                    if guess[f]:
                        continue  # a weekday named alone is no finer date, only a guess
                    if windows[k] and not windows[k][0] <= date_of[f][:10] <= windows[k][1]:
                        continue  # "pekan lalu" is not any day of its month
                    if (
                        k in things_of
                        and f in things_of
                        and _different_things(things_of[k], things_of[f])
                    ):
                        continue  # another volcano's eruption
                    if _other_match(sides_of[k], sides_of[f]):
                        continue  # a match against other sides
                    if (
                        planned_from[k]
                        and len(date_of[f]) == 10
                        and date_of[f] < planned_from[k]
                        and not any(candidates[i].role == "attribution" for i in clusters[f])
                    ):
                        # "Pada tahun ini ... akan menyelenggarakan Festival Film Indonesia",
                        # written on 21 October, is not the conference held on 8 October (the
                        # words of a day before may be the plan's, though).
                        continue
                    is_own, sim = pos in own, float(sims[row, pos])
                    if not _acts_agree(acts_of[k], acts_of[f]):
                        if is_own and began[k]:
                            # A state its article says began then ("Harun Masiku yang jadi
                            # buron sejak 2020") is not another happening it dates precisely.
                            continue
                        sim *= DISAGREE  # another action: likely another happening
                    # An article that dates the happening precisely elsewhere (a caption's "13
                    # September" beside its "tahun lalu") needs less agreement of words; none
                    # but names when that is a caption in another language.
                    needed = 1e-9 if foreign[f] else SAME_ARTICLE_JOINS
                    if is_own and sim < needed:
                        continue
                    if not is_own and not names_of[k] & names_of[f]:
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


def _planned_from(group: list[int], candidates: list[Candidate]) -> str | None:
    """The first day the articles of a cluster were published on, when all it tells is
    planned or expected (from then on); None for one that tells something happened."""
    if any(candidates[i].status == "happened" for i in group):
        return None
    days = [candidates[i].published for i in group]
    return min(days).isoformat() if all(days) else None


def _speakers(group: list[int], candidates: list[Candidate]) -> set[str]:
    """Who made the statements of a cluster, when all of it is statements."""
    keys = [
        _person_key(candidates[i].speaker) if candidates[i].role == "attribution" else None
        for i in group
    ]
    return {k for k in keys if k} if all(keys) else set()


def _sides(group: list[int], candidates: list[Candidate]) -> set[str]:
    """The sides of the match a cluster tells (``Candidate.sides``), if any."""
    return {side for i in group for side in candidates[i].sides}


def _side_words(sides: set[str]) -> set[str]:
    return {w for side in sides for w in side.split()}


def _other_match(a: set[str], b: set[str]) -> bool:
    """Whether two clusters' sides tell two matches: they share no word, and are more than
    one match's two ("Botafogo", "PSG" and "Seattle Sounders"; not "Botafogo" and "PSG",
    which one report names as the other's opponent). Sides that share a word may still be
    two matches ("Indonesia", "Thailand" and "Bahrain", "Indonesia"): a team's other
    opponent and another name of one side ("PSG", "Paris Saint-Germain") are not told
    apart, so such clusters are left to their words."""
    return bool(a and b) and len(a | b) > 2 and _side_words(a).isdisjoint(_side_words(b))


def _participants(group: list[int], candidates: list[Candidate]) -> set[str]:
    """Who the reports of a cluster (not its statements) tell taking part, as speakers'
    names are compared (:func:`_person_key`)."""
    return {
        _name_key(a)
        for i in group
        if candidates[i].role != "attribution"
        for a in candidates[i].actors
    }


def _others(group: list[int], candidates: list[Candidate], signals: _Signals) -> set[str]:
    """Whom the statements of a cluster name besides their speakers, when all of it is
    statements that name someone."""
    found: set[str] = set()
    for i in group:
        c = candidates[i]
        names = signals.named[i]
        if c.role != "attribution" or not names:
            return set()
        found.update(names)
    return found


def _parties(group: list[int], candidates: list[Candidate]) -> set[str]:
    """The words of the names the statements of a cluster give by their part in a case
    ("terdakwa Zarof Ricar": zarof, ricar; ``Cues.case_party``), when all of it is
    statements (some may name nobody)."""
    party = get_cues().case_party
    found: set[str] = set()
    for i in group:
        c = candidates[i]
        if c.role != "attribution":
            return set()
        for m in party.finditer(c.quote):
            found.update(m.group(1).lower().split())
    return found


def _named_others(c: Candidate) -> list[str]:
    """Whom a candidate names besides its speaker (:func:`_name_key`), not counting the
    titles and bodies around his name in its attribution ("kata Asisten Administrasi
    Sekretariat Daerah Provinsi Jawa Tengah, Dhoni Widianto": his office, and "kata Yuliot
    di Kantor Kementerian ESDM": where he said it, not someone else; but "kata James Wu,
    Vice President Xpeng" names James Wu)."""
    speaker = _person_key(c.speaker) if c.speaker else None
    actors = c.actors
    if c.role == "attribution" and c.speaker:
        words, _ = said_in(c.quote, get_cues())
        tail = c.quote[len(words) :]
        at, named = tail.find(c.speaker), c.speaker
        if at < 0:
            # Written shorter than the name he is known by ("ujar Rizky di Polsek Sukmajaya"
            # of Rizky Firmansyah Tontowiputra): where his first name stands.
            found = re.search(rf"(?<!\w){re.escape(c.speaker.split()[0])}(?!\w)", tail)
            at, named = (found.start(), found.group(0)) if found else (-1, "")
        office, where = tail[: max(at, 0)], tail[at + len(named) :] if at >= 0 else ""
        titles = _title_words()
        actors = [
            a
            for a in actors
            if a in words
            or (a not in office and a not in where)
            or not (_is_body(key := _name_key(a)) or key.split()[0] in titles)
        ]
    things = _thing_heads()
    return [
        key
        for a in actors
        if (key := _name_key(a)) != speaker
        and not (speaker and (key in speaker or speaker in key))
        and key.split()[0] not in things
    ]


@cache
def _thing_heads(code: str = "id") -> frozenset[str]:
    """The words that head the name of a thing, not of anyone (entities data), as
    :func:`_name_key` gives them: "Pajak Daerah" names no one a statement is about."""
    data = load_data(code, "entities") or load_data("id", "entities")
    return frozenset(_name_key(str(w)) for w in data.get("thing_heads", []))


def _named_apart(a: set[str], b: set[str]) -> bool:
    """Whether two statements' sets of whom they name (see :func:`_conflicts`) tell
    different people: when both name people, none alike; else nothing alike."""
    people_a = {k for k in a if not _is_body(k)}
    people_b = {k for k in b if not _is_body(k)}
    if people_a and people_b:
        return not people_a & people_b
    if people_a or people_b:
        # A person and only bodies (the defendant, and the court that tries him): nothing
        # tells they are about different people.
        return False
    return not _about(a) & _about(b)


def _about(keys: Iterable[str]) -> set[str]:
    """What names tell whom a statement is about: a person by the whole name; an
    organisation of three words or more also by its first word with its second, and with
    its last unless that is a country or city, so that one court however named
    ("pengadilan tipikor jakarta pusat", "pengadilan negeri jakarta pusat", "pengadilan
    tipikor jakarta") is one, and two companies ("pt bank rakyat indonesia", "pt bank
    negara indonesia") are two."""
    heads, _, places = _bodies()
    out: set[str] = set()
    for key in keys:
        out.add(key)
        words = key.split()
        # From each word that makes it an organisation ("majelis hakim pengadilan ...").
        for k, head in enumerate(words[:3]):
            if head in heads and len(words) - k > 2 and words[k + 1] not in heads:
                out.add(f"{head}~{words[k + 1]}")
                if words[-1] not in places:
                    out.add(f"{head}~{words[-1]}")
    return out


def _window(group: list[int], candidates: list[Candidate]) -> tuple[str, str] | None:
    """The days a vague cluster can stand for, when every member says (a week)."""
    windows = [candidates[i].window for i in group]
    if not windows or any(w is None for w in windows):
        return None
    return min(w[0] for w in windows), max(w[1] for w in windows)  # type: ignore[index]


class _Lazy(dict):
    """A mapping that works out a missing key's value when first asked for it."""

    def __init__(self, make: Callable[[int], set[str]]):
        super().__init__()
        self.make = make

    def __missing__(self, key: int) -> set[str]:
        value = self[key] = self.make(key)
        return value


def _join_conflicting(
    clusters: list[list[int]],
    date_of: list[str],
    candidates: list[Candidate],
    vectors: sp.csr_matrix,
    signals: _Signals,
) -> None:
    """Step 3: clusters of one date from different articles that are alike, or days a few days
    apart and very alike (one happening dated differently), are one happening; statements
    of different people never are. Only clusters sharing one of their heaviest words are
    compared (blocking): two clusters that alike always share one."""
    live = [k for k in range(len(clusters)) if clusters[k]]
    if len(live) < 2:
        return
    matrix = _centroid_matrix([clusters[k] for k in live], vectors)
    dates = [date_of[k] for k in live]
    arts_of = {k: {candidates[i].article for i in clusters[k]} for k in live}
    # Clusters of one date that one article dates are compared too, whatever their words.
    by_article: dict[tuple[str, str], list[int]] = defaultdict(list)
    for pos, k in enumerate(live):
        for art in arts_of[k]:
            by_article[(art, date_of[k])].append(pos)
    linked = [
        a_pos * len(live) + b_pos
        for positions in by_article.values()
        for x, a_pos in enumerate(positions)
        for b_pos in positions[x + 1 :]
    ]
    # Reports of one day that name a side of one match are compared too, whatever their
    # words (a preview's "Indonesia vs Thailand" and a report of where the match was played).
    by_side: dict[tuple[str, str], list[int]] = defaultdict(list)
    for pos, k in enumerate(live):
        for side in _side_words(_sides(clusters[k], candidates)):
            by_side[(side, date_of[k])].append(pos)
    linked += [
        a_pos * len(live) + b_pos
        for positions in by_side.values()
        for x, a_pos in enumerate(positions)
        for b_pos in positions[x + 1 :]
    ]
    codes = _sorted_unique(_blocked_pairs(matrix, dates), np.array(linked, dtype=np.int64))
    # Pairs in order: by the first cluster, then the second.
    first, second = codes // len(live), codes % len(live)
    # What is compared of a cluster, for the clusters of some pair only (most are in none).
    paired = [live[pos] for pos in _sorted_unique(first, second).tolist()]
    # Who speaks, what is named and done: worked out for a cluster when a pair first needs
    # it (most pairs are too little alike to), as its members are then (a cluster joined
    # since holds the other's members: its speakers, names and actions are both's).
    speakers_of = _Lazy(lambda k: _speakers(clusters[k], candidates))
    names_of = _Lazy(lambda k: _names(clusters[k], signals))
    acts_of = _Lazy(lambda k: _acts(clusters[k], signals))
    others_of = _Lazy(lambda k: _others(clusters[k], candidates, signals))
    parties_of = _Lazy(lambda k: _parties(clusters[k], candidates))
    participants_of = _Lazy(lambda k: _participants(clusters[k], candidates))
    sides_of = _Lazy(lambda k: _sides(clusters[k], candidates))
    # What a cluster's statements say is under way (see ``_under_way``).
    under_way_of = _Lazy(lambda k: _under_way(clusters[k], candidates))
    # The lemmas of a cluster's headlines, names left out.
    words_of = _Lazy(
        lambda k: {w for i in clusters[k] for w in _common_lemmas(candidates[i].title)}
    )
    mixed = {k: all(candidates[i].mixed for i in clusters[k]) for k in paired}
    # Statements dated by when an outlet quoted them (``Candidate.cited_on``), or by a date
    # whose weekday names the day before ("Kamis, 20 Juni 2025"): made that day or before.
    cited = {k for k in paired if all(_maybe_earlier(candidates[i]) for i in clusters[k])}
    # Clusters all of whose sources write their day in full, and no weekday against it.
    written = {k for k in paired if all(_written_day(candidates[i]) for i in clusters[k])}

    def quoted_later(a: int, b: int) -> bool:
        """Whether one of two clusters is statements an outlet quoted a day after the
        other's words of the same person ("kata Putin, dikutip Jumat (20/6)" and "kata
        Putin, Kamis (19/6)"): one person's words of one day."""
        days = _days_apart(date_of[a], date_of[b])
        if days is None or not 0 < abs(days) <= CITED_DAYS:
            return False
        later = b if days > 0 else a
        return (
            later in cited
            and bool(speakers_of[a])
            and bool(speakers_of[b])
            and _same_speakers(speakers_of[a], speakers_of[b], signals.sole)
        )

    # Where the statements of a cluster were made, for the few that say.
    occasions_of = {
        k: tokens for k in paired if (tokens := _occasion_tokens(clusters[k], candidates))
    }
    # Few clusters name what they are of: only theirs are kept.
    things_of = {
        k: _things(clusters[k], signals)
        for k in paired
        if not signals.with_things.isdisjoint(clusters[k])
    }
    # Every pair's similarity from sparse products, between the clusters as they were
    # before this step (a cluster that grows here is not compared again).
    sims_all = np.zeros(len(codes))
    for lo in range(0, len(codes), PAIR_CHUNK):
        f, s = first[lo : lo + PAIR_CHUNK], second[lo : lo + PAIR_CHUNK]
        rows = matrix[f].multiply(matrix[s])
        sims_all[lo : lo + PAIR_CHUNK] = np.asarray(rows.sum(axis=1)).ravel()
    later_of: dict[int, tuple[list[int], list[float]]] = {}
    heads, starts = np.unique(first, return_index=True)
    bounds = np.append(starts, len(codes)).tolist()
    # As lists once: slicing them per cluster costs less than converting each slice.
    second_list, sims_list = second.tolist(), sims_all.tolist()
    for head, start, end in zip(heads.tolist(), bounds[:-1], bounds[1:], strict=True):
        later_of[head] = (second_list[start:end], sims_list[start:end])
    for a_pos, a in enumerate(live):
        if a_pos not in later_of or not clusters[a]:
            continue
        later, sims = later_of[a_pos]
        for idx, b_pos in enumerate(later):
            sim = sims[idx]
            b = live[b_pos]
            if not clusters[b]:
                continue
            # One article dating both mostly tells two happenings; unless both tell one action
            # on one date (a story's lead and its recap, "akad nikah ... pada Senin" and
            # "tanggal pernikahan mereka, yaitu 16 Juni"): then the article links them.
            # Linked by articles when every article of one also tells the other; else the
            # articles they share say nothing of the rest.
            shared = arts_of[a] & arts_of[b]
            # His words quoted a day later are one day's too ("quoted_later").
            one_day = date_of[a] == date_of[b] or (
                (a in cited or b in cited) and quoted_later(a, b)
            )
            if not shared and (
                sim < (PARTICIPANT_JOINS if one_day else CONFLICT)
                or (
                    sim < SAME_DAY_JOINS
                    and not (speakers_of[a] or speakers_of[b])
                    and not (a in things_of and b in things_of)
                    and not (
                        date_of[a] == date_of[b]
                        and _side_words(sides_of[a]) & _side_words(sides_of[b])
                    )
                )
            ):
                continue  # too little alike, and nothing below makes it more so
            if not one_day and a in written and b in written:
                # Both dated in full figures, each on its weekday ("Rabu (18/6/2025)", "Kamis
                # (19/6/2025)"): two happenings however alike their words (two matches at
                # one hall), not one that two sources date two ways.
                continue
            linked = bool(shared) and shared in (arts_of[a], arts_of[b])
            # Unless what was said was said at the happening the article tells beside it
            # ("ucap Rosihan saat membacakan amar putusan", "kata Pramono dalam sambutan
            # peresmian Jakarta Fair"): its occasion names an action or a name of the other.
            at = (
                bool(shared)
                and date_of[a] == date_of[b]
                and (a in occasions_of or b in occasions_of)
                and bool(
                    occasions_of.get(a, set()) & (acts_of[b] | names_of[b])
                    or occasions_of.get(b, set()) & (acts_of[a] | names_of[a])
                )
            )
            if shared and not linked and not at and sim < CONFLICT:
                continue  # one article dating both: two happenings, unless very alike
            near = linked and _near_in_article(clusters[a], clusters[b], candidates)
            if (
                linked
                and not at
                and (
                    date_of[a] != date_of[b]
                    # What someone said beside the happening it speaks of is a statement of its own.
                    or bool(speakers_of[a]) != bool(speakers_of[b])
                    # A vague date named twice in a few sentences is one happening's (as in step 1).
                    or not (acts_of[a] & acts_of[b] or (near and len(date_of[a]) < 10))
                )
            ):
                continue
            if not one_day and speakers_of[a] and speakers_of[b]:
                # Words of two days, neither quoted a day after it was said, are two
                # statements, however alike their speaker's long name makes them.
                continue
            if date_of[a] != date_of[b] and bool(speakers_of[a]) != bool(speakers_of[b]):
                # A statement is dated by when it was said: its day and the day of what it
                # tells ("Sebelumnya, para WNI ... menginap semalam", said on the 20th of the
                # night of the 19th) do not disagree.
                continue
            if (
                speakers_of[a]
                and speakers_of[b]
                and not _same_speakers(speakers_of[a], speakers_of[b], signals.sole)
            ):
                continue  # statements of different people
            if others_of[a] and others_of[b] and _named_apart(others_of[a], others_of[b]):
                continue  # statements about different people
            if _other_match(sides_of[a], sides_of[b]):
                continue  # matches against different sides
            if (
                speakers_of[a]
                and speakers_of[b]
                and parties_of[a]
                and parties_of[b]
                and parties_of[a].isdisjoint(parties_of[b])
            ):
                # Words about different parties to a case (a judge's verdicts of two
                # defendants), however many of them name nobody.
                continue
            if mixed[a] or mixed[b]:
                continue  # words that tell of two dates cannot join a third article
            if a in things_of and b in things_of and _different_things(things_of[a], things_of[b]):
                continue  # two volcanoes' eruptions
            # One day's reports naming a side of one match ("Indonesia vs Thailand").
            contest = date_of[a] == date_of[b] and bool(
                _side_words(sides_of[a]) & _side_words(sides_of[b])
            )
            if not linked and not contest and not names_of[a] & names_of[b]:
                continue  # nothing named alike: two companies' results, two matches
            # Words that tell the happening under way as they are said ("Proses evakuasi
            # saat ini sedang berjalan") report what the other cluster tells.
            under_way = (
                under_way_of[a if speakers_of[a] else b]
                if date_of[a] == date_of[b] and bool(speakers_of[a]) != bool(speakers_of[b])
                else []
            )
            # What a speaker adds of a happening under way ("para WNI berkumpul") is no other
            # action, when his words name what is under way as the other tells it ("evakuasi").
            named_under_way = any(
                term_weight(w) >= TELLING
                for words in under_way
                for w in words & words_of[b if speakers_of[a] else a]
            )
            if not contest and not named_under_way and not _acts_agree(acts_of[a], acts_of[b]):
                # Two actions: likely two happenings (not a match's: "menghadapi", "menang").
                sim *= DISAGREE
            # One day's words, or his words quoted a day later: as alike as one day's reports
            # of different outlets (a governor speaks of something new each day).
            needed = SAME_DAY_JOINS if one_day else CONFLICT
            if (
                date_of[a] == date_of[b]
                and bool(speakers_of[a]) != bool(speakers_of[b])
                and _same_speakers(
                    speakers_of[a] or speakers_of[b],
                    participants_of[b if speakers_of[a] else a],
                    signals.sole,
                )
            ):
                # What someone said the day he took part in a happening told elsewhere
                # ("Iwan selesai diperiksa", "kata Iwan di gedung Kejaksaan Agung") is of it.
                needed = PARTICIPANT_JOINS
            elif date_of[a] == date_of[b] and speakers_of[a] and speakers_of[b]:
                needed = PARTICIPANT_JOINS  # one person's words of one day, however named
            elif under_way:
                needed = PARTICIPANT_JOINS
            elif contest:
                needed = PARTICIPANT_JOINS  # one day's match with one side, however told
            elif date_of[a] == date_of[b] and _same_place(things_of.get(a), things_of.get(b)):
                # One city's demonstration (flood, fire) of one day, however each outlet
                # tells it ("para mahasiswa tiba di Jalan Pahlawan", "200 massa tiba").
                needed = PARTICIPANT_JOINS
            if linked:
                # Told a few sentences apart, the same action on the same date is one
                # happening whatever the other words; farther apart, some must agree.
                needed = 0.0 if near else SAME_ARTICLE_JOINS
            if at:
                needed = 0.0  # the article says where it was said
            if float(sim) >= needed:
                clusters[a] = sorted(clusters[a] + clusters[b])
                arts_of[a] |= arts_of[b]
                participants_of.pop(a, None)  # worked out again from both's members
                words_of.pop(a, None)
                under_way_of.pop(a, None)
                if speakers_of[a] and speakers_of[b]:
                    speakers_of[a] |= speakers_of[b]
                else:
                    speakers_of[a] = set()  # no longer all statements
                if b in occasions_of:
                    occasions_of[a] = occasions_of.get(a, set()) | occasions_of[b]
                names_of[a] |= names_of[b]
                acts_of[a] |= acts_of[b]
                if b in things_of:
                    things_of[a] = things_of.get(a, set()) | things_of[b]
                if others_of[a] and others_of[b]:
                    others_of[a] |= others_of[b]
                else:
                    others_of[a] = set()
                if speakers_of[a]:
                    parties_of[a] = parties_of[a] | parties_of[b]
                else:
                    parties_of[a] = set()
                clusters[b] = []


def _blocked_pairs(matrix: sp.csr_matrix, dates: list[str]) -> np.ndarray:
    """The pairs of rows of ``matrix`` worth comparing, as ``a * rows + b`` with ``a < b``,
    sorted: rows sharing one of their heaviest words and the same date at any precision, or,
    for days, a day up to :data:`CONFLICT_DAYS` apart. Found by sparse products: one per
    number of days apart, of the rows by (word, date) and the rows by (word, date moved)."""
    n = matrix.shape[0]
    # The heaviest words of each row (ties in the order of the columns): sorted by row, then
    # by weight, stably.
    row_of = np.repeat(np.arange(n), np.diff(matrix.indptr))
    order = np.lexsort((-matrix.data, row_of))
    rank = np.arange(len(order)) - matrix.indptr[row_of[order]]
    chosen = order[rank < BLOCKING_TERMS]
    rows, terms = row_of[chosen], matrix.indices[chosen].astype(np.int64)
    # Every (word, date) one column; a date moved some days back, the column of that date.
    names = sorted(set(dates))
    date_id = {date: k for k, date in enumerate(names)}
    of_row = np.array([date_id[date] for date in dates], dtype=np.int64)
    keys = terms * len(names) + of_row[rows]
    columns, placed_cols = np.unique(keys, return_inverse=True)

    def by_column(r: np.ndarray, c: np.ndarray) -> sp.csr_matrix:
        return sp.csr_matrix((np.ones(len(r)), (r, c)), shape=(n, max(1, len(columns))))

    placed = by_column(rows, placed_cols.ravel())
    found = [sp.triu(placed @ placed.T, k=1, format="coo")]
    days = [_day(date) for date in names]
    for apart in range(1, CONFLICT_DAYS + 1):
        moved = np.array(
            [
                date_id.get((day - dt.timedelta(days=apart)).isoformat(), -1) if day else -1
                for day in days
            ],
            dtype=np.int64,
        )[of_row[rows]]
        moved_keys = terms * len(names) + moved
        at = np.minimum(np.searchsorted(columns, moved_keys), len(columns) - 1)
        hit = (moved >= 0) & (columns[at] == moved_keys)
        if hit.any():
            found.append(sp.coo_matrix(placed @ by_column(rows[hit], at[hit]).T))
    codes = []
    for pairs in found:
        a, b = pairs.row.astype(np.int64), pairs.col.astype(np.int64)
        keep = a != b
        a, b = a[keep], b[keep]
        codes.append(np.minimum(a, b) * n + np.maximum(a, b))
    return _sorted_unique(*codes)


def _sorted_unique(*arrays: np.ndarray) -> np.ndarray:
    """The distinct values of ``arrays``, sorted: ``np.union1d`` of them. Sorted and
    compared with their neighbours: numpy's own hashes hundreds of thousands of pair codes
    thirty times slower."""
    values = np.sort(np.concatenate(arrays))
    if len(values) < 2:
        return values
    return values[np.concatenate(([True], values[1:] != values[:-1]))]


def _occasion_tokens(group: list[int], candidates: list[Candidate]) -> set[str]:
    """What the occasions of a cluster's statements tell (:func:`occasion_marks`, filled in
    by :func:`_vectors`)."""
    return {t for i in group if candidates[i].occasion for t in candidates[i].occasion_marks or ()}


@cache
def _place_words(code: str = "id") -> frozenset[str]:
    """The words of the places known by name (entities data)."""
    return frozenset(w for key in _bodies(code)[2] for w in key.split())


def occasion_marks(c: Candidate, code: str = "id") -> list[str]:
    """What the occasion of a statement tells ("membacakan amar putusan di Pengadilan
    Tipikor", "sambutan peresmian Jakarta Fair"): its actions and the names in it, places
    and the venue left out (a city or a building names no happening). Computed with the
    candidate's features (lemmas are not loaded by a merge that finds every candidate
    cached)."""
    if not c.occasion:
        return []
    places = _place_words(code)
    cues = get_cues(code)
    # What it came after is another happening: "pernyataan bersama usai pertemuan dengan
    # Presiden Putin" is a press statement, not the meeting.
    occasion = cues.occasion_after.split(c.occasion, maxsplit=1)[0]
    # Where it was held names no happening: "konferensi di Bandara Kualanamu" is not of the
    # landing at Kualanamu. Its actions still tell what it was.
    what = cues.venue.split(occasion, maxsplit=1)[0]
    names = [t for t in _proper_names(f"Di {what}", code) if t[5:] not in places]
    return sorted({*(f"act:{a}" for a in action_lemmas(occasion, code)), *names})


def _near_in_article(a: list[int], b: list[int], candidates: list[Candidate]) -> bool:
    """Whether one article tells a member of ``a`` and one of ``b`` a few sentences apart."""
    where = defaultdict(list)
    for i in a:
        where[(candidates[i].article, candidates[i].section)].append(candidates[i].sentence)
    return any(
        abs(candidates[j].sentence - s) <= NEAR_SENTENCES
        for j in b
        for s in where.get((candidates[j].article, candidates[j].section), ())
    )


def _rows_bytes(vectors: sp.csr_matrix, indices: list[int]) -> list[bytes]:
    """The vector rows of ``indices`` exactly: their values, in the order of their columns.
    (Which word each value weighs is the candidate's; the order of the columns is the sorted
    order of those words, whatever other words the corpus has.)"""
    out = []
    for i in indices:
        start, end = vectors.indptr[i], vectors.indptr[i + 1]
        out.append(vectors.data[start:end].tobytes())
        out.append(np.argsort(vectors.indices[start:end], kind="stable").tobytes())
    return out


def _clusters_by_date(
    by_date: dict[str, list[int]],
    vectors: sp.csr_matrix,
    candidates: list[Candidate],
    signals: _Signals,
    memo: MergeMemo | None,
) -> list[list[int]]:
    """Step 1 for every date, in date order. A date's clusters are reused from ``memo`` when
    its candidates and their vector rows are the same (the signals are the candidates'; the
    groups are kept as offsets into the date's candidates). The dates left are clustered one
    after the other: two threads took longer than one (most of a date's work holds the GIL)."""
    found: dict[str, list[list[int]]] = {}
    todo: list[tuple[str, str | None]] = []
    for date, indices in by_date.items():
        if len(indices) == 1:
            found[date] = [indices]
            continue
        key = (
            memo.key(
                "cluster",
                indices,
                [*_rows_bytes(vectors, indices), _sole_bytes(indices, candidates, signals.sole)],
            )
            if memo
            else None
        )
        local = _offsets(memo.get(key)) if memo and key else None
        if local is not None:
            found[date] = [[indices[n] for n in group] for group in local]
        else:
            todo.append((date, key))
    for date, key in todo:
        groups = found[date] = _cluster(by_date[date], vectors, candidates, signals)
        if memo is not None and key is not None:
            offset = {i: n for n, i in enumerate(by_date[date])}
            memo.put(key, json.dumps([[offset[i] for i in group] for group in groups]))
    return [group for date in sorted(by_date) for group in found[date]]


def _sole_bytes(indices: list[int], candidates: list[Candidate], sole: frozenset[str]) -> bytes:
    """Which of a date's speakers named by one word alone are named so by one person's name
    only (:func:`_sole_words`): what else a date's clusters depend on."""
    words = set()
    for i in indices:
        c = candidates[i]
        if c.role == "attribution" and c.speaker:
            name = _person_words(_name_key(c.speaker))
            if len(name) == 1 and name[0] in sole:
                words.add(name[0])
    return "\0".join(sorted(words)).encode()


def _offsets(text: str | None) -> list[list[int]] | None:
    """A date's kept clusters, as offsets into its candidates; None if there are none (or
    the text is not such a list: the date is clustered again)."""
    if text is None:
        return None
    try:
        groups = orjson.loads(text)
    except ValueError:
        return None
    ok = isinstance(groups, list) and all(
        isinstance(g, list) and all(type(n) is int for n in g) for g in groups
    )
    return groups if ok else None


def _merge_clusters(
    candidates: list[Candidate], vectors: sp.csr_matrix, memo: MergeMemo | None = None
) -> list[list[int]]:
    by_date: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(candidates):
        by_date[c.date].append(i)
    signals = _signals(candidates)
    clusters = _clusters_by_date(by_date, vectors, candidates, signals, memo)
    date_of = [candidates[g[0]].date for g in clusters]
    _join_vaguer(clusters, date_of, candidates, vectors, signals)
    _join_conflicting(clusters, date_of, candidates, vectors, signals)
    _join_guessed(clusters, date_of, candidates, vectors, signals)
    return [g for g in clusters if g]


def _join_guessed(
    clusters: list[list[int]],
    date_of: list[str],
    candidates: list[Candidate],
    vectors: sp.csr_matrix,
    signals: _Signals,
) -> None:
    """Step 4: what one article dates only by a weekday named alone ("tempat pertemuan
    puncak hari Kamis", read as the past Thursday when nothing says which) joins the happening
    other articles date near either reading, if it tells its action and is alike enough; the
    date the others give is kept, the weekday recorded as a conflict."""
    guessed = [
        k
        for k, g in enumerate(clusters)
        if g
        and all(candidates[i].other_reading and candidates[i].role == "plain" for i in g)
        and len({candidates[i].article for i in g}) == 1
    ]
    if not guessed:
        return
    centroids = _centroid_matrix(clusters, vectors)
    sims = (centroids[guessed] @ centroids.T).tocsr()
    for row, k in enumerate(guessed):
        if not clusters[k]:
            continue
        c = candidates[clusters[k][0]]
        readings = [_day(c.date), _day(str(c.other_reading))]
        acts, names = _acts(clusters[k], signals), _names(clusters[k], signals)
        best, best_sim = None, VAGUER_JOINS
        start, end = sims.indptr[row], sims.indptr[row + 1]
        for f, sim in zip(sims.indices[start:end], sims.data[start:end], strict=True):
            f = int(f)
            if f == k or not clusters[f] or sim < best_sim or f in guessed:
                continue
            day = _day(date_of[f])
            if day is None or not any(
                r is not None and abs((day - r).days) <= CONFLICT_DAYS for r in readings
            ):
                continue
            if c.article in {candidates[i].article for i in clusters[f]}:
                continue
            if not acts & _acts(clusters[f], signals) or not names & _names(clusters[f], signals):
                continue
            best, best_sim = f, float(sim)
        if best is not None:
            clusters[best] = sorted(clusters[best] + clusters[k])
            clusters[k] = []


def _order(c: Candidate) -> tuple[str, str, int]:
    return ((c.published or dt.date.min).isoformat(), c.article, c.position)


def _best_date(group: list[Candidate]) -> tuple[str, list[Candidate]]:
    """The date most articles support at the finest precision, and those that disagree."""
    # A caption's precise date is kept when the text agrees at a vaguer precision; when they
    # disagree, the votes below let the text win.
    finest = max(c.precision for c in group)
    at_finest = [c for c in group if c.precision == finest]
    # The day a statement was quoted says only that it was made by then: it has no vote
    # where another source says when it was made, and does not disagree with an earlier day.
    voters = [c for c in at_finest if not c.cited_on] or at_finest
    # Reporting sentences outrank captions; among equals, the most articles, then the earliest.
    votes = Counter()
    for date in {c.date for c in voters}:
        votes[date] = len({c.article for c in voters if c.date == date and not c.caption})
        votes[date] += 0.5 * len({c.article for c in voters if c.date == date and c.caption})
    best = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    disagree = [
        c
        for c in at_finest
        if not c.date.startswith(best)
        and not best.startswith(c.date)
        and not (c.cited_on and c.date > best)
    ]
    return best, disagree


def _lead(
    group: list[int],
    candidates: list[Candidate],
    date: str,
    status: str | None = None,
) -> int:
    """The candidate whose sentence titles the event: the most typical of the best-dated,
    with a headline fit for the event's ``status`` ("KTT kemungkinan akan berlangsung" does
    not title a summit that happened)."""
    # How typical each sentence is: how many words it shares with the others of the group.
    # Counted on the words themselves, not on TF-IDF weights, so that an unrelated article
    # added to the corpus (which shifts every weight a little) never changes a title.
    if len(group) == 1:
        return group[0]
    group = sorted(group)
    words = {i: set(candidates[i].features or ()) for i in group}
    # (A day named inside a quotation repeats its statement's words: it does not count.)
    typical = {
        i: sum(
            len(words[i] & words[j]) / math.sqrt(len(words[i]) * len(words[j]) or 1)
            for j in group
            if j != i and not candidates[j].quoted_day
        )
        for i in group
    }

    # A headline cut short is still read; one that is a fragment, too short or points back
    # to words it lacks is not.
    flaws = {
        i: set(headline_flaws(_headline(candidates[i]), candidates[i].summary, status))
        for i in group
    }
    flawless = {i for i in group if not flaws[i] - TOLERATED_FLAWS}
    # A match is headlined best by what names its sides ("Paris Saint-Germain kalah dari
    # Botafogo", not "Bertanding di Rose Bowl, PSG mengancam").
    sides = _side_words(_sides(group, candidates))
    named = {
        i: len(sides & set(re.findall(r"[^\W\d_]+", _headline(candidates[i]).lower())))
        if sides
        else 0
        for i in group
    }

    def rank(i: int) -> tuple[float, ...]:
        c = candidates[i]
        return (
            not c.foreign,
            not c.caption,
            # A headline a reader would accept ("Pembatalan berlangsung" is too short), even
            # from a source that dates the happening less precisely: the card gives the date.
            not flawless or i in flawless,
            c.date == date,
            # A day named inside a quotation repeats its statement: told in the outlet's own
            # words, even cut short, when another source tells it so.
            not c.quoted_day,
            # One with no flaw at all rather than one cut or too long where its sentence
            # was not (see ``TOLERATED_FLAWS``), when another source's is.
            not flaws[i],
            named[i],
            # Told in the outlet's words rather than in what someone says of himself ("Kita
            # bertemu dalam rangka kunjungan ...," kata Lavrov).
            not _self_told(c),
            c.role == "plain",
            # Rounded: sums in another order differ in the last bits.
            round(float(typical[i]), 9),
            -len(c.title.split()) if len(c.title.split()) > 12 else 0,
        )

    return max(sorted(group, key=lambda i: _order(candidates[i])), key=rank)


def _self_told(c: Candidate, code: str = "id") -> bool:
    """Whether a candidate tells what its speaker says of himself ("Saya ...", "Kami ..."):
    headed by his name, not in the outlet's words."""
    return bool(c.headline) and speaks_of_self(c.title, get_cues(code))


def _headline(c: Candidate) -> str:
    """A candidate's headline: what the sentence its subject points back to tells, when it
    tells only where and when ("Laga ini berlangsung di Isa Bin Rashid Hall"), else its own."""
    if c.told_before and not action_lemmas(c.title):
        return c.told_before
    return c.headline or c.title


def _status(group: list[Candidate], date: str) -> str:
    """The latest article decides; within it, the firmest word ("tiba" over "akan"). Once a
    source written on the day or after reports it done in words of its own (not a
    statement's, whose status is what the statement says of the future), it happened,
    whatever a later one still says of plans (for a day: a month or a year is not over when
    it is written). What no source could have seen yet (a day after every publication) has
    not happened."""
    if len(date) == 10 and any(
        c.status == "happened"
        and c.role != "attribution"
        and c.published
        and not date_after(date, c.published)
        for c in group
        if c.date == date
    ):
        return "happened"
    latest = max(_order(c)[:2] for c in group)
    last = [c for c in group if _order(c)[:2] == latest]
    status = max(last, key=lambda c: _STATUS_RANK[c.status]).status
    newest = max((c.published for c in group if c.published), default=None)
    if status == "happened" and newest is not None and date_after(date, newest):
        return "planned"
    return status


def _build_memo(indices: list[int], candidates: list[Candidate], memo: MergeMemo | None) -> Event:
    """:func:`_build`, reused when the cluster's candidates are the same (it reads nothing
    else)."""
    if memo is None:
        return _build(indices, candidates)
    key = memo.key("build", indices)
    text = memo.get(key)
    if text is not None:
        try:
            return Event.model_validate_json(text)
        except ValueError:
            pass  # not an event after all: built again
    event = _build(indices, candidates)
    memo.put(key, event.model_dump_json())
    return event


def _build(indices: list[int], candidates: list[Candidate]) -> Event:
    group = sorted((candidates[i] for i in indices), key=_order)
    date, disagree = _best_date(group)
    supporting = [c for c in group if c.date == date] or group
    status = _status(group, date)
    lead = candidates[_lead(indices, candidates, date, status)]
    sources: list[Source] = []
    seen: set[tuple[str, str]] = set()
    for c in sorted(group, key=lambda c: (c not in supporting, _order(c))):
        if c in disagree or (c.article, c.cited or c.quote) in seen:
            continue
        seen.add((c.article, c.cited or c.quote))
        sources.append(Source(article=c.article, quote=c.cited or c.quote, said=c.said))
    # A sentence cited alone and again in a longer passage of its article (with the lead before
    # it) is cited once, in the passage.
    sources = [
        s
        for s in sources
        if not any(
            o.article == s.article and len(o.quote) > len(s.quote) and s.quote in o.quote
            for o in sources
        )
    ]
    conflicts = [
        Conflict(
            article=c.article,
            date=c.date,
            said=c.said,
            quote=c.quote,
            note=f"{c.said} named alone: {min(c.date, c.other_reading)} or "
            f"{max(c.date, c.other_reading)}"
            if c.other_reading
            else None,
        )
        for c in disagree
    ]
    for c in group:
        if c.conflict:
            # The reading not taken: the weekday's, or the figures' when the weekday's was
            # taken (a day word beside them named its day too, "Minggu (13/10/2025) malam
            # kemarin"; their month or year slipped, "Rabu (18/6/2026)").
            readings = (c.conflict["weekday_reading"], c.conflict["date_reading"])
            conflicts.append(
                Conflict(
                    article=c.article,
                    date=readings[c.date[:10] == readings[0]],
                    said=c.said,
                    note=(f"{c.conflict['weekday']} does not fall on {c.conflict['date_reading']}"),
                )
            )
    if not sources:
        sources = [Source(article=lead.article, quote=lead.quote, said=lead.said)]
    actors: list[str] = []
    places: list[str] = []
    for c in [lead, *group]:
        if c.foreign or c in disagree:
            continue  # a caption's other language, or a source that dates it otherwise
        actors.extend(a for a in c.actors if a not in actors)
        places.extend(p for p in c.places if p not in places)
    ends = [c.end for c in supporting if c.end]
    times = [c.time for c in supporting if c.time]
    return Event(
        id=f"{date}-{slugify(_headline(lead), words=6, max_len=60)}",
        date=date,
        end=lead.end if lead.date == date else (ends[0] if ends else None),
        time=lead.time if lead.date == date and lead.time else (times[0] if times else None),
        approximate=all(c.approximate for c in supporting),
        status=status,
        title=_headline(lead),
        summary=lead.summary,
        actors=actors[:8],
        places=places[:6],
        sources=sources,
        conflicts=conflicts,
    )


def merge_candidates(candidates: list[Candidate], memo: MergeMemo | None = None) -> list[Event]:
    """Events from candidates: alike ones joined, ids unique and stable. With a ``memo``,
    the parts of the merge done before on the same inputs are reused, with the same result."""
    if not candidates:
        return []
    vectors = _vectors(candidates)
    clusters = _merge_clusters(candidates, vectors, memo)
    events = [_build_memo(g, candidates, memo) for g in clusters]
    events.sort(key=Event.sort_key)
    used: Counter[str] = Counter()
    unique = []
    for event in events:
        used[event.id] += 1
        if used[event.id] > 1:
            event = event.model_copy(update={"id": f"{event.id}-{used[event.id]}"})
        unique.append(event)
    return unique
