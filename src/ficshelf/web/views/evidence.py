"""Evidence: why a work carries a tag — the passages of the text that justify it, with the
evidence spans marked."""

from __future__ import annotations

from flask import Blueprint, redirect, url_for
from flask.typing import ResponseReturnValue

from ficshelf.errors import NotFound
from ficshelf.model import TagType
from ficshelf.passages import evidence_passages
from ficshelf.search_query import TagRef
from ficshelf.store.analysis import tag_evidence, work_analysis
from ficshelf.store.browse import get_work
from ficshelf.store.resolved_tags import carried_by, resolve_tags
from ficshelf.web.rendering import Format, page_route, render
from ficshelf.web.request_args import reading
from ficshelf.web.shown_tags import with_shown_tags
from ficshelf.web.urls import tag_name, tag_slug
from ficshelf.web.views.tags import tag_type_named

bp = Blueprint("evidence", __name__)


@page_route(bp, "/works/<id:work_id>/evidence/<segment:tag_type>/<segment:name>")
def evidence(fmt: Format, work_id: int, tag_type: str, name: str) -> ResponseReturnValue:
    """Evidence for one tag on a work: the ``work`` (its tags as its page shows them, the
    rest counted in ``tags_more``: ``web.shown_tags``), the ``tag`` (canonical name,
    provenance, confidence, evidence spans) and the ``passages`` of the text holding the
    evidence, each span marked. A name the work carries under another tag, as the search
    reads a filter ("Jo March" for the Josephine March of a *Little Women* work,
    ``store.resolved_tags``), redirects to that tag's evidence."""
    kind = TagType(tag_type_named(tag_type))
    ref = TagRef(kind, tag_name(name))
    with reading() as conn:
        work = get_work(conn, work_id)
        try:
            tag = tag_evidence(conn, work_id, kind, ref.name)
        except NotFound:
            (resolved,) = resolve_tags(conn, [ref])
            own = carried_by(conn, work_id, resolved)
            if own is None:
                raise
            endpoint = "evidence.evidence_json" if fmt == "json" else "evidence.evidence"
            target = url_for(endpoint, work_id=work_id, tag_type=own[0], name=tag_slug(own[1]))
            return redirect(target, code=302)
        analysis = work_analysis(conn, work_id)
    passages = evidence_passages(analysis.text, analysis.blocks, tag.evidence)
    shown, more = with_shown_tags(work)
    return render("evidence.html", fmt, work=shown, tags_more=more, tag=tag, passages=passages)
