"""URL pieces: route converters and the AO3-style escaping that keeps tag names in one path
segment.

Tag names may hold characters that cannot stand in a path segment ("A/B" relationships) or
would clash with the ``.json`` suffix. Like AO3, they are escaped as ``*s*`` (/), ``*a*`` (&),
``*d*`` (.), ``*q*`` (?) and ``*h*`` (#); the rest is percent-encoded as usual.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from werkzeug.routing import BaseConverter, IntegerConverter, Map

_ESCAPES = (("/", "*s*"), ("&", "*a*"), (".", "*d*"), ("?", "*q*"), ("#", "*h*"))

MAX_ID = 2**31 - 1
"""The largest id a route accepts: the database's 32-bit integer range."""


def tag_slug(name: str) -> str:
    """Return ``name`` escaped to stand in one path segment (``"A/B"`` → ``"A*s*B"``)."""
    for char, code in _ESCAPES:
        name = name.replace(char, code)
    return name


def tag_name(slug: str) -> str:
    """Return the tag name a path segment made by ``tag_slug`` stands for."""
    for char, code in _ESCAPES:
        slug = slug.replace(code, char)
    return slug


class IdConverter(IntegerConverter):
    """A positive id that fits the database's integer columns (larger ones do not match)."""

    def __init__(self, url_map: Map, *args: Any, **kwargs: Any) -> None:
        super().__init__(url_map, min=1, max=MAX_ID)


class SegmentConverter(BaseConverter):
    """One path segment without a dot, so ``<segment:x>.json`` is never ambiguous."""

    regex = r"[^/.]+"


CONVERTERS: dict[str, type[BaseConverter]] = {"id": IdConverter, "segment": SegmentConverter}


def local_path(target: str | None) -> str | None:
    """Return ``target`` when it is a path on this site ("/works/4?page=2"), else ``None``:
    a redirect to it can never leave the archive ("//evil.example", "/\\evil.example",
    "https://…" and the like are refused)."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return None
    if "\\" in target or any(ord(c) < 32 for c in target):
        return None
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc else None
