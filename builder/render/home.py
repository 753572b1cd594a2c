"""The home page: what the timeline covers, an overview drawn at build time, the key events
(those the most outlets report independently), and where to go next."""

from __future__ import annotations

from ..store.schema import Event
from .context import Context, last_day
from .dates import format_event_date, format_partial
from .layout import TIMELINE
from .markup import front_matter, md_text
from .names import INDEX_PAGES
from .overview import overview_svg

__all__ = ["home_page", "key_events"]

PAGE = "index.md"


def key_events(ctx: Context, n: int) -> list[Event]:
    """The ``n`` events reported by the most distinct outlets, in chronological order.

    Independent reporting is what makes an event worth a reader's first look, so outlets
    count, not articles; ties go to the event with more cited sentences, then to the
    earlier one. An event only one outlet reports is a key event only when none has two.
    """
    ranked = sorted(
        ctx.events,
        key=lambda e: (-len(ctx.outlets_of(e)), -len(ctx.sources_of(e)), e.sort_key()),
    )
    if ranked and len(ctx.outlets_of(ranked[0])) > 1:
        ranked = [e for e in ranked if len(ctx.outlets_of(e)) > 1]
    return sorted(ranked[:n], key=Event.sort_key)


def _last(events: list[Event]) -> str:
    """The latest date the timeline reaches (a span's end counts)."""
    ends = [(e.end or e.date) for e in events]
    return max(ends, key=lambda v: (last_day(v), len(v)))


def home_page(ctx: Context) -> str:
    """The Markdown of the home page."""
    s = ctx.s
    title = ctx.opts.title or s["site_title"]
    out = [f"# {md_text(title)}", ""]
    if not ctx.events:
        out += [md_text(s["empty"]), ""]
    else:
        outlets = {ctx.outlet_name(a) for a in ctx.store.articles.values()}
        covers = s.fmt(
            "covers",
            events=s.count("events_count", len(ctx.events)),
            start=format_partial(ctx.events[0].date, ctx.locale, False),
            end=format_partial(_last(ctx.events), ctx.locale, False),
            sources=s.count("article_count", len(ctx.store.articles)),
            outlets=s.count("outlets_count", len(outlets)),
        )
        out += [md_text(covers), "{: .lm-covers }", ""]
        counts: dict[str, int] = {}
        for e in ctx.events:
            key = ctx.status_key(e)
            counts[key] = counts.get(key, 0) + 1
        status = " · ".join(
            f"{n} {s['status']['planned_unconfirmed' if k == 'unconfirmed' else k]}"
            for k, n in sorted(counts.items(), key=lambda kv: ORDER.index(kv[0]))
        )
        out += [md_text(status), "{: .lm-status-counts }", ""]
        # The overview and the key events repeat the timeline: not indexed for search.
        out += [f"## {md_text(s['overview'])} {{#gambaran data-search-exclude}}", ""]
        out += [overview_svg(ctx, PAGE), ""]
        keys = key_events(ctx, ctx.opts.key_events)
        out += [f"## {md_text(s['key_events'])} {{#kunci data-search-exclude}}", ""]
        out += [md_text(s["key_events_intro"]), ""]
        for e in keys:
            when = md_text(format_event_date(e, s, ctx.locale))
            names = ctx.outlets_of(e)
            reported = s.fmt(
                "reported_by_n",
                outlets=s.count("outlets_count", len(names)),
                names=", ".join(names),
            )
            out.append(
                f"- {when} — [{md_text(e.title)}]({ctx.layout.link(PAGE, e)}) "
                f'<span class="lm-status lm-status--{ctx.status_key(e)}">'
                f"{md_text(ctx.status_label(e))}</span>  \n"
                f"  {md_text(reported)}"
            )
        out.append("")
    out += [f"## {md_text(s['explore'])} {{#jelajahi data-search-exclude}}", ""]
    out += [
        f"- [{md_text(s['all_events'])}]({TIMELINE})",
        f"- [{md_text(s['sources'])}](sumber/index.md) — "
        + md_text(s.count("article_count", len(ctx.store.articles))),
        f"- [{md_text(s['indexes'])}](indeks/index.md): "
        + ", ".join(
            f"[{md_text(s['kind_title'][k])}]({INDEX_PAGES[k]})"
            for k in ("person", "organisation", "place", "outlet", "tag")
        ),
        f"- [{md_text(s['guide'])}](panduan.md)",
        "",
    ]
    out += [f"## {md_text(s['downloads'])} {{#unduhan}}", "", md_text(s["downloads_intro"]), ""]
    for fmt in ("json", "csv", "ics"):
        out.append(f"- [timeline.{fmt}](timeline.{fmt}) — {md_text(s['download_help'][fmt])}")
    out.append("")
    return front_matter(title=s["home"]) + "\n".join(out)


ORDER = ["happened", "planned", "unconfirmed", "expected"]
