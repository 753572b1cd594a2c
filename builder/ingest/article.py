"""An article in content/articles/: YAML front matter and a clean body.

The body is plain paragraphs separated by blank lines; a paragraph that starts with ``> `` is
a photo caption (kept, but never mistaken for the article's own reporting).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..safeyaml import load as safe_load

__all__ = [
    "ARTICLE_ID",
    "LANGUAGE_CODE",
    "MAX_ARTICLE_BYTES",
    "Article",
    "ArticleError",
    "Paragraph",
    "article_files",
    "load_article",
    "load_articles",
    "slugify",
    "write_article",
]

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*\n?", re.S)

#: Front matter keys, in the order they are written.
FIELDS = (
    "id",
    "title",
    "outlet",
    "author",
    "url",
    "language",
    "published",
    "published_from",
    "published_evidence",
    "source",
    "source_sha256",
)

PUBLISHED_FROM = ("editor", "metadata", "dateline", "inferred", "corroborated", "unknown")

#: An article's id is its file name, and it becomes a page path and a link target on the
#: site: letters (of any script), digits, '.', '_' and '-' only, starting with a letter or
#: digit, so no name can climb out of a folder, hide characters, or close a Markdown link
#: and open HTML.
ARTICLE_ID = re.compile(r"^[^\W_][\w.-]{0,199}$")
#: A language code as BCP 47 writes it ("id", "en", "pt-BR"); it is written into lang="".
LANGUAGE_CODE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
#: Front matter keys whose value is one piece of text.
TEXT_FIELDS = (
    "title",
    "outlet",
    "author",
    "url",
    "language",
    "published_from",
    "published_evidence",
    "source",
    "source_sha256",
)
#: Ingest refuses files over 5 MB; an article file that grew past this is not one.
MAX_ARTICLE_BYTES = 8 * 1024 * 1024


class ArticleError(ValueError):
    """An article file cannot be read; the message names the file and the problem."""


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of an article body and where it starts in the body text."""

    start: int
    text: str
    caption: bool = False


@dataclass
class Article:
    """One news article: metadata and clean body text."""

    id: str
    title: str
    body: str
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    language: str = "id"
    published: dt.date | None = None
    published_from: str = "unknown"
    published_evidence: str | None = None
    source: str | None = None
    source_sha256: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None

    def front_matter(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for key in FIELDS:
            value = getattr(self, key)
            data[key] = value.isoformat() if isinstance(value, dt.date) else value
        data.update(self.extra)
        return data

    def paragraphs(self) -> list[Paragraph]:
        """Paragraphs of the body with their offsets; captions flagged."""
        out = []
        for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", self.body):
            text = m.group(0)
            if text.startswith("> "):
                out.append(Paragraph(m.start() + 2, text[2:], caption=True))
            else:
                out.append(Paragraph(m.start(), text))
        return out


def slugify(text: str, words: int = 8, max_len: int = 60) -> str:
    """A URL- and file-safe slug: ascii, lower case, hyphens, at most ``words`` words."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", norm.lower())[:words]
    slug = "-".join(parts)[:max_len].strip("-")
    return slug or "artikel"


# libyaml's emitter when PyYAML has it (it always does on the usual wheels): front matter of
# thousands of articles is written in one ingest.
class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    pass


def _str_presenter(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    # NEL (U+0085) is a line break to YAML; only escaped does it read back as written.
    style = '"' if "\x85" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str_presenter)


def dump_front_matter(data: dict[str, Any]) -> str:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)


def render_article(article: Article) -> str:
    return f"---\n{dump_front_matter(article.front_matter())}---\n\n{article.body.strip()}\n"


def write_article(article: Article, directory: Path) -> Path:
    """Write a new article file atomically; never replaces a file that exists."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{article.id}.md"
    if path.exists():
        raise FileExistsError(path)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(render_article(article), encoding="utf-8")
    tmp.replace(path)
    article.path = path
    return path


def _date(value: Any, path: Path, key: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ArticleError(f"{path}: {key}: expected a date YYYY-MM-DD, found {value!r}") from None


def parse_article(text: str, path: Path) -> Article:
    """Parse the text of an article file."""
    m = FRONT_MATTER.match(text)
    if not m:
        raise ArticleError(f"{path}:1: expected YAML front matter between '---' lines")
    try:
        meta = safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 2}" if mark else ""
        reason = " ".join(str(getattr(exc, "problem", None) or exc).split())
        raise ArticleError(f"{path}{line}: front matter is not valid YAML: {reason}") from None
    if not isinstance(meta, dict):
        raise ArticleError(f"{path}:2: front matter must be a mapping of keys to values")
    body = text[m.end() :].strip("\n")
    known = {k: meta.pop(k) for k in list(meta) if k in FIELDS}
    if not ARTICLE_ID.match(path.stem):
        raise ArticleError(
            f"{path}:1: the file name {path.stem!r} cannot be an article id; expected letters, "
            "digits, '.', '_' and '-' (it becomes a page path and a link on the site)"
        )
    article_id = str(known.get("id") or path.stem)
    if article_id != path.stem:
        raise ArticleError(f"{path}:2: id {article_id!r} must match the file name {path.stem!r}")
    for key in TEXT_FIELDS:
        value = known.get(key)
        if value is not None and not isinstance(value, str | int | float | dt.date):
            raise ArticleError(
                f"{path}:{_line(m.group(1), key)}: {key}: expected text, "
                f"found a {type(value).__name__}"
            )
        if isinstance(value, dt.date):
            known[key] = value.isoformat()
        elif value is not None:
            known[key] = str(value)
    language = known.get("language")
    if language and not LANGUAGE_CODE.match(language):
        raise ArticleError(
            f"{path}:{_line(m.group(1), 'language')}: language: expected a language code "
            f"like 'id' or 'en', found {language[:40]!r}"
        )
    published_from = known.get("published_from") or (
        "editor" if known.get("published") else "unknown"
    )
    return Article(
        id=article_id,
        title=str(known.get("title") or article_id),
        body=body,
        outlet=known.get("outlet"),
        author=known.get("author"),
        url=known.get("url"),
        language=str(known.get("language") or "id"),
        published=_date(known.get("published"), path, "published"),
        published_from=str(published_from),
        published_evidence=known.get("published_evidence"),
        source=known.get("source"),
        source_sha256=known.get("source_sha256"),
        extra=meta,
        path=path,
    )


def _line(front: str, key: str) -> int:
    """Line of ``key`` in the file (front matter starts on line 2), or 2 when not found."""
    for number, line in enumerate(front.splitlines(), 2):
        if line.startswith(f"{key}:"):
            return number
    return 2


def check_article_file(path: Path) -> None:
    """Raise ArticleError unless ``path`` may be read as an article: a file reached through
    a symlink into another folder is refused (the site would publish whatever it points at),
    and so is one over the size limit."""
    # One lstat for the common case, a plain file (a run checks thousands).
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode):
        if path.resolve().parent != path.parent.resolve():
            raise ArticleError(
                f"{path}: a symlink to {path.resolve()}, outside {path.parent}; "
                "copy the article in instead"
            )
        info = os.stat(path)
    size = info.st_size
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"{path}: {size:,} bytes is over the {MAX_ARTICLE_BYTES:,}-byte limit for an article"
        )


def load_article(path: Path) -> Article:
    """Read one article file (see check_article_file for what is refused)."""
    check_article_file(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    return parse_article(text, path)


def article_files(directory: Path) -> list[Path]:
    """The article files of ``directory`` in name order; hidden files (an editor's swap or
    lock file, a temporary file of a write) are not articles."""
    if not directory.exists():
        return []
    # By name: the order of the paths (one folder), without comparing Path objects.
    return sorted(
        (p for p in directory.glob("*.md") if not p.name.startswith(".")), key=lambda p: p.name
    )


def load_articles(directory: Path) -> dict[str, Article]:
    """Every article in ``directory``, by id, in id order."""
    articles = {}
    for path in article_files(directory):
        article = load_article(path)
        articles[article.id] = article
    return articles
