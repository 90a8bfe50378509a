"""The search box's query language and tag filters (pure: no database)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ficshelf.model import TagType
from ficshelf.search_query import (
    MAX_QUERY_CHARS,
    MAX_TERMS,
    QueryError,
    TagRef,
    Term,
    TextQuery,
    fts5_match,
    parse_query,
    parse_tag_ref,
    tsquery_text,
)


def test_words_are_all_required() -> None:
    assert parse_query("Storm  lighthouse") == TextQuery(
        ((Term(("storm",)),), (Term(("lighthouse",)),))
    )


def test_phrases_exclusions_or_and_prefixes() -> None:
    query = parse_query('"kept the lamp" storm OR gale -angst -"dead dove" light*')
    assert query.groups == (
        (Term(("kept", "the", "lamp")),),
        (Term(("storm",)), Term(("gale",))),
        (Term(("light",), prefix=True),),
    )
    assert query.excluded == (Term(("angst",)), Term(("dead", "dove")))
    assert str(query) == '"kept the lamp" storm OR gale light* -angst -"dead dove"'


def test_curly_quotes_and_pipes() -> None:
    query = parse_query("“the storm” | gale")
    assert query.groups == ((Term(("the", "storm")), Term(("gale",))),)


def test_apostrophes_and_punctuation_split_words() -> None:
    assert parse_query("don't").groups == ((Term(("don", "t")),),)
    assert parse_query("Hurt/Comfort").groups == ((Term(("hurt", "comfort")),),)


def test_unbalanced_quote_runs_to_the_end() -> None:
    assert parse_query('storm "the lamp').groups == (
        (Term(("storm",)),),
        (Term(("the", "lamp")),),
    )


@pytest.mark.parametrize("text", ["", "   ", "!!!", '"', '""', "-", "OR", "* * *", "()", "🦊"])
def test_nothing_to_look_for_is_an_empty_query(text: str) -> None:
    assert parse_query(text).empty


def test_dangling_or_joins_nothing() -> None:
    assert parse_query("OR storm OR").groups == ((Term(("storm",)),),)
    assert parse_query("storm OR -gale").groups == ((Term(("storm",)),),)


def test_unicode_words_are_kept_and_casefolded() -> None:
    assert parse_query("Straße Café 東京").groups == (
        (Term(("strasse",)),),
        (Term(("café",)),),
        (Term(("東京",)),),
    )


def test_limits_give_a_friendly_error() -> None:
    with pytest.raises(QueryError, match="too long"):
        parse_query("a" * (MAX_QUERY_CHARS + 1))
    with pytest.raises(QueryError, match="too many terms"):
        parse_query(" ".join(["w"] * (MAX_TERMS + 1)))


def test_compiles_to_fts5_and_tsquery() -> None:
    query = parse_query('"kept lamp" storm OR gale light*')
    assert fts5_match(query.groups) == '("kept lamp") AND ("storm" OR "gale") AND ("light" *)'
    assert tsquery_text(Term(("kept", "lamp"))) == "kept <-> lamp"
    assert tsquery_text(Term(("light",), prefix=True)) == "light:*"


def test_tag_refs() -> None:
    assert parse_tag_ref("fandom:Gullrock Chronicles") == TagRef(
        TagType.FANDOM, "Gullrock Chronicles"
    )
    assert parse_tag_ref(" Warning :  graphic  violence") == TagRef(
        TagType.WARNING, "graphic violence"
    )
    # a colon that does not follow a tag type is part of the name
    assert parse_tag_ref("Re:Zero") == TagRef(None, "Re:Zero")
    assert str(parse_tag_ref("relationship:A/B")) == "relationship:A/B"
    with pytest.raises(QueryError):
        parse_tag_ref("character:  ")


SPECIAL = set("\"'&|!():<>*\\-")


def test_casefolding_keeps_words_whole() -> None:
    assert parse_query("ὐ İstanbul").groups == ((Term(("ὐ",)),), (Term(("i̇stanbul",)),))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_parses_or_gives_the_friendly_error(text: str) -> None:
    try:
        query = parse_query(text)
    except QueryError as exc:
        assert str(exc)
        return
    for group in query.groups:
        assert group
        for term in group:
            # letters and digits (casefolding may add a combining mark): nothing that could
            # end a quoted FTS5 string or mean something to to_tsquery
            for word in term.words:
                assert word and not any(c.isspace() or c in SPECIAL for c in word), word
            assert fts5_match(((term,),)).count('"') == 2
    parse_query(str(query))  # what is shown back parses again


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_tag_filter_reads_or_gives_the_friendly_error(text: str) -> None:
    try:
        ref = parse_tag_ref(text)
    except QueryError:
        assert not " ".join(text.partition(":")[2].split()) or not text.strip()
        return
    assert ref.name and ref.name == " ".join(ref.name.split())
