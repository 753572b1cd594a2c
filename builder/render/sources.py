"""Source pages: one per article, showing each cited sentence highlighted in its paragraph
under a stable anchor, with links back to the events that cite it; and the sources index.

Publishers' text is not ours to republish: by default a source page shows only the
paragraphs that hold a cited sentence (and marks the gaps); ``full_text`` shows it all.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from urllib.parse import urlsplit

from ..ingest.article import Article
from ..store.schema import Event
from .context import Context
from .dates import format_partial
from .layout import rel
from .markup import anchor_for, attr, front_matter, md_text

__all__ = ["SOURCES_PAGE", "source_page", "sources_pages"]


def _when(ctx: Context, article: Article, weekday: bool = True) -> str:
    if article.published is None:
        return ctx.s["no_date"]
    return format_partial(article.published.isoformat(), ctx.locale, weekday)


def _event_links(ctx: Context, page: str, events: list[Event]) -> str:
    return ", ".join(
        f"[{md_text(e.title)}]({ctx.layout.link(page, e)})"
        f" ({md_text(format_partial(e.date, ctx.locale, False))})"
        for e in events
    )


def _marked(ctx: Context, text: str, quotes: list[str]) -> tuple[str, list[str]]:
    """The paragraph as Markdown with each quote in it wrapped in an anchored ``<mark>``."""
    spans = []
    for q in quotes:
        i = text.find(q)
        if i >= 0:
            spans.append((i, q))
    spans.sort()
    pieces, placed, pos = [], [], 0
    for i, q in spans:
        if i < pos:  # overlaps a quote already marked; it gets its own line below
            continue
        pieces.append(md_text(text[pos:i], keep_edges=True))
        pieces.append(f'<mark id="{anchor_for(q)}" class="lm-cited">{md_text(q)}</mark>')
        placed.append(q)
        pos = i + len(q)
    pieces.append(md_text(text[pos:], keep_edges=True))
    return "".join(pieces).strip(), placed


def source_page(ctx: Context, article: Article) -> str:
    """The Markdown of the source page of ``article``."""
    s = ctx.s
    page = f"sumber/{article.id}.md"
    lang = ctx.lang_attr(article.language)
    title_attrs = f" {{{lang.strip()}}}" if lang else ""
    out = [f"# {md_text(article.title)}{title_attrs}", ""]
    outlet = ctx.outlet_name(article)
    outlet_link = ctx.name_link(page, "outlet", outlet)
    meta = [f"- **{md_text(s['outlet'])}:** [{md_text(outlet)}]({outlet_link})"]
    if article.author:
        meta.append(f"- **{md_text(s['author'])}:** {md_text(article.author)}")
    how = s["published_from"].get(article.published_from, article.published_from)
    meta.append(f"- **{md_text(s['published'])}:** {md_text(_when(ctx, article))} ({md_text(how)})")
    if article.url and article.url.startswith(("http://", "https://")):
        shown = urlsplit(article.url).netloc or article.url
        meta.append(
            f"- **{md_text(s['original'])}:** "
            f'[{md_text(shown)}](<{attr(article.url)}>){{: rel="nofollow noopener" }}'
        )
    # The same article published again under another address, kept once by ingest.
    for copy in article.extra.get("also_published") or []:
        url = copy.get("url") if isinstance(copy, dict) else None
        if isinstance(url, str) and url.startswith(("http://", "https://")):
            shown = copy.get("title") or urlsplit(url).netloc or url
            meta.append(
                f"- **{md_text(s['also_published'])}:** "
                f'[{md_text(str(shown))}](<{attr(url)}>){{: rel="nofollow noopener" }}'
            )
    cited = ctx.cited.get(article.id, {})
    events = {e.id for evs in cited.values() for e in evs}
    meta.append(
        f"- **{md_text(s['cited'])}:** "
        + md_text(
            s.fmt(
                "cited_counts",
                sentences=s.count("sentences_count", len(cited)),
                events=s.count("events_count", len(events)),
            )
        )
    )
    # Search finds an article by its title; the metadata and the cited paragraphs (which
    # the event cards already hold) stay out of the index unless the full text is published.
    out += ['<div class="lm-source-meta" data-search-exclude markdown>', "", *meta, ""]
    if not ctx.opts.full_text:
        out += [md_text(s["excerpt_note"]), "{: .lm-note }", ""]
    out += ["</div>", ""]
    if ctx.opts.full_text:
        out += [f"## {md_text(s['article_text'])} {{#teks}}", ""]
    else:
        out += [f"## {md_text(s['cited_sentences'])} {{#dikutip data-search-exclude}}", ""]
    if not cited and not ctx.opts.full_text:
        out += [md_text(s["nothing_cited"]), ""]
    placed: set[str] = set()
    last_shown = -1
    for index, para in enumerate(article.paragraphs()):
        here = [q for q in cited if q in para.text and q not in placed]
        if not here and not ctx.opts.full_text:
            continue
        if not ctx.opts.full_text and last_shown >= 0 and index > last_shown + 1:
            out += ["[…]", "{: .lm-gap }", ""]
        last_shown = index
        text, marked = _marked(ctx, para.text, here)
        placed.update(marked)
        out.append(text)
        classes = " .lm-caption" if para.caption else ""
        if classes or lang:
            out.append(f"{{:{classes}{lang} }}")
        out.append("")
        for q in marked:
            label = md_text(s["cited_in"])
            out += [f"{label}: {_event_links(ctx, page, cited[q])}", "{: .lm-cited-in }", ""]
    # A quote an editor took across paragraphs (or overlapping another) still gets its anchor.
    for q, evs in cited.items():
        if q in placed:
            continue
        out.append(f'<mark id="{anchor_for(q)}" class="lm-cited">{md_text(q)}</mark>')
        if lang:
            out.append(f"{{:{lang} }}")
        out.append("")
        out += [f"{md_text(s['cited_in'])}: {_event_links(ctx, page, evs)}", "{: .lm-cited-in }"]
        out.append("")
    return front_matter(title=article.title) + "\n".join(out)


#: Past this many articles the sources list gets a page per month, and a month a page per day.
SOURCES_PAGE = 300

LISTS = "sumber/daftar"


def _key(a: Article) -> tuple[str, str]:
    return ((a.published or dt.date.min).isoformat(), a.id)


def _table(ctx: Context, page: str, articles: list[Article]) -> list[str]:
    s = ctx.s
    out = [
        f"| {md_text(s['published'])} | {md_text(s['outlet'])} | "
        f"{md_text(s['article'])} | {md_text(s['cited'])} |",
        "|---|---|---|---|",
    ]
    for a in sorted(articles, key=_key):
        when = format_partial(a.published.isoformat(), ctx.locale, False) if a.published else ""
        n = len(ctx.cited.get(a.id, {}))
        lang = ctx.lang_attr(a.language)
        link = f"[{md_text(a.title)}]({rel(page, f'sumber/{a.id}.md')})"
        if lang:
            link = f"<span{lang}>{link}</span>"
        out.append(
            f"| {md_text(when)} | {md_text(ctx.outlet_name(a))} | {link} | "
            f"{md_text(s.count('sentences_count', n))} |"
        )
    return [*out, ""]


def _by(articles: list[Article], length: int) -> dict[str, list[Article]]:
    """Articles by the first ``length`` characters of their date ("" when undated)."""
    groups: dict[str, list[Article]] = defaultdict(list)
    for a in articles:
        groups[a.published.isoformat()[:length] if a.published else ""].append(a)
    return dict(sorted(groups.items(), key=lambda kv: (kv[0] == "", kv[0])))


def _list_page(ctx: Context, key: str) -> str:
    return f"{LISTS}/{key or 'tanpa-tanggal'}.md"


def sources_pages(ctx: Context) -> dict[str, str]:
    """The list of every article by publication date, with what it is cited for: one page,
    or (for a large corpus) an index of months, each month on its own page or its days'."""
    s = ctx.s
    index = "sumber/index.md"
    head = [f"# {md_text(s['sources'])}", "", md_text(s["sources_intro"]), ""]
    meta = {"search": {"exclude": True}}
    articles = list(ctx.store.articles.values())
    if not articles:
        return {
            index: front_matter(title=s["sources"], **meta)
            + "\n".join([*head, md_text(s["no_sources"]), ""])
        }
    if len(articles) <= SOURCES_PAGE:
        body = list(head)
        for year, arts in _by(articles, 4).items():
            anchor = f"y{year}" if year else "tanpa-tanggal"
            body += [
                f"## {md_text(year or s['no_date'])} {{#{anchor}}}",
                "",
                *_table(ctx, index, arts),
            ]
        return {index: front_matter(title=s["sources"], **meta) + "\n".join(body)}
    pages: dict[str, str] = {}
    body = list(head)
    for month, arts in _by(articles, 7).items():
        title = format_partial(month, ctx.locale) if month else s["no_date"]
        path = _list_page(ctx, month)
        count = md_text(s.count("article_count", len(arts)))
        body.append(f"- [{md_text(title)}]({rel(index, path)}) — {count}")
        sub = [f"# {md_text(s['sources'])}: {md_text(title)}", ""]
        sub += [f"[← {md_text(s['sources'])}]({rel(path, index)})", "{: .lm-pager }", ""]
        if len(arts) <= SOURCES_PAGE or not month:
            sub += _table(ctx, path, arts)
        else:
            for day, day_arts in _by(arts, 10).items():
                day_path = _list_page(ctx, day)
                day_title = format_partial(day, ctx.locale)
                n = md_text(s.count("article_count", len(day_arts)))
                sub.append(f"- [{md_text(day_title)}]({rel(path, day_path)}) — {n}")
                page = [f"# {md_text(s['sources'])}: {md_text(day_title)}", ""]
                page += [f"[← {md_text(title)}]({rel(day_path, path)})", "{: .lm-pager }", ""]
                page += _table(ctx, day_path, day_arts)
                pages[day_path] = front_matter(title=day_title, **meta) + "\n".join(page)
            sub.append("")
        pages[path] = front_matter(title=title, **meta) + "\n".join(sub)
    body.append("")
    pages[index] = front_matter(title=s["sources"], **meta) + "\n".join(body)
    return pages
