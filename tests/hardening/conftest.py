"""A small hand-written project, snapshots of folders, and running the CLI unprivileged.

The project is written here rather than extracted from the seeds, so a catalogue case
starts from files whose every byte is known and a copy costs nothing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from tests.conftest import BIN, ROOT

ARTICLE_ID = "warta-2023-09-11-jembatan"
EVENT_ID = "2023-09-11-gubernur-meresmikan-jembatan"
QUOTE = "Gubernur Budi Santoso meresmikan jembatan Selat Lestari pada Senin (11/9/2023) di Bandung."

ARTICLE = f"""---
id: {ARTICLE_ID}
title: Gubernur meresmikan jembatan Selat Lestari
outlet: Warta Contoh
published: 2023-09-11
published_from: editor
language: id
---

{QUOTE}

Peresmian itu dihadiri ratusan warga dan pejabat setempat, yang menunggu sejak pagi di tepi
selat.

Pembangunan jembatan dimulai pada Maret 2021 dan selesai dua tahun kemudian.
"""

EVENT = f"""id: {EVENT_ID}
date: 2023-09-11
status: happened
title: Gubernur meresmikan jembatan Selat Lestari
summary: Jembatan Selat Lestari diresmikan di Bandung.
actors: [Budi Santoso]
places: [Bandung]
sources:
  - article: {ARTICLE_ID}
    quote: "{QUOTE}"
    said: Senin (11/9/2023)
"""


def write_project(root: Path) -> Path:
    """A valid project: one article, one event citing it, the repository's mkdocs.yml."""
    articles = root / "content" / "articles"
    articles.mkdir(parents=True)
    (root / "timeline" / "2023").mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    (articles / f"{ARTICLE_ID}.md").write_text(ARTICLE, encoding="utf-8")
    (root / "timeline" / "2023" / f"{EVENT_ID}.yaml").write_text(EVENT, encoding="utf-8")
    return root


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under ``folder`` without following symlinks: bytes, link target, mode."""
    out: dict[str, tuple] = {}
    if not folder.exists():
        return out
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        base = Path(dirpath)
        for name in sorted(dirnames + filenames):
            p = base / name
            rel = str(p.relative_to(folder))
            if p.is_symlink():
                out[rel] = ("link", os.readlink(p))
            elif p.is_dir():
                out[rel] = ("dir", p.stat().st_mode)
            else:
                out[rel] = ("file", p.read_bytes(), p.stat().st_mode)
    return out


NOBODY = 65534


def unprivileged() -> list[str] | None:
    """A command prefix that drops root to an unprivileged user, so that a read-only folder
    is read-only (root writes anywhere); empty when not root. None when it cannot be done."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    probe = subprocess.run(
        [*prefix, str(BIN / "timeline"), "--version"], capture_output=True, text=True
    )
    return prefix if probe.returncode == 0 else None
