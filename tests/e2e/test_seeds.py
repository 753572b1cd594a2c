"""End to end: the seed articles through the real CLI into a real MkDocs site."""

from __future__ import annotations

import json
import re
from pathlib import Path

from builder.store import load_store
from tests.conftest import run_cli


def _events(proj: Path):
    store = load_store(proj / "timeline", proj / "content" / "articles")
    assert store.problems == []
    return store.visible()


def _text(event) -> str:
    return " ".join([event.title, event.summary, *(s.quote for s in event.sources)])


def _find(events, date_prefix: str, *words: str, status: str | None = None):
    return [
        e
        for e in events
        if e.date.startswith(date_prefix)
        and all(re.search(w, _text(e), re.IGNORECASE) for w in words)
        and (status is None or e.status == status)
    ]


def test_named_events_have_the_right_dates(built_project):
    events = _events(built_project)
    shoigu = _find(events, "2023-07", "Shoigu", "Pyongyang|Korea Utara")
    assert shoigu and all(e.date == "2023-07" for e in shoigu), "Shoigu in Pyongyang, July 2023"
    arrival = _find(events, "2023-09-12", r"\btiba\b", "Khasan|Rusia")
    assert arrival, "Kim's arrival in Russia on 2023-09-12"
    summit = _find(events, "2023-09-13", "Vostochny")
    assert summit, "the Vostochny summit on 2023-09-13"
    trip = _find(events, "2024", "Putin", "Pyongyang|Korea Utara", status="planned")
    assert trip, "Putin's planned 2024 trip to Pyongyang"


def test_every_event_cites_a_verbatim_sentence(built_project):
    store = load_store(built_project / "timeline", built_project / "content" / "articles")
    for event in store.events:
        assert event.sources
        for source in event.sources:
            assert source.quote in store.articles[source.article].body


def test_site_pages_exist(built_project):
    site = built_project / "site"
    # Plain file URLs (use_directory_urls: false), so the site also opens from disk.
    for page in ("index.html", "linimasa/index.html", "sumber/index.html", "panduan.html"):
        assert (site / page).is_file(), page
    articles = list((built_project / "content" / "articles").glob("*.md"))
    for article in articles:
        assert (site / "sumber" / f"{article.stem}.html").is_file()
    assert not (site / "articles").exists(), "the corpus itself is not published"
    data = json.loads((site / "timeline.json").read_text(encoding="utf-8"))
    assert data["events"] and all("start_date" in e for e in data["events"])


def test_events_appear_in_chronological_order_on_the_page(built_project):
    html = (built_project / "site" / "linimasa" / "index.html").read_text(encoding="utf-8")
    ids = re.findall(r'<h4[^>]*\bid="([^"]+)"', html)
    events = {e.id: e for e in _events(built_project)}
    shown = [events[i] for i in ids if i in events]
    assert len(shown) == len(events)
    assert shown == sorted(shown, key=lambda e: e.sort_key())


def test_second_extract_changes_nothing(built_project):
    timeline = built_project / "timeline"
    before = {p: p.read_bytes() for p in timeline.rglob("*") if p.is_file() and p.suffix != ".lock"}
    run_cli("extract", cwd=built_project)
    after = {p: p.read_bytes() for p in timeline.rglob("*") if p.is_file() and p.suffix != ".lock"}
    assert after == before


def test_check_reports_a_broken_file_with_its_line(built_project, tmp_path):
    bad = built_project / "timeline" / "2023" / "zz-rusak.yaml"
    bad.write_text("id: zz-rusak\ndate: 2023-02-30\nstatus: selesai\ntitle: x\nsources: []\n")
    try:
        proc = run_cli("check", cwd=built_project, check=False)
        assert proc.returncode == 1
        assert "zz-rusak.yaml:2:" in proc.stderr and "not a day of the calendar" in proc.stderr
        assert "zz-rusak.yaml:3:" in proc.stderr and "status" in proc.stderr
    finally:
        bad.unlink()


def test_tag_command_prints_json_lines(built_project, tmp_path):
    src = tmp_path / "t.txt"
    src.write_text(
        "Kim tiba di Rusia pada Selasa (12/9/2023) dan bertemu Putin pada Rabu.", encoding="utf-8"
    )
    proc = run_cli("tag", "--published", "2023-09-12", str(src), cwd=built_project)
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [(r["text"], r["value"]) for r in rows] == [
        ("Selasa (12/9/2023)", "2023-09-12"),
        ("Rabu", "2023-09-06"),
    ]
    assert {"start", "end", "type", "precision", "modifiers"} <= set(rows[0])
