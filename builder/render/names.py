"""The names a reader can look up: people, organisations, places, outlets and topics.

Events list their actors without saying who is a person and who an organisation, so the
index tells them apart with the same language data the extractor uses
(``builder/lang/<code>/entities.yaml``: known organisations and the words that start an
organisation's name) plus one rule that holds in any Latin-script language: a name written
wholly in capitals ("KCNA", "TNI") is an acronym, and acronyms name organisations.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ..lang import load_data
from ..store.schema import Event
from .markup import slug

__all__ = ["INDEX_PAGES", "KINDS", "Names"]

KINDS = ("person", "organisation", "place", "outlet", "tag")

#: One index page per kind of name; paths stay the same whatever the UI language.
INDEX_PAGES = {
    "person": "indeks/orang.md",
    "organisation": "indeks/organisasi.md",
    "place": "indeks/tempat.md",
    "outlet": "indeks/media.md",
    "tag": "indeks/topik.md",
}


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
    """Every name shown on the site, its kind, its anchor, and the events it appears in."""

    def __init__(self, events: list[Event], languages: Iterable[str]):
        self._actor_kinds = _ActorKinds(languages)
        self.events: dict[str, dict[str, list[Event]]] = {k: defaultdict(list) for k in KINDS}
        for e in events:
            for name in _unique(e.actors):
                self.events[self.actor_kind(name)][name].append(e)
            for name in _unique(e.places):
                self.events["place"][name].append(e)
            for name in _unique(e.tags):
                self.events["tag"][name].append(e)
        self._anchors: dict[str, dict[str, str]] = {}
        for kind in KINDS:
            self._anchors[kind] = {}

    def actor_kind(self, name: str) -> str:
        return self._actor_kinds.kind(name)

    def add_outlet(self, name: str, event: Event | None) -> None:
        bucket = self.events["outlet"][name]
        if event is not None and event not in bucket:
            bucket.append(event)

    def names(self, kind: str) -> list[str]:
        """Names of one kind in reading order: case- and accent-blind, then exact."""
        return sorted(self.events[kind], key=lambda n: (slug(n), n.casefold(), n))

    def anchor(self, kind: str, name: str) -> str:
        """The anchor of ``name`` on its index page, unique on that page."""
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


def _unique(items: list[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item and item not in out:
            out.append(item)
    return out
