"""Extraction gives the same events whatever runs the per-article work: one process, a pool
of processes, or a Dask cluster; and an unchanged article is not read again."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.extraction import run_extraction
from tests.conftest import SEEDS, run_cli


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    from tests.conftest import new_project

    proj = new_project(tmp_path_factory.mktemp("executors"))
    run_cli("ingest", str(SEEDS), cwd=proj)
    return proj / "content" / "articles"


def _dump(result) -> list[dict]:
    return [e.model_dump() for e in result.events]


def test_jobs_do_not_change_the_result(articles):
    one = run_extraction(articles, jobs=1)
    two = run_extraction(articles, jobs=2)
    assert one.events and _dump(one) == _dump(two)


def test_cache_serves_unchanged_articles_and_gives_the_same_result(articles, tmp_path):
    cold = run_extraction(articles, cache_dir=tmp_path)
    warm = run_extraction(articles, cache_dir=tmp_path)
    assert (cold.computed, warm.computed, warm.cached) == (5, 0, 5)
    assert _dump(cold) == _dump(warm)


@pytest.mark.slow
@pytest.mark.filterwarnings(
    "ignore::DeprecationWarning", "ignore::ResourceWarning", "ignore::UserWarning"
)
def test_dask_cluster_gives_the_same_result(articles):
    distributed = pytest.importorskip("distributed")
    local = run_extraction(articles, jobs=1)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        remote = run_extraction(articles, executor="dask", scheduler=cluster.scheduler_address)
    assert _dump(local) == _dump(remote)
    assert remote.computed == 5


def test_unchanged_articles_reuse_the_last_merge_and_a_changed_one_redoes_it(
    articles, tmp_path, monkeypatch
):
    import shutil

    import builder.extraction as extraction

    folder = tmp_path / "articles"
    shutil.copytree(articles, folder)
    cache = tmp_path / "cache"
    cold = run_extraction(folder, cache_dir=cache)

    def refuse(_candidates):
        raise AssertionError("merged again although no article changed")

    with monkeypatch.context() as patch:
        patch.setattr(extraction, "merge_candidates", refuse)
        warm = run_extraction(folder, cache_dir=cache)
    assert _dump(cold) == _dump(warm)
    # An article withdrawn: its sources leave, so the merge must run again.
    first = sorted(folder.glob("*.md"))[0]
    gone = first.stem
    first.unlink()
    after = run_extraction(folder, cache_dir=cache)
    cited = {s.article for e in after.events for s in e.sources}
    assert gone in {s.article for e in cold.events for s in e.sources}
    assert gone not in cited
    assert _dump(after) == _dump(run_extraction(folder))
