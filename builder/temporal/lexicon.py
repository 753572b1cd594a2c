"""A language's temporal words, loaded from ``builder/lang/<code>/lexicon.yaml``.

The lexicon turns word lists into two things the tagger needs: regular-expression fragments
that match any word of a group, and lookups from a matched word to what it means.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..lang import load_data
from .triggers import DIGIT, YEAR, first_token, key_token

__all__ = ["DIRECTIONS", "Lexicon", "load_lexicon"]

#: Kinds of direction word: from the publication date (past, future, current; "later" is the
#: rest of the current unit or the next named one), or from the date last mentioned (prior,
#: next: "tahun sebelumnya", "pekan berikutnya", "tiga hari kemudian").
DIRECTIONS = ("past", "future", "current", "later", "prior", "next")


def _alternation(words: list[str], case: str) -> str:
    """Regex matching any of ``words`` as written; the longest word wins.

    The words are laid out as a trie ("J(?:an(?:uari)?|u(?:ni|li))"), so the regex engine tries
    one branch per letter instead of every word at every position of the text.
    """
    variants: set[str] = set()
    for word in words:
        variants.add(word)
        variants.add(word.upper())
        if case == "any":
            variants.add(word.lower())
            variants.add(word[:1].upper() + word[1:].lower())
    trie: dict = {}
    for word in variants:
        # A space in a phrase matches any run of white space.
        node = trie
        for piece in _pieces(word):
            node = node.setdefault(piece, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + ")"


def _pieces(word: str) -> list[str]:
    out = []
    for i, part in enumerate(word.split()):
        if i:
            out.append(" ")
        out.extend(part)
    return out


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = []
    for piece in sorted(k for k in node if k):
        head = r"\s+" if piece == " " else re.escape(piece)
        branches.append(head + _trie_regex(node[piece]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy optional tail: the longer word is tried first, the shorter one is the fallback.
    return f"(?:{body})?" if ends else body


def _norm(word: str) -> str:
    return " ".join(word.lower().split()).replace("’", "'")


@dataclass
class Lexicon:
    """Word groups of one language and the regex fragment of each group."""

    code: str
    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    unit_timex: dict[str, str] = field(default_factory=dict)
    directions: dict[str, str] = field(default_factory=dict)
    deictic_days: dict[str, int] = field(default_factory=dict)
    anaphoric_days: dict[str, int] = field(default_factory=dict)
    deictic_parts: dict[str, tuple[int, str]] = field(default_factory=dict)
    #: Part of the day named by a day word ("malam harinya": the evening of that day).
    day_parts: dict[str, str] = field(default_factory=dict)
    parts_of_day: dict[str, str] = field(default_factory=dict)
    timezones: dict[str, str] = field(default_factory=dict)
    modifiers: dict[str, str] = field(default_factory=dict)
    tense_cues: dict[str, str] = field(default_factory=dict)
    references: dict[str, str] = field(default_factory=dict)
    number_units: dict[str, int] = field(default_factory=dict)
    number_teens: dict[str, int] = field(default_factory=dict)
    number_multipliers: dict[str, int] = field(default_factory=dict)
    number_vague: set[str] = field(default_factory=set)
    number_half: set[str] = field(default_factory=set)
    ordinals: dict[str, int] = field(default_factory=dict)
    quantity_before: list[str] = field(default_factory=list)
    quantity_after: list[str] = field(default_factory=list)
    date_links: list[str] = field(default_factory=list)
    #: Words before a bare weekday that make it the nearest such day, before or after the
    #: publication date ("berlangsung hingga Rabu").
    weekday_nearest: list[str] = field(default_factory=list)
    #: Words that attribute a statement ("kata", "ujarnya", "dalam keterangannya"): a date
    #: right after them is when it was said, not when what it tells happened.
    attribution_cues: list[str] = field(default_factory=list)
    #: Verbs of a report made ("mengatakan", "melaporkan"): the words before one are what was
    #: reported, whose tense is not the tense of the report's day.
    report_verbs: list[str] = field(default_factory=list)
    #: Words of a written release ("keterangan tertulis", "siaran pers"): a statement dated
    #: after one is dated when the outlet received it, no day the story moves to.
    release_cues: list[str] = field(default_factory=list)
    #: Adverbs of habit ("biasanya", "selalu"): a clock time or a yearless date after them in
    #: their sentence is on no one day.
    habitual_cues: list[str] = field(default_factory=list)
    #: Words that join the dates of a list ("29 April dan 21 Mei 2024"): a day written
    #: without its year before one written with it is of that year.
    list_joins: list[str] = field(default_factory=list)
    fragments: dict[str, str] = field(default_factory=dict)
    #: For each fragment, the tokens one of which any match of it contains (see triggers.py).
    triggers: dict[str, set[str]] = field(default_factory=dict)
    #: Very frequent words: a rule is better triggered by rarer ones (see triggers.py).
    frequent: frozenset[str] = frozenset()
    examples: dict[str, list[str]] = field(default_factory=dict)

    # -- lookups -------------------------------------------------------------------------
    def month(self, word: str) -> int:
        return self.months[_norm(word).rstrip(".")]

    def weekday(self, word: str) -> int:
        return self.weekdays[_norm(word)]

    def unit(self, word: str) -> str:
        return self.units[_norm(word)]

    def direction(self, word: str) -> str:
        return self.directions[_norm(word)]

    def number(self, text: str) -> float | None:
        """Value of a number written in digits or words; ``None`` for vague words."""
        text = _norm(text)
        digits = text.replace(",", ".")
        try:
            return float(digits)
        except ValueError:
            pass
        words = text.split()
        half = 0.5 if words and words[-1] in self.number_half else 0.0
        if half:
            words = words[:-1]
        if not words:
            return half or None
        if any(w in self.number_vague for w in words):
            return None
        total = 0
        current = 0
        for word in words:
            if word in self.number_units:
                current += self.number_units[word]
            elif word in self.number_teens:
                current += self.number_teens[word]
            elif word in self.number_multipliers:
                mult = self.number_multipliers[word]
                current = max(current, 1)
                if word == "belas":
                    current += mult
                else:
                    current *= mult
                if mult >= 100:
                    total += current
                    current = 0
            elif word.startswith("se") and word[2:] in self.number_multipliers:
                # "seratus", "sepuluh" written as one word
                current += self.number_multipliers[word[2:]]
            else:
                return None
        return total + current + half


def _number_fragment(lex: Lexicon) -> str:
    unit_words = [w for w in lex.number_units if w != "se"]
    unit = _alternation(unit_words, "any")
    mult = _alternation(list(lex.number_multipliers), "any")
    teen = _alternation(list(lex.number_teens), "any")
    vague = _alternation(sorted(lex.number_vague), "any")
    half = _alternation(sorted(lex.number_half), "any")
    compound = rf"(?:{unit}|se)\s*{mult}(?:\s+{unit})?"
    words = rf"(?:{compound}|{teen}|{unit})(?:\s+{half})?"
    digits = r"\d{1,4}(?:,\d+)?"
    return rf"(?:{digits}|{words}|{vague}|{half})"


@cache
def load_lexicon(code: str = "id") -> Lexicon:
    """Load and compile the lexicon of language ``code``."""
    data: dict[str, Any] = load_data(code, "lexicon")
    lex = Lexicon(code=code)
    frag = lex.fragments

    def group_words(name: str) -> tuple[str, dict[str, Any]]:
        section = data[name]
        lex.examples[name] = list(section.get("examples", []))
        return section.get("case", "any"), section

    case, sec = group_words("months")
    for num, words in sec["values"].items():
        for w in words:
            lex.months[_norm(w)] = int(num)
    # An abbreviation may take a full stop ("Sep. 2023"); a full name never does ("... Juli.").
    abbrev = [w for ws in sec["values"].values() for w in ws[1:] if len(w) <= 4]
    names = [w for ws in sec["values"].values() for w in ws if w not in abbrev]
    frag["month"] = f"(?:{_alternation(names, case)}|{_alternation(abbrev, case)}\\.?)"
    full = [ws[0] for ws in sec["values"].values()] + [
        w for ws in sec["values"].values() for w in ws if len(w) > 4
    ]
    frag["monthfull"] = _alternation(sorted(set(full)), case)

    case, sec = group_words("weekdays")
    for num, words in sec["values"].items():
        for w in words:
            lex.weekdays[_norm(w)] = int(num)
    frag["weekday"] = _alternation([w for ws in sec["values"].values() for w in ws], case)

    case, sec = group_words("numbers")
    lex.number_units = dict(sec["units"])
    lex.number_teens = dict(sec["teens"])
    lex.number_multipliers = dict(sec["multipliers"])
    lex.number_vague = set(sec["vague"])
    lex.number_half = set(sec["half"])
    lex.ordinals = {_norm(w): int(n) for w, n in sec.get("ordinals", {}).items()}
    frag["num"] = _number_fragment(lex)
    frag["ordinal"] = _alternation(list(lex.ordinals), "any")

    case, sec = group_words("units")
    for unit, spec in sec["values"].items():
        lex.unit_timex[unit] = spec["timex"]
        for w in spec["words"]:
            lex.units[_norm(w)] = unit
    frag["unit"] = _alternation(list(lex.units), case)
    date_units = [w for w, u in lex.units.items() if not sec["values"][u].get("time")]
    frag["dateunit"] = _alternation(date_units, case)
    # "sehari", "sepekan", "setahun": one of a unit, written as one word (opening a sentence
    # too: "Setahun dari sekarang").
    frag["seunit"] = "(?:se|Se)" + _alternation(list(lex.units), "any")

    case, sec = group_words("directions")
    for key in DIRECTIONS:
        for w in sec.get(key, []):
            lex.directions[_norm(w)] = key
        frag[key] = _alternation(sec.get(key, []), case)
    frag["dir"] = _alternation([w for k in DIRECTIONS for w in sec.get(k, [])], case)

    for name in ("deictic_days", "anaphoric_days"):
        case, sec = group_words(name)
        table = getattr(lex, name)
        for w, off in sec["values"].items():
            if isinstance(off, list):  # [offset, part of day]
                off, part = off
                lex.day_parts[_norm(w)] = str(part)
            table[_norm(w)] = int(off)
        frag[name.split("_")[0]] = _alternation(list(sec["values"]), case)

    case, sec = group_words("deictic_parts")
    for w, (off, part) in sec["values"].items():
        lex.deictic_parts[_norm(w)] = (int(off), str(part))
    frag["deicticpart"] = _alternation(list(sec["values"]), case)

    case, sec = group_words("parts_of_day")
    for code_, words in sec["values"].items():
        for w in words:
            lex.parts_of_day[_norm(w)] = code_
    frag["part"] = _alternation([w for ws in sec["values"].values() for w in ws], case)

    case, sec = group_words("timezones")
    for w, off in sec["values"].items():
        lex.timezones[_norm(w)] = off
    frag["tz"] = _alternation(list(sec["values"]), case)

    case, sec = group_words("modifiers")
    for key in ("approximate", "START", "MID", "END"):
        for w in sec[key]:
            lex.modifiers[_norm(w)] = key
    frag["approx"] = _alternation(sec["approximate"], case)
    frag["mod"] = _alternation(sec["START"] + sec["MID"] + sec["END"], case)

    case, sec = group_words("tense_cues")
    for key in ("future", "past"):
        for w in sec[key]:
            lex.tense_cues[_norm(w)] = key
    frag["tense"] = _alternation(list(lex.tense_cues), case)

    case, sec = group_words("quantity_cues")
    lex.quantity_before = list(sec["before"])
    lex.quantity_after = list(sec["after"])
    frag["qafter"] = _alternation(lex.quantity_after, case)

    if "date_links" in data:
        _case, sec = group_words("date_links")
        lex.date_links = list(sec["values"])

    for name in (
        "weekday_nearest",
        "attribution_cues",
        "report_verbs",
        "release_cues",
        "habitual_cues",
        "list_joins",
    ):
        if name in data:
            _case, sec = group_words(name)
            setattr(lex, name, list(sec["values"]))
    frag["said"] = _alternation(lex.attribution_cues, "any") if lex.attribution_cues else "(?!)"

    case, sec = group_words("references")
    for key, words in sec["values"].items():
        for w in words:
            lex.references[_norm(w)] = key
    frag["ref"] = _alternation(list(lex.references), case)

    case, sec = group_words("set_cues")
    frag["set"] = _alternation(sec["values"], case)

    lex.frequent = frozenset(
        first_token(w) for w in data.get("frequent_words", {}).get("values", [])
    )
    _set_triggers(lex, data)

    # Plain numeric fields.
    frag["dd"] = r"(?:0?[1-9]|[12]\d|3[01])"
    frag["mm"] = r"(?:0?[1-9]|1[0-2])"
    frag["yyyy"] = r"(?:1[89]\d\d|20\d\d)"
    frag["yy"] = r"(?:\d\d)"
    frag["hh"] = r"(?:[01]?\d|2[0-4])"
    frag["min"] = r"(?:[0-5]\d)"
    frag["roman"] = r"(?:IV|I{1,3}|V|[1-4])"
    for name in ("dd", "mm", "yy", "hh", "min"):
        lex.triggers[name] = {DIGIT, YEAR}
    lex.triggers["yyyy"] = {YEAR}
    lex.triggers["roman"] = {DIGIT, "i", "ii", "iii", "iv", "v"}
    return lex


def _set_triggers(lex: Lexicon, data: dict[str, Any]) -> None:
    def words(*lists: Iterable[str]) -> set[str]:
        # A phrase is found by its rarest word: "dalam waktu dekat" by "dekat", not "dalam".
        return {key_token(w, lex.frequent) for ws in lists for w in ws}

    months = [w for ws in data["months"]["values"].values() for w in ws]
    t = lex.triggers
    t["month"] = t["monthfull"] = words(months)
    t["weekday"] = words(lex.weekdays)
    numbers = data["numbers"]
    mult = list(lex.number_multipliers)
    t["num"] = {DIGIT, YEAR} | words(
        lex.number_units,
        lex.number_teens,
        mult,
        ["se" + m for m in mult],
        lex.number_vague,
        lex.number_half,
    )
    t["ordinal"] = words(numbers.get("ordinals", {}))
    t["unit"] = t["dateunit"] = words(lex.units)
    t["seunit"] = words(["se" + u for u in lex.units])
    directions = data["directions"]
    for key in DIRECTIONS:
        t[key] = words(directions.get(key, []))
    t["dir"] = words(*(directions.get(k, []) for k in DIRECTIONS))
    t["deictic"] = words(lex.deictic_days)
    t["anaphoric"] = words(lex.anaphoric_days)
    t["deicticpart"] = words(lex.deictic_parts)
    t["part"] = words(lex.parts_of_day)
    t["tz"] = words(lex.timezones)
    mods = data["modifiers"]
    t["approx"] = words(mods["approximate"])
    t["mod"] = words(mods["START"], mods["MID"], mods["END"])
    t["tense"] = words(lex.tense_cues)
    t["qafter"] = words(lex.quantity_after)
    t["ref"] = words(lex.references)
    t["set"] = words(data["set_cues"]["values"])
    t["said"] = words(data.get("attribution_cues", {}).get("values", []))
