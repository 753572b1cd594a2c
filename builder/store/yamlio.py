"""Reading and writing event files, with errors that point at file, line, column and key.

Files are loaded with PyYAML's safe loader (no tag may build a Python object) and composed
first so that every problem found later by the schema can be mapped back to the line and
column where the offending key or value is written.
"""

from __future__ import annotations

import difflib
import os
import reprlib
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ..safeyaml import FastSafeLoader, SafeLoader
from ..safeyaml import compose as safe_compose
from ..safeyaml import load as safe_load
from .schema import Event

__all__ = [
    "MAX_EVENT_BYTES",
    "SCHEMA_COMMENT",
    "Problem",
    "UnsafePathError",
    "check_inside",
    "dump_event",
    "load_event_file",
    "parse_event_text",
    "write_atomic",
]

#: First line of every generated event file: editors that speak the YAML language server
#: protocol get completion and checks from the schema `timeline schema` writes.
SCHEMA_COMMENT = "# yaml-language-server: $schema=../event.schema.json\n"

FIELD_ORDER = list(Event.model_fields)

#: An event file is a few kilobytes; a bigger one is not an event (and would take the YAML
#: reader seconds per megabyte), so it is refused before it is read.
MAX_EVENT_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True)
class Problem:
    """One problem in one file: where, which key, what was found and what was expected."""

    path: str
    line: int | None
    column: int | None
    key: str | None
    message: str

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        key = f" ==> at key {self.key}:" if self.key else ""
        return f"{where}:{key} {self.message}"


def _key_path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _node_at(root: yaml.Node | None, loc: tuple[Any, ...]) -> tuple[yaml.Node | None, bool]:
    """The node for a key path; the bool says whether it is the key's own node."""
    node = root
    is_key = False
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == part:
                    node, is_key = v, False
                    break
            else:
                return node, is_key
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                return node, is_key
            node = node.value[part]
        else:
            return node, is_key
    return node, is_key


def _mapping_key_node(root: yaml.Node | None, loc: tuple[Any, ...]) -> yaml.Node | None:
    parent, _ = _node_at(root, loc[:-1])
    if isinstance(parent, yaml.MappingNode):
        for k, _v in parent.value:
            if k.value == loc[-1]:
                return k
    return None


class EventLoader(SafeLoader):
    """The safe loader, except that dates stay text: the schema checks them and says why
    ``2023-02-30`` is wrong, where YAML would fail without a line."""


_NO_TIMESTAMP = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
EventLoader.yaml_implicit_resolvers = _NO_TIMESTAMP

if FastSafeLoader is not None:

    class FastEventLoader(FastSafeLoader):  # type: ignore[misc,valid-type]
        """EventLoader on libyaml's parser: a timeline of thousands of files is read on every
        command (see safeyaml.load for when it is used)."""

    FastEventLoader.yaml_implicit_resolvers = _NO_TIMESTAMP
else:  # PyYAML built without libyaml
    FastEventLoader = None  # type: ignore[assignment,misc]


# Values shown in messages are cut short: a value may be megabytes long, or an alias bomb
# whose full repr would never end.
_SHOWN = reprlib.Repr()
_SHOWN.maxstring = _SHOWN.maxother = 80
_SHOWN.maxlist = _SHOWN.maxdict = 6
_SHOWN.maxlevel = 2


def parse_event_text(text: str, path: str) -> tuple[Event | None, Any, list[Problem]]:
    """Parse and validate the text of an event file."""
    try:
        data = safe_load(text, EventLoader, FastEventLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        col = mark.column + 1 if mark else None
        reason = exc.problem or str(exc)
        unknown_tag = "constructor for the tag" in reason
        if isinstance(exc, yaml.constructor.ConstructorError) and unknown_tag:
            reason = f"{reason} (only plain YAML is read; tags that build objects are refused)"
        return None, None, [Problem(path, line, col, None, f"not valid YAML: {reason}")]
    except yaml.reader.ReaderError as exc:
        # A control character: PyYAML gives its offset only, and a message over two lines.
        line = text.count("\n", 0, exc.position) + 1
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        char = chr(exc.character) if isinstance(exc.character, int) else exc.character
        message = f"not valid YAML: the character {char!r} is not allowed ({exc.reason})"
        return None, None, [Problem(path, line, col, None, message)]
    except yaml.YAMLError as exc:
        reason = " ".join(str(exc).split())
        return None, None, [Problem(path, None, None, None, f"not valid YAML: {reason}")]
    if not isinstance(data, dict):
        found = "an empty file" if data is None else f"a {type(data).__name__}"
        return None, data, [Problem(path, 1, 1, None, f"expected a mapping of keys, found {found}")]
    bad_keys = [k for k in data if not isinstance(k, str)]
    if bad_keys:
        return None, data, [Problem(path, 1, 1, None, f"keys must be text, found {bad_keys!r}")]
    try:
        event = Event.model_validate(data)
        return event, data, []
    except ValidationError as exc:
        # Only a file with problems is composed again, for the lines and columns of its keys.
        root = safe_compose(text, EventLoader, FastEventLoader)
        problems = []
        for err in exc.errors():
            loc = tuple(err["loc"])
            key = _key_path(loc) or None
            if err["type"] == "extra_forbidden":
                node = _mapping_key_node(root, loc)
                parent_fields = _fields_for(loc[:-1])
                guess = difflib.get_close_matches(str(loc[-1]), parent_fields, n=1)
                hint = f"; did you mean {guess[0]!r}?" if guess else ""
                message = f"unknown key {loc[-1]!r}{hint} (known keys: {', '.join(parent_fields)})"
            else:
                if not loc:
                    # A rule across fields: point at the first field its message names.
                    named = [f for f in ("end", "sources", "date") if f in err["msg"]]
                    if named:
                        loc = (named[0],)
                        key = named[0]
                node, _ = _node_at(root, loc)
                found = err.get("input")
                shown = _SHOWN.repr(found) if not isinstance(found, dict) else "a mapping"
                if isinstance(found, dict) and loc and isinstance(data, dict):
                    shown = _SHOWN.repr(data.get(loc[0]))
                msg = err["msg"].removeprefix("Value error, ")
                if err["type"] == "missing":
                    message = "missing; this key is required"
                    node, _ = _node_at(root, loc[:-1])
                else:
                    message = f"found {shown}; {msg}"
            line = node.start_mark.line + 1 if node is not None else None
            col = node.start_mark.column + 1 if node is not None else None
            problems.append(Problem(path, line, col, key, message))
        return None, data, problems


def _fields_for(loc: tuple[Any, ...]) -> list[str]:
    from .schema import Conflict, Source

    if loc and loc[0] == "sources":
        return list(Source.model_fields)
    if loc and loc[0] == "conflicts":
        return list(Conflict.model_fields)
    return FIELD_ORDER


def load_event_file(path: Path) -> tuple[Event | None, Any, list[Problem]]:
    """Read and validate one event file."""
    try:
        size = path.stat().st_size
        if size > MAX_EVENT_BYTES:
            message = f"{size:,} bytes is over the {MAX_EVENT_BYTES:,}-byte limit for an event file"
            return None, None, [Problem(str(path), None, None, None, message)]
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, None, [Problem(str(path), None, None, None, f"not UTF-8 text: {exc.reason}")]
    except OSError as exc:
        return None, None, [Problem(str(path), None, None, None, f"cannot read: {exc.strerror}")]
    return parse_event_text(text, str(path))


# libyaml's emitter when PyYAML has it (the usual wheels do): thousands of event files are
# written in one extraction. Its block style puts list items at their key's indentation.
class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    pass


def _str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    # NEL (U+0085, a cp1252 ellipsis read as Latin-1) is a line break to YAML: written raw,
    # it reads back as a space and a quote no longer matches its article. Escaped, it stays.
    style = '"' if "\x85" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str)
# Dates are text in event files; written without quotes, as people write them.
_Dumper.yaml_implicit_resolvers = EventLoader.yaml_implicit_resolvers


def event_data(event: Event) -> dict[str, Any]:
    """The event as plain data in the file's key order, leaving out empty optional extras."""
    data = event.model_dump(mode="json", exclude_none=False)
    for key in ("same_as", "sources_reason"):
        if data.get(key) is None:
            data.pop(key, None)
    if data.get("origin") == "extracted":
        data.pop("origin")
    for source in data["sources"]:
        if source.get("said") is None:
            source.pop("said")
    for conflict in data["conflicts"]:
        for k in [k for k, v in conflict.items() if v is None]:
            conflict.pop(k)
    return {k: data[k] for k in FIELD_ORDER if k in data}


def dump_event(event: Event) -> str:
    """The text of an event file, always the same for the same event."""
    body = yaml.dump(
        event_data(event), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=4096
    )
    return SCHEMA_COMMENT + body


class UnsafePathError(ValueError):
    """A path to write that leads out of the folder it must stay in."""


def check_inside(path: Path, folder: Path) -> None:
    """Raise UnsafePathError unless ``path``, once symlinks are followed, is in ``folder``.

    The file itself may be a symlink: it is replaced, never written through. Its folder is
    what counts, since a symlinked folder would carry the write elsewhere.
    """
    base = folder.resolve()
    parent = path.parent.resolve()
    if path.name in ("", ".", "..") or not parent.is_relative_to(base):
        raise UnsafePathError(
            f"refusing to write {path}: it leads to {parent / path.name}, outside {folder}"
        )


def write_atomic(path: Path, text: str, inside: Path | None = None) -> bool:
    """Write ``text`` to ``path`` through a temporary file and a rename.

    Returns False (and writes nothing) when the file already holds exactly this text, so a
    run that changes nothing leaves every file byte-identical. With ``inside``, a path that
    leads out of that folder is refused (UnsafePathError) before anything is written.
    """
    if inside is not None:
        check_inside(path, inside)
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True
