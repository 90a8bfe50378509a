"""``ficshelf search``: the same engine as the web search, on the command line."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from ficshelf.cli import cli
from ficshelf.store.db import open_database
from ficshelf.store.search import SearchRequest, search
from search_library import Shelf, build_bay, build_shelf


@pytest.fixture
def shelf(db_url: str) -> Shelf:
    db = open_database(db_url)
    try:
        return build_shelf(db)
    finally:
        db.close()


def test_search_prints_hits_with_snippets(db_url: str, shelf: Shelf) -> None:
    result = CliRunner().invoke(cli, ["search", "--db", db_url, "scarf"])
    assert result.exit_code == 0, result.output
    assert "Letters from the Ridge" in result.output
    assert "woodshed" in result.output  # the snippet
    assert result.output.rstrip().endswith("1 work found for scarf, sorted by relevance")


def test_include_exclude_and_json(db_url: str, shelf: Shelf) -> None:
    args = ["search", "--db", db_url, "--include", "fandom:GC", "-x", "rating:Mature", "--json"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    titles = {hit["work"]["title"] for hit in data["hits"]["items"]}
    assert titles == {"The Lamp on Gullrock", "Letters from the Ridge"}
    assert data["hits"]["total"] == 2 and data["sort"] == "added"
    fandoms = next(f for f in data["facets"] if f["type"] == "fandom")
    gullrock = {"type": "fandom", "name": "Gullrock Chronicles", "works": 2, "inferred": 0}
    assert fandoms["tags"] == [gullrock]


def test_sort_and_query_words_join(db_url: str, shelf: Shelf) -> None:
    result = CliRunner().invoke(cli, ["search", "--db", db_url, "--sort", "kudos", "the", "lamp"])
    assert result.exit_code == 0, result.output
    assert result.output.index("The Lamp on Gullrock") < result.output.index("After the Gale")


def test_unknown_tag_and_bad_queries(db_url: str, shelf: Shelf) -> None:
    runner = CliRunner()
    unknown = runner.invoke(cli, ["search", "--db", db_url, "-i", "fandom:Nowhere"])
    assert unknown.exit_code == 0 and "note: No tag named fandom:Nowhere" in unknown.output
    too_long = runner.invoke(cli, ["search", "--db", db_url, "x" * 1200])
    assert too_long.exit_code == 2 and "too long" in too_long.output
    blank_tag = runner.invoke(cli, ["search", "--db", db_url, "-i", "fandom:"])
    assert blank_tag.exit_code == 2 and "needs a name" in blank_tag.output
    past = runner.invoke(cli, ["search", "--db", db_url, "--page", "9"])
    assert past.exit_code == 1 and "past the end" in past.output
    odd = runner.invoke(cli, ["search", "--db", db_url, "don't", '"unbalanced', "ü*"])
    assert odd.exit_code == 0, odd.output


def _titles(output: str) -> set[str]:
    return {hit["work"]["title"] for hit in json.loads(output)["hits"]["items"]}


def test_exclusions_need_no_quotes_and_options_still_parse(db_url: str, shelf: Shelf) -> None:
    runner = CliRunner()  # "ivo", not "the": PostgreSQL's English search drops stop words
    everything = runner.invoke(cli, ["search", "--db", db_url, "ivo", "--json"])
    assert "Letters from the Ridge" in _titles(everything.output)
    args = ["search", "ivo", "-scarf", "--db", db_url, "--json", "-x", "rating:Mature"]
    unquoted = runner.invoke(cli, args)
    assert unquoted.exit_code == 0, unquoted.output
    titles = _titles(unquoted.output)
    assert titles and "Letters from the Ridge" not in titles
    assert json.loads(unquoted.output)["query"] == "ivo -scarf"
    after_dashes = runner.invoke(cli, ["search", *args[3:], "--", "ivo", "-scarf"])
    assert after_dashes.exit_code == 0 and _titles(after_dashes.output) == titles
    # a word starting with a short option's letter is a word too, not "-x" with a value
    excluded = runner.invoke(cli, ["search", "--db", db_url, "--json", "ivo", "-xmas", "-ii"])
    assert excluded.exit_code == 0 and json.loads(excluded.output)["query"] == "ivo -xmas -ii"


def test_a_mistyped_option_is_still_an_error(db_url: str, shelf: Shelf) -> None:
    runner = CliRunner()
    mistyped = runner.invoke(cli, ["search", "--db", db_url, "lamp", "--sortt", "kudos"])
    assert mistyped.exit_code == 2 and "No such option '--sortt'" in mistyped.output
    missing = runner.invoke(cli, ["search", "--db", db_url, "lamp", "-i"])
    assert missing.exit_code == 2 and "'-i' requires an argument" in missing.output


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        ("de", {"Letters from the Ridge"}),  # stored as AO3's "Deutsch"
        ("German", {"Letters from the Ridge"}),
        ("DEUTSCH", {"Letters from the Ridge"}),
        ("en", {"The Lamp on Gullrock"}),
        ("english", {"The Lamp on Gullrock"}),
        ("fr", set()),
        ("Klingonese", set()),
    ],
)
def test_language_filters_as_the_web_search_does(
    db_url: str, shelf: Shelf, language: str, titles: set[str]
) -> None:
    args = ["search", "--db", db_url, "--language", language, "--json"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    found = {hit["work"]["title"] for hit in json.loads(result.output)["hits"]["items"]}
    assert found == titles
    db = open_database(db_url, upgrade=False)
    try:
        with db.connect() as conn:
            web = search(conn, SearchRequest(language=language))
    finally:
        db.close()
    assert {hit.work.title for hit in web.hits.items} == titles


def test_language_with_query_words_in_any_order(db_url: str, shelf: Shelf) -> None:
    runner = CliRunner()
    before = runner.invoke(cli, ["search", "--db", db_url, "scarf", "--language", "de"])
    after = runner.invoke(cli, ["search", "--db", db_url, "--language=German", "scarf"])
    for result in (before, after):
        assert result.exit_code == 0, result.output
        assert "Letters from the Ridge" in result.output
        assert "1 work found for scarf" in result.output
    english = runner.invoke(cli, ["search", "--db", db_url, "scarf", "--language", "en"])
    assert english.exit_code == 0 and "Letters from the Ridge" not in english.output


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        (["the"], {"Night Wind", "Shut Door"}),
        (['"door the"'], {"Night Wind"}),
        (["storm", "-the"], {"Quiet Bay"}),
        (["to", "be", "or", "not"], {"Quiet Bay"}),
        (["s*"], {"Shut Door", "Quiet Bay"}),
    ],
)
def test_stop_words_count(db_url: str, query: list[str], titles: set[str]) -> None:
    """PostgreSQL dropped them (``the`` found nothing); both databases read every word."""
    db = open_database(db_url)
    try:
        build_bay(db)
    finally:
        db.close()
    result = CliRunner().invoke(cli, ["search", "--db", db_url, "--json", "--", *query])
    assert result.exit_code == 0, result.output
    hits = json.loads(result.output)["hits"]
    assert {hit["work"]["title"] for hit in hits["items"]} == titles
    assert hits["total"] == len(titles)


def _found(db_url: str, *args: str) -> set[str]:
    result = CliRunner().invoke(cli, ["search", "--db", db_url, "--json", *args])
    assert result.exit_code == 0, result.output
    return {hit["work"]["title"] for hit in json.loads(result.output)["hits"]["items"]}


def test_the_web_searchs_filters(db_url: str, shelf: Shelf) -> None:
    assert _found(db_url, "--words-min", "1,000") == {"Quiet Halls"}
    assert "Quiet Halls" not in _found(db_url, "--words-max", "1000")
    assert _found(db_url, "--length", "multi") == {"Letters from the Ridge"}
    assert _found(db_url, "--status", "in-progress") == {"Letters from the Ridge"}
    assert "Letters from the Ridge" not in _found(db_url, "--status", "complete")
    assert _found(db_url, "--updated-from", "2024-01-01") == {"Letters from the Ridge"}
    assert _found(db_url, "--added-from", "2024-03-05") == {"Quiet Halls"}
    assert _found(db_url, "--added-from", "2024-03-02", "--added-to", "2024-03-02") == {
        "Letters from the Ridge"
    }
    assert _found(db_url, "--author", "nobody at all") == set()
    assert "The Lamp on Gullrock" in _found(db_url, "--author", "quillwright", "lamp")


def test_a_bad_filter_is_a_usage_error_naming_it(db_url: str, shelf: Shelf) -> None:
    runner = CliRunner()
    words = runner.invoke(cli, ["search", "--db", db_url, "--words-min", "lots"])
    assert words.exit_code == 2 and "words_min must be a whole number" in words.output
    day = runner.invoke(cli, ["search", "--db", db_url, "--updated-to", "31/12/2024"])
    assert day.exit_code == 2 and "updated_to must be a date written YYYY-MM-DD" in day.output
    status = runner.invoke(cli, ["search", "--db", db_url, "--status", "done"])
    assert status.exit_code == 2 and "'done' is not one of" in status.output
    confidence = runner.invoke(cli, ["search", "--db", db_url, "--min-confidence", "2"])
    assert confidence.exit_code == 2 and "min_confidence must be a number" in confidence.output


def test_help_shows_the_filters_with_examples() -> None:
    result = CliRunner().invoke(cli, ["search", "--help"])
    assert result.exit_code == 0
    for option in ("--words-min", "--length", "--status", "--updated-from", "--added-to"):
        assert option in result.output
    assert "ficshelf search --status in-progress --words-min 10,000" in result.output
