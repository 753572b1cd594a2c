"""Pinned quality floors of the temporal tagger on the hand-annotated gold.

The figures come from ``python -m tests.bench.eval_tagger``; a floor only moves up. The seed
articles always run (their texts are in tests/fixtures); the corpus articles run when
../shared/corpus is on this machine and are skipped otherwise.

Each part of the gold keeps its own floor, so a harder batch added later cannot hide a fall on
an older one: the first round's dev and held-out articles, each freshly drawn batch of the
second round (``batch`` in the gold files), and the dev, held-out and whole gold as they are now
(see tests/gold/temporal/README.md).
"""

from __future__ import annotations

import pytest

from tests.bench.eval_tagger import GoldArticle, evaluate, load_gold, ours
from tests.conftest import CORPUS

#: Value F1 of ours, all types, rounded down a little from the last measured figures.
FLOORS = {
    "seeds": 0.98,
    "round 1 dev": 0.98,
    "round 1 test": 0.92,
    "round2-a": 0.96,
    "round2-b": 0.94,
    "round2-dev": 0.97,
    "round2-dev2": 0.95,
    "round2-dev3": 0.99,
    "dev": 0.98,
    "test": 0.93,
    "all": 0.96,
}


def _chosen(gold: list[GoldArticle], scope: str) -> list[GoldArticle]:
    if scope == "seeds":
        return [a for a in gold if a.file == "seeds.yaml"]
    if scope.startswith("round 1 "):
        return [a for a in gold if not a.batch and a.split == scope.removeprefix("round 1 ")]
    if scope == "all":
        return gold
    return [a for a in gold if scope in (a.split, a.batch)]


@pytest.fixture(scope="module")
def gold():
    return load_gold()


def _f1(articles: list[GoldArticle]) -> float:
    results, _ = evaluate(articles, {"ours": ours}, splits=())
    return results["ours"]["all / all types"]["value_f1"]


def test_seed_articles_value_f1_floor(gold):
    seeds = _chosen(gold, "seeds")
    assert len(seeds) == 5
    f1 = _f1(seeds)
    assert f1 >= FLOORS["seeds"], f"seed value F1 {f1} fell below {FLOORS['seeds']}"


@pytest.mark.corpus
@pytest.mark.parametrize("scope", [s for s in FLOORS if s != "seeds"])
def test_corpus_gold_value_f1_floor(gold, scope):
    if not (CORPUS / "id").is_dir():
        pytest.skip("the shared corpus (../shared/corpus) is not on this machine")
    assert sum(len(a.gold) for a in gold) >= 1000
    chosen = _chosen(gold, scope)
    assert chosen, f"no gold article in {scope!r}"
    f1 = _f1(chosen)
    assert f1 >= FLOORS[scope], f"{scope} value F1 {f1} fell below {FLOORS[scope]}"
