"""Evidence: why a work carries a tag — the passages of the text that justify it, with the
evidence spans marked."""

from __future__ import annotations

from flask import Blueprint
from flask.typing import ResponseReturnValue

from ficshelf.model import TagType
from ficshelf.passages import evidence_passages
from ficshelf.store.analysis import tag_evidence, work_analysis
from ficshelf.store.browse import get_work
from ficshelf.web.rendering import Format, page_route, render
from ficshelf.web.request_args import reading
from ficshelf.web.urls import tag_name
from ficshelf.web.views.tags import tag_type_named

bp = Blueprint("evidence", __name__)


@page_route(bp, "/works/<id:work_id>/evidence/<segment:tag_type>/<segment:name>")
def evidence(fmt: Format, work_id: int, tag_type: str, name: str) -> ResponseReturnValue:
    """Evidence for one tag on a work: the ``work``, the ``tag`` (canonical name,
    provenance, confidence, evidence spans) and the ``passages`` of the text holding the
    evidence, each span marked."""
    with reading() as conn:
        work = get_work(conn, work_id)
        tag = tag_evidence(conn, work_id, TagType(tag_type_named(tag_type)), tag_name(name))
        analysis = work_analysis(conn, work_id)
    passages = evidence_passages(analysis.text, analysis.blocks, tag.evidence)
    return render("evidence.html", fmt, work=work, tag=tag, passages=passages)
