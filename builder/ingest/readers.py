"""Readers: turn a file of any supported format into raw documents.

Formats: plain text (``.txt``), Markdown with optional YAML front matter (``.md``), HTML pages
(``.html``, ``.htm``; main text and metadata by trafilatura) and JSON Lines bulk files
(``.jsonl``; one article per line with fields like ``title``, ``text``, ``published``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..safeyaml import load as safe_load
from .article import LANGUAGE_CODE, TEXT_FIELDS

__all__ = ["MAX_BULK_BYTES", "MAX_BYTES", "SUFFIXES", "RawDocument", "ReadError", "read_path"]

#: Files larger than this are refused (a news article is a few tens of kilobytes; a JSON Lines
#: bulk file is read line by line and may be larger).
MAX_BYTES = 5 * 1024 * 1024
MAX_BULK_BYTES = 2 * 1024 * 1024 * 1024

SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".jsonl"}


class ReadError(ValueError):
    """A file (or a line of it) cannot be read as an article; the message says why."""


@dataclass
class RawDocument:
    """Text of one article as found, with whatever metadata came with it."""

    text: str
    source: str
    meta: dict[str, Any] = field(default_factory=dict)
    kind: str = "text"
    #: Where it was read, for messages: the file, and the line of a JSON Lines file.
    origin: str = ""

    @property
    def where(self) -> str:
        return self.origin or self.source

    @property
    def sha256(self) -> str:
        return hashlib.sha256(" ".join(self.text.split()).encode("utf-8")).hexdigest()


def _decode(data: bytes, path: Path) -> str:
    if not data.strip():
        raise ReadError(f"{path}: empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReadError(f"{path}: starts like UTF-16 text but is not") from None
    if b"\x00" in data[:8192]:
        raise ReadError(f"{path}: binary file (contains NUL bytes), not an article")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Real Indonesian news files are often Windows-1252 (curly quotes, dashes).
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return text


def _read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    size = path.stat().st_size
    if size > limit:
        raise ReadError(f"{path}: {size:,} bytes is over the {limit:,}-byte limit for one article")
    return path.read_bytes()


_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n?", re.S)


def _check_language(value: Any, where: str) -> None:
    if value is not None and not LANGUAGE_CODE.match(str(value)):
        raise ReadError(
            f"{where}: language: expected a language code like 'id' or 'en', "
            f"found {str(value)[:40]!r}"
        )


def _read_markdown(path: Path) -> RawDocument:
    text = _decode(_read_bytes(path), path)
    meta: dict[str, Any] = {}
    m = _FRONT.match(text)
    if m:
        try:
            loaded = safe_load(m.group(1))
        except yaml.YAMLError as exc:
            # One line: the problem and where, never the multi-line excerpt PyYAML prints.
            mark = getattr(exc, "problem_mark", None)
            line = f":{mark.line + 2}" if mark else ""
            reason = " ".join(str(getattr(exc, "problem", None) or exc).split())
            raise ReadError(f"{path}{line}: front matter is not valid YAML: {reason}") from None
        if isinstance(loaded, dict):
            meta = loaded
        text = text[m.end() :]
        for key in TEXT_FIELDS:
            value = meta.get(key)
            if value is not None and not isinstance(value, str | int | float | dt.date):
                raise ReadError(
                    f"{path}: front matter {key}: expected text, found a {type(value).__name__}"
                )
        _check_language(meta.get("language"), str(path))
    if meta.get("published") and not meta.get("published_from"):
        meta["published_from"] = "editor"
    return RawDocument(text=text, source=path.name, meta=meta, kind="markdown", origin=str(path))


#: Dates from a page's own metadata only (meta tags, structured data), never guessed from
#: its text, where a date widget or related-story links carry other days. The upper bound is
#: fixed so that reading a page never depends on the clock.
_HTML_DATES = {"extensive_search": False, "original_date": True, "max_date": "2099-12-31"}


def _read_html(path: Path) -> RawDocument:
    # Imported here: trafilatura is slow to import and only HTML needs it.
    import trafilatura

    html = _decode(_read_bytes(path), path)
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        date_extraction_params=_HTML_DATES,
    )
    data = doc.as_dict() if doc is not None else {}
    text = data.get("text") or ""
    if len(text.split()) < 20:
        raise ReadError(f"{path}: HTML page without article text")
    meta: dict[str, Any] = {}
    for key in ("title", "author", "url"):
        if data.get(key):
            meta[key] = str(data[key])
    if data.get("sitename") or data.get("hostname"):
        meta["outlet"] = str(data.get("sitename") or data.get("hostname"))
    if data.get("date"):
        meta["published"] = str(data["date"])[:10]
        meta["published_from"] = "metadata"
        meta["published_evidence"] = "the page's metadata"
    return RawDocument(text=text, source=path.name, meta=meta, kind="html", origin=str(path))


_ABSENT = {"", "none", "null", "nan", "-"}


def _field(row: dict[str, Any], key: str) -> str | None:
    value = row.get(key)
    if isinstance(value, str) and value.strip().lower() not in _ABSENT:
        return value.strip()
    return None


def _read_jsonl(path: Path) -> Iterator[RawDocument | ReadError]:
    size = path.stat().st_size
    if size > MAX_BULK_BYTES:
        yield ReadError(f"{path}: {size:,} bytes is over the bulk limit of {MAX_BULK_BYTES:,}")
        return
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            if len(raw) > MAX_BYTES:
                yield ReadError(f"{where}: {len(raw):,} bytes is over the {MAX_BYTES:,}-byte limit")
                continue
            try:
                row = json.loads(raw.rstrip(b"\r\n"))
            except json.JSONDecodeError as exc:
                yield ReadError(f"{where}: not a JSON object ({exc.msg} at column {exc.colno})")
                continue
            except UnicodeDecodeError as exc:
                yield ReadError(f"{where}: not UTF-8 ({exc.reason} at byte {exc.start})")
                continue
            except RecursionError:
                yield ReadError(f"{where}: JSON nested too deeply to be an article")
                continue
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                yield ReadError(f"{where}: expected an object with a string field 'text'")
                continue
            if not row["text"].strip():
                yield ReadError(f"{where}: empty 'text'")
                continue
            meta: dict[str, Any] = {}
            for key in ("title", "outlet", "author", "url", "language"):
                if _field(row, key):
                    meta[key] = _field(row, key)
            try:
                _check_language(meta.get("language"), where)
            except ReadError as exc:
                yield exc
                continue
            published = _field(row, "published") or _field(row, "time") or _field(row, "date")
            if published:
                try:
                    day = dt.date.fromisoformat(published[:10])
                except ValueError:
                    yield ReadError(
                        f"{where}: 'published' {published!r} is not a date (expected YYYY-MM-DD)"
                    )
                    continue
                meta["published"] = day.isoformat()
                meta["published_from"] = "metadata"
                meta["published_evidence"] = f"field 'published' of {path.name}"
            elif _field(row, "published_raw"):
                # The page's date line as scraped ("Diperbarui 18 Jun 2025, 14:05 WIB"):
                # read like a dateline, checked against the text.
                meta["dateline"] = _field(row, "published_raw")
            source = f"{path.name}#{row.get('id') or number}"
            yield RawDocument(
                text=row["text"], source=source, meta=meta, kind="jsonl", origin=where
            )


def read_path(path: Path) -> Iterator[RawDocument | ReadError]:
    """Raw documents of one file, or a ReadError for each part that cannot be read."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(path)
        elif suffix in (".md", ".markdown"):
            yield _read_markdown(path)
        elif suffix in (".html", ".htm"):
            yield _read_html(path)
        elif suffix in (".txt", ".text"):
            text = _decode(_read_bytes(path), path)
            yield RawDocument(text=text, source=path.name, kind="text", origin=str(path))
        else:
            yield ReadError(f"{path}: unsupported file type {suffix or '(none)'!r}")
    except ReadError as exc:
        yield exc
    except OSError as exc:
        yield ReadError(f"{path}: cannot read ({exc.strerror})")
