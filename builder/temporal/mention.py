"""A temporal mention: one date, time, duration or recurrence found in a text."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Mention", "precision_of"]

_PRECISIONS = [
    (re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d"), "minute"),
    (re.compile(r"^\d{4}-\d\d-\d\dT\d\d"), "hour"),
    (re.compile(r"^\d{4}-\d\d-\d\dT[A-Z]{2}$"), "partofday"),
    (re.compile(r"^\d{4}-\d\d-\d\d$"), "day"),
    (re.compile(r"^\d{4}-W\d\d-WE$"), "weekend"),
    (re.compile(r"^\d{4}-W\d\d$"), "week"),
    (re.compile(r"^\d{4}-\d\d$"), "month"),
    (re.compile(r"^\d{4}-Q\d$"), "quarter"),
    (re.compile(r"^\d{4}-H\d$"), "half"),
    (re.compile(r"^\d{4}$"), "year"),
    (re.compile(r"^\d{3}$"), "decade"),
    (re.compile(r"^\d{2}$"), "century"),
]


def precision_of(value: str | None) -> str | None:
    """The precision a TIMEX3 value is written at: ``2023-09`` is a month, never more."""
    if value is None:
        return None
    if value.startswith("P"):
        return "duration"
    if value.endswith("_REF"):
        return "reference"
    if value.startswith("XXXX"):
        return "set"
    for pattern, name in _PRECISIONS:
        if pattern.match(value):
            return name
    return None


@dataclass(frozen=True)
class Mention:
    """A temporal expression with its span in the text and its resolved value.

    Attributes:
        start: Character offset where the expression starts.
        end: Character offset just past its end.
        text: The expression exactly as written (``text[start:end]``).
        type: TIMEX3 type: DATE, TIME, DURATION or SET.
        value: TIMEX3 value (``2023-09-12``, ``2023-09``, ``2023-W36``, ``P17M``, ``PAST_REF``).
        precision: What the value is written at: day, month, year, week, minute, duration ...
        modifiers: APPROX, START, MID, END, WEEKDAY_CONFLICT.
        end_value: Last value of a range ("18-20 Juni 2025"), else ``None``.
        timezone: UTC offset ("+07:00") or "local" when the text gives one.
        anchor: What the value was resolved against: "published", "previous" (the date last
            mentioned), "following" (a clock time or a day word whose date is written after
            it: "pukul 20.00 pada Jumat (20/6)", "Hari itu, Senin, 16 Juni 2025", or a quoted
            "hari ini" whose attribution gives the day it was said: '"... hari ini ...," kata
            dia, Senin (16/6)') or "none".
        anchor_value: The date of that anchor, when one was used.
        rule: The name of the rule that matched.
        tense: "future" or "past": for a date or a time, which way its clause points, from a
            direction word of its own ("Jumat (20/6) lalu") or else the nearest tense cue before
            it in its sentence ("akan berlangsung pada Rabu, 18 Juni 2025"), whether or not that
            was needed to read the value; ``None`` when nothing says.
        weekday: ISO number of the weekday the text names beside the date, if any.
        yearless: True for a day and month written without a year ("Senin (11/9)").
        conflict: For a weekday that contradicts its date, both readings.
    """

    start: int
    end: int
    text: str
    type: str
    value: str | None
    precision: str | None
    modifiers: tuple[str, ...] = ()
    end_value: str | None = None
    timezone: str | None = None
    anchor: str = "none"
    anchor_value: str | None = None
    rule: str = ""
    tense: str | None = None
    weekday: int | None = None
    yearless: bool = False
    conflict: dict[str, str] | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        """The mention as a plain dict, in the field order of ``timeline tag``."""
        data = asdict(self)
        data["modifiers"] = list(self.modifiers)
        data["end_value"] = self.end_value
        return data

    @property
    def is_calendar(self) -> bool:
        """True for a mention that names a point or span on the calendar."""
        return self.type in ("DATE", "TIME") and self.precision not in (None, "reference")
