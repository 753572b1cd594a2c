"""Turn what a rule captured into a TIMEX3 value, against an anchor date.

Underspecified expressions ("Senin (11/9)", "bulan Juli", "Rabu", "tiga hari lalu") are
resolved here, in a pass separate from matching, against the publication date or the date
last mentioned. The direction of a bare weekday or month comes from words in the mention
("lalu", "mendatang") first, then from the tense of its clause, else the past (news reports
what happened).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .lexicon import DIRECTIONS, Lexicon, _norm

__all__ = ["Context", "Resolved", "resolve"]

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(text: str) -> int | None:
    total = 0
    prev = 0
    for ch in reversed(text.upper()):
        if ch not in _ROMAN:
            return None
        val = _ROMAN[ch]
        total = total - val if val < prev else total + val
        prev = max(prev, val)
    return total


@dataclass
class Context:
    """What resolution may look at besides the matched words."""

    published: dt.date
    previous: dt.date | None = None
    #: The weekday written with the date last mentioned ("Selasa" in "Selasa pukul 06.00").
    previous_weekday: int | None = None
    tense: str | None = None
    #: The last calendar value mentioned, at its precision: (year, month or None, day or None).
    reference: tuple[int, int | None, int | None] | None = None
    #: Days the text has already named with their weekday near the publication date: a bare
    #: "Sabtu" after "Sabtu (21/6/2025)" is that Saturday, whichever way the clause points.
    named_days: dict[int, dt.date] = field(default_factory=dict)
    #: A word before a bare weekday made it the nearest such day ("hingga Rabu").
    nearest: bool = False

    def reference_anchor(self, unit: str) -> dt.date | None:
        """The date last mentioned, if it is precise enough to count ``unit`` from."""
        if self.reference is None:
            return None
        year, month, day = self.reference
        need_day = unit in ("day", "week")
        need_month = unit in ("month", "quarter") or need_day
        if (need_month and month is None) or (need_day and day is None):
            return None
        if not dt.MINYEAR <= year <= dt.MAXYEAR:
            return None
        return dt.date(year, month or 1, day or 1)


@dataclass
class Resolved:
    type: str
    value: str
    end_value: str | None = None
    modifiers: list[str] = field(default_factory=list)
    timezone: str | None = None
    anchor: str = "none"
    anchor_value: dt.date | None = None
    tense: str | None = None
    conflict: dict[str, str] | None = None
    day: dt.date | None = None  # the calendar day this mention names, if it names one
    weekday: int | None = None
    yearless: bool = False


class _Groups:
    """Matched groups by name, merging the numbered copies of a repeated placeholder."""

    def __init__(self, match: re.Match[str]):
        self._d: dict[str, str] = {}
        for name, val in match.groupdict().items():
            if val is None:
                continue
            base = name.split("__")[0]
            self._d.setdefault(base, val)

    def get(self, name: str) -> str | None:
        return self._d.get(name)

    def __contains__(self, name: str) -> bool:
        return name in self._d


def _direction(g: _Groups) -> str | None:
    for key in DIRECTIONS:
        if key in g:
            return key
    return None


#: Which way a named month or weekday points for each kind of direction word.
_WAY = {"past": "past", "future": "future", "later": "future", "prior": "past", "next": "future"}


def _week_value(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def _valid(year: int, month: int, day: int) -> dt.date | None:
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


#: How many days from the publication date a date whose month or year was written wrong
#: may be read as ("Rabu (11/6/2026)" in an article of 19 June 2025 is the 11th).
SLIP_DAYS = 14


def _slipped(date: dt.date, weekday: int, published: dt.date) -> dt.date | None:
    """The day a weekday that disagrees with its figures means when the figures' month or
    year slipped (a template's: "Senin (16/5/2025)" written on Monday 16 June 2025, "Rabu
    (18/6/2026)" on Wednesday 18 June 2025): the one day of the same number, in the month or
    year of publication (or the month before), that falls on the weekday within
    ``SLIP_DAYS`` of publication; none when no day or several do."""
    previous = published.replace(day=1) - dt.timedelta(days=1)
    found = set()
    for year in {date.year, published.year, previous.year}:
        for month in {date.month, published.month, previous.month}:
            if (year, month) == (date.year, date.month):
                continue
            day = _valid(year, month, date.day)
            if (
                day is not None
                and day.isoweekday() == weekday
                and abs((day - published).days) <= SLIP_DAYS
            ):
                found.add(day)
    return found.pop() if len(found) == 1 else None


#: Days before the anchor that a day written without a year in a sentence about the future
#: may be, and still be this year's: a plan told after its day.
PLAN_SLACK_DAYS = 3


def _pick_year(
    month: int,
    day: int | None,
    anchor: dt.date,
    direction: str | None,
    weekday: int | None = None,
) -> int:
    """Year of a month (and day) written without one, read from the anchor.

    A day within ``SLIP_DAYS`` of the anchor is that nearest one, whatever weekday is
    written beside it: "Rabu (19/6)" written on 20 June 2025 is the day before, its weekday
    mistaken (a match told in local time), not 19 June 2024, a Wednesday. Further away, a
    weekday picks the year where they agree; otherwise the direction picks the nearest year
    on that side, and with no direction the nearest.
    """
    years = [anchor.year - 1, anchor.year, anchor.year + 1]

    def key(y: int) -> tuple[int, int, int]:
        return (y, month, day or 1)

    here = (anchor.year, anchor.month, anchor.day if day else 1)
    if weekday and day:
        near = [
            y for y in years if (d := _valid(y, month, day)) and abs((d - anchor).days) <= SLIP_DAYS
        ]
        if near:
            return near[0]
        agreeing = [y for y in years if (d := _valid(y, month, day)) and d.isoweekday() == weekday]
        if len(agreeing) == 1:
            return agreeing[0]
    if direction == "past":
        past = [y for y in years if key(y) <= here]
        return max(past)
    if direction == "future":
        # A plan told a few days after its day ("dijadwalkan untuk terbang ... tanggal 15
        # Juni", written on the 16th) is this year's, not next year's.
        soon = anchor - dt.timedelta(days=PLAN_SLACK_DAYS) if day else anchor
        future = [y for y in years if key(y) >= (soon.year, soon.month, soon.day if day else 1)]
        return min(future)

    def distance(y: int) -> tuple[int, int]:
        a = anchor.toordinal()
        b = dt.date(y, month, min(day or 1, calendar.monthrange(y, month)[1])).toordinal()
        # Ties go to the past: news mostly reports what happened.
        return (abs(a - b), 0 if b <= a else 1)

    return min(years, key=distance)


def _weekday_date(
    weekday: int, anchor: dt.date, direction: str | None, tense: str | None, strict: bool
) -> dt.date:
    """The date of a weekday near the anchor: the past one unless told otherwise."""
    way = direction if direction in ("past", "future") else tense
    if way == "future":
        ahead = (weekday - anchor.isoweekday()) % 7
        if ahead == 0 and strict:
            ahead = 7
        return anchor + dt.timedelta(days=ahead)
    back = (anchor.isoweekday() - weekday) % 7
    if back == 0 and strict:
        back = 7
    return anchor - dt.timedelta(days=back)


def _two_digit_year(yy: int, published: dt.date) -> int:
    """The year of "(11/6/25)": in the publication's century, unless that is far in its future."""
    year = published.year // 100 * 100 + yy
    return year - 100 if year > published.year + 10 else year


def _with_part(value: str, part: str | None) -> str:
    return f"{value}T{part}" if part else value


def _resolve_date(g: _Groups, lex: Lexicon, ctx: Context) -> Resolved | None:
    year = int(g.get("yyyy")) if g.get("yyyy") else None
    if year is None and g.get("yy"):
        year = _two_digit_year(int(g.get("yy") or 0), ctx.published)
    name = g.get("month") or g.get("monthfull")
    month = lex.month(name) if name else (int(g.get("mm")) if g.get("mm") else None)
    day = int(g.get("dd")) if g.get("dd") else None
    weekday = lex.weekday(g.get("weekday")) if g.get("weekday") else None
    part = lex.parts_of_day.get(_norm(g.get("part") or "")) if g.get("part") else None
    direction = _direction(g)
    mod = lex.modifiers.get(_norm(g.get("mod") or "")) if g.get("mod") else None
    out = Resolved(type="DATE", value="")
    if mod:
        out.modifiers.append(mod)
    way = _WAY.get(direction or "", ctx.tense)
    if direction == "current":
        way = None

    out.weekday = weekday
    if year is None and g.get("yearrel"):
        # "Mei tahun lalu": the year comes from the publication date, not the month's nearness.
        year = ctx.published.year + {"past": -1, "future": 1}.get(direction or "", 0)
        out.anchor, out.anchor_value = "published", ctx.published
    if year is None and g.get("end_yyyy") and g.get("end_month") and month:
        # "21 Maret sampai 11 April 2025": one year written, at the end of the range.
        end_year = int(g.get("end_yyyy") or 0)
        year = end_year - (1 if lex.month(g.get("end_month") or "") < month else 0)
    if month and day:
        if year is None:
            year = _pick_year(month, day, ctx.published, way, weekday)
            out.anchor, out.anchor_value = "published", ctx.published
            out.tense = way
            out.yearless = True
        date = _valid(year, month, day)
        if date is None:
            return None
        out.value = _with_part(date.isoformat(), part)
        out.day = date
        if weekday and date.isoweekday() != weekday:
            shift = (weekday - date.isoweekday() + 3) % 7 - 3
            slipped = _slipped(date, weekday, ctx.published)
            other = slipped or date + dt.timedelta(days=shift)
            out.modifiers.append("WEEKDAY_CONFLICT")
            out.conflict = {
                "weekday": g.get("weekday") or "",
                "date_reading": date.isoformat(),
                "weekday_reading": other.isoformat(),
            }
            # A day word after it that names the weekday's day too ("Minggu (13/10/2025)
            # malam kemarin", written on Monday the 13th) outvotes the figures; so does a
            # month or year written wrong, when the right one gives the weekday.
            offset = lex.deictic_days.get(_norm(g.get("past") or ""))
            if slipped or (
                offset is not None and ctx.published + dt.timedelta(days=offset) == other
            ):
                out.value = _with_part(other.isoformat(), part)
                out.day = other
        end_day = int(g.get("end_dd")) if g.get("end_dd") else None
        if end_day:
            end_name = g.get("end_month")
            end_month = lex.month(end_name) if end_name else month
            if g.get("end_yyyy"):
                end_year = int(g.get("end_yyyy") or 0)
            else:
                end_year = year + (1 if end_month < month else 0)
            end = _valid(end_year, end_month, end_day)
            if end is None or end < date:
                return None
            out.end_value = end.isoformat()
        return out
    if month:
        if year is None:
            year = _pick_year(month, None, ctx.published, way)
            out.anchor, out.anchor_value = "published", ctx.published
            out.tense = way
        out.value = f"{year:04d}-{month:02d}"
        end_name = g.get("end_month")
        if end_name:
            end_month = lex.month(end_name)
            end_year = int(g.get("end_yyyy")) if g.get("end_yyyy") else year
            if (end_year, end_month) <= (year, month):
                return None
            out.end_value = f"{end_year:04d}-{end_month:02d}"
        elif g.get("end_yyyy"):
            # "April 2010 sampai 2030": each end at its own precision.
            end_year = int(g.get("end_yyyy") or 0)
            if end_year <= year:
                return None
            out.end_value = f"{end_year:04d}"
        return out
    if year:
        out.value = f"{year:04d}"
        if g.get("end_yyyy") or g.get("end_yy"):
            end_year = int(g.get("end_yyyy") or 0) or year // 100 * 100 + int(g.get("end_yy") or 0)
            if end_year <= year or (g.get("season") and end_year != year + 1):
                return None
            out.end_value = f"{end_year:04d}"
        return out
    if day:
        date = _valid(ctx.published.year, ctx.published.month, day)
        if date is None:
            return None
        out.value, out.day = date.isoformat(), date
        out.anchor, out.anchor_value = "published", ctx.published
        return out
    return None


def _resolve_weekday(g: _Groups, lex: Lexicon, ctx: Context) -> Resolved | None:
    weekday = lex.weekday(g.get("weekday") or "")
    part = lex.parts_of_day.get(_norm(g.get("part") or "")) if g.get("part") else None
    direction = _direction(g)
    unit = lex.unit(g.get("unit")) if g.get("unit") else None
    anchor = ctx.published
    out = Resolved(type="DATE", value="", anchor="published", anchor_value=anchor)
    out.weekday = weekday
    if direction in ("prior", "next"):
        anchor = ctx.reference_anchor("day") or anchor
        out.anchor, out.anchor_value = "previous", anchor
    if unit == "week":
        offset = {"past": -1, "future": 1, "prior": -1, "next": 1}.get(direction or "", 0)
        monday = anchor - dt.timedelta(days=anchor.isoweekday() - 1) + dt.timedelta(weeks=offset)
        date = monday + dt.timedelta(days=weekday - 1)
    elif direction in _WAY:
        date = _weekday_date(weekday, anchor, _WAY[direction or ""], None, strict=True)
    elif weekday in ctx.named_days:
        date = ctx.named_days[weekday]
        out.anchor, out.anchor_value = "previous", date
    elif ctx.nearest and ctx.tense is None:
        back = _weekday_date(weekday, anchor, "past", None, strict=False)
        ahead = _weekday_date(weekday, anchor, "future", None, strict=False)
        # Ties go to the past, as everywhere: news reports what happened.
        date = back if (anchor - back) <= (ahead - anchor) else ahead
    else:
        date = _weekday_date(weekday, anchor, None, ctx.tense, strict=False)
        out.tense = ctx.tense
    out.value = _with_part(date.isoformat(), part)
    out.day = date
    return out


def _resolve_time(g: _Groups, lex: Lexicon, ctx: Context) -> Resolved | None:
    if g.get("yyyy") or g.get("dd"):
        base = _resolve_date(g, lex, ctx)
        if base is None or base.day is None:
            return None
        date = base.day
        out = Resolved(
            type="TIME",
            value="",
            modifiers=base.modifiers,
            conflict=base.conflict,
            weekday=base.weekday,
            tense=base.tense,
            anchor=base.anchor,
            anchor_value=base.anchor_value,
            yearless=base.yearless,
        )
    elif g.get("weekday"):
        base = _resolve_weekday(g, lex, ctx)
        if base is None or base.day is None:
            return None
        date = base.day
        out = Resolved(
            type="TIME",
            value="",
            anchor=base.anchor,
            anchor_value=base.anchor_value,
            weekday=base.weekday,
            tense=base.tense,
        )
    elif ctx.previous:
        date = ctx.previous
        out = Resolved(
            type="TIME",
            value="",
            anchor="previous",
            anchor_value=date,
            weekday=ctx.previous_weekday,
        )
    else:
        date = ctx.published
        out = Resolved(type="TIME", value="", anchor="published", anchor_value=date)
    part = lex.parts_of_day.get(_norm(g.get("part") or "")) if g.get("part") else None

    def clock(hh: str | None, mm: str | None, day: dt.date) -> str | None:
        if hh is None:
            return None
        hour, minute = int(hh), int(mm or 0)
        if part in ("AF", "EV") and hour < 12:
            hour += 12
        # "pukul 24.00" is midnight at the end of the day, as TIMEX3 writes it (T24:00).
        if hour > 24 or (hour == 24 and minute):
            return None
        return f"{day.isoformat()}T{hour:02d}:{minute:02d}"

    value = clock(g.get("hh"), g.get("min"), date)
    if value is None:
        return None
    out.value = value
    out.end_value = clock(g.get("end_hh"), g.get("end_min"), date)
    if out.end_value and out.end_value < value:
        # "pukul 05.00 - 01.00 WIB": the range runs past midnight.
        out.end_value = clock(g.get("end_hh"), g.get("end_min"), date + dt.timedelta(days=1))
    out.day = date
    if g.get("tz"):
        out.timezone = lex.timezones.get(_norm(g.get("tz") or ""))
    return out


def _count(g: _Groups, lex: Lexicon) -> tuple[float | None, str | None]:
    """How many of which unit: "tiga hari" -> (3, "day"); "sepekan" -> (1, "week")."""
    se = g.get("seunit")
    if se:
        return 1.0, lex.unit(se[2:])
    unit_word = g.get("unit") or g.get("dateunit")
    unit = lex.unit(unit_word) if unit_word else None
    num = g.get("num")
    return (lex.number(num) if num else None), unit


def _shift(anchor: dt.date, unit: str, n: int, mod: str | None) -> tuple[str, dt.date | None]:
    if unit == "day":
        day = anchor + dt.timedelta(days=n)
        return day.isoformat(), day
    if unit == "week":
        monday = anchor - dt.timedelta(days=anchor.isoweekday() - 1) + dt.timedelta(weeks=n)
        if mod == "END":
            return _week_value(monday) + "-WE", None
        return _week_value(monday), None
    if unit == "month":
        y, m = _add_months(anchor.year, anchor.month, n)
        return f"{y:04d}-{m:02d}", None
    if unit == "quarter":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + n
        return f"{index // 4:04d}-Q{index % 4 + 1}", None
    if unit == "year":
        return f"{anchor.year + n:04d}", None
    if unit == "decade":
        return f"{(anchor.year + 10 * n) // 10:03d}", None
    if unit == "century":
        return f"{(anchor.year + 100 * n) // 100:02d}", None
    raise ValueError(unit)


def _resolve_relative(g: _Groups, lex: Lexicon, ctx: Context) -> Resolved | None:
    anchor = ctx.published
    out = Resolved(type="DATE", value="", anchor="published", anchor_value=anchor)
    part = lex.parts_of_day.get(_norm(g.get("part") or "")) if g.get("part") else None
    if g.get("deictic"):
        day = anchor + dt.timedelta(days=lex.deictic_days[_norm(g.get("deictic") or "")])
        out.value, out.day = _with_part(day.isoformat(), part), day
        return out
    if g.get("deicticpart"):
        offset, part = lex.deictic_parts[_norm(g.get("deicticpart") or "")]
        day = anchor + dt.timedelta(days=offset)
        out.value, out.day = _with_part(day.isoformat(), part), day
        return out
    if g.get("weekend"):
        out.value = _week_value(anchor) + "-WE"
        return out
    mod = lex.modifiers.get(_norm(g.get("mod") or "")) if g.get("mod") else None
    direction = _direction(g)
    num, unit = _count(g, lex)
    if unit is None:
        return None
    sign = {"past": -1, "future": 1, "prior": -1, "next": 1}.get(direction or "", 0)
    has_count = g.get("num") is not None or g.get("seunit") is not None
    if direction in ("prior", "next"):
        # "tahun sebelumnya", "tiga hari kemudian": counted from the date last mentioned.
        base = ctx.reference_anchor(unit)
        if base is not None:
            anchor = base
            out.anchor, out.anchor_value = "previous", base
        elif has_count and num is not None:
            # "50 tahun kemudian" with no date of that precision before it: counted from an
            # event the text does not date, so only the amount of time is known (counting from
            # the publication date made years like 2075 out of "dirahasiakan sampai 50 tahun
            # kemudian").
            return _resolve_duration(g, lex, ctx)
    if has_count:
        if num is None:
            out.value = "PAST_REF" if sign < 0 else "FUTURE_REF"
            return out
        if num != int(num):
            return None
        n = sign * int(num)
    else:
        n = sign
    out.value, out.day = _shift(anchor, unit, n, mod)
    if mod and not (unit == "week" and mod == "END"):
        out.modifiers.append(mod)
    return out


def _resolve_anaphoric(g: _Groups, lex: Lexicon, ctx: Context) -> Resolved | None:
    base = ctx.previous or ctx.published
    word = _norm(g.get("anaphoric") or "")
    day = base + dt.timedelta(days=lex.anaphoric_days[word])
    return Resolved(
        type="DATE",
        value=_with_part(day.isoformat(), lex.day_parts.get(word)),
        anchor="previous" if ctx.previous else "published",
        anchor_value=base,
        day=day,
    )


def _resolve_duration(g: _Groups, lex: Lexicon, ctx: Context) -> Resolved | None:
    num, unit = _count(g, lex)
    if unit is None:
        return None
    letter = lex.unit_timex[unit]
    prefix = "PT" if unit in ("hour", "minute", "second") else "P"

    def amount(n: float | None) -> str:
        if n is None:
            return "X"
        return str(int(n)) if n == int(n) else f"{n:g}"

    out = Resolved(type="DURATION", value=f"{prefix}{amount(num)}{letter}")
    if g.get("end_num"):
        end = lex.number(g.get("end_num") or "")
        if end is None or num is None or end <= num:
            return None
        out.end_value = f"{prefix}{amount(end)}{letter}"
    return out


def _resolve_set(g: _Groups, lex: Lexicon, ctx: Context) -> Resolved | None:
    if g.get("part"):  # "setiap pagi": every morning
        return Resolved(
            type="SET", value=f"XXXX-XX-XXT{lex.parts_of_day[_norm(g.get('part') or '')]}"
        )
    if g.get("weekday"):
        out = Resolved(type="SET", value=f"XXXX-WXX-{lex.weekday(g.get('weekday') or '')}")
        if g.get("end_weekday"):  # "Senin-Jumat"
            out.end_value = f"XXXX-WXX-{lex.weekday(g.get('end_weekday') or '')}"
        return out
    unit = lex.unit(g.get("unit") or "")
    prefix = "PT" if unit in ("hour", "minute", "second") else "P"
    count = lex.number(g.get("num") or "") if g.get("num") else 1  # "setiap lima tahun"
    if count is None or count != int(count) or count < 1:
        return None
    return Resolved(type="SET", value=f"{prefix}{int(count)}{lex.unit_timex[unit]}")


def _resolve_ref(g: _Groups, lex: Lexicon, ctx: Context) -> Resolved | None:
    return Resolved(type="DATE", value=lex.references[_norm(g.get("ref") or "")])


def _resolve_decade(g: _Groups, lex: Lexicon, ctx: Context) -> Resolved | None:
    digits = g.get("decade") or ""
    if len(digits) == 2:
        digits = ("19" if int(digits) >= 30 else "20") + digits
    return Resolved(type="DATE", value=digits[:3])


def _resolve_century(g: _Groups, lex: Lexicon, ctx: Context) -> Resolved | None:
    raw = g.get("num") or ""
    number = int(raw) if raw.isdigit() else _roman(raw)
    if not number:
        return None
    return Resolved(type="DATE", value=f"{number - 1:02d}")


def _resolve_quarter(g: _Groups, lex: Lexicon, ctx: Context) -> Resolved | None:
    year = int(g.get("yyyy")) if g.get("yyyy") else ctx.published.year
    out = Resolved(type="DATE", value="")
    if not g.get("yyyy"):
        out.anchor, out.anchor_value = "published", ctx.published
        # "kuartal III tahun ini", "kuartal I tahun depan"
        year += {"past": -1, "future": 1}.get(_direction(g) or "", 0)
    for key, letter, top in (("quarter", "Q", 4), ("half", "H", 2)):
        raw = g.get(key)
        if raw is None:
            continue
        number = (
            int(raw)
            if raw.isdigit()
            else lex.ordinals.get(_norm(raw)) or _roman(raw) or int(lex.number(raw) or 0)
        )
        if not 1 <= number <= top:
            return None
        out.value = f"{year:04d}-{letter}{number}"
        return out
    return None


_KINDS: dict[str, Callable[[_Groups, Lexicon, Context], Resolved | None]] = {
    "date": _resolve_date,
    "time": _resolve_time,
    "weekday": _resolve_weekday,
    "relative": _resolve_relative,
    "anaphoric": _resolve_anaphoric,
    "duration": _resolve_duration,
    "set": _resolve_set,
    "ref": _resolve_ref,
    "decade": _resolve_decade,
    "century": _resolve_century,
    "quarter": _resolve_quarter,
}


def resolve(kind: str, match: re.Match[str], lex: Lexicon, ctx: Context) -> Resolved | None:
    """Resolve one match of a rule of ``kind``; ``None`` when it names no real date."""
    groups = _Groups(match)
    try:
        out = _KINDS[kind](groups, lex, ctx)
    except (KeyError, ValueError, OverflowError):
        # A word the lexicon does not map, or a calendar overflow: not a date we can name.
        return None
    if out is not None and out.type in ("DATE", "TIME") and _OUT_OF_CALENDAR.match(out.value):
        # Counted past year 1 or 9999 ("1980 tahun lalu" written in 1979): no calendar date.
        return None
    if out is not None and out.tense is None and out.type in ("DATE", "TIME"):
        # Every date says which way its clause points, even one that needs no help to be read
        # ("akan berlangsung pada Rabu, 18 Juni 2025"): a word of its own ("Jumat (20/6) lalu")
        # first, then the clause's cue.
        out.tense = _TENSE_OF.get(_direction(groups) or "") or ctx.tense
    return out


#: A DATE or TIME value past the calendar's ends: a signed year, year 0, or five digits
#: (the good ones start with a year 0001-9999, a decade "202", a century "20" or a word
#: such as PRESENT_REF).
_OUT_OF_CALENDAR = re.compile(r"[-+]|\d{5}|0000")

#: The tense a direction word inside a mention gives it.
_TENSE_OF = {"past": "past", "future": "future", "later": "future"}
