"""An extraction run: per-article work in parallel and cached, then one exact merge.

Finding the candidates of an article depends on that article alone, so it runs in parallel
(processes on this machine by default, or a Dask cluster) and is cached by the article's
content and the tool's fingerprint: an unchanged article costs nothing on the next run. The
merge across articles is global and runs once, over the candidates in article-id order, so
the result is the same whatever the number of jobs or the executor.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from . import __version__
from .events import Candidate, article_candidates, merge_candidates
from .events.merge import candidate_features
from .ingest.article import Article
from .lang import load_data
from .store.schema import Event

__all__ = ["ExtractionResult", "default_jobs", "run_extraction", "tool_fingerprint"]

PACKAGE = Path(__file__).resolve().parent
CACHE_FORMAT = 1


@cache
def tool_fingerprint() -> str:
    """Hash of the code and language data that decide what extraction finds.

    Any change to a rule, a word list or the code gives a new fingerprint, so a cached
    result is never reused by a tool that would find something else.
    """
    h = hashlib.sha256(f"{__version__}:{CACHE_FORMAT}".encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in (".py", ".yaml") and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(PACKAGE)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def _article_key(article: Article) -> str:
    h = hashlib.sha256(tool_fingerprint().encode())
    meta = [
        article.id,
        article.outlet,
        article.language,
        article.published.isoformat() if article.published else None,
    ]
    h.update(json.dumps(meta).encode())
    h.update(article.body.encode("utf-8"))
    return h.hexdigest()


def _to_json(c: Candidate) -> dict[str, Any]:
    data = dataclasses.asdict(c)
    data["published"] = c.published.isoformat() if c.published else None
    return data


def _from_json(data: dict[str, Any]) -> Candidate:
    data = dict(data)
    if data.get("published"):
        data["published"] = dt.date.fromisoformat(data["published"])
    return Candidate(**data)


def supported(article: Article) -> bool:
    """Whether the article's language has temporal rules."""
    return bool(load_data(article.language, "rules"))


def candidates_json(article: Article) -> list[dict[str, Any]]:
    """The candidates of one article as plain data (what workers send back), with the words
    the merge compares them by."""
    out = []
    for c in article_candidates(article):
        c.features = candidate_features(c, article.language)
        out.append(_to_json(c))
    return out


class CandidateCache:
    """Candidates per article on disk, one JSON file per article key."""

    def __init__(self, root: Path | None):
        self.root = root

    def _path(self, key: str) -> Path:
        assert self.root is not None
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> list[dict[str, Any]] | None:
        if self.root is None:
            return None
        try:
            return json.loads(self._path(key).read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError, UnicodeDecodeError):
            return None

    def put(self, key: str, rows: list[dict[str, Any]]) -> None:
        if self.root is None:
            return
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(rows, fh, ensure_ascii=False)
        os.replace(tmp, path)


@dataclass
class ExtractionResult:
    events: list[Event]
    articles: int
    computed: int
    cached: int
    skipped_languages: dict[str, list[str]] = field(default_factory=dict)


def default_jobs() -> int:
    """Both cores of a small machine; never more than the machine has."""
    return max(1, min(os.cpu_count() or 1, 2))


def _map_local(articles: Sequence[Article], jobs: int, tick: Callable[[int], None]):
    if jobs <= 1 or len(articles) < 8:
        for article in articles:
            yield candidates_json(article)
            tick(1)
        return
    chunk = max(1, min(64, len(articles) // (jobs * 8) or 1))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for rows in pool.map(candidates_json, articles, chunksize=chunk):
            yield rows
            tick(1)


def _map_dask(articles: Sequence[Article], scheduler: str, tick: Callable[[int], None]):
    try:
        from distributed import Client
    except ImportError as exc:  # the optional extra is not installed
        raise RuntimeError(
            "the dask executor needs the optional extra: pip install 'linimasa[dask]'"
        ) from exc
    with Client(scheduler) as client:
        futures = client.map(candidates_json, list(articles), pure=False)
        # Gathered in submission order: the merge sees the same order as a local run.
        for future in futures:
            yield future.result()
            tick(1)


def run_extraction(
    articles: Iterable[Article],
    *,
    jobs: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
    cache_dir: Path | None = None,
    progress: Callable[[int], None] | None = None,
) -> ExtractionResult:
    """Candidates of every article (cached, in parallel), merged into events."""
    tick = progress or (lambda n: None)
    ordered = sorted(articles, key=lambda a: a.id)
    skipped: dict[str, list[str]] = {}
    usable = []
    for article in ordered:
        if supported(article):
            usable.append(article)
        else:
            skipped.setdefault(article.language, []).append(article.id)
    store = CandidateCache(cache_dir)
    keys = {a.id: _article_key(a) for a in usable}
    found: dict[str, list[dict[str, Any]]] = {}
    missing = []
    for article in usable:
        rows = store.get(keys[article.id])
        if rows is None:
            missing.append(article)
        else:
            found[article.id] = rows
            tick(1)
    if executor == "dask":
        if not scheduler:
            raise RuntimeError("the dask executor needs --scheduler ADDRESS")
        results = _map_dask(missing, scheduler, tick)
    else:
        results = _map_local(missing, jobs, tick)
    for article, rows in zip(missing, results, strict=True):
        store.put(keys[article.id], rows)
        found[article.id] = rows
    candidates = [_from_json(row) for article in usable for row in found[article.id]]
    return ExtractionResult(
        events=merge_candidates(candidates),
        articles=len(ordered),
        computed=len(missing),
        cached=len(usable) - len(missing),
        skipped_languages=skipped,
    )
