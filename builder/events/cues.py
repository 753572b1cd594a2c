"""The cues that turn a dated sentence into an event: status, citations, clauses, titles.

All words come from ``builder/lang/<code>/events.yaml``; this module only compiles them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang import load_data

__all__ = ["Cues", "get_cues"]


def _words(words: list[str]) -> re.Pattern[str]:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    alt = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ordered)
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)


@dataclass
class Cues:
    code: str
    expected: re.Pattern[str]
    planned: re.Pattern[str]
    happened: re.Pattern[str]
    citation: re.Pattern[str]
    span: re.Pattern[str]
    clause_breaks: list[str]
    reporting: re.Pattern[str]
    drop_leading: re.Pattern[str]
    drop_words: re.Pattern[str]
    cut_before: list[str]
    date_preps: re.Pattern[str]
    max_words: int
    dangling: frozenset[str]
    complementizer: re.Pattern[str]

    def status(self, clause: str) -> str | None:
        """The status a clause's own words give, or ``None`` when they give none."""
        if self.expected.search(clause):
            return "expected"
        if self.planned.search(clause):
            return "planned"
        if self.happened.search(clause):
            return "happened"
        return None

    def clause_around(self, sentence: str, start: int, end: int) -> tuple[int, int]:
        """Bounds of the clause of ``sentence`` that holds the span ``start:end``."""
        lo, hi = 0, len(sentence)
        lower = sentence.lower()
        for brk in self.clause_breaks:
            i = lower.rfind(brk, 0, start)
            if i >= 0:
                lo = max(lo, i + len(brk))
            j = lower.find(brk, end)
            if j >= 0:
                hi = min(hi, j)
        return lo, hi


@cache
def get_cues(code: str = "id") -> Cues:
    data = load_data(code, "events") or load_data("id", "events")
    status = data["status"]
    title = data["title"]
    return Cues(
        code=code,
        expected=_words(status["expected"]),
        planned=_words(status["planned"]),
        happened=_words(status["happened"]),
        citation=re.compile(
            rf"(?:{_words(data['citation_cues']).pattern})[^.;]{{0,60}}$", re.IGNORECASE
        ),
        span=re.compile(rf"(?:{_words(data['span_cues']).pattern})\s+$", re.IGNORECASE),
        clause_breaks=[b.lower() for b in data["clause_breaks"]],
        reporting=_words(data["reporting_verbs"]),
        drop_leading=re.compile(
            rf"^(?:(?:{_words(title['drop_leading']).pattern})\s*,?\s*)+", re.IGNORECASE
        ),
        drop_words=_words(title["drop_words"]),
        cut_before=[c.lower() for c in title["cut_before"]],
        date_preps=re.compile(
            rf"(?:(?:{_words(title['date_prepositions']).pattern})\s+)+$", re.IGNORECASE
        ),
        max_words=int(title.get("max_words", 14)),
        dangling=frozenset(w.lower() for w in title.get("dangling", [])),
        complementizer=_words(title.get("complementizers", ["bahwa"])),
    )
