"""Lemmas of words, from simplemma, loaded on first use: a run that finds every article in
the cache lemmatises nothing and does not pay for loading it. A stem simplemma lacks is found
from the language's ``extra_stems`` (language.yaml)."""

from __future__ import annotations

from functools import cache, lru_cache
from types import ModuleType

from builder.lang import load_data

__all__ = ["is_known", "lemmatize"]


@cache
def _simplemma() -> ModuleType:
    import simplemma

    return simplemma


def lemmatize(word: str, code: str) -> str:
    """simplemma's lemma of ``word`` in the language ``code``; for a word it leaves as it is,
    the stem of ``extra_stems`` it inflects, if any ("dicopot": "copot")."""
    lemma = _simplemma().lemmatize(word, lang=code)
    if lemma == word:
        return _extra_stem(word.lower(), code) or lemma
    return lemma


@cache
def _stem_rules(
    code: str,
) -> tuple[frozenset[str], tuple[tuple[str, tuple[str, ...]], ...], tuple[str, ...]]:
    data = (load_data(code, "language") or {}).get("extra_stems") or {}
    words = frozenset(str(w).lower() for w in data.get("words", []))
    prefixes = tuple(
        sorted(
            (
                (str(p), tuple(str(r) for r in restores))
                for p, restores in (data.get("prefixes") or {}).items()
            ),
            key=lambda kv: -len(kv[0]),
        )
    )
    suffixes = tuple(sorted((str(s) for s in data.get("suffixes", [])), key=len, reverse=True))
    return words, prefixes, suffixes


@lru_cache(maxsize=65536)
def _extra_stem(word: str, code: str) -> str | None:
    """The listed stem ``word`` is inflected from (its ending, then its prefix, taken off;
    the letter a nasal prefix took put back), or None."""
    words, prefixes, suffixes = _stem_rules(code)
    if not words:
        return None
    for ending in ("", *suffixes):
        if ending and not word.endswith(ending):
            continue
        body = word[: len(word) - len(ending)]
        if body in words:
            return body
        for prefix, restores in prefixes:
            if body.startswith(prefix):
                rest = body[len(prefix) :]
                for letter in restores:
                    if letter + rest in words:
                        return letter + rest
    return None


@lru_cache(maxsize=65536)
def is_known(word: str, code: str) -> bool:
    """Whether simplemma's dictionary of ``code`` knows ``word`` (false for a language it
    has no dictionary for)."""
    try:
        return bool(_simplemma().is_known(word, lang=code))
    except (ValueError, KeyError):
        return False
