"""Regexes that skip fast to where a match can start, and word lists factored as tries.

``trie_regex`` turns a list of words into one alternation factored letter by letter, so
that the engine decides as it reads instead of trying every word in turn.

Python's regex engine tries a pattern at every position of the text unless the pattern
opens with a literal or a plain character class. A pattern that opens with ``\\b``, a
lookbehind or a group of alternatives ("\\b(?:fic|fics|kudos)") is tried at every
character. ``compile_fast`` reads the characters a match can start with from the parsed
pattern and puts a lookahead of them in front (``(?=[fk])(?:...)``): positions holding
any other character fail at once. The lookahead holds every character a match can start
with (a superset where the pattern is not plain), so the matches are exactly those of
the pattern itself. A pattern whose first characters cannot be told (it can match the
empty string, or opens with ``.``, ``\\w`` or a negated class) is compiled unchanged. A pattern
that already opens with a literal or a plain class needs none of this (the engine skips
by itself there, and the lookahead would only cost a check per position).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

try:  # the parser behind ``re.compile`` (``sre_parse`` before Python 3.11)
    from re import _parser as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - only on interpreters without it
    _sre = None

_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


class _Unknown(Exception):
    """The first characters of a (part of a) pattern cannot be told."""


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Return ``pattern`` compiled with ``flags``, behind a lookahead of the characters
    a match can start with when they can be told (see the module docstring); the matches
    are those of ``re.compile(pattern, flags)``. Raises ``re.error`` for a bad pattern."""
    head = first_chars(pattern, flags)
    if head is None:  # (a bad pattern lands here too, and re.compile raises)
        return re.compile(pattern, flags)
    return re.compile(f"(?=[{head}])(?:{pattern})", flags)


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """Return a character-class body ("a-cfk") holding every character a match of
    ``pattern`` can start with, or ``None`` when that cannot be told. Never raises."""
    if _sre is None or pattern.startswith("(?") and re.match(r"\(\?[aiLmsux]+\)", pattern):
        return None  # global inline flags must stay at the start
    try:
        parsed = _sre.parse(pattern, flags)
        items: list[str] = []
        if _first(list(parsed), flags, items):
            return None  # it can match the empty string
    except (_Unknown, re.error, RecursionError, ValueError, TypeError, AttributeError):
        return None
    return "".join(sorted(set(items))) or None


def _first(seq: list[tuple[Any, Any]], flags: int, out: list[str]) -> bool:
    """Add to ``out`` the class items a match of ``seq`` can start with; return whether
    ``seq`` can match the empty string. Raises ``_Unknown``."""
    for op, av in seq:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue
        if not _first_of(name, av, flags, out):
            return False
    return True


def _first_of(name: str, av: Any, flags: int, out: list[str]) -> bool:
    """Like ``_first`` for one parsed item ``name, av``."""
    if name == "LITERAL":
        out.append(_char(av))
        return False
    if name == "IN":
        for op, value in av:
            kind = str(op)
            if kind == "LITERAL":
                out.append(_char(value))
            elif kind == "RANGE":
                out.append(f"{_char(value[0])}-{_char(value[1])}")
            else:  # a negation or a category (\w, \s): anything could start it
                raise _Unknown(kind)
        return False
    if name == "BRANCH":
        empty = False
        for alternative in av[1]:
            empty = _first(list(alternative), flags, out) or empty
        return empty
    if name == "SUBPATTERN":
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE and not flags & re.IGNORECASE:
            raise _Unknown("a case-blind group in a case-sensitive pattern")
        return _first(list(sub), flags, out)
    if name == "ATOMIC_GROUP":
        return _first(list(av), flags, out)
    if name in _REPEATS:
        low, _high, sub = av
        empty = _first(list(sub), flags, out)
        return empty or low == 0
    raise _Unknown(name)  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, ...


def _char(code: int) -> str:
    return re.escape(chr(code))


def trie_regex(words: Iterable[str]) -> str:
    """Return a regex alternation matching exactly ``words``, factored as a trie so that the
    engine decides letter by letter instead of trying every word in turn."""
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    escaped: dict[str, str] = {}  # each character's ``re.escape``, worked out once

    def build(node: dict[str, dict[str, Any]]) -> str:
        branches = []
        for ch, child in sorted(node.items()):
            if ch:
                escape = escaped.get(ch)
                if escape is None:
                    escape = escaped[ch] = re.escape(ch)
                branches.append(escape + build(child) if child else escape)
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return build(trie)
