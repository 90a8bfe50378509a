"""One context, two renderings: every page is registered with a JSON twin and each view
returns ``render(template, fmt, **context)``, which renders the same context as HTML or as
JSON. Also the Jinja filters and globals the templates use.

Story and note HTML reaches a template only through ``story_markup``, which passes it
through ``ficshelf.ingest.sanitize.clean_html``: it is the one place stored markup becomes
``Markup``, so the templates never need ``|safe``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, Protocol, TypeVar
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Flask,
    Response,
    current_app,
    jsonify,
    render_template,
    request,
    url_for,
)
from markupsafe import Markup, escape
from werkzeug.routing import BuildError

from ficshelf.bylines import author_names
from ficshelf.ingest.sanitize import clean_html
from ficshelf.jsonable import to_jsonable
from ficshelf.store.work_views import ChapterLink, ChapterView, NoteView, TagView, WorkBlurb
from ficshelf.warning_kinds import warning_groups
from ficshelf.web.search_args import FORM_ARGS, applied_filters, search_url
from ficshelf.web.urls import tag_slug

Format = Literal["html", "json"]


class TagNamed(Protocol):
    """Anything naming a tag by type and name."""

    @property
    def type(self) -> str: ...

    @property
    def name(self) -> str: ...


View = TypeVar("View", bound=Callable[..., Any])

TAG_TYPE_LABELS = {
    "rating": ("Rating", "Ratings"),
    "warning": ("Warning", "Warnings"),
    "category": ("Category", "Categories"),
    "fandom": ("Fandom", "Fandoms"),
    "relationship": ("Relationship", "Relationships"),
    "character": ("Character", "Characters"),
    "freeform": ("Additional Tag", "Additional Tags"),
    "pov": ("Point of View", "Points of View"),
    "tense": ("Tense", "Tenses"),
}
"""Display names (singular, plural) of the tag types, in the order a work page lists them."""

NOTE_LABELS = {
    "authors_note": "Notes",
    "disclaimer": "Disclaimer",
    "summary": "Summary",
    "epigraph": "Epigraph",
    "byline": "Byline",
    "title": "Title",
}


def page_route(bp: Blueprint, rule: str, json_rule: str | None = None) -> Callable[[View], View]:
    """Register the decorated view at ``rule`` (HTML) and at ``json_rule`` (default: ``rule``
    + ``.json``) as the endpoint ``<name>_json``; the view gets ``fmt`` = "html" or "json"."""

    def register(view: View) -> View:
        name = view.__name__
        bp.add_url_rule(rule, name, view, defaults={"fmt": "html"})
        bp.add_url_rule(json_rule or f"{rule}.json", f"{name}_json", view, defaults={"fmt": "json"})
        return view

    return register


KEPT_ARGS = ("page", "part", "view", "chapter", "tag", *FORM_ARGS)


def kept_args() -> dict[str, Any]:
    """Return the query arguments the pages understand, to carry over into another URL of
    the same page (any other argument is dropped: it could clash with ``url_for``'s own).
    Repeated arguments (``tag``, ``include``) keep every value."""
    return {k: request.args.getlist(k) for k in request.args if k in KEPT_ARGS}


def last_page_url(pages: int, arg: str = "page") -> str | None:
    """Return the URL of page ``pages`` of the list the current request pages through (the
    same route and arguments, the query argument ``arg`` numbering the pages), for a page
    past the end to link; ``None`` outside a view."""
    endpoint = request.endpoint
    if not endpoint:
        return None
    values: dict[str, Any] = {k: v for k, v in (request.view_args or {}).items() if k != "fmt"}
    try:
        return url_for(endpoint, **{**kept_args(), **values, arg: pages})
    except BuildError:
        return None


def current_url() -> str:
    """Return the current page's URL with the query arguments the pages understand
    (``kept_args``: nothing else a request carried is echoed back), for a form's ``next``
    and the log-in link to come back to."""
    endpoint = request.endpoint
    values: dict[str, Any] = {k: v for k, v in (request.view_args or {}).items() if k != "fmt"}
    if endpoint and endpoint != "static":
        try:
            return url_for(endpoint, **{**kept_args(), **values})
        except BuildError:
            pass
    return request.script_root + request.path


def json_twin_url() -> str | None:
    """Return the URL of the JSON twin of the current page (``None`` if it has none)."""
    endpoint = request.endpoint
    if not endpoint or endpoint.endswith("_json") or endpoint == "static":
        return None
    twin = f"{endpoint}_json"
    if twin not in current_app.view_functions:
        return None
    values: dict[str, Any] = {k: v for k, v in (request.view_args or {}).items() if k != "fmt"}
    try:
        return url_for(twin, **kept_args(), **values)
    except BuildError:
        return None


def render(template: str, fmt: Format, **context: Any) -> str | Response:
    """Render ``context`` with ``template`` as an HTML page, or as a JSON object (in which
    each work's tags link their evidence: ``linked_tags``)."""
    if fmt == "json":
        return jsonify(to_jsonable(context, linked_tags))
    return render_template(template, **context)


def tag_links(work_id: int, tag: TagView) -> dict[str, str | None]:
    """The URLs of the evidence page behind ``tag`` on work ``work_id`` and of its JSON
    twin (``evidence_url``, ``evidence_json_url``): for an inferred tag, or one the file
    states in words of its own; ``None`` for others, which have no evidence to show."""
    if not (tag.inferred or tag.stated):
        return {"evidence_url": None, "evidence_json_url": None}
    name = tag_slug(tag.name)
    return {
        "evidence_url": url_for("evidence.evidence", work_id=work_id, tag_type=tag.type, name=name),
        "evidence_json_url": url_for(
            "evidence.evidence_json", work_id=work_id, tag_type=tag.type, name=name
        ),
    }


@dataclass(frozen=True, slots=True)
class TagsOnWork:
    """Some of the tags of work ``work`` (such as those a tag page lists it for), each with
    its provenance and confidence."""

    work: int
    tags: tuple[TagView, ...]


@dataclass(frozen=True, slots=True)
class WorkTags:
    """A work by ``id``, ``title`` and ``authors`` with some of its ``tags`` (a page of
    those of one type: ``/works/<id>/tags/<type>``)."""

    id: int
    title: str
    authors: tuple[str, ...]
    tags: tuple[TagView, ...]


def linked_tags(value: Any) -> dict[str, Any]:
    """``to_jsonable`` overrides: a work's (blurb's) tags, each with its ``tag_links``."""
    if isinstance(value, WorkBlurb | TagsOnWork | WorkTags):
        work_id = value.work if isinstance(value, TagsOnWork) else value.id
        return {"tags": [{**to_jsonable(tag), **tag_links(work_id, tag)} for tag in value.tags]}
    return {}


def story_markup(html: str) -> Markup:
    """Return stored story or note HTML sanitised by ``clean_html``, ready to embed."""
    return Markup(clean_html(html))


def clean_notes(notes: tuple[NoteView, ...]) -> tuple[NoteView, ...]:
    """Return ``notes`` with their HTML (where they have any) passed through ``story_markup``."""
    return tuple(dataclasses.replace(n, html=story_markup(n.html)) if n.html else n for n in notes)


_BLANK_LINE = re.compile(r"\n\s*\n")


def paragraphs(text: str | None) -> Markup:
    """Jinja filter: plain text as escaped ``<p>`` paragraphs (blank lines part them,
    single newlines become ``<br>``)."""
    if not text:
        return Markup("")
    parts = [p.strip() for p in _BLANK_LINE.split(text.strip()) if p.strip()]
    return Markup("\n").join(
        Markup("<p>{}</p>").format(Markup("<br>").join(escape(line) for line in p.split("\n")))
        for p in parts
    )


def http_url(url: str | None) -> str | None:
    """Jinja filter: ``url`` when it is an http(s) URL, else ``None`` (never link others)."""
    if not url:
        return None
    return url if urlsplit(url).scheme.lower() in ("http", "https") else None


def tag_url(tag: TagNamed, **args: Any) -> str:
    """Jinja global: the URL of a tag's page."""
    return url_for("tags.tag", tag_type=tag.type, name=tag_slug(tag.name), **args)


def tag_filter(tag: TagNamed) -> str:
    """Jinja filter: a tag as the works index's ``tag`` argument ("character:Maren Holt")."""
    return f"{tag.type}:{tag.name}"


def evidence_url(work_id: int, tag: TagView) -> str:
    """Jinja global: the URL of the evidence behind a tag on work ``work_id``."""
    return url_for("evidence.evidence", work_id=work_id, tag_type=tag.type, name=tag_slug(tag.name))


EDITED_NOTE = "set by a person"


def tag_title(tag: TagView) -> str | None:
    """Jinja global: the tooltip marking an inferred tag ("inferred, confidence 0.83"), one
    a person put on ("set by a person") or one the file's metadata states in words of its
    own ("stated by the file")."""
    if tag.edited:
        return EDITED_NOTE
    if not tag.inferred:
        return "stated by the file" if tag.stated else None
    if tag.confidence is None:
        return "inferred"
    return f"inferred, confidence {tag.confidence:.2f}"


def chapter_label(chapter: ChapterLink | ChapterView) -> str:
    """Jinja filter: "Chapter 3: The Storm", "Chapter 3" without a title, or the title alone
    when it already names the chapter ("Chapter Three: Home")."""
    title = (chapter.title or "").strip()
    if not title:
        return f"Chapter {chapter.number}"
    if title.casefold().startswith("chapter"):
        return title
    return f"Chapter {chapter.number}: {title}"


def long_date(value: date | datetime | None) -> str:
    """Jinja filter: a date as "2 March 2024"."""
    if value is None:
        return ""
    return f"{value.day} {value:%B %Y}"


def number(value: int) -> str:
    """Jinja filter: an integer with thousands separators ("12,345")."""
    return f"{value:,}"


def install(app: Flask) -> None:
    """Register the filters and globals above on ``app``'s Jinja environment."""
    app.jinja_env.filters.update(
        paragraphs=paragraphs,
        http_url=http_url,
        long_date=long_date,
        number=number,
        chapter_label=chapter_label,
        tag_filter=tag_filter,
        author_names=author_names,
    )
    app.jinja_env.globals.update(
        tag_url=tag_url,
        tag_title=tag_title,
        evidence_url=evidence_url,
        json_twin_url=json_twin_url,
        current_url=current_url,
        search_url=search_url,
        applied_filters=applied_filters,
        tag_slug=tag_slug,
        TAG_TYPE_LABELS=TAG_TYPE_LABELS,
        NOTE_LABELS=NOTE_LABELS,
        warning_groups=warning_groups,
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
