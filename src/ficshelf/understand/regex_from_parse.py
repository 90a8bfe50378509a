"""Patterns compiled from a parse made once, not parsed again: the cases of a pattern
(``compile_cases``), a body between shared bounds (``compile_bounded``),
any parse (``compile_from_parse``, which ``regex_tries`` builds on), and the character sets made
once while the stage modules compile theirs (``shared_charsets``, used by the pipeline at
import).

Parsing is most of what compiling a pattern costs; each pattern here is compiled to the
code ``re.compile`` makes of its source (tested equal), and anything unexpected in the
interpreter's internals gets the plain compile. Shared machinery of the stage modules
(compiled at import; the start-up cost is measured).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ficshelf.understand.re_internals import compiler as _compiler
from ficshelf.understand.re_internals import constants as _constants
from ficshelf.understand.re_internals import parser as _sre
from ficshelf.understand.re_internals import pattern_from_code


def compile_cases(pattern: str, opening: str, parsed: Any = None) -> tuple[re.Pattern[str], ...]:
    """Return, for each letter of ``opening`` (``pattern``'s first character class, "[Tt]",
    before which only the openings of groups may stand), ``pattern`` with that letter in
    place of the class ("t...", "T..."), compiled (no flags): one pattern per case, for a
    scan that skips to a single letter in C, far faster than to a class. A scan by case
    needs ``pattern`` itself only where two cases' matches overlap, so a caller may compile
    it on first use.

    All of them are compiled from one parse of ``pattern`` (parsing is most of what
    compiling costs: the two patterns split so hold some 40,000 characters): each case is
    the parse with the class's item replaced by the literal the parser makes of that letter,
    so it is compiled to the code that ``re.compile`` makes of its source (the source it
    keeps as its ``pattern``). When the parse is not as expected (or on an interpreter
    without the internals), each is compiled from its source. ``parsed``: the parse of
    ``pattern`` when the caller has built it (``regex_tries.parse_embedding``)."""
    sources = _case_sources(pattern, opening)
    try:
        if parsed is None:
            parsed = _sre.parse(pattern, 0)
        return tuple(
            compile_from_parse(source, _with_letter(parsed, opening, letter))
            for source, letter in zip(sources, opening[1:-1], strict=True)
        )
    except Exception:  # (anything unexpected in the internals: the plain compiles decide)
        return tuple(re.compile(source) for source in sources)


def _case_sources(pattern: str, opening: str) -> tuple[str, ...]:
    """Return ``pattern`` with each letter of its class ``opening`` in the class's place."""
    at = pattern.index(opening)
    return tuple(pattern[:at] + letter + pattern[at + len(opening) :] for letter in opening[1:-1])


def compile_from_parse(source: str, parsed: Any) -> re.Pattern[str]:
    """Return the pattern ``re.compile(source)`` makes, from ``parsed``, its parse."""
    assert _compiler is not None
    return pattern_from_code(source, parsed.state.flags, _compiler._code(parsed, 0), parsed)


def compile_bounded(before: str, body: str, after: str) -> re.Pattern[str]:
    """Return ``re.compile(before + body + after)``, where ``before`` ends by opening a
    group "(?:" that ``after`` opens by closing: bounds that many patterns share (a word's
    edges around each of a lexicon's alternatives), compiled for one ``body`` after another.

    Parsing is most of what compiling a short pattern costs, and the bounds were a third of
    each source: they are parsed once per pair (``_bounds_parse``), the group "(?:body)" on
    its own, and its items put where the bounds' group stands (the parser unpacks a group
    without flags into the items around it), so the pattern is compiled to the code
    ``re.compile`` makes of the whole source (the source it keeps as its ``pattern``; tested
    equal). A body with a group of its own, or global flags, or anything unexpected in the
    internals gets the plain compile. Raises ``re.error`` for a bad pattern."""
    source = before + body + after
    bounds = _bounds_parse(before, after)
    if bounds is None:
        return re.compile(source)
    state, head, tail = bounds
    try:
        assert _sre is not None
        inner = _sre.parse(f"(?:{body})", 0)
        if inner.state.groups != state.groups or inner.state.flags != state.flags:
            return re.compile(source)
        return compile_from_parse(source, _sre.SubPattern(state, [*head, *inner.data, *tail]))
    except Exception:  # (a bad body, or the internals not as expected: the plain compile)
        return re.compile(source)


_BOUNDS: dict[tuple[str, str], tuple[Any, list[Any], list[Any]] | None] = {}


def _bounds_parse(before: str, after: str) -> tuple[Any, list[Any], list[Any]] | None:
    """Return the parser's state of ``before + "(?:…)" + after`` and its items before and
    after the group (``None`` when the bounds hold a group of their own or do not parse so,
    or without the internals), each pair parsed once per process. The items are only read
    by the compiler, so they are shared by every pattern built from them."""
    key = (before, after)
    if key not in _BOUNDS:
        found = None
        try:
            assert _sre is not None and _constants is not None
            parsed = _sre.parse(before + chr(PLACEHOLDER) + after, 0)
            data = list(parsed.data)
            at = data.index((_constants.LITERAL, PLACEHOLDER))
            if parsed.state.groups == 1:
                found = parsed.state, data[:at], data[at + 1 :]
        except Exception:  # (anything unexpected: each pattern is compiled whole)
            found = None
        _BOUNDS[key] = found
    return _BOUNDS[key]


def _with_letter(parsed: Any, opening: str, letter: str) -> Any:
    """Return a copy of ``parsed`` whose first item (inside the groups it opens with) is the
    class ``opening`` made the literal ``letter``; raises ``ValueError`` when it is not that
    class."""
    assert _sre is not None and _constants is not None
    items = [(_constants.LITERAL, ord(c)) for c in opening[1:-1]]
    op, av = parsed.data[0]
    if op is _constants.IN and list(av) == items:
        first: tuple[Any, Any] = (_constants.LITERAL, ord(letter))
    elif op is _constants.SUBPATTERN:
        group, add_flags, del_flags, sub = av
        first = (op, (group, add_flags, del_flags, _with_letter(sub, opening, letter)))
    else:
        raise ValueError(f"{opening} does not open the pattern")
    return _sre.SubPattern(parsed.state, [first, *parsed.data[1:]])


# A placeholder for the ``n``-th trie in the template of ``regex_tries.compile_tries``, and
# for the body between the bounds of ``compile_bounded`` (a character of Unicode's private
# use area, which no template of this package holds).
PLACEHOLDER = 0xE000


# The character sets ``shared_charsets`` has compiled: the arguments of ``re``'s
# ``_optimize_charset`` (the set's items and the case functions) to what it returned. The
# table lives as long as the process: the sets the stage modules make at import are the
# ones the patterns compiled on first use (the themes' cue branches, the figurative uses,
# the speech verbs' patterns) make again, a few dozen kinds over a thousand times in a
# first analysis (round speed47: about 3% of it).
_Charset = tuple[Any, bool]
_MAX_SHARED = 4096
_SHARED: dict[tuple[Any, ...], _Charset] = {}
# How many ``shared_charsets`` contexts are open (``re``'s own step is put back when the
# last closes), and ``re``'s own step while one is.
_shared_lock = threading.Lock()
_shared_depth = 0
_own_step: Any = None


def _shared_step(
    charset: list[tuple[Any, Any]],
    iscased: Any = None,
    fixup: Any = None,
    fixes: Any = None,
) -> _Charset:
    """``re``'s ``_optimize_charset`` answered from ``_SHARED`` (see ``shared_charsets``)."""
    optimise = _own_step
    try:
        key = (tuple(charset), iscased, fixup, id(fixes) if fixes is not None else None)
        made = _SHARED.get(key)
    except TypeError:  # (an item that cannot be hashed)
        return optimise(charset, iscased, fixup, fixes)  # type: ignore[no-any-return]
    if made is None:
        made = optimise(charset, iscased, fixup, fixes)
        if len(_SHARED) < _MAX_SHARED:
            _SHARED[key] = made
    return made


@contextmanager
def shared_charsets() -> Iterator[None]:
    """Return a context in which ``re`` compiles each distinct character set once: its
    ``_optimize_charset`` (the code generator's step that turns a set's items into the
    engine's form) is answered from a table of the sets already seen (``_SHARED``, kept for
    the process: the pipeline's imports and its runs are such contexts).

    A set that holds a character past Latin-1 and three or more separate runs (a
    case-blind "[ds]", which folds in "ſ"; "[\\w'’-]") is made into a map of all 65,536
    code points, sliced and compared in Python: about half a millisecond each, and the stage
    modules' imports compile some 800 such sets of fewer than 200 kinds (the speech verbs'
    tries embedded in a dozen patterns, the word bounds of the themes). The step is a pure
    function of its arguments, so each pattern is compiled to the code it was compiled to
    before (its result is only read). Contexts may nest or overlap in threads: the first to
    open puts the shared step in ``re``, the last to close puts ``re``'s own step back. Sets
    the table cannot key (an item not hashable), or past ``_MAX_SHARED`` of them, are made
    as ``re`` makes them; without the internals the context does nothing."""
    global _shared_depth, _own_step
    if _compiler is None or not hasattr(_compiler, "_optimize_charset"):  # pragma: no cover
        yield
        return
    with _shared_lock:
        if _shared_depth == 0:
            _own_step = _compiler._optimize_charset
            _compiler._optimize_charset = _shared_step
        _shared_depth += 1
    try:
        yield
    finally:
        with _shared_lock:
            _shared_depth -= 1
            if _shared_depth == 0:
                _compiler._optimize_charset = _own_step
