"""Downloads: the visible timeline as JSON (TimelineJS3), CSV and iCalendar.

- ``timeline.json`` follows TimelineJS3's documented JSON (``title``, ``events`` of slides with
  ``start_date``/``end_date`` objects of string parts, ``text.headline``/``text.text`` as
  HTML, ``group``, ``display_date``, ``unique_id``), so TimelineJS loads it as it is. Each
  slide also carries a ``linimasa`` object with the event's own fields, which TimelineJS
  ignores and other tools can read.
- ``timeline.csv`` has one row per event.
- ``timeline.ics`` (RFC 5545) has the events dated to the day, happened and planned: a
  calendar cannot say "some day in July", so month- and year-dated events are left out
  rather than pinned to a day nobody reported. Every entry is all-day: a time "waktu
  setempat" has no zone a calendar could convert, so it goes in the description.

Nothing here reads the clock: DTSTAMP is the latest publication date of the event's sources.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
from urllib.parse import urlsplit

from ..store import Store
from ..store.schema import Event, parse_partial_date
from .context import Context, SiteOptions
from .dates import format_event_date, format_partial

__all__ = [
    "export_csv",
    "export_ics",
    "export_json",
    "timeline_csv",
    "timeline_ics",
    "timeline_json",
]


def _context(store: Store, options: SiteOptions | None) -> Context:
    return Context(store, options or SiteOptions())


def _url(ctx: Context, event: Event) -> str | None:
    """The event's absolute address on the published site, when the site URL is known."""
    if not ctx.opts.site_url:
        return None
    base = ctx.opts.site_url.rstrip("/") + "/"
    page = ctx.layout.page_of[event.id].removesuffix(".md") + ".html"
    return f"{base}{page}#{event.id}"


# -- TimelineJS3 -------------------------------------------------------------------------
def _tl_date(value: str, time: str | None = None) -> dict[str, str]:
    year, month, day = parse_partial_date(value)
    out = {"year": str(year)}
    if month:
        out["month"] = str(month)
    if day:
        out["day"] = str(day)
        if time:
            hour, minute = time.split(" ", 1)[0].split(":")
            out["hour"], out["minute"] = str(int(hour)), str(int(minute))
    return out


def _tl_text(ctx: Context, event: Event) -> str:
    s = ctx.s
    esc = html.escape
    parts = []
    if event.summary:
        parts.append(f"<p>{esc(event.summary)}</p>")
    items = []
    for src in ctx.sources_of(event):
        art = ctx.article(src.article)
        outlet = esc(ctx.outlet_name(art))
        title = esc(art.title if art else src.article)
        when = ""
        if art and art.published:
            when = f" ({esc(format_partial(art.published.isoformat(), ctx.locale, False))})"
        if art and art.url and art.url.startswith(("http://", "https://")):
            title = f'<a href="{esc(art.url)}">{title}</a>'
        items.append(f"<li>{outlet}: {title}{when}<br><q>{esc(src.quote)}</q></li>")
    if items:
        parts.append(f"<p>{esc(s['source_list'])}:</p><ol>{''.join(items)}</ol>")
    for c in event.conflicts:
        art = ctx.article(c.article)
        who = esc(ctx.outlet_name(art) if art else c.article)
        when = esc(format_partial(c.date, ctx.locale))
        parts.append(f"<p>{esc(s['disagreement'])}: {who} {esc(s['dates_it'])} {when}</p>")
    url = _url(ctx, event)
    if url:
        parts.append(f'<p><a href="{esc(url)}">{esc(s["permalink"])}</a></p>')
    return "".join(parts)


def timeline_json(ctx: Context, title: str) -> str:
    items = []
    for e in ctx.events:
        item: dict = {
            "unique_id": e.id,
            "start_date": _tl_date(e.date, e.time),
            "display_date": format_event_date(e, ctx.s, ctx.locale),
            "text": {"headline": html.escape(e.title), "text": _tl_text(ctx, e)},
            "group": ctx.status_label(e),
        }
        if e.end and e.end != e.date:
            item["end_date"] = _tl_date(e.end)
        item["linimasa"] = {
            "date": e.date,
            "end": e.end,
            "time": e.time,
            "approximate": e.approximate,
            "status": e.status,
            "status_shown": ctx.status_key(e),
            "actors": e.actors,
            "places": e.places,
            "tags": e.tags,
            "sources": [s.model_dump(mode="json") for s in ctx.sources_of(e)],
            "conflicts": [c.model_dump(mode="json") for c in e.conflicts],
            "outlets": ctx.outlets_of(e),
        }
        items.append(item)
    s = ctx.s
    intro = s.count("events_count", len(ctx.events))
    doc = {
        "title": {"text": {"headline": html.escape(title), "text": f"<p>{html.escape(intro)}</p>"}},
        "events": items,
        "scale": "human",
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def export_json(
    store: Store,
    events: list[Event] | None = None,
    title: str | None = None,
    options: SiteOptions | None = None,
) -> str:
    """TimelineJS3 JSON of the visible events (``events`` is accepted for the CLI and must be
    the store's visible events)."""
    ctx = _context(store, options)
    return timeline_json(ctx, title or ctx.opts.title or ctx.s["site_title"])


# -- CSV ---------------------------------------------------------------------------------
CSV_COLUMNS = [
    "id",
    "date",
    "end",
    "time",
    "approximate",
    "status",
    "status_shown",
    "title",
    "summary",
    "actors",
    "places",
    "tags",
    "outlets",
    "articles",
    "quotes",
    "urls",
]


def timeline_csv(ctx: Context) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in ctx.events:
        sources = ctx.sources_of(e)
        urls = []
        for src in sources:
            art = ctx.article(src.article)
            if art and art.url and art.url not in urls:
                urls.append(art.url)
        writer.writerow(
            [
                e.id,
                e.date,
                e.end or "",
                e.time or "",
                str(e.approximate).lower(),
                e.status,
                ctx.status_key(e),
                e.title,
                e.summary,
                "; ".join(e.actors),
                "; ".join(e.places),
                "; ".join(e.tags),
                "; ".join(ctx.outlets_of(e)),
                "; ".join(s.article for s in sources),
                " | ".join(s.quote for s in sources),
                " ".join(urls),
            ]
        )
    return buf.getvalue()


def export_csv(
    store: Store, events: list[Event] | None = None, options: SiteOptions | None = None
) -> str:
    """One row per visible event; lists joined with "; ", quotes with " | "."""
    return timeline_csv(_context(store, options))


# -- iCalendar ---------------------------------------------------------------------------
def _ics_escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """RFC 5545 line folding: at most 75 octets a line, never inside a character."""
    if len(line.encode("utf-8")) <= 75:
        return line
    parts, current, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(current) + len(b) > limit:
            parts.append(current.decode("utf-8"))
            current, limit = b"", 74  # continuation lines start with a space
        current += b
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def _stamp(ctx: Context, event: Event, start: dt.date) -> str:
    published = [
        a.published
        for src in ctx.sources_of(event)
        if (a := ctx.article(src.article)) is not None and a.published is not None
    ]
    return (max(published) if published else start).strftime("%Y%m%dT000000Z")


def timeline_ics(ctx: Context, title: str) -> str:
    s = ctx.s
    host = urlsplit(ctx.opts.site_url or "").netloc or "linimasa"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Linimasa//timeline//" + s.code.upper(),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        _fold(f"X-WR-CALNAME:{_ics_escape(title)}"),
    ]
    for e in ctx.events:
        year, month, day = parse_partial_date(e.date)
        if day is None or month is None:
            continue
        start = dt.date(year, month, day)
        last = start
        if e.end:
            ey, em, ed = parse_partial_date(e.end)
            if ed and em:
                last = dt.date(ey, em, ed)
        description = [format_event_date(e, s, ctx.locale) + f" ({ctx.status_label(e)})"]
        if e.summary:
            description.append(e.summary)
        description.append(s["source_list"] + ":")
        for src in ctx.sources_of(e):
            art = ctx.article(src.article)
            line = f"- {ctx.outlet_name(art)}: {art.title if art else src.article}"
            if art and art.url:
                line += f" {art.url}"
            description.append(line)
        status = "CONFIRMED" if e.status == "happened" else "TENTATIVE"
        lines += [
            "BEGIN:VEVENT",
            f"UID:{e.id}@{host}",
            f"DTSTAMP:{_stamp(ctx, e, start)}",
            f"DTSTART;VALUE=DATE:{start.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(last + dt.timedelta(days=1)).strftime('%Y%m%d')}",
            _fold(f"SUMMARY:{_ics_escape(e.title)}"),
            _fold(f"DESCRIPTION:{_ics_escape(chr(10).join(description))}"),
            f"STATUS:{status}",
            _fold(f"CATEGORIES:{_ics_escape(ctx.status_label(e))}"),
        ]
        url = _url(ctx, e)
        if url:
            lines.append(_fold(f"URL:{url}"))
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines) + "\r\n"


def export_ics(
    store: Store, events: list[Event] | None = None, options: SiteOptions | None = None
) -> str:
    """iCalendar of the visible events dated to the day."""
    ctx = _context(store, options)
    return timeline_ics(ctx, ctx.opts.title or ctx.s["site_title"])
