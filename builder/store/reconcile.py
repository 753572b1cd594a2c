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
import hashlib
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from pydantic import ValidationError

from .schema import Event
from .yamlio import Problem, check_inside, dump_event, event_data, parse_event_text, write_atomic

__all__ = [
    "GENERATED",
    "Change",
    "Plan",
    "RecordError",
    "apply_plan",
    "plan_reconcile",
    "record_digest",
]

GENERATED = ".generated.json"
RECORD_FORMAT = 2

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
    problems: list[Problem] = field(default_factory=list)
    #: Events whose files the plan deletes (no article reports them), with their record.
    deleting: dict[str, Any] = field(default_factory=dict)
    #: The record written before the deletions, naming them (empty when none).
    pending_text: str = ""

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


#: ``json.dumps(..., ensure_ascii=False)`` without making an encoder for every value (the
#: record has a line for each of tens of thousands of events).
_TO_JSON = json.JSONEncoder(ensure_ascii=False)


@dataclass
class _Record:
    """What the machine last wrote: each event's data as written, the hash of each file's
    text, the sources an editor removed (never offered again), and the events a run was
    deleting when it wrote the record."""

    events: dict[str, Any] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    removed: dict[str, list[list[str]]] = field(default_factory=dict)
    deleting: list[str] = field(default_factory=list)

    def text(self, lines: dict[tuple[str, str], tuple[Any, str]] | None = None) -> str:
        """The record as JSON with one event per line: quick to write for tens of thousands
        of events (no pretty-printing) and still a readable, line-by-line diff in git.

        ``lines`` keeps each line written by section and key, with its value: a record
        written again with some of the same values reuses their lines."""
        lines = {} if lines is None else lines

        def line(name: str, key: str, value: Any) -> str:
            known = lines.get((name, key))
            if known is None or (known[0] is not value and known[0] != value):
                known = lines[(name, key)] = (
                    value,
                    f" {_TO_JSON.encode(key)}: {_TO_JSON.encode(value)}",
                )
            return known[1]

        sections = {
            "events": {k: self.events[k] for k in sorted(self.events)},
            "files": {k: self.files[k] for k in sorted(self.files) if k in self.events},
            "removed": {
                k: sorted(self.removed[k])
                for k in sorted(self.removed)
                if self.removed[k] and k in self.events
            },
        }
        out = [f'{{"format": {RECORD_FORMAT}']
        for name, entries in sections.items():
            rows = [line(name, k, v) for k, v in entries.items()]
            body = ("\n" + ",\n".join(rows) + "\n") if rows else ""
            out.append(f', "{name}": {{{body}}}')
        if self.deleting:
            out.append(f', "deleting": {_TO_JSON.encode(sorted(self.deleting))}')
        return "".join(out) + "}\n"


def _written_lines(record: _Record, text: str | None) -> dict[tuple[str, str], tuple[Any, str]]:
    """The event lines of the record as it was read, with their values, for
    :meth:`_Record.text` to reuse where a value is written again (comparing an event costs
    less than writing it). Only a record laid out as :meth:`_Record.text` writes it is read
    so: one line per event, nothing else in its section."""
    if not text:
        return {}
    found: dict[tuple[str, str], tuple[Any, str]] = {}
    section = None
    for row in text.split("\n"):
        if not row.startswith(' "'):
            section = "events" if row.endswith('"events": {') else None
            continue
        if section is None:
            continue
        row = row.removesuffix(",")
        try:
            key, end = json.decoder.scanstring(row, 2)
        except ValueError:
            return {}
        if row[end : end + 2] != ": " or key not in record.events or ("events", key) in found:
            return {}
        found[("events", key)] = (record.events[key], row)
    return found if len(found) == len(record.events) else {}


def record_digest(text: str) -> str:
    """The hash of a record's text: kept by a caller (outside timeline/) after writing it, it
    tells the next run that the record is still what was written and needs no checking."""
    return _sha(text)


def _load_record(timeline_dir: Path, trusted: str | None = None) -> tuple[_Record, str | None]:
    """What the machine last wrote, and the record's text; RecordError if it is unreadable.
    Every entry is checked to be an event, unless the text's :func:`record_digest` is
    ``trusted`` (exactly what was written, and checked, before)."""
    path = timeline_dir / GENERATED
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return _Record(), None
    except UnicodeDecodeError as exc:
        raise RecordError(f"{path}: not UTF-8 text ({exc.reason}); {_RECOVER}") from None
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        # A merge conflict left in the file is the usual cause; nesting too deep for a
        # record is reported so too ("depth limit exceeded").
        raise RecordError(
            f"{path}:{exc.lineno}:{exc.colno}: not valid JSON ({exc.msg}); {_RECOVER}"
        ) from None
    if not isinstance(data, dict):
        raise RecordError(f'{path}: expected {{"events": {{id: event}}}}; {_RECOVER}')
    events, files = data.get("events", {}), data.get("files") or {}
    removed, deleting = data.get("removed") or {}, data.get("deleting") or []
    if (
        not isinstance(events, dict)
        or not all(isinstance(v, dict) for v in events.values())
        or not isinstance(files, dict)
        or not all(isinstance(v, str) for v in files.values())
        or not isinstance(removed, dict)
        or not all(
            isinstance(v, list) and all(isinstance(x, list) and len(x) == 2 for x in v)
            for v in removed.values()
        )
        or not isinstance(deleting, list)
    ):
        raise RecordError(f'{path}: expected {{"events": {{id: event}}}}; {_RECOVER}')
    if trusted is None or record_digest(text) != trusted:
        for key, value in events.items():
            try:
                Event.model_validate(value)
            except ValidationError as exc:
                raise RecordError(
                    f"{path}: the entry {key!r} is not an event ({exc.error_count()} "
                    f"problem(s)); {_RECOVER}"
                ) from None
    record = _Record(
        events=dict(events),
        files=dict(files),
        removed={k: [list(x) for x in v] for k, v in removed.items()},
        deleting=[str(d) for d in deleting],
    )
    return record, text


_RECOVER = (
    "resolve it (a merge conflict?) or delete it: the events stay, and ones it no longer "
    "knows are then treated as the editor's"
)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _current_files(
    timeline_dir: Path, problems: list[Problem], record: _Record | None = None
) -> dict[str, tuple[Path, dict[str, Any] | None, str]]:
    """Event files now on disk by id: path, parsed data (None if invalid), text. Each file is
    read once, and not even parsed when it is byte for byte what the machine last wrote;
    the problems of invalid ones are collected (those files are left alone)."""
    from . import event_files

    known = {}
    if record is not None:
        known = {h: k for k, h in record.files.items() if k in record.events}
    out: dict[str, tuple[Path, dict[str, Any] | None, str]] = {}
    for path in event_files(timeline_dir):
        raw_bytes = path.read_bytes()
        text = raw_bytes.decode("utf-8", errors="replace")
        eid = known.get(hashlib.sha256(raw_bytes).hexdigest())
        if eid is not None and path.stem == eid:
            out.setdefault(eid, (path, record.events[eid], text))  # type: ignore[union-attr]
            continue
        try:
            raw_bytes.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(Problem(str(path), None, None, None, f"not UTF-8 text: {exc.reason}"))
            out.setdefault(path.stem, (path, None, text))
            continue
        event, raw, found = parse_event_text(text, str(path))
        problems.extend(found)
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
    yaml.indent(mapping=2, sequence=2, offset=0)
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


def plan_reconcile(
    timeline_dir: Path, generated: list[Event], *, trusted: str | None = None
) -> Plan:
    """Work out what extraction would change in ``timeline_dir``. ``trusted``: the
    :func:`record_digest` of the record as the caller last wrote it, if it kept it."""
    plan = Plan(timeline_dir=timeline_dir)
    record, plan.record_old = _load_record(timeline_dir, trusted)
    current = _current_files(timeline_dir, plan.problems, record)
    # A run that stopped while deleting files no article reports any more: those gone were
    # deleted by the tool, not by the editor, so they leave no tombstone.
    for gone in record.deleting:
        if gone not in current:
            record.events.pop(gone, None)
    # Who owns a sentence. An editor's claim: a sentence an editor put into an event (in its
    # file but not in what was generated for it), or any sentence of a hand-made event. A
    # machine claim: the sentences last generated for an event (a deleted event's included:
    # its tombstone keeps them).
    editor_owner: dict[tuple[str, str], str] = {}
    for eid, (_path, data, _text) in sorted(current.items()):
        if data is not None and data is record.events.get(eid):
            continue  # the file is what was generated: no sentence of the editor's
        generated_keys = {_source_key(s) for s in record.events.get(eid, {}).get("sources", [])}
        for s in (data or {}).get("sources", []):
            if _source_key(s) not in generated_keys:
                editor_owner.setdefault(_source_key(s), eid)
    machine_owner: dict[tuple[str, str], str] = {}
    for eid, data in sorted(record.events.items()):
        for s in data.get("sources", []):
            machine_owner.setdefault(_source_key(s), eid)
    new = _Record()
    matched: set[str] = set()
    taken_ids = set(current) | set(record.events)

    # Which existing event each new one is. First the new events whose id was generated
    # before; then the others by their sentences: one an editor merged into an event joins
    # it (the editor's merge), one last generated for an event takes that event if no other
    # new event has, and anything else is a new event. The same inputs always map the same
    # way, so a second run finds nothing to do.
    groups: dict[str, dict[str, Any]] = {}
    pending = []
    for event in generated:
        gen = event_data(event)
        if event.id in record.events and event.id not in groups:
            groups[event.id] = gen
        else:
            pending.append((event, gen))
    for event, gen in pending:
        keys = [_source_key(s) for s in gen["sources"]]
        target = next((editor_owner[k] for k in keys if k in editor_owner), None)
        if target is None:
            target = next(
                (
                    machine_owner[k]
                    for k in keys
                    if k in machine_owner and machine_owner[k] not in groups
                ),
                None,
            )
        if target is None:
            target = event.id
            n = 2
            while target in taken_ids or target in groups:
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
        gen["id"] = target

    def keep(target: str) -> None:
        """Carry a record entry over unchanged."""
        new.events[target] = record.events[target]
        if target in record.files:
            new.files[target] = record.files[target]
        if target in record.removed:
            new.removed[target] = record.removed[target]

    for target, gen in groups.items():
        matched.add(target)
        base = record.events.get(target)
        if target not in current:
            if base is not None:
                plan.skipped.append(f"{target}: deleted by the editor; not proposed again")
                keep(target)
                continue
            new_event = Event.model_validate(gen)
            text = dump_event(new_event)
            new.events[target], new.files[target] = gen, _sha(text)
            path = event_path(timeline_dir, target, new_event.date)
            plan.changes.append(Change(path, None, text, "new event"))
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
                keep(target)
            continue
        if (
            now is base
            and base is record.events.get(target)
            and gen == base
            and not record.removed.get(target)
        ):
            # The file is byte for byte what was last generated (its data is the record's,
            # found by the file's hash), and so is the new generation: nothing to merge or
            # write.
            new.events[target] = gen
            new.files[target] = record.files[target]
            continue
        removed = {tuple(k) for k in record.removed.get(target, [])}
        merged, edited, removed = _merge_fields(base, now, gen, removed)
        if removed:
            new.removed[target] = [list(k) for k in sorted(removed)]
        if edited:
            plan.kept_edits.append(f"{target}: kept the editor's {', '.join(edited)}")
        # The record keeps the generation (the "base" of the next three-way merge), never
        # the merged file: an editor's value must stay different from it to stay theirs.
        new.events[target] = gen
        digest = _sha(text)
        untouched = record.files.get(target) == digest or text == dump_event(
            Event.model_validate(base)
        )
        if untouched:
            # Nobody edited the file: its sources are the generation's, in its order (a
            # machine file kept in its old order would look edited to every later run).
            merged["sources"] = [s for s in gen["sources"] if _source_key(s) not in removed]
        if merged == now:
            if merged == gen and (
                record.files.get(target) == digest
                or text == dump_event(Event.model_validate(merged))
            ):
                new.files[target] = digest
            continue
        canonical = dump_event(Event.model_validate(merged))
        if untouched:
            new_text = canonical
        else:
            updates: dict[str, Any] = {}
            for key in [*merged, *now]:
                if merged.get(key, _DELETE) != now.get(key, _DELETE):
                    updates[key] = merged.get(key, _DELETE)
            new_text = _roundtrip_update(text, updates)
        if new_text == canonical and merged == gen:
            # A file that is exactly the generation: the next run need not even parse it.
            new.files[target] = _sha(new_text)
        plan.changes.append(Change(path, text, new_text, "new evidence"))

    for target, base in sorted(record.events.items()):
        if target in matched:
            continue
        if target not in current:
            keep(target)  # tombstone of a file the editor deleted
            continue
        path, now, text = current[target]
        untouched = record.files.get(target) == _sha(text) or (
            now is not None and now == base and text == dump_event(Event.model_validate(base))
        )
        if untouched:
            plan.changes.append(Change(path, text, None, "no article reports it any more"))
            plan.deleting[target] = base
            continue
        keep(target)
    plan.record = new.events
    lines = _written_lines(record, plan.record_old)
    plan.record_text = new.text(lines)
    if plan.deleting:
        # Written before the first deletion: the events still known, and named as going.
        pending = _Record(
            events={**new.events, **plan.deleting},
            files={**new.files, **{k: record.files[k] for k in plan.deleting if k in record.files}},
            removed=new.removed,
            deleting=list(plan.deleting),
        )
        plan.pending_text = pending.text(lines)
    return plan


def _merge_fields(
    base: dict[str, Any], now: dict[str, Any], gen: dict[str, Any], removed: set[tuple[str, str]]
) -> tuple[dict[str, Any], list[str], set[tuple[str, str]]]:
    """Three-way merge of one event's fields.

    Returns the merged data, the fields kept as the editor wrote them, and every source the
    editor has removed (these are never offered again).
    """
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
    # Sources: the file's list stays (the editor's order and edits); sources the machine had
    # written and no article gives any more go; new ones come in unless the editor removed
    # them once.
    base_keys = {_source_key(s) for s in base.get("sources", [])}
    gen_keys = {_source_key(s) for s in gen.get("sources", [])}
    now_keys = {_source_key(s) for s in now.get("sources", [])}
    # A sentence no article gives any more need not be remembered: the machine drops it too
    # (and a run killed after writing the file, before the record, must not make it look
    # like the editor's removal).
    removed = removed | ((base_keys - now_keys) & gen_keys)
    sources = [
        s
        for s in now.get("sources", [])
        if not (_source_key(s) in base_keys and _source_key(s) not in gen_keys)
    ]
    sources += [
        s
        for s in gen.get("sources", [])
        if _source_key(s) not in now_keys and _source_key(s) not in removed
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
    return ordered, edited, removed


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
    if plan.pending_text:
        write_atomic(record, plan.pending_text, inside=plan.timeline_dir)
    for change in plan.changes:
        if change.new is None:
            change.path.unlink(missing_ok=True)
    write_atomic(record, plan.record_text, inside=plan.timeline_dir)
