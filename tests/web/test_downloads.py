"""Downloads of a work from the web: /works/N/download.epub, .html and .txt."""

from __future__ import annotations

import io
import zipfile

from flask.testing import FlaskClient
from web_library import Library


def test_work_page_links_its_downloads(client: FlaskClient, library: Library) -> None:
    page = client.get(f"/works/{library.ridge}").get_data(as_text=True)
    for kind in ("epub", "html", "txt"):
        assert f'href="/works/{library.ridge}/download.{kind}"' in page
    assert "Download:" in page


def test_downloads_are_attachments_of_the_right_type(client: FlaskClient, library: Library) -> None:
    types = {"epub": "application/epub+zip", "html": "text/html", "txt": "text/plain"}
    for kind, media in types.items():
        answer = client.get(f"/works/{library.lamp}/download.{kind}")
        assert answer.status_code == 200
        assert answer.mimetype == media
        assert answer.headers["Content-Disposition"] == (
            f'attachment; filename="the-lamp-on-gullrock.{kind}"'
        )
    book = client.get(f"/works/{library.ridge}/download.epub").data
    names = zipfile.ZipFile(io.BytesIO(book)).namelist()
    assert names[0] == "mimetype" and "EPUB/chapter-003.xhtml" in names


def test_downloads_are_conditional(client: FlaskClient, library: Library) -> None:
    first = client.get(f"/works/{library.ridge}/download.epub")
    etag = first.headers["ETag"]
    again = client.get(f"/works/{library.ridge}/download.epub", headers={"If-None-Match": etag})
    assert again.status_code == 304 and not again.data


def test_download_of_no_work_is_404(client: FlaskClient, library: Library) -> None:
    answer = client.get("/works/9999/download.epub")
    assert answer.status_code == 404
    assert "no work with id 9999" in answer.get_data(as_text=True)
    assert client.get(f"/works/{library.lamp}/download.pdf").status_code == 404


def test_download_links_keep_the_url_prefix(client: FlaskClient, library: Library) -> None:
    page = client.get(f"/works/{library.lamp}", base_url="http://localhost/fics")
    assert f'href="/fics/works/{library.lamp}/download.epub"' in page.get_data(as_text=True)
    answer = client.get(f"/works/{library.lamp}/download.txt", base_url="http://localhost/fics")
    assert answer.status_code == 200 and answer.data.startswith(b"The Lamp on Gullrock")
