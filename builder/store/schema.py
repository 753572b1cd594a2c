"""The event file: the contract between editors, the extractor, the site and its tests.

One YAML file per event in ``timeline/<yyyy>/<id>.yaml``. Field names ``date``, ``status``,
``title``, ``summary``, ``sources[].article`` and ``sources[].quote`` are read by outside
evaluation and are never renamed.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = [
    "DATE_PATTERN",
    "Conflict",
    "Event",
    "Source",
    "Status",
    "date_precision",
    "parse_partial_date",
]

Status = Literal["happened", "planned", "expected"]

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_DATE = re.compile(DATE_PATTERN)
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(\s+\S.*)?$")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,119}$")


def parse_partial_date(value: str) -> tuple[int, int | None, int | None]:
    """``"2023"``, ``"2023-09"`` or ``"2023-09-13"`` as (year, month, day); raises ValueError."""
    if not _DATE.match(value):
        raise ValueError("expected YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in value.split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else None
    day = parts[2] if len(parts) > 2 else None
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"month {month:02d} does not exist")
    if day is not None:
        try:
            dt.date(year, month or 1, day)
        except ValueError:
            raise ValueError(f"{value} is not a day of the calendar") from None
    return year, month, day


def date_precision(value: str) -> str:
    """``day``, ``month`` or ``year``: what the written date says, never more."""
    return {1: "year", 2: "month", 3: "day"}[len(value.split("-"))]


def _date_key(value: str, end: bool = False) -> tuple[int, int, int]:
    year, month, day = parse_partial_date(value)
    if end:
        month = month or 12
        day = day or (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
        return (year, month, day)
    return (year, month or 1, day or 1)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Source(_Model):
    """An article that reports the event, and the sentence it says it in."""

    article: str = Field(description="Id of the article: content/articles/<article>.md")
    quote: str = Field(min_length=1, description="The sentence, verbatim from the article")
    said: str | None = Field(default=None, description="The date words as written")

    @field_validator("article")
    @classmethod
    def _article_id(cls, v: str) -> str:
        if "/" in v or "\\" in v or v.startswith(".") or not v:
            raise ValueError("expected an article id (a file name in content/articles/, no path)")
        return v


class Conflict(_Model):
    """A source that dates the event differently."""

    article: str
    date: str
    said: str | None = None
    quote: str | None = None
    note: str | None = None

    @field_validator("date")
    @classmethod
    def _check_date(cls, v: str) -> str:
        parse_partial_date(v)
        return v


class Event(_Model):
    """One dated happening, with every source that reports it."""

    id: str = Field(description="Stable id; never derived again from an edited title")
    date: str = Field(description="YYYY | YYYY-MM | YYYY-MM-DD: precision is what is written")
    end: str | None = Field(default=None, description="Last day of a span, same forms as date")
    time: str | None = Field(default=None, description='"HH:MM" with an optional zone')
    approximate: bool = False
    status: Status = "happened"
    title: str = Field(min_length=1)
    summary: str = ""
    actors: list[str] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    hidden: bool = Field(default=False, description="Editor's 'this is wrong': kept, never shown")
    same_as: str | None = Field(default=None, description="Id of the event this one duplicates")
    origin: Literal["extracted", "manual"] = "extracted"
    sources_reason: str | None = Field(
        default=None, description="Why a hand-made event cites no article (with sources: [])"
    )

    @field_validator("id")
    @classmethod
    def _check_id(cls, v: str) -> str:
        if not _ID.match(v):
            raise ValueError("expected lower-case letters, digits and hyphens (no path)")
        return v

    @field_validator("date", "end", mode="before")
    @classmethod
    def _coerce_date(cls, v: Any) -> Any:
        # YAML reads 2023-09-13 as a date and 2023 as an int; both mean what they say.
        if isinstance(v, dt.date):
            return v.isoformat()
        if isinstance(v, int) and not isinstance(v, bool):
            return f"{v:04d}"
        return v

    @field_validator("date", "end")
    @classmethod
    def _check_date(cls, v: str | None) -> str | None:
        if v is not None:
            parse_partial_date(v)
        return v

    @field_validator("time", mode="before")
    @classmethod
    def _coerce_time(cls, v: Any) -> Any:
        if isinstance(v, int) and not isinstance(v, bool):
            # YAML 1.1 reads 06:00 as sexagesimal 360.
            return f"{v // 60:02d}:{v % 60:02d}"
        return v

    @field_validator("time")
    @classmethod
    def _check_time(cls, v: str | None) -> str | None:
        if v is not None and not _TIME.match(v):
            raise ValueError('expected "HH:MM", optionally followed by a zone')
        return v

    @model_validator(mode="after")
    def _check_event(self) -> Event:
        if self.end is not None and _date_key(self.end, end=True) < _date_key(self.date):
            raise ValueError(f"end {self.end} is before date {self.date}")
        if not self.sources and not self.sources_reason and not self.hidden:
            raise ValueError(
                "an event cites at least one source; a hand-made event without one needs "
                "'sources_reason'"
            )
        return self

    # -- helpers -----------------------------------------------------------------------------
    @property
    def precision(self) -> str:
        return date_precision(self.date)

    def sort_key(self) -> tuple[tuple[int, int, int], int, str]:
        """Chronological order: earliest possible day first; at the same start a vaguer date
        (a month) before a precise one (a day in it), then by id for a stable tie-break."""
        return (_date_key(self.date), len(self.date), self.id)

    def year(self) -> int:
        return int(self.date[:4])
