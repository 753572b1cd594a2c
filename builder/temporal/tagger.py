"""The temporal tagger: find every temporal expression in a text and resolve it.

Matching and resolution are two passes. First every rule of the language is run over the
text and the longest non-overlapping matches are kept. Then, left to right, each match is
resolved against the publication date (or the date last mentioned, for clock times and
"keesokan harinya"), with the tense of its clause deciding which way a bare weekday or
month points.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from ..sentences import split_sentences
from .lexicon import _alternation, _norm
from .mention import Mention, precision_of
from .resolve import Context, resolve
from .rules import Blocker, Rule, RuleSet, load_rules
from .triggers import DIGIT, YEAR, token_key

__all__ = ["Tagger", "get_tagger", "tag"]


class Tagger:
    """Tags texts of one language. Build once (compiles the rules), use many times."""

    def __init__(self, code: str = "id", prefilter: bool = True):
        self.code = code
        self.prefilter = prefilter
        self.rules: RuleSet = load_rules(code)
        lex = self.rules.lexicon
        frag = lex.fragments
        self._tense = re.compile(rf"(?<!\w)(?:{frag['tense']})(?!\w)")
        self._approx = re.compile(rf"(?<!\w)(?:{frag['approx']})\s+$")
        self._approx_at = re.compile(rf"(?:{frag['approx']})\s")
        before = "|".join(re.escape(w) for w in lex.quantity_before)
        self._quantity_before = re.compile(rf"(?<!\w)(?:{before})\s*$") if before else None
        self._digit_start = re.compile(r"^\d")
        self._trigger_sets = {item.triggers for item in (*self.rules.rules, *self.rules.blockers)}
        self._sets_of: dict[str, list[frozenset[str]]] = {}
        for triggers in self._trigger_sets:
            for key in triggers:
                self._sets_of.setdefault(key, []).append(triggers)
        # One scan finds every token some rule waits for; the other tokens are never looked at.
        words = sorted(k for k in self._sets_of if k not in (DIGIT, YEAR))
        # Lower case, capitalised and upper case, as the rules' own word lists are written.
        self._trigger_token = re.compile(
            rf"(?<![^\W\d_])(?:{_alternation(words, 'any')})(?![^\W\d_])|(?<!\d)\d+"
        )
        links = _alternation(lex.date_links, "any") if lex.date_links else None
        # What may stand between a clock time and the date it belongs to, when the date is
        # written after it ("pukul 20.00 waktu setempat pada Jumat (20/6)").
        self._link = re.compile(rf"\s*,?\s*(?:{links}\s+)*$" if links else r"\s*,?\s*$")

    # -- matching --------------------------------------------------------------------------
    def _candidates(self, text: str) -> list[tuple[int, int, int, Rule, re.Match[str]]]:
        found = []
        windows = self._windows(text)
        blocked = [m.span() for b in self.rules.blockers for m in _finditer(b, text, windows)]
        for index, rule in enumerate(self.rules.rules):
            has_span = "span" in rule.regex.groupindex
            for m in _finditer(rule, text, windows):
                start, end = m.span("span") if has_span and m.group("span") else m.span()
                if end <= start:
                    continue
                if rule.unless_before and rule.unless_before.search(
                    text, max(0, m.start() - 40), m.start()
                ):
                    continue
                if rule.unless_after and rule.unless_after.match(text, m.end()):
                    continue
                if any(s < end and start < e for s, e in blocked):
                    continue
                # "sekitar", "hampir" before a mention belong to it (and make it approximate);
                # taking them in before choosing lets "sekitar 10 tahun lalu" beat
                # "sekitar 10 tahun".
                approx = self._approx.search(text, max(0, start - 24), start)
                if approx:
                    start = approx.start()
                found.append((start, end, index, rule, m))
        return found

    def _windows(self, text: str) -> dict[frozenset[str], list[tuple[int, int]]] | None:
        """Where each set of triggers occurs: the only stretches a rule needs to look at."""
        if not self.prefilter:
            return None
        by_token: dict[str, list[int]] = {}
        for m in self._trigger_token.finditer(text):
            by_token.setdefault(m.group(), []).append(m.start())
        starts: dict[frozenset[str], list[int]] = {t: [] for t in self._trigger_sets}
        for token, where in by_token.items():
            for triggers in self._sets_of.get(token_key(token), ()):
                starts[triggers].extend(where)
        out: dict[frozenset[str], list[tuple[int, int]]] = {}
        for triggers, found in starts.items():
            found.sort()
            spans: list[tuple[int, int]] = []
            for p in found:
                lo, hi = max(0, p - _BEFORE), p + _AFTER
                if spans and lo <= spans[-1][1]:
                    spans[-1] = (spans[-1][0], hi)
                else:
                    spans.append((lo, hi))
            # A window ends on white space, so a match ending there sees the same next
            # character as in the whole text.
            out[triggers] = [(lo, _space_after(text, hi)) for lo, hi in spans]
        return out

    @staticmethod
    def _select(found: list[tuple[int, int, int, Rule, re.Match[str]]]):
        # Longest match first; at equal length the higher priority, then the earlier rule
        # in the file, so the outcome never depends on dictionary or set order.
        found.sort(key=lambda c: (-(c[1] - c[0]), -c[3].priority, c[0], c[2]))
        taken: list[tuple[int, int]] = []
        chosen = []
        for cand in found:
            start, end = cand[0], cand[1]
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            chosen.append(cand)
        chosen.sort(key=lambda c: c[0])
        return chosen

    # -- context ---------------------------------------------------------------------------
    def _tense_before(self, text: str, sent_start: int, start: int) -> str | None:
        last = None
        for m in self._tense.finditer(text, sent_start, start):
            last = m
        if last is None:
            return None
        return self.rules.lexicon.tense_cues.get(_norm(last.group(0)))

    # -- public ----------------------------------------------------------------------------
    def tag(self, text: str, published: dt.date) -> list[Mention]:
        """Every temporal mention in ``text``, in order, resolved against ``published``."""
        chosen = self._select(self._candidates(text))
        if not chosen:
            return []
        sentences = split_sentences(text, self.code)
        sent_starts = [s.start for s in sentences]
        mentions: list[Mention] = []
        previous: dt.date | None = None
        reference: tuple[int, int | None, int | None] | None = None
        named_days: dict[int, dt.date] = {}
        si = 0
        for start, end, _index, rule, m in chosen:
            if (
                self._quantity_before
                and self._digit_start.match(text[start:end])
                and self._quantity_before.search(text, max(0, start - 12), start)
            ):
                continue  # "Rp 2024", "nomor 2019": a quantity, not a year
            while si + 1 < len(sent_starts) and sent_starts[si + 1] <= start:
                si += 1
            sent_start = sent_starts[si] if sent_starts and sent_starts[si] <= start else 0
            ctx = Context(
                published=published,
                previous=previous,
                tense=self._tense_before(text, sent_start, start),
                reference=reference,
                named_days=named_days,
            )
            if rule.anchor == "reference" and reference is not None:
                base = ctx.reference_anchor("month")
                if base is not None:
                    ctx.published = base
            res = resolve(rule.kind, m, self.rules.lexicon, ctx)
            if res is None:
                continue
            if rule.anchor == "reference" and ctx.published != published:
                res.anchor, res.anchor_value = "previous", ctx.published
            if res.type in ("DATE", "TIME"):
                reference = _reference(res.value) or reference
            modifiers = list(res.modifiers)
            if start < m.start() or self._approx_at.match(text, start):
                modifiers.insert(0, "APPROX")
            if res.day is not None:
                previous = res.day
                if res.anchor == "none" and abs((res.day - published).days) <= _NAMED_DAY_REACH:
                    named_days[res.day.isoweekday()] = res.day
            mentions.append(
                Mention(
                    start=start,
                    end=end,
                    text=text[start:end],
                    type=res.type,
                    value=res.value,
                    precision=precision_of(res.value),
                    modifiers=tuple(dict.fromkeys(modifiers)),
                    end_value=res.end_value,
                    timezone=res.timezone,
                    anchor=res.anchor,
                    anchor_value=res.anchor_value.isoformat() if res.anchor_value else None,
                    rule=rule.name,
                    tense=res.tense,
                    weekday=res.weekday,
                    yearless=res.yearless,
                    conflict=res.conflict,
                )
            )
        mentions = self._times_before_their_date(text, mentions)
        return self._recurring_times(text, _days_with_their_date(text, mentions))

    def _recurring_times(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A clock time right after a recurrence ("setiap hari pukul 19.15") is on no one day."""
        out = list(mentions)
        for i in range(1, len(out)):
            m, before = out[i], out[i - 1]
            if (
                m.type == "TIME"
                and m.anchor in ("previous", "published")
                and before.type == "SET"
                and m.value
                and not text[before.end : m.start].strip(" ,")
            ):
                out[i] = _recurring_time(m)
        return out

    def _times_before_their_date(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A clock time written just before its date takes that date, not the one before."""
        out = list(mentions)
        for i, m in enumerate(out[:-1]):
            after = out[i + 1]
            if (
                m.type != "TIME"
                or m.anchor == "none"
                or after.type != "DATE"
                or after.precision not in ("day", "partofday")
                or not self._link.match(text[m.end : after.start])
                or not m.value
                or not after.value
            ):
                continue
            day = after.value[:10]
            end = None
            if m.end_value:
                # Keep the range's length: it may run past midnight into the next day.
                shift = dt.date.fromisoformat(m.end_value[:10]) - dt.date.fromisoformat(
                    m.value[:10]
                )
                end = (dt.date.fromisoformat(day) + shift).isoformat() + m.end_value[10:]
            out[i] = replace(
                m, value=day + m.value[10:], end_value=end, anchor="following", anchor_value=day
            )
        return out


#: A day written in full this close to the publication date settles its bare weekday.
_NAMED_DAY_REACH = 7

#: How far a match may reach before and after the trigger it contains (characters).
_BEFORE = 32
_AFTER = 48
_SPACE = re.compile(r"\s")


def _space_after(text: str, pos: int) -> int:
    if pos >= len(text):
        return len(text)
    m = _SPACE.search(text, pos)
    return m.start() if m else len(text)


def _finditer(item: Rule | Blocker, text: str, windows) -> Iterator[re.Match[str]]:
    if windows is None:
        yield from item.regex.finditer(text)
        return
    for lo, hi in windows[item.triggers]:
        yield from item.regex.finditer(text, lo, hi)


_APPOSITION = re.compile(r"\s*[,(]?\s*$")


def _days_with_their_date(text: str, mentions: list[Mention]) -> list[Mention]:
    """A day word followed by its date ("Hari itu, Senin, 16 Juni 2025") is that date."""
    out = list(mentions)
    for i, m in enumerate(out[:-1]):
        after = out[i + 1]
        if (
            m.type == "DATE"
            and m.anchor in ("published", "previous")
            and m.precision in ("day", "partofday")
            and after.type == "DATE"
            and after.anchor == "none"
            and after.precision in ("day", "partofday")
            and after.value
            and m.value
            and _APPOSITION.match(text[m.end : after.start])
        ):
            value = after.value[:10] + m.value[10:]
            out[i] = replace(m, value=value, anchor="following", anchor_value=after.value[:10])
    return out


def _recurring_time(m: Mention) -> Mention:
    end = "XXXX-XX-XX" + m.end_value[10:] if m.end_value else None
    return replace(
        m,
        value="XXXX-XX-XX" + (m.value or "")[10:],
        end_value=end,
        anchor="none",
        anchor_value=None,
    )


def _reference(value: str | None) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of a calendar value at its own precision, else None."""
    if not value or not value[:4].isdigit() or (len(value) > 4 and value[4] != "-"):
        return None
    parts = value[:10].split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        day = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() else None
    except ValueError:
        return None
    return year, month, day


@cache
def get_tagger(code: str = "id") -> Tagger:
    """The shared tagger of language ``code`` (compiled once per process)."""
    return Tagger(code)


def tag(text: str, published: dt.date, code: str = "id") -> list[Mention]:
    """Tag ``text`` with the tagger of language ``code``."""
    return get_tagger(code).tag(text, published)
