"""The built sites in a real headless Chromium (Debian's, driven by Playwright).

What a reader does: open the pages (no console error, no request to another host), read
the events in chronological order, follow every source link to its highlighted sentence,
search, switch to dark mode, use the keyboard, use the overview without JavaScript, open a
copy of the site from disk, and read it in English; and what a reader needs: no
accessibility violation (axe-core, light and dark). Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import DESKTOP, PHONE, shot, watched_page

pytestmark = pytest.mark.browser

SOURCE = "/sumber/knews-2023-09-11-kim-jong-un-berangkat-ke-rusia.html"
PAGES = [
    "/index.html",
    "/linimasa/index.html",
    "/sumber/index.html",
    SOURCE,
    "/indeks/index.html",
    "/indeks/orang.html",
    "/indeks/tempat.html",
    "/indeks/media.html",
    "/panduan.html",
]


def _clean(page) -> None:
    assert page.errors == [], page.errors
    assert page.outside == [], page.outside


@pytest.mark.parametrize("path", PAGES)
def test_pages_load_clean_and_stay_local(page, site_url, path):
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").first.is_visible()
    assert page.locator("html").get_attribute("lang") == "id"
    assert page.locator("nav.md-tabs a.md-tabs__link").count() == 5, "the nav stays fixed"
    _clean(page)


def _date_key(value: str) -> tuple:
    parts = [int(p) for p in value.split("-")]
    return (parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def test_events_in_chronological_order(page, site_url):
    page.goto(site_url + "/linimasa/index.html")
    cards = page.locator("article.lm-event").evaluate_all(
        "els => els.map(e => [e.querySelector('.lm-event-title').id,"
        " e.querySelector('time').getAttribute('datetime')])"
    )
    assert len(cards) >= 10
    keys = [(_date_key(d), len(d)) for _, d in cards]
    assert keys == sorted(keys), [d for _, d in cards]
    headings = page.locator("h2[id^='y']").evaluate_all("els => els.map(e => e.id)")
    assert headings == sorted(headings) and len(headings) >= 3, "a heading per year"


def test_every_source_link_lands_on_a_highlighted_sentence(page, site_url):
    page.goto(site_url + "/linimasa/index.html")
    links = page.locator(".lm-sources a[href*='sumber/']").evaluate_all(
        "els => els.map(e => e.href)"
    )
    assert len(links) >= 10
    for href in sorted(set(links)):
        page.goto(href)
        anchor = href.split("#", 1)[1]
        mark = page.locator(f"mark[id='{anchor}']")
        assert mark.count() == 1, href
        assert "lm-cited" in (mark.get_attribute("class") or "")
        assert mark.is_visible()
        box = mark.bounding_box()
        assert box is not None and 0 <= box["y"] < DESKTOP["height"], "scrolled into view"
        outline = mark.evaluate("m => getComputedStyle(m).outlineStyle")
        assert outline == "solid", "the cited sentence is highlighted as the target"
    _clean(page)


def test_source_page_links_back_to_events(page, site_url):
    page.goto(site_url + SOURCE)
    back = page.locator(".lm-cited-in a").evaluate_all("els => els.map(e => e.href)")
    assert back
    for href in sorted(set(back))[:5]:
        page.goto(href)
        target = href.split("#", 1)[1]
        assert page.locator(f"[id='{target}']").count() == 1


def test_search_finds_vostochny(page, site_url):
    page.goto(site_url + "/index.html")
    page.wait_for_load_state("networkidle")
    box = page.locator("input.md-search__input")
    box.click()
    page.keyboard.type("Vostochny", delay=30)
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    assert "Vostochny" in page.locator(".md-search-result").inner_text()
    hrefs = page.locator(".md-search-result__item a").evaluate_all(
        "els => els.map(e => e.getAttribute('href'))"
    )
    assert any(re.search(r"linimasa/index\.html\?h=.*#2023-09-1", h) for h in hrefs), (
        "results lead to the event card, not only to its page",
        hrefs,
    )
    _clean(page)


def test_dark_mode_toggle(page, site_url):
    page.goto(site_url + "/index.html")
    body = page.locator("body")
    before = body.get_attribute("data-md-color-scheme")
    bg_before = body.evaluate("b => getComputedStyle(b).backgroundColor")
    toggle = page.locator("form[data-md-component='palette'] label:visible").first
    assert toggle.get_attribute("title") in ("Beralih ke mode gelap", "Beralih ke mode terang")
    toggle.click()
    after = body.get_attribute("data-md-color-scheme")
    assert {before, after} == {"default", "slate"}
    assert body.evaluate("b => getComputedStyle(b).backgroundColor") != bg_before
    page.reload()
    assert body.get_attribute("data-md-color-scheme") == after, "the choice is remembered"
    _clean(page)


def _tab_until(page, test: str, limit: int = 120) -> dict:
    for _ in range(limit):
        page.keyboard.press("Tab")
        info = page.evaluate(
            "() => { const a = document.activeElement;"
            " return {tag: a.tagName.toLowerCase(), href: a.getAttribute('href'),"
            f" hit: !!({test})}} }}"
        )
        if info["hit"]:
            return info
    raise AssertionError(f"the keyboard never reached: {test}")


def test_keyboard_reaches_event_links(page, site_url):
    page.goto(site_url + "/linimasa/index.html")
    info = _tab_until(
        page, "a.tagName === 'A' && a.closest('.lm-sources') && a.href.includes('sumber/')"
    )
    ring = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert ring != "none", "focus is visible"
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/sumber/.+#k-"))
    anchor = page.url.split("#", 1)[1]
    assert info["href"].endswith(anchor)
    assert page.locator(f"mark[id='{anchor}']").is_visible()


def test_keyboard_reaches_overview_marks(page, site_url):
    page.goto(site_url + "/index.html")
    info = _tab_until(page, "a.closest('.lm-overview') && a.tagName.toLowerCase() === 'a'")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/linimasa/index\.html#"))
    target = page.url.split("#", 1)[1]
    assert info["href"].endswith(target)
    assert page.locator(f"[id='{target}']").is_visible()


def test_overview_works_without_javascript(browser, site_url, built_project):
    ctx, pg = watched_page(browser, (site_url,), java_script_enabled=False)
    try:
        pg.goto(site_url + "/index.html")
        svg = pg.locator(".lm-overview__svg")
        assert svg.is_visible()
        name = svg.locator("a title").first.text_content()
        group = pg.get_by_role("group", name="Gambaran umum")
        assert group.get_by_role("link", name=name, exact=True).count() == 1, "marks are links"
        marks = svg.locator("a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
        timeline = (built_project / "site" / "linimasa" / "index.html").read_text("utf-8")
        events = re.findall(r'class="lm-event-title" id="([^"]+)"', timeline)
        assert sorted(m.split("#", 1)[1] for m in marks) == sorted(events)
        pg.locator(".lm-overview__svg a").nth(len(marks) // 2).click()
        pg.wait_for_url(re.compile(r"#"))
        assert pg.locator(f"[id='{pg.url.split('#', 1)[1]}']").is_visible()
        _clean(pg)
    finally:
        ctx.close()


AXE_PAGES = {
    "seed": ["/index.html", "/linimasa/index.html", SOURCE, "/indeks/orang.html"],
    "fixture": [
        "/index.html",
        "/linimasa/index.html",
        "/linimasa/2025/05/index.html",
        "/linimasa/2024/index.html",
        "/sumber/lensadaerah-2025-06-21-uji-beban-tahap-1-selesai.html",
    ],
}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("which", ["seed", "fixture"])
def test_no_accessibility_violations(browser, request, which, scheme):
    from axe_playwright_python.sync_playwright import Axe

    base = request.getfixturevalue("site_url" if which == "seed" else "fixture_url")
    ctx, pg = watched_page(browser, (base,), color_scheme=scheme)
    try:
        axe = Axe()
        found = {}
        for path in AXE_PAGES[which]:
            pg.goto(base + path)
            pg.wait_for_load_state("networkidle")
            result = axe.run(pg)
            if result.violations_count:
                found[path] = [
                    (v["id"], [n["target"] for n in v["nodes"][:3]])
                    for v in result.response["violations"]
                ]
        assert found == {}, found
        _clean(pg)
    finally:
        ctx.close()


@pytest.mark.parametrize(("width", "viewport"), [("desktop", DESKTOP), ("phone", PHONE)])
def test_screenshots(browser, site_url, width, viewport):
    ctx, pg = watched_page(browser, (site_url,), viewport=viewport)
    try:
        pg.goto(site_url + "/index.html")
        pg.wait_for_load_state("networkidle")
        assert shot(pg, f"home-{width}").stat().st_size > 10_000
        pg.goto(site_url + "/linimasa/index.html")
        pg.locator("article.lm-event").nth(3).scroll_into_view_if_needed()
        assert shot(pg, f"timeline-{width}", full_page=False).stat().st_size > 10_000
        pg.goto(site_url + SOURCE + "#dikutip")
        assert shot(pg, f"source-{width}").stat().st_size > 10_000
        overflow = pg.evaluate("() => document.documentElement.scrollWidth > innerWidth")
        assert not overflow, "no sideways scrolling"
        _clean(pg)
    finally:
        ctx.close()


def test_site_works_from_a_file_copy(browser, built_project):
    index = (built_project / "site" / "index.html").as_uri()
    ctx, pg = watched_page(browser, ("file://",))
    try:
        pg.goto(index)
        assert pg.locator("h1").first.is_visible()
        pg.locator("nav.md-tabs a.md-tabs__link").nth(1).click()
        pg.wait_for_url(re.compile(r"linimasa/index\.html$"))
        assert pg.locator("article.lm-event").count() >= 10
        href = pg.locator(".lm-sources a[href*='sumber/']").first.get_attribute("href")
        pg.locator(".lm-sources a[href*='sumber/']").first.click()
        pg.wait_for_url(re.compile(r"sumber/.+\.html#k-"))
        assert pg.locator(f"mark[id='{href.split('#')[1]}']").is_visible()
        pg.goto(index)
        pg.locator("input.md-search__input").click()
        pg.keyboard.type("Vostochny", delay=30)
        pg.locator(".md-search-result__item").first.wait_for(timeout=15000)
        assert "Vostochny" in pg.locator(".md-search-result").inner_text()
        _clean(pg)
    finally:
        ctx.close()


def test_english_site_split_by_year_and_month(browser, fixture_url):
    ctx, pg = watched_page(browser, (fixture_url,))
    try:
        pg.goto(fixture_url + "/index.html")
        assert pg.locator("html").get_attribute("lang") == "en"
        assert pg.locator("h1").first.inner_text().startswith("Selat Lestari bridge")
        tabs = pg.locator("nav.md-tabs a.md-tabs__link").all_inner_texts()
        assert tabs == ["Home", "Timeline", "Sources", "Indexes", "Guide"]
        pg.goto(fixture_url + "/linimasa/index.html")
        pg.get_by_role("link", name="May", exact=True).click()
        pg.wait_for_url(re.compile(r"linimasa/2025/05/index\.html$"))
        assert pg.locator("h1").inner_text().startswith("May 2025")
        assert pg.locator(".lm-event-title[lang='id']").count() == 2
        assert pg.locator(".lm-status").first.inner_text() == "happened"
        pg.get_by_role("link", name="June 2025 →").click()
        pg.wait_for_url(re.compile(r"linimasa/2025/06/index\.html$"))
        pg.goto(fixture_url + "/linimasa/2024/index.html")
        conflict = pg.locator(".admonition.warning")
        assert "Sources disagree" in conflict.inner_text() and "Warta Nusa" in conflict.inner_text()
        pg.goto(fixture_url + "/linimasa/2025/07/index.html")
        assert pg.locator(".lm-status--unconfirmed").inner_text() == "planned, not confirmed"
        _clean(pg)
    finally:
        ctx.close()
