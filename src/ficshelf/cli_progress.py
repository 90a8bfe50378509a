"""The progress bar of the commands that work through many files (import, demo, batch)."""

from __future__ import annotations

import sys
from typing import Any

from tqdm import tqdm


def progress_bar(total: int, *, shown: bool = True) -> tqdm[Any]:
    """Return the progress bar of ``total`` files, on stderr: drawn only on a terminal, and
    never when ``shown`` is false."""
    return tqdm(total=total, unit="file", disable=None if shown else True, file=sys.stderr)
