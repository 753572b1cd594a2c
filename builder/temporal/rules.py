"""Temporal rules of a language, loaded from ``builder/lang/<code>/rules.yaml``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..lang import load_data
from .lexicon import Lexicon, load_lexicon
from .triggers import DIGIT, YEAR, first_token, pattern_words, required_tokens

__all__ = ["Blocker", "Example", "Rule", "RuleError", "RuleSet", "load_rules"]

KINDS = {
    "date",
    "time",
    "weekday",
    "relative",
    "anaphoric",
    "duration",
    "set",
    "ref",
    "decade",
    "century",
    "quarter",
}

_PLACEHOLDER = re.compile(r"\{([a-z_]+)(?::([a-z_]+))?\}")


class RuleError(ValueError):
    """A rule in a language file is malformed; the message names the rule."""


@dataclass(frozen=True)
class Example:
    """A phrase a rule must read, with the publication date it is read against."""

    text: str
    published: dt.date
    value: str
    match: str | None = None
    end: str | None = None
    modifiers: tuple[str, ...] = ()


@dataclass
class Rule:
    """One pattern and how to resolve what it captures."""

    name: str
    kind: str
    pattern: str
    regex: re.Pattern[str]
    priority: int = 0
    examples: list[Example] = field(default_factory=list)
    #: The rule does not apply when the text just before the match matches this.
    unless_before: re.Pattern[str] | None = None
    #: The rule does not apply when the text just after the match matches this.
    unless_after: re.Pattern[str] | None = None
    #: "published" (the default) or "reference": count from the date last mentioned.
    anchor: str = "published"
    #: Tokens one of which every match contains (see triggers.py).
    triggers: frozenset[str] = frozenset()


@dataclass
class Blocker:
    """A pattern for things that look like dates but are not (ages, law numbers ...).

    Every candidate mention overlapping a blocker's match is dropped.
    """

    name: str
    regex: re.Pattern[str]
    examples: list[dict[str, str]] = field(default_factory=list)
    triggers: frozenset[str] = frozenset()


@dataclass
class RuleSet:
    """Every rule of a language, with its lexicon."""

    code: str
    lexicon: Lexicon
    rules: list[Rule]
    blockers: list[Blocker] = field(default_factory=list)


def _expand(
    pattern: str, lex: Lexicon, rule_name: str, groups: dict[str, str] | None = None
) -> str:
    seen: dict[str, int] = {}

    def expand(m: re.Match[str]) -> str:
        category, group = m.group(1), m.group(2) or m.group(1)
        if category not in lex.fragments:
            raise RuleError(f"rule {rule_name!r}: unknown placeholder {{{category}}}")
        seen[group] = seen.get(group, 0) + 1
        # A group used twice gets a numbered name; the resolver reads the first that matched.
        name = group if seen[group] == 1 else f"{group}__{seen[group]}"
        if groups is not None:
            groups[name] = category
        return f"(?P<{name}>{lex.fragments[category]})"

    return _PLACEHOLDER.sub(expand, pattern)


#: What may follow a match: no letter or digit, and no start of a decimal or hyphenated word.
_END = r"(?![\w/]|[.,]\d|-\w)"
#: `glued_end` rules may touch a following word but never a digit: a year scraped together with
#: the next word ("Piala Dunia Klub 2025malam ini", "2025yang") is still that year.
_GLUED_END = r"(?![\d/_]|[.,]\d|-\w)"
#: What may precede a match: no letter or digit, no hyphenated word, no decimal.
_START = r"(?<![\w/-])(?<!\d[.,])"


def _compile(
    pattern: str,
    lex: Lexicon,
    rule_name: str,
    open_end: bool = False,
    glued_end: bool = False,
    open_start: bool = False,
) -> re.Pattern[str]:
    body = _expand(pattern, lex, rule_name)
    # `open_end` rules may be glued to the next word, as scraped text often is ("hari iniditutup").
    end = "" if open_end else _GLUED_END if glued_end else _END
    # Whole words only: no letter or digit may touch either end of a match, and a match never
    # starts or stops in the middle of a hyphenated word ("sehari-hari") or a number ("2,5").
    # A comma glued to a word before is fine: scraped text has "dilansir Antara,Selasa (...)".
    # `open_start` rules say themselves what may stand before them (a word glued on the left:
    # "Itulah top 3 newshari ini").
    start = "" if open_start else _START
    try:
        return re.compile(rf"{start}(?:{body}){end}")
    except re.error as exc:
        raise RuleError(f"rule {rule_name!r}: {exc}") from exc


def _triggers(raw: dict[str, Any], lex: Lexicon, name: str) -> frozenset[str]:
    """The tokens one of which every match of the rule contains (see triggers.py)."""
    if raw.get("triggers"):
        return frozenset(
            {"#": DIGIT, "#Y": YEAR}.get(str(w)) or first_token(str(w)) for w in raw["triggers"]
        )
    groups: dict[str, str] = {}
    body = _expand(raw["pattern"], lex, name, groups)
    tokens = {g: lex.triggers[c] for g, c in groups.items() if c in lex.triggers}
    needed = required_tokens(body, tokens, lex.frequent)
    if needed:
        return needed
    found: set[str] = pattern_words(raw["pattern"])
    for category in set(groups.values()):
        found |= lex.triggers.get(category, {DIGIT, YEAR})
    return frozenset(found)


def _context(raw: str | None, lex: Lexicon, rule_name: str) -> re.Pattern[str] | None:
    if not raw:
        return None
    try:
        return re.compile(_expand(raw, lex, rule_name))
    except re.error as exc:
        raise RuleError(f"rule {rule_name!r}: context pattern: {exc}") from exc


def _example(raw: dict[str, Any], default: dt.date, rule: str) -> Example:
    try:
        published = raw.get("published", default)
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        return Example(
            text=str(raw["text"]),
            published=published,
            value=str(raw["value"]),
            match=raw.get("match"),
            end=None if raw.get("end") is None else str(raw["end"]),
            modifiers=tuple(raw.get("modifiers", ())),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise RuleError(f"rule {rule!r}: bad example {raw!r}: {exc}") from exc


def _anchor(value: str, rule: str) -> str:
    if value not in ("published", "reference"):
        raise RuleError(f"rule {rule!r}: anchor {value!r} is not 'published' or 'reference'")
    return value


@cache
def load_rules(code: str = "id") -> RuleSet:
    """Load and compile the rules of language ``code``."""
    lex = load_lexicon(code)
    data = load_data(code, "rules")
    default = data.get("published", dt.date(2000, 1, 1))
    rules = []
    names = set()
    for i, raw in enumerate(data["rules"]):
        name = raw.get("name") or f"rule {i}"
        if name in names:
            raise RuleError(f"rule {name!r} is defined twice")
        names.add(name)
        kind = raw.get("kind")
        if kind not in KINDS:
            raise RuleError(f"rule {name!r}: kind {kind!r} is not one of {sorted(KINDS)}")
        examples = [_example(e, default, name) for e in raw.get("examples", [])]
        if not examples:
            raise RuleError(f"rule {name!r} has no example")
        rules.append(
            Rule(
                name=name,
                kind=kind,
                pattern=raw["pattern"],
                regex=_compile(
                    raw["pattern"],
                    lex,
                    name,
                    open_end=bool(raw.get("open_end")),
                    glued_end=bool(raw.get("glued_end")),
                    open_start=bool(raw.get("open_start")),
                ),
                priority=int(raw.get("priority", 0)),
                examples=examples,
                unless_before=_context(raw.get("unless_before"), lex, name),
                unless_after=_context(raw.get("unless_after"), lex, name),
                anchor=_anchor(raw.get("anchor", "published"), name),
                triggers=_triggers(raw, lex, name),
            )
        )
    blockers = []
    for i, raw in enumerate(data.get("blockers", [])):
        name = raw.get("name") or f"blocker {i}"
        if not raw.get("examples"):
            raise RuleError(f"blocker {name!r} has no example")
        try:
            # Blockers ignore case: "Usia 63 Tahun" in a headline is as much an age.
            body = _expand(raw["pattern"], lex, name)
            regex = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)
        except re.error as exc:
            raise RuleError(f"blocker {name!r}: {exc}") from exc
        blockers.append(
            Blocker(
                name=name,
                regex=regex,
                examples=list(raw["examples"]),
                triggers=_triggers(raw, lex, name),
            )
        )
    return RuleSet(code=code, lexicon=lex, rules=rules, blockers=blockers)
