"""Ingest: raw articles in any supported format become content/articles/<id>.md."""

from __future__ import annotations

import datetime as dt
import glob
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..language import detect_language
from .article import Article, load_articles, slugify, write_article
from .clean import canonical_outlet, clean_text, outlet_from_url
from .published import Published, find_published
from .readers import SUFFIXES, RawDocument, ReadError, read_path

__all__ = [
    "Article",
    "IngestReport",
    "build_article",
    "expand_paths",
    "ingest_paths",
    "load_articles",
]


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


def build_article(doc: RawDocument, taken_ids: set[str]) -> tuple[Article, Published]:
    """Clean one raw document and work out its metadata."""
    meta = doc.meta
    language = meta.get("language") or detect_language(doc.text)
    cleaned = clean_text(doc.text, language)
    if not cleaned.paragraphs or len(cleaned.body.split()) < 15:
        raise ReadError(f"{doc.source}: no article text left after removing page chrome")
    body = cleaned.body
    title = meta.get("title") or cleaned.title or _lead_title(body)
    outlet = meta.get("outlet")
    if outlet:
        outlet = canonical_outlet(outlet)
    elif cleaned.outlet:
        outlet = cleaned.outlet
    elif meta.get("url"):
        outlet = outlet_from_url(meta["url"])
    published = find_published(
        "\n\n".join(p.text for p in cleaned.paragraphs if not p.caption),
        cleaned.datelines,
        _meta_date(meta),
        meta.get("published_from"),
        language,
    )
    date_part = published.date.isoformat() if published.date else "tanpa-tanggal"
    base = f"{slugify(outlet.split('.')[0], 2) if outlet else 'artikel'}-{date_part}-"
    base += slugify(title, words=6, max_len=50)
    article_id, n = base, 2
    while article_id in taken_ids:
        article_id, n = f"{base}-{n}", n + 1
    extra = {k: v for k, v in meta.items() if k not in Article.__dataclass_fields__}
    extra.pop("published_from", None)
    article = Article(
        id=article_id,
        title=str(title),
        body=body,
        outlet=outlet,
        author=meta.get("author") or cleaned.author,
        url=meta.get("url"),
        language=language,
        published=published.date,
        published_from=published.source,
        published_evidence=published.evidence,
        source=doc.source,
        source_sha256=doc.sha256,
        extra=extra,
    )
    return article, published


def ingest_paths(paths: list[str], articles_dir: Path) -> IngestReport:
    """Ingest files, folders and globs into ``articles_dir``; one bad file fails alone."""
    report = IngestReport()
    files, missing = expand_paths(paths)
    report.failed.extend(missing)
    existing = load_articles(articles_dir)
    by_hash = {a.source_sha256: a.id for a in existing.values() if a.source_sha256}
    taken = set(existing)
    for path in files:
        for doc in read_path(path):
            if isinstance(doc, ReadError):
                report.failed.append(str(doc))
                continue
            if doc.sha256 in by_hash:
                report.skipped.append(f"{doc.source}: already in content as {by_hash[doc.sha256]}")
                continue
            try:
                article, published = build_article(doc, taken)
            except ReadError as exc:
                report.failed.append(f"{path}: {exc}" if str(path) not in str(exc) else str(exc))
                continue
            write_article(article, articles_dir)
            taken.add(article.id)
            by_hash[doc.sha256] = article.id
            report.added.append(article)
            if published.is_inferred:
                report.warnings.append(
                    f"{article.path}: publication date {published.date} was inferred "
                    f"({published.evidence}); confirm it by setting 'published' in the front matter"
                )
            elif published.date is None:
                report.warnings.append(
                    f"{article.path}: no publication date found ({published.evidence}); "
                    "set 'published: YYYY-MM-DD' in the front matter, or relative dates "
                    "in it cannot be placed"
                )
    return report
