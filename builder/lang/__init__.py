"""Language data: one folder per language code, holding every word, pattern and cue.

A new language is a new folder; the code reads these files and knows no words itself.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

__all__ = ["LANG_DIR", "available", "function_words", "load_data"]

LANG_DIR = Path(__file__).resolve().parent
#: The language data ships with the tool (it is not a person's file, read by ``safeyaml``):
#: libyaml's safe loader reads it ten times faster than PyYAML's own, to the same data (a
#: test checks every file).
PACKAGE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def available() -> list[str]:
    """Codes of the languages that have a folder of data."""
    return sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir() and not p.name.startswith("_"))


@cache
def load_data(code: str, name: str) -> Any:
    """The parsed YAML file ``<code>/<name>.yaml``; an empty dict when the language lacks it."""
    path = LANG_DIR / code / f"{name}.yaml"
    if not path.exists():
        return {}
    return yaml.load(path.read_text(encoding="utf-8"), Loader=PACKAGE_LOADER) or {}


@cache
def function_words(code: str) -> frozenset[str]:
    """A language's function words and stop words (``language.yaml``), lower case."""
    data = load_data(code, "language")
    return frozenset(
        str(w).lower() for w in [*data.get("function_words", []), *data.get("stopwords", [])]
    )
