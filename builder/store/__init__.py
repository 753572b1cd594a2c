"""The store: the events in timeline/ and the articles they cite in content/articles/."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..ingest.article import Article, ArticleError, article_files, load_article
from .schema import Conflict, Event, Source
from .yamlio import Problem, load_event_file

__all__ = [
    "Conflict",
    "Event",
    "Problem",
    "Source",
    "Store",
    "StoreError",
    "escapes",
    "event_files",
    "load_store",
]


class StoreError(Exception):
    """The store has problems; ``problems`` lists every one of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        lines = [str(p) for p in problems]
        super().__init__(f"{len(problems)} problem(s):\n" + "\n".join(lines))


@dataclass
class Store:
    """Everything the site is built from, with the problems found while reading it."""

    timeline_dir: Path
    articles_dir: Path
    events: list[Event] = field(default_factory=list)
    paths: dict[str, Path] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def visible(self) -> list[Event]:
        """Events a reader sees, in chronological order (hidden and merged ones left out)."""
        shown = [e for e in self.events if not e.hidden and not e.same_as]
        return sorted(shown, key=Event.sort_key)

    def raise_for_problems(self) -> None:
        if self.problems:
            raise StoreError(self.problems)


def event_files(timeline_dir: Path) -> list[Path]:
    """Event files under ``timeline_dir``: ``<yyyy>/<id>.yaml``, in path order.

    What ``rglob("*.yaml")`` finds that is a file (a link to one included), under no folder
    or name starting with "." or "_"; linked folders are not entered (as rglob does not).
    Walked with ``os.scandir``: a timeline has tens of thousands of files.
    """
    if not timeline_dir.exists():
        return []
    found: list[tuple[str, ...]] = []

    def walk(folder: str, parts: tuple[str, ...]) -> None:
        try:
            with os.scandir(folder) as entries:
                listed = list(entries)
        except PermissionError:
            return
        for entry in listed:
            name = entry.name
            if name.startswith((".", "_")):
                continue
            try:
                folder_here = entry.is_dir(follow_symlinks=False)
                a_file = name.endswith(".yaml") and entry.is_file()
            except OSError:
                continue
            if folder_here:
                walk(entry.path, (*parts, name))
            if a_file:
                found.append((*parts, name))

    walk(str(timeline_dir), ())
    return [timeline_dir.joinpath(*parts) for parts in sorted(found)]


def escapes(path: Path, folder: Path) -> str | None:
    """Why ``path`` is refused when symlinks lead it out of ``folder``, else None.

    A file or folder in timeline/ that is a symlink elsewhere would be read as an event and
    written through by extraction; the folder itself may be a symlink (the editor chose it).
    """
    try:
        target = path.resolve()
    except (OSError, RuntimeError):
        return "a symlink that cannot be followed (a loop?)"
    if target.is_relative_to(folder.resolve()):
        return None
    return f"a symlink to {target}, outside {folder}; refused (copy the file in instead)"


def _article_problems(path: Path, exc: Exception) -> Problem:
    text = str(exc)
    prefix = f"{path}:"
    if text.startswith(prefix):
        rest = text[len(prefix) :]
        line, _, message = rest.partition(": ")
        if line.isdigit():
            return Problem(str(path), int(line), None, None, message)
        return Problem(str(path), None, None, None, rest.strip())
    return Problem(str(path), None, None, None, text)


def load_store(timeline_dir: Path, articles_dir: Path, check_quotes: bool = True) -> Store:
    """Read every event and article, and check each against the others.

    Problems are collected, not raised: a caller decides whether to fail (``check``, the site
    build) or to carry on with what is valid.
    """
    store = Store(timeline_dir=timeline_dir, articles_dir=articles_dir)
    if articles_dir.exists():
        for path in article_files(articles_dir):
            try:
                article = load_article(path)
            except (ArticleError, OSError) as exc:
                store.problems.append(_article_problems(path, exc))
                continue
            store.articles[article.id] = article
    seen: dict[str, Path] = {}
    for path in event_files(timeline_dir):
        outside = escapes(path, timeline_dir)
        if outside:
            store.problems.append(Problem(str(path), None, None, None, outside))
            continue
        event, _raw, problems = load_event_file(path)
        store.problems.extend(problems)
        if event is None:
            continue
        if event.id in seen:
            store.problems.append(
                Problem(
                    str(path),
                    _line_of(path, "id"),
                    1,
                    "id",
                    f"duplicate id {event.id!r}: also used by {seen[event.id]}",
                )
            )
            continue
        if path.stem != event.id:
            store.problems.append(
                Problem(
                    str(path),
                    _line_of(path, "id"),
                    1,
                    "id",
                    f"found {event.id!r}; expected the file name {path.stem!r} "
                    "(rename the file or the id, not both)",
                )
            )
        seen[event.id] = path
        store.events.append(event)
        store.paths[event.id] = path
    store.problems.extend(cross_check(store, check_quotes))
    return store


def _line_of(path: Path, key: str, index: int | None = None, sub: str | None = None) -> int | None:
    """Line of a top-level key (or of ``key[index].sub``) in an event file."""
    import yaml

    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (yaml.YAMLError, OSError, UnicodeDecodeError):
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    for k, v in root.value:
        if k.value != key:
            continue
        if index is None:
            return k.start_mark.line + 1
        if isinstance(v, yaml.SequenceNode) and index < len(v.value):
            item = v.value[index]
            if sub and isinstance(item, yaml.MappingNode):
                for k2, v2 in item.value:
                    if k2.value == sub:
                        return v2.start_mark.line + 1
            return item.start_mark.line + 1
    return None


def cross_check(store: Store, check_quotes: bool = True) -> list[Problem]:
    """Problems that need more than one file to see: missing articles, stale quotes, ..."""
    problems = []
    ids = {e.id for e in store.events}
    for event in store.events:
        path = store.paths[event.id]
        for i, source in enumerate(event.sources):
            article = store.articles.get(source.article)
            if article is None:
                problems.append(
                    Problem(
                        str(path),
                        _line_of(path, "sources", i, "article"),
                        None,
                        f"sources[{i}].article",
                        f"found {source.article!r}; expected an article in "
                        f"{store.articles_dir} (no file {source.article}.md)",
                    )
                )
                continue
            if check_quotes and source.quote not in article.body:
                problems.append(
                    Problem(
                        str(path),
                        _line_of(path, "sources", i, "quote"),
                        None,
                        f"sources[{i}].quote",
                        f"the quote no longer appears verbatim in {article.path}: "
                        f"{source.quote[:80]!r}",
                    )
                )
        if event.same_as is not None and event.same_as not in ids:
            problems.append(
                Problem(
                    str(path),
                    _line_of(path, "same_as"),
                    None,
                    "same_as",
                    f"found {event.same_as!r}; expected the id of another event",
                )
            )
        if event.same_as == event.id:
            problems.append(
                Problem(
                    str(path),
                    _line_of(path, "same_as"),
                    None,
                    "same_as",
                    "an event cannot be the same as itself",
                )
            )
    return problems
