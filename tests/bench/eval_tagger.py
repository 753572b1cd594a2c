"""Value and span scores of our temporal tagger and of dateparser on the hand-made gold.

Run ``python -m tests.bench.eval_tagger`` (add ``--details`` to list every error of ours on the
dev part). Both tools read the same texts with the same publication dates in one run.

Matching rule (the same for every tool):

* Each system mention is paired with at most one gold expression whose span it overlaps
  (one to one; a gold expression with the right value is preferred).
* Value: ours is right when its TIMEX3 value equals the gold value. A dateparser result is a
  datetime, so it is right when the gold value at its own precision is a prefix of the
  datetime's ISO form ("2025-06" is right for 2025-06-01T00:00), a gold week matches any day of
  that ISO week, a quarter or half any day inside it, and a part of day ("2023-09-10TAF") its
  date. Dateparser cannot express durations or recurrences, so it cannot be right on those.
* Precision = right values / counted system mentions; recall = right values / gold
  expressions. Span scores use the same pairing: exact (same start and end) and overlap.
* Mentions whose value is a PRESENT_REF / PAST_REF / FUTURE_REF are ignored (the gold does not
  annotate those words; see tests/gold/temporal/README.md).
* The "date/time" rows keep only gold DATE and TIME expressions and ignore system mentions that
  overlap a gold DURATION or SET (and our own DURATION and SET mentions): the part of the task
  dateparser is built for.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from builder.temporal import get_tagger
from tests.conftest import CORPUS, SEEDS

GOLD_DIR = Path(__file__).resolve().parents[1] / "gold" / "temporal"

__all__ = ["GoldArticle", "Span", "evaluate", "load_gold", "main"]


@dataclass(frozen=True)
class Span:
    """One expression: gold or found by a system."""

    start: int
    end: int
    text: str
    type: str | None
    value: str | None
    end_value: str | None = None
    rule: str = ""
    extra: Any = None  # dateparser: (datetime, period)


@dataclass
class GoldArticle:
    id: str
    file: str
    published: dt.date
    split: str
    text: str
    gold: list[Span] = field(default_factory=list)
    #: The batch the article was drawn in, when it was drawn fresh and scored on its own.
    batch: str | None = None


@cache
def _corpus_rows(path: Path) -> dict[str, dict[str, Any]]:
    rows = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            rows[row["id"]] = row
    return rows


def _text_of(source: str, article_id: str, gold_file: Path) -> str | None:
    if source == "seeds":
        matches = sorted(SEEDS.glob(f"{article_id}*.txt"))
        if not matches:
            raise ValueError(f"{gold_file}: seed {article_id!r} not found in {SEEDS}")
        return matches[0].read_text(encoding="utf-8")
    path = CORPUS / source
    if not path.exists():
        return None
    row = _corpus_rows(path).get(article_id)
    if row is None:
        raise ValueError(f"{gold_file}: row {article_id!r} not found in {source}")
    return row["text"]


def load_gold(gold_dir: Path = GOLD_DIR) -> list[GoldArticle]:
    """Every gold article whose text is on this machine, with its spans located in the text."""
    articles = []
    for path in sorted(gold_dir.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        source = data["source"]
        for raw in data["articles"]:
            text = _text_of(source, str(raw["id"]), path)
            if text is None:
                continue
            published = raw["published"]
            if isinstance(published, str):
                published = dt.date.fromisoformat(published)
            art = GoldArticle(
                str(raw["id"]), path.name, published, raw["split"], text, batch=raw.get("batch")
            )
            pos = 0
            for item in raw["timex"]:
                expr, typ, value = item[0], item[1], str(item[2])
                opts = item[3] if len(item) > 3 else {}
                # A space in the gold matches any white space (scraped text has no-break spaces).
                found = re.compile(r"\s+".join(map(re.escape, expr.split()))).search(text, pos)
                if found is None:
                    raise ValueError(
                        f"{path.name}: article {art.id}: expression {expr!r} not found after "
                        f"offset {pos} (expected in reading order)"
                    )
                end_value = str(opts["end"]) if opts.get("end") is not None else None
                art.gold.append(
                    Span(*found.span(), found.group(0), typ, value, end_value, extra=opts)
                )
                pos = found.end()
            articles.append(art)
    return articles


# -- systems ---------------------------------------------------------------------------------
def ours(text: str, published: dt.date) -> list[Span]:
    """Our tagger's mentions as spans."""
    return [
        Span(m.start, m.end, m.text, m.type, m.value, m.end_value, m.rule)
        for m in get_tagger("id").tag(text, published)
    ]


def dateparser_system(strategy: str) -> Callable[[str, dt.date], list[Span]]:
    """dateparser.search_dates with the publication date as RELATIVE_BASE."""
    import warnings

    from dateparser.search import search_dates

    def run(text: str, published: dt.date) -> list[Span]:
        base = dt.datetime(published.year, published.month, published.day)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(
                text,
                languages=["id"],
                settings={"RELATIVE_BASE": base},
                strategy=strategy,
                add_period=True,
            )
        spans = []
        pos = 0
        for substring, when, period in found or []:
            start = text.find(substring, pos)
            if start < 0:
                start = text.find(substring)
            if start < 0:
                continue
            spans.append(
                Span(start, start + len(substring), substring, None, None, extra=(when, period))
            )
            pos = start + 1
        return spans

    return run


# -- scoring ---------------------------------------------------------------------------------
def _is_ref(span: Span) -> bool:
    return bool(span.value) and span.value.endswith("_REF")


def _dateparser_right(gold: Span, span: Span) -> bool:
    when, _period = span.extra
    value = gold.value or ""
    if gold.type not in ("DATE", "TIME") or value.startswith("X") or value.startswith("P"):
        return False
    iso = when.isoformat()
    if "-W" in value:
        year, week = int(value[:4]), int(value[6:8])
        return when.isocalendar()[:2] == (year, week)
    if "-Q" in value or "-H" in value:
        size = 3 if "-Q" in value else 6
        first = (int(value[6]) - 1) * size + 1
        return when.year == int(value[:4]) and first <= when.month < first + size
    if len(value) == 13 and value[10] == "T" and value[11:].isalpha():
        value = value[:10]  # part of day: its date
    return iso.startswith(value)


def _ours_right(gold: Span, span: Span) -> bool:
    return span.value == gold.value


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    right: int = 0
    exact: int = 0
    overlap: int = 0

    def add(self, other: Score) -> None:
        for name in ("gold", "system", "right", "exact", "overlap"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float | int]:
        def prf(hit: int) -> tuple[float, float, float]:
            p = hit / self.system if self.system else 0.0
            r = hit / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return round(p, 4), round(r, 4), round(f, 4)

        vp, vr, vf = prf(self.right)
        _, _, sf = prf(self.exact)
        _, _, of = prf(self.overlap)
        return {
            "gold": self.gold,
            "system": self.system,
            "value_p": vp,
            "value_r": vr,
            "value_f1": vf,
            "span_exact_f1": sf,
            "span_overlap_f1": of,
        }


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def score_article(
    gold: list[Span],
    found: list[Span],
    right: Callable[[Span, Span], bool],
    date_time_only: bool = False,
    errors: list[tuple[str, Span | None, Span | None]] | None = None,
) -> Score:
    """Score one article's system spans against its gold spans (see the module docstring)."""
    found = [s for s in found if not _is_ref(s)]
    if date_time_only:
        other = [g for g in gold if g.type not in ("DATE", "TIME")]
        gold = [g for g in gold if g.type in ("DATE", "TIME")]
        found = [
            s
            for s in found
            if s.type not in ("DURATION", "SET") and not any(_overlaps(s, g) for g in other)
        ]
    score = Score(gold=len(gold), system=len(found))
    paired: dict[int, int] = {}
    # Pairs with the right value first, so a right reading is never lost to a wrong neighbour.
    for want_right in (True, False):
        for si, s in enumerate(found):
            if si in paired.values():
                continue
            for gi, g in enumerate(gold):
                if gi in paired or not _overlaps(s, g):
                    continue
                if want_right and not right(g, s):
                    continue
                paired[gi] = si
                break
    for gi, si in paired.items():
        g, s = gold[gi], found[si]
        score.overlap += 1
        if (g.start, g.end) == (s.start, s.end):
            score.exact += 1
        if right(g, s):
            score.right += 1
        elif errors is not None:
            errors.append(("wrong value", g, s))
    if errors is not None:
        for gi, g in enumerate(gold):
            if gi not in paired:
                errors.append(("missed", g, None))
        used = set(paired.values())
        for si, s in enumerate(found):
            if si not in used:
                errors.append(("spurious", None, s))
    return score


def evaluate(
    articles: Iterable[GoldArticle],
    systems: dict[str, Callable[[str, dt.date], list[Span]]],
    splits: Iterable[str] = ("dev", "test"),
) -> tuple[dict[str, Any], dict[str, list]]:
    """Scores of each system per split (and all), over all types and date/time only."""
    articles = list(articles)
    out: dict[str, Any] = {}
    errors: dict[str, list] = {}
    for name, system in systems.items():
        started = time.perf_counter()
        outputs = {a.id: system(a.text, a.published) for a in articles}
        seconds = time.perf_counter() - started
        rows: dict[str, Any] = {}
        right = _ours_right if name == "ours" else _dateparser_right
        for scope in (*splits, "all"):
            chosen = [a for a in articles if scope in ("all", a.split, a.batch)]
            for subset, only in (("all types", False), ("date/time", True)):
                total = Score()
                for a in chosen:
                    errs = [] if (name == "ours" and not only) else None
                    total.add(score_article(a.gold, outputs[a.id], right, only, errs))
                    if errs is not None and scope in ("dev", "test"):
                        errors.setdefault(scope, []).extend((a, *e) for e in errs)
                rows[f"{scope} / {subset}"] = total.figures()
        rows["seconds"] = round(seconds, 2)
        out[name] = rows
    return out, errors


def _category(kind: str, gold: Span | None, sys_: Span | None) -> str:
    if kind == "missed":
        return f"missed {gold.type}"
    if kind == "spurious":
        return f"spurious ({sys_.rule or sys_.type})"
    return f"wrong value {gold.type} ({sys_.rule})"


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Print and return the figures of ours and of dateparser (split and ngram strategies)."""
    argv = sys.argv[1:] if argv is None else argv
    articles = load_gold()
    counts = Counter(a.split for a in articles)
    n_gold = Counter(a.split for a in articles for _ in a.gold)
    print(
        f"gold: {len(articles)} articles ({dict(counts)}), {sum(n_gold.values())} expressions "
        f"({dict(n_gold)})"
    )
    if not (CORPUS / "id").is_dir():
        print(f"(corpus not found at {CORPUS}: only the seed articles are scored)")
    systems = {
        "ours": ours,
        "dateparser split": dateparser_system("split"),
        "dateparser ngram": dateparser_system("ngram"),
    }
    if "--fast" in argv:
        systems.pop("dateparser ngram")
    batches = sorted({a.batch for a in articles if a.batch})
    results, errors = evaluate(articles, systems, ("dev", "test", *batches))
    keys = [k for k in results["ours"] if k != "seconds"]
    print(f"\n{'scope':<24}{'system':<18}{'P':>7}{'R':>7}{'F1':>7}{'span=':>8}{'span~':>8}")
    for key in keys:
        for name, rows in results.items():
            f = rows[key]
            print(
                f"{key:<24}{name:<18}{f['value_p']:>7.3f}{f['value_r']:>7.3f}"
                f"{f['value_f1']:>7.3f}{f['span_exact_f1']:>8.3f}{f['span_overlap_f1']:>8.3f}"
            )
        print()
    for name, rows in results.items():
        print(f"{name}: {rows['seconds']} s")
    for scope in ("dev", "test"):
        cats = Counter(_category(k, g, s) for _a, k, g, s in errors.get(scope, []))
        print(f"\nerrors of ours on {scope} (all types): {sum(cats.values())}")
        for cat, n in cats.most_common():
            print(f"  {n:>4}  {cat}")
    if "--details" in argv:
        print("\ndev errors of ours:")
        for a, kind, g, s in errors.get("dev", []):
            gtxt = f"{g.text!r} {g.type} {g.value}" if g else ""
            stxt = f"{s.text!r} {s.type} {s.value} [{s.rule}]" if s else ""
            print(f"  {a.id:<22} {kind:<12} gold {gtxt:<45} ours {stxt}")
    results["errors"] = {
        scope: dict(Counter(_category(k, g, s) for _a, k, g, s in errs))
        for scope, errs in errors.items()
    }
    return results


if __name__ == "__main__":
    main()
