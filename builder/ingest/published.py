"""Finding an article's publication date, and saying where it came from.

Every relative date in an article ("Selasa pekan lalu", "kemarin") is resolved against the
publication date, so a wrong one corrupts the whole timeline. The order of trust:

1. a date set by the editor in the front matter (never overwritten);
2. metadata that came with the article (HTML meta tags, a JSON Lines field);
3. a dateline in the header, if the body agrees with it: a page's date widget or a list of
   related stories carries dates that are not the article's, and a body that reports
   "Senin (11/9)" (no year) was not written eight months later;
4. inferred from the article's own dated statements: a weekday that agrees with a day and
   month fixes the year; the latest date the article reports as past is the earliest it can
   have been written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..temporal import Mention, get_tagger

__all__ = ["Published", "find_published"]

#: A date written without its year is recent: within this many days of publication.
YEARLESS_WINDOW = 75


@dataclass(frozen=True)
class Published:
    """A publication date and the evidence for it."""

    date: dt.date | None
    source: str  # editor | metadata | dateline | inferred | unknown
    evidence: str | None = None

    @property
    def is_inferred(self) -> bool:
        return self.source in ("inferred", "corroborated")


def _dateline_dates(datelines: list[str], code: str) -> list[tuple[dt.date, str]]:
    tagger = get_tagger(code)
    out = []
    for line in datelines:
        for m in tagger.tag(line, dt.date(2000, 1, 1)):
            if m.anchor == "none" and m.value and m.precision in ("day", "minute", "hour"):
                out.append((dt.date.fromisoformat(m.value[:10]), line))
                break
    return out


def _calendar_mentions(body: str, anchor: dt.date, code: str) -> list[Mention]:
    return [
        m
        for m in get_tagger(code).tag(body, anchor)
        if m.value and m.precision in ("day", "partofday", "hour", "minute")
    ]


def _implausible(body: str, candidate: dt.date, code: str) -> str | None:
    """Why ``candidate`` cannot be this body's publication date, or ``None``."""
    for m in _calendar_mentions(body, candidate, code):
        day = dt.date.fromisoformat((m.value or "")[:10])
        if m.yearless and abs((day - candidate).days) > YEARLESS_WINDOW:
            return (
                f"the body writes {m.text!r} without a year, which cannot be "
                f"{(candidate - day).days} days before publication"
            )
    return None


def _infer(body: str, upper: dt.date | None, code: str) -> Published:
    """The latest date the body reports as past, with yearless dates placed by weekday."""
    tagger = get_tagger(code)
    # Any anchor works for absolute dates; yearless ones are re-placed below.
    probe = upper or dt.date(2100, 1, 1)
    mentions = tagger.tag(body, probe)
    years = [
        int(m.value[:4])
        for m in mentions
        if m.anchor == "none"
        and m.value
        and m.value[:4].isdigit()
        and m.tense != "future"
        and m.type in ("DATE", "TIME")
        and not m.value.startswith("P")
    ]
    lower_year = max(years) if years else None
    dated: list[tuple[dt.date, str]] = []
    for m in mentions:
        if m.tense == "future" or not m.value or m.precision not in ("day", "partofday", "minute"):
            continue
        day = dt.date.fromisoformat(m.value[:10])
        if m.anchor == "none":
            if upper and day > upper:
                continue
            dated.append((day, f"{m.text!r} reported as past"))
        elif m.yearless and m.weekday:
            low = lower_year or (upper.year - 10 if upper else 1990)
            high = upper.year if upper else low + 10
            agreeing = [
                y
                for y in range(low, high + 1)
                if _safe_date(y, day.month, day.day)
                and _safe_date(y, day.month, day.day).isoweekday() == m.weekday  # type: ignore[union-attr]
            ]
            if agreeing:
                year = agreeing[-1] if upper else agreeing[0]
                placed = dt.date(year, day.month, day.day)
                dated.append((placed, f"{m.text!r}: the weekday agrees with {placed.isoformat()}"))
    if not dated:
        return Published(None, "unknown", "no dated statement in the text")
    latest = max(dated)
    return Published(latest[0], "inferred", f"latest dated statement: {latest[1]}")


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_published(
    body: str,
    datelines: list[str],
    meta_date: dt.date | None = None,
    meta_source: str | None = None,
    code: str = "id",
) -> Published:
    """The publication date of an article, with where it came from."""
    if meta_date is not None:
        source = meta_source if meta_source in ("editor", "metadata") else "metadata"
        return Published(
            meta_date, source, None if source == "editor" else "given with the article"
        )
    rejected: list[str] = []
    upper: dt.date | None = None
    for day, line in _dateline_dates(datelines, code):
        why = _implausible(body, day, code)
        if why is None:
            return Published(day, "dateline", f"dateline {line!r}")
        rejected.append(f"{line!r} rejected: {why}")
        # A date shown on the page bounds the article's date from above.
        upper = day if upper is None else max(upper, day)
    found = _infer(body, upper, code)
    if rejected:
        evidence = "; ".join([*(e for e in [found.evidence] if e), *rejected])
        return Published(found.date, found.source, evidence)
    return found
