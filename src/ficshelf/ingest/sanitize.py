"""Making story HTML safe to show: an allowlist of the formatting tags stories use (nh3).

Scripts, styles, forms, frames, images and every event-handler or style attribute are
removed; links keep only http, https and mailto targets and get
``rel="nofollow noopener noreferrer"``. Images are dropped rather than allowed because
showing one loads a third-party URL whenever a reader opens the chapter. The store saves
chapter HTML cleaned by this function and the web layer cleans it again when rendering.
"""

from __future__ import annotations

import nh3

_TAGS = frozenset(
    {
        "a", "abbr", "b", "big", "blockquote", "br", "caption", "center", "cite", "code",
        "col", "colgroup", "dd", "del", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5",
        "h6", "hr", "i", "ins", "li", "ol", "p", "pre", "q", "s", "small", "span", "strike",
        "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
    }
)  # fmt: skip
_ATTRIBUTES = {
    "*": {"lang", "dir"},
    "a": {"href", "title"},
    "abbr": {"title"},
    "ol": {"start", "type"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "col": {"span"},
    "colgroup": {"span"},
}
# The alignment classes AO3 writes (its rich-text editor's "align-*" classes); other classes
# would only pick up the archive's own styles by accident.
_ALIGN_CLASSES = {"align-left", "align-center", "align-right", "align-justify"}
_CLASSES = {tag: _ALIGN_CLASSES for tag in ("p", "div", "span", "td", "th")}
# Removed with everything inside them (the default removes only the tags, keeping the text).
_DROP_WITH_CONTENT = {"script", "style", "template", "iframe", "object", "noscript", "title"}
_URL_SCHEMES = {"http", "https", "mailto"}
_LINK_REL = "nofollow noopener noreferrer"


def clean_html(html: str) -> str:
    """Return ``html`` with everything but the allowed formatting removed.

    Keeps text and the allowed tags; drops scripts and styles with their content, event
    handlers, ``style`` attributes, images and links that are not http(s) or mailto
    (``javascript:``, ``data:``, relative). Never raises for malformed input.
    """
    return nh3.clean(
        html,
        tags=set(_TAGS),
        clean_content_tags=_DROP_WITH_CONTENT,
        attributes=_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        url_relative="deny",
        link_rel=_LINK_REL,
        allowed_classes=_CLASSES,
        strip_comments=True,
    )
