"""Render: dates at their precision, escaping of hostile text, a pure and stable function."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

from builder.ingest.article import Article
from builder.render import SiteOptions, render_site
from builder.render.dates import format_event_date
from builder.render.markup import md_text
from builder.render.site import strings_for
from builder.store import Store
from builder.store.schema import Event, Source

ID = strings_for("id")


@pytest.mark.parametrize(
    ("fields", "shown"),
    [
        ({"date": "2023-09-13"}, "Rabu, 13 September 2023"),
        ({"date": "2023-07"}, "Juli 2023"),
        ({"date": "2019"}, "2019"),
        ({"date": "2023-09-16", "approximate": True}, "sekitar Sabtu, 16 September 2023"),
        ({"date": "2025-06-18", "end": "2025-06-20"}, "18–20 Juni 2025"),
        ({"date": "2025-06-30", "end": "2025-07-02"}, "30 Juni – 2 Juli 2025"),
        (
            {"date": "2023-09-12", "time": "06:00 waktu setempat"},
            "Selasa, 12 September 2023, 06.00 waktu setempat",
        ),
    ],
)
def test_dates_at_their_precision(fields, shown):
    event = Event(id="e", title="t", sources=[Source(article="a", quote="q")], **fields)
    assert format_event_date(event, ID, "id") == shown


def _store(tmp_path: Path, title: str, quote: str) -> Store:
    article = Article(
        id="a1",
        title="Artikel <b>",
        body=f"Paragraf pertama. {quote}\n\nParagraf lain.",
        outlet="ANTARA",
        published=dt.date(2023, 9, 13),
        published_from="editor",
    )
    event = Event(
        id="e1",
        date="2023-09-13",
        title=title,
        summary=quote,
        sources=[Source(article="a1", quote=quote, said="Rabu")],
    )
    return Store(
        timeline_dir=tmp_path, articles_dir=tmp_path, events=[event], articles={"a1": article}
    )


class _Audit(HTMLParser):
    def __init__(self):
        super().__init__()
        self.bad: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "img", "iframe", "object", "embed", "div"):
            self.bad.append(tag)
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.bad.append(f"{tag}[{name}]")


def _unsafe(html_text: str) -> list[str]:
    audit = _Audit()
    audit.feed(html_text)
    return audit.bad


HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[klik](javascript:alert(1))",
    "Judul {: onclick=alert(1) }",
    "<div markdown>**x**</div>",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_renders_as_text(tmp_path, text):
    pages = render_site(_store(tmp_path, text, f"Kalimat {text} selesai."), SiteOptions(today=None))
    md = markdown.Markdown(extensions=["attr_list", "md_in_html", "admonition", "tables", "toc"])
    for path in ("linimasa/index.md", "sumber/a1.md", "index.md"):
        out = md.convert(pages[path])
        md.reset()
        assert _unsafe(out) == [], path


def test_md_text_round_trips_visible_text():
    md = markdown.Markdown(extensions=["attr_list"])
    for text in [
        "Rp 2.024 miliar (kurs 1:1) - *bukan* _miring_ #1 [a](b) {: .x }",
        "a > b < c & d",
    ]:
        html = md.convert(md_text(text))
        md.reset()
        visible = html.removeprefix("<p>").removesuffix("</p>")
        import html as h

        assert h.unescape(visible) == text


def test_render_is_pure_and_sorted(tmp_path):
    store = _store(tmp_path, "Kim dan Putin bertemu", "Kim dan Putin bertemu.")
    first = render_site(store, SiteOptions(today=dt.date(2026, 1, 1)))
    assert first == render_site(store, SiteOptions(today=dt.date(2026, 1, 1)))
    assert list(first) == sorted(first)
    assert not any(tmp_path.iterdir())


def test_planned_event_past_its_date_is_unconfirmed(tmp_path):
    store = _store(tmp_path, "Rencana", "Rencana kunjungan.")
    store.events[0] = store.events[0].model_copy(update={"status": "planned"})
    before = render_site(store, SiteOptions(today=dt.date(2023, 9, 1)))["linimasa/index.md"]
    after = render_site(store, SiteOptions(today=dt.date(2024, 1, 1)))["linimasa/index.md"]
    assert "lm-status--planned" in before and "belum terkonfirmasi" in after


def test_hidden_and_duplicate_events_are_not_shown(tmp_path):
    store = _store(tmp_path, "Tampil", "Kalimat tampil.")
    hidden = store.events[0].model_copy(update={"id": "e2", "title": "Tersembunyi", "hidden": True})
    dup = store.events[0].model_copy(update={"id": "e3", "title": "Duplikat", "same_as": "e1"})
    store.events += [hidden, dup]
    page = render_site(store)["linimasa/index.md"]
    assert "Tampil" in page and "Tersembunyi" not in page and "Duplikat" not in page
