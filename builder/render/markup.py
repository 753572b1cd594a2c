"""Text from articles and editors, made safe to place in Markdown and HTML.

Everything an article or an event file says is shown as text: HTML is escaped, and every
character Markdown (with attribute lists) would treat as syntax is backslash-escaped, so
``<script>``, ``[x](javascript:...)`` and ``{: onclick=...}`` all print as written.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from typing import Any

import yaml

__all__ = ["anchor_for", "attr", "front_matter", "html_text", "md_text", "slug"]

# Characters that are syntax wherever they stand: emphasis, code, links, attribute lists,
# tables, escapes. ("<", ">" and "&" are HTML-escaped before.) Only characters Python-Markdown
# unescapes (its ESCAPED_CHARS with attr_list and tables): escaping any other, such as "~",
# would print the backslash. "#" anywhere: a heading drops the hashes that end its line.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]|#])")
# What is syntax only at the start of a line: lists, ordered lists.
_LINE_START = re.compile(r"^(?:([+-])|(\d+)([.)]))")


def md_text(text: str, keep_edges: bool = False) -> str:
    """``text`` as literal inline Markdown: no markup, no HTML, one line.

    With ``keep_edges`` a leading or trailing space survives (as one space), so pieces of a
    sentence can be joined around inline HTML without gluing or splitting words.
    """
    raw = str(text)
    flat = " ".join(raw.split())
    if keep_edges and flat:
        flat = (" " if raw[:1].isspace() else "") + flat + (" " if raw[-1:].isspace() else "")
    elif keep_edges and raw and raw.isspace():
        flat = " "
    # Quotes stay as they are: this is text, never an attribute value (see attr()). Only the
    # characters that can start markup are escaped: every escape costs Markdown a pattern
    # match, and a site has hundreds of thousands of sentences.
    escaped = _MD_SPECIAL.sub(r"\\\1", html.escape(flat, quote=False))
    return _LINE_START.sub(
        lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}", escaped
    )


def html_text(text: str) -> str:
    """``text`` for raw HTML blocks (where Markdown escapes are not read): one line, escaped."""
    return html.escape(" ".join(str(text).split()), quote=False)


def attr(text: str) -> str:
    """``text`` for an HTML attribute value in double quotes."""
    return html.escape(" ".join(str(text).split()), quote=True)


def anchor_for(quote: str) -> str:
    """A stable anchor for a cited sentence: the same sentence always gets the same one."""
    return "k-" + hashlib.sha1(" ".join(quote.split()).encode("utf-8")).hexdigest()[:10]


def slug(text: str) -> str:
    """A readable, stable anchor for a name: ``"Kim Jong Un"`` -> ``"kim-jong-un"``."""
    norm = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    out = "-".join(re.findall(r"[a-z0-9]+", norm.lower()))
    # A name written only in another script still needs an anchor; its hash is stable.
    return out or "n-" + hashlib.sha1(str(text).encode("utf-8")).hexdigest()[:8]


def front_matter(**meta: Any) -> str:
    """A YAML front matter block (page title, search settings) for a generated page.

    The title is HTML-escaped: MkDocs treats a page title as HTML (the one it takes from a
    heading keeps its entities), and Material writes ``page.meta.title`` unescaped into the
    header and ``<title>``, so an article titled ``<img onerror=...>`` would run there.
    """
    if "title" in meta and meta["title"] is not None:
        meta = {**meta, "title": html.escape(" ".join(str(meta["title"]).split()), quote=True)}
    body = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{body}---\n\n"
