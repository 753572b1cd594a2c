"""The event file: schema, line-numbered errors, checks across files, safe writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.store import load_store
from builder.store.schema import Event, Source
from builder.store.yamlio import dump_event, parse_event_text, write_atomic

ARTICLE = """---
id: a1
title: Judul
outlet: ANTARA
published: '2023-09-13'
published_from: editor
---

Kim Jong Un dan Vladimir Putin bertemu di Kosmodrom Vostochny pada Rabu.
"""

EVENT = """id: e1
date: 2023-09-13
status: happened
title: Kim dan Putin bertemu
sources:
  - article: a1
    quote: Kim Jong Un dan Vladimir Putin bertemu di Kosmodrom Vostochny pada Rabu.
"""


def _project(tmp_path: Path, events: dict[str, str]) -> tuple[Path, Path]:
    articles = tmp_path / "content" / "articles"
    articles.mkdir(parents=True)
    (articles / "a1.md").write_text(ARTICLE, encoding="utf-8")
    timeline = tmp_path / "timeline"
    for name, text in events.items():
        path = timeline / "2023" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return timeline, articles


def test_valid_event_loads(tmp_path):
    timeline, articles = _project(tmp_path, {"e1.yaml": EVENT})
    store = load_store(timeline, articles)
    assert store.problems == []
    (event,) = store.events
    assert (event.date, event.precision, event.status) == ("2023-09-13", "day", "happened")


@pytest.mark.parametrize(
    ("edit", "line", "key", "words"),
    [
        (("status: happened", "status: done"), 3, "status", "'happened', 'planned' or 'expected'"),
        (("date: 2023-09-13", "date: 2023-02-30"), 2, "date", "not a day of the calendar"),
        (("date: 2023-09-13", "date: 13/09/2023"), 2, "date", "YYYY, YYYY-MM or YYYY-MM-DD"),
        (("title: Kim", "titel: Kim"), 4, "titel", "did you mean 'title'"),
        (
            ("date: 2023-09-13", "date: 2023-09-13\nend: 2023-09-01"),
            3,
            None,
            "end 2023-09-01 is before",
        ),
        (("    quote:", "    qoute:"), 7, "sources[0].qoute", "did you mean 'quote'"),
    ],
)
def test_errors_name_file_line_and_key(tmp_path, edit, line, key, words):
    text = EVENT.replace(*edit)
    _, _, problems = parse_event_text(text, "timeline/2023/e1.yaml")
    assert problems, text
    shown = "\n".join(str(p) for p in problems)
    assert words in shown
    assert any(p.line == line for p in problems), shown
    if key:
        assert any(p.key == key for p in problems), shown


def test_all_problems_reported_at_once(tmp_path):
    bad = EVENT.replace("status: happened", "status: done").replace("title: Kim", "titel: Kim")
    _, _, problems = parse_event_text(bad, "e1.yaml")
    assert len(problems) >= 3  # status, unknown key, missing title


def test_malformed_yaml_and_python_tags_are_refused(tmp_path):
    _, _, problems = parse_event_text("id: e1\ntitle: [unclosed\n", "x.yaml")
    assert problems and problems[0].line is not None and "not valid YAML" in problems[0].message
    _, _, problems = parse_event_text("id: !!python/object/apply:os.system ['echo hi']\n", "x.yaml")
    assert problems and "tags that build objects are refused" in problems[0].message


def test_cross_file_problems(tmp_path):
    missing = EVENT.replace("article: a1", "article: a2").replace("id: e1", "id: e2")
    stale = EVENT.replace("pada Rabu.", "pada Kamis.").replace("id: e1", "id: e3")
    dup = EVENT
    timeline, articles = _project(
        tmp_path, {"e1.yaml": EVENT, "e2.yaml": missing, "e3.yaml": stale, "e1-copy.yaml": dup}
    )
    store = load_store(timeline, articles)
    shown = "\n".join(str(p) for p in store.problems)
    assert "expected an article" in shown and "a2.md" in shown
    assert "no longer appears verbatim" in shown
    assert "duplicate id 'e1'" in shown
    assert all(p.line is not None for p in store.problems), shown


def test_dump_is_deterministic_and_round_trips():
    event = Event(
        id="e1",
        date="2023-09",
        status="planned",
        title="Judul: dengan titik dua",
        sources=[Source(article="a1", quote="Kalimat 'dengan' kutipan.", said="bulan September")],
        time="06:00 WIB",
    )
    text = dump_event(event)
    assert text == dump_event(event)
    again, _, problems = parse_event_text(text, "e1.yaml")
    assert problems == [] and again == event
    assert "date: 2023-09\n" in text or "date: '2023-09'\n" in text


def test_write_atomic_leaves_identical_file_untouched(tmp_path):
    path = tmp_path / "x.yaml"
    assert write_atomic(path, "a: 1\n") is True
    stamp = path.stat().st_mtime_ns
    assert write_atomic(path, "a: 1\n") is False
    assert path.stat().st_mtime_ns == stamp
    assert not list(tmp_path.glob(".*.tmp"))
