"""The progress bar of the commands that work through many files or works (import, demo,
reanalyze, batch)."""

from __future__ import annotations

import sys
from typing import Any

from tqdm import tqdm


def progress_bar(total: int, *, shown: bool = True, unit: str = "file") -> tqdm[Any]:
    """Return the progress bar of ``total`` files (or works: ``unit`` "work", a
    re-analysis), on stderr: drawn only on a terminal, and never when ``shown`` is false."""
    return tqdm(total=total, unit=unit, disable=None if shown else True, file=sys.stderr)
