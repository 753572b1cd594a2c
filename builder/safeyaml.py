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
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError

__all__ = ["MAX_DEPTH", "SafeLoader", "load"]

#: Deepest nesting read. An event file is three levels deep, front matter two.
MAX_DEPTH = 64


class SafeLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` that reports duplicate keys and impossible values with their line."""

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
        return super().construct_mapping(node, deep=deep)


def load(text: str, loader: type[SafeLoader] = SafeLoader) -> Any:
    """The plain data of one YAML document."""
    return yaml.load(text, Loader=loader)
