"""Builders for the ingest tests: EPUBs and zip archives made in tmp_path from short texts."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>"""

XHTML = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>{title}</title></head>
<body{body_attrs}>{body}</body></html>"""


def xhtml(body: str, title: str = "page", body_class: str | None = None) -> str:
    """Return a small XHTML document around ``body``."""
    attrs = f' class="{body_class}"' if body_class else ""
    return XHTML.format(title=title, body=body, body_attrs=attrs)


def write_epub(
    path: Path,
    documents: Sequence[tuple[str, str]],
    metadata: str = "<dc:title>Untitled</dc:title>",
    extra: dict[str, bytes] | None = None,
    container: bool = True,
) -> Path:
    """Write an EPUB at ``path`` whose spine is ``documents`` (file name, XHTML text)."""
    manifest = "\n".join(
        f'<item id="d{i}" href="{name}" media-type="application/xhtml+xml"/>'
        for i, (name, _) in enumerate(documents)
    )
    spine = "\n".join(f'<itemref idref="d{i}"/>' for i in range(len(documents)))
    opf = f"""<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"
            xmlns:opf="http://www.idpf.org/2007/opf">{metadata}</metadata>
  <manifest>{manifest}</manifest>
  <spine>{spine}</spine>
</package>"""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
        if container:
            archive.writestr("META-INF/container.xml", CONTAINER)
        archive.writestr("OEBPS/content.opf", opf)
        for name, text in documents:
            archive.writestr(f"OEBPS/{name}", text)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    """Write a zip archive at ``path`` holding ``members`` (name to bytes), deflated."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data, zipfile.ZIP_DEFLATED)
    return path


@pytest.fixture
def make_epub(tmp_path: Path) -> Callable[..., Path]:
    """``make_epub(name, documents, metadata=..., extra=..., container=...)`` writes an EPUB
    into tmp_path (see ``write_epub``) and returns its path."""

    def build(
        name: str,
        documents: Sequence[tuple[str, str]],
        metadata: str = "<dc:title>Untitled</dc:title>",
        extra: dict[str, bytes] | None = None,
        container: bool = True,
    ) -> Path:
        return write_epub(tmp_path / name, documents, metadata, extra, container)

    return build


@pytest.fixture
def make_zip(tmp_path: Path) -> Callable[[str, dict[str, bytes]], Path]:
    """``make_zip(name, members)`` writes a zip archive into tmp_path and returns its path."""
    return lambda name, members: write_zip(tmp_path / name, members)


@pytest.fixture
def page() -> Callable[..., str]:
    """``page(body, title=..., body_class=...)`` returns a small XHTML document."""
    return xhtml
