"""The site as a pure function: store in, ``{path: text}`` out.

Nothing here reads the clock or writes a file. The MkDocs plugin serves these pages as
virtual files; ``timeline render --out DIR`` writes the same pages for any other engine.

Pages (the navigation lists only the first five; everything else is reached from them, so
every page carries the same small navigation however large the timeline grows)::

    index.md                 home: coverage, overview SVG, key events, downloads
    linimasa/index.md        the timeline, or the list of its years
    linimasa/<yyyy>/index.md, linimasa/<yyyy>/<mm>/index.md   (large timelines)
    sumber/index.md          every article; sumber/<article>.md one page per article
    indeks/index.md          indexes; indeks/{orang,organisasi,tempat,media,topik}.md
    panduan.md               the editing guide
    timeline.json timeline.csv timeline.ics assets/...
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..store import Store
from .context import Context, SiteOptions
from .exports import timeline_csv, timeline_ics, timeline_json
from .home import home_page
from .indexes import index_pages
from .markup import front_matter
from .sources import source_page, sources_pages
from .strings import strings_for
from .timeline import timeline_pages

__all__ = ["ASSETS", "SiteOptions", "render_site", "strings_for"]

TEMPLATES = Path(__file__).parent / "templates"

#: Files copied as they are; the MkDocs plugin adds the stylesheet to every page.
ASSETS = {
    "assets/linimasa.css": "linimasa.css",
    # Lets Material's search run from a file copy of the site (file://, where browsers refuse
    # web workers); loaded only by Material's offline plugin, and only acts under file://.
    "assets/javascripts/iframe-worker-shim.js": "iframe-worker-shim.js",
}


def _guide(language: str, title: str) -> str:
    path = TEMPLATES / f"guide.{language}.md"
    if not path.exists():
        path = TEMPLATES / "guide.id.md"
    return front_matter(title=title) + path.read_text(encoding="utf-8")


#: Steps of a render besides one per source page (see render_site's ``progress``).
FIXED_STEPS = 6


def render_site(
    store: Store,
    options: SiteOptions | None = None,
    progress: Callable[[int], None] | None = None,
) -> dict[str, str]:
    """Every generated page and file of the site, by path relative to the docs root.

    Args:
        store: The events and articles, already checked (render trusts its input).
        options: Language, page splitting, the build date for "planned, not confirmed".
        progress: Called with the number of steps done, ``len(store.articles) +
            FIXED_STEPS`` in all (for a progress bar).

    Returns:
        Paths (sorted) mapped to their text: Markdown pages, CSS, JS and the downloads.
    """
    tick = progress or (lambda n: None)
    opts = options or SiteOptions()
    ctx = Context(store, opts)
    s = ctx.s
    tick(1)
    pages: dict[str, str] = {"index.md": home_page(ctx)}
    tick(1)
    pages.update(timeline_pages(ctx))
    tick(1)
    pages.update(sources_pages(ctx))
    tick(1)
    for article in store.articles.values():
        pages[f"sumber/{article.id}.md"] = source_page(ctx, article)
        tick(1)
    pages.update(index_pages(ctx))
    tick(1)
    pages["panduan.md"] = _guide(opts.language, s["guide_short"])
    for path, name in ASSETS.items():
        pages[path] = (TEMPLATES / name).read_text(encoding="utf-8")
    title = opts.title or s["site_title"]
    pages["timeline.json"] = timeline_json(ctx, title)
    pages["timeline.csv"] = timeline_csv(ctx)
    pages["timeline.ics"] = timeline_ics(ctx, title)
    tick(1)
    return {k: pages[k] for k in sorted(pages)}
