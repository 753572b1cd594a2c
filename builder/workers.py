"""How many worker processes a run uses by default."""

from __future__ import annotations

import os

__all__ = ["default_jobs"]


def default_jobs() -> int:
    """Both cores of a small machine; never more than the machine has."""
    return max(1, min(os.cpu_count() or 1, 2))
