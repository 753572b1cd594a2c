"""Progress bars: shown on a terminal for long runs of ingest, extract and render, never written
when the output goes to a file or a pipe (logs and CI stay clean)."""

from __future__ import annotations

import json
import os
import pty
import subprocess
from pathlib import Path

from tests.conftest import BIN, new_project, run_cli

#: Enough documents for a bar (shorter runs stay quiet even on a terminal).
COUNT = 60

SENTENCE = (
    "Wali Kota {n} meresmikan pasar baru di Kota Contoh pada Senin (16/6/2025) bersama warga "
    "dan pedagang setempat."
)


def _bulk(folder: Path) -> Path:
    path = folder / "bulk.jsonl"
    rows = [
        {
            "id": f"uji-{n}",
            "title": f"Pasar baru nomor {n} diresmikan",
            "outlet": "contoh.id",
            "published": "2025-06-17",
            "text": SENTENCE.format(n=f"Budi {n}") + "\n\nWarga menyambut baik pasar itu.",
        }
        for n in range(COUNT)
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def _on_terminal(args: list[str], cwd: Path) -> tuple[int, str]:
    """Run ``timeline ARGS`` with its stderr on a pseudo-terminal; return code and stderr."""
    leader, follower = pty.openpty()
    try:
        proc = subprocess.Popen(
            [str(BIN / "timeline"), *args],
            cwd=cwd,
            stdout=subprocess.DEVNULL,
            stderr=follower,
            env={**os.environ, "COLUMNS": "100"},
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                data = os.read(leader, 4096)
            except OSError:  # the terminal closed with the process
                break
            if not data:
                break
            chunks.append(data)
        code = proc.wait(timeout=300)
    finally:
        os.close(leader)
    return code, b"".join(chunks).decode("utf-8", "replace")


def test_long_runs_show_progress_on_a_terminal(tmp_path):
    proj = new_project(tmp_path)
    code, err = _on_terminal(["ingest", str(_bulk(tmp_path))], proj)
    assert code == 0, err
    assert "ingest" in err and "100%" in err, err
    code, err = _on_terminal(["extract", "--jobs", "1"], proj)
    assert code == 0, err
    assert "extract" in err and "100%" in err, err
    code, err = _on_terminal(["render", "--out", str(tmp_path / "pages")], proj)
    assert code == 0, err
    assert "render" in err and "100%" in err, err


def test_no_progress_when_output_is_not_a_terminal(tmp_path):
    proj = new_project(tmp_path)
    ingest = run_cli("ingest", str(_bulk(tmp_path)), cwd=proj)
    extract = run_cli("extract", "--jobs", "1", cwd=proj)
    render = run_cli("render", "--out", str(tmp_path / "pages"), cwd=proj)
    for proc in (ingest, extract, render):
        assert "\r" not in proc.stderr and "%" not in proc.stderr, proc.stderr
    assert f"{COUNT} added" in ingest.stdout
