"""The language data reads the same with the fast loader as with PyYAML's own safe loader."""

from __future__ import annotations

import pytest
import yaml

from builder import safeyaml
from builder.lang import LANG_DIR, PACKAGE_LOADER, available, load_data
from builder.lang.lemma import lemmatize


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


def _extra_stem_examples() -> list[dict]:
    return [
        dict(ex, code=code)
        for code in available()
        for ex in ((load_data(code, "language") or {}).get("extra_stems") or {}).get("examples", [])
    ]


@pytest.mark.parametrize("ex", _extra_stem_examples(), ids=lambda e: f"{e['code']}-{e['word']}")
def test_extra_stem_examples(ex):
    assert lemmatize(ex["word"], ex["code"]) == ex["stem"]


@pytest.mark.parametrize("code", available())
def test_extra_stems_are_written_once_in_lower_case(code):
    words = ((load_data(code, "language") or {}).get("extra_stems") or {}).get("words", [])
    assert len(words) == len(set(words)) and all(w == w.lower() for w in words)
