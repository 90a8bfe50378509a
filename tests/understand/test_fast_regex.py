from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any

import pytest

from ficshelf.understand import fast_regex, note_chat, regex_from_parse, regex_tries
from ficshelf.understand.fast_regex import compile_fast, compile_skipping, first_chars

SAMPLE = (
    "Thanks for reading! A/N: I don't own Harry Potter. Kudos and comments are love.\n"
    "'Tis the season, said the Ferryman. THANK YOU so much to everyone — lol, xD.\n"
    "He said: “Let me know what you think.” She didn't write this; I wrote it.\n"
    "ſo the ſtory goes (long s), and the KELVIN sign: \u212a. ©2024 no infringement.\n"
    "To be continued... TBC. Part two coming soon! OCs, fluff, angst, AU, OOC.\n"
)


@pytest.fixture
def parser_reads(monkeypatch: pytest.MonkeyPatch) -> Callable[[], list[str]]:
    """Return a function that, once called, records each source the regex parser reads
    (``re.compile``'s too) into the list it returns."""

    def start() -> list[str]:
        real = fast_regex._sre.parse
        read: list[str] = []

        def parse(source: str, flags: int = 0) -> Any:
            read.append(source)
            return real(source, flags)

        monkeypatch.setattr(fast_regex._sre, "parse", parse)
        return read

    return start


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\bkudos\b", 0, "k"),
        (r"\b(?:fic|fics|drabble)\b", 0, "df"),
        (r"(?<![\w'])[A-Z][a-z]+", 0, "A-Z"),
        (r"\b(?:I|me)\b|(?-i:\bTBC\b)", re.IGNORECASE, "ITm"),
        (r"(?:a|b)?c", 0, "abc"),
        (r"x*y+", 0, "xy"),
    ],
)
def test_first_characters_of_plain_patterns(pattern: str, flags: int, expected: str) -> None:
    assert first_chars(pattern, flags) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+ing",  # a category
        r"[^a-z]x",  # a negated class
        r".x",  # any character
        r"x?",  # the empty string
        r"(?i)kudos",  # global flags stay first
        r"(?i:k)udos",  # a case-blind group in a case-sensitive pattern
        r"(?:a|\d)x",  # one alternative opens with a category
    ],
)
def test_patterns_whose_first_characters_cannot_be_told(pattern: str) -> None:
    assert first_chars(pattern) is None
    assert compile_fast(pattern).pattern == pattern
    re.purge()  # (compiled from the parse ``first_chars`` made: the same code and flags)
    assert compile_fast(pattern) == re.compile(pattern)


def test_a_pattern_without_first_characters_is_parsed_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parse = fast_regex._sre.parse
    calls: list[str] = []

    def counted(source: str, flags: int = 0) -> Any:
        calls.append(source)
        return parse(source, flags)

    monkeypatch.setattr(fast_regex._sre, "parse", counted)
    pattern = r"(?:\w+ )?(?P<what>hit|struck) (?:him|her) with"
    for flags in (0, re.IGNORECASE):
        re.purge()
        calls.clear()
        fast = compile_fast(pattern, flags)
        assert fast == re.compile(pattern, flags)  # the same source, flags and code
        assert fast.groupindex == re.compile(pattern, flags).groupindex
        assert calls.count(pattern) == 2  # compile_fast's one, then re.compile's own


def test_a_bad_pattern_still_raises() -> None:
    with pytest.raises(re.error):
        compile_fast(r"(?:\w+ unclosed")


def test_top_level_alternatives_all_stay_behind_the_lookahead() -> None:
    fast = compile_fast(r"\bcat\b|\bdog\b")
    assert fast.pattern.startswith("(?=[")
    assert [m.group() for m in fast.finditer("a dog and a cat")] == ["dog", "cat"]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.IGNORECASE | re.MULTILINE])
def test_case_folding_matches_like_the_plain_pattern(flags: int) -> None:
    for pattern in (r"\bstory\b", r"\bkelvin\b", r"(?-i:\bTBC\b)|\bthank\s+you\b", r"^\W*[a-z]"):
        plain, fast = re.compile(pattern, flags), compile_fast(pattern, flags)
        assert [m.span() for m in fast.finditer(SAMPLE)] == [
            m.span() for m in plain.finditer(SAMPLE)
        ]


def test_note_cue_patterns_match_exactly_as_before() -> None:
    cues = (
        note_chat._DECISIVE_CUES
        + note_chat._META_CUES
        + note_chat._STRONG_CUES
        + note_chat._WEAK_CUES
    )
    text = SAMPLE * 3 + SAMPLE.lower() + SAMPLE.upper()
    for pattern in cues:
        plain, fast = re.compile(pattern, re.IGNORECASE), compile_fast(pattern, re.IGNORECASE)
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ], pattern


def test_a_bad_pattern_raises_as_re_compile_does() -> None:
    with pytest.raises(re.error):
        compile_fast(r"\b(?:fic|kudos")


# The interpreter whose regex internals ``compile_skipping`` was written and checked against:
# there the hint must be given; on any other the plain compile is a correct fallback, and the
# matches are still checked against ``re.compile`` below.
HINT_LAYOUT_KNOWN = sys.version_info[:2] == (3, 11)

# Made-up lines with names, pronouns and marks at the edges of the ranges searched.
PROSE = (
    'Ann said it was late. "Come in," said Tom, and the dog barked at Mr. Reed\'s gate.\n'
    "I told her so; she laughed. My name is Oda, I said. Who killed Wat? The Fen took Ivo.\n"
    "x" * 40 + "Zed" + "y" * 40 + " é É Ǆ ſ \u212a Kay's boat, o'Brien and O'Neil.\n"
)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?=[A-Z])\w+", 0),
        (r"(?=[A-Zth])(?<![\w'’-])(?P<owner>[A-Z][a-z]++|the|his)['’]?s?", 0),
        (r"(?=[I])(?:\bI[ \t]+\w+)", 0),
        (r"(?=x)x(?=Z)", 0),
        (r"(?=[\"“])[\"“][^\"”]*", re.MULTILINE),
        (r"(?=[kK])\bk\w*", 0),
        # case-blind: the hint holds both cases and the letters outside ASCII that fold to
        # them (PROSE has "ſ" and the Kelvin sign; the cases below add dotted and dotless i)
        (r"(?=[a-z])\w+", re.IGNORECASE),
        (r"(?=[k])\bk\w*", re.IGNORECASE),
        (r"(?=[S])(?:so|she)\b", re.IGNORECASE),
        (r"(?=[i])\bi[a-z]*", re.IGNORECASE),
        (r"(?i)(?=[T-Z])\b[t-z]\w*", 0),
        (r"(?=[\"o])(?:o|\"\w)", re.IGNORECASE),
    ],
)
def test_a_skipping_pattern_matches_like_the_plain_one(pattern: str, flags: int) -> None:
    plain, skipping = re.compile(pattern, flags), compile_skipping(pattern, flags)
    if HINT_LAYOUT_KNOWN:
        assert fast_regex._with_skip(pattern, flags) is not None  # the hint is given
    assert (skipping.pattern, skipping.flags, skipping.groups, skipping.groupindex) == (
        plain.pattern,
        plain.flags,
        plain.groups,
        plain.groupindex,
    )
    text = PROSE * 2 + "İsis, ıris and Iris, KIT and kit, ſo ſhe \u212aits.\n"
    for lo in range(0, len(text), 7):
        for hi in (lo, lo + 1, lo + 13, lo + 90, len(text)):
            assert [(m.span(), m.groups()) for m in skipping.finditer(text, lo, hi)] == [
                (m.span(), m.groups()) for m in plain.finditer(text, lo, hi)
            ]
            found, expected = skipping.search(text, lo, hi), plain.search(text, lo, hi)
            assert (found and found.span()) == (expected and expected.span())
            match, expected = skipping.match(text, lo, hi), plain.match(text, lo, hi)
            assert (match and match.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\bkudos\b", 0),  # no lookahead in front
        (r"(?=[é])\w+", re.IGNORECASE),  # case-blind outside ASCII: the plain compile
        (r"(?i)(?=[a-zé])\w+", 0),
        (r"(?=\w)\w+", 0),  # a category, not a plain class
        (r"(?=[a-z]+x)\w+", 0),  # more than one class in the lookahead
        (r"(?=[a-z])(?:x|)", 0),  # it can match the empty string
    ],
)
def test_other_patterns_compile_as_re_compile_does(pattern: str, flags: int) -> None:
    assert fast_regex._with_skip(pattern, flags) is None
    plain, skipping = re.compile(pattern, flags), compile_skipping(pattern, flags)
    assert [m.span() for m in skipping.finditer(PROSE)] == [m.span() for m in plain.finditer(PROSE)]


@pytest.mark.skipif(not HINT_LAYOUT_KNOWN, reason="the engine's layout is checked on 3.11 only")
def test_the_code_generator_is_given_plain_int_flags(monkeypatch: pytest.MonkeyPatch) -> None:
    # (as re.compile gives them: a RegexFlag is tested by a Python call per item)
    assert fast_regex._compiler is not None
    real = fast_regex._compiler._compile
    seen: list[type] = []

    def spy(code: list[int], pattern: Any, flags: int) -> None:
        seen.append(type(flags))
        real(code, pattern, flags)

    monkeypatch.setattr(fast_regex._compiler, "_compile", spy)
    compiled = compile_fast(r"\b(?:gale|gust|squall)s?\b", re.IGNORECASE)
    assert compiled.match("Gales") is not None
    assert seen and set(seen) == {int}


def test_compile_fast_patterns_skip() -> None:
    assert fast_regex._with_skip(compile_fast(r"\b(?:fic|kudos)\b").pattern, 0) is not None


def test_the_folds_into_ascii_are_all_there_are() -> None:
    # every character outside ASCII that a case-blind ASCII class matches, or whose own
    # case-blind class matches an ASCII character, is listed
    ascii_class = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    found = {chr(code) for code in range(128, sys.maxunicode + 1) if ascii_class.match(chr(code))}
    assert found == set(fast_regex.FOLDS_INTO_ASCII)
    for char in fast_regex.FOLDS_INTO_ASCII:
        assert any(re.match(re.escape(char), chr(code), re.IGNORECASE) for code in range(128))


def test_case_blind_compile_fast_patterns_skip() -> None:
    if HINT_LAYOUT_KNOWN:
        pattern = compile_fast(r"\b(?:fic|kudos)\b", re.IGNORECASE).pattern
        assert fast_regex._with_skip(pattern, re.IGNORECASE) is not None


def _dict_trie_regex(words: list[str]) -> str:
    """The trie regex built node by node, as ``trie_regex`` was before it read the trie off
    the sorted words: the reference it must still agree with character for character."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(trie)


@pytest.mark.parametrize(
    "words",
    [
        [],
        [""],
        ["lantern"],
        ["lantern", "lantern"],  # a word twice
        ["lamp", "lamps", "lampshade", "lantern", "lane"],  # a word that begins others
        ["", "oar", "oars"],  # the empty word makes the whole trie optional
        ["well-met", "well", "we'll", "we’ll", "a.m.", "c++", "(x)"],  # characters re escapes
        ["Über", "über", "ıı", "İstanbul", "zebra", "Zebra"],  # case and non-ASCII order
        ["b", "a", "c", "ab", "abc", "abd", "bcd", "bce"],  # unsorted input
        ["x\U0010ffff", "x\U0010fffe", "x"],  # the last code point
    ],
)
def test_trie_regex_writes_the_dict_tries_pattern(words: list[str]) -> None:
    source = regex_tries.trie_regex(iter(words))  # any iterable, read once
    assert source == _dict_trie_regex(words)
    pattern = re.compile(rf"(?:{source})\Z")
    assert all(pattern.match(w) for w in words)


@pytest.mark.skipif(not HINT_LAYOUT_KNOWN, reason="the engine's layout is checked on 3.11 only")
@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\bkettle\b", 0),
        (r"\b(?:kettle|kettles|teapot)\b", 0),  # a top-level group the parser unpacks
        (r"kettle|teapot|cup", 0),  # a top-level alternation
        (
            r"(?P<who>Mr|Mrs)\.?\s+(?P<name>[A-Z]\w+)(?:\s+(?P=name))?",
            0,
        ),  # named groups, a backreference
        (r"(?<![\w'])(?:the|a)\s+(?i:old)\s+(\w+)", 0),  # a lookbehind, scoped flags
        (r"\b(?:pour|brew)(?:ed|ing)?\b", re.IGNORECASE),
        (r"(?>steep|stir)s?", 0),  # an atomic group
    ],
)
def test_compile_fast_reuses_the_parse_of_its_pattern(pattern: str, flags: int) -> None:
    # the lookahead put before the parse ``first_chars`` made compiles to the same engine
    # code, groups and flags as the parse of the whole wrapped pattern
    found = fast_regex._first_chars_parsed(pattern, flags)
    assert found is not None
    head, parsed = found
    wrapped = f"(?=[{head}])(?:{pattern})"
    whole = fast_regex._skip_code(wrapped, flags)
    shared = fast_regex._skip_code(wrapped, flags, fast_regex._wrapped_parse(head, parsed, flags))
    assert whole is not None and shared is not None
    assert shared[:2] == whole[:2]
    assert shared[2].state.groupdict == whole[2].state.groupdict
    assert shared[2].state.groups == whole[2].state.groups
    compiled = compile_fast(pattern, flags)
    assert compiled.pattern == wrapped
    assert compiled.groupindex == re.compile(pattern, flags).groupindex


# Invented patterns opening with a class of one letter's two cases, bare or in groups.
_BY_CASE = [
    (r"[Tt](?<![\w'-][Tt])he[ \t]+(?P<noun>cooks?|bakers?|tailors?)\b", "[Tt]"),
    (r"(?P<det>[Aa](?<![\w'-][Aa])(?:n|nother)?)[ \t]+(?P<noun>[a-z]+)\b", "[Aa]"),
    (r"(?:(?P<w>[Ss])(?:ir|ire))\b(?P<rest> [A-Z][a-z]+)?", "[Ss]"),
]


@pytest.mark.parametrize(("pattern", "opening"), _BY_CASE)
def test_patterns_by_case_are_those_re_compile_makes(pattern: str, opening: str) -> None:
    # (patterns compare equal when their source, flags and code are the same)
    cases = regex_from_parse.compile_cases(pattern, opening)
    at = pattern.index(opening)
    sources = [pattern[:at] + letter + pattern[at + len(opening) :] for letter in opening[1:-1]]
    assert list(cases) == [re.compile(source) for source in sources]
    text = "The cook and a baker. An tailor, Another Sir Tom, sire; the bakers and A cook."
    for case, source in zip(cases, sources, strict=True):
        expected = [(m.span(), m.groups()) for m in re.finditer(source, text)]
        assert [(m.span(), m.groups()) for m in case.finditer(text)] == expected


def test_a_class_that_does_not_open_the_pattern_compiles_from_the_source() -> None:
    # "[Tt]" is not the first item: the plain compiles decide, and they are the same
    pattern = r"x[Tt]he\b"
    cases = regex_from_parse.compile_cases(pattern, "[Tt]")
    assert list(cases) == [re.compile(r"xThe\b"), re.compile(r"xthe\b")]


# Invented word lists: runs of single letters (a character set), words that are prefixes of
# others (optional groups), one word, spaces, apostrophes, hyphens and letters outside ASCII.
_TRIE_WORDS = [
    ["sat", "set", "sit", "sot"],
    ["a", "b", "c"],
    ["run", "runs", "runner", "running", "rung", "ran"],
    ["hear voices", "heard voices", "hears", "he'd", "he’d", "hey-ho"],
    ["lantern"],
    ["a", "ab", "abc", "abd", "b"],
    ["café", "cafés", "naïve", "ſo", "über"],
]


@pytest.mark.parametrize("words", _TRIE_WORDS)
@pytest.mark.parametrize(
    "template",
    [
        "{0}",
        r"\b(?={0})",
        r"\b(?:(?P<w>{0}))?\b",
        r"(?<=x)(?!{0})|(?:(?={0})(?P<v>{0}))+?",
    ],
)
def test_tries_built_from_their_words_compile_as_their_source(
    words: list[str], template: str
) -> None:
    lists = [words] * template.count("{0}")
    expected = re.compile(template.format(*[regex_tries.trie_regex(words)] * len(lists)))
    template = template.replace("{0}", "{}").format(*(f"{{{i}}}" for i in range(len(lists))))
    compiled = regex_tries.compile_tries(template, lists)
    assert compiled == expected  # the same source, flags and code
    assert compiled.groupindex == expected.groupindex


def test_tries_given_some_sources_compile_as_their_source() -> None:
    # a source given is used as is; one left out is written on the walk that builds the parse
    first, second = ["kettle", "kettles", "kiln"], ["ember", "embers", "ash"]
    expected = re.compile(
        rf"\b(?={regex_tries.trie_regex(first)})(?P<w>{regex_tries.trie_regex(second)})"
    )
    for sources in ([None, regex_tries.trie_regex(second)], [regex_tries.trie_regex(first), None]):
        compiled = regex_tries.compile_tries(r"\b(?={0})(?P<w>{1})", [first, second], sources)
        assert compiled == expected


def test_tries_are_built_not_parsed(parser_reads: Callable[[], list[str]]) -> None:
    # each trie is put into the template's parse: the parser never reads it
    read = parser_reads()
    words = ["lantern", "lanterns", "ladder", "lane"]
    compiled = regex_tries.compile_tries(r"\b(?P<w>{0})\b", [words])
    assert len(read) == 1 and "lantern" not in read[0]
    assert compiled == re.compile(r"\b(?P<w>" + regex_tries.trie_regex(words) + r")\b")


def test_a_trie_not_alone_in_a_group_compiles_from_the_source() -> None:
    words = ["lantern", "lanterns", "ladder"]
    compiled = regex_tries.compile_tries(r"\bx{0}", [words])
    assert compiled == re.compile(r"\bx" + regex_tries.trie_regex(words))


# Case-blind sets that fold in characters past Latin-1 ("s" and "ſ", "k" and the Kelvin
# sign) and word bounds with "’" beside "\w": each makes ``re`` build a 65,536-entry map.
SHARED_SETS = [
    (r"\b(?:lamp(?:[ks]|ed)|wick[ds]?)\b", re.IGNORECASE),
    (r"(?<![\w'’-])(?:tin|tins|tinder)(?![\w'’-])", 0),
    (r"\b(?:kettle[ds]|keel[ks])\b", re.IGNORECASE),
    (r"[\w'’-]+ (?:rope|ropes)(?![\w'’-])", 0),
    (r"(?i:[a-z]+)[.!?…]", 0),
]


def test_shared_charsets_compile_as_re_compile_does() -> None:
    re.purge()
    expected = [re.compile(source, flags) for source, flags in SHARED_SETS]
    re.purge()  # (else re.compile answers from its own cache)
    with regex_from_parse.shared_charsets():
        compiled = [re.compile(source, flags) for source, flags in SHARED_SETS]
        again = [re.compile(source + "x", flags) for source, flags in SHARED_SETS]
    re.purge()
    assert compiled == expected  # the same source, flags and code
    assert again == [re.compile(source + "x", flags) for source, flags in SHARED_SETS]


def test_shared_charsets_make_each_set_once(monkeypatch: pytest.MonkeyPatch) -> None:
    real = regex_from_parse._compiler._optimize_charset
    made: list[Any] = []

    def optimise(*args: Any) -> Any:
        made.append(args[0])
        return real(*args)

    monkeypatch.setattr(regex_from_parse._compiler, "_optimize_charset", optimise)
    monkeypatch.setattr(regex_from_parse, "_SHARED", {})  # (as a fresh process starts)
    re.purge()
    with regex_from_parse.shared_charsets():
        re.compile(r"(?<![\w'’-])lamp(?![\w'’-])")
        re.compile(r"(?<![\w'’-])wick(?![\w'’-])")
    # the first pattern makes its class once; the second finds it made
    assert len(made) == 1
    assert regex_from_parse._compiler._optimize_charset is optimise  # put back on leaving
    re.purge()
    re.compile(r"(?<![\w'’-])wick(?![\w'’-])")
    assert len(made) == 3  # outside the context, each class is made again
    re.purge()
    with regex_from_parse.shared_charsets():
        re.compile(r"(?<![\w'’-])oil(?![\w'’-])")
    assert len(made) == 3  # a later context finds the sets an earlier one made


def test_shared_charsets_nest(monkeypatch: pytest.MonkeyPatch) -> None:
    own = regex_from_parse._compiler._optimize_charset
    with regex_from_parse.shared_charsets():
        shared = regex_from_parse._compiler._optimize_charset
        assert shared is not own
        with regex_from_parse.shared_charsets():
            assert regex_from_parse._compiler._optimize_charset is shared
        # (an inner context closing leaves the outer one's step in place)
        assert regex_from_parse._compiler._optimize_charset is shared
    assert regex_from_parse._compiler._optimize_charset is own


@pytest.mark.parametrize(
    ("outer", "flags"),
    [
        (r"\b(?:{t})\b", re.IGNORECASE),
        (r"\b(?:he|she)\s+(?:[a-z]+ly\s+)?(?:\b(?:{t})\b)|(?:\b(?:{t})\b)\s+(?:he|she)\b", re.I),
        (r"(?:x|(?:{t}))\w{{2,3}}(?-i:[A-Z])", re.IGNORECASE),
        (r"[\w'’-]+\s+(?:{t})(?=[\s,.;:!?…])[^.,\n]{{0,60}}?", 0),
    ],
)
def test_embedded_tries_compile_as_their_source(outer: str, flags: int) -> None:
    words = ["lantern", "lanterns", "ladder", "lane", "kettle", "kettles", "sang", "sings"]
    trie = regex_tries.trie_regex(words)
    source = outer.format(t=trie)
    re.purge()
    built = regex_tries.compile_embedding(source, [(trie, words)], flags)
    assert built == re.compile(source, flags)


def test_embedded_tries_are_built_not_parsed(parser_reads: Callable[[], list[str]]) -> None:
    words = ["murmured", "muttered", "mumbled", "whispered", "whistled"]
    trie = regex_tries.trie_regex(words)
    read = parser_reads()
    source = r"\b(?:he|she)\s+(?:" + trie + r")|(?:" + trie + r")\s+(?:he|she)\b"
    compiled = regex_tries.compile_embedding(source, [(trie, words)], re.IGNORECASE)
    assert len(read) == 1 and "murmur" not in read[0]
    assert compiled.flags == re.compile(source, re.IGNORECASE).flags


def test_a_trie_outside_a_group_of_its_own_compiles_from_the_source() -> None:
    # "x{0}*" is not "x(?:{0})*": the star repeats the trie's last letter only
    compiled = regex_tries.compile_tries("x{0}*", [["ab"]])
    assert compiled == re.compile("xab*")
    found = compiled.match("xabbbab")
    assert found is not None and found.group() == "xabbb"


def test_several_tries_embedded_compile_as_their_source(
    parser_reads: Callable[[], list[str]],
) -> None:
    verbs = ["murmured", "muttered", "whispered"]
    nouns = ["lamplighter", "lamplighters", "tinker", "tinkers"]
    small = ["of", "off"]  # one chain, no group of its own: "of(?:f)?"
    source = (
        rf"(?<![\w'’-])(?P<verb>{regex_tries.trie_regex(verbs)})[ \t]++the[ \t]++"
        rf"(?!(?:{regex_tries.trie_regex(small)})\b)(?:{regex_tries.trie_regex(nouns)})?\b"
    )
    tries = [(regex_tries.trie_regex(w), sorted(w)) for w in (verbs, nouns, small)]
    re.purge()
    expected = re.compile(source)
    read = parser_reads()
    assert regex_tries.compile_embedding(source, tries) == expected
    assert len(read) == 1 and "whisper" not in read[0] and "tinker" not in read[0]


def test_stage_patterns_that_embed_tries_compile_as_their_source() -> None:
    # (built by compile_embedding: their tries put into the parse, not parsed again)
    from ficshelf.understand import descriptor_patterns, voice_owners

    for pattern in (
        descriptor_patterns.VOICE_AGAIN,
        descriptor_patterns.TAG_SUBJECT_AFTER,
        voice_owners._owner_pattern(),
    ):
        re.purge()
        assert pattern == re.compile(pattern.pattern, pattern.flags)


def test_phrase_patterns_built_from_their_tries_are_those_of_their_sources() -> None:
    # (their tries' parses built from the words, ``regex_tries.parse_embedding``, then
    # compiled with the skip hint or by case: the same patterns as from the parsed sources)
    from ficshelf.understand import descriptor_patterns as dp

    re.purge()
    assert dp.PHRASE == compile_skipping(dp.PHRASE.pattern)
    for whole, cases, opening in (
        (dp.group_pattern(), dp.GROUP_CASES, "[Tt]"),
        (dp.indefinite_pattern(), dp.INDEFINITE_CASES, "[Aa]"),
    ):
        assert whole == re.compile(whole.pattern)
        assert cases == regex_from_parse.compile_cases(whole.pattern, opening)


def test_an_embedding_parse_is_the_parsers(parser_reads: Callable[[], list[str]]) -> None:
    nouns = ["lamplighter", "lamplighters", "tinker", "tinkers"]
    trie = regex_tries.trie_regex(nouns)
    source = rf"(?=[Tt])(?<![\w'’-])[Tt]he[ \t]++(?:{trie})\b"
    read = parser_reads()
    parsed = regex_tries.parse_embedding(source, [(trie, nouns)])
    assert parsed is not None and "tinker" not in "".join(read)
    assert compile_skipping(source, 0, parsed) == compile_skipping(source)
    # a trie the source holds in no group of its own: no parse, the caller parses the source
    inner = regex_tries.trie_regex(["tin"])
    assert regex_tries.parse_embedding(source, [(inner, ["tin"])]) is None


_WORD_BEFORE = r"(?<![\w'-])(?<!’)(?:"
_WORD_AFTER = r")(?![\w']|’|-\w)"


@pytest.mark.parametrize(
    "body",
    [
        "lantern",
        "broke (?:his|her) (?:oar|rudder)s?",
        "(?<=couldn't )(?:row|sail) home",
        r"salt.?cellar|pepper (?:mill|pot)",
        r"kept \w+ (?:lamps?|candles?) (?:lit|burning)(?! out)",
        "[a-z]{3,5} tide",
    ],
)
def test_bounded_patterns_compile_as_their_source(body: str) -> None:
    # the bounds are parsed once and the body's items put inside them: the same pattern
    # (source, flags and code compare equal) as the whole source compiled
    source = _WORD_BEFORE + body + _WORD_AFTER
    compiled = regex_from_parse.compile_bounded(_WORD_BEFORE, body, _WORD_AFTER)
    assert compiled == re.compile(source)
    text = "she broke her oars; the salt-cellar; he kept two lamps lit; a spring tide"
    assert [m.span() for m in compiled.finditer(text)] == [
        m.span() for m in re.finditer(source, text)
    ]


def test_the_bounds_are_parsed_once(parser_reads: Callable[[], list[str]]) -> None:
    regex_from_parse.compile_bounded(
        _WORD_BEFORE, "anchor", _WORD_AFTER
    )  # (the bounds' first parse)
    read = parser_reads()
    regex_from_parse.compile_bounded(_WORD_BEFORE, "mooring line", _WORD_AFTER)
    assert read == ["(?:mooring line)"]


@pytest.mark.parametrize("body", ["(lantern)", "(?P<boat>skiff|dinghy) oar"])
def test_a_body_with_groups_of_its_own_compiles_from_the_source(body: str) -> None:
    source = _WORD_BEFORE + body + _WORD_AFTER
    compiled = regex_from_parse.compile_bounded(_WORD_BEFORE, body, _WORD_AFTER)
    assert compiled.pattern == source
    assert compiled.groupindex == re.compile(source).groupindex
    assert compiled.groups == re.compile(source).groups


def test_a_bad_body_raises_as_re_compile_does() -> None:
    with pytest.raises(re.error):
        regex_from_parse.compile_bounded(_WORD_BEFORE, "(?:oar", _WORD_AFTER)


def test_white_space_is_every_character_backslash_s_matches() -> None:
    # a skipping lookahead built on it must hold every character a "\s" can start a match at
    klass = re.compile(f"[{fast_regex.WHITE_SPACE}]")
    space = re.compile(r"\s")
    every = [chr(code) for code in range(sys.maxunicode + 1)]
    assert {c for c in every if klass.match(c)} == {c for c in every if space.match(c)}
