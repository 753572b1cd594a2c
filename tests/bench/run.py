"""`make bench`: speed and memory at newsroom scale, from one run, printed and saved as JSON.

1. the tagger's words per second against dateparser.search_dates, as a ratio;
2. `timeline ingest` + `timeline extract` over all of ../shared/corpus/id/: wall time,
   articles per second, peak memory;
3. one new article added to that extracted corpus: time to ingest and re-extract it;
4. `mkdocs build` of sites of 1k, 5k, 10k and 20k events (the corpus' events, repeated with
   shifted dates where more are needed), with the growth exponent fitted from those points;
5. the same rendered pages built by Zensical, for comparison (skipped if it is missing).

Every command is run as a user runs it, in a temporary project. Run with
``python -m tests.bench.run [--skip-zensical] [--sizes 1000,5000]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.conftest import CORPUS, ROOT, SEEDS

RESULTS = Path(__file__).resolve().parent / "results"
BIN = Path(sys.executable).parent
#: The commands run as a user runs the installed tool: with its compiled bytecode kept
#: (``make`` turns that off to keep the tree clean; every run would compile again).
ENV = {
    **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    "NO_MKDOCS_2_WARNING": "1",
}


def _run(cmd: list[str], cwd: Path, accept: tuple[int, ...] = (0, 1)) -> dict[str, float]:
    """Wall seconds and peak memory (MB, of the command and its workers) of one command;
    an exit status not in ``accept`` stops the benchmark (ingest exits 1 when some files
    failed: still a run; a site build that fails is none)."""
    wrapped = ["/usr/bin/time", "-f", "%e %M", *cmd] if Path("/usr/bin/time").exists() else cmd
    started = time.perf_counter()
    proc = subprocess.run(wrapped, cwd=cwd, env=ENV, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if proc.returncode not in accept:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    peak = float("nan")
    last = proc.stderr.strip().splitlines()[-1:] if wrapped is not cmd else []
    if last and len(last[0].split()) == 2:
        peak = int(last[0].split()[1]) / 1024
    # /usr/bin/time reports the largest process; workers run beside the parent, so the sum
    # of the parent and its pool can be larger: the figure is the largest single process.
    return {"seconds": round(wall, 2), "peak_mb": round(peak, 1), "stdout": proc.stdout}


def _project(where: Path) -> Path:
    proj = where / "project"
    (proj / "content" / "articles").mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", proj / "mkdocs.yml")
    return proj


def bench_tagger() -> dict[str, Any]:
    from tests.bench import bench_tagger

    return bench_tagger.main(["300"])


def bench_corpus(work: Path) -> tuple[dict[str, Any], Path]:
    proj = _project(work)
    ingest = _run([str(BIN / "timeline"), "ingest", str(CORPUS / "id")], proj)
    extract = _run([str(BIN / "timeline"), "extract"], proj)
    articles = len(list((proj / "content" / "articles").glob("*.md")))
    events = len(list((proj / "timeline").glob("[0-9]*/*.yaml")))
    total = ingest["seconds"] + extract["seconds"]
    out = {
        "articles": articles,
        "events": events,
        "ingest_seconds": ingest["seconds"],
        "extract_seconds": extract["seconds"],
        "total_seconds": round(total, 2),
        "articles_per_second": round(articles / total, 1),
        "peak_mb": max(ingest["peak_mb"], extract["peak_mb"]),
    }
    rerun = _run([str(BIN / "timeline"), "extract"], proj)
    out["unchanged_rerun_seconds"] = rerun["seconds"]
    new = sorted(SEEDS.glob("*.txt"))[1]
    add = _run([str(BIN / "timeline"), "ingest", str(new)], proj)
    again = _run([str(BIN / "timeline"), "extract"], proj)
    out["one_new_article"] = {
        "ingest_seconds": add["seconds"],
        "extract_seconds": again["seconds"],
        "total_seconds": round(add["seconds"] + again["seconds"], 2),
    }
    return out, proj


def _timeline_of(source: Path, size: int, target: Path) -> int:
    """A timeline of ``size`` events from the corpus' events, copies shifted by whole years."""
    from builder.store.reconcile import event_path
    from builder.store.yamlio import dump_event, load_event_file

    events = []
    for path in sorted(source.glob("[0-9]*/*.yaml")):
        event, _, _ = load_event_file(path)
        if event is not None and not event.hidden:
            events.append(event)
    made = 0
    shift = 0
    while made < size:
        for event in events:
            if made >= size:
                break
            year = int(event.date[:4]) + 3 * shift
            if shift:
                update = {
                    "id": f"{event.id}-x{shift}",
                    "date": f"{year:04d}{event.date[4:]}",
                    "end": None,
                }
                if event.date[4:] == "-02-29":
                    update["date"] = f"{year:04d}-02-28"
                event = event.model_copy(update=update)
            path = event_path(target, event.id, event.date)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(dump_event(event), encoding="utf-8")
            made += 1
        shift += 1
    return made


def bench_site(
    corpus_project: Path, work: Path, sizes: list[int], zensical: bool
) -> dict[str, Any]:
    points = []
    for size in sizes:
        proj = _project(work / f"site-{size}")
        made = _timeline_of(corpus_project / "timeline", size, proj / "timeline")
        # Only the articles the events cite, as a newsroom's site would hold.
        cited = set()
        from builder.store.yamlio import load_event_file

        for path in (proj / "timeline").glob("[0-9]*/*.yaml"):
            event, _, _ = load_event_file(path)
            if event is not None:
                cited.update(s.article for s in event.sources)
        for article in cited:
            src = corpus_project / "content" / "articles" / f"{article}.md"
            if src.exists():
                os.link(src, proj / "content" / "articles" / f"{article}.md")
        build = _run([str(BIN / "mkdocs"), "build", "--quiet"], proj, accept=(0,))
        site = proj / "site"
        html = [p for p in site.rglob("*.html")]
        point = {
            "events": made,
            "articles": len(cited),
            "mkdocs_seconds": build["seconds"],
            "mkdocs_peak_mb": build["peak_mb"],
            "pages": len(html),
            "html_mb": round(sum(p.stat().st_size for p in html) / 2**20, 1),
            "search_index_mb": round(
                (site / "search" / "search_index.json").stat().st_size / 2**20, 2
            ),
        }
        if zensical:
            point.update(_zensical(proj))
        points.append(point)
        print(f"   {made:>6} events: mkdocs {build['seconds']} s, {len(html)} pages", flush=True)
        shutil.rmtree(proj / "site", ignore_errors=True)
    xs = [math.log(p["events"]) for p in points]
    ys = [math.log(p["mkdocs_seconds"]) for p in points]
    return {
        "points": points,
        "growth_exponent": round(_slope(xs, ys), 3) if len(points) > 1 else None,
    }


def _zensical(proj: Path) -> dict[str, Any]:
    exe = shutil.which("zensical") or str(BIN / "zensical")
    if not Path(exe).exists():
        return {"zensical": "not installed (pip install zensical)"}
    out = proj / "rendered"
    render = _run([str(BIN / "timeline"), "render", "--out", str(out)], proj)
    config = proj / "zensical.yml"
    text = (proj / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("docs_dir: content", f"docs_dir: {out.name}")
    text = text.replace("site_dir: site", "site_dir: site-zensical")
    config.write_text(text, encoding="utf-8")
    try:
        build = _run([exe, "build", "--config-file", str(config)], proj)
    except RuntimeError as exc:
        return {"zensical": f"failed: {str(exc)[:300]}"}
    return {
        "render_seconds": render["seconds"],
        "zensical_seconds": build["seconds"],
        "zensical_peak_mb": build["peak_mb"],
    }


def _slope(xs: list[float], ys: list[float]) -> float:
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    num = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    den = sum((x - mx) ** 2 for x in xs)
    return num / den if den else float("nan")


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.run")
    parser.add_argument("--sizes", default="1000,5000,10000,20000")
    parser.add_argument("--skip-zensical", action="store_true")
    parser.add_argument("--skip-tagger", action="store_true")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if not (CORPUS / "id").is_dir():
        print("the shared corpus (../shared/corpus) is not here: nothing to measure at scale")
        return {}
    figures: dict[str, Any] = {"date": dt.date.today().isoformat(), "cpus": os.cpu_count()}
    if not args.skip_tagger:
        print("== 1. tagger vs dateparser", flush=True)
        figures["tagger"] = bench_tagger()
    with tempfile.TemporaryDirectory(prefix="linimasa-bench-") as tmp:
        work = Path(tmp)
        print("== 2-3. ingest + extract of the whole corpus, then one new article", flush=True)
        figures["corpus"], proj = bench_corpus(work)
        print(json.dumps(figures["corpus"], indent=1), flush=True)
        print("== 4-5. site builds", flush=True)
        sizes = [int(s) for s in args.sizes.split(",")]
        figures["site"] = bench_site(proj, work, sizes, not args.skip_zensical)
        print(json.dumps(figures["site"], indent=1), flush=True)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "bench.json").write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    print(f"figures written to {RESULTS / 'bench.json'}")
    return figures


if __name__ == "__main__":
    main()
