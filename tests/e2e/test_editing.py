"""An editor's session through the real CLI: every edit survives re-extraction; concurrent and
killed runs damage nothing."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest
from filelock import FileLock

from builder.store import load_store
from builder.store.yamlio import load_event_file
from tests.conftest import BIN, SEEDS, new_project, run_cli


def _files(proj: Path) -> dict[str, bytes]:
    timeline = proj / "timeline"
    return {
        str(p.relative_to(timeline)): p.read_bytes()
        for p in sorted(timeline.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


def _event_paths(proj: Path) -> list[Path]:
    return sorted(p for p in (proj / "timeline").glob("[0-9]*/*.yaml"))


@pytest.fixture
def seeded(tmp_path) -> Path:
    proj = new_project(tmp_path)
    seeds = sorted(SEEDS.glob("*.txt"))
    run_cli("ingest", *(str(p) for p in seeds[:4]), cwd=proj)
    run_cli("extract", cwd=proj)
    return proj


def test_scripted_editor_session_keeps_every_edit(seeded):
    paths = _event_paths(seeded)
    assert len(paths) >= 6
    titled, dated, hidden, deleted = paths[0], paths[1], paths[2], paths[3]
    # The editor quotes a new title, comments it, and keeps the old one as a comment.
    edited_title = "\ntitle: 'Judul penyunting'  # diperiksa\n# judul lama: "
    titled.write_text(titled.read_text().replace("\ntitle: ", edited_title, 1))
    text = dated.read_text()
    old_date = load_event_file(dated)[0].date
    dated.write_text(text.replace(f"\ndate: {old_date}\n", f"\ndate: {old_date[:4]}\n", 1))
    hidden.write_text(hidden.read_text().replace("hidden: false", "hidden: true"))
    deleted_id = deleted.stem
    deleted.unlink()
    edited = (titled, dated, hidden)

    # A new article arrives and extraction runs again, twice.
    run_cli("ingest", str(sorted(SEEDS.glob("*.txt"))[4]), cwd=seeded)
    run_cli("extract", cwd=seeded)
    run_cli("extract", cwd=seeded)

    assert load_event_file(titled)[0].title == "Judul penyunting"
    assert "# diperiksa" in titled.read_text()
    assert load_event_file(dated)[0].date == old_date[:4]
    assert load_event_file(hidden)[0].hidden is True
    assert not list((seeded / "timeline").rglob(f"{deleted_id}.yaml"))
    # The editor's own lines survive byte for byte: quoting and comments included.
    assert "title: 'Judul penyunting'  # diperiksa\n" in titled.read_text()
    assert "# judul lama: " in titled.read_text()
    for path in edited:
        assert path.read_text().startswith("# yaml-language-server: $schema=../event.schema.json")
    assert load_store(seeded / "timeline", seeded / "content" / "articles").problems == []


def test_rerun_is_byte_identical(seeded):
    before = _files(seeded)
    run_cli("extract", cwd=seeded)
    assert _files(seeded) == before


def test_dry_run_prints_a_diff_and_writes_nothing(seeded):
    # Forget one event entirely (file and record): extraction would propose it anew.
    path = _event_paths(seeded)[0]
    path.unlink()
    record_path = seeded / "timeline" / ".generated.json"
    record = json.loads(record_path.read_text())
    del record["events"][path.stem]
    record_path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n")
    before = _files(seeded)
    proc = run_cli("extract", "--dry-run", cwd=seeded)
    assert "+++ b/timeline/" in proc.stdout and "would create" in proc.stdout
    assert _files(seeded) == before


def test_second_writer_is_refused_while_the_first_holds_the_lock(seeded):
    before = _files(seeded)
    with FileLock(str(seeded / "timeline" / ".linimasa.lock"), timeout=0):
        proc = run_cli("extract", cwd=seeded, check=False)
    assert proc.returncode == 75
    assert "another timeline command is writing" in proc.stderr
    assert _files(seeded) == before


def test_new_hand_made_event_is_never_touched(seeded):
    proc = run_cli(
        "new",
        "--date",
        "2023-09",
        "--title",
        "Catatan penyunting",
        "--no-source",
        "wawancara langsung",
        cwd=seeded,
    )
    path = Path(proc.stdout.split("created ", 1)[1].strip())
    text = path.read_text()
    run_cli("extract", cwd=seeded)
    assert path.read_text() == text
    bad = run_cli(
        "new", "--date", "2023-02-30", "--title", "x", "--no-source", "y", cwd=seeded, check=False
    )
    assert bad.returncode == 1 and "not a day of the calendar" in bad.stderr


def _synthetic_articles(folder: Path, n: int) -> None:
    """Many real-looking articles so that extraction writes many files."""
    rng = random.Random(7)
    places = ["Bandung", "Surabaya", "Medan", "Makassar", "Semarang", "Palembang", "Denpasar"]
    names = ["Budi Santoso", "Siti Aminah", "Agus Salim", "Dewi Lestari", "Joko Widodo"]
    verbs = ["meresmikan jembatan", "membuka pasar", "meninjau banjir", "melantik pejabat"]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        lines = [f"Berita Daerah Nomor {i}", ""]
        for j in range(4):
            d2 = rng.randint(1, 28)
            lines.append(
                f"Gubernur {names[(i + j) % 5]} {verbs[(i + j) % 4]} di {places[(i * 3 + j) % 7]} "
                f"pada Senin ({d2}/{month}/2023) bersama warga dan pejabat setempat nomor {i}-{j}."
            )
            lines.append("")
        lines.append(f"Acara itu berlangsung sejak pagi ({day}/{month}/2023) hingga sore hari.")
        (folder / f"berita-{i:03d}.txt").write_text("\n".join(lines), encoding="utf-8")


@pytest.mark.slow
def test_killed_extract_leaves_a_valid_timeline_and_the_next_run_completes(tmp_path):
    proj = new_project(tmp_path)
    _synthetic_articles(tmp_path / "raw", 120)
    run_cli("ingest", str(tmp_path / "raw"), cwd=proj)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    rng = random.Random(11)
    for _trial in range(4):
        proc = subprocess.Popen(
            [str(BIN / "timeline"), "extract"],
            cwd=proj,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.3, 2.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        store = load_store(proj / "timeline", proj / "content" / "articles")
        assert store.problems == [], store.problems[:3]
    run_cli("extract", cwd=proj)
    killed = _files(proj)
    clean = new_project(tmp_path / "clean")
    run_cli("ingest", str(tmp_path / "raw"), cwd=clean)
    run_cli("extract", cwd=clean)
    assert killed == _files(clean)


def test_a_record_changed_after_the_last_run_is_checked_again(seeded):
    """The record's hash kept in the cache spares checking it only while it is exactly
    what the last run wrote: an entry edited since is still refused, with its name."""
    record = seeded / "timeline" / ".generated.json"
    stamp = seeded / ".linimasa-cache" / "record.sha256"
    from builder.store.reconcile import record_digest

    assert stamp.read_text().strip() == record_digest(record.read_text(encoding="utf-8"))
    data = json.loads(record.read_text(encoding="utf-8"))
    first = sorted(data["events"])[0]
    data["events"][first]["date"] = "2023-02-30"
    record.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = _files(seeded)
    done = run_cli("extract", cwd=seeded, check=False)
    assert done.returncode == 1
    assert f"the entry {first!r} is not an event" in done.stderr
    assert _files(seeded) == before
