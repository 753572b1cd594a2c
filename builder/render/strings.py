"""UI strings of the published site: one YAML file per language in ``render/i18n/``.

The strings are data, so a new UI language is a new file with the same keys (a test checks
that every file has every key). Counts take a ``one``/``other`` pair where the language
needs one ("1 event", "2 events"); Indonesian gives a single form.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

__all__ = ["I18N_DIR", "Strings", "available_languages", "strings_for"]

I18N_DIR = Path(__file__).parent / "i18n"


def available_languages() -> list[str]:
    """Codes of the UI languages that have a strings file."""
    return sorted(p.stem for p in I18N_DIR.glob("*.yaml"))


class Strings(dict):
    """The strings of one UI language, with helpers for counts and templates."""

    @property
    def code(self) -> str:
        return str(self["code"])

    @property
    def locale(self) -> str:
        return str(self["locale"])

    def count(self, key: str, n: int) -> str:
        """``"{n} peristiwa"`` filled in, with the plural form the language needs."""
        form: Any = self[key]
        if isinstance(form, dict):
            form = form["one"] if n == 1 else form["other"]
        return str(form).format(n=n)

    def fmt(self, key: str, **values: Any) -> str:
        return str(self[key]).format(**values)


@cache
def strings_for(language: str) -> Strings:
    """The UI strings of ``language``; raises ``ValueError`` naming the languages there are."""
    path = I18N_DIR / f"{language}.yaml"
    if not path.exists():
        raise ValueError(
            f"no UI strings for language {language!r}; expected one of "
            f"{', '.join(available_languages())} (files in {I18N_DIR})"
        )
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Strings(data, code=language)
