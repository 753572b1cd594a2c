"""Reconcile a new generation of events with timeline/, three ways, the editor winning.

Three versions of each event meet here: what was last generated (the record kept in
``timeline/.generated.json``, committed with the timeline so it survives clones), the file as
it is now (maybe edited by hand), and the new generation. Field by field:

- a field the editor changed (file differs from the record) stays the editor's;
- a field the editor did not touch follows the new evidence;
- new sources are added; a source the editor removed stays removed;
- an event whose file the editor deleted never comes back (its record stays as a tombstone);
- ``hidden: true`` is an editor's field like any other, so a hidden event stays hidden;
- a hand-made event (not in the record) is never touched, and a generated event whose
  sentences it already cites is not proposed again;
- a file the editor touched is updated through a round-trip YAML writer, so comments, key
  order and quoting survive; an untouched file is rewritten in the canonical form.

A run that changes nothing writes nothing.
"""

from __future__ import annotations

import difflib
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .schema import Event
from .yamlio import check_inside, dump_event, event_data, load_event_file, write_atomic

__all__ = ["GENERATED", "Change", "Plan", "RecordError", "apply_plan", "plan_reconcile"]

GENERATED = ".generated.json"
RECORD_FORMAT = 1

#: Fields compared one by one; sources and conflicts are lists merged item by item.
SCALAR_FIELDS = [f for f in Event.model_fields if f not in ("id", "sources", "conflicts", "origin")]


@dataclass
class Change:
    """One file to write or delete."""

    path: Path
    old: str | None
    new: str | None  # None: delete
    reason: str

    def diff(self, root: Path) -> str:
        rel = self.path.relative_to(root) if self.path.is_relative_to(root) else self.path
        return "".join(
            difflib.unified_diff(
                (self.old or "").splitlines(keepends=True),
                (self.new or "").splitlines(keepends=True),
                fromfile=f"a/{rel}" if self.old is not None else "/dev/null",
                tofile=f"b/{rel}" if self.new is not None else "/dev/null",
            )
        )


@dataclass
class Plan:
    """Everything a reconcile would write; nothing is written until ``apply_plan``."""

    timeline_dir: Path
    changes: list[Change] = field(default_factory=list)
    record: dict[str, Any] = field(default_factory=dict)
    record_text: str = ""
    record_old: str | None = None
    kept_edits: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    #: Events whose files the plan deletes (no article reports them), with their record.
    deleting: dict[str, Any] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.changes and self.record_text == (self.record_old or "")

    def summary(self) -> dict[str, int]:
        counts = {"created": 0, "updated": 0, "deleted": 0}
        for c in self.changes:
            key = "created" if c.old is None else ("deleted" if c.new is None else "updated")
            counts[key] += 1
        counts["kept_edits"] = len(self.kept_edits)
        return counts


def _source_key(source: dict[str, Any]) -> tuple[str, str]:
    return (str(source.get("article")), str(source.get("quote")))


def event_path(timeline_dir: Path, event_id: str, date: str) -> Path:
    return timeline_dir / date[:4] / f"{event_id}.yaml"


class RecordError(ValueError):
    """The record of what was generated cannot be read; the message says how to recover."""


def _load_record(timeline_dir: Path) -> tuple[dict[str, Any], str | None, list[str]]:
    """The events last generated, the record's text, and the ids a run was deleting."""
    path = timeline_dir / GENERATED
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, None, []
    except UnicodeDecodeError as exc:
        raise RecordError(f"{path}: not UTF-8 text ({exc.reason}); {_RECOVER}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        # A merge conflict left in the file is the usual cause.
        raise RecordError(
            f"{path}:{exc.lineno}:{exc.colno}: not valid JSON ({exc.msg}); {_RECOVER}"
        ) from None
    except RecursionError:
        raise RecordError(f"{path}: nested too deeply to be the record; {_RECOVER}") from None
    events = data.get("events", {}) if isinstance(data, dict) else None
    deleting = data.get("deleting", []) if isinstance(data, dict) else None
    if (
        not isinstance(events, dict)
        or not all(isinstance(v, dict) for v in events.values())
        or not isinstance(deleting, list)
    ):
        raise RecordError(f'{path}: expected {{"events": {{id: event}}}}; {_RECOVER}')
    for key, value in events.items():
        try:
            Event.model_validate(value)
        except ValidationError as exc:
            raise RecordError(
                f"{path}: the entry {key!r} is not an event ({exc.error_count()} problem(s)); "
                f"{_RECOVER}"
            ) from None
    return dict(events), text, [str(d) for d in deleting]


_RECOVER = (
    "resolve it (a merge conflict?) or delete it: the events stay, and ones it no longer "
    "knows are then treated as the editor's"
)


def _record_text(events: dict[str, Any], deleting: list[str] | None = None) -> str:
    body: dict[str, Any] = {
        "format": RECORD_FORMAT,
        "events": {k: events[k] for k in sorted(events)},
    }
    if deleting:
        body["deleting"] = sorted(deleting)
    return json.dumps(body, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def _current_files(timeline_dir: Path) -> dict[str, tuple[Path, dict[str, Any] | None, str]]:
    """Event files now on disk by id: path, parsed data (None if invalid), text."""
    from . import event_files

    out: dict[str, tuple[Path, dict[str, Any] | None, str]] = {}
    for path in event_files(timeline_dir):
        text = path.read_text(encoding="utf-8", errors="replace")
        event, raw, _problems = load_event_file(path)
        key = event.id if event is not None else (raw.get("id") if isinstance(raw, dict) else None)
        key = str(key or path.stem)
        data = event_data(event) if event is not None else None
        out.setdefault(key, (path, data, text))
    return out


def _roundtrip_update(text: str, updates: dict[str, Any]) -> str:
    """Change only ``updates``' keys of a YAML file, keeping comments, order and quoting."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    doc = yaml.load(text)
    for key, value in updates.items():
        if value is _DELETE:
            doc.pop(key, None)
        else:
            doc[key] = _escaped(value)
    buf = io.StringIO()
    yaml.dump(doc, buf)
    return buf.getvalue()


_DELETE = object()


def _escaped(value: Any) -> Any:
    """``value`` with every text holding NEL (U+0085) double-quoted, where YAML escapes it;
    written raw, YAML reads it back as a line break folded to a space."""
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    if isinstance(value, str):
        return DoubleQuotedScalarString(value) if "\x85" in value else value
    if isinstance(value, list):
        return [_escaped(v) for v in value]
    if isinstance(value, dict):
        return {k: _escaped(v) for k, v in value.items()}
    return value


def plan_reconcile(timeline_dir: Path, generated: list[Event]) -> Plan:
    """Work out what extraction would change in ``timeline_dir``."""
    plan = Plan(timeline_dir=timeline_dir)
    record, plan.record_old, deleting = _load_record(timeline_dir)
    current = _current_files(timeline_dir)
    # A run that stopped while deleting files no article reports any more: those gone were
    # deleted by the tool, not by the editor, so they leave no tombstone.
    for gone in deleting:
        if gone not in current:
            record.pop(gone, None)
    # Which id already owns a sentence: the files first (an editor's merge moved it), then
    # the record (a deleted event's sentences stay claimed by its tombstone).
    owner: dict[tuple[str, str], str] = {}
    for eid, (_path, data, _text) in sorted(current.items()):
        for s in (data or {}).get("sources", []):
            owner.setdefault(_source_key(s), eid)
    for eid, data in sorted(record.items()):
        for s in data.get("sources", []):
            owner.setdefault(_source_key(s), eid)
    new_record: dict[str, Any] = {}
    matched: set[str] = set()
    taken_ids = set(current) | set(record)

    # First decide which existing event each new one is; several new events that land on the
    # same existing one are folded together before anything is compared.
    groups: dict[str, dict[str, Any]] = {}
    for event in generated:
        gen = event_data(event)
        target = event.id if event.id in record else None
        if target is None:
            for s in gen["sources"]:
                if _source_key(s) in owner:
                    target = owner[_source_key(s)]
                    break
        if target is None:
            target = event.id
            n = 2
            while target in taken_ids:
                target = f"{event.id}-{n}"
                n += 1
            taken_ids.add(target)
        if target in groups:
            known = {_source_key(s) for s in groups[target]["sources"]}
            groups[target]["sources"].extend(
                s for s in gen["sources"] if _source_key(s) not in known
            )
            continue
        gen["id"] = target
        groups[target] = gen

    for target, gen in groups.items():
        matched.add(target)
        base = record.get(target)
        if target not in current:
            if base is not None:
                plan.skipped.append(f"{target}: deleted by the editor; not proposed again")
                new_record[target] = base
                continue
            new_record[target] = gen
            new_event = Event.model_validate(gen)
            path = event_path(timeline_dir, target, new_event.date)
            plan.changes.append(Change(path, None, dump_event(new_event), "new event"))
            continue
        path, now, text = current[target]
        if (
            base is None
            and now is not None
            and now.get("origin", "extracted") == "extracted"
            and text == dump_event(Event.model_validate(now))
        ):
            # Written by a run that stopped before saving its record: still machine-made.
            base = now
        if base is None or now is None:
            why = "hand-made" if base is None else "not valid YAML now"
            plan.skipped.append(f"{target}: {why}; left as the editor wrote it")
            if base is not None:
                new_record[target] = base
            continue
        merged, edited = _merge_fields(base, now, gen)
        new_record[target] = _with_sources_record(gen, base)
        if edited:
            plan.kept_edits.append(f"{target}: kept the editor's {', '.join(edited)}")
        if merged == now:
            continue
        untouched = text == dump_event(Event.model_validate(base))
        if untouched:
            new_text = dump_event(Event.model_validate(merged))
        else:
            updates: dict[str, Any] = {}
            for key in [*merged, *now]:
                if merged.get(key, _DELETE) != now.get(key, _DELETE):
                    updates[key] = merged.get(key, _DELETE)
            new_text = _roundtrip_update(text, updates)
        plan.changes.append(Change(path, text, new_text, "new evidence"))

    for target, base in sorted(record.items()):
        if target in matched:
            continue
        if target not in current:
            new_record[target] = base  # tombstone of a file the editor deleted
            continue
        path, now, text = current[target]
        if now is not None and now == base and text == dump_event(Event.model_validate(base)):
            plan.changes.append(Change(path, text, None, "no article reports it any more"))
            plan.deleting[target] = base
        else:
            new_record[target] = base
    plan.record = new_record
    plan.record_text = _record_text(new_record)
    return plan


def _with_sources_record(gen: dict[str, Any], base: dict[str, Any]) -> dict[str, Any]:
    """What to remember as generated: the new generation, plus the sources the editor removed
    (so a removed source is remembered as removed and not offered again)."""
    out = dict(gen)
    keys = {_source_key(s) for s in gen["sources"]}
    out["sources"] = list(gen["sources"]) + [
        s for s in base.get("sources", []) if _source_key(s) not in keys
    ]
    return out


def _merge_fields(
    base: dict[str, Any], now: dict[str, Any], gen: dict[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    """Three-way merge of one event's fields; returns the result and the fields kept."""
    out = dict(now)
    edited = []
    for key in SCALAR_FIELDS:
        if now.get(key) == base.get(key) or now.get(key) == gen.get(key):
            if key in gen:
                out[key] = gen[key]
            else:
                out.pop(key, None)
        else:
            edited.append(key)
    # Sources: keep the file's list (the editor's order and edits); add new ones, drop
    # machine-made ones that no article gives any more.
    base_keys = {_source_key(s) for s in base.get("sources", [])}
    gen_keys = {_source_key(s) for s in gen.get("sources", [])}
    now_keys = {_source_key(s) for s in now.get("sources", [])}
    sources = [
        s
        for s in now.get("sources", [])
        if not (_source_key(s) in base_keys and _source_key(s) not in gen_keys)
    ]
    sources += [
        s
        for s in gen.get("sources", [])
        if _source_key(s) not in now_keys and _source_key(s) not in base_keys
    ]
    if now_keys != base_keys and now_keys != gen_keys:
        edited.append("sources")
    out["sources"] = sources
    if now.get("conflicts") in (base.get("conflicts"), gen.get("conflicts")):
        out["conflicts"] = gen.get("conflicts", [])
    else:
        edited.append("conflicts")
    if not out["sources"] and not out.get("sources_reason"):
        out["sources"] = now.get("sources", [])
    ordered = {k: out[k] for k in Event.model_fields if k in out}
    return ordered, edited


def apply_plan(plan: Plan) -> None:
    """Write the plan: each file atomically, the record last (so a crash re-plans safely).

    Files are written first; files to delete are named in the record before they go, so a
    run killed between two deletions does not leave the rest looking deleted by the editor
    (a tombstone that would keep the event from ever coming back).

    Raises:
        UnsafePathError: a file to write or delete leads out of timeline/ (a symlinked
            folder); checked for every change before the first is made.
    """
    for change in plan.changes:
        check_inside(change.path, plan.timeline_dir)
    # Temporary files left by a run that was killed mid-write are never event files.
    for stale in plan.timeline_dir.rglob(".*.tmp"):
        stale.unlink(missing_ok=True)
    record = plan.timeline_dir / GENERATED
    for change in plan.changes:
        if change.new is not None:
            write_atomic(change.path, change.new)
    if plan.deleting:
        pending = _record_text({**plan.record, **plan.deleting}, list(plan.deleting))
        write_atomic(record, pending, inside=plan.timeline_dir)
    for change in plan.changes:
        if change.new is None:
            change.path.unlink(missing_ok=True)
    write_atomic(record, plan.record_text, inside=plan.timeline_dir)
