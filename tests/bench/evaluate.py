"""`make eval`: every quality figure from one run (tagger, ingest, events), also as JSON.

Each area has its own module (``tests/bench/eval_<area>.py``) with a ``main() -> dict``; an
area whose module or data is missing is reported as such, not silently dropped.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

AREAS = ["eval_tagger", "eval_ingest", "eval_events"]
RESULTS = Path(__file__).resolve().parent / "results"


def main() -> dict:
    figures: dict[str, object] = {}
    for name in AREAS:
        print(f"== {name}", flush=True)
        try:
            module = importlib.import_module(f"tests.bench.{name}")
        except ModuleNotFoundError as exc:
            figures[name] = {"missing": str(exc)}
            print(f"   not available: {exc}")
            continue
        saved, sys.argv = sys.argv, [name]
        try:
            figures[name] = module.main()
        finally:
            sys.argv = saved
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / "eval.json"
    out.write_text(json.dumps(figures, ensure_ascii=False, indent=1, default=str) + "\n")
    shown = out.relative_to(Path.cwd()) if out.is_relative_to(Path.cwd()) else out
    print(f"figures written to {shown}")
    return figures


if __name__ == "__main__":
    main()
