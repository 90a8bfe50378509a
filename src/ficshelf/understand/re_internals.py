"""The parts of ``re`` behind ``re.compile`` that the shared regex machinery reads and
drives (``fast_regex``, ``regex_from_parse``, ``regex_tries``), each imported once here
and None on an interpreter without it (they are private to the standard library; Python
3.11 and later have them all), and ``pattern_from_code``, the engine's last step."""

from __future__ import annotations

import re
from typing import Any

__all__ = ["compiler", "constants", "engine", "parser", "pattern_from_code"]

try:  # the parser behind ``re.compile`` (``sre_parse`` before Python 3.11)
    from re import _parser as parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - only on interpreters without it
    parser = None
try:  # the parser's opcodes (Python 3.11 and later)
    from re import _constants as constants  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - only on interpreters without them
    constants = None
try:  # the code generator behind ``re.compile`` and the engine (Python 3.11 and later)
    import _sre as engine  # type: ignore[import-not-found]
    from re import _compiler as compiler  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - only on interpreters without them
    compiler = engine = None


def pattern_from_code(source: str, flags: int, code: list[int], parsed: Any) -> re.Pattern[str]:
    """Return the pattern the engine makes of ``code``, the instructions compiled from
    ``parsed`` (the parse of ``source``) with ``flags``, as ``re.compile`` does."""
    assert engine is not None
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    compiled: re.Pattern[str] = engine.compile(
        source, flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)
    )
    return compiled
