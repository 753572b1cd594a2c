"""Text from articles and editors, made safe to place in Markdown and HTML.

Everything an article or an event file says is shown as text: HTML is escaped, and every
character Markdown (with attribute lists) would treat as syntax is backslash-escaped, so
``<script>``, ``[x](javascript:...)`` and ``{: onclick=...}`` all print as written.
"""

from __future__ import annotations

import hashlib
import html
import re

__all__ = ["anchor_for", "attr", "md_text"]

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def md_text(text: str) -> str:
    """``text`` as literal inline Markdown: no markup, no HTML, one line."""
    flat = " ".join(str(text).split())
    return _MD_SPECIAL.sub(r"\\\1", html.escape(flat, quote=True))


def attr(text: str) -> str:
    """``text`` for an HTML attribute value in double quotes."""
    return html.escape(" ".join(str(text).split()), quote=True)


def anchor_for(quote: str) -> str:
    """A stable anchor for a cited sentence: the same sentence always gets the same one."""
    return "k-" + hashlib.sha1(" ".join(quote.split()).encode("utf-8")).hexdigest()[:10]
