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
import itertools
import json
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

import orjson
from pydantic import TypeAdapter

from . import __version__
from .events import Candidate, article_candidates, merge_candidates
from .events.memo import MergeMemo
from .events.merge import candidate_features, occasion_marks
from .events.weights import prime as prime_weights
from .ingest.article import Article, ArticleError, article_files, check_article_file, parse_article
from .lang import load_data
from .store.schema import Event
from .workers import ordered_map

__all__ = ["ExtractionResult", "run_extraction", "tool_fingerprint"]

PACKAGE = Path(__file__).resolve().parent
#: A list of events to and from JSON in one call (pydantic's own parser and writer).
_EVENTS = TypeAdapter(list[Event])
CACHE_FORMAT = 1
#: Cached entries to read from which new articles are read in another process meanwhile.
READ_WHILE_WAITING = 64


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


def _merge_libraries() -> str:
    """The versions of the libraries whose arithmetic the parts of a merge depend on (a
    clustering, a sum of floats): a kept part is reused only with the same ones."""
    return " ".join(f"{name}={metadata.version(name)}" for name in ("numpy", "scipy", "pydantic"))


def _file_key(data: bytes) -> str:
    """Cache key of an article file: its bytes (id, dates and text are all in them) and the
    tool's fingerprint. A hit needs no parsing at all."""
    h = hashlib.sha256(tool_fingerprint().encode())
    h.update(data)
    return h.hexdigest()


def _to_json(c: Candidate) -> dict[str, Any]:
    data = dataclasses.asdict(c)
    data["published"] = c.published.isoformat() if c.published else None
    return data


#: The fields of a candidate: an entry with exactly these is made without ``__init__``.
_CANDIDATE_FIELDS = frozenset(f.name for f in dataclasses.fields(Candidate))


def _from_json(data: dict[str, Any]) -> Candidate:
    """A candidate from its cached data. Made by filling its attributes (a dataclass's
    ``__init__`` only assigns them, and a run makes one for every cached candidate) when the
    data has every field and no other; else through ``__init__``, which says what is wrong."""
    if data.keys() != _CANDIDATE_FIELDS:
        c = Candidate(**data)
    else:
        c = object.__new__(Candidate)
        c.__dict__.update(data)
    if c.published:
        c.published = dt.date.fromisoformat(c.published)  # type: ignore[arg-type]
    return c


def supported(article: Article) -> bool:
    """Whether the article's language has temporal rules."""
    return bool(load_data(article.language, "rules"))


def candidates_json(article: Article) -> list[dict[str, Any]]:
    """The candidates of one article as plain data, with the words the merge compares them
    by."""
    out = []
    for c in article_candidates(article):
        c.features = candidate_features(c, article.language)
        c.occasion_marks = occasion_marks(c, article.language)
        out.append(_to_json(c))
    return out


def article_entry(name: str, data: bytes) -> dict[str, Any]:
    """Everything extraction needs of one article file, as plain data (what workers send
    back and the cache keeps): its id, language, publication date and candidates."""
    try:
        article = parse_article(data.decode("utf-8"), Path(name))
    except UnicodeDecodeError as exc:
        return {"error": f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})"}
    except ArticleError as exc:
        return {"error": str(exc)}
    entry: dict[str, Any] = {
        "id": article.id,
        "language": article.language,
        "published": article.published.isoformat() if article.published else None,
        "candidates": [],
    }
    if supported(article):
        entry["candidates"] = candidates_json(article)
    else:
        entry["unsupported"] = True
    return entry


def _entry_of_file(job: tuple[str, bytes]) -> dict[str, Any]:
    return article_entry(*job)


class CandidateCache:
    """Article entries on disk, one JSON file per article key."""

    def __init__(self, root: Path | None):
        self.root = root

    def _path(self, key: str) -> str:
        # A string, not a Path: a run looks up thousands, and joining Paths costs more than
        # reading the files.
        assert self.root is not None
        return os.path.join(self.root, key[:2], f"{key}.json")

    def has(self, key: str) -> bool:
        return self.root is not None and os.path.exists(self._path(key))

    def get(self, key: str) -> dict[str, Any] | None:
        if self.root is None:
            return None
        try:
            with open(self._path(key), "rb") as fh:
                return orjson.loads(fh.read())
        except (FileNotFoundError, ValueError):  # orjson's errors are ValueErrors
            return None

    def put(self, key: str, rows: Any) -> None:
        if self.root is None:
            return
        _write_json(Path(self._path(key)), rows)

    def _merge_path(self, key: str) -> Path:
        assert self.root is not None
        return self.root / "merged" / f"{key}.json"

    def get_events(self, key: str) -> list[Event] | None:
        """The events of the merge of exactly these entries, if it was done before."""
        if self.root is None:
            return None
        try:
            return _EVENTS.validate_json(self._merge_path(key).read_bytes())
        except (FileNotFoundError, ValueError):
            return None

    def put_events(self, key: str, events: list[Event]) -> None:
        """Keep the events of one merge (only the latest: a merge is tens of megabytes at
        most, and only the current set of articles is worth keeping)."""
        if self.root is None:
            return
        path = self._merge_path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("*.json"):
            old.unlink(missing_ok=True)
        _write_bytes(path, _EVENTS.dump_json(events))

    def _parts_path(self) -> Path:
        assert self.root is not None
        return self.root / "merge-parts.txt"

    def merge_parts(self) -> dict[str, str] | None:
        """The parts of the last merge (see :class:`MergeMemo`)."""
        if self.root is None:
            return None
        try:
            return MergeMemo.loads(self._parts_path().read_bytes().decode("utf-8"))
        except (FileNotFoundError, UnicodeDecodeError):
            return None

    def put_merge_memo(self, memo: MergeMemo) -> None:
        """Keep the parts the last merge used (older ones are for articles no longer there,
        or for another tool)."""
        if self.root is not None:
            _write_bytes(self._parts_path(), memo.dumps().encode("utf-8"))
            (self.root / "merge-parts.json").unlink(missing_ok=True)  # an older format's


def _write_json(path: Path, data: Any) -> None:
    _write_bytes(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))


def _write_bytes(path: Path, data: bytes) -> None:
    """Written whole or not at all: a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


@dataclass
class ExtractionResult:
    events: list[Event]
    articles: int
    computed: int
    cached: int
    skipped_languages: dict[str, list[str]] = field(default_factory=dict)
    undated: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _map_dask(jobs_in: Sequence[tuple[str, bytes]], scheduler: str, tick: Callable[[int], None]):
    try:
        from distributed import Client
    except ImportError as exc:  # the optional extra is not installed
        raise RuntimeError(
            "the dask executor needs the optional extra: pip install 'linimasa[dask]'"
        ) from exc
    with Client(scheduler) as client:
        futures = client.map(_entry_of_file, list(jobs_in), pure=False)
        # Gathered in submission order: the merge sees the same order as a local run.
        for future in futures:
            yield future.result()
            tick(1)


def run_extraction(
    articles_dir: Path,
    *,
    jobs: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
    cache_dir: Path | None = None,
    progress: Callable[[int], None] | None = None,
) -> ExtractionResult:
    """Candidates of every article file in ``articles_dir`` (cached, in parallel), merged
    into events. The merge sees the articles in file-name order, whatever ran them."""
    tick = progress or (lambda n: None)
    paths = article_files(articles_dir)
    store = CandidateCache(cache_dir)
    entries: dict[str, dict[str, Any]] = {}
    missing: list[tuple[str, bytes]] = []
    keys: dict[str, str] = {}
    cached: list[Path] = []
    for path in paths:
        try:
            check_article_file(path)
        except ArticleError as exc:
            entries[path.name] = {"error": str(exc)}
            tick(1)
            continue
        data = path.read_bytes()
        key = keys[path.name] = _file_key(data)
        if store.has(key):
            cached.append(path)
        else:
            missing.append((str(path), data))
    if executor == "dask":
        if not scheduler:
            raise RuntimeError("the dask executor needs --scheduler ADDRESS")
        results = _map_dask(missing, scheduler, tick)
    else:
        # With many cached entries to read, even one article is worth a process: it is read
        # there while this one reads the cache.
        serial_below = 1 if len(cached) >= READ_WHILE_WAITING else 8
        results = ordered_map(
            _entry_of_file, missing, jobs, tick, serial_below=serial_below, max_chunk=64
        )
    unreadable: list[tuple[str, bytes]] = []
    for path in cached:
        entry = store.get(keys[path.name])
        if entry is None:  # unreadable after all: computed here, after the others
            unreadable.append((str(path), path.read_bytes()))
        else:
            entries[path.name] = entry
            tick(1)
    # With new articles the merge runs: what it needs of the others is made ready while the
    # new ones are read.
    ready: dict[str, list[Candidate]] = {}
    parts = None
    if missing:
        for path in cached:
            if path.name in entries:
                ready[path.name] = [_from_json(row) for row in entries[path.name]["candidates"]]
        parts = store.merge_parts()
    if unreadable:
        results = itertools.chain(
            results, ordered_map(_entry_of_file, unreadable, 1, tick, serial_below=1, max_chunk=1)
        )
        missing = missing + unreadable
    for (name, _data), entry in zip(missing, results, strict=True):
        base = Path(name).name
        entries[base] = entry
        if "error" not in entry:
            store.put(keys[base], entry)
    result = ExtractionResult(
        events=[], articles=len(paths), computed=len(missing), cached=len(paths) - len(missing)
    )
    for path in paths:
        entry = entries[path.name]
        if "error" in entry:
            result.errors.append(entry["error"])
            continue
        if entry.get("unsupported"):
            result.skipped_languages.setdefault(entry["language"], []).append(entry["id"])
        if entry.get("published") is None:
            result.undated.append(entry["id"])
    if result.errors:
        return result
    # The merge depends on nothing but every article's entry, in file-name order: when none
    # changed, the events of the last merge are the answer.
    merge_key = hashlib.sha256(tool_fingerprint().encode())
    for path in paths:
        merge_key.update(f"{path.name}\0{keys[path.name]}\n".encode())
    merged = store.get_events(merge_key.hexdigest())
    if merged is not None:
        result.events = merged
        return result
    candidates = [
        c
        for path in paths
        for c in (
            ready[path.name]
            if path.name in ready
            else [_from_json(row) for row in entries[path.name]["candidates"]]
        )
    ]
    # A candidate is named by its article's key and its place there: what it is and which
    # code found it.
    ids = [
        f"{keys[path.name]}:{n}"
        for path in paths
        for n in range(len(entries[path.name]["candidates"]))
    ]
    for code in sorted({e["language"] for e in entries.values() if "language" in e}):
        prime_weights(code, cache_dir.parent if cache_dir else None)
    memo = None
    if cache_dir is not None:
        memo = MergeMemo(
            ids, parts if parts is not None else store.merge_parts(), _merge_libraries()
        )
    result.events = merge_candidates(candidates, memo)
    if memo is not None:
        store.put_merge_memo(memo)
    store.put_events(merge_key.hexdigest(), result.events)
    return result
