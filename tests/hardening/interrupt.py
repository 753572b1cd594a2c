"""Run the `timeline` command and die at a chosen file operation, as a killed process dies.

    python -m tests.hardening.interrupt AT PHASE LOG -- extract --jobs 1

Every ``os.fsync``, ``os.replace`` and ``os.unlink`` the command makes is a numbered point.
At point ``AT`` (counted from 1) the process ends at once with ``os._exit(137)``, the status
of SIGKILL, leaving no chance to clean up. PHASE says how: ``after`` ends it right after the
operation; ``torn`` applies to an fsync and first cuts the file being written to half its
length, as a disk that had written only part of it. ``AT`` 0 never ends it. Each point is
appended to LOG as ``pid op time`` (the count of points a full run makes, and when each
process wrote, for the concurrency test). With ``HOLD`` in the environment, the first point
waits until that file exists: the process holds the lock, mid-write, while another runs.
"""

from __future__ import annotations

import os
import sys
import time

KILLED = 137


def main(argv: list[str]) -> None:
    at, phase, log = int(argv[0]), argv[1], argv[2]
    args = argv[argv.index("--") + 1 :]
    count = 0
    hold = os.environ.get("HOLD")
    real = {"fsync": os.fsync, "replace": os.replace, "unlink": os.unlink}

    def point(op: str, fd: int | None = None) -> None:
        nonlocal count
        count += 1
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()} {op} {time.monotonic():.6f}\n")
        deadline = time.monotonic() + 300
        while hold and count == 1 and not os.path.exists(hold) and time.monotonic() < deadline:
            time.sleep(0.05)
        if count == at:
            if phase == "torn" and fd is not None:
                size = os.fstat(fd).st_size
                os.ftruncate(fd, size // 2)
            os._exit(KILLED)

    def fsync(fd: int) -> None:
        real["fsync"](fd)
        point("fsync", fd)

    def replace(src, dst, **kw) -> None:
        real["replace"](src, dst, **kw)
        point("replace")

    def unlink(path, **kw) -> None:
        real["unlink"](path, **kw)
        point("unlink")

    os.fsync = fsync
    os.replace = replace
    os.unlink = unlink
    from builder.cli import cli

    sys.argv = ["timeline", *args]
    cli(obj={})


if __name__ == "__main__":
    main(sys.argv[1:])
