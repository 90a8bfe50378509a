"""Reading plain-text story files (.txt, .md): the text is exactly the decoded file."""

from __future__ import annotations

from ficshelf.errors import EmptyDocument
from ficshelf.ingest.decode import decode_text
from ficshelf.model import RawDocument

TEXT_FORMAT = "txt"


def read_text(path: str, data: bytes) -> RawDocument:
    """Read a plain-text file. The document's text is the file after BOM removal and
    decoding, nothing else changed (CRLF line ends stay), so offsets match the file.

    Raises ``DecodeError`` for binary data and ``EmptyDocument`` for an empty or
    whitespace-only file.
    """
    if not data:
        raise EmptyDocument(path, "the file is empty")
    decoded = decode_text(data, path)
    if not decoded.text.strip():
        raise EmptyDocument(path, "no story text in it (only whitespace)")
    return RawDocument(decoded.text, path, TEXT_FORMAT, encoding=decoded.encoding)
