"""Crash safety and concurrency: a process killed at any file operation of extract or render
leaves timeline/, content/ and the pages valid, and the next run completes with exactly what
an uninterrupted run writes; two extracts never both write.

Kill points are counted, not timed: a run is first made to list every fsync, rename and
delete it performs, then rerun from the same start and ended (``os._exit``, as SIGKILL ends
it) at chosen points, some with the file being written cut in half. `make test` tries a few
points; `make fuzz` (HYPOTHESIS_PROFILE=fuzz) tries every one.

The project starts in the middle of its life: extracted, edited by hand (a title, a hidden
event, a deleted one), with new articles added and one withdrawn, so the run creates,
updates and deletes files and rewrites the record.
"""

from __future__ import annotations

import itertools
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from builder.store import load_store
from tests.conftest import BIN, ROOT, new_project, run_cli
from tests.hardening.conftest import snapshot
from tests.hardening.interrupt import KILLED

THOROUGH = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}

PLACES = ["Bandung", "Surabaya", "Medan", "Makassar", "Semarang", "Palembang", "Denpasar"]
NAMES = ["Budi Santoso", "Siti Aminah", "Agus Salim", "Dewi Lestari", "Rudi Hartono"]
VERBS = ["meresmikan jembatan", "membuka pasar", "meninjau banjir", "melantik pejabat"]


def write_articles(folder: Path, first: int, n: int) -> None:
    """Real-looking articles, each with a few dated events, so extraction writes many files."""
    rng = random.Random(first)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(first, first + n):
        month = rng.randint(1, 12)
        lines = [f"Berita Daerah Nomor {i}", ""]
        for j in range(3):
            day = rng.randint(1, 28)
            lines += [
                f"Gubernur {NAMES[(i + j) % 5]} {VERBS[(i + j) % 4]} di "
                f"{PLACES[(i * 3 + j) % 7]} pada Senin ({day}/{month}/2023) bersama warga dan "
                f"pejabat setempat nomor {i}-{j}.",
                "",
            ]
        (folder / f"berita-{i:03d}.txt").write_text("\n".join(lines), encoding="utf-8")


def state(proj: Path) -> dict[str, tuple]:
    """timeline/ and content/ as bytes, without the lock file and the extraction cache."""
    out = {f"timeline/{k}": v for k, v in snapshot(proj / "timeline").items()}
    out.update({f"content/{k}": v for k, v in snapshot(proj / "content").items()})
    out.pop("timeline/.linimasa.lock", None)
    return out


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> dict[str, Path]:
    """A project in the middle of its life: extracted once, edited by hand, with new articles
    waiting (and their candidates cached, so each run below spends its time writing)."""
    tmp = tmp_path_factory.mktemp("crash")
    proj = new_project(tmp)
    write_articles(tmp / "raw1", 0, 12)
    write_articles(tmp / "raw2", 100, 4)
    run_cli("ingest", str(tmp / "raw1"), cwd=proj)
    run_cli("extract", cwd=proj)
    first = tmp / "first"
    shutil.copytree(proj, first, symlinks=True)
    events = sorted((proj / "timeline").glob("[0-9]*/*.yaml"))
    titled, hidden, dropped = events[0], events[1], events[2]
    titled.write_text(
        titled.read_text().replace("\ntitle: ", "\ntitle: Judul penyunting # x\n# ", 1)
    )
    hidden.write_text(hidden.read_text().replace("hidden: false", "hidden: true"))
    dropped.unlink()
    # Articles come and go: new ones arrive, and one is withdrawn, so its events are deleted.
    run_cli("ingest", str(tmp / "raw2"), cwd=proj)
    withdrawn = sorted((proj / "content" / "articles").glob("*.md"))[-1]
    withdrawn.unlink()
    run_cli("extract", "--dry-run", cwd=proj)  # fills the candidate cache, writes nothing
    reference = tmp / "reference"
    shutil.copytree(proj, reference, symlinks=True)
    run_cli("extract", "--jobs", "1", cwd=reference)
    return {"base": proj, "reference": reference, "first": first}


def interrupted(proj: Path, at: int, phase: str, log: Path, *args: str, **env: str):
    return subprocess.run(
        [sys.executable, "-m", "tests.hardening.interrupt", str(at), phase, str(log), "--", *args],
        cwd=proj,
        env={**ENV, **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


def points(log: Path) -> list[str]:
    return [line.split()[1] for line in log.read_text().splitlines()] if log.exists() else []


def choose(all_points: list[tuple[int, str]], ops: list[str], seed: int) -> list[tuple[int, str]]:
    if THOROUGH:
        return all_points
    # The last point (the record is written last), right after the first deletion (a run
    # stopped there once turned the tool's deletion into the editor's), and one torn write.
    torn = [p for p in all_points if p[1] == "torn"] or all_points
    chosen = {all_points[-1], random.Random(seed).choice(torn)}
    if "unlink" in ops:
        chosen.add((ops.index("unlink") + 1, "after"))
    return sorted(chosen)


def problems(proj: Path) -> set[str]:
    """What `timeline check` finds, with the project's own path taken out."""
    store = load_store(proj / "timeline", proj / "content" / "articles")
    return {str(p).replace(str(proj), "PROJECT") for p in store.problems}


def kill_points(ops: list[str]) -> list[tuple[int, str]]:
    out = [(i, "after") for i in range(1, len(ops) + 1)]
    out += [(i, "torn") for i, op in enumerate(ops, 1) if op == "fsync"]
    return sorted(out)


@pytest.mark.slow
def test_extract_killed_at_any_write_loses_nothing(prepared, tmp_path):
    base, reference = prepared["base"], prepared["reference"]
    count = tmp_path / "count.log"
    proc = interrupted(_copy(base, tmp_path / "count"), 0, "after", count, "extract", "--jobs", "1")
    assert proc.returncode == 0, proc.stderr
    ops = points(count)
    assert ops.count("replace") >= 10 and "unlink" in ops, ops
    expected = state(reference)
    # The editor withdrew an article: its events are stale until extract runs. A killed run
    # may leave them so, but may add no problem of its own (no cut file, no broken one).
    known = problems(base)
    assert known and problems(reference) == set()
    for at, phase in choose(kill_points(ops), ops, seed=3):
        proj = _copy(base, tmp_path / f"k{at}-{phase}")
        proc = interrupted(proj, at, phase, tmp_path / "kill.log", "extract", "--jobs", "1")
        assert proc.returncode == KILLED, (at, phase, proc.stderr)
        assert problems(proj) <= known, (at, phase, problems(proj) - known)
        again = run_cli("extract", "--jobs", "1", cwd=proj, check=False)
        assert again.returncode == 0, (at, phase, again.stderr)
        got = state(proj)
        assert got.keys() == expected.keys(), (at, phase, got.keys() ^ expected.keys())
        for key in expected:
            assert got[key] == expected[key], (at, phase, key)


def _copy(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst, symlinks=True)
    return dst


@pytest.mark.slow
def test_render_killed_at_any_write_leaves_only_whole_pages(prepared, tmp_path):
    proj = prepared["reference"]
    out = tmp_path / "pages"
    run_cli("render", "--out", str(out), cwd=proj)
    full = {p: out.joinpath(p).read_bytes() for p in _pages(out)}
    # The pages of an earlier state are in OUT when the new render starts.
    older = prepared["first"]
    start = tmp_path / "start"
    run_cli("render", "--out", str(start), cwd=older)
    old = {p: start.joinpath(p).read_bytes() for p in _pages(start)}
    assert old != full
    count = tmp_path / "count.log"
    proc = interrupted(
        proj, 0, "after", count, "render", "--out", str(_copy(start, tmp_path / "c"))
    )
    assert proc.returncode == 0, proc.stderr
    ops = points(count)
    assert ops.count("replace") >= 5, ops
    for at, phase in choose(kill_points(ops), ops, seed=5):
        target = tmp_path / f"r{at}-{phase}"
        _copy(start, target)
        proc = interrupted(proj, at, phase, tmp_path / "kill.log", "render", "--out", str(target))
        assert proc.returncode == KILLED, (at, phase, proc.stderr)
        for page in _pages(target):
            data = target.joinpath(page).read_bytes()
            assert data in (full.get(page), old.get(page)), (at, phase, page, "a cut page")
        run_cli("render", "--out", str(target), cwd=proj)
        left = {p: target.joinpath(p).read_bytes() for p in _pages(target)}
        assert {p: left[p] for p in full} == full
        assert not list(target.rglob(".*.tmp")), "temporary files of the killed run are gone"


def _pages(folder: Path) -> list[str]:
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and not p.name.endswith(".tmp")
    )


@pytest.mark.slow
def test_extract_killed_at_random_times_then_completes(prepared, tmp_path):
    """The real signal at unplanned moments: while reading, computing, merging or writing."""
    base, reference = prepared["base"], prepared["reference"]
    rng = random.Random(13)
    for trial in range(12 if THOROUGH else 2):
        proj = _copy(base, tmp_path / f"t{trial}")
        shutil.rmtree(proj / ".linimasa-cache", ignore_errors=True)
        proc = subprocess.Popen(
            [str(BIN / "timeline"), "extract"],
            cwd=proj,
            env=ENV,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.2, 3.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert problems(proj) <= problems(base)
        run_cli("extract", cwd=proj)
        assert state(proj) == state(reference)


# Without the candidate cache: its files are written before the lock is taken, and every
# write these two tests see must be one the lock guards.
def test_two_extracts_never_both_write(prepared, tmp_path):
    """The first holds the lock in the middle of its writes; the second, run then, refuses
    with a clear message and writes nothing; the result is the first's, whole."""
    proj = _copy(prepared["base"], tmp_path / "p")
    log = tmp_path / "ops.log"
    first = subprocess.Popen(
        [sys.executable, "-m", "tests.hardening.interrupt", "0", "after", str(log), "--",
         "extract", "--jobs", "1", "--no-cache"],
        cwd=proj,
        env={**ENV, "HOLD": str(tmp_path / "release")},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while not points(log) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert points(log), "the first extract began writing"
    second = interrupted(proj, 0, "after", log, "extract", "--jobs", "1", "--no-cache")
    (tmp_path / "release").touch()
    _out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert second.returncode == 75, second.stderr
    assert "another timeline command is writing" in second.stderr
    writers = {line.split()[0] for line in log.read_text().splitlines()}
    assert writers == {str(first.pid)}, "only the first process wrote"
    assert state(proj) == state(prepared["reference"])


def test_two_extracts_started_together_leave_one_result(prepared, tmp_path):
    """Started at the same moment: each either writes alone or refuses; their writes never
    interleave, and the timeline is what one run writes."""
    proj = _copy(prepared["base"], tmp_path / "p")
    log = tmp_path / "ops.log"
    args = [sys.executable, "-m", "tests.hardening.interrupt", "0", "after", str(log), "--",
            "extract", "--jobs", "1", "--no-cache"]  # fmt: skip
    procs = [
        subprocess.Popen(args, cwd=proj, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    errors = [p.communicate(timeout=300)[1] for p in procs]
    codes = [p.returncode for p in procs]
    assert sorted(codes) in ([0, 0], [0, 75]), (codes, errors)
    if 75 in codes:
        assert b"another timeline command is writing" in errors[codes.index(75)]
    runs: dict[str, list[float]] = {}
    for line in log.read_text().splitlines():
        pid, _op, when = line.split()
        runs.setdefault(pid, []).append(float(when))
    spans = sorted((min(t), max(t)) for t in runs.values())
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end < start, "two extracts wrote at the same time"
    assert state(proj) == state(prepared["reference"])
