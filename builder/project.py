"""A Linimasa project on disk: where its articles and events live, and its site options.

The project root is the folder holding ``mkdocs.yml`` (searched upwards from the current
folder). Site options come from the ``linimasa`` plugin entry of ``mkdocs.yml``, so the MkDocs
build and ``timeline render --out`` render the same pages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:  # the renderer is imported where a site is built, not by every command
    from .render.context import SiteOptions

__all__ = ["Project", "find_project", "site_options"]


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without running its tags (``!ENV``, ``!!python/name:``)."""


def _ignore_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> None:
    return None


_TolerantLoader.add_multi_constructor("!", _ignore_tag)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _ignore_tag)


@dataclass
class Project:
    root: Path
    content_dir: Path
    timeline_dir: Path
    plugin_config: dict[str, Any]

    @property
    def articles_dir(self) -> Path:
        return self.content_dir / "articles"

    @property
    def lock_path(self) -> Path:
        return self.timeline_dir / ".linimasa.lock"


def _plugin_entry(config: dict[str, Any]) -> dict[str, Any]:
    for item in config.get("plugins") or []:
        if isinstance(item, dict) and "linimasa" in item:
            return dict(item["linimasa"] or {})
    return {}


def find_project(
    start: Path | None = None, content: Path | None = None, timeline: Path | None = None
) -> Project:
    """The project around ``start`` (default: the current folder)."""
    here = (start or Path.cwd()).resolve()
    root = here
    config: dict[str, Any] = {}
    for folder in [here, *here.parents]:
        candidate = folder / "mkdocs.yml"
        if candidate.is_file():
            root = folder
            try:
                config = (
                    yaml.load(candidate.read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}
                )
            except (yaml.YAMLError, ValueError, RecursionError):
                # mkdocs reports a broken mkdocs.yml itself; the CLI still finds its folders.
                config = {}
            break
    plugin = _plugin_entry(config) if isinstance(config, dict) else {}
    if isinstance(config, dict):
        # One setting changes the UI language: the theme's, unless the plugin names another.
        theme = config.get("theme")
        if isinstance(theme, dict) and theme.get("language") and not plugin.get("language"):
            plugin["language"] = str(theme["language"])
        if config.get("site_url") and not plugin.get("site_url"):
            plugin["site_url"] = str(config["site_url"])
    content_dir = content or root / plugin.get("content", "content")
    timeline_dir = timeline or root / plugin.get("timeline", "timeline")
    return Project(
        root=root,
        content_dir=Path(content_dir),
        timeline_dir=Path(timeline_dir),
        plugin_config=plugin,
    )


def site_options(plugin: dict[str, Any], today: dt.date | None) -> SiteOptions:
    """Site options from the plugin's settings; ``today`` is passed in, never read here."""
    from .render.context import SiteOptions

    configured = plugin.get("today", "auto")
    if configured in (None, "none", False):
        when = None
    elif configured == "auto":
        when = today
    else:
        when = dt.date.fromisoformat(str(configured))
    defaults = SiteOptions()
    return SiteOptions(
        language=str(plugin.get("language") or defaults.language),
        full_text=bool(plugin.get("full_text", defaults.full_text)),
        year_pages_from=int(plugin.get("year_pages_from", defaults.year_pages_from)),
        month_pages_from=int(plugin.get("month_pages_from", defaults.month_pages_from)),
        today=when,
        title=plugin.get("title"),
        site_url=plugin.get("site_url") or None,
        key_events=int(plugin.get("key_events", defaults.key_events)),
        sources_per_card=int(plugin.get("sources_per_card", defaults.sources_per_card)),
    )
