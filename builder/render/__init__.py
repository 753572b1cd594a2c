"""Render: the store as Markdown pages, assets and downloads (a pure function)."""

from .context import SiteOptions
from .site import render_site

__all__ = ["SiteOptions", "render_site"]
