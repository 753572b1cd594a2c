"""Render: the store as Markdown pages, assets and downloads (a pure function)."""

from .site import SiteOptions, render_site

__all__ = ["SiteOptions", "render_site"]
