"""Regexes that skip fast to where a match can start.

Python's regex engine tries a pattern at every position of the text unless the pattern
opens with a literal or a plain character class. A pattern that opens with ``\\b``, a
lookbehind or a group of alternatives ("\\b(?:fic|fics|kudos)") is tried at every
character. ``compile_fast`` reads the characters a match can start with from the parsed
pattern and puts a lookahead of them in front (``(?=[fk])(?:...)``), and
``compile_skipping`` tells the engine to skip in C to those characters: positions holding
any other character are never tried. The lookahead holds every character a match can start
with (a superset where the pattern is not plain), so the matches are exactly those of
the pattern itself. A pattern whose first characters cannot be told (it can match the
empty string, or opens with ``.``, ``\\w`` or a negated class) is compiled unchanged. A pattern
that already opens with a literal or a plain class needs none of this (the engine skips
by itself there, and the lookahead would only cost a check per position).

Shared machinery of every stage module's patterns (compiled at import; the start-up cost
is measured). The tries of word lists are in ``regex_tries``, patterns compiled from a
parse made once in ``regex_from_parse``.
"""

from __future__ import annotations

import re
from typing import Any

from ficshelf.understand.re_internals import compiler as _compiler
from ficshelf.understand.re_internals import constants as _constants
from ficshelf.understand.re_internals import engine as _engine
from ficshelf.understand.re_internals import parser as _sre
from ficshelf.understand.re_internals import pattern_from_code
from ficshelf.understand.regex_from_parse import compile_from_parse

_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


class _Unknown(Exception):
    """The first characters of a (part of a) pattern cannot be told."""


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Return ``pattern`` compiled with ``flags``, behind a lookahead of the characters
    a match can start with when they can be told (see the module docstring); the matches
    are those of ``re.compile(pattern, flags)``. Raises ``re.error`` for a bad pattern."""
    flags = int(flags)  # (as ``re.compile`` does: see ``compile_skipping``)
    head, parsed = _first_chars_and_parse(pattern, flags)
    if head is None:  # (a bad pattern lands here too, and re.compile raises)
        return _plain(pattern, flags, parsed)
    wrapped = f"(?=[{head}])(?:{pattern})"
    compiled = _with_skip(wrapped, flags, _wrapped_parse(head, parsed, flags))
    return compiled if compiled is not None else re.compile(wrapped, flags)


def _wrapped_parse(head: str, parsed: Any, flags: int) -> Any:
    """Return the parse of ``(?=[head])(?:pattern)`` from ``parsed``, the parse of
    ``pattern`` (which ``first_chars`` made already; parsing is most of what compiling a
    pattern costs): the parser unpacks a group "(?:...)" without flags into its items, so
    that parse is the lookahead's item followed by the items of ``pattern``, with the
    groups and flags of ``pattern``. ``None`` when it cannot be made (then ``_with_skip``
    parses the whole)."""
    if _sre is None:  # pragma: no cover - only on interpreters without the internals
        return None
    if flags & re.VERBOSE:  # (a comment could hide the closing parenthesis: parse the whole)
        return None
    try:
        lookahead = _sre.parse(f"(?=[{head}])", flags)
        return _sre.SubPattern(parsed.state, [*lookahead.data, *parsed.data])
    except Exception:  # (anything unexpected in the internals: the whole is parsed)
        return None


def compile_skipping(pattern: str, flags: int = 0, parsed: Any = None) -> re.Pattern[str]:
    """Return ``pattern`` compiled with ``flags``; when it opens with a lookahead of one
    plain character class (``(?=[A-Zt])...``, as ``compile_fast`` writes), the engine is
    told to skip in C to the characters of that class before it tries the pattern.

    The lookahead alone makes the engine try the whole pattern at every position (Python
    3.11's ``re`` skips only for a pattern that opens with a literal or a class), about
    four times the cost of the skip over text where matches are rare. The skip uses the
    engine's own "charset" hint (the one ``re.compile`` gives "[A-Z]\\w*"): positions whose
    character is not in the class are never tried, and the lookahead fails at all of them
    anyway, so the matches are exactly those of ``re.compile(pattern, flags)``, which is what
    any other pattern or an interpreter without these internals gets. The hint does not fold
    case: for a case-blind pattern it holds every character the lookahead matches (both
    cases, and ``FOLDS_INTO_ASCII``), and a case-blind class with a character outside ASCII
    gets the plain compile. ``parsed``: the parse of ``pattern`` when the caller has built
    it (``regex_tries.parse_embedding``; else it is parsed here).

    The flags are made a plain ``int`` first, as ``re.compile`` makes them: the parser and
    the code generator test them item by item, and a test of a ``re.RegexFlag`` is a call
    of its Python ``__and__`` (round speed37: 46,000 such calls at start-up, about a
    tenth of compiling the stage modules' patterns)."""
    flags = int(flags)
    compiled = _with_skip(pattern, flags, parsed)
    return compiled if compiled is not None else re.compile(pattern, flags)


def _with_skip(pattern: str, flags: int, parsed: Any = None) -> re.Pattern[str] | None:
    """Return ``pattern`` compiled with a charset hint (see ``compile_skipping``), or
    ``None`` when it does not open with a lookahead of a plain class or cannot be given one.
    ``parsed``: the parse of ``pattern`` when the caller has it (``_wrapped_parse``)."""
    code = _skip_code(pattern, flags, parsed)
    if code is None:
        return None
    instructions, all_flags, parsed = code
    try:
        compiled = pattern_from_code(pattern, all_flags, instructions, parsed)
    except Exception:  # (anything unexpected in the internals: the plain compile decides)
        return None
    return compiled


def _skip_code(pattern: str, flags: int, parsed: Any = None) -> tuple[list[int], int, Any] | None:
    """Return the engine's code for ``pattern`` with a charset hint, its flags and its parse
    (see ``_with_skip``), or ``None``."""
    if _sre is None or _compiler is None or _constants is None or _engine is None:
        return None  # pragma: no cover - only on interpreters without the internals
    try:
        if parsed is None:
            parsed = _sre.parse(pattern, flags)
        all_flags = flags | parsed.state.flags
        if all_flags & re.LOCALE or not parsed.data:
            return None
        op, av = parsed.data[0]
        if op is not _constants.ASSERT or av[0] != 1 or len(av[1].data) != 1:
            return None
        inner_op, inner = av[1].data[0]
        if inner_op is _constants.IN:
            items = list(inner)
        elif inner_op is _constants.LITERAL:
            items = [(inner_op, inner)]
        else:
            return None
        if any(item_op not in (_constants.LITERAL, _constants.RANGE) for item_op, _ in items):
            return None
        if all_flags & re.IGNORECASE:
            folded = _case_blind_items(items)
            if folded is None:
                return None
            items = folded
        low, high = parsed.getwidth()
        if low == 0:
            return None
        maxcode = _compiler.MAXCODE
        # the info block re.compile writes for a pattern opening with a class:
        # INFO, skip, flags (charset), min width, max width, the charset
        code = [_constants.INFO, 0, _constants.SRE_INFO_CHARSET, min(low, maxcode)]
        code.append(min(high, maxcode))
        charset, _cased = _compiler._optimize_charset(items)
        _compiler._compile_charset(charset, all_flags, code)
        code[1] = len(code) - 1
        _compiler._compile(code, parsed.data, all_flags)
        code.append(_constants.SUCCESS)
    except Exception:  # (anything unexpected in the internals: the plain compile decides)
        return None
    return code, all_flags, parsed


# The characters "\s" matches (``str.isspace``'s), as the body of a character class: the
# lookahead of ``compile_skipping`` holds only literals and ranges, never "\s" itself.
# ``tests/understand/test_fast_regex.py`` checks the list against every code point.
WHITE_SPACE = "\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"

# The characters outside ASCII that a case-blind pattern matches to an ASCII letter or the
# other way round (Python 3.11's ``re`` folds with the simple lower case and
# ``re._casefix``): dotted capital I and dotless i (to "i"), long s (to "s"), Kelvin sign
# (to "k"). ``tests/understand/test_fast_regex.py`` checks the list against every code point.
FOLDS_INTO_ASCII = "\u0130\u0131\u017f\u212a"


def _case_blind_items(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]] | None:
    """Return the class items (LITERAL and RANGE of ASCII characters) of a case-blind
    lookahead as the literals of every character it matches: each ASCII character in either
    case and those of ``FOLDS_INTO_ASCII`` that fold to one, so that the engine's charset
    hint (which does not fold case) skips only positions the lookahead fails at. ``None``
    when the class holds a character outside ASCII."""
    assert _constants is not None
    chars: set[str] = set()
    for op, av in items:
        low, high = (av, av) if op is _constants.LITERAL else av
        if high > 127:
            return None
        chars.update(chr(code) for code in range(low, high + 1))
    klass = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]", re.IGNORECASE)
    matched = [chr(code) for code in range(128)] + list(FOLDS_INTO_ASCII)
    return [(_constants.LITERAL, ord(c)) for c in matched if klass.match(c)]


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """Return a character-class body ("a-cfk") holding every character a match of
    ``pattern`` can start with, or ``None`` when that cannot be told. Never raises."""
    found = _first_chars_parsed(pattern, flags)
    return None if found is None else found[0]


def _first_chars_parsed(pattern: str, flags: int) -> tuple[str, Any] | None:
    """Return ``first_chars(pattern, flags)`` and the parse of ``pattern`` it was read
    from, or ``None`` when it cannot be told."""
    head, parsed = _first_chars_and_parse(pattern, flags)
    return None if head is None else (head, parsed)


def _first_chars_and_parse(pattern: str, flags: int) -> tuple[str | None, Any]:
    """Return ``first_chars(pattern, flags)`` (``None`` when it cannot be told) and the
    parse of ``pattern`` it was read from (``None`` when ``pattern`` was not parsed, or did
    not parse)."""
    if _sre is None or pattern.startswith("(?") and re.match(r"\(\?[aiLmsux]+\)", pattern):
        return None, None  # global inline flags must stay at the start
    try:
        parsed = _sre.parse(pattern, flags)
    except (re.error, RecursionError, ValueError, TypeError, AttributeError):
        return None, None
    try:
        items: list[str] = []
        if _first(parsed.data, flags, items):
            return None, parsed  # it can match the empty string
    except (_Unknown, RecursionError, ValueError, TypeError, AttributeError):
        return None, parsed
    head = "".join(sorted(set(items)))
    return (head or None), parsed


def _plain(pattern: str, flags: int, parsed: Any) -> re.Pattern[str]:
    """Return ``re.compile(pattern, flags)``, compiled from ``parsed`` (its parse, made
    with ``flags``) when there is one: a pattern whose first characters cannot be told was
    parsed for nothing, and parsing is most of what compiling costs (round speed47: the
    figurative uses of illness, 3,754 characters, were parsed twice on a first story)."""
    if parsed is None:
        return re.compile(pattern, flags)
    try:
        return compile_from_parse(pattern, parsed)
    except Exception:  # (anything unexpected in the internals: the plain compile decides)
        return re.compile(pattern, flags)


def _first(seq: list[tuple[Any, Any]], flags: int, out: list[str]) -> bool:
    """Add to ``out`` the class items a match of ``seq`` can start with; return whether
    ``seq`` can match the empty string. Raises ``_Unknown``. (``seq`` is a parse's own list
    of items, its ``data``: a copy, ``list(parse)``, read every item of every alternative
    through the parse's Python ``__getitem__``, where only the first few are looked at.)"""
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
            empty = _first(alternative.data, flags, out) or empty
        return empty
    if name == "SUBPATTERN":
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE and not flags & re.IGNORECASE:
            raise _Unknown("a case-blind group in a case-sensitive pattern")
        return _first(sub.data, flags, out)
    if name == "ATOMIC_GROUP":
        return _first(av.data, flags, out)
    if name in _REPEATS:
        low, _high, sub = av
        empty = _first(sub.data, flags, out)
        return empty or low == 0
    raise _Unknown(name)  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, ...


def _char(code: int) -> str:
    return re.escape(chr(code))
