"""The language data reads the same with the fast loader as with PyYAML's own safe loader."""

from __future__ import annotations

import pytest
import yaml

from builder.lang import LANG_DIR, PACKAGE_LOADER


@pytest.mark.parametrize(
    "path", sorted(LANG_DIR.rglob("*.yaml")), ids=lambda p: str(p.relative_to(LANG_DIR))
)
def test_the_package_loader_reads_language_data_as_the_safe_loader_does(path):
    text = path.read_text(encoding="utf-8")
    fast, plain = yaml.load(text, Loader=PACKAGE_LOADER), yaml.safe_load(text)
    # repr too: equal values of other types (1 and True, 1 and 1.0) would compare equal.
    assert fast == plain and repr(fast) == repr(plain)
