"""How the "themes" stage finds its cues fast: the lexicons compiled into one prefilter
regex (a trie of the words cues start with) and, per start word, the cues to try there:
``theme_lexicon.CUES``, ``theme_told.TOLD``, ``theme_implied.IMPLIED``, ``theme_shown.SHOWN``
and ``theme_shown.ANCHORED``, ``theme_families.FAMILIES`` and ``theme_families.ANCHORED``,
``theme_conditional.ANCHORED`` (each ``Cue`` with its anchor) and
``theme_conditional.DENYING`` (marked ``denying``). ``compile_cues`` is run once per process,
by the first story ``themes`` reads (not on import); each cue's own pattern is compiled the
first time the prefilter lands on its head word (the lowered one; the case-blind one only for
a text that lower-casing does not keep in place), and the case-blind prefilter the first time
a text needs it, so a process pays only for the patterns it uses.

The prefilter finds a head word only where the text goes on with one of the literal
beginnings of the cues (``cue_prefixes``: "hear voices", "black eye"), so the common words
cues start with ("did", "come", "face") cost no cue matching where no cue can follow; every
position a cue can match at is still found (tested against the head words alone).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from ficshelf.understand import theme_conditional as cond
from ficshelf.understand import theme_families as families
from ficshelf.understand import theme_fights as fights
from ficshelf.understand import theme_grips as grips
from ficshelf.understand import theme_implied as implied
from ficshelf.understand import theme_lexicon as lex
from ficshelf.understand import theme_shown as shown
from ficshelf.understand import theme_told as told
from ficshelf.understand.regex_from_parse import compile_bounded
from ficshelf.understand.regex_tries import compile_tries, shared_trie_regex, trie_regex
from ficshelf.understand.text import lowered_text

KEY_LEN = 6
PREFIX_LEN = 24


class Cue:
    """One cue: the tag it counts for, the setting (a name of ``theme_conditional.ANCHORS``)
    its paragraph must name ("" for none), whether it carries its own denial
    (``theme_conditional.DENYING``), its regex source (bounded by word edges) and its weight;
    ``pattern`` is that source compiled case-insensitive, on first use. ``beginnings``: the
    literal beginnings of each top-level alternative of the source within the bounds
    (``alternative_prefixes``), when the caller has them (else worked out on first use)."""

    def __init__(
        self,
        tag: str,
        anchor: str,
        denying: bool,
        source: str,
        weight: float,
        beginnings: tuple[tuple[str, ...], ...] = (),
    ):
        self.tag = tag
        self.anchor = anchor
        self.denying = denying
        self.source = source
        self.weight = weight
        self.beginnings = beginnings

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """Return the cue's regex, compiled the first time it is asked for."""
        return re.compile(self.source, re.IGNORECASE)

    @functools.cached_property
    def lowered_pattern(self) -> re.Pattern[str] | None:
        """Return the cue's regex lower-cased and compiled case-sensitive, for text
        lower-cased by ``plainly_lowered``: it matches where ``pattern`` matches in the
        text, the same stretch (the engine then skips the alternatives whose first letter
        differs instead of trying each), and costs less to try. ``None`` for a source that
        lower-casing would change otherwise (an escape such as ``\\S``, a scoped flag such
        as ``(?-i:``). The stage itself tries ``match_lowered``, alternative by alternative;
        this whole pattern is the reference it keeps to (the tests compare the two)."""
        if not lowers_plainly(self.source):
            return None
        return re.compile(self.source.lower())

    @functools.cached_property
    def branches(self) -> tuple[frozenset[str], tuple[Branch, ...]] | None:
        """Return the literal beginnings of all the cue's matches and its top-level
        alternatives as ``Branch`` es, for ``match_lowered``; ``None`` where
        ``lowered_pattern`` is ``None`` or the source is not ``_bounded``."""
        source = self.source
        if not (
            lowers_plainly(source)
            and source.startswith(_BOUND_BEFORE)
            and source.endswith(_BOUND_AFTER)
        ):
            return None
        inner = source[len(_BOUND_BEFORE) : -len(_BOUND_AFTER)]
        beginnings = self.beginnings or alternative_prefixes(inner)
        branches = tuple(
            Branch(alternative.lower(), prefixes)
            for alternative, prefixes in zip(_top_level(inner, "|"), beginnings, strict=True)
        )
        # (the union of the alternatives' beginnings, made in C; unsorted: it is read for
        # its shortest beginning, and sorting up to 2,000 of them was a fifth of this)
        return frozenset().union(*beginnings), branches

    @functools.cached_property
    def branches_by_start(self) -> tuple[int, dict[str, tuple[Branch, ...]]] | None:
        """Return ``branches``' alternatives filed by the first ``n`` characters of their
        literal beginnings, with ``n`` (the length of the cue's shortest beginning), in
        their order within each file: an alternative can start where the text goes on with
        one of its beginnings only if it is filed under the text's next ``n`` characters
        (round speed34b: 121,229 alternatives were tried one by one at 200k words, 26,279 of
        them could start there). ``None`` where ``branches`` is ``None``."""
        branches = self.branches
        if branches is None:
            return None
        beginnings, alternatives = branches
        key_len = min(map(len, beginnings), default=0)
        filed: dict[str, list[Branch]] = {}
        for branch in alternatives:
            for key in dict.fromkeys([p[:key_len] for p in branch.prefixes]):
                filed.setdefault(key, []).append(branch)
        return key_len, {key: tuple(found) for key, found in filed.items()}

    def match_lowered(self, lowered: str, pos: int, end: int) -> re.Match[str] | None:
        """Return ``lowered_pattern.match(lowered, pos, end)`` (``lowered``: text lower-cased
        by ``plainly_lowered``), trying only the alternatives of the cue that can start at
        ``pos`` (the text goes on with one of their literal beginnings, and ends with the
        literal of each lookbehind they open with), each compiled on its first try: an
        alternation matches where its first matching alternative does, the same stretch,
        and a process compiles only the alternatives its texts come close to (the whole
        cue cost up to 30 alternatives' parse for one). Raises ``ValueError`` where
        ``branches`` is ``None``."""
        by_start = self.branches_by_start
        if by_start is None:
            raise ValueError(f"cue {self.source!r} has no lowered branches")
        key_len, filed = by_start
        for branch in filed.get(lowered[pos : pos + key_len], ()):
            # (most branches open with no lookbehind: ``all`` over a generator is skipped)
            if lowered.startswith(branch.prefixes, pos) and (
                not branch.behind
                or all(lowered.endswith(behind, 0, pos) for behind in branch.behind)
            ):
                # (the compiled regex read from its slot: the property runs once, to compile)
                found = (branch._pattern or branch.pattern).match(lowered, pos, end)
                if found is not None:
                    return found
        return None


class Branch:
    """One top-level alternative of a cue's lowered regex: its literal beginnings
    (``prefixes``: ``cue_prefixes`` of it), the literals of the plain lookbehinds it opens
    with ("(?<=couldn't )"), which the text must end with where it starts, and its own regex,
    bounded as the cue's (``_bounded``; the bounds written ``_BRANCH_BEFORE`` and
    ``_BRANCH_AFTER``), compiled on first use."""

    __slots__ = ("prefixes", "behind", "source", "_pattern")

    def __init__(self, alternative: str, prefixes: tuple[str, ...]) -> None:
        self.prefixes = prefixes
        behind: list[str] = []
        rest = alternative
        while rest.startswith(_LOOKAROUNDS):
            end = _group_end(rest)
            literal = _PLAIN_LITERAL.fullmatch(rest, 4, end - 1)
            if rest.startswith("(?<=") and literal is not None:
                behind.append(literal.group())
            rest = rest[end:]
        self.behind = tuple(behind)
        self.source = _BRANCH_BEFORE + alternative + _BRANCH_AFTER
        self._pattern: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        """Return the alternative's regex (compiled the first time it is asked for, the
        bounds' parse shared with every other branch: ``regex_from_parse.compile_bounded``)."""
        if self._pattern is None:
            body = self.source[len(_BRANCH_BEFORE) : -len(_BRANCH_AFTER)]
            self._pattern = compile_bounded(_BRANCH_BEFORE, body, _BRANCH_AFTER)
        return self._pattern


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


# What a regex source may hold that means something else in lower case.
_CASED_SYNTAX = re.compile(r"\\[A-Z]|\(\?[a-zA-Z]*-")


def lowers_plainly(source: str) -> bool:
    """Whether the regex ``source`` lower-cased and matched case-sensitively in text
    lower-cased by ``plainly_lowered`` matches where ``source`` matches case-blind: it holds
    no upper-case escape (``\\S``) and no scoped flag (``(?-i:``) that lower-casing changes."""
    return _CASED_SYNTAX.search(source) is None


_LEADING_LETTERS = re.compile(r"[A-Za-z]+")
_LEADING_LITERAL = re.compile(r"[A-Za-z ]+")


def cue_prefixes(source: str) -> set[str]:
    """Return literal beginnings (lower-case letters and spaces, at most ``PREFIX_LEN``
    characters) one of which every match of a cue's regex ``source`` starts with, case
    aside: per alternative, its letters and spaces up to the first other construct (without
    a last character that a quantifier may drop), through the groups it is made of ("(?:see|
    saw) (?:it|him)" gives "see it", "see him", "saw it", "saw him"). Never raises for a
    source that ``cue_heads`` accepts."""
    return {prefix.lower()[:PREFIX_LEN] for prefix, _ in _beginnings(source)}


def alternative_prefixes(source: str) -> tuple[tuple[str, ...], ...]:
    """Return ``cue_prefixes`` of each top-level alternative of the regex ``source``, in
    order (their union is ``cue_prefixes(source)``)."""
    return tuple(
        tuple(sorted({prefix.lower()[:PREFIX_LEN] for prefix, _ in _sequence(alternative)}))
        for alternative in _top_level(source, "|")
    )


# Where the alternatives of a group multiply past this, its beginnings stop at the group.
_MAX_BEGINNINGS = 64
_LOOKAROUNDS = ("(?<=", "(?<!", "(?=", "(?!")


def _beginnings(source: str) -> set[tuple[str, bool]]:
    """Return ``(literal, whole)`` for each alternative of ``source``: a literal every match
    of it starts with, and whether that literal is the whole alternative."""
    found: set[tuple[str, bool]] = set()
    for alternative in _top_level(source, "|"):
        found |= _sequence(alternative)
    return found


def _sequence(rest: str) -> set[tuple[str, bool]]:
    """Like ``_beginnings`` for one alternative ``rest`` (no "|" outside its groups)."""
    while rest.startswith(_LOOKAROUNDS):  # zero-width: they consume nothing
        rest = rest[_group_end(rest) :]
    if not rest:
        return {("", True)}
    if rest.startswith("(?:"):
        end = _group_end(rest)
        after = rest[end : end + 1]
        if after == "?" and rest[end + 1 : end + 2] not in ("?", "+"):
            # taken or left out: the beginnings of both ways
            return _sequence(rest[end + 1 :]) | _joined(
                _beginnings(rest[3 : end - 1]), rest[end + 1 :]
            )
        if after in ("?", "*", "{"):
            return {("", False)}
        inner = _beginnings(rest[3 : end - 1])
        if after == "+":
            return {(prefix, False) for prefix, _ in inner}
        return _joined(inner, rest[end:])
    run = _LEADING_LITERAL.match(rest)
    if run is None:
        return {("", False)}
    literal, after = run.group(), rest[run.end() : run.end() + 1]
    if after == "?" and rest[run.end() + 1 : run.end() + 2] not in ("?", "+"):
        # the last character taken or left out
        tail = rest[run.end() + 1 :]
        return _joined({(literal[:-1], True), (literal, True)}, tail)
    if after in ("?", "*", "{"):
        return {(literal[:-1], False)}
    if after == "(":
        return _joined({(literal, True)}, rest[run.end() :])
    return {(literal, not after)}


def _joined(heads: set[tuple[str, bool]], rest: str) -> set[tuple[str, bool]]:
    """Return ``heads`` each followed by the beginnings of ``rest`` where it is whole; the
    beginnings of ``rest`` are cut shorter (or left out) where there would be more than
    ``_MAX_BEGINNINGS`` of them."""
    if all(not whole for _, whole in heads):
        return heads
    tails = _sequence(rest)
    for cut in (None, 8, 4, 2, 1, 0):
        if cut is not None:
            tails = {(tail[:cut], whole and len(tail) <= cut) for tail, whole in tails}
        if len(heads) * len(tails) <= _MAX_BEGINNINGS:
            break
    return {
        (prefix + tail, tail_whole) if whole else (prefix, False)
        for prefix, whole in heads
        for tail, tail_whole in tails
    }


# The characters of a regex source that give it its structure: an escape (skipped), a
# character class (skipped; one left open runs to the end), a parenthesis or a bar.
_STRUCTURE = re.compile(r"\\.|\[(?:\\.?|[^\\\]])*(?:\]|\Z)|[()|]", re.DOTALL)


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """Yield ``(index, character, depth)`` for each parenthesis and bar of the regex
    ``source`` that is outside character classes and not escaped; ``depth`` counts the groups
    open after it (a ")" gives the depth it closes down to)."""
    depth = 0
    for token in _STRUCTURE.finditer(source):
        ch = token.group()
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch != "|":
            continue
        yield token.start(), ch, depth


@functools.lru_cache(maxsize=4096)
def _top_level(source: str, separator: str) -> tuple[str, ...]:
    """Split ``source`` at ``separator`` outside parentheses and character classes (cached:
    ``cue_heads`` and ``cue_prefixes`` split the same groups again and again)."""
    cuts = [i for i, ch, depth in _structure(source) if ch == separator and depth == 0]
    bounds = [-1, *cuts, len(source)]
    return tuple(source[a + 1 : b] for a, b in itertools.pairwise(bounds))


def _group_end(source: str) -> int:
    """Return the index just past the group that opens ``source``."""
    for i, ch, depth in _structure(source):
        if ch == ")" and depth == 0:
            return i + 1
    raise ValueError(f"unbalanced group in {source!r}")


class CueIndex(NamedTuple):
    """The compiled lexicons: the prefilter for lower-cased text (``lower``), the prefilter
    of head words alone for lower-cased text (``lower_heads``, see ``compile_cues``), and per
    head the cues to try there (``keyed``); ``caseless`` is ``lower`` for any text,
    case-insensitive. The three prefilters are compiled on first use, once per process
    (from ``lower_source`` and ``heads_source``): most texts need none of them, as
    ``theme_cue_tally.joint_scan`` searches them with ``joint_prefilter`` instead, and compiling
    ``lower`` and ``lower_heads`` took about a tenth of the pipeline's start-up."""

    lower_source: str
    heads_source: str
    keyed: dict[str, list[Cue]]
    # what ``lower`` is made of: the cues' literal beginnings and the head words' trie
    prefixes: frozenset[str] = frozenset()
    head_words: str = ""
    # the head words themselves (``head_words`` is their ``trie_regex``)
    heads: frozenset[str] = frozenset()

    @property
    def lower(self) -> re.Pattern[str]:
        """Return the prefilter for lower-cased text (compiled once per process)."""
        return _compiled(self.lower_source, 0)

    @property
    def lower_heads(self) -> re.Pattern[str]:
        """Return the prefilter of head words alone for lower-cased text (compiled once)."""
        return _compiled(self.heads_source, 0)

    @property
    def caseless(self) -> re.Pattern[str]:
        """Return ``lower`` compiled case-insensitive (once per process)."""
        return _compiled(self.lower_source, re.IGNORECASE)


@functools.cache
def _compiled(source: str, flags: int) -> re.Pattern[str]:
    return re.compile(source, flags)


# Characters that a case-insensitive ASCII letter matches but that do not lower-case to it
# (dotted and dotless i, long s): in lower-cased text holding them the literal beginnings of
# the cues may not show.
SPECIAL_FOLDS = "\u0130\u0131\u017f"


def plainly_lowered(text: str) -> str | None:
    """Return ``text`` lower-cased when a lower-case prefilter finds in it every literal
    beginning a case-blind one would, at the same offsets: lower-casing kept the offsets
    and the text holds none of ``SPECIAL_FOLDS``; ``None`` otherwise."""
    lowered = lowered_text(text)
    if len(lowered) != len(text) or any(c in text for c in SPECIAL_FOLDS):
        return None
    return lowered


def compile_cues() -> CueIndex:
    """Return the prefilters and, per head, the cues to try there (every cue whose head is a
    prefix of it). A prefilter matches the head words where the text goes on with one of the
    cues' literal beginnings (``cue_prefixes``): where none does, no cue filed under the head
    can match. In lower-cased text that holds one of ``SPECIAL_FOLDS`` that does not hold:
    search it with ``lower_heads``, which matches every head word."""
    by_head: dict[str, list[Cue]] = {}
    prefixes: set[str] = set()
    # (tag, anchor, denying) and the cues filed under it, lexicon by lexicon
    lexicons: list[Iterable[tuple[tuple[str, str, bool], tuple[tuple[str, float], ...]]]] = [
        (((tag, "", False), cues) for tag, cues in lex.CUES.items()),
        (((tag, "", False), cues) for tag, cues in told.TOLD.items()),
        (((tag, "", False), cues) for tag, cues in implied.IMPLIED.items()),
        (((tag, "", False), cues) for tag, cues in shown.SHOWN.items()),
        (((tag, anchor, False), cues) for (tag, anchor), cues in shown.ANCHORED.items()),
        (((tag, "", False), cues) for tag, cues in families.FAMILIES.items()),
        (((tag, anchor, False), cues) for (tag, anchor), cues in families.ANCHORED.items()),
        (((tag, anchor, False), cues) for (tag, anchor), cues in cond.ANCHORED.items()),
        (((tag, anchor, False), cues) for (tag, anchor), cues in grips.ANCHORED.items()),
        (((tag, anchor, False), cues) for (tag, anchor), cues in fights.ANCHORED.items()),
        (((tag, anchor, True), cues) for (tag, anchor), cues in cond.DENYING.items()),
    ]
    for (tag, anchor, denying), cues in itertools.chain.from_iterable(lexicons):
        for source, weight in cues:
            per_alternative = alternative_prefixes(source)
            cue = Cue(tag, anchor, denying, _bounded(source), weight, per_alternative)
            for head in cue_heads(source):
                by_head.setdefault(head, []).append(cue)
            prefixes.update(*per_alternative)
    order = {head: i for i, head in enumerate(by_head)}
    keyed = {  # the cues of every head that is a prefix of ``head`` (heads have 3 letters or more)
        head: [
            cue
            for other in sorted(
                (head[:k] for k in range(3, len(head) + 1) if head[:k] in order),
                key=order.__getitem__,
            )
            for cue in by_head[other]
        ]
        for head in by_head
    }
    head_words = shared_trie_regex(by_head)
    heads = r"\b" + head_words  # "\b" scans faster than a lookbehind
    # (the lookahead drops the head words that no cue goes on from, such as "did" or "come"
    # outside "did it again" or "come inside")
    beginnings = frozenset(prefixes)
    trie = r"\b(?=" + _trie(beginnings) + ")" + head_words
    return CueIndex(trie, heads, keyed, beginnings, head_words, frozenset(by_head))


@functools.lru_cache(maxsize=8)
def _trie(words: frozenset[str]) -> str:
    """Return ``trie_regex(words)`` (cached: ``compile_cues`` and ``joint_prefilter`` both
    need the trie of the cues' literal beginnings, some 9,000 of them; its parse is kept
    for ``joint_prefilter``'s ``compile_tries``)."""
    return shared_trie_regex(words)


def joint_prefilter(index: CueIndex, others: frozenset[str]) -> re.Pattern[str] | None:
    """Return one prefilter for lower-cased text that does the work of ``index.lower`` and of
    a second one, ``\\b(?=…)`` of the literal beginnings ``others`` (``theme_agreeing``'s),
    in one scan: it matches at each word start where a beginning of either set follows; its
    group "head" is the head word ``index.lower`` matches there (``None`` where that one
    does not match), and its group "other" is set where one of ``others`` begins (a word
    start where neither is set is not matched). The matches of ``index.lower`` never hold a
    word start after their first character (a head word is letters), so consuming one hides
    no start from either. ``None`` when a beginning does not open with a letter (no such
    scan is then sure to find the same positions)."""
    return _joint(index.prefixes, index.head_words, others, index.heads)


# The joint prefilter: ``{0}`` the trie of both sets' beginnings cut to ``JOINT_CUT``
# characters (a word start where none follows is left at once), ``{1}`` of ``others``,
# ``{2}`` of the cues' beginnings, ``{3}`` of the head words; the conditional ends the match
# empty where only an other beginning follows and fails where neither does (round speed37:
# the filter was the trie of both sets' beginnings whole, 12,000 of them, the largest trie a
# process compiles; cut, it is 5,300, a third of the prefilter's compile goes, and it
# leaves the scan as many word starts to read on from: callgrind counts the same scan).
_JOINT = r"\b(?={0})(?=(?P<other>{1})|)(?:(?={2})(?P<head>{3})|(?(other)|(?!)))"
JOINT_CUT = 8


@functools.lru_cache(maxsize=8)
def _joint(
    prefixes: frozenset[str],
    head_words: str,
    others: frozenset[str],
    heads: frozenset[str] = frozenset(),
) -> re.Pattern[str] | None:
    if not head_words or not all(p[:1].isalpha() for p in prefixes | others):
        return None
    starts = {p[:JOINT_CUT] for p in prefixes | others}
    if not heads:  # (the head words' trie alone, not its words: compiled from its source)
        sources = [trie_regex(starts), trie_regex(others), _trie(prefixes), head_words]
        return re.compile(_JOINT.format(*sources))
    # (the tries' parses built from their words: a fifth of a fresh process's start-up was
    # parsing these 200,000 characters; ``head_words`` is ``trie_regex(heads)``, and the
    # sources of the first two are written on the walks that build their parses)
    given = [None, None, _trie(prefixes), head_words]
    # (shared: the last two tries' parses were built with their sources, in ``compile_cues``)
    return compile_tries(_JOINT, [starts, others, prefixes, heads], given, shared=True)


# What ``_bounded`` puts around a cue's source: no word goes on before or after it.
_BOUND_BEFORE = r"(?<![\w'’-])(?:"
_BOUND_AFTER = r")(?![\w'’]|-\w)"
# ``_BOUND_BEFORE`` and ``_BOUND_AFTER`` as a branch's regex writes them, matching where they
# match: "’" stands outside the classes, as compiling a class that holds a character past
# Latin-1 with "\w" costs about 2 ms (``re`` maps all 65,536 code points), four times a
# short alternative's compile.
_BRANCH_BEFORE = r"(?<![\w'-])(?<!’)(?:"
_BRANCH_AFTER = r")(?![\w']|’|-\w)"
# A lookbehind's body that is a plain literal (lower case): letters, apostrophes, spaces.
_PLAIN_LITERAL = re.compile(r"[a-z'’ ]+")


def _bounded(source: str) -> str:
    return _BOUND_BEFORE + source + _BOUND_AFTER
