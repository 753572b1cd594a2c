"""Golden files: the rendered site of the fixed fixture store, page by page.

The store in ``tests/fixtures/store/`` is written by hand and never changes with the
extractor, so a difference here is a change in rendering. Each set below states its own
inputs. After an intended change run ``pytest tests/unit/test_golden.py --update-golden``
and review ``git diff tests/golden``.
"""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path

import pytest

from builder.render import SiteOptions, render_site
from builder.store import load_store

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "store"
GOLDEN = ROOT / "tests" / "golden"

SETS = {
    # Indonesian, one timeline page, as the default site is built.
    "id": SiteOptions(language="id", today=dt.date(2025, 12, 1), title="Jembatan Selat Lestari"),
    # English, split by year and month, with a site URL for absolute links in downloads.
    "en-split": SiteOptions(
        language="en",
        today=dt.date(2025, 12, 1),
        title="Selat Lestari bridge",
        year_pages_from=3,
        month_pages_from=2,
        site_url="https://example.org/lestari/",
    ),
}

#: Copied as they are from templates; not rendering.
SKIP = ("assets/",)


def _rendered(options: SiteOptions) -> dict[str, str]:
    store = load_store(FIXTURE / "timeline", FIXTURE / "content" / "articles")
    assert store.problems == []
    pages = render_site(store, options)
    return {p: t for p, t in pages.items() if not p.startswith(SKIP)}


def _stored(folder: Path) -> dict[str, str]:
    if not folder.is_dir():
        return {}
    return {
        p.relative_to(folder).as_posix(): p.read_bytes().decode("utf-8")
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


@pytest.mark.parametrize("name", sorted(SETS))
def test_rendered_site_matches_golden_files(name, request):
    folder = GOLDEN / name
    pages = _rendered(SETS[name])
    if request.config.getoption("--update-golden"):
        for path in _stored(folder):
            if path not in pages:
                (folder / path).unlink()
        for path, text in pages.items():
            target = folder / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(text.encode("utf-8"))
        return
    stored = _stored(folder)
    problems = []
    for path in sorted(set(stored) - set(pages)):
        problems.append(f"--- {name}/{path}: golden file no longer rendered")
    for path in sorted(set(pages) - set(stored)):
        problems.append(f"+++ {name}/{path}: rendered but has no golden file")
    for path in sorted(set(pages) & set(stored)):
        if pages[path] != stored[path]:
            diff = difflib.unified_diff(
                stored[path].splitlines(),
                pages[path].splitlines(),
                f"golden/{name}/{path}",
                f"rendered/{name}/{path}",
                lineterm="",
                n=2,
            )
            problems.append("\n".join(list(diff)[:80]))
    assert not problems, (
        "rendered pages differ from tests/golden (run with --update-golden if intended):\n"
        + "\n".join(problems)
    )
