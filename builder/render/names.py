"""The names a reader can look up: people, organisations, places, outlets and topics.

Events list their actors without saying who is a person and who an organisation, so the
index tells them apart with the same language data the extractor uses
(``builder/lang/<code>/entities.yaml``: known organisations and the words that start an
organisation's name) plus one rule that holds in any Latin-script language: a name written
wholly in capitals ("KCNA", "TNI") is an acronym, and acronyms name organisations.

An index with more lines than ``SPLIT_FROM`` (a name, or one event or article under it) gets
a page per initial (per outlet for outlets), so no index page grows with the corpus.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from ..lang import load_data
from ..store.schema import Event
from .markup import slug

__all__ = ["INDEX_PAGES", "KINDS", "SPLIT_FROM", "Names", "initial"]

KINDS = ("person", "organisation", "place", "outlet", "tag")

#: One index page per kind of name; paths stay the same whatever the UI language.
INDEX_PAGES = {
    "person": "indeks/orang.md",
    "organisation": "indeks/organisasi.md",
    "place": "indeks/tempat.md",
    "outlet": "indeks/media.md",
    "tag": "indeks/topik.md",
}

SPLIT_FROM = 1500


def initial(name: str) -> str:
    """The letter a name is filed under ("#" for names that start with no letter)."""
    first = slug(name)[:1]
    return first.upper() if first.isalpha() and not slug(name).startswith("n-") else "#"


class _ActorKinds:
    def __init__(self, languages: Iterable[str]):
        self.organisations: set[str] = set()
        self.heads: list[str] = []
        for code in sorted(set(languages)):
            data = load_data(code, "entities") or {}
            self.organisations |= set(data.get("organisations") or [])
            self.heads += list(data.get("organisation_heads") or [])

    def kind(self, name: str) -> str:
        if name in self.organisations:
            return "organisation"
        if any(name == h or name.startswith(h + " ") for h in self.heads):
            return "organisation"
        letters = [c for c in name if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            return "organisation"
        return "person"


class Names:
    """Every name shown on the site, its kind, its page and anchor, and its events."""

    def __init__(self, events: list[Event], languages: Iterable[str]):
        self._actor_kinds = _ActorKinds(languages)
        self._kind_cache: dict[str, str] = {}
        self._split: dict[str, bool] = {}
        self.events: dict[str, dict[str, list[Event]]] = {k: defaultdict(list) for k in KINDS}
        self._seen: dict[str, set[tuple[str, str]]] = {k: set() for k in KINDS}
        self.outlet_articles: Counter[str] = Counter()
        for e in events:
            for name in e.actors:
                self._add(self.actor_kind(name), name, e)
            for name in e.places:
                self._add("place", name, e)
            for name in e.tags:
                self._add("tag", name, e)
        self._anchors: dict[str, dict[str, str]] = {k: {} for k in KINDS}

    def _add(self, kind: str, name: str, event: Event | None) -> None:
        if not name:
            return
        self._split.pop(kind, None)
        bucket = self.events[kind][name]
        if event is not None and (name, event.id) not in self._seen[kind]:
            self._seen[kind].add((name, event.id))
            bucket.append(event)

    def actor_kind(self, name: str) -> str:
        if name not in self._kind_cache:
            self._kind_cache[name] = self._actor_kinds.kind(name)
        return self._kind_cache[name]

    def add_article(self, outlet: str) -> None:
        self._add("outlet", outlet, None)
        self.outlet_articles[outlet] += 1

    def add_outlet_event(self, outlet: str, event: Event) -> None:
        self._add("outlet", outlet, event)

    def names(self, kind: str) -> list[str]:
        """Names of one kind in reading order: case- and accent-blind, then exact."""
        return sorted(self.events[kind], key=lambda n: (slug(n), n.casefold(), n))

    def lines(self, kind: str) -> int:
        """How long the kind's index would be on one page."""
        under = self.outlet_articles if kind == "outlet" else None
        return sum(
            1 + (under[n] if under is not None else len(evs))
            for n, evs in self.events[kind].items()
        )

    def split(self, kind: str) -> bool:
        if kind not in self._split:
            self._split[kind] = self.lines(kind) > SPLIT_FROM
        return self._split[kind]

    def group(self, kind: str, name: str) -> str:
        """The page key a name is on when its index is split: an initial, or the outlet."""
        if kind == "outlet":
            return self.anchor(kind, name)
        letter = initial(name)
        return letter.lower() if letter != "#" else "lain"

    def page(self, kind: str, name: str) -> str:
        """The index page that lists ``name``."""
        if not self.split(kind):
            return INDEX_PAGES[kind]
        return f"{INDEX_PAGES[kind].removesuffix('.md')}/{self.group(kind, name)}.md"

    def anchor(self, kind: str, name: str) -> str:
        """The anchor of ``name``, unique among the names of its kind."""
        anchors = self._anchors[kind]
        if not anchors and self.events[kind]:
            taken: set[str] = set()
            for n in self.names(kind):
                base = slug(n)
                candidate, i = base, 2
                while candidate in taken:
                    candidate, i = f"{base}-{i}", i + 1
                taken.add(candidate)
                anchors[n] = candidate
        return anchors[name]
