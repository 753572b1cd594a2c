"""The MkDocs plugin: a thin adapter that serves the rendered pages as virtual files.

All logic lives in ``builder.render``; this module only loads the store, refuses to build
from invalid data, hands the pages to MkDocs without writing into the docs folder, and
watches ``timeline/`` under ``mkdocs serve``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from .project import site_options
from .render import render_site
from .store import load_store

__all__ = ["LinimasaPlugin"]


class LinimasaConfig(Config):
    content = c.Type(str, default="content")
    timeline = c.Type(str, default="timeline")
    language = c.Choice(("id", "en"), default="id")
    full_text = c.Type(bool, default=False)
    year_pages_from = c.Type(int, default=400)
    title = c.Optional(c.Type(str))
    today = c.Type(str, default="auto")


class LinimasaPlugin(BasePlugin[LinimasaConfig]):
    def on_config(self, config: Any) -> Any:
        root = Path(config.config_file_path).resolve().parent
        self.content_dir = root / self.config.content
        self.timeline_dir = root / self.config.timeline
        css = "assets/linimasa.css"
        if css not in config.extra_css:
            config.extra_css.append(css)
        return config

    def on_files(self, files: Files, config: Any) -> Files:
        store = load_store(self.timeline_dir, self.content_dir / "articles")
        if store.problems:
            lines = "\n".join(f"  {p}" for p in store.problems)
            raise PluginError(
                f"linimasa: refusing to publish invalid data ({len(store.problems)} problem(s); "
                f"run 'timeline check'):\n{lines}"
            )
        # The adapter, not the library, reads the clock (for "planned, not confirmed").
        options = site_options(dict(self.config), dt.date.today())
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

    def on_serve(self, server: Any, config: Any, builder: Any) -> Any:
        server.watch(str(self.timeline_dir))
        server.watch(str(self.content_dir))
        return server
