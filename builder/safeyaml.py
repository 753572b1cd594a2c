"""The YAML loader for every file a person writes: event files, article front matter.

PyYAML's safe loader builds no Python object from a tag, but it still lets three things
through that a hand-written file must not get away with:

- a value it cannot build raises a bare ``ValueError`` or ``IndexError`` with no line
  (``date: 2023-02-30`` read as a timestamp, ``!!int abc``, an empty ``!!float``), which
  crashed the command that read the file;
- a key written twice keeps the last value without a word, so an editor's first ``title``
  is lost in silence;
- a document nested a thousand levels deep (``[[[[...``) exhausts Python's recursion in
  the composer.

Each of these becomes a :class:`yaml.MarkedYAMLError` that names the line and column.
Anchors and aliases stay references, so an alias bomb costs no memory here (the messages
that show values are bounded where they are written).

A timeline of thousands of files is read on every command, so :func:`load` uses libyaml's
parser when PyYAML has it (the usual wheels do), with the same checks on every value. That
parser recurses in C without a limit (a file nested a hundred thousand levels deep crashes
the interpreter), so a text that could nest deeper than :data:`MAX_DEPTH` is read by the
Python parser, which counts its depth and says where it went too deep.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError

__all__ = ["MAX_DEPTH", "FastSafeLoader", "SafeLoader", "compose", "load"]

#: Deepest nesting read. An event file is three levels deep, front matter two.
MAX_DEPTH = 64


class _Checks:
    """The constructor's checks: duplicate keys and impossible values, with their line."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep=deep)
        except yaml.YAMLError:
            raise
        except Exception as exc:  # any value PyYAML fails to build (!!int with no digits, ...)
            value = node.value if isinstance(node, yaml.ScalarNode) else node.tag
            raise ConstructorError(
                None,
                None,
                f"cannot read {str(value)[:80]!r} as {node.tag.rsplit(':', 1)[-1]} ({exc})",
                node.start_mark,
            ) from None

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        if isinstance(node, yaml.MappingNode):
            seen: dict[tuple[str, str], yaml.Node] = {}
            for key_node, _value in node.value:
                if not isinstance(key_node, yaml.ScalarNode) or key_node.tag.endswith(":merge"):
                    continue
                key = (key_node.tag, key_node.value)
                if key in seen:
                    first = seen[key].start_mark.line + 1
                    raise ConstructorError(
                        None,
                        None,
                        f"duplicate key {key_node.value!r} (first written on line {first}); "
                        "keep one of them",
                        key_node.start_mark,
                    )
                seen[key] = key_node
        return super().construct_mapping(node, deep=deep)  # type: ignore[misc]


class SafeLoader(_Checks, yaml.SafeLoader):
    """``yaml.SafeLoader`` that reports duplicate keys, impossible values and deep nesting
    with their line."""

    _depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise ComposerError(
                    None,
                    None,
                    f"nested deeper than {MAX_DEPTH} levels",
                    self.peek_event().start_mark,
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


_CSafeLoader = getattr(yaml, "CSafeLoader", None)
if _CSafeLoader is not None:

    class FastSafeLoader(_Checks, _CSafeLoader):  # type: ignore[misc,valid-type]
        """libyaml's parser with the same checks on values; only for shallow texts."""

else:  # PyYAML built without libyaml
    FastSafeLoader = None  # type: ignore[assignment,misc]


_FLOW_OPEN = re.compile(r"[\[{]")
#: What can open a level of block nesting at the start of a line: indentation, "- ", "? ".
_LINE_PREFIX = re.compile(r"^[ \t?:\-]*", re.M)


def shallow(text: str) -> bool:
    """True when ``text`` cannot nest deeper than MAX_DEPTH. Each flow bracket opens at most
    one level; in block style each character of a line's prefix (indentation, "- ", "? ")
    opens at most two (a sequence may sit at its key's indentation). A bound, never the
    depth: a false answer only means the slower parser that counts."""
    flows = len(_FLOW_OPEN.findall(text))
    if flows > MAX_DEPTH:
        return False
    prefix = max(map(len, _LINE_PREFIX.findall(text)), default=0)
    return flows + 2 * prefix + 2 <= MAX_DEPTH


def load(
    text: str,
    loader: type[SafeLoader] = SafeLoader,
    fast: type[Any] | None = FastSafeLoader,
) -> Any:
    """The plain data of one YAML document: read with ``fast`` (libyaml) when the text is
    shallow, else with ``loader``; both make the same checks. A text libyaml refuses is read
    again by ``loader``, whose messages name the character and what was expected."""
    return _read(yaml.load, text, loader, fast)


def compose(
    text: str,
    loader: type[SafeLoader] = SafeLoader,
    fast: type[Any] | None = FastSafeLoader,
) -> yaml.Node | None:
    """The node tree of one YAML document (for line numbers), by the parser ``load`` uses on
    this text: the two parsers differ on a few odd texts, and the tree must be the one read."""
    return _read(yaml.compose, text, loader, fast)


def _read(how: Any, text: str, loader: type[SafeLoader], fast: type[Any] | None) -> Any:
    if fast is not None and shallow(text):
        try:
            return how(text, Loader=fast)
        except yaml.YAMLError:
            pass
    return how(text, Loader=loader)
