"""An extraction that reuses its caches (the articles' candidates, the parts of the last
merge) gives exactly what a run with no cache gives over the same articles: the same events,
and byte-identical files in timeline/ from the same starting timeline, when an article is
added and when one is withdrawn, whatever the number of jobs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import builder.events.merge as merge
from builder.extraction import run_extraction
from tests.conftest import SEEDS, new_project, run_cli

#: Articles of the shared corpus the larger case uses: enough for dates with many candidates
#: and for parts of the merge that an added article leaves alone.
CORPUS_ARTICLES = 400


def _timeline_files(proj: Path) -> dict[str, bytes]:
    timeline = proj / "timeline"
    return {
        str(path.relative_to(timeline)): path.read_bytes()
        for path in sorted(timeline.rglob("*"))
        if path.is_file() and path.name != ".linimasa.lock"
    }


def _extract_both_ways(proj: Path, jobs: str) -> None:
    """Extract ``proj`` with its caches, and a copy of it without them: the files written
    must be the same."""
    fresh = proj.parent / f"{proj.name}-fresh"
    shutil.rmtree(fresh, ignore_errors=True)
    shutil.copytree(proj, fresh, ignore=shutil.ignore_patterns(".linimasa-cache"))
    run_cli("extract", "--jobs", jobs, cwd=proj)
    run_cli("extract", "--no-cache", "--jobs", jobs, cwd=fresh)
    assert _timeline_files(proj) == _timeline_files(fresh)


def _dump(events) -> list[dict]:
    return [e.model_dump() for e in events]


def _check_incremental(ingested: Path, tmp: Path, monkeypatch) -> None:
    articles = sorted(ingested.glob("*.md"))
    assert len(articles) >= 5
    added = articles[len(articles) // 2]
    withdrawn = articles[len(articles) // 3]
    proj = new_project(tmp / "incremental")
    folder = proj / "content" / "articles"
    for path in articles:
        if path != added:
            shutil.copy(path, folder / path.name)
    run_cli("extract", cwd=proj)
    before = _timeline_files(proj)

    # The events themselves: with (a copy of) the caches of the run above, and from nothing.
    shutil.copy(added, folder / added.name)
    cache = tmp / "cache"
    shutil.copytree(proj / ".linimasa-cache", cache)
    built = []
    with monkeypatch.context() as patch:
        patch.setattr(merge, "_build", lambda *a: built.append(1) or _build(*a))
        cached = run_extraction(folder, jobs=1, cache_dir=cache / "articles")
    assert 0 < len(built) < len(cached.events), "the merge reused none of its parts, or all"
    assert _dump(cached.events) == _dump(run_extraction(folder, jobs=2).events)

    # The files written, from the timeline of before: the article added, then one withdrawn.
    _extract_both_ways(proj, "1")
    assert _timeline_files(proj) != before, "the added article changed nothing: a weak test"
    (folder / withdrawn.name).unlink()
    _extract_both_ways(proj, "2")


_build = merge._build


def test_added_and_withdrawn_seed_articles_give_what_a_run_without_cache_gives(
    tmp_path, monkeypatch
):
    source = new_project(tmp_path / "source")
    run_cli("ingest", str(SEEDS), cwd=source)
    _check_incremental(source / "content" / "articles", tmp_path, monkeypatch)


@pytest.mark.slow
def test_added_and_withdrawn_corpus_articles_give_what_a_run_without_cache_gives(
    corpus, tmp_path, monkeypatch
):
    lines = []
    for path in sorted((corpus / "id").glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            lines.extend(line for _, line in zip(range(CORPUS_ARTICLES // 2), fh, strict=False))
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(lines), encoding="utf-8")
    source = new_project(tmp_path / "source")
    # A few lines of the corpus are no article (too short, a duplicate): ingest says so.
    run_cli("ingest", str(batch), cwd=source, check=False)
    _check_incremental(source / "content" / "articles", tmp_path, monkeypatch)
