"""Cleaning: from text copied off a news page to the article's own words.

Drops page chrome and boilerplate (patterns are language data in
``builder/lang/<code>/boilerplate.yaml``), cuts related-story lists, keeps photo captions but
marks them, and picks out the header: title, byline, dateline and the outlet's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ..lang import load_data
from .glue import unglue_for

__all__ = ["Cleaned", "Line", "clean_text", "find_outlet", "load_boilerplate", "outlets"]


@dataclass
class Line:
    text: str
    caption: bool = False


@dataclass
class Cleaned:
    """An article body after cleaning, with what the header told about it."""

    paragraphs: list[Line]
    title: str | None = None
    title_from: str = "none"
    datelines: list[str] = field(default_factory=list)
    outlet: str | None = None
    author: str | None = None
    dropped: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n\n".join(("> " if p.caption else "") + p.text for p in self.paragraphs)


@dataclass
class Boilerplate:
    """The boilerplate patterns of one language, with the examples they carry."""

    lines: list[re.Pattern[str]]
    stops: list[re.Pattern[str]]
    date_only: re.Pattern[str]
    captions: list[re.Pattern[str]]
    credit: re.Pattern[str]
    examples: dict[str, list[tuple[str, str]]]
    inline_tail: list[re.Pattern[str]] = field(default_factory=list)
    bylines: list[re.Pattern[str]] = field(default_factory=list)
    end_credit: re.Pattern[str] | None = None
    #: Words before a date at the end of a title that make it the date of a happening the
    #: title names, not the page's date line.
    title_event_date: re.Pattern[str] | None = None
    #: Counter-examples: lines a section must leave alone.
    keep: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def _compile(spec: dict[str, Any]) -> re.Pattern[str]:
    flags = 0 if spec.get("case") == "exact" else re.IGNORECASE
    return re.compile(spec["pattern"], flags)


@cache
def load_boilerplate(code: str = "id") -> Boilerplate:
    data = load_data(code, "boilerplate") or load_data("id", "boilerplate")
    examples: dict[str, list[tuple[str, str]]] = {}
    keep: dict[str, list[tuple[str, str]]] = {}
    for section in ("lines", "stops", "captions", "inline_tail", "bylines", "end_credit"):
        specs = data.get(section, [])
        for spec in specs if isinstance(specs, list) else [specs]:
            for ex in spec.get("examples", []):
                examples.setdefault(section, []).append((spec["pattern"], ex))
            for ex in spec.get("keep", []):
                keep.setdefault(section, []).append((spec["pattern"], ex))
    return Boilerplate(
        lines=[_compile(s) for s in data.get("lines", [])],
        stops=[_compile(s) for s in data.get("stops", [])],
        date_only=_compile(data["date_only_line"]),
        captions=[_compile(s) for s in data.get("captions", [])],
        credit=_compile(data["credit"]),
        examples=examples,
        inline_tail=[_compile(s) for s in data.get("inline_tail", [])],
        bylines=[_compile(s) for s in data.get("bylines", [])],
        end_credit=_compile(data["end_credit"]) if data.get("end_credit") else None,
        title_event_date=(
            _compile(data["title_event_date"]) if data.get("title_event_date") else None
        ),
        keep=keep,
    )


@cache
def outlets() -> dict[str, Any]:
    """The outlet table: names, domains and aliases (``builder/ingest/outlets.yaml``)."""
    data = yaml.safe_load((Path(__file__).parent / "outlets.yaml").read_text(encoding="utf-8"))
    alias: dict[str, str] = {}
    domain: dict[str, str] = {}
    for entry in data["outlets"]:
        for a in [entry["name"], *entry.get("aliases", [])]:
            alias[a.lower()] = entry["name"]
        for d in entry.get("domains", []):
            domain[d.lower()] = entry["name"]
            alias[d.lower()] = entry["name"]
    patterns = [re.compile(p["pattern"]) for p in data["patterns"]]
    return {"alias": alias, "domain": domain, "patterns": patterns, "raw": data}


def canonical_outlet(name: str) -> str:
    table = outlets()["alias"]
    return table.get(name.strip().lower(), name.strip())


def outlet_from_url(url: str) -> str | None:
    m = re.match(r"^[a-z]+://(?:www\.)?([^/:]+)", url.strip().lower())
    if not m:
        return None
    host = m.group(1)
    table = outlets()["domain"]
    parts = host.split(".")
    for i in range(len(parts) - 1):
        candidate = ".".join(parts[i:])
        if candidate in table:
            return table[candidate]
    return host


def find_outlet(lines: list[str]) -> str | None:
    """The outlet named in a dateline, byline or credit line, normalized by the table."""
    for pattern in outlets()["patterns"]:
        for line in lines:
            m = pattern.search(line)
            if m:
                return canonical_outlet(m.group("outlet"))
    return None


_WS = re.compile(r"[ \t\u00a0\u2009\u200b]+")
_SENTENCE_END = re.compile(r"[.:;,]\s*$")
_TERMINAL = re.compile(r"""[.!?:;"”’)\]]\s*$""")
_CATEGORY = re.compile(r"^(?:[A-Z]{3,}(?:\s+[A-Z]{3,})*)\s+(?=[A-Z][a-z])")
_PLACE_LINE = re.compile(r"^[A-Z][A-Za-z .'-]{1,40}\s*[-–—]$")
_BYLINE = re.compile(
    r"^(?P<author>[A-Z][\w .'-]{2,60}?)\s+[-–—]\s+(?P<outlet>[A-Za-z][\w.]{2,30})$"
)
# The dateline at the end of a header line: "... Tiba di Rusia 12 Sep 2023 10:58".
_TRAILING_DATE = re.compile(
    r"\s+(?P<date>\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}(?:\s*[,|]?\s*\d{1,2}[.:]\d{2}(?:\s*WI[BT]A?)?)?)$"
)


#: Longer than this, a line was not wrapped by its writer: it is a paragraph.
UNWRAPPED = 200


def _is_long(text: str) -> bool:
    return len(text) > 160 or (len(text) > 70 and text.rstrip().endswith("."))


def _cut_tails(paragraphs: list[Line], bp: Boilerplate, dropped: list[str]) -> list[Line]:
    """Cut boilerplate glued onto the end of paragraphs (line breaks lost in the copy)."""
    out = []
    for p in paragraphs:
        text = p.text
        for pattern in bp.inline_tail:
            m = pattern.search(text)
            if m:
                dropped.append(m.group(0).strip())
                text = text[: m.start()].rstrip()
        if text:
            out.append(Line(text, p.caption))
    return out


_NOSPACE = re.compile(r"\s+")


def _drop_repeated_block(paragraphs: list[Line], dropped: list[str]) -> list[Line]:
    """Drop a paragraph that repeats the paragraphs after it run together.

    Some pages carry the article twice: as blocks with their line breaks (and links to
    related stories) run together, each followed by the paragraph it starts with; or once as
    one block, then paragraph by paragraph.
    """
    flat = [_NOSPACE.sub("", p.text) for p in paragraphs]
    out = []
    for i, p in enumerate(paragraphs):
        nxt = flat[i + 1] if i + 1 < len(flat) else ""
        if len(nxt) >= 40 and len(flat[i]) > len(nxt) + 20 and flat[i].startswith(nxt):
            dropped.append(p.text)
            continue
        later = [f for f in flat[i + 1 :] if len(f) >= 40]
        if len(flat[i]) > 400 and len(later) >= 3:
            inside = sum(f[:60] in flat[i] for f in later)
            if inside >= 3 and inside * 2 >= len(later):
                dropped.append(p.text)
                continue
        out.append(p)
    return out


def clean_text(raw: str, code: str = "id", title: str | None = None) -> Cleaned:
    """Clean the raw text of one article; ``title``, its title given apart (a feed's), is
    read as its own words too: a name the body only writes glued ("Zarof Ricardivonis") is
    written alone there ("Vonis Zarof Ricar")."""
    bp = load_boilerplate(code)
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_WS.sub(" ", line).strip() for line in text.split("\n")]
    dropped: list[str] = []
    kept: list[Line] = []
    author: str | None = None
    substantial = 0
    seen: set[str] = set()
    for i, line in enumerate(lines):
        if not line:
            continue
        if substantial >= 2 and any(p.fullmatch(line) for p in bp.stops):
            dropped.extend(ln for ln in lines[i:] if ln)
            break
        if any(p.fullmatch(line) for p in bp.lines):
            dropped.append(line)
            continue
        by = next((m for p in bp.bylines if (m := p.fullmatch(line))), None)
        if by is not None:
            if "author" in by.groupdict() and by.group("author") and not author:
                author = by.group("author").strip(" ,")
            dropped.append(line)
            continue
        if line in seen:
            dropped.append(line)  # a title or teaser printed twice
            continue
        seen.add(line)
        if bp.date_only.fullmatch(line):
            if substantial == 0:
                kept.append(Line(line, caption=False))  # header dateline, sorted out below
                continue
            # A date line after a short line: an item of a related-stories list.
            if kept and not _is_long(kept[-1].text):
                dropped.extend([kept.pop().text, line])
            else:
                dropped.append(line)
            continue
        caption = any(p.fullmatch(line) for p in bp.captions)
        kept.append(Line(line, caption=caption))
        if _is_long(line) and not caption:
            substantial += 1

    kept = _drop_repeated_block(kept, dropped)
    # Header: everything before the first substantial paragraph.
    out = Cleaned(paragraphs=[], dropped=dropped, author=author)
    first_body = next(
        (i for i, ln in enumerate(kept) if _is_long(ln.text) and not ln.caption), len(kept)
    )
    header, body = kept[:first_body], kept[first_body:]
    rest_header: list[Line] = []
    for ln in header:
        t = ln.text
        if ln.caption:
            rest_header.append(ln)
            continue
        if bp.date_only.fullmatch(t):
            out.datelines.append(t)
            dropped.append(t)
            continue
        by = _BYLINE.match(t)
        if by and not out.author:
            out.author = by.group("author").strip()
            out.outlet = canonical_outlet(by.group("outlet"))
            dropped.append(t)
            continue
        if _PLACE_LINE.match(t):
            dropped.append(t)
            continue
        trailing = _TRAILING_DATE.search(t)
        if (
            trailing
            and bp.title_event_date
            and bp.title_event_date.search(t[: trailing.start("date")])
        ):
            trailing = None
        if trailing and out.title is None:
            out.datelines.append(trailing.group("date"))
            t = t[: trailing.start()].strip()
            t = _CATEGORY.sub("", t)
        # A headline may ask or exclaim ("Dalam Rangka Apa?"), never end a sentence.
        if out.title is None and len(t) <= 200 and not _SENTENCE_END.search(t):
            out.title, out.title_from = t, "header"
            continue
        rest_header.append(Line(t, ln.caption))

    # Paragraphs: join a line broken before its sentence ended. A line far longer than any
    # wrapped line is a paragraph of its own that lost its full stop (a scraped lead cut
    # before its last words), when the next starts as a sentence does.
    paragraphs: list[Line] = []
    last = ""
    for ln in [*rest_header, *body]:
        if (
            paragraphs
            and not ln.caption
            and not paragraphs[-1].caption
            and not _TERMINAL.search(paragraphs[-1].text)
            and len(paragraphs[-1].text) > 60
            and _is_long(ln.text)
            and not (len(last) > UNWRAPPED and ln.text[:1].isupper())
        ):
            paragraphs[-1] = Line(paragraphs[-1].text + " " + ln.text)
        else:
            paragraphs.append(ln)
        last = ln.text

    paragraphs = _cut_tails(paragraphs, bp, dropped)

    # A closing line of initials or a name in brackets: "(kha)", "(Arief Setyadi )".
    if paragraphs and bp.end_credit is not None and not paragraphs[-1].caption:
        m = bp.end_credit.fullmatch(paragraphs[-1].text)
        if m:
            credit = m.group("credit").strip()
            if " " in credit and not out.author:
                out.author = credit
            dropped.append(paragraphs.pop().text)

    # Credit line at the very end: "(Zs/Dtk)", "(Tribunnews.com/Yohanes ...)".
    if paragraphs:
        last = paragraphs[-1]
        m = bp.credit.search(last.text)
        if m:
            credit = m.group("credit")
            who = credit.split("/", 1)
            if "." in who[0] and not out.author:
                out.author = who[1].strip()
            if out.outlet is None:
                out.outlet = find_outlet([f"({credit})"])
            rest = last.text[: m.start()].rstrip()
            dropped.append(m.group(0).strip())
            if rest:
                paragraphs[-1] = Line(rest, last.caption)
            else:
                paragraphs.pop()

    glue = unglue_for(f"{title}\n{text}" if title else text, code)
    out.paragraphs = [Line(glue.text(p.text), p.caption) for p in paragraphs]
    if out.title:
        out.title = glue.text(out.title)
    if out.outlet is None:
        out.outlet = find_outlet([p.text for p in out.paragraphs[:6]])
    return out
