"""Size limits for reading input files and archives, and how sizes are written in messages."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024

# A member smaller than this is never called a bomb, however well it compresses: a few
# kilobytes of repeated characters can deflate 300:1 and harm nobody.
RATIO_FLOOR_BYTES = MIB


@dataclass(frozen=True)
class Limits:
    """How much ficshelf agrees to read.

    ``max_file_bytes`` caps one file (or one archive member once expanded);
    ``max_archive_bytes`` caps the total expanded content of one archive;
    ``max_ratio`` caps expanded/compressed size of one member (zip bombs compress ~1000:1);
    ``max_members`` caps how many entries one archive may list.
    """

    max_file_bytes: int = 20 * MIB
    max_archive_bytes: int = 200 * MIB
    max_ratio: float = 200.0
    max_members: int = 10_000


DEFAULT_LIMITS = Limits()


def format_size(n: int) -> str:
    """Return ``n`` bytes as a short human size: ``"17 bytes"``, ``"3.5 KB"``, ``"52.4 MB"``.

    KB and MB are binary (1024-based), like the ``--max-size`` option of the CLI.
    """
    if n < 1024:
        return f"{n} byte" if n == 1 else f"{n} bytes"
    for unit, scale in (("GB", 1024**3), ("MB", MIB), ("KB", 1024)):
        if n >= scale:
            value = n / scale
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    raise AssertionError("unreachable")  # pragma: no cover
