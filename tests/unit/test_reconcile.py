"""Reconcile: an editor's edits survive every re-extraction; a no-op changes no byte."""

from __future__ import annotations

from pathlib import Path

from builder.store.reconcile import GENERATED, apply_plan, plan_reconcile
from builder.store.schema import Event, Source
from builder.store.yamlio import load_event_file


def _event(
    eid: str, title: str, quote: str = "Kalimat satu.", date: str = "2023-09-13", **kw
) -> Event:
    return Event(id=eid, date=date, title=title, sources=[Source(article="a1", quote=quote)], **kw)


def _run(timeline: Path, events: list[Event]):
    plan = plan_reconcile(timeline, events)
    apply_plan(plan)
    return plan


def _snapshot(timeline: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(timeline)): p.read_bytes()
        for p in sorted(timeline.rglob("*"))
        if p.is_file()
    }


def _path(timeline: Path, eid: str, year: str = "2023") -> Path:
    return timeline / year / f"{eid}.yaml"


def test_first_run_writes_files_and_record(tmp_path):
    plan = _run(tmp_path, [_event("e1", "Judul")])
    assert plan.summary()["created"] == 1
    assert _path(tmp_path, "e1").exists() and (tmp_path / GENERATED).exists()


def test_noop_run_leaves_every_byte(tmp_path):
    events = [_event("e1", "Judul"), _event("e2", "Lain", quote="Kalimat dua.")]
    _run(tmp_path, events)
    before = _snapshot(tmp_path)
    plan = _run(tmp_path, events)
    assert plan.empty
    assert _snapshot(tmp_path) == before


def test_edited_title_stays_and_untouched_fields_follow_evidence(tmp_path):
    _run(tmp_path, [_event("e1", "Judul mesin", status="planned")])
    path = _path(tmp_path, "e1")
    path.write_text(
        path.read_text().replace("title: Judul mesin", "title: Judul penyunting  # diperbaiki")
    )
    plan = _run(tmp_path, [_event("e1", "Judul mesin baru", status="happened")])
    event, _, _ = load_event_file(path)
    assert event.title == "Judul penyunting"
    assert event.status == "happened"  # not edited: follows the new evidence
    assert "# diperbaiki" in path.read_text()  # the editor's comment survives
    assert any("title" in k for k in plan.kept_edits)


def test_edited_date_is_kept(tmp_path):
    _run(tmp_path, [_event("e1", "Judul", date="2023-09")])
    path = _path(tmp_path, "e1")
    path.write_text(path.read_text().replace("date: 2023-09", "date: 2023-09-14"))
    _run(tmp_path, [_event("e1", "Judul", date="2023-09-13")])
    event, _, _ = load_event_file(path)
    assert event.date == "2023-09-14"


def test_hidden_event_stays_hidden_and_deleted_never_returns(tmp_path):
    events = [_event("e1", "Satu"), _event("e2", "Dua", quote="Kalimat dua.")]
    _run(tmp_path, events)
    p1, p2 = _path(tmp_path, "e1"), _path(tmp_path, "e2")
    p1.write_text(p1.read_text().replace("hidden: false", "hidden: true"))
    p2.unlink()
    _run(tmp_path, events)
    assert load_event_file(p1)[0].hidden is True
    assert not p2.exists()
    # Even under a new id, the same sentence does not bring it back.
    _run(tmp_path, [_event("e1", "Satu"), _event("e2-baru", "Dua lagi", quote="Kalimat dua.")])
    assert not p2.exists() and not _path(tmp_path, "e2-baru").exists()


def test_new_source_is_added_and_removed_source_stays_removed(tmp_path):
    first = _event("e1", "Judul")
    _run(tmp_path, [first])
    path = _path(tmp_path, "e1")
    # The editor replaces the machine's source with one of their own.
    text = path.read_text().replace("quote: Kalimat satu.", "quote: Kalimat editor.")
    path.write_text(text)
    two = first.model_copy(
        update={"sources": [*first.sources, Source(article="a2", quote="Kalimat baru.")]}
    )
    _run(tmp_path, [two])
    quotes = [s.quote for s in load_event_file(path)[0].sources]
    assert quotes == ["Kalimat editor.", "Kalimat baru."]


def test_merge_by_moving_sources_is_respected(tmp_path):
    _run(tmp_path, [_event("e1", "Satu"), _event("e2", "Dua", quote="Kalimat dua.")])
    p1, p2 = _path(tmp_path, "e1"), _path(tmp_path, "e2")
    p1.write_text(
        p1.read_text().replace("conflicts:", "- article: a1\n  quote: Kalimat dua.\nconflicts:")
    )
    p2.unlink()
    _run(tmp_path, [_event("e1", "Satu"), _event("e2", "Dua", quote="Kalimat dua.")])
    assert not p2.exists()
    assert [s.quote for s in load_event_file(p1)[0].sources] == ["Kalimat satu.", "Kalimat dua."]


def test_hand_made_event_is_never_touched(tmp_path):
    manual = tmp_path / "2023" / "buatan.yaml"
    manual.parent.mkdir(parents=True)
    text = (
        "id: buatan\ndate: 2023-09\norigin: manual\ntitle: Buatan tangan\n"
        "sources: []\nsources_reason: catatan lapangan\n"
    )
    manual.write_text(text)
    _run(tmp_path, [_event("e1", "Judul")])
    assert manual.read_text() == text


def test_machine_event_without_evidence_is_removed_but_edited_one_kept(tmp_path):
    _run(tmp_path, [_event("e1", "Satu"), _event("e2", "Dua", quote="Kalimat dua.")])
    p2 = _path(tmp_path, "e2")
    p2.write_text(p2.read_text().replace("title: Dua", "title: Dua (diperiksa)"))
    _run(tmp_path, [])
    assert not _path(tmp_path, "e1").exists()
    assert p2.exists()


def test_interrupted_run_is_completed_by_the_next(tmp_path):
    events = [_event("e1", "Satu"), _event("e2", "Dua", quote="Kalimat dua.")]
    plan = plan_reconcile(tmp_path, events)
    # Simulate a crash after the first file, before the record.
    change = plan.changes[0]
    change.path.parent.mkdir(parents=True, exist_ok=True)
    change.path.write_text(change.new)
    _run(tmp_path, events)
    assert _path(tmp_path, "e1").exists() and _path(tmp_path, "e2").exists()
    assert _run(tmp_path, events).empty


def test_dry_run_diff_shows_changes_and_writes_nothing(tmp_path):
    plan = plan_reconcile(tmp_path, [_event("e1", "Judul")])
    diff = plan.changes[0].diff(tmp_path)
    assert diff.startswith("--- /dev/null") and "+title: Judul" in diff
    assert list(tmp_path.iterdir()) == []


def test_a_source_that_comes_back_is_cited_again(tmp_path):
    two = _event("e1", "Judul").model_copy(
        update={
            "sources": [
                Source(article="a1", quote="Kalimat satu."),
                Source(article="a2", quote="Kalimat dua."),
            ]
        }
    )
    _run(tmp_path, [two])
    # The second article is taken out: its source goes. It comes back: so does the source.
    one = _run(tmp_path, [_event("e1", "Judul")])
    assert one.kept_edits == []
    assert [s.quote for s in load_event_file(_path(tmp_path, "e1"))[0].sources] == ["Kalimat satu."]
    again = _run(tmp_path, [two])
    assert again.kept_edits == []
    quotes = [s.quote for s in load_event_file(_path(tmp_path, "e1"))[0].sources]
    assert quotes == ["Kalimat satu.", "Kalimat dua."]


def test_machine_changes_are_never_reported_as_the_editors(tmp_path):
    _run(tmp_path, [_event("e1", "Judul", status="planned")])
    plan = _run(tmp_path, [_event("e1", "Judul lain", status="happened")])
    assert plan.kept_edits == []
    plan = _run(tmp_path, [_event("e1", "Judul", status="planned")])
    assert plan.kept_edits == []
    assert load_event_file(_path(tmp_path, "e1"))[0].title == "Judul"


def test_machine_file_follows_the_generation_order_and_never_looks_edited(tmp_path):
    def with_sources(*quotes: str, title: str = "Judul") -> Event:
        sources = [Source(article=f"artikel-{q[8].lower()}", quote=q) for q in quotes]
        return Event(id="e1", date="2023-09-13", title=title, sources=sources)

    from builder.store.yamlio import dump_event

    _run(tmp_path, [with_sources("Kalimat B.", "Kalimat C.")])
    # A new article's sentence comes first in the new generation (an earlier publication).
    second = with_sources("Kalimat A.", "Kalimat B.", "Kalimat C.")
    _run(tmp_path, [second])
    path = _path(tmp_path, "e1")
    assert path.read_text() == dump_event(second)  # the generation's order, not appended
    # Untouched by anyone, the file keeps following the evidence: no edit is kept.
    third = with_sources("Kalimat A.", "Kalimat B.", "Kalimat C.", title="Judul baru")
    plan = _run(tmp_path, [third])
    assert not plan.kept_edits
    assert path.read_text() == dump_event(third)
    assert _run(tmp_path, [third]).empty
