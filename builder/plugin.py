"""The MkDocs plugin: a thin adapter that serves the rendered pages as virtual files.

All logic lives in ``builder.render``; this module only loads the store, refuses to build
from invalid data, hands the pages to MkDocs without writing into the docs folder, reads the
clock for the build date (render never does), fits the theme's own labels to the site's
language, and watches ``timeline/`` and ``content/`` under ``mkdocs serve``.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files

from .project import site_options
from .render import render_site
from .render.strings import available_languages, strings_for

__all__ = ["LinimasaPlugin"]

SHIM = "assets/javascripts/iframe-worker-shim.js"
CSS = "assets/linimasa.css"


class LinimasaConfig(Config):
    content = c.Type(str, default="content")
    timeline = c.Type(str, default="timeline")
    # Unset: the theme's language, so `theme.language` alone switches the whole UI.
    language = c.Optional(c.Type(str))
    full_text = c.Type(bool, default=False)
    year_pages_from = c.Type(int, default=150)
    month_pages_from = c.Type(int, default=150)
    key_events = c.Type(int, default=7)
    sources_per_card = c.Type(int, default=25)
    title = c.Optional(c.Type(str))
    today = c.Type(str, default="auto")


class LinimasaPlugin(BasePlugin[LinimasaConfig]):
    # Runs before Material's offline plugin, which would otherwise add its file:// worker
    # shim from a CDN: the site must make no request to another host.
    @event_priority(100)
    def on_config(self, config: Any) -> Any:
        root = Path(config.config_file_path).resolve().parent
        self.content_dir = root / self.config.content
        self.timeline_dir = root / self.config.timeline
        theme_language = config.theme.get("language") if config.theme else None
        self.language = self.config.language or theme_language or "id"
        if self.language not in available_languages():
            raise PluginError(
                f"linimasa: no UI strings for language {self.language!r} (from "
                f"{'plugins.linimasa.language' if self.config.language else 'theme.language'}); "
                f"expected one of {', '.join(available_languages())}"
            )
        s = strings_for(self.language)
        if CSS not in config.extra_css:
            config.extra_css.append(CSS)
        if any(name.split("/")[-1] == "offline" for name in config.plugins):
            polyfills = config.extra.get("polyfills") or []
            if SHIM not in polyfills:
                config.extra["polyfills"] = [*polyfills, SHIM]
        toc = config.mdx_configs.setdefault("toc", {})
        toc.setdefault("permalink_title", s["permalink_title"])
        # Material names the scheme toggle from mkdocs.yml; fill in the site's language.
        palette = config.theme.get("palette") if config.theme else None
        if isinstance(palette, list):
            for i, scheme in enumerate(palette):
                toggle = scheme.get("toggle") if isinstance(scheme, dict) else None
                if isinstance(toggle, dict) and not toggle.get("name"):
                    nxt = palette[(i + 1) % len(palette)]
                    dark = isinstance(nxt, dict) and nxt.get("scheme") == "slate"
                    toggle["name"] = s["dark_mode" if dark else "light_mode"]
        self.search_label = s["search"]
        return config

    def on_files(self, files: Files, config: Any) -> Files:
        from .store import load_store

        store = load_store(self.timeline_dir, self.content_dir / "articles")
        if store.problems:
            lines = "\n".join(f"  {p}" for p in store.problems)
            raise PluginError(
                f"linimasa: refusing to publish invalid data ({len(store.problems)} problem(s); "
                f"run 'timeline check'):\n{lines}"
            )
        settings = {**dict(self.config), "language": self.language}
        if config.site_url:
            settings["site_url"] = config.site_url
        # The adapter, not the library, reads the clock (for "planned, not confirmed").
        options = site_options(settings, dt.date.today())
        pages = render_site(store, options)
        # The corpus is not a set of pages; publishers' text is not republished by default.
        for file in list(files):
            if file.src_uri.startswith("articles/"):
                files.remove(file)
        for path, text in pages.items():
            if files.get_file_from_path(path) is not None:
                continue  # a hand-written page of the same name wins
            files.append(File.generated(config, path, content=text))
        return files

    def on_post_page(self, output: str, page: Any, config: Any) -> str:
        # Material's search dialog has no accessible name; give it one in the site's language.
        label = html.escape(self.search_label)
        return output.replace(
            'data-md-component="search" role="dialog">',
            f'data-md-component="search" role="dialog" aria-label="{label}">',
            1,
        )

    def on_serve(self, server: Any, config: Any, builder: Any) -> Any:
        server.watch(str(self.timeline_dir))
        server.watch(str(self.content_dir))
        return server
