"""The event card: what happened, when (at the precision the sources give), how sure, who
said so, in which sentence, and where the sources disagree.

A card is Markdown with attribute lists inside an ``<article markdown>`` block; every piece
of text from an article or an event file goes through :func:`md_text`, so it prints as
written and never as markup.
"""

from __future__ import annotations

from .context import Context
from .dates import format_event_date, format_partial
from .layout import rel
from .markup import attr, md_text
from .names import KINDS

__all__ = ["card", "quote_markup"]


def quote_markup(quote: str, said: str | None) -> str:
    """The quoted sentence, with the words that date it (``said``) emphasised in place."""
    if said:
        i = quote.find(said)
        if i < 0:
            i = quote.casefold().find(said.casefold())
        if i >= 0:
            before, words, after = quote[:i], quote[i : i + len(said)], quote[i + len(said) :]
            return (
                md_text(before, keep_edges=True)
                + f'<em class="lm-said">{md_text(words)}</em>'
                + md_text(after, keep_edges=True)
            ).strip()
        return f'{md_text(quote)} <span class="lm-said-apart">({md_text(said)})</span>'
    return md_text(quote)


def _names_line(ctx: Context, event, page: str) -> str:
    s = ctx.s
    groups: dict[str, list[str]] = {k: [] for k in KINDS}
    for name in event.actors:
        kind = ctx.names.actor_kind(name)
        if name not in groups[kind]:
            groups[kind].append(name)
    groups["place"] = list(dict.fromkeys(p for p in event.places if p))
    groups["tag"] = list(dict.fromkeys(t for t in event.tags if t))
    parts = []
    for kind in ("person", "organisation", "place", "tag"):
        if not groups[kind]:
            continue
        links = ", ".join(f"[{md_text(n)}]({ctx.name_link(page, kind, n)})" for n in groups[kind])
        parts.append(f"**{md_text(s['kind_label'][kind])}:** {links}")
    return " · ".join(parts)


def card(ctx: Context, event, page: str, level: int) -> str:
    """The Markdown of one event card on ``page``, its title a heading of ``level``."""
    s = ctx.s
    lang = ctx.lang_attr(ctx.event_language(event))
    key = ctx.status_key(event)
    out = ['<article class="lm-event" markdown>', ""]
    heading_attrs = f"#{event.id} .lm-event-title" + lang
    out += [f"{'#' * level} {md_text(event.title)} {{{heading_attrs}}}", ""]
    date = md_text(format_event_date(event, s, ctx.locale))
    # HTML's <time> takes a year, a month or a day as written: the precision is kept.
    out.append(
        f'<time datetime="{attr(event.date)}">{date}</time> '
        f'<span class="lm-status lm-status--{key}">{md_text(ctx.status_label(event))}</span>'
    )
    out += ["{: .lm-meta }", ""]
    if event.summary:
        out.append(md_text(event.summary))
        if lang:
            out.append(f"{{:{lang} }}")
        out.append("")
    names = _names_line(ctx, event, page)
    if names:
        out += [names, "{: .lm-entities }", ""]
    sources = ctx.sources_of(event)
    if sources:
        out += ['<div class="lm-sources" data-search-exclude markdown>', ""]
        counts = s.fmt(
            "sources_counts",
            articles=s.count("article_count", len({x.article for x in sources})),
            outlets=s.count("outlets_count", len(ctx.outlets_of(event))),
        )
        out += [f"**{md_text(s['source_list'])}** {md_text(counts)}", "{: .lm-sources-title }", ""]
        shown = sources[: ctx.opts.sources_per_card]
        for i, src in enumerate(shown, 1):
            out += _source_item(ctx, i, src, page)
        if len(sources) > len(shown):
            # A card stays readable (and its page light) however many articles repeat an
            # event; every source is still in the downloads and links back from its page.
            rest = s.fmt("more_sources", n=len(sources) - len(shown))
            links = ", ".join(
                f"[{fmt.upper()}]({rel(page, f'timeline.{fmt}')})" for fmt in ("json", "csv")
            )
            out += [f"{md_text(rest)} {links}", "{: .lm-more-sources }", ""]
        out += ["</div>", ""]
    elif event.sources_reason:
        # A hand-made event with no article says why; the reader sees that it is unsourced.
        label = md_text(s["unsourced"])
        out += [f"**{label}:** {md_text(event.sources_reason)}", "{: .lm-unsourced }", ""]
    if event.conflicts:
        out += _conflicts(ctx, event, page)
    out += ["</article>", ""]
    return "\n".join(out)


def _source_item(ctx: Context, i: int, src, page: str) -> list[str]:
    s = ctx.s
    art = ctx.article(src.article)
    outlet = md_text(ctx.outlet_name(art))
    title = md_text(art.title if art else src.article)
    link = ctx.source_link(page, src.article, src.quote)
    parts = [f"**{outlet}**", f"[{title}]({link})"]
    if art and art.published:
        parts.append(md_text(format_partial(art.published.isoformat(), ctx.locale, False)))
    if art and art.url and art.url.startswith(("http://", "https://")):
        parts.append(f'[{md_text(s["original"])}](<{attr(art.url)}>){{: rel="nofollow noopener" }}')
    lines = [f"{i}. " + " · ".join(parts), ""]
    lines.append(f"    > {quote_markup(src.quote, src.said)}")
    lang = ctx.lang_attr(art.language if art else None)
    if lang:
        lines.append(f"    > {{:{lang} }}")
    lines.append("")
    return lines


def _conflicts(ctx: Context, event, page: str) -> list[str]:
    s = ctx.s
    agreed = format_partial(event.date, ctx.locale)
    lines = [f'!!! warning "{s["disagreement"]}"', ""]
    lead = s.fmt(
        "disagreement_lead",
        date=agreed,
        outlets=", ".join(ctx.outlets_of(event)),
    )
    lines += [f"    {md_text(lead)}", ""]
    shown = event.conflicts[: ctx.opts.sources_per_card]
    for c in shown:
        art = ctx.article(c.article)
        who = md_text(ctx.outlet_name(art) if art else c.article)
        when = md_text(format_partial(c.date, ctx.locale))
        said = f" ({md_text(c.said)})" if c.said else ""
        note = f" — {md_text(c.note)}" if c.note else ""
        where = ""
        if art is not None and c.quote and c.quote in art.body:
            link = ctx.source_link(page, c.article, c.quote)
            where = f" · [{md_text(s['the_sentence'])}]({link})"
        elif art is not None:
            where = f" · [{md_text(art.title)}]({ctx.source_link(page, c.article)})"
        lines.append(f"    - **{who}** {md_text(s['dates_it'])} {when}{said}{note}{where}")
    if len(event.conflicts) > len(shown):
        more = s.fmt("more_conflicts", n=len(event.conflicts) - len(shown))
        lines.append(f"    - {md_text(more)}")
    lines.append("")
    return lines
