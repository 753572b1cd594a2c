"""Headline checks: what a reader would not accept of an event's title.

A headline is read alone, in a list of other headlines: it starts with a word (not a comma,
not the tail of a number), names who did something rather than "Ia" or "Mereka", does not
begin with a preposition or a connective left over from its sentence, is not cut off where
the sentence was short enough to say in full, does not end on "di" or "dan", and does not say
"akan" of something that has happened. The words come from ``headline_checks`` in
``builder/lang/<code>/events.yaml``; the evaluation counts titles with no flaw, and the merge
prefers, among the sentences of one event, one whose headline has none.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from ..lang import load_data
from .cues import get_cues

__all__ = ["FLAWS", "HeadlineChecks", "get_checks", "headline_flaws"]

#: Every flaw a headline can have, in the order they are reported.
FLAWS = (
    "short",
    "long",
    "start",
    "fragment",
    "pronoun",
    "speaker",
    "dangling",
    "cut",
    "repeat",
    "glued",
    "status",
    "reported",
)

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_GLUED = re.compile(r"[a-z]{2,}[A-Z][a-z]")
_SPEAKER = re.compile(r"^(?P<who>[^:]{1,80}?):(?:\s+(?P<what>.*))?$")


@dataclass(frozen=True)
class HeadlineChecks:
    """The compiled headline checks of one language."""

    code: str
    fragment_starts: frozenset[str]
    pronouns: frozenset[str]
    dangling: frozenset[str]
    camel_names: frozenset[str]
    min_words: int
    max_words: int
    #: A sentence this short (in words) can always be headlined without being cut off.
    short_sentence: int


@cache
def get_checks(code: str = "id") -> HeadlineChecks:
    """The headline checks of language ``code`` (Indonesian when it has none)."""
    data = load_data(code, "events") or load_data("id", "events")
    checks = data.get("headline_checks") or load_data("id", "events")["headline_checks"]
    title = data.get("title", {})
    return HeadlineChecks(
        code=code,
        fragment_starts=frozenset(w.lower() for w in checks.get("fragment_starts", [])),
        pronouns=frozenset(w.lower() for w in checks.get("pronouns", [])),
        dangling=frozenset(w.lower() for w in title.get("dangling", [])),
        camel_names=frozenset(checks.get("camel_names", [])),
        min_words=int(checks.get("min_words", 3)),
        max_words=int(checks.get("max_words", 14)),
        short_sentence=int(checks.get("short_sentence", 25)),
    )


def _first_word(text: str) -> str:
    m = _WORD.match(text.strip())
    return m.group(0).lower() if m else ""


def headline_flaws(
    title: str, summary: str = "", status: str | None = None, code: str = "id"
) -> list[str]:
    """The flaws of ``title`` (names from :data:`FLAWS`); an empty list for a good headline.

    Args:
        title: The headline.
        summary: The sentence it was made from: a short one needs no "…".
        status: The event's status: a happened event's headline must not say "akan".
        code: The language.
    """
    checks = get_checks(code)
    flaws: list[str] = []
    text = title.strip()
    cut = text.endswith("…")
    body = text.rstrip("… ").strip()
    words = body.split()
    speaker = _SPEAKER.match(body)
    # A speaker's name makes no headline long enough of one word cut from what he said
    # ("Lilik Pudjiastuti: dobel", of "... sudah ada dualisme, sudah dobel"); a word said
    # alone is a whole reply ("Jusuf Kalla: Kemungkinan", "Johanis Tanak: Iya").
    what_words = (speaker.group("what") or "").split() if speaker else []
    if (
        len(words) < checks.min_words
        or (len(what_words) == 1 and what_words[0][:1].islower())
        or (speaker and not what_words)  # nothing said ("Juru Bicara KPK Budi Prasetyo:")
    ):
        flaws.append("short")
    if len(words) > checks.max_words:
        flaws.append("long")
    first = text[:1]
    # "87 penerbangan dibatalkan" is a headline; "24, juru bicara ..." is not.
    quantity = re.match(r"^\d[\d.,]*%?\s+[^\W\d_]", text) and not re.match(r"^\d+[,;:]", text)
    if not (first.isalpha() and first.isupper()) and not quantity:
        flaws.append("start")
    lead = speaker.group("who") if speaker else body
    first_word = _first_word(lead)
    if first_word in checks.fragment_starts:
        flaws.append("fragment")
    elif first_word in checks.pronouns:
        flaws.append("pronoun")
    cues = get_cues(code)
    if speaker:
        who, what = speaker.group("who").strip(), (speaker.group("what") or "").strip()
        said = _first_word(what)
        if (
            not who[:1].isupper()
            or first_word in checks.fragment_starts | checks.pronouns
            or not what
            or what.lower().startswith(who.lower())
            or said in checks.fragment_starts
            # What was said does not open with the verb that reports it ("Duta Besar:
            # menyampaikan kepada Washington, ...").
            or cues.reporting.match(what)
        ):
            flaws.append("speaker")
    if words and words[-1].lower().strip(",.;:") in checks.dangling:
        flaws.append("dangling")
    if cut and len(summary.split()) <= checks.short_sentence:
        flaws.append("cut")
    lowered = [w.lower().strip(",.;:") for w in words]
    if any(a == b and a.isalpha() for a, b in itertools.pairwise(lowered)):
        flaws.append("repeat")
    if any(_GLUED.search(w) and w.strip(",.;:()") not in checks.camel_names for w in words):
        flaws.append("glued")
    # "Kepala Otoritas Bandara Wilayah II Medan, Asri Santosa menjelaskan, informasi ...": a
    # title in apposition, who said it, then the start of what; the opening of a sentence.
    said = cues.reporting.search(body)
    if not speaker and said and ", " in body[: said.start()] and body[said.end() :][:1] == ",":
        flaws.append("reported")
    # What someone said ("X: Kami akan ...") may speak of a plan; a headline's own words
    # ("KTT kemungkinan akan berlangsung", "X menyebutkan KTT akan ...") may not, of what has
    # happened.
    if status == "happened" and not speaker and cues.status(body) in ("planned", "expected"):
        flaws.append("status")
    return flaws
