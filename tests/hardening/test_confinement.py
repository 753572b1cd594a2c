"""No network at build time, and no write outside the project.

The whole flow (ingest, extract, check, render, export, and `mkdocs build --strict`) runs with
every socket that would leave the machine refused and recorded, by a ``sitecustomize`` put
first on the path of each process; where the system allows it, the build also runs in a
network namespace with no network at all. Writes: the helper that every command writes
through refuses a path that leads out of its folder, however it is spelt.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from builder.store.yamlio import UnsafePathError, check_inside, write_atomic
from tests.conftest import BIN, SEEDS, new_project
from tests.hardening.conftest import snapshot

GUARD = textwrap.dedent(
    """
    # Refuses and records every attempt to reach another machine (DNS included); local
    # sockets (AF_UNIX, used between processes) stay allowed.
    import os, socket

    _LOG = os.environ["LINIMASA_NET_LOG"]

    def _deny(what):
        with open(_LOG, "a", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()} {what}\\n")
        raise OSError(f"network denied at build time: {what}")

    _connect = socket.socket.connect
    _connect_ex = socket.socket.connect_ex
    _sendto = socket.socket.sendto

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _deny(f"connect {address!r}")
        return _connect(self, address)

    def connect_ex(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _deny(f"connect_ex {address!r}")
        return _connect_ex(self, address)

    def sendto(self, *args):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _deny(f"sendto {args[-1]!r}")
        return _sendto(self, *args)

    def getaddrinfo(host, *args, **kw):
        _deny(f"getaddrinfo {host!r}")

    def gethostbyname(host):
        _deny(f"gethostbyname {host!r}")

    socket.socket.connect = connect
    socket.socket.connect_ex = connect_ex
    socket.socket.sendto = sendto
    socket.getaddrinfo = getaddrinfo
    socket.gethostbyname = gethostbyname
    socket.gethostbyname_ex = gethostbyname
    """
)


def _guarded_env(tmp: Path) -> tuple[dict[str, str], Path]:
    guard = tmp / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    log = tmp / "network.log"
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "PYTHONPATH": os.pathsep.join([str(guard), os.environ.get("PYTHONPATH", "")]),
        "LINIMASA_NET_LOG": str(log),
    }
    return env, log


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, f"{args}\n{proc.stdout}\n{proc.stderr}"
    return proc


def test_guard_refuses_and_records(tmp_path):
    """The guard itself works: a process that tries to reach a host is refused and logged."""
    env, log = _guarded_env(tmp_path)
    code = (
        "import urllib.request\n"
        "try:\n urllib.request.urlopen('http://example.org', timeout=5)\n"
        "except OSError:\n pass"
    )
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)
    assert "getaddrinfo 'example.org'" in log.read_text()


@pytest.mark.slow
def test_whole_flow_makes_no_network_request(tmp_path):
    env, log = _guarded_env(tmp_path)
    proj = new_project(tmp_path)
    seeds = sorted(SEEDS.glob("*.txt"))[:3]
    html = Path(__file__).resolve().parents[1] / "fixtures" / "html" / "antara-kim-putin.html"
    timeline = str(BIN / "timeline")
    _run([timeline, "ingest", *map(str, seeds), str(html)], proj, env)
    _run([timeline, "extract"], proj, env)
    _run([timeline, "check"], proj, env)
    _run([timeline, "render", "--out", str(tmp_path / "pages")], proj, env)
    _run([timeline, "export", "--format", "ics", "-o", str(tmp_path / "t.ics")], proj, env)
    _run([str(BIN / "mkdocs"), "build", "--strict", "--quiet"], proj, env)
    assert (proj / "site" / "index.html").exists()
    assert not log.exists(), log.read_text()
    # Nothing in the built site loads from another host either.
    for page in (proj / "site").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for attr in ("src", "href"):
            for ref in _refs(text, attr):
                if attr == "src" or ref.endswith((".js", ".css")):
                    assert not ref.startswith(("http:", "https:", "//")), (page.name, ref)


def _refs(text: str, attr: str) -> list[str]:
    import re

    return re.findall(rf'\b{attr}="([^"]*)"', text)


@pytest.mark.slow
def test_build_in_a_namespace_without_network(tmp_path):
    """With no network device at all (a user namespace with its own empty network)."""
    unshare = shutil.which("unshare")
    if not unshare or subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode:
        pytest.skip("this system does not allow an unprivileged network namespace")
    proj = new_project(tmp_path)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    prefix = [unshare, "-rn"]
    _run([*prefix, str(BIN / "timeline"), "ingest", *map(str, seeds)], proj, env)
    _run([*prefix, str(BIN / "timeline"), "extract"], proj, env)
    _run([*prefix, str(BIN / "mkdocs"), "build", "--strict", "--quiet"], proj, env)
    assert (proj / "site" / "index.html").exists()


# -- writes stay in their folder -----------------------------------------------------------


@pytest.mark.parametrize(
    "rel",
    ["../x.md", "a/../../x.md", "/etc/x.md", "sumber/../../x.md", ".", "..", "a/.."],
)
def test_a_path_spelt_to_leave_its_folder_is_refused(tmp_path, rel):
    out = tmp_path / "out"
    out.mkdir()
    before = snapshot(tmp_path)
    with pytest.raises(UnsafePathError):
        write_atomic(out / rel, "x", inside=out)
    assert snapshot(tmp_path) == before


def test_a_symlinked_folder_leading_out_is_refused(tmp_path):
    out = tmp_path / "out"
    (tmp_path / "elsewhere").mkdir()
    out.mkdir()
    (out / "sumber").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(UnsafePathError):
        write_atomic(out / "sumber" / "a.md", "x", inside=out)
    assert not list((tmp_path / "elsewhere").iterdir())


def test_a_symlinked_file_is_replaced_not_written_through(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    target = tmp_path / "secret.txt"
    target.write_text("rahasia", encoding="utf-8")
    (out / "page.md").symlink_to(target)
    check_inside(out / "page.md", out)
    write_atomic(out / "page.md", "halaman", inside=out)
    assert target.read_text(encoding="utf-8") == "rahasia"
    assert not (out / "page.md").is_symlink()
    assert (out / "page.md").read_text(encoding="utf-8") == "halaman"


def test_paths_inside_are_accepted(tmp_path):
    out = tmp_path / "out"
    for rel in ["index.md", "sumber/a.md", "a/b/../c.md", "./x.md"]:
        check_inside(out / rel, out)


def test_an_unchecked_id_cannot_carry_a_write_out_of_timeline(tmp_path):
    """Defence in depth: an event built without validation (an id '../../x') is validated
    again when planned, and a plan holding a path out of timeline/ is refused before its
    first write."""
    from pydantic import ValidationError

    from builder.store.reconcile import Change, Plan, apply_plan, plan_reconcile
    from builder.store.schema import Event, Source

    timeline = tmp_path / "project" / "timeline"
    timeline.mkdir(parents=True)
    good = Event(id="2023-ok", date="2023", title="t", sources=[Source(article="a", quote="q")])
    evil = good.model_copy(update={"id": "../../../evil"})
    before = snapshot(tmp_path)
    with pytest.raises(ValidationError):
        plan_reconcile(timeline, [good, evil])
    plan = Plan(timeline_dir=timeline, record_text="{}\n")
    plan.changes = [
        Change(timeline / "2023" / "2023-ok.yaml", None, "id: 2023-ok\n", "new event"),
        Change(timeline / "2023" / "../../../evil.yaml", None, "x\n", "new event"),
    ]
    with pytest.raises(UnsafePathError):
        apply_plan(plan)
    assert snapshot(tmp_path) == before
