"""Browser fixtures: built sites served on localhost, and Debian's chromium via Playwright.

Two real MkDocs builds (``--strict``): the seed site (``built_project``, extracted from the
seed articles through the CLI) and the fixture-store site in English with its timeline split
by year and month, so both UI languages and every kind of page are exercised.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, build_site, new_project

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
FIXTURE_STORE = ROOT / "tests" / "fixtures" / "store"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def _serve(directory: Path):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server


def build_fixture_site(tmp: Path) -> Path:
    """The fixture store as a real MkDocs site: English UI, a page per year and month."""
    proj = new_project(tmp)
    shutil.rmtree(proj / "content" / "articles")
    shutil.rmtree(proj / "timeline")
    shutil.copytree(FIXTURE_STORE / "content" / "articles", proj / "content" / "articles")
    shutil.copytree(FIXTURE_STORE / "timeline", proj / "timeline")
    config = yaml.safe_load((proj / "mkdocs.yml").read_text(encoding="utf-8"))
    config["theme"]["language"] = "en"
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "linimasa" in plugin:
            plugin["linimasa"].update(
                title="Selat Lestari bridge",
                year_pages_from=3,
                month_pages_from=2,
                today="2025-12-01",
            )
    (proj / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    build_site(proj)
    return proj


@pytest.fixture(scope="session")
def fixture_project(tmp_path_factory) -> Path:
    return build_fixture_site(tmp_path_factory.mktemp("fixture-site"))


@pytest.fixture(scope="session")
def site_url(built_project):
    server = _serve(built_project / "site")
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def fixture_url(fixture_project):
    server = _serve(fixture_project / "site")
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed (make test installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def watched_page(browser, allowed: tuple[str, ...], **context):
    """A page that records console errors and aborts (and records) any request that is not
    for ``allowed`` origins: the site must need nothing from another host."""
    ctx = browser.new_context(**{"viewport": DESKTOP, **context})
    pg = ctx.new_page()
    pg.errors = []  # type: ignore[attr-defined]
    pg.outside = []  # type: ignore[attr-defined]
    pg.on("console", lambda m: m.type == "error" and pg.errors.append(m.text))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))

    def route(r):
        if r.request.url.startswith(allowed):
            r.continue_()
        else:
            pg.outside.append(r.request.url)
            r.abort()

    pg.route("**/*", route)
    return ctx, pg


@pytest.fixture
def page(browser, site_url):
    ctx, pg = watched_page(browser, (site_url,))
    yield pg
    ctx.close()


def shot(page, name: str, full_page: bool = True) -> Path:
    """Save a screenshot as a test artifact (tests/artifacts/, ignored by git)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
