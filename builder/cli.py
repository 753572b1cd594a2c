"""The ``timeline`` command: a thin adapter from the shell to the library.

Domain errors are turned into messages and exit statuses here and only here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import functools
import gc
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import click
from filelock import FileLock, Timeout

from . import __version__
from .project import Project, find_project, site_options

__all__ = ["main"]


def _project(ctx: click.Context) -> Project:
    return ctx.obj["project"]


def _err(message: str) -> None:
    click.echo(message, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="timeline")
@click.option(
    "--content",
    type=click.Path(file_okay=False, path_type=Path),
    help="Content folder (articles in its articles/ subfolder). Default: content/.",
)
@click.option(
    "--timeline",
    "timeline_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of event files. Default: timeline/.",
)
@click.pass_context
def cli(ctx: click.Context, content: Path | None, timeline_dir: Path | None) -> None:
    """Linimasa: news articles in, a sourced chronological timeline out."""
    ctx.ensure_object(dict)
    ctx.obj["project"] = find_project(content=content, timeline=timeline_dir)


def _without_gc(command: Callable[..., None]) -> Callable[..., None]:
    """Run ``command`` with the cyclic garbage collector paused: a run over a whole corpus
    holds hundreds of thousands of small objects and makes no cycles, and the collector's
    passes over them cost a second of an incremental run."""

    @functools.wraps(command)
    def run(*args, **kwargs) -> None:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            command(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return run


@contextlib.contextmanager
def _progress(total: int, label: str) -> Iterator[Callable[[int], None]]:
    """A progress bar on a terminal for long runs; silent when output is not a terminal."""
    if total < 50 or not sys.stderr.isatty():
        yield lambda n: None
        return
    with click.progressbar(length=total, label=label, file=sys.stderr) as bar:
        yield bar.update


def _lock(project: Project) -> FileLock:
    project.timeline_dir.mkdir(parents=True, exist_ok=True)
    return FileLock(str(project.lock_path), timeout=0)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that clean and date documents (default: both cores).",
)
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], jobs: int | None) -> None:
    """Add articles from files, folders or globs (.txt .md .html .jsonl) to content/articles/.

    An article already ingested (same text, or same outlet and title with nearly the same
    text) is skipped; an existing article file is never overwritten. A file over 5 MB (one
    line over 5 MB, or a file over 2 GB, for .jsonl), empty, binary, without article text
    or with a malformed JSON line is reported on one line naming the file (and line), and
    the rest still go in; the exit status is 1 when any failed. Text that is not UTF-8 is
    read as Windows-1252. A publication date that was inferred or corroborated by other
    articles is reported as a warning: confirm it by setting 'published' in the front
    matter.
    """
    from .ingest import ingest_paths
    from .workers import default_jobs

    project = _project(ctx)
    with contextlib.ExitStack() as stack:
        # The bar starts once every file is read and the number of documents is known.
        bar: list[Callable[[int], None]] = [lambda n: None]

        def started(total: int) -> None:
            bar[0] = stack.enter_context(_progress(total, "ingest"))

        report = ingest_paths(
            list(paths),
            project.articles_dir,
            jobs=jobs or default_jobs(),
            progress=lambda n: bar[0](n),
            started=started,
        )
    for article in report.added:
        click.echo(f"added {article.path}")
    for line in report.skipped:
        click.echo(f"skipped {line}")
    for line in report.warnings:
        _err(f"warning: {line}")
    for line in report.failed:
        _err(f"error: {line}")
    click.echo(
        f"{len(report.added)} added, {len(report.skipped)} already present, "
        f"{len(report.failed)} failed"
    )
    if report.failed:
        sys.exit(1)


@cli.command()
@click.option("--dry-run", is_flag=True, help="Print what would change as a diff; write nothing.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Processes for the per-article work (default: both cores).",
)
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where the per-article work runs.",
)
@click.option("--scheduler", help="Address of a Dask scheduler (with --executor dask).")
@click.option("--no-cache", is_flag=True, help="Recompute every article (ignore the cache).")
@click.pass_context
@_without_gc
def extract(
    ctx: click.Context,
    dry_run: bool,
    jobs: int | None,
    executor: str,
    scheduler: str | None,
    no_cache: bool,
) -> None:
    """Find the events the articles report and reconcile them with timeline/.

    Fields you edited by hand stay yours; deleted and hidden events never come back. Each
    article's work is cached (in .linimasa-cache/) by its content and the tool's version, so
    only new or changed articles are read again.
    """
    from .extraction import run_extraction
    from .ingest.article import article_files
    from .store.reconcile import RecordError, apply_plan, plan_reconcile, record_digest
    from .store.schema_file import write_schema_file
    from .workers import default_jobs

    project = _project(ctx)
    cache_dir = None if no_cache else project.root / ".linimasa-cache" / "articles"
    total = len(article_files(project.articles_dir))
    with _progress(total, "extract") as tick:
        try:
            result = run_extraction(
                project.articles_dir,
                jobs=jobs or default_jobs(),
                executor=executor,
                scheduler=scheduler,
                cache_dir=cache_dir,
                progress=tick,
            )
        except RuntimeError as exc:
            _err(f"error: {exc}")
            sys.exit(2)
    if result.errors:
        # An unreadable article would make its events vanish: nothing is reconciled.
        for line in result.errors:
            _err(f"error: {line}")
        _err(
            "error: fix the articles above (timeline check lists every problem); "
            "timeline/ was not changed"
        )
        sys.exit(1)
    for aid in result.undated:
        _err(
            f"warning: {project.articles_dir / (aid + '.md')}: no publication date; only its "
            "absolute dates are used (set 'published' in its front matter)"
        )
    for language, ids in sorted(result.skipped_languages.items()):
        _err(
            f"warning: no date rules for language {language!r}; skipped {len(ids)} "
            f"article(s), e.g. {ids[0]}"
        )
    events = result.events
    # The hash of the record as the last run wrote it: a record still so is not checked
    # entry by entry again.
    stamp = None if no_cache else project.root / ".linimasa-cache" / "record.sha256"
    trusted = None
    with contextlib.suppress(OSError, UnicodeDecodeError):
        trusted = stamp.read_text(encoding="ascii").strip() if stamp else None
    lock = _lock(project)
    try:
        with lock:
            plan = plan_reconcile(project.timeline_dir, events, trusted=trusted)
            for problem in plan.problems:
                _err(f"warning: {problem} (this file is left as it is)")
            if dry_run:
                for change in plan.changes:
                    click.echo(change.diff(project.root), nl=False)
                counts = plan.summary()
                click.echo(
                    f"would create {counts['created']}, update {counts['updated']}, "
                    f"delete {counts['deleted']} event file(s)"
                )
                return
            apply_plan(plan)
            write_schema_file(project.timeline_dir)
            written = record_digest(plan.record_text) if stamp is not None else None
            if stamp is not None and written != trusted:
                with contextlib.suppress(OSError):
                    stamp.parent.mkdir(parents=True, exist_ok=True)
                    stamp.write_text(f"{written}\n", encoding="ascii")
    except RecordError as exc:
        _err(f"error: {exc}")
        sys.exit(1)
    except Timeout:
        _err(
            f"error: another timeline command is writing {project.timeline_dir} "
            f"(lock {project.lock_path}); try again when it has finished"
        )
        sys.exit(75)
    for line in plan.kept_edits:
        click.echo(f"kept {line}")
    counts = plan.summary()
    click.echo(
        f"{len(events)} events from {result.articles} articles "
        f"({result.computed} read, {result.cached} from cache): {counts['created']} created, "
        f"{counts['updated']} updated, {counts['deleted']} deleted, "
        f"{counts['kept_edits']} with edits kept"
    )
    ctx.obj[_QUICK_EXIT] = True


@cli.command()
@click.pass_context
def check(ctx: click.Context) -> None:
    """Validate every event and article file; report all problems with file and line."""
    from .store import load_store

    project = _project(ctx)
    store = load_store(project.timeline_dir, project.articles_dir)
    for problem in store.problems:
        _err(str(problem))
    if store.problems:
        _err(
            f"{len(store.problems)} problem(s) in {project.timeline_dir} and {project.articles_dir}"
        )
        sys.exit(1)
    click.echo(f"ok: {len(store.events)} events, {len(store.articles)} articles")


@cli.command()
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write the pages into (for Zensical or any engine reading mkdocs.yml).",
)
@click.pass_context
def render(ctx: click.Context, out_dir: Path) -> None:
    """Write the site's pages, assets and downloads as files into OUT."""
    from .render import render_site
    from .store import load_store

    project = _project(ctx)
    store = load_store(project.timeline_dir, project.articles_dir)
    if store.problems:
        for problem in store.problems:
            _err(str(problem))
        _err("error: refusing to render invalid data (see above)")
        sys.exit(1)
    for folder in (project.timeline_dir, project.content_dir):
        if out_dir.resolve().is_relative_to(folder.resolve()):
            _err(
                f"error: refusing to write pages into {folder} ({out_dir} is inside it); "
                "choose a folder of its own, e.g. --out build/pages"
            )
            sys.exit(1)
    from .render.site import FIXED_STEPS

    with _progress(len(store.articles) + FIXED_STEPS, "render") as tick:
        options = site_options(project.plugin_config, dt.date.today())
        pages = render_site(store, options, progress=tick)
    from .store.yamlio import check_inside, write_atomic

    # Every page path is checked before the first is written: none may lead out of OUT.
    for rel in pages:
        check_inside(out_dir / rel, out_dir)
    # A render killed mid-write leaves only its temporary files, never a cut page.
    for stale in out_dir.rglob(".*.tmp") if out_dir.is_dir() else ():
        if _TMP.match(stale.name):
            stale.unlink(missing_ok=True)
    for rel, text in pages.items():
        write_atomic(out_dir / rel, text, inside=out_dir)
    click.echo(f"wrote {len(pages)} files to {out_dir}")


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "ics"]), required=True)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write; default: standard output.",
)
@click.pass_context
def export(ctx: click.Context, fmt: str, output: Path | None) -> None:
    """Export the visible events as JSON (TimelineJS3), CSV or iCalendar."""
    from .render.exports import export_csv, export_ics, export_json
    from .store import load_store

    project = _project(ctx)
    store = load_store(project.timeline_dir, project.articles_dir)
    if store.problems:
        for problem in store.problems:
            _err(str(problem))
        sys.exit(1)
    events = store.visible()
    if fmt == "json":
        text = export_json(store, events, project.plugin_config.get("title") or "Linimasa")
    elif fmt == "csv":
        text = export_csv(store, events)
    else:
        text = export_ics(store, events)
    if output:
        from .store.yamlio import write_atomic

        write_atomic(output, text)
    else:
        click.echo(text, nl=False)


@cli.command()
@click.option("--published", required=True, help="Publication date YYYY-MM-DD (the anchor).")
@click.option("--lang", default="id", show_default=True, help="Language of the text.")
@click.argument("file", type=click.File("r", encoding="utf-8"))
def tag(published: str, lang: str, file) -> None:
    """Print the temporal mentions of FILE ('-' for stdin) as JSON lines."""
    from .lang import available
    from .temporal import get_tagger

    if lang not in available():
        raise click.BadParameter(
            f"no date rules for {lang!r}; expected one of {', '.join(available())}",
            param_hint="--lang",
        )
    try:
        anchor = dt.date.fromisoformat(published)
    except ValueError:
        raise click.BadParameter(
            f"expected YYYY-MM-DD, found {published!r}", param_hint="--published"
        ) from None
    try:
        text = file.read()
    except UnicodeDecodeError as exc:
        _err(f"error: {file.name}: not UTF-8 text ({exc.reason} at byte {exc.start})")
        sys.exit(1)
    for m in get_tagger(lang).tag(text, anchor):
        click.echo(json.dumps(m.to_json(), ensure_ascii=False))


@cli.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--details", is_flag=True, help="Also print each gold event and what matched it.")
@click.pass_context
def eval_(ctx: click.Context, gold: Path, details: bool) -> None:
    """Score the timeline against a GOLD file of expected events (prints JSON)."""
    from .evaluation import GoldError, read_gold, score_timeline
    from .store import load_store

    project = _project(ctx)
    store = load_store(project.timeline_dir, project.articles_dir, check_quotes=False)
    try:
        gold_file = read_gold(gold)
    except GoldError as exc:
        _err(f"error: {exc}")
        sys.exit(1)
    score = score_timeline(
        gold_file.events, store.events, articles=store.articles, boilerplate=gold_file.boilerplate
    )
    out = score.as_dict()
    if details:
        out["details"] = score.details
    click.echo(json.dumps(out, ensure_ascii=False, indent=1))


@cli.command()
@click.option("--date", required=True, help="YYYY, YYYY-MM or YYYY-MM-DD (the precision you know).")
@click.option("--title", required=True, help="Headline of the event.")
@click.option(
    "--status",
    type=click.Choice(["happened", "planned", "expected"]),
    default="happened",
    show_default=True,
)
@click.option("--summary", default="", help="A sentence or two.")
@click.option("--article", help="Id of the article that reports it (content/articles/<id>.md).")
@click.option("--quote", help="The sentence of that article, verbatim.")
@click.option("--no-source", "reason", help="Why the event cites no article (e.g. field notes).")
@click.option("--id", "event_id", help="Id to use instead of one made from date and title.")
@click.pass_context
def new(ctx: click.Context, **fields: str | None) -> None:
    """Create a hand-made event file; extraction never changes or removes it."""
    from .store.manual import ManualEventError, create_manual_event

    project = _project(ctx)
    try:
        with _lock(project):
            path = create_manual_event(
                project.timeline_dir,
                project.articles_dir,
                **fields,  # type: ignore[arg-type]
            )
    except ManualEventError as exc:
        _err(f"error: {exc}")
        sys.exit(1)
    except Timeout:
        _err(f"error: another timeline command is writing {project.timeline_dir}; try again")
        sys.exit(75)
    click.echo(f"created {path}")


@cli.command()
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path))
def schema(output: Path | None) -> None:
    """Print (or write) the JSON Schema of the event file."""
    from .store.schema_file import schema_text

    if output:
        from .store.yamlio import write_atomic

        write_atomic(output, schema_text())
    else:
        click.echo(schema_text(), nl=False)


#: Temporary files of ``write_atomic`` (``.<name>.<random>.tmp``), left by a killed run.
_TMP = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.tmp$")

#: Exit statuses besides click's 2 for usage: 1 bad data, 74 the system refused a read or
#: write (sysexits EX_IOERR), 75 another command holds the lock (EX_TEMPFAIL).
EXIT_IO = 74


#: Set by a command that has written everything: its process may end without freeing its
#: objects one by one (a run over a corpus holds hundreds of thousands; freeing them takes a
#: tenth of a second, and the system frees them at once).
_QUICK_EXIT = "quick_exit"


def main() -> None:
    from .store.yamlio import UnsafePathError

    shared: dict[str, object] = {}
    try:
        cli(obj=shared)
    except SystemExit as exc:
        if shared.get(_QUICK_EXIT) and exc.code in (0, None):
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(0)
        raise
    except UnsafePathError as exc:
        _err(f"error: {exc}")
        sys.exit(1)
    except OSError as exc:
        # A read-only folder, a full disk, a file that vanished: one line, never a traceback.
        where = exc.filename or ""
        hint = " (is the folder read-only?)" if exc.errno in (errno.EACCES, errno.EROFS) else ""
        _err(f"error: {where}: {exc.strerror or exc}{hint}")
        sys.exit(EXIT_IO)


if __name__ == "__main__":
    main()
