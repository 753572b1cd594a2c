"""Ingest quality on the gold files: publication dates, boilerplate removed, text kept.

Run ``python -m tests.bench.eval_ingest`` (add ``--full`` to also ingest the whole corpus as
raw text in one batch and score its dates, which takes about six minutes). It ingests

* the seed articles (tests/fixtures/seeds, gold in tests/gold/ingest-seeds.yaml), and
* the corpus gold (tests/gold/ingest-corpus.yaml): each row of ../shared/corpus/id/*.jsonl
  written as a .txt with its metadata stripped, all ingested together as one batch,
* a held-out sample of the corpus (one row in 15 by a hash of its id, none of the gold rows),
  ingested the same way and scored only in total, to check what the gold rows tuned,

and prints, for each: dates within the true day, must-not-contain snippets removed,
must-contain snippets kept, and outlets found. ``main()`` returns the same figures as a dict;
the test suite pins floors on them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

from builder.ingest import ingest_paths, load_articles
from builder.ingest.article import Article
from tests.conftest import CORPUS, ROOT, SEEDS

GOLD = ROOT / "tests" / "gold"

__all__ = [
    "corpus_rows",
    "evaluate_corpus",
    "evaluate_heldout",
    "evaluate_seeds",
    "heldout_ids",
    "main",
    "score",
]

#: One corpus row in this many, chosen by a hash of its id, is held out: dates are tuned on
#: the gold rows and checked on these, whose misses are not looked at one by one.
HELDOUT_EVERY = 15


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def score(gold: list[dict[str, Any]], articles: dict[str, Article | None]) -> dict[str, Any]:
    """Figures for ``articles`` (by gold key; ``None`` when it did not go in) against ``gold``."""
    dated = kept = kept_total = removed = removed_total = outlets = outlets_total = 0
    misses: list[str] = []
    for g in gold:
        key = g["key"]
        article = articles.get(key)
        body = article.body if article else ""
        if article is not None and article.published == _day(g["published"]):
            dated += 1
        else:
            found = article.published if article else "not ingested"
            misses.append(f"{key}: date {found}, true {g['published']}")
        for snippet in g.get("must_contain", []):
            kept_total += 1
            if snippet in body:
                kept += 1
            else:
                misses.append(f"{key}: lost {snippet!r}")
        for snippet in g.get("must_not_contain", []):
            removed_total += 1
            if article is not None and snippet not in body:
                removed += 1
            else:
                misses.append(f"{key}: left {snippet!r}")
        if "outlet" in g:
            outlets_total += 1
            if article is not None and article.outlet == g["outlet"]:
                outlets += 1
            else:
                misses.append(f"{key}: outlet {article.outlet if article else None}")
    n = len(gold)
    return {
        "articles": n,
        "dates_exact": dated / n if n else 0.0,
        "boilerplate_removed": removed / removed_total if removed_total else 1.0,
        "text_kept": kept / kept_total if kept_total else 1.0,
        "outlets": outlets / outlets_total if outlets_total else 1.0,
        "counts": {
            "dates": f"{dated}/{n}",
            "removed": f"{removed}/{removed_total}",
            "kept": f"{kept}/{kept_total}",
            "outlets": f"{outlets}/{outlets_total}",
        },
        "misses": misses,
    }


def evaluate_seeds() -> dict[str, Any]:
    """Ingest the seed folder and score it against tests/gold/ingest-seeds.yaml."""
    gold = yaml.safe_load((GOLD / "ingest-seeds.yaml").read_text(encoding="utf-8"))["articles"]
    with tempfile.TemporaryDirectory() as tmp:
        ingest_paths([str(SEEDS)], Path(tmp))
        by_source = {a.source: a for a in load_articles(Path(tmp)).values()}
    for g in gold:
        g["key"] = g["source"]
    return score(gold, {g["key"]: by_source.get(g["source"]) for g in gold})


def corpus_rows(ids: set[str] | None = None) -> dict[str, dict[str, Any]]:
    """Rows of the Indonesian corpus by id (only ``ids`` when given)."""
    rows: dict[str, dict[str, Any]] = {}
    for path in sorted((CORPUS / "id").glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if ids is None or row["id"] in ids:
                    rows[row["id"]] = row
    return rows


def raw_text(row: dict[str, Any], layout: str) -> str:
    """The article as a user would paste it: title line, maybe the page's date line, text."""
    head = [row.get("title") or ""]
    if layout == "page":
        head.append(" ".join(str(row.get("published_raw") or "").strip(" ,").split()))
    return "\n".join(h for h in head if h) + "\n\n" + row["text"]


def evaluate_corpus() -> dict[str, Any]:
    """Ingest the corpus gold rows as raw .txt files in one batch and score them."""
    gold = yaml.safe_load((GOLD / "ingest-corpus.yaml").read_text(encoding="utf-8"))["articles"]
    rows = corpus_rows({g["id"] for g in gold})
    missing = [g["id"] for g in gold if g["id"] not in rows]
    if missing:
        raise LookupError(f"corpus rows not found: {', '.join(missing)}")
    with tempfile.TemporaryDirectory() as tmp:
        inbox, out = Path(tmp) / "inbox", Path(tmp) / "articles"
        inbox.mkdir()
        for g in gold:
            text = raw_text(rows[g["id"]], g.get("layout", "text"))
            (inbox / f"{g['id']}.txt").write_text(text, encoding="utf-8")
        report = ingest_paths([str(inbox)], out)
        by_source = {a.source: a for a in load_articles(out).values()}
    for g in gold:
        g["key"] = g["id"]
    result = score(gold, {g["id"]: by_source.get(f"{g['id']}.txt") for g in gold})
    result["failed"] = report.failed
    result["by_source"] = _by_source(gold, by_source)
    return result


def _by_source(gold: list[dict[str, Any]], by_source: dict[str, Article]) -> dict[str, str]:
    """How many dates came from each kind of evidence, and how many of those were right."""
    out: dict[str, list[int]] = {}
    for g in gold:
        a = by_source.get(f"{g['id']}.txt")
        kind = a.published_from if a else "not ingested"
        hit = bool(a and a.published == _day(g["published"]))
        tally = out.setdefault(kind, [0, 0])
        tally[0] += hit
        tally[1] += 1
    return {k: f"{v[0]}/{v[1]} right" for k, v in sorted(out.items())}


def heldout_ids(rows: dict[str, dict[str, Any]]) -> list[str]:
    """The held-out rows: dated, not in the corpus gold, and one in ``HELDOUT_EVERY`` by id hash."""
    gold = yaml.safe_load((GOLD / "ingest-corpus.yaml").read_text(encoding="utf-8"))["articles"]
    taken = {g["id"] for g in gold}

    def picked(row_id: str) -> bool:
        digest = hashlib.sha1(row_id.encode("utf-8")).hexdigest()
        return int(digest, 16) % HELDOUT_EVERY == 0

    return sorted(i for i, r in rows.items() if i not in taken and r.get("published") and picked(i))


def evaluate_heldout() -> dict[str, Any]:
    """Ingest the held-out rows as raw text, all in one batch, and score the dates.

    Only totals are reported: the held-out rows check what was tuned on the gold rows.
    """
    rows = corpus_rows()
    ids = heldout_ids(rows)
    with tempfile.TemporaryDirectory() as tmp:
        inbox, out = Path(tmp) / "inbox", Path(tmp) / "articles"
        inbox.mkdir()
        for row_id in ids:
            (inbox / f"{row_id}.txt").write_text(raw_text(rows[row_id], "text"), encoding="utf-8")
        report = ingest_paths([str(inbox)], out)
        articles = list(load_articles(out).values())
    tally: dict[str, list[int]] = {}
    right = wrong = 0
    for a in articles:
        hit = a.published == _day(rows[(a.source or "")[:-4]]["published"])
        right += hit
        wrong += a.published is not None and not hit
        kind = tally.setdefault(a.published_from, [0, 0])
        kind[0] += hit
        kind[1] += 1
    n = len(ids)
    return {
        "rows": n,
        "ingested": len(articles),
        "failed": len(report.failed),
        "dates_exact": right / n if n else 0.0,
        "dates_wrong": wrong / n if n else 0.0,
        "counts": {"right": right, "wrong": wrong, "undated": len(articles) - right - wrong},
        "by_source": {k: f"{v[0]}/{v[1]} right" for k, v in sorted(tally.items())},
    }


def evaluate_full() -> dict[str, Any]:
    """Ingest every corpus article as raw text, all in one batch, and score the dates.

    Rows without a true date are written but not scored.
    """
    rows = corpus_rows()
    with tempfile.TemporaryDirectory() as tmp:
        inbox, out = Path(tmp) / "inbox", Path(tmp) / "articles"
        inbox.mkdir()
        for row_id, row in rows.items():
            (inbox / f"{row_id}.txt").write_text(raw_text(row, "text"), encoding="utf-8")
        report = ingest_paths([str(inbox)], out)
        articles = list(load_articles(out).values())
    tally: dict[str, list[int]] = {}
    right = wrong = scored = 0
    for a in articles:
        true = rows[(a.source or "")[:-4]].get("published")
        if not true:
            continue
        hit = a.published == _day(true)
        right += hit
        wrong += a.published is not None and not hit
        scored += 1
        kind = tally.setdefault(a.published_from, [0, 0])
        kind[0] += hit
        kind[1] += 1
    return {
        "rows": len(rows),
        "ingested": len(articles),
        "failed": len(report.failed),
        "duplicates": len(report.skipped),
        "dates_exact": right / scored if scored else 0.0,
        "dates_wrong": wrong / scored if scored else 0.0,
        "scored": scored,
        "by_source": {k: f"{v[0]}/{v[1]} right" for k, v in sorted(tally.items())},
    }


def _print(name: str, figures: dict[str, Any]) -> None:
    c = figures["counts"]
    print(f"{name}: {figures['articles']} articles")
    print(f"  dates within the true day   {figures['dates_exact']:7.1%}  ({c['dates']})")
    print(f"  boilerplate snippets removed{figures['boilerplate_removed']:7.1%}  ({c['removed']})")
    print(f"  must-contain snippets kept  {figures['text_kept']:7.1%}  ({c['kept']})")
    print(f"  outlets found               {figures['outlets']:7.1%}  ({c['outlets']})")
    if figures.get("by_source"):
        print(
            "  dates by source: " + ", ".join(f"{k} {v}" for k, v in figures["by_source"].items())
        )
    for miss in figures["misses"]:
        print(f"    - {miss}")


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Print the figures and return them."""
    argv = sys.argv[1:] if argv is None else argv
    result: dict[str, Any] = {"seeds": evaluate_seeds()}
    _print("seeds", result["seeds"])
    if (CORPUS / "id").is_dir():
        result["corpus"] = evaluate_corpus()
        _print("corpus gold", result["corpus"])
        result["heldout"] = h = evaluate_heldout()
        print(
            f"held-out rows (1 in {HELDOUT_EVERY} by id hash, not in the gold): {h['rows']} rows, "
            f"{h['ingested']} ingested; dates within the true day {h['dates_exact']:.1%} "
            f"({h['counts']['right']}), wrong {h['dates_wrong']:.1%} ({h['counts']['wrong']}), "
            f"undated {h['counts']['undated']}"
        )
        print("  dates by source: " + ", ".join(f"{k} {v}" for k, v in h["by_source"].items()))
        if "--full" in argv:
            result["full"] = evaluate_full()
            f = result["full"]
            print(
                f"whole corpus as raw text in one batch: {f['rows']} rows, {f['ingested']} "
                f"ingested, {f['duplicates']} duplicates, {f['failed']} without article text; "
                f"dates within the true day {f['dates_exact']:.1%} of {f['scored']}, "
                f"wrong {f['dates_wrong']:.1%}"
            )
            print("  dates by source: " + ", ".join(f"{k} {v}" for k, v in f["by_source"].items()))
    else:
        print("corpus gold: skipped (../shared/corpus is not on this machine)")
    return result


if __name__ == "__main__":
    main()
