"""The catalogue of bad input: every case is run through the `timeline` command as a user runs
it, and must end with its expected exit status and message, with content/ and timeline/ (and
the folder outside the project) byte for byte as they were.

Each case builds the same small valid project, spoils it (or prepares a bad input file beside
it), runs one command and compares. A case that a tool should accept (an HTML page carrying
scripts, a Windows-1252 text) states exactly what it may add instead.

Exit statuses: 1 bad data or input, 2 bad usage (click), 74 the system refused a read or a
write, 75 another command holds the lock.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import BIN
from tests.hardening.conftest import (
    ARTICLE,
    ARTICLE_ID,
    EVENT,
    EVENT_ID,
    NOBODY,
    QUOTE,
    snapshot,
    unprivileged,
    write_project,
)

Setup = Callable[[Path, Path], list[str]]


@dataclass
class Case:
    name: str
    setup: Setup
    status: int
    fragments: tuple[str, ...]
    #: Folders (relative to the project) made read-only before the command runs.
    readonly: tuple[str, ...] = ()
    #: For input a command should accept: new files it may write under content/articles/.
    adds_articles: int = 0
    #: A further check on the case's folders after the command.
    extra: Callable[[Path, Path, str], None] | None = None
    marks: list = field(default_factory=list)


CASES: list[Case] = []


def case(name: str, status: int, *fragments: str, **kw) -> Callable[[Setup], Setup]:
    def add(fn: Setup) -> Setup:
        CASES.append(Case(name, fn, status, fragments, **kw))
        return fn

    return add


# -- helpers -------------------------------------------------------------------------------


def event_path(proj: Path, name: str = EVENT_ID, year: str = "2023") -> Path:
    return proj / "timeline" / year / f"{name}.yaml"


def set_event(proj: Path, text: str | bytes, name: str = EVENT_ID, year: str = "2023") -> None:
    path = event_path(proj, name, year)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")


def edit_event(proj: Path, old: str, new: str) -> None:
    assert old in EVENT, old
    set_event(proj, EVENT.replace(old, new, 1))


def set_article(proj: Path, data: str | bytes, name: str = ARTICLE_ID) -> Path:
    path = proj / "content" / "articles" / f"{name}.md"
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def edit_article(proj: Path, old: str, new: str) -> None:
    assert old in ARTICLE, old
    set_article(proj, ARTICLE.replace(old, new, 1))


def raw(outside: Path, name: str, data: str | bytes) -> str:
    path = outside / name
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return str(path)


def sparse(path: Path, size: int) -> str:
    """A file of ``size`` bytes that costs no disk: the size is what the limits look at."""
    with path.open("wb") as fh:
        fh.write(b"Kalimat berita. ")
        fh.truncate(size)
    return str(path)


LONG_TEXT = (
    "Menteri Perhubungan Siti Aminah meninjau pelabuhan baru di Makassar pada Selasa "
    "(12/9/2023) bersama para pejabat daerah. Ia mengatakan pelabuhan itu akan dibuka untuk "
    "umum pada awal tahun depan setelah uji coba selesai dilakukan oleh pengelola."
)


# -- event files: YAML that is not YAML ------------------------------------------------------


@case("yaml: unclosed quote", 1, f"{EVENT_ID}.yaml:", "not valid YAML")
def _(proj, outside):
    edit_event(proj, "title: Gubernur", 'title: "Gubernur')
    return ["check"]


@case("yaml: bad indentation", 1, "not valid YAML", "expected <block end>")
def _(proj, outside):
    edit_event(proj, "    quote:", "   quote:")
    return ["check"]


@case("yaml: tab indentation", 1, "not valid YAML", "\\t")
def _(proj, outside):
    edit_event(proj, "    said:", "\tsaid:")
    return ["check"]


@case("yaml: unclosed flow list", 1, ":7:7:", "expected ',' or ']'")
def _(proj, outside):
    edit_event(proj, "actors: [Budi Santoso]", "actors: [Budi Santoso")
    return ["check"]


@case("yaml: a key written twice", 1, ":5:1:", "duplicate key 'title' (first written on line 4)")
def _(proj, outside):
    edit_event(proj, "summary:", "title: Judul kedua\nsummary:")
    return ["check"]


@case("yaml: empty event file", 1, "expected a mapping of keys, found an empty file")
def _(proj, outside):
    set_event(proj, "")
    return ["check"]


@case("yaml: a list, not a mapping", 1, "expected a mapping of keys, found a list")
def _(proj, outside):
    set_event(proj, "- id\n- date\n")
    return ["check"]


@case("yaml: keys that are not text", 1, "keys must be text")
def _(proj, outside):
    set_event(proj, EVENT + "2023: tahun\n")
    return ["check"]


@case("event file: not UTF-8", 1, "not UTF-8 text")
def _(proj, outside):
    set_event(proj, EVENT.replace("Bandung.", "Bandung \u201ckota\u201d.").encode("cp1252"))
    return ["check"]


@case("event file: binary", 1, "not UTF-8 text")
def _(proj, outside):
    set_event(proj, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return ["check"]


@case("event file: NUL bytes", 1, "not valid YAML", "special characters are not allowed")
def _(proj, outside):
    set_event(proj, EVENT.encode() + b"\x00\x00\x00")
    return ["check"]


@case("event file: oversized", 1, "bytes is over the 2,097,152-byte limit for an event file")
def _(proj, outside):
    sparse(event_path(proj), 3 * 1024 * 1024)
    return ["check"]


# -- event files: wrong types and impossible values -----------------------------------------


@case("type: title is a list", 1, ":4:", "at key title:", "valid string")
def _(proj, outside):
    edit_event(proj, "title: Gubernur meresmikan jembatan Selat Lestari", "title: [a, b]")
    return ["check"]


@case("type: sources is text", 1, "at key sources:", "valid list")
def _(proj, outside):
    set_event(proj, EVENT.split("sources:")[0] + f"sources: {ARTICLE_ID}\n")
    return ["check"]


@case("type: hidden is not yes or no", 1, "at key hidden:", "'mungkin'")
def _(proj, outside):
    set_event(proj, EVENT + "hidden: mungkin\n")
    return ["check"]


@case("type: unknown status", 1, "at key status:", "'selesai'", "'happened', 'planned'")
def _(proj, outside):
    edit_event(proj, "status: happened", "status: selesai")
    return ["check"]


@case("type: misspelt key", 1, "unknown key 'titel'; did you mean 'title'?")
def _(proj, outside):
    edit_event(proj, "title:", "titel:")
    return ["check"]


@case("type: required key missing", 1, "at key title: missing; this key is required")
def _(proj, outside):
    set_event(proj, "\n".join(ln for ln in EVENT.splitlines() if not ln.startswith("title")))
    return ["check"]


@case("type: !!int on text", 1, ":4:", "cannot read 'abc' as int")
def _(proj, outside):
    edit_event(proj, "title: Gubernur meresmikan jembatan Selat Lestari", "title: !!int abc")
    return ["check"]


@case("type: alias bomb", 1, "at key tags[0]:", "...")
def _(proj, outside):
    lines = ["x0: &x0 [a, a, a, a, a, a, a, a, a]"]
    for i in range(1, 9):
        lines.append(f"x{i}: &x{i} [" + ", ".join([f"*x{i - 1}"] * 9) + "]")
    set_event(proj, "\n".join(lines) + "\n" + EVENT + "tags: *x8\n")
    return ["check"]


@case("yaml: nested a thousand levels deep", 1, ":1:", "nested deeper than 64 levels")
def _(proj, outside):
    set_event(proj, "tags: " + "[" * 1000 + "]" * 1000 + "\n")
    return ["check"]


# -- impossible dates ----------------------------------------------------------------------


@case("date: 30 February", 1, ":2:7:", "2023-02-30 is not a day of the calendar")
def _(proj, outside):
    edit_event(proj, "date: 2023-09-11", "date: 2023-02-30")
    return ["check"]


@case("date: month 13", 1, "month 13 does not exist")
def _(proj, outside):
    edit_event(proj, "date: 2023-09-11", "date: 2023-13")
    return ["check"]


@case("date: written day first", 1, "'11/09/2023'", "expected YYYY, YYYY-MM or YYYY-MM-DD")
def _(proj, outside):
    edit_event(proj, "date: 2023-09-11", "date: 11/09/2023")
    return ["check"]


@case("date: end before start", 1, "at key end:", "end 2023-09-01 is before date 2023-09-11")
def _(proj, outside):
    edit_event(proj, "date: 2023-09-11", "date: 2023-09-11\nend: 2023-09-01")
    return ["check"]


@case("date: hour 25", 1, "at key time:", 'expected "HH:MM"')
def _(proj, outside):
    edit_event(proj, "date: 2023-09-11", "date: 2023-09-11\ntime: '25:00 WIB'")
    return ["check"]


@case("date: impossible date in a conflict", 1, "at key conflicts[0].date:", "not a day")
def _(proj, outside):
    set_event(proj, EVENT + f"conflicts:\n  - article: {ARTICLE_ID}\n    date: 2023-09-31\n")
    return ["check"]


@case("date: !!timestamp 30 February", 1, ":2:7:", "cannot read '2023-02-30' as timestamp")
def _(proj, outside):
    edit_event(proj, "date: 2023-09-11", "date: !!timestamp 2023-02-30")
    return ["check"]


# -- YAML tags that would build objects ----------------------------------------------------


def _not_pwned(proj: Path, outside: Path, output: str) -> None:
    assert not (outside / "pwned").exists(), "a YAML tag ran a command"


@case(
    "tag: !!python/object/apply",
    1,
    "could not determine a constructor",
    "tags that build objects are refused",
    extra=_not_pwned,
)
def _(proj, outside):
    cmd = f"touch {outside / 'pwned'}"
    edit_event(
        proj, "summary: Jembatan", f'summary: !!python/object/apply:os.system ["{cmd}"]\nx: '
    )
    return ["check"]


@case("tag: !!python/name", 1, "python/name:os.system", "refused", extra=_not_pwned)
def _(proj, outside):
    edit_event(proj, "summary: Jembatan", "summary: !!python/name:os.system ''\nx: Jembatan")
    return ["check"]


@case("tag: unknown local tag", 1, "could not determine a constructor for the tag '!include'")
def _(proj, outside):
    edit_event(proj, "summary: Jembatan", "summary: !include /etc/passwd\nx: Jembatan")
    return ["check"]


@case(
    "tag: !!python/object in front matter",
    1,
    f"{ARTICLE_ID}.md:",
    "front matter is not valid YAML",
    "python/object",
    extra=_not_pwned,
)
def _(proj, outside):
    cmd = f"touch {outside / 'pwned'}"
    edit_article(proj, "outlet: Warta Contoh", f'outlet: !!python/object/apply:os.system ["{cmd}"]')
    return ["check"]


# -- ids and names that are paths ----------------------------------------------------------


@case("id: ../ in an event id", 1, "at key id:", "'../../../etc/passwd'", "(no path)")
def _(proj, outside):
    edit_event(proj, f"id: {EVENT_ID}", "id: ../../../etc/passwd")
    return ["check"]


@case("id: absolute path as event id", 1, "at key id:", "(no path)")
def _(proj, outside):
    edit_event(proj, f"id: {EVENT_ID}", f"id: {outside}/evil")
    return ["check"]


@case("id: ../ in a source's article", 1, "at key sources[0].article:", "no path")
def _(proj, outside):
    edit_event(proj, f"article: {ARTICLE_ID}", "article: ../../mkdocs")
    return ["check"]


@case("id: absolute path as a source's article", 1, "at key sources[0].article:", "no path")
def _(proj, outside):
    edit_event(proj, f"article: {ARTICLE_ID}", "article: /etc/passwd")
    return ["check"]


@case("id: ../ in an article's front matter id", 1, "must match the file name")
def _(proj, outside):
    edit_article(proj, f"id: {ARTICLE_ID}", "id: ../../timeline/2023/x")
    return ["check"]


@case("id: an article file name that is HTML", 1, "cannot be an article id")
def _(proj, outside):
    set_article(proj, ARTICLE.replace(f"id: {ARTICLE_ID}\n", ""), "x) <img src=x onerror=alert(1)>")
    return ["check"]


@case("id: new --id with ../", 1, "error:", "(no path)")
def _(proj, outside):
    return ["new", "--date", "2023-09", "--title", "x", "--no-source", "y", "--id", "../../x"]


@case("id: new --article with ../", 1, "error: no article '../content/articles/x'")
def _(proj, outside):
    return [
        "new",
        "--date",
        "2023-09",
        "--title",
        "x",
        "--article",
        "../content/articles/x",
        "--quote",
        QUOTE,
    ]


@case("id: tag --lang with ../", 2, "no date rules for '../id'")
def _(proj, outside):
    return ["tag", "--published", "2023-09-11", "--lang", "../id", raw(outside, "a.txt", QUOTE)]


# -- cross-file problems -------------------------------------------------------------------


@case("cross: duplicate ids", 1, "duplicate id", "also used by")
def _(proj, outside):
    set_event(proj, EVENT, year="2024")
    return ["check"]


@case("cross: id does not match the file name", 1, "expected the file name 'salah-nama'")
def _(proj, outside):
    event_path(proj).rename(event_path(proj, "salah-nama"))
    return ["check"]


@case("cross: source cites a missing article", 1, "sources[0].article", "no file hilang.md")
def _(proj, outside):
    edit_event(proj, f"article: {ARTICLE_ID}", "article: hilang")
    return ["check"]


@case("cross: quote not in its article", 1, ":10:", "no longer appears verbatim")
def _(proj, outside):
    edit_event(proj, "(11/9/2023) di Bandung.", "(11/9/2023) di Surabaya.")
    return ["check"]


@case("cross: same_as names no event", 1, "same_as", "expected the id of another event")
def _(proj, outside):
    set_event(proj, EVENT + "same_as: tidak-ada\n")
    return ["check"]


@case("cross: same_as names itself", 1, "cannot be the same as itself")
def _(proj, outside):
    set_event(proj, EVENT + f"same_as: {EVENT_ID}\n")
    return ["check"]


@case("cross: render refuses invalid data", 1, "refusing to render invalid data")
def _(proj, outside):
    edit_event(proj, "date: 2023-09-11", "date: 2023-02-30")
    return ["render", "--out", str(outside / "pages")]


@case("cross: export refuses invalid data", 1, "no longer appears verbatim")
def _(proj, outside):
    edit_event(proj, "(11/9/2023) di Bandung.", "(11/9/2023) di Surabaya.")
    return ["export", "--format", "json", "-o", str(outside / "t.json")]


# -- article files in content/ -------------------------------------------------------------


@case("article: no front matter", 1, ":1: expected YAML front matter")
def _(proj, outside):
    set_article(proj, ARTICLE.split("---\n", 2)[2])
    return ["check"]


@case(
    "article: malformed front matter", 1, ":4:", "front matter is not valid YAML", "mapping values"
)
def _(proj, outside):
    edit_article(proj, "outlet: Warta Contoh", "outlet: Warta: Contoh")
    return ["check"]


@case("article: front matter is a list", 1, "front matter must be a mapping")
def _(proj, outside):
    set_article(proj, "---\n- a\n- b\n---\n\nTeks.\n")
    return ["check"]


@case("article: not UTF-8", 1, "not UTF-8 text")
def _(proj, outside):
    set_article(proj, ARTICLE.replace("Bandung.", "Bandung \u201ckota\u201d.").encode("cp1252"))
    return ["check"]


@case("article: binary", 1, "not UTF-8 text")
def _(proj, outside):
    set_article(proj, b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4)
    return ["check"]


@case("article: empty", 1, "expected YAML front matter")
def _(proj, outside):
    set_article(proj, b"")
    return ["check"]


@case("article: oversized", 1, "is over the 8,388,608-byte limit for an article")
def _(proj, outside):
    sparse(proj / "content" / "articles" / f"{ARTICLE_ID}.md", 9 * 1024 * 1024)
    return ["check"]


@case("article: 30 February as published (check)", 1, ":5:", "cannot read '2023-02-30'")
def _(proj, outside):
    edit_article(proj, "published: 2023-09-11", "published: 2023-02-30")
    return ["check"]


@case("article: 30 February as published (extract)", 1, "error:", "cannot read '2023-02-30'")
def _(proj, outside):
    edit_article(proj, "published: 2023-09-11", "published: 2023-02-30")
    return ["extract"]


@case("article: published is not a date", 1, "published: expected a date", "'kemarin'")
def _(proj, outside):
    edit_article(proj, "published: 2023-09-11", "published: kemarin")
    return ["check"]


@case("article: title is a mapping", 1, ":3: title: expected text, found a dict")
def _(proj, outside):
    edit_article(proj, "title: Gubernur meresmikan jembatan Selat Lestari", "title: {a: b}")
    return ["check"]


@case("article: outlet is a list", 1, ":4: outlet: expected text, found a list")
def _(proj, outside):
    edit_article(proj, "outlet: Warta Contoh", "outlet: [Warta, Contoh]")
    return ["check"]


@case('article: language that breaks out of lang=""', 1, "expected a language code")
def _(proj, outside):
    edit_article(proj, "language: id", "language: 'id\" onmouseover=\"alert(1)'")
    return ["check"]


@case("article: a key written twice", 1, "duplicate key 'title'")
def _(proj, outside):
    edit_article(proj, "outlet:", "title: Judul lain\noutlet:")
    return ["check"]


@case("article: front matter nested a thousand levels deep", 1, "nested deeper than 64 levels")
def _(proj, outside):
    edit_article(proj, "outlet: Warta Contoh", "outlet: " + "{a: " * 1000 + "b" + "}" * 1000)
    return ["check"]


# -- the record of what was generated ------------------------------------------------------

CONFLICT = """<<<<<<< HEAD
{"format": 1, "events": {}}
=======
{"format": 1, "events": {"x": {}}}
>>>>>>> other
"""


@case(
    "record: a merge conflict left in .generated.json",
    1,
    ".generated.json:1:1: not valid JSON",
    "a merge conflict?",
)
def _(proj, outside):
    (proj / "timeline" / ".generated.json").write_text(CONFLICT, encoding="utf-8")
    return ["extract"]


@case("record: .generated.json of the wrong shape", 1, 'expected {"events": {id: event}}')
def _(proj, outside):
    (proj / "timeline" / ".generated.json").write_text('{"events": [1, 2]}\n', encoding="utf-8")
    return ["extract"]


@case("record: an entry that is not an event", 1, "the entry 'x' is not an event")
def _(proj, outside):
    (proj / "timeline" / ".generated.json").write_text(
        '{"format": 1, "events": {"x": {"date": "2023-02-30"}}}\n', encoding="utf-8"
    )
    return ["extract"]


# -- symlinks leading out of the project ---------------------------------------------------


def _secret(outside: Path) -> Path:
    secret = outside / "rahasia.md"
    secret.write_text(ARTICLE.replace(ARTICLE_ID, "rahasia"), encoding="utf-8")
    return secret


@case("symlink: an article file leading out", 1, "a symlink to", "copy the article in instead")
def _(proj, outside):
    (proj / "content" / "articles" / "rahasia.md").symlink_to(_secret(outside))
    return ["check"]


@case("symlink: an article file leading out (extract)", 1, "error:", "a symlink to")
def _(proj, outside):
    (proj / "content" / "articles" / "rahasia.md").symlink_to(_secret(outside))
    return ["extract"]


@case("symlink: an event file leading out", 1, "a symlink to", "outside", "refused")
def _(proj, outside):
    target = outside / "lain.yaml"
    target.write_text(EVENT.replace(EVENT_ID, "lain"), encoding="utf-8")
    event_path(proj, "lain").symlink_to(target)
    return ["check"]


@case("symlink: a year folder leading out (extract)", 1, "refusing to write", "outside")
def _(proj, outside):
    year = proj / "timeline" / "2023"
    shutil.move(year, outside / "2023")
    year.symlink_to(outside / "2023")
    return ["extract"]


@case("symlink: a dangling article", 74, "error:", "No such file or directory")
def _(proj, outside):
    (proj / "content" / "articles" / "hilang.md").symlink_to(proj / "content" / "articles" / "x.md")
    return ["extract"]


@case("symlink: a folder in render --out leading out", 1, "refusing to write", "outside")
def _(proj, outside):
    out = outside / "pages"
    (outside / "elsewhere").mkdir()
    out.mkdir()
    (out / "sumber").symlink_to(outside / "elsewhere")
    return ["render", "--out", str(out)]


# -- where render may write ----------------------------------------------------------------


@case("render: --out inside timeline/", 1, "refusing to write pages into")
def _(proj, outside):
    return ["render", "--out", str(proj / "timeline" / "pages")]


@case("render: --out is content/", 1, "refusing to write pages into")
def _(proj, outside):
    return ["render", "--out", str(proj / "content")]


# -- read-only folders ---------------------------------------------------------------------


@case(
    "read-only: timeline/ (extract)",
    74,
    ".linimasa.lock: Permission denied (is the folder read-only?)",
    readonly=("project/timeline",),
)
def _(proj, outside):
    return ["extract"]


@case("read-only: timeline/ (new)", 74, "Permission denied", readonly=("project/timeline",))
def _(proj, outside):
    return ["new", "--date", "2023-09", "--title", "Catatan", "--no-source", "wawancara"]


@case(
    "read-only: content/articles (ingest)",
    1,
    "cannot write",
    "Permission denied",
    readonly=("project/content",),
)
def _(proj, outside):
    return ["ingest", raw(outside, "baru.txt", LONG_TEXT)]


@case("read-only: the render --out folder", 74, "Permission denied", readonly=("outside/pages",))
def _(proj, outside):
    (outside / "pages").mkdir()
    return ["render", "--out", str(outside / "pages")]


# -- files given to ingest -----------------------------------------------------------------


@case("ingest: empty file", 1, "kosong.txt: empty file", "0 added")
def _(proj, outside):
    return ["ingest", raw(outside, "kosong.txt", b"")]


@case("ingest: only whitespace", 1, "spasi.txt: empty file")
def _(proj, outside):
    return ["ingest", raw(outside, "spasi.txt", b" \n\t\r\n  \n")]


@case("ingest: binary file", 1, "gambar.txt: binary file (contains NUL bytes)")
def _(proj, outside):
    return ["ingest", raw(outside, "gambar.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)]


@case("ingest: oversized file", 1, "besar.txt: 6,291,456 bytes is over the 5,242,880-byte limit")
def _(proj, outside):
    return ["ingest", sparse(outside / "besar.txt", 6 * 1024 * 1024)]


@case("ingest: oversized JSON Lines row", 1, "besar.jsonl:1: ", "over the 5,242,880-byte limit")
def _(proj, outside):
    path = outside / "besar.jsonl"
    path.write_bytes(b'{"text": "' + b"a" * (5 * 1024 * 1024 + 10) + b'"}\n')
    return ["ingest", str(path)]


@case("ingest: broken UTF-16", 1, "utf16.txt: starts like UTF-16 text but is not")
def _(proj, outside):
    return ["ingest", raw(outside, "utf16.txt", b"\xff\xfeS\x00e\x00\x00\xd8")]


@case("ingest: unsupported type", 1, "laporan.pdf: unsupported file type '.pdf'")
def _(proj, outside):
    return ["ingest", raw(outside, "laporan.pdf", b"%PDF-1.7\n" + LONG_TEXT.encode())]


@case("ingest: missing file", 1, "tidak-ada.txt: no such file, folder or pattern")
def _(proj, outside):
    return ["ingest", str(outside / "tidak-ada.txt")]


@case("ingest: too little text", 1, "pendek.txt: no article text left")
def _(proj, outside):
    return ["ingest", raw(outside, "pendek.txt", "Senin (11/9/2023).")]


@case("ingest: HTML of scripts and iframes only", 1, "skrip.html: HTML page without article text")
def _(proj, outside):
    page = (
        "<html><head><script>alert(1)</script></head><body>"
        '<iframe src="https://evil.example/"></iframe><script src="https://evil.example/x.js">'
        "</script><img src=x onerror=alert(1)></body></html>"
    )
    return ["ingest", raw(outside, "skrip.html", page)]


@case("ingest: JSON Lines row that is not JSON", 1, "rusak.jsonl:2: not a JSON object")
def _(proj, outside):
    return ["ingest", raw(outside, "rusak.jsonl", "\n{'text': 'kutip tunggal'}\n")]


@case("ingest: JSON Lines row that is a list", 1, "daftar.jsonl:1: expected an object")
def _(proj, outside):
    return ["ingest", raw(outside, "daftar.jsonl", '["text", "isi"]\n')]


@case("ingest: JSON Lines row with an impossible date", 1, "'2023-02-30' is not a date")
def _(proj, outside):
    row = json.dumps({"text": LONG_TEXT, "published": "2023-02-30"}) + "\n"
    return ["ingest", raw(outside, "tanggal.jsonl", row)]


@case("ingest: JSON Lines row not in UTF-8", 1, "latin.jsonl:1: not UTF-8")
def _(proj, outside):
    row = (
        json.dumps({"text": LONG_TEXT + " \u201ckutipan\u201d"}, ensure_ascii=False) + "\n"
    ).encode("cp1252")
    return ["ingest", raw(outside, "latin.jsonl", row)]


@case("ingest: JSON Lines row nested a million levels deep", 1, "dalam.jsonl:1: JSON nested")
def _(proj, outside):
    return ["ingest", raw(outside, "dalam.jsonl", "[" * 1_000_000 + "\n")]


@case("ingest: JSON Lines row with empty text", 1, "kosong.jsonl:1: empty 'text'")
def _(proj, outside):
    return ["ingest", raw(outside, "kosong.jsonl", '{"text": "   "}\n')]


@case("ingest: JSON Lines language that is HTML", 1, "bahasa.jsonl:1: language: expected")
def _(proj, outside):
    row = json.dumps({"text": LONG_TEXT, "language": 'id" onclick="alert(1)'}) + "\n"
    return ["ingest", raw(outside, "bahasa.jsonl", row)]


@case("ingest: Markdown with !!python/object", 1, "objek.md:", "python/object", extra=_not_pwned)
def _(proj, outside):
    cmd = f"touch {outside / 'pwned'}"
    text = f'---\ntitle: !!python/object/apply:os.system ["{cmd}"]\n---\n\n{LONG_TEXT}\n'
    return ["ingest", raw(outside, "objek.md", text)]


@case("ingest: Markdown with 30 February", 1, "tanggal.md:3:", "cannot read '2023-02-30'")
def _(proj, outside):
    text = f"---\ntitle: Pelabuhan\npublished: 2023-02-30\n---\n\n{LONG_TEXT}\n"
    return ["ingest", raw(outside, "tanggal.md", text)]


@case("ingest: Markdown title that is a mapping", 1, "judul.md: front matter title: expected")
def _(proj, outside):
    text = f"---\ntitle: {{a: b}}\n---\n\n{LONG_TEXT}\n"
    return ["ingest", raw(outside, "judul.md", text)]


@case(
    "ingest: a broken article in content/ is reported, not fatal",
    0,
    "warning:",
    "1 added",
    adds_articles=1,
)
def _(proj, outside):
    edit_article(proj, "published: 2023-09-11", "published: 2023-02-30")
    return ["ingest", raw(outside, "baru.txt", LONG_TEXT)]


# -- input ingest takes, made safe ---------------------------------------------------------


def _no_markup(proj: Path, outside: Path, output: str) -> None:
    for path in (proj / "content" / "articles").glob("*.md"):
        text = path.read_text(encoding="utf-8").lower()
        for bad in ("<script", "alert(", "<iframe", "onerror", "javascript:", "evil.example"):
            assert bad not in text, (path.name, bad)


@case(
    "accept: HTML article with scripts, iframes and handlers",
    0,
    "1 added",
    adds_articles=1,
    extra=_no_markup,
)
def _(proj, outside):
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in LONG_TEXT.split(". "))
    page = (
        "<html><head><title>Pelabuhan baru Makassar</title>"
        "<script>alert(1)</script><script src='https://evil.example/x.js'></script></head>"
        "<body onload='alert(1)'><article><h1>Pelabuhan baru Makassar</h1>"
        f"{paragraphs}<iframe src='https://evil.example/'></iframe>"
        "<img src=x onerror='alert(1)'><p>Warga menyambut kabar itu dengan gembira dan berharap "
        "harga barang di daerah itu turun setelah pelabuhan beroperasi penuh tahun depan.</p>"
        "<a href='javascript:alert(1)'>Baca juga</a></article></body></html>"
    )
    return ["ingest", raw(outside, "skrip-artikel.html", page)]


def _inside(proj: Path, outside: Path, output: str) -> None:
    # The id in the front matter is not used: the new file is named by ingest, in place.
    written = sorted((proj / "content" / "articles").glob("*.md"))
    assert len(written) == 2 and all(".." not in p.name and "evil" not in p.name for p in written)


@case(
    "accept: Markdown whose front matter id is a path", 0, "1 added", adds_articles=1, extra=_inside
)
def _(proj, outside):
    text = f"---\nid: ../../../outside/evil\ntitle: Pelabuhan\n---\n\n{LONG_TEXT}\n"
    return ["ingest", raw(outside, "jalur.md", text)]


def _cp1252(proj: Path, outside: Path, output: str) -> None:
    new = [p for p in (proj / "content" / "articles").glob("*.md") if p.stem != ARTICLE_ID]
    assert "\u201cpelabuhan rakyat\u201d" in new[0].read_text(encoding="utf-8")


@case("accept: Windows-1252 text is read as such", 0, "1 added", adds_articles=1, extra=_cp1252)
def _(proj, outside):
    text = LONG_TEXT + " Ia menyebutnya \u201cpelabuhan rakyat\u201d."
    return ["ingest", raw(outside, "cp1252.txt", text.encode("cp1252"))]


# -- mkdocs.yml ----------------------------------------------------------------------------


@case("config: an impossible date in mkdocs.yml", 0, "ok: 1 events, 1 articles")
def _(proj, outside):
    # MkDocs reports its own configuration; the commands still find content/ and timeline/.
    with (proj / "mkdocs.yml").open("a", encoding="utf-8") as fh:
        fh.write("\nextra:\n  since: 2023-02-30\n")
    return ["check"]


@case("config: mkdocs.yml nested a thousand levels deep", 0, "ok: 1 events, 1 articles")
def _(proj, outside):
    with (proj / "mkdocs.yml").open("a", encoding="utf-8") as fh:
        fh.write("\nextra: " + "[" * 1000 + "]" * 1000 + "\n")
    return ["check"]


# -- the tag command -----------------------------------------------------------------------


@case("tag: text not in UTF-8", 1, "error:", "not UTF-8 text")
def _(proj, outside):
    return ["tag", "--published", "2023-09-11", raw(outside, "a.txt", b"Senin \x93(11/9)\x94")]


@case("tag: impossible publication date", 2, "expected YYYY-MM-DD, found '2023-02-30'")
def _(proj, outside):
    return ["tag", "--published", "2023-02-30", raw(outside, "a.txt", QUOTE)]


@case("new: impossible date", 1, "not a day of the calendar")
def _(proj, outside):
    return ["new", "--date", "2023-02-30", "--title", "x", "--no-source", "y"]


@case("new: quote not in the article", 1, "does not appear verbatim")
def _(proj, outside):
    return [
        "new",
        "--date",
        "2023-09",
        "--title",
        "x",
        "--article",
        ARTICLE_ID,
        "--quote",
        "Kalimat yang tidak ada.",
    ]


# -- the runner ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workdir():
    # Not pytest's tmp_path: its parents are private to root, and the read-only cases run
    # as an unprivileged user who must reach the project.
    with tempfile.TemporaryDirectory(prefix="linimasa-catalogue-") as tmp:
        os.chmod(tmp, 0o755)
        yield Path(tmp)


def _articles(proj: Path) -> set[str]:
    return {p.name for p in (proj / "content" / "articles").iterdir()}


@pytest.mark.parametrize("item", CASES, ids=[c.name for c in CASES])
def test_bad_input(item: Case, workdir: Path):
    root = workdir / item.name.replace(" ", "_").replace("/", "_")
    proj = write_project(root / "project")
    outside = root / "outside"
    outside.mkdir()
    argv = item.setup(proj, outside)
    prefix: list[str] = []
    if item.readonly:
        dropped = unprivileged()
        if dropped is None:
            pytest.skip("running as root without a way to drop privileges (setpriv)")
        prefix = dropped
        if prefix:
            for path in [root, *root.rglob("*")]:
                os.lchown(path, NOBODY, NOBODY)
        for folder in item.readonly:
            for path in [root / folder, *(root / folder).rglob("*")]:
                if not path.is_symlink():
                    path.chmod(path.stat().st_mode & ~0o222)
    before = {name: snapshot(d) for name, d in _folders(proj, outside).items()}
    articles_before = _articles(proj)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run(
        [*prefix, str(BIN / "timeline"), *argv],
        cwd=proj,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    output = proc.stdout + proc.stderr
    after = {name: snapshot(d) for name, d in _folders(proj, outside).items()}
    for folder in item.readonly:
        for path in [root / folder, *(root / folder).rglob("*")]:
            if not path.is_symlink():
                path.chmod(path.stat().st_mode | 0o200)
    assert "Traceback" not in output, output
    assert proc.returncode == item.status, output
    for fragment in item.fragments:
        assert fragment in output, f"{fragment!r} not in:\n{output}"
    assert len(output) < 20_000, "a message is bounded, whatever the input"
    if item.adds_articles:
        added = _articles(proj) - articles_before
        assert len(added) == item.adds_articles, added
        for name in added:
            del after["content"][f"articles/{name}"]
    # The command may create the lock file it takes; nothing else may appear or change.
    after["timeline"].pop(".linimasa.lock", None)
    for name in before:
        assert after[name] == before[name], f"{name}/ changed"
    if item.extra:
        item.extra(proj, outside, output)


def _folders(proj: Path, outside: Path) -> dict[str, Path]:
    return {"content": proj / "content", "timeline": proj / "timeline", "outside": outside}


def test_the_catalogue_covers_what_the_issue_lists():
    names = " ".join(c.name for c in CASES)
    for kind in (
        "yaml:",
        "type:",
        "date:",
        "cross: duplicate ids",
        "missing article",
        "quote not in",
        "not UTF-8",
        "empty",
        "binary",
        "oversized",
        "scripts",
        "!!python/object",
        "../",
        "absolute path",
        "symlink:",
        "read-only:",
    ):
        assert kind in names, kind
    assert len(CASES) >= 100, "SECURITY.md says more than a hundred"
