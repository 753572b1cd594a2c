"""The built seed site in a real headless Chromium (Debian's, driven by Playwright)."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import ARTIFACTS

pytestmark = pytest.mark.browser


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


@pytest.mark.parametrize("path", ["/", "/linimasa/", "/sumber/", "/panduan/"])
def test_pages_load_clean_and_stay_local(page, site_url, path):
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").first.is_visible()
    assert page.errors == [], page.errors
    assert page.outside == [], page.outside
    assert page.locator("html").get_attribute("lang") == "id"
    _shot(page, path.strip("/").replace("/", "-") or "home")


def test_events_in_chronological_order(page, site_url):
    page.goto(site_url + "/linimasa/")
    dates = page.locator("h4.lm-event-title").evaluate_all("els => els.map(e => e.id.slice(0, 10))")
    assert len(dates) >= 10
    keys = [re.match(r"\d{4}(-\d\d)?(-\d\d)?", d).group(0) for d in dates]
    padded = [(k + "-01-01")[:10] if len(k) < 10 else k for k in keys]
    assert padded == sorted(padded)


def test_every_source_link_lands_on_a_highlighted_sentence(page, site_url):
    page.goto(site_url + "/linimasa/")
    links = page.locator(".md-content ol li a[href*='sumber/']").evaluate_all(
        "els => els.map(e => e.href)"
    )
    assert links
    for href in sorted(set(links)):
        page.goto(href)
        anchor = href.split("#", 1)[1]
        mark = page.locator(f"mark#{anchor}")
        assert mark.count() == 1, href
        assert "lm-cited" in (mark.get_attribute("class") or "")
    _shot(page, "source")


def test_search_finds_vostochny(page, site_url):
    page.goto(site_url + "/")
    page.wait_for_load_state("networkidle")
    box = page.locator("input.md-search__input")
    box.click()
    page.keyboard.type("Vostochny", delay=30)
    result = page.locator(".md-search-result__item").first
    result.wait_for(timeout=15000)
    assert "Vostochny" in page.locator(".md-search-result").inner_text()


def test_dark_mode_toggle(page, site_url):
    page.goto(site_url + "/")
    before = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("label.md-header__button[for^='__palette']").first.click()
    after = page.locator("body").get_attribute("data-md-color-scheme")
    assert before != after
