"""Sentences of a text, with their character offsets.

A small rule-based splitter: a sentence ends at ``.``, ``!`` or ``?`` (with closing quotes or
brackets) followed by white space and something that can start a sentence, or at a line
break. Abbreviations that do not end a sentence are language data
(``builder/lang/<code>/sentences.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lang import load_data

__all__ = ["Sentence", "split_sentences"]


@dataclass(frozen=True)
class Sentence:
    """A sentence and where it sits in its text."""

    start: int
    end: int
    text: str


@cache
def _abbreviations(code: str) -> frozenset[str]:
    return frozenset(load_data(code, "sentences").get("abbreviations", []))


_END = re.compile(r"""[.!?]+['"”’)\]]*(?=\s+['"“‘(\[]?[A-Z0-9\u00C0-\u024F])|\n+""")
_WORD_BEFORE = re.compile(r"(\w+)$")


def split_sentences(text: str, code: str = "id") -> list[Sentence]:
    """Split ``text`` into sentences; every character belongs to at most one sentence."""
    abbrev = _abbreviations(code)
    out: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        if m.group(0)[0] == ".":
            # Only the word right before the stop matters; a bounded window keeps this linear.
            word = _WORD_BEFORE.search(text, max(0, m.start() - 64), m.start())
            if word and (
                word.group(1) in abbrev or (len(word.group(1)) == 1 and word.group(1).isupper())
            ):
                continue
        end = m.end() if m.group(0)[0] != "\n" else m.start()
        _emit(text, start, end, out)
        start = m.end()
    _emit(text, start, len(text), out)
    return out


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
