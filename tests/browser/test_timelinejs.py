"""timeline.json in TimelineJS3 itself: the real library (from npm, fetched by ``make
browser-deps`` into .venv/timelinejs) loads the file by its URL, as a reader would embed it,
and must build one slide per event with no error. Skips when the library is not there."""

from __future__ import annotations

import html
import json
import shutil

import pytest

from tests.browser.conftest import _serve
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

DIST = ROOT / ".venv" / "timelinejs" / "package" / "dist"

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="timeline.css"></head>
<body><div id="tl" style="width: 1000px; height: 600px"></div>
<script src="timeline.js"></script>
<script>
  window.loaded = null;
  const t = new TL.Timeline("tl", "timeline.json", {hash_bookmark: false, language: "en"});
  t.on("loaded", () => {
    window.loaded = {
      events: t.config.events.map(e => e.unique_id),
      errors: t.config.getErrors(),
      headlines: [...document.querySelectorAll(".tl-slide .tl-headline")].map(h => h.textContent),
      bold: document.querySelectorAll(".tl-slide .tl-headline b").length,
    };
  });
</script></body></html>
"""


@pytest.mark.parametrize("which", ["seed", "fixture"])
def test_timeline_json_loads_in_timelinejs3(which, request, browser, tmp_path):
    if not (DIST / "js" / "timeline.js").is_file():
        pytest.skip("TimelineJS3 is not in .venv/timelinejs (make browser-deps fetches it)")
    project = request.getfixturevalue("built_project" if which == "seed" else "fixture_project")
    shutil.copy(DIST / "js" / "timeline.js", tmp_path / "timeline.js")
    shutil.copy(DIST / "css" / "timeline.css", tmp_path / "timeline.css")
    shutil.copy(project / "site" / "timeline.json", tmp_path / "timeline.json")
    (tmp_path / "index.html").write_text(PAGE, encoding="utf-8")
    data = json.loads((tmp_path / "timeline.json").read_text(encoding="utf-8"))
    server = _serve(tmp_path)
    ctx = browser.new_context()
    try:
        pg = ctx.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        base = f"http://127.0.0.1:{server.server_address[1]}"
        # TimelineJS may ask for web fonts; they are not ours to test, so they are refused.
        pg.route("**/*", lambda r: r.continue_() if r.request.url.startswith(base) else r.abort())
        pg.goto(base + "/index.html")
        try:
            pg.wait_for_function("window.loaded !== null", timeout=20000)
        except Exception:  # TimelineJS shows why it refused the data in its own message box
            message = pg.evaluate("document.querySelector('#tl')?.innerText || ''")
            pytest.fail(f"TimelineJS3 did not load timeline.json: {message} {errors}")
        loaded = pg.evaluate("window.loaded")
        assert errors == [], errors
        assert loaded["errors"] == []
        ids = [e["unique_id"] for e in data["events"]]
        assert sorted(loaded["events"]) == sorted(ids)
        headlines = [html.unescape(e["text"]["headline"]) for e in data["events"]]
        shown = loaded["headlines"]
        assert shown[0] == html.unescape(data["title"]["text"]["headline"])
        assert sorted(shown[1:]) == sorted(headlines), "one slide per event, titles as written"
        assert loaded["bold"] == 0, "a title's markup prints as text"
    finally:
        ctx.close()
        server.shutdown()
        server.server_close()
