"""Fuzzing the renderer with hostile text: whatever an article or an editor writes in any field,
the pages MkDocs builds from the rendered Markdown hold only the elements and attributes the
renderer itself makes (no script, no handler, no frame, no javascript: link), and every page
path stays inside the output folder.

The browser test (tests/browser/test_hostile.py) checks the same on a real site in Chromium;
this one tries thousands of combinations without a browser.
"""

from __future__ import annotations

import datetime as dt
import html
import posixpath
import re
from html.parser import HTMLParser

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.ingest.article import Article
from builder.render import SiteOptions, render_site
from builder.store import Store
from builder.store.schema import Conflict, Event, Source

#: Every element and attribute the renderer makes (see test_renderer_vocabulary below).
TAGS = {
    "a", "article", "blockquote", "br", "code", "desc", "div", "em", "figcaption", "figure",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "mark", "ol", "p", "pre", "rect", "span",
    "strong", "svg", "table", "tbody", "td", "text", "th", "thead", "time", "title", "tr", "ul",
}  # fmt: skip
ATTRS = {
    "class", "href", "rel", "title", "id", "lang", "data-search-exclude", "aria-describedby",
    "aria-hidden", "aria-labelledby", "aria-label", "height", "width", "x", "y", "rx", "role",
    "viewbox", "xmlns", "text-anchor", "datetime", "style", "align",
}  # fmt: skip
EXTENSIONS = ["attr_list", "md_in_html", "admonition", "tables", "toc"]

HOSTILE = [
    "<script>alert(1)</script>", "</script>", "<img src=x onerror=alert(1)>",
    "[klik](javascript:alert(1))", "<a href='javascript:alert(1)'>a</a>", "{: onclick=alert(1) }",
    "{#x .y onclick=alert(1)}", "<div markdown>**x**</div>", "<iframe src=//evil.example>",
    "<svg onload=alert(1)>", "<svg><script>alert(1)</script></svg>", "<!--", "-->", "<![CDATA[",
    "![x](https://evil.example/x.png)", "<https://evil.example>", "&lt;script&gt;", "&#60;b&#62;",
    "`code`", "*", "_", "|", "\\", "#", "> ", "- ", "1. ", "---", "!!! note", "    indented",
    "\n", "\n\n", "\u202e", "\u200b", "\ufeff", "\x00", "&", '"', "'", "<", ">", "{", "}",
    "[^1]", "<style>*{display:none}</style>", "<form action=//evil.example>", "javascript:",
    "data:text/html,<script>alert(1)</script>", "<math><mi xlink:href=javascript:alert(1)>",
    "<base href=//evil.example/>", "<meta http-equiv=refresh content='0;url=//evil.example'>",
]  # fmt: skip

hostile_text = st.lists(
    st.one_of(st.sampled_from(HOSTILE), st.text(max_size=8)), min_size=1, max_size=6
).map("".join)
shown_text = hostile_text.filter(lambda t: t.strip())


@st.composite
def stores(draw) -> Store:
    articles = {}
    events = []
    for a in range(draw(st.integers(1, 2))):
        quotes = draw(st.lists(shown_text, min_size=1, max_size=2))
        article_id = f"a{a}"
        url = "https://example.org/" + draw(hostile_text) if draw(st.booleans()) else None
        articles[article_id] = Article(
            id=article_id,
            title=draw(shown_text),
            body="\n\n".join([draw(hostile_text), *quotes, draw(hostile_text)]),
            outlet=draw(st.none() | shown_text),
            author=draw(st.none() | shown_text),
            url=url,
            language=draw(st.sampled_from(["id", "en"])),
            published=draw(st.none() | st.just(dt.date(2023, 9, 13))),
            published_from="editor",
        )
        for i, quote in enumerate(quotes):
            events.append(
                Event(
                    id=f"e{a}-{i}",
                    date=draw(st.sampled_from(["2023", "2023-09", "2023-09-13"])),
                    status=draw(st.sampled_from(["happened", "planned", "expected"])),
                    title=draw(shown_text),
                    summary=draw(hostile_text),
                    actors=draw(st.lists(shown_text, max_size=2)),
                    places=draw(st.lists(shown_text, max_size=2)),
                    tags=draw(st.lists(shown_text, max_size=1)),
                    sources=[Source(article=article_id, quote=quote, said=draw(shown_text))],
                    conflicts=[
                        Conflict(
                            article=article_id,
                            date="2023-09-14",
                            said=draw(shown_text),
                            note=draw(shown_text),
                        )
                    ]
                    if draw(st.booleans())
                    else [],
                )
            )
    return Store(timeline_dir=None, articles_dir=None, events=events, articles=articles)  # type: ignore


class Audit(HTMLParser):
    """Every element, attribute and link target that the renderer does not make itself."""

    def __init__(self) -> None:
        super().__init__()
        self.bad: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in TAGS:
            self.bad.append(f"<{tag}>")
        for name, value in attrs:
            if name not in ATTRS:
                self.bad.append(f"<{tag} {name}>")
            if name in ("href", "src") and value:
                scheme = re.match(
                    r"\s*([a-zA-Z][a-zA-Z0-9+.-]*):", re.sub(r"[\x00-\x20]", "", value)
                )
                if scheme and scheme.group(1).lower() not in ("http", "https", "mailto"):
                    self.bad.append(f"<{tag} {name}={value!r}>")
            if name == "style" and value and re.search(r"url\(|expression|@import", value, re.I):
                self.bad.append(f"<{tag} style={value!r}>")


def unsafe(html: str) -> list[str]:
    audit = Audit()
    audit.feed(html)
    audit.close()
    return audit.bad


def to_html(page: str) -> str:
    body = re.sub(r"\A---\n.*?\n---\n", "", page, flags=re.S)
    return markdown.markdown(
        body, extensions=EXTENSIONS, extension_configs={"toc": {"permalink": True}}
    )


def check_site(store: Store, options: SiteOptions) -> dict[str, str]:
    pages = render_site(store, options)
    for path, text in pages.items():
        norm = posixpath.normpath(path)
        assert norm == path and not path.startswith(("/", "../")) and ".." not in path.split("/")
        if path.endswith(".md"):
            assert unsafe(to_html(text)) == [], (path, unsafe(to_html(text)))
        elif path.endswith((".html", ".svg")):
            assert unsafe(text) == [], (path, unsafe(text))
    return pages


# A site per example costs a tenth of a second: `make fuzz` tries a thousand, not five.
FEWER = settings(max_examples=min(settings.default.max_examples, 1000))


@FEWER
@given(store=stores(), language=st.sampled_from(["id", "en"]), full_text=st.booleans())
def test_fuzz_hostile_text_renders_as_text(store, language, full_text):
    options = SiteOptions(language=language, full_text=full_text, today=dt.date(2025, 1, 1))
    pages = check_site(store, options)
    shown = html.unescape(re.sub(r"<[^>]+>", "", to_html(pages["linimasa/index.md"])))
    for event in store.events:
        title = " ".join(event.title.split())
        if title.isprintable():
            assert title in shown, "the title prints as written"


@FEWER
@given(store=stores())
def test_fuzz_hostile_text_on_year_and_month_pages(store):
    check_site(store, SiteOptions(year_pages_from=1, month_pages_from=1, today=None))


def test_renderer_vocabulary_is_what_the_audit_allows():
    """The allowed sets are not wider than needed: the fixture site uses nearly all of them."""
    from tests.unit.test_render import fixture_store

    pages = render_site(fixture_store(), SiteOptions(today=dt.date(2025, 12, 1)))
    seen: set[str] = set()

    class Tags(HTMLParser):
        def handle_starttag(self, tag, attrs):
            seen.add(tag)

    for path, text in pages.items():
        if path.endswith(".md"):
            Tags().feed(to_html(text))
    assert seen <= TAGS
    assert len(TAGS - seen) <= 6, TAGS - seen
