"""Term weights: how much a word tells which happening a sentence reports.

A rare word ("Khasan", "erupsi") tells more than a common one ("Indonesia", "jadi"). The
weights come from the word frequencies of the language (wordfreq), not from the size of the
corpus being merged: an inverse document frequency shifts every weight a little with every
article added, and shifted weights flip close calls in events the new article has nothing to
do with. A word rare in the language but repeated by the corpus (a story's names: "Lewotobi",
"Antarklub") is weighed down by its own count only, so adding an article changes the weights
of its own rare words and nothing else.

Merge features are lemmas (simplemma), so a lemma's frequency is the sum of the frequencies of
the words that lemmatise to it ("kunjung": kunjungan, mengunjungi, berkunjung, ...).
"""

from __future__ import annotations

import json
import math
from functools import cache
from importlib import metadata
from pathlib import Path

import numpy as np
import orjson
import scipy.sparse as sp

from ..lang.lemma import lemmatize

__all__ = ["STORY_WORD", "story_weight", "term_weight", "weighted_vectors"]

#: Words the frequency list ranks; the rest are rarer than any of them.
_LIST_SIZE = 100_000
#: Weight of a word as rare as the rarest listed, and of any word not listed (names, typos).
_RAREST = 7.0
#: Weight from which a word is rare enough in the language to be a story's own word, weighed
#: down when the corpus repeats it; commoner words keep the language's weight whatever is
#: merged.
STORY_WORD = 5.0
#: Weight of the most common words (they still count a little).
_COMMONEST = 0.5
#: Words of the corpus size the story weights are counted against: ten thousand sentences of
#: thirty words, fixed (see :func:`story_weight`).
_REFERENCE_WORDS = 300_000


#: Tables read from a cache file by :func:`prime` (building one takes seconds).
_PRIMED: dict[str, dict[str, float]] = {}


def prime(code: str, cache_dir: Path | None) -> None:
    """Load the language's lemma frequency table from ``cache_dir``, or build and save it
    there, so that a run does not spend seconds building it again. The file is named by the
    versions of the word list and the lemmatiser it came from."""
    if cache_dir is None or code in _PRIMED:
        return
    try:
        versions = f"{metadata.version('wordfreq')}-{metadata.version('simplemma')}"
    except metadata.PackageNotFoundError:
        return
    path = cache_dir / f"lemma-zipf-{code}-{versions}.json"
    try:
        _PRIMED[code] = orjson.loads(path.read_bytes())
        return
    except (OSError, ValueError):
        pass
    table = _lemma_zipf(code)
    if table:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(json.dumps(table, sort_keys=True), encoding="utf-8")
        tmp.replace(path)


@cache
def _lemma_zipf(code: str) -> dict[str, float]:
    """Zipf frequency (log10 per billion words) of every lemma of the language's word list."""
    if code in _PRIMED:
        return _PRIMED[code]
    try:
        import wordfreq

        words = wordfreq.top_n_list(code, _LIST_SIZE)
    except (ImportError, LookupError, ValueError):
        return {}
    totals: dict[str, float] = {}
    for word in words:
        freq = wordfreq.word_frequency(word, code)
        for key in {word, _lemma(word, code)}:
            totals[key] = totals.get(key, 0.0) + freq
    return {k: math.log10(v * 1e9) for k, v in totals.items() if v > 0}


def _lemma(word: str, code: str) -> str:
    try:
        return lemmatize(word, code)
    except ValueError:  # a language simplemma does not know
        return word


@cache
def term_weight(token: str, code: str = "id") -> float:
    """The weight of a merge feature: 9 minus the Zipf frequency of its rarest word.

    A marked feature ("actor:kim jong un", "core:tiba") is weighed by its words; a name of
    several words by its rarest one: "Kim Jong Un" is as telling as "Jong".
    """
    return _term_weights([token], code)[0]


def _term_weights(tokens: list[str], code: str) -> list[float]:
    """:func:`term_weight` of every token, in one loop (a corpus has tens of thousands)."""
    zipf = _lemma_zipf(code)
    if not zipf:
        return [1.0] * len(tokens)
    get = zipf.get
    out = []
    append = out.append
    for token in tokens:
        _, marked, rest = token.partition(":")
        body = rest if marked else token
        if " " not in body:  # most tokens: one word, no split to make
            best = get(body.lower(), 0.0) if body else None
        else:
            words = body.split()
            best = min(get(w.lower(), 0.0) for w in words) if words else None
        if best is None:
            append(_COMMONEST)
            continue
        weight = 9.0 - best if best > 0 else _RAREST
        append(_RAREST if weight > _RAREST else _COMMONEST if weight < _COMMONEST else weight)
    return out


@cache
def story_weight(sentences: int) -> float:
    """The weight of a rare word found in that many of the sentences merged: a name the
    language hardly knows but the corpus repeats ("Lewotobi", "Antarklub") tells one story from
    another, not one happening of that story from the next.

    Counted as if every sentence had :data:`_WORDS_PER_SENTENCE` words out of a corpus of a
    fixed size, never from the corpus's own size: adding an article changes the weight of
    only the words it contains.
    """
    zipf = math.log10(max(1, sentences) * 1e9 / _REFERENCE_WORDS)
    return min(_RAREST, max(_COMMONEST, 9.0 - zipf))


def weighted_vectors(docs: list[list[str]], code: str = "id") -> sp.csr_matrix:
    """One L2-normalised row per document of tokens: sublinear counts times term weights.

    Kept sparse: a corpus has tens of thousands of candidates and words.
    """
    if not any(docs):
        return sp.csr_matrix((len(docs), 1))
    # Token counts per document; the vocabulary in sorted order, so the columns (and any sum
    # over them) never depend on the order documents come in.
    vocabulary = sorted(set().union(*docs))
    column = {t: i for i, t in enumerate(vocabulary)}
    cols = [column[t] for doc in docs for t in doc]
    # Rows in order already: made as they are, not sorted from (row, column) pairs.
    indptr = np.concatenate(([0], np.cumsum([len(doc) for doc in docs])))
    counts = sp.csr_matrix(
        (np.ones(len(cols)), np.array(cols, dtype=np.int32), indptr),
        shape=(len(docs), len(vocabulary)),
    )
    counts.sum_duplicates()
    counts.data = 1.0 + np.log(counts.data)
    df = np.diff(counts.tocsc().indptr)
    weights = sp.diags(
        [
            min(story_weight(n), w) if w >= STORY_WORD else w
            for w, n in zip(_term_weights(vocabulary, code), df.tolist(), strict=True)
        ]
    )
    weighted = sp.csr_matrix(counts @ weights)
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ weighted)
