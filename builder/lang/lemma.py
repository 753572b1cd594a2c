"""Lemmas of words, from simplemma, loaded on first use: a run that finds every article in
the cache lemmatises nothing and does not pay for loading it."""

from __future__ import annotations

from functools import cache, lru_cache
from types import ModuleType

__all__ = ["is_known", "lemmatize"]


@cache
def _simplemma() -> ModuleType:
    import simplemma

    return simplemma


def lemmatize(word: str, code: str) -> str:
    """simplemma's lemma of ``word`` in the language ``code``."""
    return _simplemma().lemmatize(word, lang=code)


@lru_cache(maxsize=65536)
def is_known(word: str, code: str) -> bool:
    """Whether simplemma's dictionary of ``code`` knows ``word`` (false for a language it
    has no dictionary for)."""
    try:
        return bool(_simplemma().is_known(word, lang=code))
    except (ValueError, KeyError):
        return False
