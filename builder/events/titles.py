"""A short, readable headline for an event, built from the sentence that reports it.

The clause that holds the date is kept (split where a purpose or relative clause starts,
never across commas that separate it from a leading phrase), the date words and their
preposition are removed, connectives and fillers are dropped, and the result is capped.
"""

from __future__ import annotations

import re

from .cues import Cues

__all__ = ["build_title"]

_PARENS = re.compile(r"\s*\([^()]{0,60}\)")
_QUOTES = re.compile(r"[\"“”‘’']")
_DATELINE = re.compile(r"^(?:[A-Z][\w .]{0,30},\s*)?[\w.]{2,30}(?:\s*\([A-Z]+\))?\s*[—–-]+\s+")


def _segments(text: str, cuts: list[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` between cut words (each cut word starts a new segment)."""
    lower = text.lower()
    points = sorted({i for c in cuts for i in _finditer(lower, c)})
    bounds = []
    start = 0
    for p in points:
        if p > start:
            bounds.append((start, p))
        start = p
    bounds.append((start, len(text)))
    return bounds


def _finditer(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def build_title(sentence: str, spans: list[tuple[int, int]], cues: Cues) -> str:
    """Headline for the event that ``sentence`` reports with its date at ``spans``."""
    if not spans:
        return _finish(sentence, cues)
    first = min(s for s, _ in spans)
    # Comma segment that holds the date, unless it is only the date and a preposition.
    commas = [m.start() for m in re.finditer(r",\s", sentence)]
    lo = max([c + 1 for c in commas if c < first], default=0)
    hi = min([c for c in commas if c >= max(e for _, e in spans)], default=len(sentence))
    if len(sentence[lo:hi].split()) < 5 and lo > 0:
        lo = max([c + 1 for c in commas if c < lo - 1], default=0)
    # Within it, the segment between cut words ("untuk", "yang", "setelah" ...) of the date.
    piece_lo, piece_hi = lo, hi
    for s, e in _segments(sentence[lo:hi], cues.cut_before):
        if s + lo <= first < e + lo:
            piece_lo, piece_hi = s + lo, e + lo
            break
    text = sentence[piece_lo:piece_hi]
    # Words before the date in a short leading segment belong with it ("pada Selasa, X tiba").
    local = sorted((max(s - piece_lo, 0), min(e - piece_lo, len(text))) for s, e in spans)
    out, pos = [], 0
    for s, e in local:
        if s < pos or s >= len(text):
            continue
        before = cues.date_preps.sub("", text[pos:s])
        out.append(before)
        pos = max(e, pos)
    out.append(text[pos:])
    words = " ".join("".join(out).split())
    if len(words.split()) < 3:
        words = " ".join(sentence[lo:hi].split())
    return _finish(words, cues)


def _finish(text: str, cues: Cues) -> str:
    text = _DATELINE.sub("", text.strip())
    text = _PARENS.sub("", text)
    text = _QUOTES.sub("", text)
    text = cues.drop_leading.sub("", text.strip(" ,.;:–—-"))
    text = cues.complementizer.sub(" ", text).strip()
    text = cues.drop_words.sub("", text)
    text = " ".join(text.split()).strip(" ,.;:–—-")
    words = text.split()
    if len(words) > cues.max_words:
        words = words[: cues.max_words]
        while words and words[-1].lower() in cues.dangling:
            words.pop()
        text = " ".join(words).rstrip(",") + " …"
    if text:
        text = text[0].upper() + text[1:]
    return text
