"""Word lists as regex tries, and patterns compiled with their tries built, not parsed.

``trie_regex`` turns a list of words into one alternation factored letter by letter, so
that the engine decides as it reads instead of trying every word in turn. ``compile_tries``
and ``compile_embedding`` compile patterns that hold such tries (the verbs of speaking, the
person nouns, the themes' lexicons) with each trie's parse built from its words. Shared
machinery of the stage modules (compiled at import; the start-up cost is measured).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Container, Iterable, Sequence
from typing import Any, TypeVar

from ficshelf.understand.re_internals import constants as _constants
from ficshelf.understand.re_internals import parser as _sre
from ficshelf.understand.regex_from_parse import PLACEHOLDER, compile_from_parse

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
        return compile_from_parse(*_built_parse(template, tries, given, flags, shared))
    except Exception:  # (anything unexpected in the internals: the plain compile decides)
        sources = [
            trie_regex(words) if trie is None else trie
            for trie, words in zip(given, tries, strict=True)
        ]
        return re.compile(template.format(*sources), flags)


def _built_parse(
    template: str,
    tries: list[list[str]],
    given: Sequence[str | None],
    flags: int,
    shared: bool,
) -> tuple[str, Any]:
    """Return the source ``compile_tries`` compiles and its parse, each trie's items built
    from its words (``tries``: sorted distinct words; ``given``: the sources the caller
    has). Raises when the template's parse is not as expected."""
    marked = template.format(*(chr(PLACEHOLDER + i) for i in range(len(tries))))
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
        built[PLACEHOLDER + i] = _sre.SubPattern(state, items)
    source = template.format(*written)
    unpacked = {
        PLACEHOLDER + i
        for i in range(len(tries))
        if template.count(f"{{{i}}}") == template.count(f"(?:{{{i}}})")
    }
    if _placed(parsed, built, unpacked) != len(built):
        raise ValueError("a placeholder does not stand alone in a group")
    return source, parsed


def compile_embedding(
    source: str, tries: Sequence[tuple[str, Sequence[str]]], flags: int = 0
) -> re.Pattern[str]:
    """Return ``re.compile(source, flags)``, where ``source`` embeds tries: for each
    ``(trie, words)`` of ``tries`` (``trie``: ``trie_regex(words)``), every place ``source``
    holds ``trie`` as a group of its own (the trie is one group "(?:...)", or it stands in
    "(?:" + ``trie`` + ")"). A pattern that embeds long word lists' tries (the verbs of
    speaking, the person nouns) in a longer source is so compiled as ``compile_tries``
    compiles a template: each trie built from its words, not parsed."""
    found = _embedding_template(source, tries)
    if found is None:  # (a trie inside another)
        return re.compile(source, flags)
    template, lists, sources = found
    return compile_tries(template, lists, sources, flags, shared=True)


def parse_embedding(
    source: str, tries: Sequence[tuple[str, Sequence[str]]], flags: int = 0
) -> Any | None:
    """Return the parse ``re``'s parser makes of ``source`` with ``flags``, where ``source``
    embeds ``tries`` as ``compile_embedding`` reads them, each trie's items built from its
    words: for a caller that compiles the parse its own way (``fast_regex.compile_skipping``,
    ``regex_from_parse.compile_cases``). ``None`` when it cannot be so built (the caller
    then parses the source)."""
    found = _embedding_template(source, tries)
    if found is None:
        return None
    template, lists, sources = found
    try:
        built, parsed = _built_parse(
            template, [sorted(set(words)) for words in lists], sources, flags, True
        )
    except Exception:  # (anything unexpected in the internals: the source is parsed)
        return None
    return parsed if built == source else None


def _embedding_template(
    source: str, tries: Sequence[tuple[str, Sequence[str]]]
) -> tuple[str, list[Sequence[str]], list[str]] | None:
    """Return ``source`` as a template of ``compile_tries`` (each trie of ``tries`` a
    placeholder), the word list and the source of each placeholder; ``None`` when the
    template does not give ``source`` back (a trie inside another) or holds no trie."""
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
    if not lists or template.format(*sources) != source:
        return None
    return template, lists, sources


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


def shared_trie_regex(words: Iterable[str]) -> str:
    """Return ``trie_regex(words)`` for a word list that ``compile_tries`` (with ``shared``)
    will also build into a pattern: the parse items are read off the same walk of the trie
    and kept for it (round speed37b: the cues' beginnings and head words, some 9,000 and
    3,000 words, were walked once for their sources and again for their parses)."""
    ordered = sorted(set(words))
    if not ordered:
        return ""
    if _sre is None or _constants is None:  # (no internals: ``compile_tries`` parses)
        return trie_regex(ordered)
    source, items = _trie_source_and_items(ordered, _sre.State())
    _TRIE_ITEMS.setdefault(tuple(ordered), items)
    return source


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
