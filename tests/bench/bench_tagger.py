"""Words per second of our tagger and of dateparser.search_dates on the same real texts.

Run ``python -m tests.bench.bench_tagger [N]``: N corpus articles (default 300, drawn with a
fixed seed from ../shared/corpus/id; the seed articles when the corpus is absent). dateparser
runs in its fastest mode (strategy "split", language given, the publication date as
RELATIVE_BASE). Each tool is warmed up, then timed three times, interleaved with the other,
in CPU seconds of this process; the best pass of each counts.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import time
import warnings
from collections.abc import Callable
from typing import Any

from builder.temporal import get_tagger
from tests.conftest import CORPUS, SEEDS

__all__ = ["main"]

_PUBLISHED = {"000": "2023-09-11", "001": "2023-09-12", "002": "2024-05-25", "003": "2023-09-11"}


def texts(n: int = 300) -> list[tuple[str, dt.date]]:
    """Real article texts with their publication dates."""
    files = sorted((CORPUS / "id").glob("*.jsonl")) if (CORPUS / "id").is_dir() else []
    if not files:
        return [
            (
                p.read_text(encoding="utf-8"),
                dt.date.fromisoformat(_PUBLISHED.get(p.name[:3], "2023-09-13")),
            )
            for p in sorted(SEEDS.glob("*.txt"))
        ]
    rows = [json.loads(line) for f in files for line in f.open(encoding="utf-8")]
    random.Random(20250618).shuffle(rows)
    rows = [r for r in rows if r.get("published")]
    return [(r["text"], dt.date.fromisoformat(r["published"][:10])) for r in rows[:n]]


def _time(run: Callable[[str, dt.date], Any], docs: list[tuple[str, dt.date]]) -> float:
    """CPU seconds of one pass over ``docs`` (CPU time: the machine may be shared)."""
    started = time.process_time()
    for text, published in docs:
        run(text, published)
    return time.process_time() - started


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Print and return words per second of each tool and the ratio ours / dateparser."""
    from dateparser.search import search_dates

    argv = sys.argv[1:] if argv is None else argv
    docs = texts(int(argv[0]) if argv else 300)
    words = sum(len(text.split()) for text, _ in docs)
    tagger = get_tagger("id")

    def ours(text: str, published: dt.date) -> Any:
        return tagger.tag(text, published)

    def dateparser_split(text: str, published: dt.date) -> Any:
        base = dt.datetime(published.year, published.month, published.day)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return search_dates(text, languages=["id"], settings={"RELATIVE_BASE": base})

    out: dict[str, Any] = {"articles": len(docs), "words": words}
    tools = {"ours": ours, "dateparser split": dateparser_split}
    best = {name: float("inf") for name in tools}
    for run in tools.values():  # warm-up: compiled rules, dateparser's language data
        _time(run, docs[:20])
    for _ in range(3):  # interleaved, so a busy moment of the machine hits both alike
        for name, run in tools.items():
            best[name] = min(best[name], _time(run, docs))
    for name, seconds in best.items():
        out[name] = {"seconds": round(seconds, 3), "words_per_second": round(words / seconds)}
    out["ratio"] = round(
        out["ours"]["words_per_second"] / out["dateparser split"]["words_per_second"], 1
    )
    print(f"{len(docs)} articles, {words} words")
    for name in ("ours", "dateparser split"):
        f = out[name]
        print(f"  {name:<18} {f['seconds']:>8.3f} s  {f['words_per_second']:>10,} words/s")
    print(f"  ratio ours / dateparser: {out['ratio']}x")
    return out


if __name__ == "__main__":
    main()
