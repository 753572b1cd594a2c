"""Ingest: raw articles in any supported format become content/articles/<id>.md.

A run reads every file first, cleans each article and finds what dates it can alone; then
articles still without a date are dated by the others (``corroboration``); then ids are given
and new files written. A file that cannot be read fails alone, with a one-line reason; files
already in content/articles are never rewritten.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from ..language import detect_language
from ..workers import ordered_map
from .article import (
    Article,
    ArticleError,
    article_files,
    load_article,
    load_articles,
    slugify,
    write_article,
)
from .clean import Cleaned, canonical_outlet, clean_text, outlet_from_url
from .corroboration import DatedArticle, corroborate
from .published import Published, find_published
from .readers import MAX_BULK_BYTES, MAX_BYTES, SUFFIXES, RawDocument, ReadError, read_path

__all__ = [
    "MAX_BULK_BYTES",
    "MAX_BYTES",
    "Article",
    "Draft",
    "IngestReport",
    "expand_paths",
    "ingest_paths",
    "load_articles",
    "prepare",
]

#: Two bodies that share a long sentence and are at least this similar (rapidfuzz ratio,
#: 0-100) are one article fetched twice (a page and a feed row, say).
SAME_BODY = 90
#: Fewest words an article body may have once the page chrome is gone.
MIN_WORDS = 15


@dataclass
class IngestReport:
    """What one ingest run did: new articles, skipped duplicates, warnings and failures."""

    added: list[Article] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass
class Draft:
    """An article read and cleaned, not yet given its id or written."""

    doc: RawDocument
    cleaned: Cleaned
    language: str
    title: str
    outlet: str | None
    published: Published
    datelines: list[str]
    #: The same article published again in this run under another address or title (a
    #: copy ingest keeps once): where else it was read, so that nothing of it is lost.
    also: list[dict[str, str]] = field(default_factory=list)

    @property
    def reporting(self) -> str:
        """The body without captions: what the article itself reports."""
        return "\n\n".join(p.text for p in self.cleaned.paragraphs if not p.caption)

    @property
    def body_key(self) -> str:
        return _text_key(self.cleaned.body)


def _text_key(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def expand_paths(paths: list[str]) -> tuple[list[Path], list[str]]:
    """Files named by ``paths`` (files, folders searched recursively, or globs)."""
    files: list[Path] = []
    missing: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            # A folder's README or LICENSE describes the folder; it is not an article.
            files.extend(
                sorted(
                    f
                    for f in p.rglob("*")
                    if f.is_file()
                    and f.suffix.lower() in SUFFIXES
                    and not f.name.startswith(".")
                    and not f.stem.upper().startswith(("README", "LICENSE"))
                )
            )
        elif p.is_file():
            files.append(p)
        else:
            matched = sorted(Path(m) for m in glob.glob(raw, recursive=True))
            if matched:
                files.extend(m for m in matched if m.is_file())
            else:
                missing.append(f"{raw}: no such file, folder or pattern")
    seen: set[Path] = set()
    unique = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, missing


def _meta_date(meta: dict[str, Any]) -> dt.date | None:
    value = meta.get("published")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _lead_title(body: str) -> str:
    """A title from the lead sentence when the page gave none: its first clause, shortened."""
    first = body.split("\n\n", 1)[0]
    # Drop a dateline prefix: "Seoul (ANTARA) - ", "TRIBUNNEWS.COM - ".
    for sep in (" - ", " – ", " — ", " -", " –"):
        head, _, tail = first.partition(sep)
        if tail and len(head) < 50:
            first = tail
            break
    sentence = first.split(". ")[0].rstrip(".")
    words = sentence.split()
    return " ".join(words[:14]) + (" …" if len(words) > 14 else "")


def prepare(doc: RawDocument, context: list[tuple[dt.date, str]] | None = None) -> Draft:
    """Clean one raw document and work out its metadata and what date it can alone.

    Raises:
        ReadError: nothing of an article is left once the page chrome is removed.
    """
    meta = doc.meta
    language = meta.get("language") or detect_language(doc.text)
    given = str(meta["title"]) if meta.get("title") else None
    cleaned = clean_text(doc.text, language, given)
    if not meta.get("language"):
        # Page chrome may be in another language than the article: judge the clean body.
        again = detect_language(cleaned.body, language)
        if again != language:
            language, cleaned = again, clean_text(doc.text, again, given)
    if not cleaned.paragraphs or len(cleaned.body.split()) < MIN_WORDS:
        raise ReadError(f"{doc.where}: no article text left after removing page chrome")
    title = meta.get("title") or cleaned.title or _lead_title(cleaned.body)
    outlet = meta.get("outlet")
    if outlet:
        outlet = canonical_outlet(outlet)
    elif cleaned.outlet:
        outlet = cleaned.outlet
    elif meta.get("url"):
        outlet = outlet_from_url(meta["url"])
    draft = Draft(doc, cleaned, language, str(title), outlet, Published(None, "unknown"), [])
    datelines = list(cleaned.datelines)
    if meta.get("dateline"):
        datelines.insert(0, str(meta["dateline"]))
    draft.datelines = datelines
    draft.published = find_published(
        draft.reporting,
        datelines,
        _meta_date(meta),
        meta.get("published_from"),
        language,
        context,
    )
    if meta.get("published_evidence") and draft.published.source == "metadata":
        draft.published = Published(
            draft.published.date, "metadata", str(meta["published_evidence"])
        )
    return draft


def _new_id(draft: Draft, taken: set[str]) -> str:
    outlet, published = draft.outlet, draft.published.date
    date_part = published.isoformat() if published else "tanpa-tanggal"
    base = f"{slugify(outlet.split('.')[0], 2) if outlet else 'artikel'}-{date_part}-"
    base += slugify(draft.title, words=6, max_len=50)
    article_id, n = base, 2
    while article_id in taken:
        article_id, n = f"{base}-{n}", n + 1
    return article_id


def _copy_of(doc: RawDocument, title: str | None) -> dict[str, str]:
    """Where a copy of an article was read: its source, address and title."""
    where = {"source": doc.source, "url": doc.meta.get("url"), "title": title}
    return {k: str(v) for k, v in where.items() if v}


def _article(draft: Draft, article_id: str) -> Article:
    meta = draft.doc.meta
    extra = {
        k: v
        for k, v in meta.items()
        if k not in Article.__dataclass_fields__ and k not in ("published_from", "dateline")
    }
    if draft.also:
        extra["also_published"] = list(draft.also)
    return Article(
        id=article_id,
        title=draft.title,
        body=draft.cleaned.body,
        outlet=draft.outlet,
        author=meta.get("author") or draft.cleaned.author,
        url=meta.get("url"),
        language=draft.language,
        published=draft.published.date,
        published_from=draft.published.source,
        published_evidence=draft.published.evidence,
        source=draft.doc.source,
        source_sha256=draft.doc.sha256,
        extra=extra,
    )


@dataclass
class _Known:
    """What is already in content/articles, to tell a new article from one seen before.

    The same article may come twice in different dress (a feed row and the saved page, with
    another title line): two bodies that share a long sentence and are nearly the same text
    are one article.
    """

    by_source: dict[str, str] = field(default_factory=dict)
    by_body: dict[str, str] = field(default_factory=dict)
    by_sentence: dict[str, list[int]] = field(default_factory=dict)
    bodies: list[tuple[str, str]] = field(default_factory=list)

    def add(self, article_id: str, source_sha: str | None, body: str) -> None:
        if source_sha:
            self.by_source[source_sha] = article_id
        self.by_body[_text_key(body)] = article_id
        self.bodies.append((article_id, body))
        for key in _fingerprints(body):
            self.by_sentence.setdefault(key, []).append(len(self.bodies) - 1)

    def same_as(self, draft: Draft) -> str | None:
        if draft.body_key in self.by_body:
            return self.by_body[draft.body_key]
        body = draft.cleaned.body
        candidates = sorted({i for k in _fingerprints(body) for i in self.by_sentence.get(k, [])})
        for i in candidates:
            article_id, other = self.bodies[i]
            if fuzz.ratio(other, body) >= SAME_BODY:
                return article_id
        return None


def _fingerprints(body: str) -> set[str]:
    """Keys of the longest sentences of a body, for finding the same text cheaply."""
    sentences = sorted(
        (" ".join(s.lower().split()) for s in re.split(r"(?<=[.!?])\s+", body)),
        key=lambda s: (-len(s), s),
    )
    return {hashlib.sha1(s.encode()).hexdigest() for s in sentences[:3] if len(s) >= 60}


def _load_existing(articles_dir: Path, report: IngestReport) -> dict[str, Article]:
    """The articles already in ``articles_dir``; a broken one is reported, not fatal."""
    out: dict[str, Article] = {}
    for path in article_files(articles_dir):
        try:
            article = load_article(path)
        except ArticleError as exc:
            report.warnings.append(f"{exc} (left as it is; not used to date new articles)")
            continue
        out[article.id] = article
    return out


def _prepare_one(doc: RawDocument) -> Draft | ReadError:
    try:
        return prepare(doc)
    except ReadError as exc:
        return exc


def ingest_paths(
    paths: list[str],
    articles_dir: Path,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
    started: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest files, folders and globs into ``articles_dir``; one bad file fails alone.

    Args:
        paths: Files (.txt .md .html .htm .jsonl), folders (searched recursively) or globs.
        articles_dir: Where article files are written (content/articles).
        jobs: Processes that clean and date documents (the result is the same for any).
        progress: Called with 1 for each document prepared.
        started: Called once with the number of documents to prepare, when it is known
            (every file has been read).

    Returns:
        What was added, skipped as already present, warned about and what failed.
    """
    report = IngestReport()
    files, missing = expand_paths(paths)
    report.failed.extend(missing)
    existing = _load_existing(articles_dir, report)
    known = _Known()
    for a in existing.values():
        known.add(a.id, a.source_sha256, a.body)
    docs: list[RawDocument] = []
    queued: dict[str, str] = {}
    # Where else each document was read in this run (the same text again).
    copies: dict[str, list[dict[str, str]]] = {}
    for path in files:
        for doc in read_path(path):
            if isinstance(doc, ReadError):
                report.failed.append(str(doc))
                continue
            if doc.sha256 in known.by_source:
                report.skipped.append(
                    f"{doc.source}: already in content as {known.by_source[doc.sha256]}"
                )
                continue
            if doc.sha256 in queued:
                report.skipped.append(
                    f"{doc.source}: already in content as {queued[doc.sha256]} (in this run)"
                )
                copies.setdefault(doc.sha256, []).append(_copy_of(doc, doc.meta.get("title")))
                continue
            queued[doc.sha256] = doc.where
            docs.append(doc)
    if started is not None:
        started(len(docs))
    drafts: list[Draft] = []
    in_run: dict[str, Draft] = {}
    # Cleaning and dating one document needs nothing but that document: done in parallel,
    # results taken in input order so the outcome never depends on the number of jobs.
    for doc, draft in zip(
        docs,
        ordered_map(_prepare_one, docs, jobs, progress, serial_below=16, max_chunk=32),
        strict=True,
    ):
        if isinstance(draft, ReadError):
            report.failed.append(str(draft))
            continue
        same = known.same_as(draft)
        if same:
            report.skipped.append(f"{doc.where}: already in content as {same}")
            if same in in_run:
                in_run[same].also += [_copy_of(doc, draft.title), *copies.get(doc.sha256, [])]
            continue
        draft.also += copies.get(doc.sha256, [])
        drafts.append(draft)
        label = f"{doc.where} (in this run)"
        in_run[label] = draft
        known.add(label, doc.sha256, draft.cleaned.body)

    taken = set(existing)
    ids: dict[int, str] = {}
    # Articles dated on their own get their ids first, so corroborated ones can name them.
    for i, d in enumerate(drafts):
        if d.published.date is not None:
            ids[i] = _new_id(d, taken)
            taken.add(ids[i])
    undated = [i for i, d in enumerate(drafts) if d.published.date is None]
    if undated:
        _date_by_others(drafts, undated, ids, existing)
    for i, d in enumerate(drafts):
        if i not in ids:
            ids[i] = _new_id(d, taken)
            taken.add(ids[i])

    for i, draft in enumerate(drafts):
        article = _article(draft, ids[i])
        try:
            write_article(article, articles_dir)
        except FileExistsError:
            report.skipped.append(f"{draft.doc.source}: {article.id}.md exists; left untouched")
            continue
        except OSError as exc:
            report.failed.append(f"{draft.doc.source}: cannot write {article.id}.md ({exc})")
            continue
        report.added.append(article)
        published = draft.published
        if published.is_inferred:
            report.warnings.append(
                f"{article.path}: publication date {published.date} was {published.source} "
                f"({published.evidence}); confirm it by setting 'published' in the front matter"
            )
        elif published.date is None:
            report.warnings.append(
                f"{article.path}: no publication date found ({published.evidence}); "
                "set 'published: YYYY-MM-DD' in the front matter, or relative dates "
                "in it cannot be placed"
            )
    return report


_TRUSTED = ("editor", "metadata", "dateline")


def _date_by_others(
    drafts: list[Draft], undated: list[int], ids: dict[int, str], existing: dict[str, Article]
) -> None:
    """Date the ``undated`` drafts with the help of the dated ones and content/articles."""
    others = [
        DatedArticle(a.id, a.body, a.published, a.published_from in _TRUSTED, a.language)
        for a in existing.values()
        if a.published is not None and a.published_from != "corroborated"
    ]
    others += [
        DatedArticle(
            ids[i], d.reporting, d.published.date, d.published.source in _TRUSTED, d.language
        )
        for i, d in enumerate(drafts)
        if i in ids and d.published.date is not None
    ]
    if not others:
        return
    context = sorted(((o.published, o.id) for o in others), key=lambda x: (x[0], x[1]))
    pool_cache: dict[str, Any] = {}
    for i in undated:
        d = drafts[i]
        found = corroborate(d.reporting, d.language, others, pool_cache)
        if found is None:
            # A yearless "Rabu (18/6)": the other articles' dates choose its year.
            retry = find_published(d.reporting, d.datelines, None, None, d.language, context)
            if retry.date is not None:
                found = retry
        if found is not None:
            d.published = found
