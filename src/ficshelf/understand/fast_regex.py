"""Regexes that skip fast to where a match can start, and word lists factored as tries.

``trie_regex`` turns a list of words into one alternation factored letter by letter, so
that the engine decides as it reads instead of trying every word in turn.

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
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

try:  # the parser behind ``re.compile`` (``sre_parse`` before Python 3.11)
    from re import _parser as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - only on interpreters without it
    _sre = None
try:  # the code generator behind ``re.compile`` and the engine (Python 3.11 and later)
    import _sre as _engine  # type: ignore[import-not-found]
    from re import _compiler, _constants  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - only on interpreters without them
    _compiler = _constants = _engine = None

_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


class _Unknown(Exception):
    """The first characters of a (part of a) pattern cannot be told."""


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Return ``pattern`` compiled with ``flags``, behind a lookahead of the characters
    a match can start with when they can be told (see the module docstring); the matches
    are those of ``re.compile(pattern, flags)``. Raises ``re.error`` for a bad pattern."""
    found = _first_chars_parsed(pattern, flags)
    if found is None:  # (a bad pattern lands here too, and re.compile raises)
        return re.compile(pattern, flags)
    head, parsed = found
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


def compile_skipping(pattern: str, flags: int = 0) -> re.Pattern[str]:
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
    gets the plain compile."""
    compiled = _with_skip(pattern, flags)
    return compiled if compiled is not None else re.compile(pattern, flags)


def _with_skip(pattern: str, flags: int, parsed: Any = None) -> re.Pattern[str] | None:
    """Return ``pattern`` compiled with a charset hint (see ``compile_skipping``), or
    ``None`` when it does not open with a lookahead of a plain class or cannot be given one.
    ``parsed``: the parse of ``pattern`` when the caller has it (``_wrapped_parse``)."""
    code = _skip_code(pattern, flags, parsed)
    if code is None:
        return None
    assert _engine is not None
    instructions, all_flags, parsed = code
    try:
        groupindex = parsed.state.groupdict
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        compiled: re.Pattern[str] = _engine.compile(
            pattern, all_flags, instructions, parsed.state.groups - 1, groupindex, tuple(indexgroup)
        )
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
    if _sre is None or pattern.startswith("(?") and re.match(r"\(\?[aiLmsux]+\)", pattern):
        return None  # global inline flags must stay at the start
    try:
        parsed = _sre.parse(pattern, flags)
        items: list[str] = []
        if _first(list(parsed), flags, items):
            return None  # it can match the empty string
    except (_Unknown, re.error, RecursionError, ValueError, TypeError, AttributeError):
        return None
    head = "".join(sorted(set(items)))
    return (head, parsed) if head else None


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


_Node = TypeVar("_Node")


def _fold_trie(
    ordered: Sequence[str],
    run: Callable[[str], _Node],
    node: Callable[[_Node, list[_Node], bool], _Node],
) -> _Node:
    """Fold the trie of ``ordered`` (sorted distinct words, at least one) bottom up: ``run``
    makes the characters every word of a branch goes on with, ``node`` puts a branch's run
    before its sub-branches (one per next character, in order), optional when a word ends
    with the run. ``trie_regex`` writes the fold as a pattern and ``_trie_items`` as the
    parser's items: one walk, two outputs.

    The trie is read off the sorted words instead of being built node by node: the words of
    a branch are a run of the sorted list that share a prefix (the common prefix of its first
    and last word), and each of its sub-branches is found by bisecting the run; a word equal
    to the prefix comes first in its run and makes the rest optional."""

    def build(lo: int, hi: int, depth: int) -> _Node:
        # ``ordered[lo:hi]``: the words that share their first ``depth`` characters
        first, last = ordered[lo], ordered[hi - 1]
        k, n = depth, min(len(first), len(last))
        while k < n and first[k] == last[k]:
            k += 1
        chain = run(first[depth:k])  # the characters every word of the run goes on with
        ends = len(first) == k  # a word ends here: what follows is optional
        if ends:
            lo += 1
            if lo == hi:
                return chain
        branches = []
        i = lo
        while i < hi:  # one branch per next character, in order
            word = ordered[i]
            code = ord(word[k])
            j = hi
            if code < 0x10FFFF:
                j = bisect_left(ordered, word[:k] + chr(code + 1), i + 1, hi)
            branches.append(build(i, j, k))
            i = j
        return node(chain, branches, ends)

    return build(0, len(ordered), 0)


def trie_regex(words: Iterable[str]) -> str:
    """Return a regex alternation matching exactly ``words``, factored as a trie so that the
    engine decides letter by letter instead of trying every word in turn.

    Read off the sorted words (``_fold_trie``), it is the same pattern a trie of dictionaries
    would write, in a third of the time (a fresh process builds tries of some 9,000 words
    before its first story)."""
    ordered = sorted(set(words))
    if not ordered:
        return ""
    # (``re.escape`` of a string is the concatenation of its characters' escapes)
    return _fold_trie(ordered, re.escape, _source_node)


def _source_node(chain: str, branches: list[str], optional: bool) -> str:
    """``trie_regex``'s branch: its run, then its sub-branches (optional when a word ends)."""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return chain + ("(?:" + body + ")?" if optional else body)


def compile_by_case(
    pattern: str, opening: str
) -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
    """Return ``pattern`` compiled (no flags) and, for each letter of ``opening`` (its first
    character class, "[Tt]", before which only the openings of groups may stand), ``pattern``
    with that letter in place of the class ("t...", "T..."), compiled: one pattern per case,
    for a scan that skips to a single letter in C, far faster than to a class.

    All of them are compiled from one parse of ``pattern`` (parsing is most of what
    compiling costs: the two patterns split so hold some 40,000 characters): each case is
    the parse with the class's item replaced by the literal the parser makes of that letter,
    so it is compiled to the code that ``re.compile`` makes of its source (the source it
    keeps as its ``pattern``). When the parse is not as expected (or on an interpreter
    without the internals), each is compiled from its source."""
    at = pattern.index(opening)
    sources = tuple(
        pattern[:at] + letter + pattern[at + len(opening) :] for letter in opening[1:-1]
    )
    try:
        parsed = _sre.parse(pattern, 0)
        whole = _from_parse(pattern, parsed)
        cases = tuple(
            _from_parse(source, _with_letter(parsed, opening, letter))
            for source, letter in zip(sources, opening[1:-1], strict=True)
        )
    except Exception:  # (anything unexpected in the internals: the plain compiles decide)
        return re.compile(pattern), tuple(re.compile(source) for source in sources)
    return whole, cases


def _from_parse(source: str, parsed: Any) -> re.Pattern[str]:
    """Return the pattern ``re.compile(source)`` makes, from ``parsed``, its parse."""
    assert _compiler is not None and _engine is not None
    code = _compiler._code(parsed, 0)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    compiled: re.Pattern[str] = _engine.compile(
        source, parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)
    )
    return compiled


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
        return _from_parse(source, _sre.SubPattern(state, [*head, *inner.data, *tail]))
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
            parsed = _sre.parse(before + chr(_PLACEHOLDER) + after, 0)
            data = list(parsed.data)
            at = data.index((_constants.LITERAL, _PLACEHOLDER))
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


# A placeholder for the ``n``-th trie in the template of ``compile_tries`` (a character of
# Unicode's private use area, which no template of this package holds).
_PLACEHOLDER = 0xE000


def compile_tries(
    template: str,
    word_lists: Sequence[Iterable[str]],
    sources: Sequence[str | None] | None = None,
    flags: int = 0,
    shared: bool = False,
) -> re.Pattern[str]:
    """Return ``re.compile(template.format(*map(trie_regex, word_lists)), flags)``:
    ``template`` holds ``{0}``, ``{1}`` … (and no other braces), each standing alone in a
    group or lookaround ("(?:", "(?=", "(?P<name>"), where the tries of ``word_lists`` go.
    ``sources``: ``trie_regex`` of each list, when the caller has them already (or, for a
    placeholder written "(?:{n})", the body of the trie's group); ``None`` for a list whose
    source is to be written on the same walk of its trie that builds its parse. ``shared``:
    the lists are embedded in other patterns too (their parses kept for those, once per
    process).

    Parsing is most of what compiling a long trie costs, and a trie of words has a shape
    the parser need not read: each trie's parse is built from its words
    (``_trie_items``: the items, groups, branches and character sets the parser makes of
    ``trie_regex``'s source) and put where its placeholder stands in the parse of the short
    template; the pattern is compiled from that parse, to the code ``re.compile`` makes of
    the whole source (the source it keeps as its ``pattern``; tested equal). When the
    template's parse is not as expected (or on an interpreter without the internals), the
    whole source is compiled. Raises ``re.error`` for a bad template.

    The parser unpacks a group "(?:...)" into the items around it: a placeholder written
    "(?:{n})" (every time it is written) is a literal among them, and its trie's items go in
    its place."""
    tries = [sorted(set(words)) for words in word_lists]
    given: Sequence[str | None] = [None] * len(tries) if sources is None else sources
    try:
        marked = template.format(*(chr(_PLACEHOLDER + i) for i in range(len(tries))))
        assert _sre is not None and _constants is not None
        # (an int, as ``re.compile`` makes it: the compiler tests the flags per item)
        parsed = _sre.parse(marked, int(flags))
        state = parsed.state
        written: list[str] = []
        built = {}
        for i, words in enumerate(tries):
            trie = given[i]
            if trie is None:  # (source and items read off one walk of the trie)
                trie, items = _trie_source_and_items(words, state)
            elif shared:
                items = _shared_trie_items(words, state)
            else:
                items = _trie_items(words, state)
            written.append(trie)
            built[_PLACEHOLDER + i] = _sre.SubPattern(state, items)
        source = template.format(*written)
        unpacked = {
            _PLACEHOLDER + i
            for i in range(len(tries))
            if template.count(f"{{{i}}}") == template.count(f"(?:{{{i}}})")
        }
        if _placed(parsed, built, unpacked) != len(built):
            raise ValueError("a placeholder does not stand alone in a group")
        return _from_parse(source, parsed)
    except Exception:  # (anything unexpected in the internals: the plain compile decides)
        sources = [
            trie_regex(words) if trie is None else trie
            for trie, words in zip(given, tries, strict=True)
        ]
        return re.compile(template.format(*sources), flags)


def compile_embedding(
    source: str, tries: Sequence[tuple[str, Sequence[str]]], flags: int = 0
) -> re.Pattern[str]:
    """Return ``re.compile(source, flags)``, where ``source`` embeds tries: for each
    ``(trie, words)`` of ``tries`` (``trie``: ``trie_regex(words)``), every place ``source``
    holds ``trie`` as a group of its own (the trie is one group "(?:...)", or it stands in
    "(?:" + ``trie`` + ")"). A pattern that embeds long word lists' tries (the verbs of
    speaking, the person nouns) in a longer source is so compiled as ``compile_tries``
    compiles a template: each trie built from its words, not parsed."""
    template = source.replace("{", "{{").replace("}", "}}")
    lists: list[Sequence[str]] = []
    sources: list[str] = []
    for trie, words in tries:
        # (the group's body stands for the placeholder: "(?:{n})" is then the trie's group)
        inner = trie[3:-1] if _one_group(trie) else trie
        parts = template.split("(?:" + inner + ")")
        template = parts[0]
        for part in parts[1:]:
            template += f"(?:{{{len(lists)}}})" + part
            lists.append(words)
            sources.append(inner)
    if not lists or template.format(*sources) != source:  # (a trie inside another)
        return re.compile(source, flags)
    return compile_tries(template, lists, sources, flags, shared=True)


def _one_group(source: str) -> bool:
    """Whether the regex ``source`` is one non-capturing group, "(?:...)"."""
    if not source.startswith("(?:"):
        return False
    depth = 0
    escaped = False
    for i, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i == len(source) - 1
    return False


def _placed(parsed: Any, built: dict[int, Any], unpacked: Container[int] = ()) -> int:
    """Put each trie of ``built`` in place of the sub-parse of ``parsed`` that holds its
    placeholder's literal alone (a group's or a lookaround's body), or, for a placeholder of
    ``unpacked`` (written "(?:{n})", a group the parser unpacked), of its literal; forget
    the widths the parser noted (they were the placeholders'). Return how many were put."""
    assert _constants is not None
    parsed.width = None
    count = 0
    for i, (op, av) in enumerate(parsed.data):
        if op is _constants.SUBPATTERN or op is _constants.ASSERT or op is _constants.ASSERT_NOT:
            body = av[-1]
            if len(body.data) == 1 and body.data[0][0] is _constants.LITERAL:
                trie = built.get(body.data[0][1])
                if trie is not None:
                    parsed.data[i] = (op, (*av[:-1], trie))
                    count += 1
                    continue
            count += _placed(body, built, unpacked)
        elif op is _constants.BRANCH:
            count += sum(_placed(alternative, built, unpacked) for alternative in av[1])
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            count += _placed(av[2], built, unpacked)
        elif op is _constants.ATOMIC_GROUP:
            count += _placed(av, built, unpacked)
    data = parsed.data
    for i in range(len(data) - 1, -1, -1):
        op, av = data[i]
        if op is _constants.LITERAL and av in unpacked:
            data[i : i + 1] = built[av].data
            count += 1
    return count


# The items ``_trie_items`` has made, by word list: the same long lists (the verbs of speaking,
# the person nouns) go into many patterns of the stage modules, and their items are read, never
# changed, by the compiler (a trie holds no group, so the parser state its sub-parses keep,
# that of the first pattern, is never consulted).
_TRIE_ITEMS: dict[tuple[str, ...], list[tuple[Any, Any]]] = {}


def _shared_trie_items(ordered: list[str], state: Any) -> list[tuple[Any, Any]]:
    """Return a fresh list of ``_trie_items(ordered, state)``, its items made once per word
    list in a process."""
    key = tuple(ordered)
    items = _TRIE_ITEMS.get(key)
    if items is None:
        items = _TRIE_ITEMS[key] = _trie_items(ordered, state)
    return list(items)


def _trie_source_and_items(ordered: list[str], state: Any) -> tuple[str, list[tuple[Any, Any]]]:
    """Return ``trie_regex(ordered)`` and ``_trie_items(ordered, state)``, both read off
    one walk of the trie."""
    item_run, item_node = _item_folders(ordered, state)

    def run(chars: str) -> tuple[str, list[tuple[Any, Any]]]:
        return re.escape(chars), item_run(chars)

    def node(
        chain: tuple[str, list[tuple[Any, Any]]],
        branches: list[tuple[str, list[tuple[Any, Any]]]],
        optional: bool,
    ) -> tuple[str, list[tuple[Any, Any]]]:
        return (
            _source_node(chain[0], [b[0] for b in branches], optional),
            item_node(chain[1], [b[1] for b in branches], optional),
        )

    return _fold_trie(ordered, run, node) if ordered else ("", [])


def _trie_items(ordered: list[str], state: Any) -> list[tuple[Any, Any]]:
    """Return the items the parser makes of ``trie_regex(ordered)`` (``ordered``: sorted
    distinct words) at the top of a group: what ``trie_regex`` writes, read back. A run of
    characters is a literal each; a branch of single characters a character set (the
    parser's ``_parse_sub`` makes one), of anything else a ``BRANCH``; a group "(?:...)"
    is unpacked into its items and an optional one ("(?:...)?") is a repeat of them."""
    return _fold_trie(ordered, *_item_folders(ordered, state)) if ordered else []


_Items = list[tuple[Any, Any]]


def _item_folders(
    ordered: list[str], state: Any
) -> tuple[Callable[[str], _Items], Callable[[_Items, list[_Items], bool], _Items]]:
    """``_trie_items``'s ``run`` and ``node`` for ``_fold_trie``."""
    assert _sre is not None and _constants is not None
    literal, branch, inside = _constants.LITERAL, _constants.BRANCH, _constants.IN
    repeat = _constants.MAX_REPEAT
    sub = _sre.SubPattern
    # one literal item per character (the compiler only reads the items: they can be shared)
    literals = {c: (literal, ord(c)) for c in set("".join(ordered))}

    def run(chars: str) -> list[tuple[Any, Any]]:
        return [literals[c] for c in chars]

    def node(
        chain: list[tuple[Any, Any]], branches: list[list[tuple[Any, Any]]], optional: bool
    ) -> list[tuple[Any, Any]]:
        if len(branches) == 1:
            body = branches[0]
        elif all(len(b) == 1 and b[0][0] is literal for b in branches):
            body = [(inside, [b[0] for b in branches])]  # (distinct letters: nothing to _uniq)
        else:
            body = [(branch, (None, [sub(state, b) for b in branches]))]
        if optional:
            body = [(repeat, (0, 1, sub(state, body)))]
        return chain + body

    return run, node


# The character sets ``shared_charsets`` has compiled: the arguments of ``re``'s
# ``_optimize_charset`` (the set's items and the case functions) to what it returned.
_Charset = tuple[Any, bool]
_MAX_SHARED = 4096


@contextmanager
def shared_charsets() -> Iterator[None]:
    """Return a context in which ``re`` compiles each distinct character set once: its
    ``_optimize_charset`` (the code generator's step that turns a set's items into the
    engine's form) is answered from a table of the sets already seen in the context.

    A set that holds a character past Latin-1 and three or more separate runs (a
    case-blind "[ds]", which folds in "ſ"; "[\\w'’-]") is made into a map of all 65,536
    code points, sliced and compared in Python: about half a millisecond each, and the stage
    modules' imports compile some 800 such sets of fewer than 200 kinds (the speech verbs'
    tries embedded in a dozen patterns, the word bounds of the themes). The step is a pure
    function of its arguments, so each pattern is compiled to the code it was compiled to
    before (its result is only read). Leaving the context puts ``re``'s own step back; the
    table lives as long as the context. Sets the table cannot key (an item not hashable),
    or past ``_MAX_SHARED`` of them, are made as ``re`` makes them; without the internals
    the context does nothing."""
    if _compiler is None or not hasattr(_compiler, "_optimize_charset"):  # pragma: no cover
        yield
        return
    optimise = _compiler._optimize_charset
    seen: dict[tuple[Any, ...], _Charset] = {}

    def shared(
        charset: list[tuple[Any, Any]],
        iscased: Any = None,
        fixup: Any = None,
        fixes: Any = None,
    ) -> _Charset:
        try:
            key = (tuple(charset), iscased, fixup, id(fixes) if fixes is not None else None)
            made = seen.get(key)
        except TypeError:  # (an item that cannot be hashed)
            return optimise(charset, iscased, fixup, fixes)  # type: ignore[no-any-return]
        if made is None:
            made = optimise(charset, iscased, fixup, fixes)
            if len(seen) < _MAX_SHARED:
                seen[key] = made
        return made

    _compiler._optimize_charset = shared
    try:
        yield
    finally:
        _compiler._optimize_charset = optimise
