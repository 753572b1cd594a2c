"""Trigger words: a cheap prefilter so a rule only runs where it has a chance to match.

Running every rule's regular expression over every character of an article costs far more
than the resolving does. Each rule is therefore given its triggers: a set of word tokens (and
``#`` for any token with a digit) such that every match of the rule contains at least one of
them. The tagger splits the text into tokens once, and runs a rule only on windows around its
triggers' occurrences.

The triggers come from the rule itself: when a placeholder is mandatory (not optional, not
one branch of several), the words of that placeholder; otherwise every word the pattern could
need. A rule may also list them (``triggers:`` in the rules file) when its pattern builds words
in ways this cannot see.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Iterable

__all__ = [
    "DIGIT",
    "TOKEN",
    "YEAR",
    "first_token",
    "key_token",
    "pattern_words",
    "required_tokens",
    "token_key",
]

#: The trigger standing for a number; YEAR for a number that can be a year (1800-2099), which
#: is also a number. A rule that needs any number is triggered by both.
DIGIT = "#"
YEAR = "#Y"

#: What the text is split into before the rules run: runs of letters and runs of digits, so
#: that scraped text with glued words ("113pekan", "2025malam") still shows both halves.
TOKEN = re.compile(r"[^\W\d_]+|\d+")

_WORD = TOKEN


def token_key(token: str) -> str:
    """The trigger a text token stands for: itself in lower case, YEAR or DIGIT for numbers."""
    if token.isalpha():
        return token.lower()
    return YEAR if len(token) == 4 and "1800" <= token <= "2099" else DIGIT


def key_token(word: str, frequent: frozenset[str]) -> str:
    """The trigger of a phrase: its first token that is not a very frequent word, else its first.

    Every match of the phrase contains each of its tokens, so any one of them finds it; the
    rarest is looked for in the fewest places.
    """
    keys = [token_key(t) for t in _WORD.findall(word)]
    return next((k for k in keys if k not in frequent), keys[0] if keys else word.lower())


def first_token(word: str) -> str:
    """The trigger of a lexicon word or phrase: its first token ("kurang lebih" -> "kurang")."""
    m = _WORD.search(word)
    return token_key(m.group(0)) if m else word.lower()


def required_tokens(
    regex: str, group_tokens: dict[str, set[str]], frequent: frozenset[str] = frozenset()
) -> frozenset[str] | None:
    """Tokens one of which every match of ``regex`` contains, or None when that is unknown.

    ``group_tokens`` gives, for named groups of the regex (the placeholders), the tokens any
    match of the group contains. A sequence needs what its rarest required part needs (the one
    with the fewest ``frequent`` words, then the fewest words); a choice ("a|b") needs what each
    of its branches needs; optional parts need nothing.
    """
    parsed = sre_parse.parse(regex)
    names = {v: k for k, v in parsed.state.groupdict.items()}

    def best(options: list[frozenset[str]]) -> frozenset[str] | None:
        # The rarest words first: a digit is in every article many times over.
        return (
            min(options, key=lambda t: (DIGIT in t, YEAR in t, len(t & frequent), len(t)))
            if options
            else None
        )

    def seq(items: Iterable) -> frozenset[str] | None:
        return best([n for item in items if (n := one(*item)) is not None])

    def one(op, av) -> frozenset[str] | None:
        if op is sre.SUBPATTERN:
            group, _add, _del, sub = av
            name = names.get(group) if group is not None else None
            if name is not None and name in group_tokens:
                return frozenset(group_tokens[name])
            return seq(sub)
        if op is sre.BRANCH:
            needs = [seq(branch) for branch in av[1]]
            if any(n is None for n in needs):
                return None
            return frozenset().union(*needs)
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            return seq(av[2])
        # Literals, classes, optional parts and assertions: nothing this can promise.
        return None

    return seq(parsed.data)


_ESCAPE = re.compile(r"\\[A-Za-z]|\(\?P<\w+>|\(\?P=\w+\)|\{[a-z_]+(?::[a-z_]+)?\}")


def pattern_words(pattern: str) -> set[str]:
    """Every word written literally in a rule's pattern (placeholders and escapes left out)."""
    bare = _ESCAPE.sub(" ", pattern)
    words = {w.lower() for w in re.findall(r"[A-Za-z]{2,}", bare)}
    if re.search(r"\\d|[0-9]", pattern):
        words |= {DIGIT, YEAR}
    return words
