"""Property: whatever an editor does between runs, and however the evidence changes, no edit is
lost, deleted events stay deleted, and a repeated run writes nothing."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from builder.store import load_store
from builder.store.reconcile import apply_plan, event_path, plan_reconcile
from builder.store.schema import Event, Source
from builder.store.yamlio import dump_event, load_event_file

WORDS = ["Kim", "Putin", "tiba", "bertemu", "Rusia", "kereta", "KTT", "Vostochny", "kunjungan"]
DATES = ["2023", "2023-07", "2023-09", "2023-09-12", "2023-09-13", "2024-05-24"]

title = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)


@st.composite
def generation(draw, n_min=1, n_max=6):
    n = draw(st.integers(n_min, n_max))
    events = []
    for i in range(n):
        quotes = draw(st.lists(st.integers(0, 30), min_size=1, max_size=3, unique=True))
        events.append(
            Event(
                id=f"e{i}",
                date=draw(st.sampled_from(DATES)),
                status=draw(st.sampled_from(["happened", "planned", "expected"])),
                title=draw(title),
                sources=[Source(article="a1", quote=f"Kalimat {i}-{q}.") for q in quotes],
            )
        )
    return events


def evolve(draw, events):
    """The next generation: some titles and statuses change, sources come and go."""
    out = []
    for e in events:
        if draw(st.booleans()) and len(events) > 1 and draw(st.integers(0, 4)) == 0:
            continue  # no article reports it any more
        update = {}
        if draw(st.booleans()):
            update["title"] = draw(title)
        if draw(st.booleans()):
            update["status"] = draw(st.sampled_from(["happened", "planned", "expected"]))
        if draw(st.booleans()):
            extra = draw(st.integers(31, 40))
            update["sources"] = [*e.sources, Source(article="a2", quote=f"Baru {extra}.")]
        out.append(e.model_copy(update=update))
    return out


EDITS = ["title", "date", "hide", "delete", "comment", "drop_source"]


@given(data=st.data())
def test_no_edit_is_ever_lost(data):
    first = data.draw(generation())
    with tempfile.TemporaryDirectory() as tmp:
        timeline = Path(tmp)
        apply_plan(plan_reconcile(timeline, first))
        expected: dict[str, dict[str, object]] = {}
        deleted: set[str] = set()
        for e in first:
            path = event_path(timeline, e.id, e.date)
            for _ in range(data.draw(st.integers(0, 2))):
                if not path.exists():
                    break
                edit = data.draw(st.sampled_from(EDITS))
                current = load_event_file(path)[0]
                assert current is not None
                if edit in ("title", "date", "hide", "drop_source"):
                    # These edits rewrite the whole file, as an editor's tool might.
                    expected.get(e.id, {}).pop("comment", None)
                if edit == "title":
                    new = data.draw(title) + " (penyunting)"
                    path.write_text(dump_event(current.model_copy(update={"title": new})))
                    expected.setdefault(e.id, {})["title"] = new
                elif edit == "date":
                    new = data.draw(st.sampled_from(DATES))
                    path.write_text(dump_event(current.model_copy(update={"date": new})))
                    if new != current.date:
                        expected.setdefault(e.id, {})["date"] = new
                        path = event_path(timeline, e.id, current.date)  # file stays where it is
                elif edit == "hide":
                    path.write_text(dump_event(current.model_copy(update={"hidden": True})))
                    expected.setdefault(e.id, {})["hidden"] = True
                elif edit == "delete":
                    path.unlink()
                    deleted.add(e.id)
                elif edit == "comment":
                    path.write_text(path.read_text() + "# catatan penyunting\n")
                    expected.setdefault(e.id, {})["comment"] = True
                elif edit == "drop_source" and len(current.sources) > 1:
                    kept = current.sources[1:]
                    path.write_text(dump_event(current.model_copy(update={"sources": kept})))
                    expected.setdefault(e.id, {})["dropped"] = current.sources[0].quote
        # An "edit" that puts back the generated value is no edit: nothing tells them apart.
        for e in first:
            if expected.get(e.id, {}).get("date") == e.date:
                del expected[e.id]["date"]
            if e.id in expected and not expected[e.id]:
                del expected[e.id]
        for _round in range(2):
            nxt = evolve(data.draw, first)
            apply_plan(plan_reconcile(timeline, nxt))
        assert plan_reconcile(timeline, nxt).empty
        store = load_store(timeline, timeline / "none", check_quotes=False)
        assert [p for p in store.problems if "expected an article" not in p.message] == []
        found = {ev.id: ev for ev in store.events}
        for eid in deleted:
            assert eid not in found, f"{eid} came back after the editor deleted it"
        for eid, fields in expected.items():
            if eid in deleted:
                continue
            assert eid in found, f"{eid}, edited by hand, disappeared"
            ev = found[eid]
            for key in ("title", "date", "hidden"):
                if key in fields:
                    assert getattr(ev, key) == fields[key], (eid, key)
            if "dropped" in fields:
                assert fields["dropped"] not in [s.quote for s in ev.sources]
            if "comment" in fields:
                assert "# catatan penyunting" in store.paths[eid].read_text()
