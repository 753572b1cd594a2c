"""Sentences of a text, with their character offsets.

A small rule-based splitter: a sentence ends at ``.``, ``!`` or ``?`` (with closing quotes or
brackets) followed by white space and something that can start a sentence, or at a line
break; also where the space after a stop was lost between a word and a capitalised one
("dimulai.BLT UMKM"). Abbreviations that do not end a sentence are language data
(``builder/lang/<code>/sentences.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lang import load_data

__all__ = ["Sentence", "sentence_starts", "split_sentences"]


@dataclass(frozen=True)
class Sentence:
    """A sentence and where it sits in its text."""

    start: int
    end: int
    text: str


@cache
def _abbreviations(code: str) -> frozenset[str]:
    return frozenset(load_data(code, "sentences").get("abbreviations", []))


_END = re.compile(
    r"""[.!?]+['"”’)\]]*(?=\s+['"“‘(\[]?[A-Z0-9\u00C0-\u024F])|\n+"""
    # A stop with the space after it lost ("segera dimulai.BLT UMKM ...", "kata dia.Ikuti",
    # "pada 2004-2010.Perombakan", "Kamis (19/6/2025).Perubahan"): after a word of two small
    # letters or more, a number or a bracket, before a capitalised word or an acronym (a quote
    # right after the stop opens the next sentence).
    r"""|(?:(?<=[a-z]{2})|(?<=[\d)]))[.!?](?=['"“‘]?[A-Z](?:[a-z]|[A-Z]+\b))"""
)


def split_sentences(text: str, code: str = "id") -> list[Sentence]:
    """Split ``text`` into sentences; every character belongs to at most one sentence."""
    out: list[Sentence] = []
    start = 0
    for end, after in _ends(text, code):
        _emit(text, start, end, out)
        start = after
    _emit(text, start, len(text), out)
    return out


def sentence_starts(text: str, code: str = "id", until: int | None = None) -> list[int]:
    """Where each sentence of ``text`` starts, as :func:`split_sentences` finds them.

    The tagger only needs to know in which sentence a position lies; this skips building the
    sentences themselves, and stops after the sentence holding ``until`` when it is given.
    """
    out: list[int] = []
    start = 0
    for end, after in _ends(text, code):
        first = _SPACE.match(text, start, end).end()
        if first < end:
            out.append(first)
        start = after
        if until is not None and start > until:
            return out
    first = _SPACE.match(text, start).end()
    if first < len(text):
        out.append(first)
    return out


def _ends(text: str, code: str):
    """(end of the sentence, start of what follows) at each sentence break."""
    abbrev = _abbreviations(code)
    for m in _END.finditer(text):
        if m.group(0)[0] == ".":
            # Only the word right before the stop matters (read backwards, a few letters).
            stop = m.start()
            first = stop
            while first > 0 and stop - first < 64 and _is_word(text[first - 1]):
                first -= 1
            word = text[first:stop]
            if word and (word in abbrev or (len(word) == 1 and word.isupper())):
                continue
        yield (m.end() if m.group(0)[0] != "\n" else m.start()), m.end()


_SPACE = re.compile(r"\s*")


def _is_word(ch: str) -> bool:
    """A character of a word as a regular expression reads it: letter, digit or underscore."""
    return ch.isalnum() or ch == "_"


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
