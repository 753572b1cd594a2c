"""Shared fixtures: the repository root, the seed articles, and the shared corpus if present."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests run briefly in `make test`; `make fuzz` runs them for minutes.
settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
# LINIMASA_CORPUS points elsewhere when the checkout does not sit beside shared/.
CORPUS = Path(os.environ.get("LINIMASA_CORPUS") or ROOT.parent / "shared" / "corpus")
BIN = Path(sys.executable).parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/ from the fixture store instead of comparing (review the diff)",
    )


def run_cli(*args: str, cwd: Path, check: bool = True, **kw) -> subprocess.CompletedProcess:
    """Run the installed `timeline` command as a user would."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run(
        [str(BIN / "timeline"), *args], cwd=cwd, capture_output=True, text=True, env=env, **kw
    )
    if check and proc.returncode != 0:
        raise AssertionError(
            f"timeline {' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
        )
    return proc


def build_site(proj: Path) -> None:
    """Build ``proj``'s site with the real ``mkdocs build --strict``, as a user does."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run(
        [str(BIN / "mkdocs"), "build", "--strict"],
        cwd=proj,
        capture_output=True,
        text=True,
        env=env,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def new_project(tmp: Path) -> Path:
    """An empty project: the repository's mkdocs.yml and nothing else."""
    proj = tmp / "project"
    (proj / "content" / "articles").mkdir(parents=True)
    (proj / "timeline").mkdir()
    shutil.copy(ROOT / "mkdocs.yml", proj / "mkdocs.yml")
    return proj


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return new_project(tmp_path)


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not (CORPUS / "id").is_dir():
        pytest.skip("the shared corpus (../shared/corpus) is not on this machine")
    return CORPUS


# One real project built once per session from the seed articles, shared by the end-to-end
# and browser tests: the CLI is run as a user runs it, and MkDocs builds the real site.
@pytest.fixture(scope="session")
def built_project(tmp_path_factory) -> Path:
    proj = new_project(tmp_path_factory.mktemp("e2e"))
    run_cli("ingest", str(SEEDS), cwd=proj)
    run_cli("extract", cwd=proj)
    run_cli("check", cwd=proj)
    build_site(proj)
    return proj
