"""The parts of a merge kept between runs are reused only for exactly the inputs they were
computed from: the same events as a merge without them, and a part computed again as soon as
anything it reads differs (a candidate, or one bit of a vector row)."""

from __future__ import annotations

import json
from collections import Counter

import numpy as np
import pytest

import builder.events.merge as merge
from builder.events.memo import MergeMemo
from builder.extraction import _from_json, article_entry
from tests.conftest import SEEDS, new_project, run_cli


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> tuple[list, list[str]]:
    proj = new_project(tmp_path_factory.mktemp("memo"))
    run_cli("ingest", str(SEEDS), cwd=proj)
    candidates, ids = [], []
    for path in sorted((proj / "content" / "articles").glob("*.md")):
        rows = article_entry(str(path), path.read_bytes())["candidates"]
        candidates += [_from_json(row) for row in rows]
        ids += [f"{path.name}:{n}" for n in range(len(rows))]
    return candidates, ids


def _dump(events) -> list[dict]:
    return [e.model_dump() for e in events]


@pytest.fixture
def calls(monkeypatch) -> Counter:
    counted: Counter = Counter()
    for name in ("_cluster", "_build"):
        real = getattr(merge, name)

        def counting(*args, _real=real, _name=name):
            counted[_name] += 1
            return _real(*args)

        monkeypatch.setattr(merge, name, counting)
    return counted


def _stored(memo: MergeMemo) -> dict[str, str]:
    """What a later run reads of the parts a merge kept: through the file's text."""
    return MergeMemo.loads(memo.dumps())


def test_a_merge_with_every_part_kept_computes_none_and_gives_the_same_events(seeds, calls):
    candidates, ids = seeds
    first = MergeMemo(ids)
    plain = merge.merge_candidates(candidates)
    assert _dump(merge.merge_candidates(candidates, first)) == _dump(plain)
    shared = sum(1 for n in Counter(c.date for c in candidates).values() if n > 1)
    assert shared and calls["_build"] >= len(plain)
    calls.clear()
    again = merge.merge_candidates(candidates, MergeMemo(ids, _stored(first)))
    assert _dump(again) == _dump(plain)
    assert calls["_build"] == calls["_cluster"] == 0


def test_a_vector_row_one_bit_off_clusters_its_date_again(seeds, calls, monkeypatch):
    candidates, ids = seeds
    first = MergeMemo(ids)
    merge.merge_candidates(candidates, first)
    per_date = Counter(c.date for c in candidates)
    row = next(i for i, c in enumerate(candidates) if per_date[c.date] > 1)
    vectors = merge._vectors

    def nudged(cands):
        out = vectors(cands)
        at = out.indptr[row]
        out.data[at] = np.nextafter(out.data[at], 2.0)
        return out

    monkeypatch.setattr(merge, "_vectors", nudged)
    calls.clear()
    merge.merge_candidates(candidates, MergeMemo(ids, _stored(first)))
    assert calls["_cluster"] == 1


def test_a_candidate_named_otherwise_is_built_again(seeds, calls):
    candidates, ids = seeds
    first = MergeMemo(ids)
    events = merge.merge_candidates(candidates, first)
    renamed = [*ids[:-1], ids[-1] + "'"]
    calls.clear()
    merge.merge_candidates(candidates, MergeMemo(renamed, _stored(first)))
    assert 1 <= calls["_build"] < len(events)


def test_a_key_tells_the_order_of_candidates_and_every_input_apart():
    memo = MergeMemo(["a:0", "a:1"])
    assert memo.key("build", [0, 1]) != memo.key("build", [1, 0])
    assert memo.key("cluster", [0], [b"x"]) != memo.key("cluster", [0], [b"y"])
    assert memo.get(memo.key("build", [0])) is None and memo.used == {}


def test_parts_read_back_from_a_damaged_file_are_left_out_or_computed_again(seeds, calls):
    candidates, ids = seeds
    first = MergeMemo(ids)
    plain = _dump(merge.merge_candidates(candidates, first))
    text = first.dumps()
    lines = text.splitlines(keepends=True)
    # A line cut short, a line of no part, and a part whose text is not what it should be.
    key = lines[0].split(" ", 1)[0]
    damaged = [f'{key} [[0, "x"]]\n', "not a part\n", lines[1][: len(lines[1]) // 2], *lines[2:]]
    stored = MergeMemo.loads("".join(damaged))
    assert "not" not in stored and len(stored) <= len(lines)
    calls.clear()
    again = merge.merge_candidates(candidates, MergeMemo(ids, stored))
    assert _dump(again) == plain
    assert calls["_build"] + calls["_cluster"] >= 1


def test_cached_candidates_are_made_as_their_init_makes_them_or_refused(seeds):
    import dataclasses
    import datetime as dt

    from builder.events import Candidate
    from builder.extraction import _to_json

    candidates, _ = seeds
    for c in candidates[:30]:
        row = json.loads(json.dumps(_to_json(c)))
        made = _from_json(row)
        by_init = Candidate(**{**row, "published": dt.date.fromisoformat(row["published"])})
        assert made == by_init and type(made.published) is dt.date
        assert dataclasses.asdict(made) == dataclasses.asdict(by_init)
    row = json.loads(json.dumps(_to_json(candidates[0])))
    assert _from_json({k: v for k, v in row.items() if k != "actors"}).actors == []
    with pytest.raises(TypeError):
        _from_json({**row, "unknown": 1})


def test_the_marked_tokens_are_found_from_the_end_of_the_features(seeds):
    candidates, _ = seeds
    marked = 0
    for c in candidates:
        every = [t for t in c.features if t.startswith(("act:", "name:"))]
        assert merge._marked(c.features) == every
        marked += bool(every)
    assert marked > len(candidates) // 2
