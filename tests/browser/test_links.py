"""A link check over every generated page of both built sites, and the page-weight budget.

No browser needed: every ``href``/``src`` of every HTML page (SVG links included, which MkDocs
does not check) must reach a file of the site, every ``#fragment`` an ``id`` on that page,
and nothing a page loads may come from another host. Links *to* other hosts (an article's
original URL) are fine: a reader follows them, the page does not load them.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

#: Tags whose address the browser fetches by itself when the page loads.
LOADS = {"script": "src", "img": "src", "iframe": "src", "source": "src", "link": "href"}

#: The navigation repeats on every page; past this the pages grow with the site's size.
CHROME_BUDGET = 24_000


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []  # (tag, address)
        self.tabs = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.ids.add(a["name"])
        if tag == "li" and "md-tabs__item" in (a.get("class") or "").split():
            self.tabs += 1
        if tag == "a" and a.get("href") is not None:
            self.links.append(("a", a["href"]))
        elif tag in LOADS and a.get(LOADS[tag]):
            self.links.append((tag, a[LOADS[tag]]))


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _check_site(site: Path) -> tuple[list[str], int]:
    pages = {p: _parse(p) for p in sorted(site.rglob("*.html"))}
    problems: list[str] = []
    checked = 0
    for path, page in pages.items():
        where = path.relative_to(site).as_posix()
        for tag, address in page.links:
            parts = urlsplit(address)
            if parts.scheme in ("http", "https") or address.startswith("//"):
                if tag != "a":
                    problems.append(f"{where}: <{tag}> loads {address} from another host")
                continue
            if parts.scheme == "javascript":
                problems.append(f"{where}: script link {address}")
                continue
            if parts.scheme:
                continue  # mailto: and the like
            checked += 1
            if parts.path.startswith("/"):
                # Only the server's 404 page may use root paths: a file copy has no root.
                if where != "404.html":
                    problems.append(f"{where}: root path {address} breaks a copy on disk")
                    continue
                target = (site / unquote(parts.path).lstrip("/")).resolve()
            elif parts.path:
                target = (path.parent / unquote(parts.path)).resolve()
            else:
                target = path
            if parts.path.endswith("/") or target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                problems.append(f"{where}: {address} -> no file {target.relative_to(site)}")
                continue
            fragment = unquote(parts.fragment)
            if fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _parse(target).ids
                if fragment not in ids:
                    problems.append(f"{where}: {address} -> no id {fragment!r} there")
    return problems, checked


def _check_search_index(site: Path) -> list[str]:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    problems = []
    for doc in index["docs"]:
        path, _, fragment = doc["location"].partition("#")
        target = site / (path or "index.html")
        if not target.is_file():
            problems.append(f"search: {doc['location']} -> no file")
        elif fragment and f'id="{fragment}"' not in target.read_text(encoding="utf-8"):
            problems.append(f"search: {doc['location']} -> no id")
    return problems


@pytest.mark.parametrize("which", ["seed", "fixture"])
def test_every_internal_link_and_anchor_resolves(which, request):
    project = request.getfixturevalue("built_project" if which == "seed" else "fixture_project")
    site = project / "site"
    problems, checked = _check_site(site)
    problems += _check_search_index(site)
    assert checked > 100
    assert problems == [], "\n".join(problems[:50])


@pytest.mark.parametrize("which", ["seed", "fixture"])
def test_every_page_carries_the_same_small_navigation(which, request):
    project = request.getfixturevalue("built_project" if which == "seed" else "fixture_project")
    site = project / "site"
    heavy = []
    for path in sorted(site.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        page = _parse(path)
        assert page.tabs == 5, f"{path.relative_to(site)}: {page.tabs} navigation tabs"
        match = re.search(r'<article class="md-content__inner md-typeset">.*</article>', text, re.S)
        content = len(match.group(0).encode()) if match else 0
        chrome = len(text.encode()) - content
        if chrome > CHROME_BUDGET:
            heavy.append(f"{path.relative_to(site)}: {chrome} bytes around the content")
    assert heavy == [], heavy


def weight_report(site: Path) -> str:
    """HTML bytes per page (and how much of it is the page's own content), search index size."""
    rows = []
    for path in sorted(site.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        match = re.search(r'<article class="md-content__inner md-typeset">.*</article>', text, re.S)
        content = len(match.group(0).encode()) if match else 0
        rows.append((path.relative_to(site).as_posix(), len(text.encode()), content))
    width = max(len(r[0]) for r in rows)
    lines = [f"{'page':<{width}}  {'bytes':>9}  {'content':>9}"]
    lines += [f"{p:<{width}}  {b:>9,}  {c:>9,}" for p, b, c in rows]
    total = sum(r[1] for r in rows)
    index = site / "search" / "search_index.json"
    lines.append(f"{len(rows)} pages, {total:,} bytes of HTML (mean {total // len(rows):,})")
    if index.is_file():
        docs = len(json.loads(index.read_text(encoding="utf-8"))["docs"])
        lines.append(f"search index: {index.stat().st_size:,} bytes, {docs} entries")
    return "\n".join(lines)


if __name__ == "__main__":  # python -m tests.browser.test_links site/
    import sys

    print(weight_report(Path(sys.argv[1] if len(sys.argv) > 1 else "site")))
