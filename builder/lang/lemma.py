"""Lemmas of words, from simplemma, loaded on first use: a run that finds every article in
the cache lemmatises nothing and does not pay for loading it."""

from __future__ import annotations

from functools import cache
from types import ModuleType

__all__ = ["lemmatize"]


@cache
def _simplemma() -> ModuleType:
    import simplemma

    return simplemma


def lemmatize(word: str, code: str) -> str:
    """simplemma's lemma of ``word`` in the language ``code``."""
    return _simplemma().lemmatize(word, lang=code)
