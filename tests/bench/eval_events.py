"""Event extraction measured against the gold timelines in tests/gold/timelines/.

For each gold file the articles it names are ingested into a temporary project as a user
would ingest them (corpus rows with their metadata, or the fixture files), the real
extraction runs over them, and the timeline is scored::

    python -m tests.bench.eval_events            # a table, then the figures as JSON
    python -m tests.bench.eval_events --details  # also what matched each gold event

A gold file drawn from ../shared/corpus is skipped (and said to be) when the corpus is absent.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from builder.evaluation import Gold, article_refs, read_gold, score_timeline
from builder.events import extract_events
from builder.ingest import ingest_paths
from builder.ingest.article import Article, load_articles

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "tests" / "gold" / "timelines"
#: The shared corpus beside the repository; LINIMASA_CORPUS points elsewhere (a worktree).
CORPUS = Path(os.environ.get("LINIMASA_CORPUS") or ROOT.parent / "shared" / "corpus")

#: The targets of the issue, per gold file.
TARGETS = {"recall": 0.9, "split": 0, "source_recall": 0.9, "boilerplate_dated": 0}


class CorpusMissing(RuntimeError):
    """The gold reads the shared corpus, which is not on this machine."""


def gold_files() -> list[Path]:
    return sorted(GOLD_DIR.glob("*.yaml"))


def _write_rows(gold: Gold, out: Path) -> Path:
    """The gold's corpus rows, in gold order, as a JSON Lines file ingest can read."""
    source = CORPUS / str(gold.corpus)
    if not source.is_file():
        raise CorpusMissing(f"{source} is absent")
    wanted = set(gold.articles)
    rows: dict[str, str] = {}
    with source.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("id") in wanted:
                rows[row["id"]] = line if line.endswith("\n") else line + "\n"
    missing = [a for a in gold.articles if a not in rows]
    if missing:
        raise ValueError(f"{gold.path}: articles: rows not in {gold.corpus}: {missing}")
    path = out / Path(str(gold.corpus)).name
    path.write_text("".join(rows[a] for a in gold.articles), encoding="utf-8")
    return path


def build_articles(gold: Gold, workdir: Path) -> tuple[list[Article], list[str]]:
    """Ingest the gold's articles into ``workdir``; returns them and what had to be set."""
    articles_dir = workdir / "content" / "articles"
    if gold.corpus:
        inputs = [str(_write_rows(gold, workdir))]
    else:
        folder = ROOT / str(gold.fixtures)
        inputs = [str(folder / name) for name in gold.articles]
    report = ingest_paths(inputs, articles_dir)
    if report.failed:
        raise ValueError(f"{gold.path}: ingest failed: {report.failed}")
    notes = []
    articles = list(load_articles(articles_dir).values())
    for article in articles:
        if article.published is not None:
            continue
        for ref in sorted(article_refs(article)):
            if ref in gold.published:
                # What an editor does for an undated article: set 'published' by hand.
                article.published = gold.published[ref]
                notes.append(f"{ref}: published set to {article.published} by the gold file")
                break
    return articles, notes


def evaluate(gold: Gold, details: bool = False) -> dict[str, Any]:
    """Ingest, extract and score one gold file."""
    with tempfile.TemporaryDirectory(prefix="linimasa-eval-") as tmp:
        articles, notes = build_articles(gold, Path(tmp))
        events = extract_events(articles)
        score = score_timeline(
            gold.events,
            events,
            articles={a.id: a for a in articles},
            boilerplate=gold.boilerplate,
        )
    figures = score.as_dict()
    figures["articles"] = len(articles)
    figures["meets_targets"] = meets_targets(figures)
    if notes:
        figures["notes"] = notes
    if details:
        figures["details"] = score.details
    return figures


def meets_targets(figures: dict[str, Any]) -> bool:
    return (
        figures["recall"] >= TARGETS["recall"]
        and figures["split"] <= TARGETS["split"]
        and figures["source_recall"] >= TARGETS["source_recall"]
        and figures["boilerplate_dated"] <= TARGETS["boilerplate_dated"]
    )


_COLUMNS = [
    ("found", "found"),
    ("split", "split"),
    ("wrong_date", "wrong date"),
    ("source_recall", "src recall"),
    ("status_agreement", "status"),
    ("date_f1", "date F1"),
    ("boilerplate_dated", "boilerplate"),
    ("system_events", "events"),
    ("title_pass", "titles ok"),
    ("title_words_pass", "title words"),
]


def _table(results: dict[str, dict[str, Any]]) -> str:
    head = f"{'gold':<28}" + "".join(f"{label:>12}" for _, label in _COLUMNS)
    lines = [head]
    for name, fig in results.items():
        if "skipped" in fig:
            lines.append(f"{name:<28}  skipped: {fig['skipped']}")
            continue
        cells = []
        for key, _ in _COLUMNS:
            value = fig[key]
            if key == "found":
                value = f"{fig['found']}/{fig['gold_events']}"
            cells.append(f"{value:>12}")
        lines.append(f"{name:<28}" + "".join(cells))
    lines.append(_totals(results))
    return "\n".join(lines)


def _totals(results: dict[str, dict[str, Any]]) -> str:
    """One line over all golds scored: events found, splits, sources cited, events dated
    by boilerplate, and how many golds meet every target."""
    scored = [fig for fig in results.values() if "skipped" not in fig]
    if not scored:
        return "all golds: none scored"

    def total(key: str) -> int:
        return sum(int(fig[key]) for fig in scored)

    found, events = total("found"), total("gold_events")
    cited, expected = total("sources_cited"), total("sources_expected")
    return (
        f"all {len(scored)} golds: {found}/{events} found ({found / max(events, 1):.2f}), "
        f"{total('split')} split, {total('wrong_date')} wrong dates, sources "
        f"{cited}/{expected} ({cited / max(expected, 1):.2f}), "
        f"{total('boilerplate_dated')} dated by boilerplate, "
        f"{sum(1 for fig in scored if fig['meets_targets'])} meet the targets"
    )


def main(argv: list[str] | None = None) -> dict[str, dict[str, Any]]:
    """Evaluate every gold file; print a table and the figures as JSON; return the figures."""
    args = sys.argv[1:] if argv is None else argv
    details = "--details" in args
    results: dict[str, dict[str, Any]] = {}
    for path in gold_files():
        gold = read_gold(path)
        try:
            results[gold.name] = evaluate(gold, details=details)
        except CorpusMissing as exc:
            results[gold.name] = {"skipped": str(exc)}
    print(_table(results))
    print(json.dumps(results, ensure_ascii=False, indent=1, default=_json_default))
    return results


def _json_default(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return dataclasses.asdict(value)  # type: ignore[arg-type]
    return str(value)


if __name__ == "__main__":
    main()
