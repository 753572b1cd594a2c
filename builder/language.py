"""Which language a text is written in, from the frequency of each language's function words."""

from __future__ import annotations

import re
from functools import cache

from .lang import available, load_data

__all__ = ["detect_language"]


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    out = {}
    for code in available():
        words = load_data(code, "language").get("stopwords")
        if words:
            out[code] = frozenset(words)
    return out


def detect_language(text: str, default: str = "id") -> str:
    """The code of the language whose function words are most frequent in ``text``."""
    # Words in capitals are acronyms and page chrome ("AS" is Amerika Serikat, "SCROLL TO
    # CONTINUE"), not the language's function words.
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text) if not w.isupper()][:2000]
    if not words:
        return default
    scores = {code: sum(w in stop for w in words) for code, stop in _stopwords().items()}
    best = max(sorted(scores), key=lambda c: scores[c], default=default)
    return best if scores.get(best, 0) > 0 else default
