"""The series a file states, with what tells two series of one name apart: AO3's series
page in an AO3 download (HTML, and the sample corpus's one), EPUB 3's collection in a
package that gives no calibre series; the real AO3 downloads are in none."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ficshelf.ingest import read_document
from ficshelf.ingest.ao3 import series_url
from series_fixtures import FILES, SERIES_NAME, ao3_download

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


def test_an_ao3_download_links_its_series_page() -> None:
    file = FILES[1]
    given = read_document(file.name, ao3_download(file).encode()).given
    assert (given.series, given.series_part) == (SERIES_NAME, 2)
    assert given.series_url == "https://archiveofourown.org/series/501"


def test_the_sample_corpus_ao3_file_is_part_two_of_a_series() -> None:
    path = CORPUS / "14-a-thaw-at-pemberley.html"
    given = read_document(path.name, path.read_bytes()).given
    assert (given.series, given.series_part) == ("Letters from Derbyshire", 2)
    assert given.series_url == "https://archiveofourown.org/series/2718834"


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("https://archiveofourown.org/series/12", "https://archiveofourown.org/series/12"),
        ("http://www.archiveofourown.org/series/12/", "https://archiveofourown.org/series/12"),
        (
            "https://archiveofourown.org/series/12?view=full",
            "https://archiveofourown.org/series/12",
        ),
        ("https://archiveofourown.org/series/12x", None),
        ("https://archiveofourown.org/works/12", None),
        ("#", None),
        (None, None),
    ],
)
def test_only_an_ao3_series_page_is_kept(href: str | None, expected: str | None) -> None:
    assert series_url(href) == expected


@pytest.mark.parametrize("name", ["htmlTest.html", "epubTest.epub", "incompleteWork.html"])
def test_the_real_ao3_downloads_are_in_no_series(ao3_downloads: Path, name: str) -> None:
    path = ao3_downloads / name
    given = read_document(path.name, path.read_bytes()).given
    assert (given.series, given.series_part, given.series_url) == (None, None, None)


COLLECTION = """<dc:title>Orchard Hours</dc:title>
<meta property="belongs-to-collection" id="c01">Seasons</meta>
<meta refines="#c01" property="collection-type">series</meta>
<meta refines="#c01" property="group-position">2</meta>"""


def test_an_epub3_collection_is_the_series(
    make_epub: Callable[..., Path], page: Callable[..., str]
) -> None:
    chapter = [("c1.xhtml", page("<h2>One</h2><p>Nell pruned the pear.</p>"))]
    path = make_epub("orchard.epub", chapter, metadata=COLLECTION)
    given = read_document(path.name, path.read_bytes()).given
    assert (given.series, given.series_part) == ("Seasons", 2)
    a_set = COLLECTION.replace(">series<", ">set<")
    path = make_epub("set.epub", chapter, metadata=a_set)
    assert read_document(path.name, path.read_bytes()).given.series is None
