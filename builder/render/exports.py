"""Downloads: the visible timeline as JSON (TimelineJS3), CSV and iCalendar."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from ..store import Store
from ..store.schema import Event, parse_partial_date

__all__ = ["export_csv", "export_ics", "export_json"]


def _outlets(store: Store, event: Event) -> list[str]:
    out = []
    for s in event.sources:
        art = store.articles.get(s.article)
        name = (art.outlet if art else None) or s.article
        if name not in out:
            out.append(name)
    return out


def _tl_date(value: str) -> dict[str, str]:
    year, month, day = parse_partial_date(value)
    out = {"year": str(year)}
    if month:
        out["month"] = str(month)
    if day:
        out["day"] = str(day)
    return out


def export_json(store: Store, events: list[Event], title: str) -> str:
    """TimelineJS3 JSON: loads in TimelineJS as it is; every event keeps its id and status."""
    items = []
    for e in events:
        item = {
            "unique_id": e.id,
            "start_date": _tl_date(e.date),
            "text": {"headline": e.title, "text": e.summary},
            "group": e.status,
        }
        if e.end:
            item["end_date"] = _tl_date(e.end)
        if e.approximate:
            item["display_date"] = None
        item = {k: v for k, v in item.items() if v is not None}
        item["linimasa"] = {
            "date": e.date,
            "end": e.end,
            "time": e.time,
            "approximate": e.approximate,
            "status": e.status,
            "actors": e.actors,
            "places": e.places,
            "sources": [s.model_dump(mode="json") for s in e.sources],
            "outlets": _outlets(store, e),
        }
        items.append(item)
    doc = {"title": {"text": {"headline": title, "text": ""}}, "events": items}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def export_csv(store: Store, events: list[Event]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(
        [
            "id",
            "date",
            "end",
            "time",
            "approximate",
            "status",
            "title",
            "summary",
            "actors",
            "places",
            "outlets",
            "articles",
            "quotes",
        ]
    )
    for e in events:
        writer.writerow(
            [
                e.id,
                e.date,
                e.end or "",
                e.time or "",
                str(e.approximate).lower(),
                e.status,
                e.title,
                e.summary,
                "; ".join(e.actors),
                "; ".join(e.places),
                "; ".join(_outlets(store, e)),
                "; ".join(s.article for s in e.sources),
                " | ".join(s.quote for s in e.sources),
            ]
        )
    return buf.getvalue()


def _ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """RFC 5545 line folding at 75 octets."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, current = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(current) + len(b) > (75 if not parts else 74):
            parts.append(current.decode("utf-8"))
            current = b""
        current += b
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def export_ics(store: Store, events: list[Event]) -> str:
    """iCalendar with every event dated to the day (all-day entries; no timestamps)."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Linimasa//timeline//ID",
        "CALSCALE:GREGORIAN",
    ]
    for e in events:
        year, month, day = parse_partial_date(e.date)
        if day is None:
            continue
        start = dt.date(year, month or 1, day)
        last = start
        if e.end:
            ey, em, ed = parse_partial_date(e.end)
            if ed:
                last = dt.date(ey, em or 1, ed)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{e.id}@linimasa",
            f"DTSTAMP:{start.strftime('%Y%m%d')}T000000Z",
            f"DTSTART;VALUE=DATE:{start.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(last + dt.timedelta(days=1)).strftime('%Y%m%d')}",
            _fold(f"SUMMARY:{_ics_escape(e.title)}"),
            _fold(f"DESCRIPTION:{_ics_escape(e.summary)}"),
            f"STATUS:{'CONFIRMED' if e.status == 'happened' else 'TENTATIVE'}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"
