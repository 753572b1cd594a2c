"""The language data reads the same with the fast loader as with PyYAML's own safe loader."""

from __future__ import annotations

import pytest
import yaml

from builder import safeyaml
from builder.lang import LANG_DIR, PACKAGE_LOADER


@pytest.mark.parametrize(
    "path", sorted(LANG_DIR.rglob("*.yaml")), ids=lambda p: str(p.relative_to(LANG_DIR))
)
def test_the_package_loader_reads_language_data_as_the_safe_loader_does(path):
    text = path.read_text(encoding="utf-8")
    fast, plain = yaml.load(text, Loader=PACKAGE_LOADER), yaml.safe_load(text)
    # repr too: equal values of other types (1 and True, 1 and 1.0) would compare equal.
    assert fast == plain and repr(fast) == repr(plain)


def _booleans(value) -> list[bool]:
    """Every true or false in lists and keys of ``value``."""
    if isinstance(value, dict):
        return [k for k in value if isinstance(k, bool)] + [
            b for v in value.values() for b in _booleans(v)
        ]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, bool)] + [
            b for v in value if not isinstance(v, bool) for b in _booleans(v)
        ]
    return []


@pytest.mark.parametrize(
    "path", sorted(LANG_DIR.rglob("*.yaml")), ids=lambda p: str(p.relative_to(LANG_DIR))
)
def test_no_word_of_language_data_reads_as_true_or_false(path):
    """YAML reads an unquoted "no", "No", "on" or "yes" as a boolean: in a list of words it
    must be quoted ("No." is an abbreviation, "on" an English stopword)."""
    assert _booleans(yaml.safe_load(path.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize(
    "path", sorted(LANG_DIR.rglob("*.yaml")), ids=lambda p: str(p.relative_to(LANG_DIR))
)
def test_no_key_of_language_data_is_written_twice(path):
    """A key written twice keeps only its last value: a second list of examples under the
    same name would silently drop the first (``safeyaml``'s loader refuses it)."""
    safeyaml.load(path.read_text(encoding="utf-8"))
