"""Results of the parts of a merge that depend on a few candidates, kept between runs.

The merge as a whole depends on every candidate, but some of its parts read only a few: the
clustering of one date reads the candidates of that date and their vectors; building an event
reads the candidates of its cluster. Such a part is looked up by a hash of exactly what it
reads, so a result reused is the result the part would compute: adding an article recomputes
the parts it touches and nothing else, and the events are the same as those of a merge from
scratch.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

__all__ = ["MergeMemo"]


class MergeMemo:
    """Part results by key, each kept as its JSON text: a part reused is parsed once, by
    the code that reads it, and written back as it was read (a merge reuses thousands).

    ``ids`` names every candidate of the merge by its content (the caller's cache key of the
    candidate's article, which includes the tool's fingerprint, and its place in that
    article's list): equal ids mean equal candidates, computed by the same code. ``salt``
    names what else the parts' results depend on: the libraries that compute them.
    """

    def __init__(self, ids: Sequence[str], stored: dict[str, str] | None = None, salt: str = ""):
        self.ids = ids
        self.salt = salt
        self._stored = stored or {}
        #: What this merge looked up or computed: all a later run needs to keep.
        self.used: dict[str, str] = {}

    def key(self, part: str, indices: Iterable[int], extra: Iterable[bytes] = ()) -> str:
        """Key of ``part`` over the candidates ``indices`` (in that order) and any other
        input it reads, as bytes."""
        h = hashlib.sha256(f"{self.salt}\0{part}".encode())
        for i in indices:
            h.update(self.ids[i].encode())
            h.update(b"\0")
        for chunk in extra:
            h.update(len(chunk).to_bytes(8, "little"))
            h.update(chunk)
        return h.hexdigest()

    def get(self, key: str) -> str | None:
        """The JSON text kept for ``key``, if any."""
        value = self._stored.get(key)
        if value is not None:
            self.used[key] = value
        return value

    def put(self, key: str, text: str) -> None:
        self.used[key] = text

    def dumps(self) -> str:
        """The parts used, one a line: the key, a space, the JSON text (which holds no line
        break)."""
        return "".join(f"{key} {text}\n" for key, text in self.used.items())

    @staticmethod
    def loads(text: str) -> dict[str, str]:
        """Parts from :meth:`dumps`' text; a line of another shape is left out (its part is
        computed again)."""
        parts = {}
        for line in text.split("\n"):
            key, _, value = line.partition(" ")
            if len(key) == 64 and value:
                parts[key] = value
        return parts
