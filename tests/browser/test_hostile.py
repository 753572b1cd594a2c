"""Hostile text on the built site, in a real browser: every field an article or an editor
writes (titles, summaries, names, quotes, the date words, notes, article bodies, outlets,
authors, links) carries script tags, handlers, javascript: links, Markdown attribute lists,
raw HTML blocks, frames, SVG with script, and Unicode tricks; the site built from them by
`mkdocs build --strict` shows all of it as text.

On every page and in search results: no dialog opens (each payload calls alert), no element
carries a handler or a javascript: link, no script, frame or form comes from the text, and no
request leaves the site's own host.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.browser.conftest import _serve, watched_page
from tests.conftest import build_site, new_project, run_cli

pytestmark = pytest.mark.browser

PAYLOADS = [
    "<script>alert('script')</script>",
    "<img src=x onerror=alert('img')>",
    "[klik di sini](javascript:alert('link'))",
    "<a href=\"javascript:alert('a')\">tautan</a>",
    "Judul {: onclick=alert('attr') }",
    "{#palsu .x onmouseover=alert('attr2') }",
    "<div markdown>**tebal** <script>alert('md')</script></div>",
    "<iframe src=\"https://evil.example/frame\"></iframe>",
    "<svg onload=alert('svg')><script>alert('svg2')</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('mxss')>",
    "<style>body{display:none}</style><link rel=stylesheet href=https://evil.example/x.css>",
    "![gambar](https://evil.example/x.png) <https://evil.example/auto>",
    "&lt;script&gt;alert('entity')&lt;/script&gt; &#60;b&#62;",
    "`<script>alert('code')</script>` <!-- komentar --> <b>tebal</b>",
    "<base href=\"https://evil.example/\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
    "<form action=https://evil.example/form><button>kirim</button></form>",
    "'\"><script>alert('quote')</script>",
    "</mark></a></article><script>alert('close')</script>",
    "data:text/html,<script>alert('data')</script>",
    "\u202egnp.exe Рutin pay\u200bload \ufeffBOM",
]  # fmt: skip
#: Block-level hostile text: whole lines of raw HTML and Markdown in a summary and a body.
BLOCK = "\n\n<script>alert('block')</script>\n\n    <b>kode</b>\n\n> kutipan\n\n# judul palsu\n"
ARTICLE_ID = "warta-2023-09-13-uji"


def _sentence(i: int, payload: str) -> str:
    return f"Kalimat nomor {i} memuat {payload} dan berakhir di sini."


def write_hostile_project(tmp: Path) -> Path:
    proj = new_project(tmp)
    body = "\n\n".join(
        [f"Pembuka artikel {PAYLOADS[0]}", *(_sentence(i, p) for i, p in enumerate(PAYLOADS)),
         BLOCK.strip()]
    )  # fmt: skip
    front = {
        "id": ARTICLE_ID,
        "title": f"Artikel {PAYLOADS[1]} {PAYLOADS[2]}",
        "outlet": f"Warta {PAYLOADS[3]}",
        "author": f"Penulis {PAYLOADS[4]}",
        "url": "https://example.org/x\"><script>alert('url')</script>{: onclick=alert('u') }",
        "published": "2023-09-13",
        "published_from": "editor",
        "published_evidence": PAYLOADS[5],
        "language": "id",
    }
    (proj / "content" / "articles" / f"{ARTICLE_ID}.md").write_text(
        f"---\n{yaml.safe_dump(front, allow_unicode=True, sort_keys=False)}---\n\n{body}\n",
        encoding="utf-8",
    )
    for i, payload in enumerate(PAYLOADS):
        other = PAYLOADS[(i + 7) % len(PAYLOADS)]
        event = {
            "id": f"2023-09-{10 + i % 5:02d}-uji-{i}",
            "date": f"2023-09-{10 + i % 5:02d}",
            "status": ["happened", "planned", "expected"][i % 3],
            "title": f"Peristiwa {i} {payload}",
            "summary": f"Ringkasan {other}" + (BLOCK if i == 0 else ""),
            "actors": [f"Tokoh {payload}"],
            "places": [f"Tempat {other}"],
            "tags": [f"label {payload}"],
            "sources": [{"article": ARTICLE_ID, "quote": _sentence(i, payload), "said": other}],
            "conflicts": [{"article": ARTICLE_ID, "date": "2023-09-20", "note": payload}],
        }
        year = proj / "timeline" / "2023"
        year.mkdir(exist_ok=True)
        (year / f"{event['id']}.yaml").write_text(
            yaml.safe_dump(event, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    config = yaml.safe_load((proj / "mkdocs.yml").read_text(encoding="utf-8"))
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "linimasa" in plugin:
            # Article bodies on the source pages too, and small per-year and month pages.
            plugin["linimasa"].update(full_text=True, today="2025-01-01", title=PAYLOADS[0])
    (proj / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    run_cli("check", cwd=proj)
    build_site(proj)
    return proj


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    proj = write_hostile_project(tmp_path_factory.mktemp("hostile"))
    server = _serve(proj / "site")
    yield f"http://127.0.0.1:{server.server_address[1]}", proj / "site"
    server.shutdown()
    server.server_close()


@pytest.fixture
def guarded(browser, hostile_url):
    url, _site = hostile_url
    ctx, pg = watched_page(browser, (url,))
    pg.dialogs = []  # type: ignore[attr-defined]

    def on_dialog(dialog):
        pg.dialogs.append(dialog.message)
        dialog.dismiss()

    pg.on("dialog", on_dialog)
    yield pg
    ctx.close()


#: Elements and attributes that text must never become, anywhere in the page; and inside the
#: content area, elements the renderer never makes.
AUDIT = """
() => {
  const bad = [];
  const urlAttrs = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (a.name.toLowerCase().startsWith('on')) bad.push(`${el.tagName}[${a.name}]`);
      if (urlAttrs.includes(a.name.toLowerCase())
          && /^(javascript|data|vbscript):/i.test(a.value.replace(/[\\u0000-\\u0020]/g, '')))
        bad.push(`${el.tagName}[${a.name}=${a.value}]`);
    }
  }
  for (const s of document.querySelectorAll('script')) {
    if (/alert|evil/.test(s.textContent + (s.getAttribute('src') || ''))) bad.push('script');
  }
  for (const sel of ['base', 'meta[http-equiv]', 'iframe', 'object', 'embed', 'form[action]']) {
    for (const el of document.querySelectorAll(sel)) bad.push(sel);
  }
  const content = document.querySelector('.md-content');
  for (const sel of ['script', 'style', 'link', 'img', 'math', 'button', 'svg script', 'b']) {
    for (const el of (content ? content.querySelectorAll(sel) : [])) bad.push('content ' + sel);
  }
  return bad;
}
"""


def _pages(site: Path) -> list[str]:
    return sorted(
        "/" + str(p.relative_to(site))
        for p in site.rglob("*.html")
        if not str(p.relative_to(site)).startswith(("assets/", "search/"))
    )


def test_every_page_shows_hostile_text_as_text(guarded, hostile_url):
    url, site = hostile_url
    pages = _pages(site)
    assert len(pages) >= 8
    for path in pages:
        guarded.goto(url + path)
        guarded.wait_for_load_state("networkidle")
        assert guarded.evaluate(AUDIT) == [], path
    assert guarded.dialogs == [], guarded.dialogs
    assert guarded.outside == [], guarded.outside
    assert guarded.errors == [], guarded.errors


def test_payloads_are_printed_as_written(guarded, hostile_url):
    url, _site = hostile_url
    guarded.goto(url + "/linimasa/index.html")
    shown = guarded.locator(".md-content").inner_text()
    for payload in PAYLOADS:
        assert " ".join(payload.split()) in " ".join(shown.split()), payload
    guarded.goto(url + f"/sumber/{ARTICLE_ID}.html")
    source = " ".join(guarded.locator(".md-content").inner_text().split())
    assert "<script>alert('block')</script>" in source, "a raw HTML block in a body is text"
    # The page title, in the header and the window's title, reads as written too.
    topic = guarded.locator("[data-md-component='header-topic']").inner_text()
    assert "Artikel <img src=x onerror=alert('img')>" in topic, topic
    assert guarded.title().startswith("Artikel <img src=x onerror=alert('img')>")
    assert guarded.dialogs == []


def test_hovering_and_clicking_run_nothing(guarded, hostile_url):
    """Handlers that would need a reader's hand (onclick, onmouseover) have nothing to run."""
    url, _site = hostile_url
    guarded.goto(url + "/linimasa/index.html")
    titles = guarded.locator("article.lm-event .lm-event-title")
    for i in range(min(titles.count(), 8)):
        titles.nth(i).hover()
    links = guarded.locator(".md-content a[href^='http']")
    for i in range(links.count()):
        assert links.nth(i).get_attribute("href").startswith("https://example.org/")
    assert guarded.dialogs == []
    assert guarded.outside == []


def test_search_results_show_hostile_text_as_text(guarded, hostile_url):
    url, _site = hostile_url
    guarded.goto(url + "/index.html")
    guarded.locator("input.md-search__input").click()
    # Every event title starts with this word: the results list them all, payloads included.
    guarded.keyboard.type("Peristiwa", delay=30)
    guarded.locator(".md-search-result__item").first.wait_for(timeout=15000)
    guarded.wait_for_timeout(300)
    results = guarded.locator(".md-search-result").inner_text()
    assert "<script>alert(" in results or "<img src=x" in results, "payloads shown as text"
    assert guarded.evaluate(AUDIT) == []
    assert guarded.dialogs == [], guarded.dialogs
    assert guarded.outside == [], guarded.outside
