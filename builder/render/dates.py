"""Dates as readers read them, at exactly the precision the event file gives.

"2023-09-13" is "Rabu, 13 September 2023"; "2023-07" is "Juli 2023"; "2019" is "2019". Month
and weekday names come from Babel's CLDR data for the site's locale, not from code.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date

from ..store.schema import Event, parse_partial_date

__all__ = ["format_event_date", "format_partial"]


def format_partial(value: str, locale: str, weekday: bool = True) -> str:
    """One date at its precision: day (with weekday), month or year."""
    year, month, day = parse_partial_date(value)
    if day is not None:
        pattern = "EEEE, d MMMM y" if weekday else "d MMMM y"
        return format_date(dt.date(year, month or 1, day), pattern, locale=locale)
    if month is not None:
        return format_date(dt.date(year, month, 1), "LLLL y", locale=locale)
    return str(year)


def _span(start: str, end: str, locale: str) -> str:
    """A span, sharing what both ends share: "18–20 Juni 2025", "30 Juni – 2 Juli 2025"."""
    y1, m1, d1 = parse_partial_date(start)
    y2, m2, d2 = parse_partial_date(end)
    if d1 and d2 and (y1, m1) == (y2, m2):
        tail = format_date(dt.date(y2, m2 or 1, d2), "MMMM y", locale=locale)
        return f"{d1}–{d2} {tail}"
    if d1 and d2 and y1 == y2:
        head = format_date(dt.date(y1, m1 or 1, d1), "d MMMM", locale=locale)
        return f"{head} – {format_partial(end, locale, weekday=False)}"
    if m1 and m2 and not d1 and not d2 and y1 == y2:
        head = format_date(dt.date(y1, m1, 1), "LLLL", locale=locale)
        return f"{head}–{format_partial(end, locale)}"
    first = format_partial(start, locale, weekday=False)
    return f"{first} – {format_partial(end, locale, weekday=False)}"


def format_event_date(event: Event, strings: dict, locale: str) -> str:
    """The date line of an event card: span, approximation and time included."""
    if event.end and event.end != event.date:
        text = _span(event.date, event.end, locale)
    else:
        text = format_partial(event.date, locale)
    if event.approximate:
        text = f"{strings['approximately']} {text}"
    if event.time:
        clock, _, zone = event.time.partition(" ")
        if locale.startswith("id"):
            clock = clock.replace(":", ".")
        zone = zone.strip()
        text += f", {clock}" + (f" {zone}" if zone else "")
    return text
