"""How the "themes" stage finds its cues fast: the lexicons compiled into one prefilter
regex (a trie of the words cues start with) and, per start word, the cues to try there:
``theme_lexicon.CUES``, ``theme_told.TOLD``, ``theme_told.ANCHORED`` (filed under
``"<tag>@<anchor>"``) and ``theme_told.DENYING`` (filed under their key and "!").
``compile_cues`` is run once, when ``themes`` is imported.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from ficshelf.understand import theme_lexicon as lex
from ficshelf.understand import theme_told as told

KEY_LEN = 6
Cue = tuple[str, re.Pattern[str], float]


def cue_heads(source: str) -> set[str]:
    """Return the literal words (lower case) that the matches of a cue's regex ``source`` can
    start with, cut to ``KEY_LEN`` letters. Raises ``ValueError`` when an alternative does not
    start with a word of at least three letters (after lookbehinds), which the prefilter needs.
    """
    heads: set[str] = set()
    for alternative in _top_level(source, "|"):
        rest = alternative
        while rest.startswith(("(?<=", "(?<!")):
            rest = rest[_group_end(rest) :]
        if rest.startswith("(?:"):
            end = _group_end(rest)
            if rest[end : end + 1] in ("?", "*"):
                raise ValueError(f"cue starts with an optional group: {source!r}")
            heads |= cue_heads(rest[3 : end - 1])
            continue
        word = _LEADING_LETTERS.match(rest)
        letters = word.group() if word else ""
        if word and rest[word.end() : word.end() + 1] in ("?", "*", "{"):
            letters = letters[:-1]
        if len(letters) < 3:
            raise ValueError(f"cue alternative {alternative!r} must start with a word")
        heads.add(letters.lower()[:KEY_LEN])
    return heads


_LEADING_LETTERS = re.compile(r"[A-Za-z]+")


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """Yield ``(index, character, depth)`` for each character of the regex ``source`` that
    is outside character classes and not escaped; ``depth`` counts the groups open after it
    (a ")" gives the depth it closes down to)."""
    depth, i, in_class = 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth
        i += 1


def _top_level(source: str, separator: str) -> list[str]:
    """Split ``source`` at ``separator`` outside parentheses and character classes."""
    cuts = [i for i, ch, depth in _structure(source) if ch == separator and depth == 0]
    bounds = [-1, *cuts, len(source)]
    return [source[a + 1 : b] for a, b in itertools.pairwise(bounds)]


def _group_end(source: str) -> int:
    """Return the index just past the group that opens ``source``."""
    for i, ch, depth in _structure(source):
        if ch == ")" and depth == 0:
            return i + 1
    raise ValueError(f"unbalanced group in {source!r}")


def _trie(words: set[str]) -> str:
    """Return a regex source matching any of ``words``, factored as a trie (longest first)."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return emit(tree)


def compile_cues() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, list[Cue]]]:
    """Return the prefilter (for lower-cased text, and case-insensitive) and, per head, the
    cues to try there (every cue whose head is a prefix of it)."""
    by_head: dict[str, list[Cue]] = {}
    lexicons: list[Iterable[tuple[str, tuple[tuple[str, float], ...]]]]
    lexicons = [lex.CUES.items(), told.TOLD.items()]
    lexicons.append((f"{tag}@{anchor}", cues) for (tag, anchor), cues in told.ANCHORED.items())
    lexicons.append((f"{key}!", cues) for key, cues in told.DENYING.items())
    for tag, cues in itertools.chain.from_iterable(lexicons):
        for source, weight in cues:
            pattern = re.compile(_bounded(source), re.IGNORECASE)
            for head in cue_heads(source):
                by_head.setdefault(head, []).append((tag, pattern, weight))
    keyed = {
        head: [cue for other, cues in by_head.items() if head.startswith(other) for cue in cues]
        for head in by_head
    }
    trie = r"\b" + _trie(set(by_head))  # "\b" scans faster than a lookbehind
    return re.compile(trie), re.compile(trie, re.IGNORECASE), keyed


def _bounded(source: str) -> str:
    return r"(?<![\w'’-])(?:" + source + r")(?![\w'’]|-\w)"
