"""The temporal tagger: find every temporal expression in a text and resolve it.

Matching and resolution are two passes. First every rule of the language is run over the
text and the longest non-overlapping matches are kept. Then, left to right, each match is
resolved against the publication date (or the date last mentioned, for clock times and
"keesokan harinya"), with the tense of its clause deciding which way a bare weekday or
month points.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from itertools import chain

from ..sentences import sentence_starts
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
        nearest = _alternation(lex.weekday_nearest, "any") if lex.weekday_nearest else None
        self._nearest = re.compile(rf"(?<!\w){nearest}\s+(?:(?i:hari)\s+)?$") if nearest else None
        # A statement's date: an attribution word, a few words (a name, a place), the date;
        # a written release's, the same after a release word.
        self._said = _ending_after(lex.attribution_cues)
        said = lex.attribution_cues + lex.report_verbs
        self._said_word = (
            re.compile(rf"(?<!\w)(?:{_alternation(said, 'any')})(?!\w)") if said else None
        )
        self._released = _ending_after(lex.release_cues)
        habit = _alternation(lex.habitual_cues, "any") if lex.habitual_cues else None
        self._habit = re.compile(rf"(?<!\w)(?:{habit})(?!\w)") if habit else None
        before = "|".join(re.escape(w) for w in lex.quantity_before)
        self._quantity_before = re.compile(rf"(?<!\w)(?:{before})\s*$") if before else None
        self._digit_start = re.compile(r"^\d")
        self._trigger_sets = {item.triggers for item in (*self.rules.rules, *self.rules.blockers)}
        self._anaphoric = frozenset(r.name for r in self.rules.rules if r.kind == "anaphoric")
        self._token_keys: dict[str, str] = {}
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
        # The same words may stand between a recurrence and its clock time ("setiap malam, mulai
        # pukul 24.00-05.00 Wita").
        self._set_link = re.compile(rf"[\s,:]*(?:{links}\s+)*$" if links else r"[\s,:]*$")
        # What stands between two dates of a list ("29 April dan 21 Mei 2024", "3 Juni, 11
        # Juni, dan 17 Juni 2025").
        joins = _alternation(lex.list_joins, "any") if lex.list_joins else None
        self._list_gap = (
            re.compile(rf"\s*,?\s*(?:(?:{joins})\s+)?", re.IGNORECASE) if joins else None
        )

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
        keys = self._token_keys
        at: dict[str, list[int]] = {}
        for m in self._trigger_token.finditer(text):
            token = m.group()
            key = keys.get(token)
            if key is None:
                key = token_key(token)
                if token.isalpha():  # numbers are endless; words come from the rules' lists
                    keys[token] = key
            at.setdefault(key, []).append(m.start())
        # Windows are merged once per trigger token, then per set from those: a digit, in
        # every article many times over, is looked at once, not once per rule waiting for one.
        by_key = {key: _merge(where) for key, where in at.items()}
        ends: dict[int, int] = {}
        out: dict[frozenset[str], list[tuple[int, int]]] = {}
        for triggers in self._trigger_sets:
            lists = [by_key[k] for k in triggers if k in by_key]
            if not lists:
                out[triggers] = []
                continue
            spans = lists[0] if len(lists) == 1 else _merge_spans(sorted(chain(*lists)))
            # A window ends on white space, so a match ending there sees the same next
            # character as in the whole text.
            windows = []
            for lo, hi in spans:
                end = ends.get(hi)
                if end is None:
                    end = ends[hi] = _space_after(text, hi)
                windows.append((lo, end))
            out[triggers] = windows
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
        """The tense of the nearest cue before ``start`` in its clause.

        A quotation mark bounds the clause: in '"... akan terus tumbuh," kata Bamsoet, Selasa
        (10/6/2025)' the "akan" belongs to the quoted words, not to the day they were said. So
        does an attribution word ("Shopify mengonfirmasi rencana ..., Cointelegraph
        melaporkan pada hari Jumat": the report of a plan was made last Friday).
        """
        quote = max(text.rfind(q, sent_start, start) for q in _QUOTE_MARKS)
        begin = max(sent_start, quote + 1)
        if self._said_word is not None:
            for m in self._said_word.finditer(text, begin, start):
                begin = m.end()
        last = None
        for m in self._tense.finditer(text, begin, start):
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
        sent_starts = sentence_starts(text, self.code, until=max(c[0] for c in chosen))
        mentions, deictic = self._resolve_all(text, published, chosen, sent_starts, {})
        speech = _speech_days(text, mentions, deictic, published)
        if speech:
            # A quoted "hari ini" is the day the words were said: read everything again, so
            # that what counts from it (a clock time after it) counts from that day too.
            mentions, _ = self._resolve_all(text, published, chosen, sent_starts, speech)
        mentions = self._times_before_their_date(text, mentions)
        mentions = self._recurring_times(
            text, _weekdays_after_their_date(text, _days_with_their_date(text, mentions))
        )
        # "Keesokan harinya" counts from the day the text last told of, or the date written
        # after it ("Hari itu, Senin, 16 Juni 2025"); with neither, from no day at all (the
        # publication's next day is not the story's).
        mentions = [
            m for m in mentions if not (m.rule in self._anaphoric and m.anchor == "published")
        ]
        mentions = self._years_of_lists(text, mentions)
        return self._habitual(text, mentions, sent_starts)

    def _years_of_lists(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A day or a month written without its year before one of a list written with it
        ("pada 29 April dan 21 Mei 2024", "3 Juni, 11 Juni, dan 17 Juni 2025", "pada Januari
        dan Mei 2025") is of that year, not the one nearest the publication date."""
        if self._list_gap is None:
            return mentions
        out = list(mentions)
        for k in range(len(out) - 2, -1, -1):
            m, nxt = out[k], out[k + 1]
            # A month's year read from the publication date is as unwritten as a day's.
            unwritten = m.yearless or (m.precision == "month" and m.anchor == "published")
            if not (
                unwritten
                and m.weekday is None
                and m.precision in ("day", "month")
                and nxt.type == "DATE"
                and not nxt.yearless
                and nxt.anchor == "none"
                and nxt.precision == m.precision
                # Not across a new year ("Desember dan Januari 2026"): the list's order is
                # the calendar's within one year.
                and m.value[5:7] <= nxt.value[5:7]
                and self._list_gap.fullmatch(text, m.end, nxt.start)
            ):
                continue
            year = nxt.value[:4]
            if m.precision == "month":
                value = f"{year}{m.value[4:7]}"
            else:
                try:
                    value = dt.date.fromisoformat(f"{year}{m.value[4:10]}").isoformat()
                except ValueError:
                    continue
            out[k] = replace(
                m,
                value=value + m.value[len(value) :],
                anchor="none",
                anchor_value=None,
                tense=None,
                yearless=False,
            )
        return out

    def _resolve_all(
        self,
        text: str,
        published: dt.date,
        chosen: list,
        sent_starts: list[int],
        speech: dict[int, dt.date],
    ) -> tuple[list[Mention], set[int]]:
        """Resolve the chosen matches left to right; also the starts of deictic day words."""
        mentions: list[Mention] = []
        deictic: set[int] = set()
        previous: dt.date | None = None
        previous_weekday: int | None = None
        # The day of the last statement's attribution: a clock time counts from it only when
        # the text has named no other day.
        said_day: dt.date | None = None
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
                previous=previous or said_day,
                previous_weekday=previous_weekday if previous else None,
                tense=self._tense_before(text, sent_start, start),
                reference=reference,
                named_days=named_days,
                nearest=bool(
                    rule.kind == "weekday"
                    and self._nearest
                    and self._nearest.search(text, max(0, start - 30), start)
                ),
            )
            if rule.anchor == "reference" and reference is not None:
                base = ctx.reference_anchor("month")
                if base is not None:
                    ctx.published = base
            if start in speech:
                ctx.published = speech[start]
            res = resolve(rule.kind, m, self.rules.lexicon, ctx)
            if res is None:
                continue
            if start in speech:
                res.anchor, res.anchor_value = "following", speech[start]
            elif rule.anchor == "reference" and ctx.published != published:
                res.anchor, res.anchor_value = "previous", ctx.published
            if rule.kind == "relative" and res.day is not None and _is_deictic(m):
                deictic.add(start)
            written = res.anchor == "none" or res.yearless
            said = res.day is not None and written and self._is_said(text, sent_start, start, end)
            # A written release's day is counted from ("sehari sebelumnya") only when the story
            # has named no day of its own: "Bali Indah Cultural Park ... baru diresmikan sehari
            # sebelumnya" after a forum "Selasa (17/6)" and "kata Fadli dalam keterangan
            # tertulis, Kamis (19/6/2025)" is the 16th.
            released = (
                said
                and previous is not None
                and self._released is not None
                and bool(self._released.search(text, max(sent_start, start - _SAID_REACH), start))
            )
            # "Keesokan harinya" with no day told before it dates nothing: no day for a later
            # one to count from either. It is kept until both passes are done (and dropped in
            # ``tag``): the second finds the date written after it ("Hari itu, Senin, 16 Juni
            # 2025") from the first's mentions.
            unanchored = rule.kind == "anaphoric" and res.anchor == "published"
            if res.type in ("DATE", "TIME") and not released and not unanchored:
                reference = _reference(res.value) or reference
            modifiers = list(res.modifiers)
            if start < m.start() or self._approx_at.match(text, start):
                modifiers.insert(0, "APPROX")
            if res.day is not None and not unanchored:
                if said:
                    said_day = res.day
                elif not (mentions and _GLOSS.fullmatch(text, mentions[-1].end, start)):
                    # A gloss in brackets right after a mention ("pukul 05.00 - 01.00 WIB (hari
                    # berikutnya)") says something of that mention; the story stays on its day.
                    previous = res.day
                    previous_weekday = res.weekday if res.type == "DATE" else None
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
        return mentions, deictic

    def _is_said(self, text: str, sent_start: int, start: int, end: int) -> bool:
        """True for the date of a statement: after an attribution word, ending its sentence."""
        if self._said is None or not _SENTENCE_END.match(text, end):
            return False
        return bool(self._said.search(text, max(sent_start, start - _SAID_REACH), start))

    def _habitual(
        self, text: str, mentions: list[Mention], sent_starts: list[int]
    ) -> list[Mention]:
        """A time or date that needs a day or a year, told as a habit, is on no one day.

        "penutupan jalan yang biasanya pukul 06.00 WIB" (a habit adverb earlier in the clause,
        with no tense cue after it), "dikeluarkan setiap tengah bulan yakni per tanggal 15" (a
        recurrence earlier in the sentence).
        """
        out = list(mentions)
        for i, m in enumerate(out):
            if not _needs_a_day(m):
                continue
            at = bisect.bisect_right(sent_starts, m.start) - 1
            sent_start = sent_starts[at] if at >= 0 else 0
            recurrence = any(
                o.type == "SET" and sent_start <= o.start and o.end <= m.start for o in out[:i]
            ) or (
                # "tanggal 19 Juni setiap tahunnya"
                m.type == "DATE"
                and i + 1 < len(out)
                and out[i + 1].type == "SET"
                and not text[m.end : out[i + 1].start].strip()
            )
            if recurrence or self._habit_before(text, sent_start, m.start):
                out[i] = _generic(m)
        return out

    def _habit_before(self, text: str, sent_start: int, start: int) -> bool:
        """A habit adverb in the clause before ``start``, with no tense cue after it."""
        if self._habit is None:
            return False
        clause = max(sent_start, *(text.rfind(c, sent_start, start) + 1 for c in ",;:("))
        last = max((h.end() for h in self._habit.finditer(text, clause, start)), default=None)
        return last is not None and self._tense.search(text, last, start) is None

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
                and self._set_link.match(text[before.end : m.start])
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


_GLOSS = re.compile(r"\s*\(\s*")

#: How far before a date its attribution word may stand ("kata Kepala Dinas ... , Rabu (18/6)").
_SAID_REACH = 120


def _ending_after(words: list[str]) -> re.Pattern[str] | None:
    """One of ``words``, then up to the end of the text searched no sentence end and no
    quotation mark ("kata Fadli dalam keterangan tertulis, " before a date); None without
    words."""
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{_alternation(words, 'any')})(?!\w)[^.\n\"“”]*$")


#: What ends a statement's date: the end of the sentence or of the paragraph.
_SENTENCE_END = re.compile(r"\s*\)?\s*(?:[.!?\n]|$)")

#: A day written in full this close to the publication date settles its bare weekday.
_NAMED_DAY_REACH = 7

#: How far a match may reach before and after the trigger it contains (characters).
_BEFORE = 32
_AFTER = 48
_SPACE = re.compile(r"\s")


def _merge(positions: list[int]) -> list[tuple[int, int]]:
    """The windows around trigger positions (in order), overlapping ones merged."""
    spans: list[tuple[int, int]] = []
    for p in positions:
        lo, hi = max(0, p - _BEFORE), p + _AFTER
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted windows with the overlapping ones merged."""
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        if out and lo <= out[-1][1]:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


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
            and (
                _APPOSITION.match(text[m.end : after.start])
                or _same_weekday_near(m, after, text[m.end : after.start])
            )
        ):
            value = after.value[:10] + m.value[10:]
            out[i] = replace(m, value=value, anchor="following", anchor_value=after.value[:10])
    return out


#: A comma and nothing else: what stands between a date and its weekday set off after it.
_COMMA_ONLY = re.compile(r"\s*,\s*$")


def _weekdays_after_their_date(text: str, mentions: list[Mention]) -> list[Mention]:
    """A weekday set off by a comma right after a date written in full that falls on it
    ("pada tanggal 1 Juli 2025, hari Selasa, akan dipertemukan kembali") only names that
    date's weekday: one mention of that date, not the Tuesday after the day of writing."""
    out: list[Mention] = []
    for m in mentions:
        before = out[-1] if out else None
        if (
            before is not None
            and m.rule == "weekday"
            and m.anchor == "published"
            and before.type == "DATE"
            and before.anchor == "none"
            and before.precision == "day"
            and before.end_value is None
            and _COMMA_ONLY.match(text[before.end : m.start])
            and m.weekday is not None
            and _weekday_of(before.value) == m.weekday
        ):
            out[-1] = replace(before, end=m.end, text=text[before.start : m.end])
            continue
        out.append(m)
    return out


def _weekday_of(value: str | None) -> int | None:
    """The ISO weekday of a value's day; none when it names no day."""
    try:
        return dt.date.fromisoformat((value or "")[:10]).isoweekday()
    except ValueError:
        return None


#: The most characters between a weekday and a date of that weekday that still name it
#: ("Sabtu menjelang tengah malam, 12 April 2025").
_WEEKDAY_REACH = 40


def _same_weekday_near(day: Mention, after: Mention, between: str) -> bool:
    """Whether a weekday and the date a few words after it, in one sentence, are one day:
    the date falls on that weekday ("pada Sabtu menjelang tengah malam, 12 April 2025")."""
    if not day.weekday or len(between) > _WEEKDAY_REACH or re.search(r"[.!?;]", between):
        return False
    return _weekday_of(after.value) == day.weekday


def _is_deictic(m: re.Match[str]) -> bool:
    """True for a match of a day word counted from today ("hari ini", "kemarin", "malam ini")."""
    return any(
        v and k.split("__")[0] in ("deictic", "deicticpart") for k, v in m.groupdict().items()
    )


_QUOTE_MARKS = ('"', "“", "”")
_OPEN_QUOTES = "“"
_CLOSE_QUOTES = "”"
_QUOTES = re.compile(r'["“”]')
#: How far after a closing quote its attribution's date may be ('," kata ..., Senin (16/6)').
_ATTRIBUTION_REACH = 250


def _speech_days(
    text: str, mentions: list[Mention], deictic: set[int], published: dt.date
) -> dict[int, dt.date]:
    """The day each quoted day word was said, when the quote's attribution gives another day.

    '"Hasil RUPS hari ini ...," ungkap Direktur Keuangan, Senin (17/6/2025).' in an article
    dated the 18th: the "hari ini" is the 17th. Only a day word inside a quotation counts, and
    only a date written after the closing quote in the same paragraph, with no other quotation
    between them.
    """
    out: dict[int, dt.date] = {}
    for m in mentions:
        if m.start not in deictic:
            continue
        para_start = text.rfind("\n", 0, m.start) + 1
        para_end = text.find("\n", m.end)
        para_end = len(text) if para_end < 0 else para_end
        before = text[para_start : m.start]
        straight = before.count('"')
        curly_open = sum(before.count(q) for q in _OPEN_QUOTES)
        curly_close = sum(before.count(q) for q in _CLOSE_QUOTES)
        if straight % 2 == 0 and curly_open <= curly_close:
            continue  # not inside a quotation
        close = _QUOTES.search(text, m.end, para_end)
        if close is None:
            continue
        for said in mentions:
            if said.start <= close.start() or said.start >= min(
                para_end, close.end() + _ATTRIBUTION_REACH
            ):
                continue
            if _QUOTES.search(text, close.end(), said.start):
                break  # another quotation begins first
            if (
                said.type == "DATE"
                and (said.anchor == "none" or said.yearless)
                and said.precision in ("day", "partofday")
            ):
                day = dt.date.fromisoformat((said.value or "")[:10])
                if day != published:
                    out[m.start] = day
                break
    return out


def _needs_a_day(m: Mention) -> bool:
    """A mention read from the context: a clock time with no day written, a yearless date."""
    if not m.value:
        return False
    if m.type == "TIME":
        return m.anchor in ("previous", "published")
    if m.type != "DATE" or (m.tense and m.rule not in _MONTH_PART_RULES):
        return False
    return m.yearless or m.rule in _MONTH_PART_RULES


#: Rules naming a day or a part of a month with no month written ("tanggal 15", "awal bulan"):
#: each month's, in a habit.
_MONTH_PART_RULES = frozenset({"modified_month_unit", "day_of_month"})


def _generic(m: Mention) -> Mention:
    """The mention as a generic value: "XXXX-XX-XXT06:00", "XXXX-06-22", "XXXX-XX-15"."""
    value, end = m.value or "", m.end_value
    if m.type == "TIME":
        value, end = "XXXX-XX-XX" + value[10:], ("XXXX-XX-XX" + end[10:] if end else None)
    elif m.rule in _MONTH_PART_RULES:
        value, end = "XXXX-XX" + value[7:], None
    else:
        value, end = "XXXX" + value[4:], ("XXXX" + end[4:] if end else None)
    return replace(m, value=value, end_value=end, anchor="none", anchor_value=None)


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
    """(year, month, day) of a calendar value at its own precision, else None.

    Only a value with a year of four digits counts: a decade ("199") or a century ("20") is
    no year to count "tiga tahun kemudian" from.
    """
    if (
        not value
        or len(value) < 4
        or not value[:4].isdigit()
        or (len(value) > 4 and value[4] != "-")
    ):
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
