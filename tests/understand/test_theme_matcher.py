"""How the themes stage finds its cues fast: the literal beginnings of the cues, the
prefilter built from them, and the paragraph filter of the major-death forms. Each fast
path must find exactly what the plain search finds."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from theme_recall_texts import CONTRASTS, POSITIVES, SECOND_CONTRASTS, SECOND_ROUND

from ficshelf.model import Span
from ficshelf.understand import theme_cue_tally, theme_deaths
from ficshelf.understand.theme_cue_tally import tally_cues
from ficshelf.understand.theme_deaths import major_deaths
from ficshelf.understand.theme_matcher import (
    _BOUND_AFTER,
    _BOUND_BEFORE,
    _JOINT,
    JOINT_CUT,
    SPECIAL_FOLDS,
    Cue,
    _bounded,
    alternative_prefixes,
    compile_cues,
    cue_prefixes,
    joint_prefilter,
    trie_regex,
)


@pytest.mark.parametrize(
    ("source", "prefixes"),
    [
        ("black eye|split lip", {"black eye", "split lip"}),
        (
            "(?:see|saw) (?:it|him) again",
            {"see it again", "see him again", "saw it again"} | {"saw him again"},
        ),
        ("(?<=his )fists|(?<=in a )sling", {"fists", "sling"}),
        ("hands? shook", {"hand shook", "hands shook"}),  # with or without the "s"
        ("face (?:was )?swollen", {"face was swollen", "face swollen"}),
        (
            "hear(?:s|d|ing)? voices",
            {"hear voices", "hears voices", "heard voices"} | {"hearing voices"},
        ),
        ("bed.?rest", {"bed"}),  # any character ends the literal
        ("hands* shook", {"hand"}),  # so does a repeat that may be empty
        ("drunk+ard", {"drunk"}),
        ("bled(?:\\s+out)", {"bled"}),
        ("can['’]?t stop", {"can"}),
        ("(?:went|gone) mad|stark mad", {"went mad", "gone mad", "stark mad"}),
    ],
)
def test_cue_prefixes_are_the_literal_beginnings(source: str, prefixes: set[str]) -> None:
    assert cue_prefixes(source) == prefixes


def test_every_cue_match_starts_where_the_prefilter_finds_a_head() -> None:
    # the sentences written for the recall tests hold cues of every tag and their contrasts
    index = compile_cues()
    sentences = [
        text
        for table in (POSITIVES, CONTRASTS, SECOND_ROUND, SECOND_CONTRASTS)
        for cases in table.values()
        for _, text in cases
    ]
    text = "\n".join(sentences).lower()
    found = {m.start() for m in index.lower.finditer(text)}
    assert found < {m.start() for m in index.lower_heads.finditer(text)}
    patterns = {cue.pattern for cues in index.keyed.values() for cue in cues}
    matched = 0
    for pattern in patterns:
        for m in pattern.finditer(text):
            matched += 1
            assert m.start() in found, m.group()
    assert matched > 300


def tally(text: str) -> dict[str, tuple[float, float]]:
    paragraphs = [Span(m.start(), m.end(), "paragraph") for m in re.finditer(r"[^\n]+", text)]
    return {tag: (t.score, t.narrated) for tag, t in tally_cues(text, paragraphs, [], []).items()}


STORY = (
    "Ruth went mad after the war. Her husband came home drunk again and again; she had a "
    "black eye by morning and told the doctor she fell down the stairs.\n"
    "The fever took Marcus in the spring, and they buried him by the church."
)


@pytest.mark.parametrize("fold", list(SPECIAL_FOLDS))
def test_text_with_a_special_fold_finds_the_same_cues(fold: str) -> None:
    # the long s, the dotted and the dotless i lower-case to no ASCII letter, so the fast
    # prefilter cannot be trusted there: the stage falls back to the head words alone
    plain = tally(STORY)
    assert plain
    assert tally(STORY + "\n" + fold + "ome words.") == plain


def test_a_cue_spelt_with_a_special_fold_is_found() -> None:
    # a case-blind "i" matches the dotless "ı", which lower-cases to itself: the head
    # "hyster" is found, the literal beginning "hysteri" is not
    assert tally("She went into hyster\u0131cs at the news.") == {"mental illness": (0.5, 0.5)}


def test_the_prefilter_finds_what_the_head_words_find(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = tally(STORY)
    index = theme_cue_tally.cue_index()
    monkeypatch.setattr(
        theme_cue_tally, "cue_index", lambda: index._replace(lower_source=index.heads_source)
    )
    assert tally(STORY) == fast


def paragraphs_of(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), "paragraph") for m in re.finditer(r"[^\n]+", text)]


DEATHS = "\n".join(
    ["Marcus laughed. Marcus ran. Marcus sang. Marcus slept. Marcus woke."] * 2
    + [
        "The fever took Marcus in the spring.",
        "Then Marcus's heart gave out.",
        "They stood at Marcus's grave.",
        "Someone murdered Marcus at the inn.",
    ]
)


def test_a_death_is_found_in_every_paragraph_that_holds_it() -> None:
    found = major_deaths(DEATHS, paragraphs_of(DEATHS), [], [])
    assert found.score == pytest.approx(3.5)


def test_overlapping_paragraphs_are_all_searched() -> None:
    paragraphs = paragraphs_of(DEATHS)
    overlapping = [*paragraphs, Span(0, len(DEATHS), "paragraph")]
    plain = major_deaths(DEATHS, paragraphs, [], [])
    assert major_deaths(DEATHS, overlapping, [], []).score == pytest.approx(2 * plain.score)


def test_names_are_counted_as_whole_words_only() -> None:
    text = "Ann met Anna.\nAnn's hat, Ann_, 2Ann, Ann2, Ann-Marie, ‘Ann’ and\nAnn\nAnnAnn Ann"
    paragraphs = paragraphs_of(text)
    starts = theme_deaths._ordered_starts(paragraphs)
    assert starts == [p.start for p in paragraphs]
    counts = theme_deaths._whole_words(text, paragraphs, {"Ann", "Anna"}, starts)
    pattern = re.compile(r"(?<![\w'’])(?:Anna|Ann)(?![\w'’])")
    expected = Counter(m for p in paragraphs for m in pattern.findall(text, p.start, p.end))
    assert counts == expected == Counter({"Ann": 4, "Anna": 1})
    # overlapping paragraphs are searched each on its own
    overlapping = [*paragraphs, Span(0, len(text), "paragraph")]
    assert theme_deaths._ordered_starts(overlapping) is None
    assert theme_deaths._whole_words(text, overlapping, {"Ann"}, None)["Ann"] == 8


@pytest.mark.parametrize(
    "taker", ["fever", "disease", "cancer", "plague", "consumption", "war", "sea", "winter"]
)
def test_every_sickness_or_force_can_take_a_named_character(taker: str) -> None:
    # the pattern's own lookahead once left out "d", so "the disease took Marcus" never matched
    found = theme_deaths._TAKEN.search(f"In the end the {taker} took Marcus.")
    assert found is not None and found.group("taken") == "Marcus"


# Invented passages for the cues' alternatives: denials before a verb ("couldn't get out of
# bed"), states after a pronoun ("she's high"), words that begin cues and go on otherwise.
_BRANCH_PASSAGES = [
    "For a month she couldn't get out of bed, and he hadn't eaten properly in days.",
    "He's high again, the fool; she was high as a kite. The kite flew high above the barn.",
    "I never got out of bed before noon. Couldn't Sleep, Couldn't Eat: he had not slept for weeks.",
    "The Doctor dressed the wound; he had been stabbed twice and bled out on the rug.",
    "She drank whisky till dawn, and they buried him by the church after the fever took him.",
    # cue words against apostrophes and hyphens, curly and straight
    "’whisky’ and the wound’s edge; a-drank, drank-a, ’fever’, 'bled' and fever-dreams’ end.",
]


def test_a_cue_matched_by_its_alternatives_finds_what_its_whole_regex_finds() -> None:
    # ``Cue.match_lowered`` tries only the alternatives that can start where it is asked:
    # at every offset of the passages it must find the stretch the whole lowered regex finds
    cues = list({id(c): c for group in compile_cues().keyed.values() for c in group}.values())
    matched = 0
    for passage in _BRANCH_PASSAGES:
        lowered = passage.lower()
        for pos in range(len(lowered)):
            for cue in cues:
                whole = cue.lowered_pattern
                assert whole is not None and cue.branches is not None
                expected = whole.match(lowered, pos)
                found = cue.match_lowered(lowered, pos, len(lowered))
                assert (found and found.span()) == (expected and expected.span()), cue.source
                matched += expected is not None
    assert matched > 12


def test_each_alternative_of_a_cue_keeps_its_beginnings_and_its_lookbehinds() -> None:
    source = r"(?<=couldn't )(?:get|drag \w+) out of bed|(?<=He's )high|cold turkey"
    cue = Cue("mental illness", "", False, _bounded(source), 1.0)
    assert cue.branches is not None
    beginnings, branches = cue.branches
    assert beginnings == {"cold turkey", "drag ", "get out of bed", "high"}
    assert [(b.prefixes, b.behind) for b in branches] == [
        (("drag ", "get out of bed"), ("couldn't ",)),
        (("high",), ("he's ",)),
        (("cold turkey",), ()),
    ]
    assert alternative_prefixes(source) == tuple(b.prefixes for b in branches)
    # the bounds are written without "’" in a class (cheaper to compile), to the same effect
    assert branches[2].source == r"(?<![\w'-])(?<!’)(?:cold turkey)(?![\w']|’|-\w)"
    assert cue.source == r"(?<![\w'’-])(?:" + source + r")(?![\w'’]|-\w)"
    # where the text does not end with an alternative's lookbehind, it is never compiled
    text = "the tide was high, and she ran home."
    assert cue.match_lowered(text, text.index("high"), len(text)) is None
    assert branches[1]._pattern is None
    text = "he's high, and she ran home."
    found = cue.match_lowered(text, text.index("high"), len(text))
    assert found is not None and found.group() == "high"
    assert branches[0]._pattern is None and branches[2]._pattern is None


def test_each_alternative_compiles_to_what_its_source_compiles_to() -> None:
    # (the bounds parsed once for all of them: ``regex_from_parse.compile_bounded``)
    cues = {id(c): c for group in compile_cues().keyed.values() for c in group}.values()
    branches = [b for cue in cues if cue.branches is not None for b in cue.branches[1]]
    assert len(branches) > 1000
    for branch in branches:
        assert branch.pattern == re.compile(branch.source), branch.source


def test_the_alternatives_beginnings_make_up_the_cues_beginnings() -> None:
    cues = {id(c): c for group in compile_cues().keyed.values() for c in group}.values()
    for cue in cues:
        assert cue.branches is not None
        source = cue.source[len(_BOUND_BEFORE) : -len(_BOUND_AFTER)]
        assert cue.branches[0] == cue_prefixes(source)
        assert cue.beginnings == alternative_prefixes(source)


def test_the_joint_prefilter_is_what_its_source_compiles_to() -> None:
    # built from the tries' words (``regex_tries.compile_tries``), not parsed from its source
    index = compile_cues()
    others = theme_cue_tally.agreeing_beginnings()
    joint = joint_prefilter(index, others)
    source = _JOINT.format(
        trie_regex({p[:JOINT_CUT] for p in index.prefixes | others}),
        trie_regex(others),
        trie_regex(index.prefixes),
        trie_regex(index.heads),
    )
    assert joint is not None and joint == re.compile(source)
