"""Render: dates at their precision, escaping of hostile text, page layout, the overview
figure, the downloads, and the UI strings, on the fixed fixture store and on small stores."""

from __future__ import annotations

import csv
import datetime as dt
import html as h
import io
import itertools
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml

from builder.ingest.article import Article
from builder.render import SiteOptions, render_site
from builder.render.context import Context
from builder.render.dates import format_event_date
from builder.render.home import key_events
from builder.render.layout import Layout
from builder.render.markup import anchor_for, md_text, slug
from builder.render.names import Names
from builder.render.strings import I18N_DIR, available_languages, strings_for
from builder.store import Store, load_store
from builder.store.schema import Event, Source

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "store"
ID = strings_for("id")
TODAY = dt.date(2025, 12, 1)
EXTENSIONS = ["attr_list", "md_in_html", "admonition", "tables", "toc"]


def fixture_store() -> Store:
    store = load_store(FIXTURE / "timeline", FIXTURE / "content" / "articles")
    assert store.problems == []
    return store


def to_html(page: str) -> str:
    """A generated page as MkDocs renders it: front matter off, the site's extensions on."""
    body = re.sub(r"\A---\n.*?\n---\n", "", page, flags=re.S)
    return markdown.markdown(
        body, extensions=EXTENSIONS, extension_configs={"toc": {"permalink": True}}
    )


def _text(html_text: str) -> str:
    return h.unescape(re.sub(r"<[^>]+>", "", html_text))


# -- dates -------------------------------------------------------------------------------
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


def test_dates_in_english():
    event = Event(id="e", title="t", sources=[Source(article="a", quote="q")], date="2023-07")
    assert format_event_date(event, strings_for("en"), "en") == "July 2023"


# -- escaping ----------------------------------------------------------------------------
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
        actors=[title],
        sources=[Source(article="a1", quote=quote, said="Rabu")],
    )
    return Store(
        timeline_dir=tmp_path, articles_dir=tmp_path, events=[event], articles={"a1": article}
    )


class _Audit(HTMLParser):
    """Collects any element or attribute that could run script or load something."""

    def __init__(self):
        super().__init__()
        self.bad: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "img", "iframe", "object", "embed", "style", "link", "form"):
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
    "</article><script>x</script>",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_renders_as_text(tmp_path, text):
    pages = render_site(_store(tmp_path, text, f"Kalimat {text} selesai."), SiteOptions())
    for path, page in pages.items():
        if not path.endswith(".md"):
            continue
        out = to_html(page)
        assert _unsafe(out) == [], path
    timeline = _text(to_html(pages["linimasa/index.md"]))
    assert " ".join(text.split()) in timeline, "the title prints as written"


def test_fixture_with_markup_in_every_field_is_safe():
    pages = render_site(fixture_store(), SiteOptions(today=TODAY))
    for path, page in pages.items():
        if path.endswith(".md"):
            assert _unsafe(to_html(page)) == [], path
    shown = _text(to_html(pages["linimasa/index.md"]))
    assert "Tiang <b>P3</b> & [bukan tautan](javascript:alert(1)) *diperkuat*" in shown
    assert "<script>alert(1)</script> | # bukan judul" in shown


def test_md_text_round_trips_visible_text():
    md = markdown.Markdown(extensions=["attr_list"])
    for text in [
        "Rp 2.024 miliar (kurs 1:1) - *bukan* _miring_ #1 [a](b) {: .x }",
        "a > b < c & d",
    ]:
        html = md.convert(md_text(text))
        md.reset()
        visible = html.removeprefix("<p>").removesuffix("</p>")
        assert h.unescape(visible) == text


def test_md_text_keeps_edges_only_when_asked():
    assert md_text("  a  b ") == "a b"
    assert md_text(" a  b ", keep_edges=True) == " a b "
    assert md_text(" ", keep_edges=True) == " "


def test_slug_and_anchor_are_stable():
    assert slug("Kim Jong Un") == "kim-jong-un"
    assert slug("Ĉu Ŝi?") == "cu-si"
    assert slug("東京") == slug("東京") and slug("東京").startswith("n-")
    assert anchor_for("Satu  kalimat.") == anchor_for("Satu kalimat.")


# -- the function itself -----------------------------------------------------------------
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
    never = render_site(store, SiteOptions(today=None))["linimasa/index.md"]
    assert "lm-status--planned" in before and "belum terkonfirmasi" not in before
    assert "lm-status--unconfirmed" in after and "direncanakan, belum terkonfirmasi" in after
    assert "lm-status--planned" in never


def test_hidden_and_duplicate_events_are_not_shown_but_lend_their_sources():
    pages = render_site(fixture_store(), SiteOptions(today=TODAY))
    page = pages["linimasa/index.md"]
    assert "disembunyikan" not in page
    assert "{#2024-03-04-batu-pertama-jembatan" not in page
    card = page.split("{#2024-03-04-peletakan-batu-pertama")[1].split("</article>")[0]
    assert "lensadaerah-2025-06-21-uji-beban-tahap-1-selesai.md#" in card, "merged source"
    assert '!!! warning "Perbedaan antar-sumber"' in card and "Warta Nusa" in card


def test_every_event_card_has_its_parts():
    pages = render_site(fixture_store(), SiteOptions(today=TODAY))
    out = to_html(pages["linimasa/index.md"])
    cards = re.findall(r'<article class="lm-event">(.*?)</article>', out, re.S)
    assert len(cards) == 10
    for body in cards:
        assert re.search(r'<h4 class="lm-event-title" id="[^"]+"', body)
        assert re.search(r'<time datetime="\d{4}(-\d\d){0,2}">', body)
        assert 'class="lm-status lm-status--' in body
        assert 'class="headerlink"' in body, "permalink"
        if 'class="lm-unsourced"' in body:
            assert "siaran langsung televisi" in body, "a hand-made event says why"
            continue
        assert re.search(r'<a href="\.\./sumber/[^"#]+\.md#k-[0-9a-f]{10}">', body)
    assert 'rel="nofollow noopener"' in out and "https://kabar.example/" in out
    assert "sekitar Jumat, 16 Mei 2025, 06.00 waktu setempat" in out
    assert "18–20 Juni 2025" in out and ">Juni 2026<" in out and ">2019<" in out


def test_a_card_lists_a_bounded_number_of_sources():
    pages = render_site(fixture_store(), SiteOptions(today=TODAY, sources_per_card=1))
    card = pages["linimasa/index.md"].split("{#2025-06-18-uji-beban-jembatan")[1]
    card = card.split("</article>")[0]
    assert card.count("    > ") == 1
    assert "dan 1 sumber lain" in card and "(../timeline.csv)" in card


def test_heading_levels_never_skip():
    pages = render_site(
        fixture_store(), SiteOptions(today=TODAY, year_pages_from=3, month_pages_from=2)
    )
    for path, page in pages.items():
        if not path.endswith(".md") or path == "panduan.md":
            continue
        levels = [int(n) for n in re.findall(r"<h([1-6])", to_html(page))]
        assert levels and levels[0] == 1, path
        for a, b in itertools.pairwise(levels):
            assert b <= a + 1, f"{path}: h{a} then h{b}"


# -- layout ------------------------------------------------------------------------------
def _events(dates: list[str]) -> list[Event]:
    src = [Source(article="a", quote="q")]
    events = [Event(id=f"e{i}-{d}", date=d, title=d, sources=src) for i, d in enumerate(dates)]
    return sorted(events, key=Event.sort_key)


def test_small_timeline_is_one_page():
    layout = Layout(_events(["2023", "2023-09-13", "2024-01"]), 10, 10)
    assert list(layout.pages) == ["linimasa/index.md"]
    assert set(layout.page_of.values()) == {"linimasa/index.md"}


def test_large_timeline_splits_by_year_then_month():
    events = _events(["2019", "2023", "2023-07", "2023-09-13", "2023-09-14", "2024-05"])
    layout = Layout(events, 3, 2)
    assert set(layout.pages) == {
        "linimasa/2019/index.md",
        "linimasa/2023/index.md",
        "linimasa/2023/07/index.md",
        "linimasa/2023/09/index.md",
        "linimasa/2024/index.md",
    }
    assert sorted(layout.page_of) == sorted(e.id for e in events), "every event placed once"
    year_only = next(e for e in events if e.date == "2023")
    assert layout.page_of[year_only.id] == "linimasa/2023/index.md"
    assert [p.key for p in layout.sequence()] == ["2019", "2023", "2023-07", "2023-09", "2024"]


def test_a_crowded_month_splits_by_day():
    events = _events(["2025-06", *[f"2025-06-{d:02d}" for d in (1, 1, 2, 2, 2, 3)], "2025-07-01"])
    layout = Layout(events, 3, 3)
    month = layout.pages["linimasa/2025/06/index.md"]
    assert month.children == ["2025-06-01", "2025-06-02", "2025-06-03"]
    assert [e.date for e in month.events] == ["2025-06"], "dated only to the month: stays"
    assert len(layout.pages["linimasa/2025/06/02/index.md"].events) == 3
    assert layout.count(layout.pages["linimasa/2025/index.md"]) == len(events)
    assert sorted(layout.page_of) == sorted(e.id for e in events)


def test_a_crowded_day_continues_on_numbered_parts():
    events = _events(["2025", "2025", "2025", *["2025-06-18"] * 5, "2025-06-19"])
    events = [e.model_copy(update={"id": f"e{i}-x"}) for i, e in enumerate(events)]
    layout = Layout(events, 2, 2)
    day = layout.pages["linimasa/2025/06/18/index.md"]
    assert [p.path for p in day.parts] == [
        "linimasa/2025/06/18/bagian-2/index.md",
        "linimasa/2025/06/18/bagian-3/index.md",
    ]
    assert [len(day.events), *[len(p.events) for p in day.parts]] == [2, 2, 1]
    year = layout.pages["linimasa/2025/index.md"]
    assert len(year.events) == 2 and len(year.parts) == 1, "year-only events continue too"
    assert layout.count(year) == len(events)
    assert sorted(layout.page_of) == sorted(e.id for e in events)
    keys = [(p.key, p.part) for p in layout.sequence()]
    assert keys[:4] == [("2025", 1), ("2025", 2), ("2025-06", 1), ("2025-06-18", 1)]
    pages = render_site(
        Store(timeline_dir=Path("t"), articles_dir=Path("a"), events=events),
        SiteOptions(year_pages_from=2, month_pages_from=2),
    )
    part = pages["linimasa/2025/06/18/bagian-2/index.md"]
    assert part.startswith("---\ntitle: Rabu, 18 Juni 2025, bagian 2\n")
    assert "Bagian: [1](../index.md) · 2 · [3](../bagian-3/index.md)" in part
    # This store has no articles, so only links to its (absent) source page may dangle.
    assert [b for b in _broken_links(pages) if not b.endswith("sumber/a.md")] == []


def test_split_pages_hold_every_event_once_and_nav_is_not_touched():
    store = fixture_store()
    pages = render_site(store, SiteOptions(today=TODAY, year_pages_from=3, month_pages_from=2))
    cards = [
        i
        for p, t in pages.items()
        if p.startswith("linimasa/")
        for i in re.findall(r"^#+ .* \{#([a-z0-9-]+) \.lm-event-title", t, re.M)
    ]
    assert sorted(cards) == sorted(e.id for e in store.visible())
    assert "linimasa/2025/05/index.md" in pages and "linimasa/2025/index.md" in pages
    index = pages["linimasa/index.md"]
    assert "(2025/index.md)" in index and "(2025/05/index.md)" in index


# -- home, overview, names ---------------------------------------------------------------
def test_key_events_are_the_most_independently_sourced():
    ctx = Context(fixture_store(), SiteOptions(today=TODAY))
    keys = key_events(ctx, 2)
    assert {e.id for e in keys} == {
        "2024-03-04-peletakan-batu-pertama",
        "2025-06-18-uji-beban-jembatan",
    }
    assert all(len(ctx.outlets_of(e)) == 2 for e in keys)


def test_home_says_what_the_timeline_covers():
    home = to_html(render_site(fixture_store(), SiteOptions(today=TODAY))["index.md"])
    text = _text(home)
    assert "10 peristiwa dari 2019 sampai 2027" in text
    assert "5 artikel yang diterbitkan 5 media" in text
    for download in ("timeline.json", "timeline.csv", "timeline.ics"):
        assert f'href="{download}"' in home


def _svg(page: str) -> ET.Element:
    raw = re.search(r"<svg xmlns.*?</svg>", page, re.S).group(0)
    return ET.fromstring(raw)


def test_overview_marks_link_every_event_to_its_card():
    store = fixture_store()
    for opts in (SiteOptions(today=TODAY), SiteOptions(today=TODAY, year_pages_from=3)):
        pages = render_site(store, opts)
        svg = _svg(pages["index.md"])
        ns = {"s": "http://www.w3.org/2000/svg"}
        assert svg.find("s:title", ns).text and svg.find("s:desc", ns).text
        assert svg.get("aria-labelledby") and svg.get("aria-describedby")
        links = svg.findall("s:a", ns)
        assert len(links) == len(store.visible())
        for a in links:
            href = a.get("href")
            path, anchor = href.split("#")
            assert path.endswith("index.html")
            source = pages[path.removesuffix(".html") + ".md"]
            assert f"{{#{anchor} " in source, href
            assert a.find("s:title", ns).text
        years = [t.text for t in svg.findall("s:text", ns) if t.get("class") == "lm-ov-year"]
        assert years == ["2019", "2024", "2025", "2026", "2027"]


@pytest.mark.parametrize(
    ("dates", "labels", "breaks", "grouped"),
    [
        # One year: a column a month (a year-only event first), a break for the missing May.
        (
            ["2025", "2025-03-02", "2025-04", "2025-04-20", "2025-06-01"],
            ["2025", "Mar", "Apr", "Jun"],
            1,
            "per bulan",
        ),
        # One month: a column a day, consecutive days without a break.
        (
            ["2025-06-17", "2025-06-17", "2025-06-18", "2025-06-20"],
            ["17 Jun", "18 Jun", "20 Jun"],
            1,
            "per hari",
        ),
        # Several years: a column a year, as before.
        (["2019-01-02", "2020-05", "2023"], ["2019", "2020", "2023"], 1, "per tahun"),
    ],
)
def test_overview_columns_follow_the_span_of_the_story(dates, labels, breaks, grouped):
    events = [e.model_copy(update={"id": f"e{i}-x"}) for i, e in enumerate(_events(dates))]
    store = Store(timeline_dir=Path("t"), articles_dir=Path("a"), events=events)
    page = render_site(store, SiteOptions())["index.md"]
    svg = _svg(page)
    ns = {"s": "http://www.w3.org/2000/svg"}
    texts = svg.findall("s:text", ns)
    assert [t.text for t in texts if t.get("class") == "lm-ov-year"] == labels
    assert len([t for t in texts if t.get("class") == "lm-ov-break"]) == breaks
    assert len(svg.findall("s:a", ns)) == len(dates)
    assert grouped in svg.find("s:desc", ns).text


def test_overview_becomes_bars_when_marks_would_be_unreadable():
    events = _events([f"20{10 + i % 12}-0{1 + i % 9}-1{i % 10}" for i in range(450)])
    events = [e.model_copy(update={"id": f"e{i:03d}-x"}) for i, e in enumerate(events)]
    store = Store(timeline_dir=Path("t"), articles_dir=Path("a"), events=events)
    page = render_site(store, SiteOptions())["index.md"]
    svg = _svg(page)
    ns = {"s": "http://www.w3.org/2000/svg"}
    assert len(svg.findall("s:a", ns)) == 12
    assert all(a.get("href").startswith("linimasa/20") for a in svg.findall("s:a", ns))


def test_actors_are_told_apart_by_language_data():
    names = Names([], ["id"])
    assert names.actor_kind("Kim Jong Un") == "person"
    assert names.actor_kind("Kremlin") == "organisation"  # a known organisation
    assert names.actor_kind("Kementerian Luar Negeri Rusia") == "organisation"  # a head word
    assert names.actor_kind("KCNA") == "organisation"  # an acronym


def _broken_links(pages: dict[str, str]) -> list[str]:
    """Markdown links between generated pages whose page or anchor is missing."""
    import posixpath

    broken = []
    for path, page in pages.items():
        if not path.endswith(".md"):
            continue
        for target, anchor in re.findall(r"\]\(([^)#<>\s]*)(?:#([^)\s]+))?\)", page):
            if target.startswith(("http", "<")) or not (target.endswith(".md") or anchor):
                continue
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            resolved = resolved if target else path
            if target and target.endswith((".json", ".csv", ".ics")):
                continue
            if resolved not in pages:
                broken.append(f"{path} -> {target}")
            elif (
                anchor
                and f"{{#{anchor}" not in pages[resolved]
                and f'id="{anchor}"' not in (pages[resolved])
            ):
                broken.append(f"{path} -> {target}#{anchor}")
    return broken


@pytest.mark.parametrize("split", [False, True])
def test_every_link_between_pages_resolves(split, monkeypatch):
    if split:
        monkeypatch.setattr("builder.render.names.SPLIT_FROM", 2)
        monkeypatch.setattr("builder.render.sources.SOURCES_PAGE", 1)
    opts = SiteOptions(today=TODAY, year_pages_from=3 if split else 150, month_pages_from=1)
    pages = render_site(fixture_store(), opts)
    assert _broken_links(pages) == []
    if split:
        assert "indeks/orang/r.md" in pages and "indeks/media/kabar-contoh.md" in pages
        assert "sumber/daftar/2025-06.md" in pages and "sumber/daftar/tanpa-tanggal.md" in pages
        assert "linimasa/2025/05/16/index.md" in pages, "a crowded month splits by day"
        listed = "".join(p for k, p in pages.items() if k.startswith("sumber/daftar/"))
        for article in fixture_store().articles:
            assert f"{article}.md)" in listed


def test_index_pages_anchor_every_linked_name():
    pages = render_site(fixture_store(), SiteOptions(today=TODAY))
    for path, page in pages.items():
        for target, anchor in re.findall(r"\]\((?:\.\./)*(indeks/[a-z]+\.md)#([a-z0-9-]+)\)", page):
            assert f'<span id="{anchor}">' in pages[target], f"{path} -> {target}#{anchor}"
    people = pages["indeks/orang.md"]
    assert 'id="rina-wulandari"' in people and 'id="dprd-lestari"' not in people
    assert "DPRD Lestari" in pages["indeks/organisasi.md"]
    assert "infrastruktur" in pages["indeks/topik.md"]
    assert "media tidak diketahui" in pages["indeks/media.md"]


# -- source pages ------------------------------------------------------------------------
def test_each_cited_sentence_is_marked_once_in_its_paragraph():
    store = fixture_store()
    pages = render_site(store, SiteOptions(today=TODAY))
    for event in store.visible():
        for src in event.sources:
            page = pages[f"sumber/{src.article}.md"]
            assert page.count(f'<mark id="{anchor_for(src.quote)}"') == 1
    page = pages["sumber/kabarcontoh-2024-03-04-jembatan-selat-lestari-mulai-dibangun.md"]
    assert "Sekitar 300 pekerja" not in page, "uncited paragraphs are not republished"
    assert "[…]" in page


def test_full_text_when_the_config_says_so():
    pages = render_site(fixture_store(), SiteOptions(today=TODAY, full_text=True))
    page = pages["sumber/kabarcontoh-2024-03-04-jembatan-selat-lestari-mulai-dibangun.md"]
    assert "Sekitar 300 pekerja" in page and "[…]" not in page


# -- downloads ---------------------------------------------------------------------------
def test_timeline_json_follows_timelinejs3_format():
    store = fixture_store()
    doc = json.loads(render_site(store, SiteOptions(today=TODAY))["timeline.json"])
    assert set(doc) <= {"title", "events", "eras", "scale"}
    assert doc["scale"] == "human" and doc["title"]["text"]["headline"]
    ids = [e["unique_id"] for e in doc["events"]]
    assert len(ids) == len(set(ids)) == len(store.visible())
    for e in doc["events"]:
        for key in ("start_date", "end_date"):
            if key in e:
                d = e[key]
                assert set(d) <= {
                    "year",
                    "month",
                    "day",
                    "hour",
                    "minute",
                    "second",
                    "millisecond",
                    "display_date",
                }
                assert all(isinstance(v, str) and re.fullmatch(r"-?\d+", v) for v in d.values())
                assert 1 <= int(d.get("month", 1)) <= 12 and 1 <= int(d.get("day", 1)) <= 31
        assert isinstance(e["text"]["headline"], str) and isinstance(e["text"]["text"], str)
        assert isinstance(e["display_date"], str) and isinstance(e["group"], str)
    hostile = next(e for e in doc["events"] if e["unique_id"] == "2025-05-20-tiang-diperkuat")
    assert "<b>" not in hostile["text"]["headline"] and "&lt;b&gt;" in hostile["text"]["headline"]
    assert "<script>" not in hostile["text"]["text"]


def test_timeline_ics_is_valid_icalendar():
    icalendar = pytest.importorskip("icalendar")
    store = fixture_store()
    text = render_site(store, SiteOptions(today=TODAY))["timeline.ics"]
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert "\n" not in text.replace("\r\n", "")
    cal = icalendar.Calendar.from_ical(text)
    vevents = cal.walk("VEVENT")
    daily = [e for e in store.visible() if len(e.date) == 10]
    assert sorted(str(v["UID"]).split("@")[0] for v in vevents) == sorted(e.id for e in daily)
    span = next(v for v in vevents if str(v["UID"]).startswith("2025-06-18"))
    assert span.decoded("DTSTART") == dt.date(2025, 6, 18)
    assert span.decoded("DTEND") == dt.date(2025, 6, 21), "DTEND is exclusive"
    assert str(span["STATUS"]) == "CONFIRMED"
    assert "Tiang <b>P3</b>" in str(
        next(v for v in vevents if "P3" in str(v["SUMMARY"]) and "diperkuat" in str(v["SUMMARY"]))[
            "SUMMARY"
        ]
    )


def test_timeline_csv_has_one_row_per_event():
    store = fixture_store()
    rows = list(
        csv.DictReader(io.StringIO(render_site(store, SiteOptions(today=TODAY))["timeline.csv"]))
    )
    assert [r["id"] for r in rows] == [e.id for e in store.visible()]
    assert (
        next(r for r in rows if r["id"] == "2025-07-peresmian-jembatan")["status_shown"]
        == "unconfirmed"
    )


# -- languages ---------------------------------------------------------------------------
def _shape(value, prefix=""):
    if isinstance(value, dict):
        keys = set(value)
        if keys <= {"one", "other"} and keys:
            return {prefix: "count"}
        out = {}
        for k, v in value.items():
            out.update(_shape(v, f"{prefix}.{k}"))
        return out
    return {prefix: tuple(sorted(re.findall(r"\{(\w+)\}", str(value))))}


def test_every_language_file_has_every_key_and_placeholder():
    files = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in I18N_DIR.glob("*.yaml")}
    assert set(files) == set(available_languages()) >= {"id", "en"}
    shapes = {code: _shape(data) for code, data in files.items()}
    reference = {k: v for k, v in shapes["id"].items() if v != "count"}
    for code, shape in shapes.items():
        assert set(shape) == set(shapes["id"]), code
        for key, placeholders in reference.items():
            if shape[key] != "count":
                assert shape[key] == placeholders, f"{code}{key}"


def test_english_ui_by_one_setting_keeps_content_language_marked():
    pages = render_site(fixture_store(), SiteOptions(language="en", today=TODAY))
    timeline = pages["linimasa/index.md"]
    assert "planned, not confirmed" in timeline and "Sources disagree" in timeline
    assert '"lm-status lm-status--unconfirmed">planned, not confirmed<' in timeline
    assert ">terjadi<" not in timeline and "**Sumber**" not in timeline
    assert 'lang="id"' in timeline, "Indonesian titles and quotes keep their language"
    home = _text(to_html(pages["index.md"]))
    assert "This timeline holds 10 events from 2019 to 2027" in home
    indonesian = render_site(fixture_store(), SiteOptions(today=TODAY))["linimasa/index.md"]
    assert 'lang="en"' in indonesian and 'lang="id"' not in indonesian


def test_unknown_language_is_refused_with_the_choices():
    with pytest.raises(ValueError, match="expected one of en, id"):
        strings_for("xx")


@pytest.mark.parametrize(
    "text", ["Rapat #1 selesai #", "Skor 2-1 ##", "# bukan judul", "Harga ~Rp 5.000~ per kg"]
)
def test_md_text_prints_as_written_in_a_heading_and_a_paragraph(text):
    import markdown

    from builder.render.markup import md_text

    for block in (f"### {md_text(text)}", md_text(text)):
        out = markdown.markdown(block, extensions=["attr_list", "tables"])
        assert h.unescape(re.sub(r"<[^>]+>", "", out)).strip() == text, out


def test_an_article_page_links_the_copies_ingest_kept_as_it():
    """An article published twice (kept once by ingest) says where else it was published;
    an address that is not a web link is not made one."""
    from dataclasses import replace

    from builder.render.sources import source_page

    store = fixture_store()
    ctx = Context(store, SiteOptions(today=TODAY))
    article = next(iter(store.articles.values()))
    copies = [
        {"source": "rows.jsonl#r2", "url": "https://news.example/b", "title": "Judul kedua"},
        {"source": "rows.jsonl#r3", "url": "javascript:alert(1)", "title": "Bukan tautan"},
    ]
    page = source_page(ctx, replace(article, extra={**article.extra, "also_published": copies}))
    html = to_html(page)
    assert "Juga dimuat" in _text(html)
    assert 'href="https://news.example/b"' in html and "Judul kedua" in html
    assert "javascript:" not in html and "Bukan tautan" not in html
    assert "Juga dimuat" not in _text(to_html(source_page(ctx, article)))
