"""Search: the filter form with facets and results, and tag autocomplete for the form.

``/search`` runs ``store.search.search`` on the query-string arguments that
``web.search_args`` reads, hiding the reader's saved exclusions (``web.exclusions``). A
query the engine cannot run, or a bad argument ("words_min=abc"), comes back as the form
with a message (400), never a 500 or a bare error page; so does a page past the last
(404), with a link to the last page.
"""

from __future__ import annotations

from flask import Blueprint, jsonify, request
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import BadRequest

from ficshelf.errors import PastLastPage
from ficshelf.jsonable import to_jsonable
from ficshelf.model import TagType
from ficshelf.search_query import QueryError
from ficshelf.store.discover import SUGGESTIONS, autocomplete
from ficshelf.store.search import Length, Sort, Status
from ficshelf.store.search import search as run_search
from ficshelf.web.exclusions import saved_exclusions
from ficshelf.web.rendering import Format, page_route, render
from ficshelf.web.request_args import page_arg, per_page, reading
from ficshelf.web.search_args import form_args, search_request, search_url

bp = Blueprint("search", __name__)

MAX_PREFIX = 100


@page_route(bp, "/search")
def search(fmt: Format) -> ResponseReturnValue:
    """The search: ``result`` (a page of ``hits`` with snippets, ``facets``, the ``query``
    as understood, the ``sort`` used, the resolved ``include``/``exclude`` tags and
    ``notices``), the ``form`` arguments and the ``hidden`` saved exclusions applied."""
    hidden = saved_exclusions()
    context = {
        "form": form_args(),
        "hidden": hidden,
        "choices": {
            "sort": [s.value for s in Sort],
            "length": [x.value for x in Length],
            "status": [x.value for x in Status],
        },
    }
    try:
        wanted = search_request(page_arg(), per_page(), hidden)
        with reading() as conn:
            result = run_search(conn, wanted)
    except (QueryError, BadRequest) as exc:
        message = exc.description if isinstance(exc, BadRequest) else str(exc)
        if fmt == "json":
            raise BadRequest(message) from None
        return render("search.html", fmt, result=None, error=message, **context), 400
    except PastLastPage as exc:
        if fmt == "json":
            raise
        # The form again, the message, and a link to the search's last page.
        last = search_url(page=exc.pages)
        page = render("search.html", fmt, result=None, error=str(exc), last_page=last, **context)
        return page, 404
    return render("search.html", fmt, result=result, error=None, **context)


@bp.route("/autocomplete.json")
def autocomplete_json() -> ResponseReturnValue:
    """Tag suggestions for ``?q=PREFIX`` (``&type=TYPE`` to keep to one type): ``{"query":
    ..., "tags": [{"type", "name", "works", "ref"}]}``, the most used first."""
    prefix = request.args.get("q", "")[:MAX_PREFIX]
    raw_type = request.args.get("type") or None
    try:
        tag_type = TagType(raw_type) if raw_type else None
    except ValueError:
        raise BadRequest(f"type must be a tag type, not {raw_type!r}") from None
    with reading() as conn:
        found = autocomplete(conn, prefix, tag_type, SUGGESTIONS)
    tags = [{**to_jsonable(tag), "ref": tag.ref} for tag in found]
    return jsonify({"query": prefix, "tags": tags})
