"""What signed-in readers leave on works: kudos, comments (with replies) and bookmarks.

Every write is a form's ``POST`` carrying the CSRF token, and ends in a 303 redirect back
to the page it came from (``next``, a path on this archive) or to the work; a new or
edited comment, to itself on the page that shows it (``comment_place``). A visitor's
``POST`` is a 401 (the pages offer visitors a log-in link instead of these forms).
Comments and notes are plain text: the pages escape them (``paragraphs``), never read them
as HTML.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, redirect, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import Connection
from werkzeug.wrappers import Response

from ficshelf.errors import InvalidInput, NotFound, NotPermitted
from ficshelf.reader_posts import bookmark_note, bookmark_tags, comment_text
from ficshelf.store.bookmarks import bookmark_of, remove_bookmark, save_bookmark
from ficshelf.store.browse import get_work
from ficshelf.store.comments import (
    CommentView,
    add_comment,
    comment_owner,
    delete_comment,
    edit_comment,
    get_comment,
    last_thread_page,
    reply_target,
    thread_page,
)
from ficshelf.store.kudos import leave_kudos
from ficshelf.store.work_views import WorkDetail
from ficshelf.web.accounts import Reader, signed_in
from ficshelf.web.rendering import Format, page_route, render
from ficshelf.web.request_args import database, reading
from ficshelf.web.urls import MAX_ID
from ficshelf.web.views.accounts import next_path, reader_or_login
from ficshelf.web.views.works import reading_page

bp = Blueprint("reader_posts", __name__)


def _reader() -> Reader:
    """The signed-in reader; a visitor's POST is answered with a 401."""
    reader = signed_in()
    if reader is None:
        abort(401, "Log in first: kudos, comments and bookmarks need an account.")
    return reader


def _back(work_id: int, anchor: str) -> Response:
    default = url_for("works.work", work_id=work_id) + anchor
    return redirect(next_path(default), code=303)


def _form_number(name: str) -> int | None:
    raw = request.form.get(name, "").strip()
    if not raw:
        return None
    if not raw.isascii() or not raw.isdecimal() or not 1 <= int(raw) <= MAX_ID:
        abort(400, f"{name} must be a whole number from 1, not {raw[:20]!r}")
    return int(raw)


def _refused(exc: InvalidInput | NotPermitted) -> Response:
    abort(400 if isinstance(exc, InvalidInput) else 403, str(exc))


@bp.route("/works/<id:work_id>/kudos", methods=["POST"])
def kudos(work_id: int) -> ResponseReturnValue:
    """Leave kudos on a work (once: a second time changes nothing); back to ``next``."""
    reader = _reader()
    with database().begin() as conn:
        leave_kudos(conn, work_id, reader.id)
    return _back(work_id, "#kudos")


def shown_chapter(detail: WorkDetail, chapter: int | None, *, full: bool = False) -> int | None:
    """The chapter whose page shows a comment on chapter ``chapter`` of work ``detail``
    (``None``: on the whole work): that chapter when reading chapter by chapter, else
    ``None``, the page of the whole work (``full``: the reader reads it so)."""
    last = len(detail.chapters)
    if chapter is not None and 1 <= chapter <= last and last > 1 and not full:
        return chapter
    return None


def comment_place(
    detail: WorkDetail, chapter: int | None, *, full: bool = False, page: int = 1
) -> str:
    """The URL of the page of work ``detail`` that shows a comment on its chapter
    ``chapter`` (``shown_chapter``): that chapter's page when reading chapter by chapter,
    else the work (the entire work for a multi-chapter one), at its page ``page`` of
    comments."""
    at: dict[str, Any] = {"page": page} if page > 1 else {}
    number = shown_chapter(detail, chapter, full=full)
    if number is not None:
        return url_for("works.chapter", work_id=detail.id, number=number, **at)
    if len(detail.chapters) > 1:
        return url_for("works.work", work_id=detail.id, view="full", **at)
    return url_for("works.work", work_id=detail.id, **at)


def place_of(conn: Connection, detail: WorkDetail, comment: CommentView, full: bool) -> str:
    """The URL of ``comment`` (on work ``detail``) where it shows, on the page of comments
    that holds its thread, with its anchor."""
    scope = shown_chapter(detail, comment.chapter, full=full)
    page = thread_page(conn, detail.id, comment.parent or comment.id, scope)
    return f"{comment_place(detail, comment.chapter, full=full, page=page)}#comment-{comment.id}"


def _reads_full() -> bool:
    return request.form.get("view") == "full"


@bp.route("/works/<id:work_id>/comments", methods=["POST"])
def comment(work_id: int) -> ResponseReturnValue:
    """Comment on a work: ``body`` (plain text), ``chapter`` (a chapter's number, or
    none for the whole work) or ``parent`` (the comment answered, not a deleted one), and
    ``view=full`` when the reader reads the entire work; a 303 to the new comment on the
    page that shows it. A reply to a comment not on the work is a 404 and to a deleted
    one a 400, whatever its text; otherwise a comment refused (empty, too long) gets the
    page again with the form holding the reader's text and why (400)."""
    reader = _reader()
    chapter, parent = _form_number("chapter"), _form_number("parent")
    with database().begin() as conn:
        detail = get_work(conn, work_id)
        if chapter is not None and chapter > len(detail.chapters):
            abort(400, f"work {work_id} has no chapter {chapter}")
        try:
            body = comment_text(request.form.get("body", ""))
        except InvalidInput as exc:
            # What is answered is refused first (gone or deleted: no wording helps), by
            # the store's own check; else the form comes back on the page of comments
            # that shows it: a reply's thread's page, a new thread's the last one.
            if parent is not None:
                target = reply_target(conn, work_id, parent)
                chapter = target.chapter
            scope = shown_chapter(detail, chapter, full=_reads_full())
            if parent is not None:
                page = thread_page(conn, work_id, target.thread, scope)
            else:
                page = last_thread_page(conn, work_id, scope)
            refused = {"parent": parent, "body": request.form.get("body", ""), "error": str(exc)}
        else:
            new = add_comment(conn, work_id, reader.id, body, chapter=chapter, parent_id=parent)
            scope = shown_chapter(detail, new.chapter, full=_reads_full())
            page = thread_page(conn, work_id, new.thread, scope)
            place = comment_place(detail, new.chapter, full=_reads_full(), page=page)
            return redirect(f"{place}#comment-{new.id}", code=303)
    last = len(detail.chapters)
    full = _reads_full() or last <= 1 or (chapter or 1) > last  # a chapter gone: all of it
    shown = None if full else (chapter or 1)
    answer = reading_page(
        "html", work_id, number=shown, full=full, comments_page=page, comment_error=refused
    )
    return answer, 400


@page_route(bp, "/comments/<id:comment_id>")
def comment_page(fmt: Format, comment_id: int) -> ResponseReturnValue:
    """One comment with its replies (``comment``), the ``work`` it is on (``id`` and
    ``title``), ``shown_at`` (the page that shows it, with its anchor) and whether the
    reader may ``edit`` it (their own) and ``delete`` it (their own, or any for an
    admin)."""
    return _comment_page(fmt, comment_id)


def _comment_page(
    fmt: Format, comment_id: int, error: str | None = None, body: str | None = None
) -> str | Response:
    reader = signed_in()
    with reading() as conn:
        shown = get_comment(conn, comment_id)
        work = get_work(conn, shown.work_id)
        owner = None if shown.deleted else comment_owner(conn, comment_id)
        shown_at = place_of(conn, work, shown, full=False)
    mine = reader is not None and owner == reader.id
    may_delete = not shown.deleted and (mine or (reader is not None and reader.is_admin))
    context: dict[str, Any] = {}
    if error is not None:
        context["edit_error"] = {"body": body, "error": error}
    return render(
        "comment.html",
        fmt,
        comment=shown,
        work={"id": work.id, "title": work.title},
        shown_at=shown_at,
        edit=mine,
        delete=may_delete,
        **context,
    )


@bp.route("/comments/<id:comment_id>", methods=["POST"])
def comment_edit(comment_id: int) -> ResponseReturnValue:
    """Replace the ``body`` of one's own comment; a 303 to it on the page that shows it
    (``view=full``: the entire work). An empty or too long text gets the comment's page
    again with the form holding it and why (400)."""
    reader = _reader()
    raw = request.form.get("body", "")
    try:
        body = comment_text(raw)
        with database().begin() as conn:
            edit_comment(conn, comment_id, reader.id, body)
            edited = get_comment(conn, comment_id)
            place = place_of(conn, get_work(conn, edited.work_id), edited, _reads_full())
    except InvalidInput as exc:
        with reading() as conn:
            if comment_owner(conn, comment_id) != reader.id:
                return _refused(NotPermitted("Only the comment's author can edit it."))
        return _comment_page("html", comment_id, str(exc), raw), 400
    except NotPermitted as exc:
        return _refused(exc)
    return redirect(place, code=303)


@bp.route("/comments/<id:comment_id>/delete", methods=["POST"])
def comment_delete(comment_id: int) -> ResponseReturnValue:
    """Delete one's own comment (an admin: any); a 303 to ``next``, else to the comments
    of the page that showed it (its page of comments, or the last one left)."""
    reader = _reader()
    try:
        with database().begin() as conn:
            gone = get_comment(conn, comment_id)
            detail = get_work(conn, gone.work_id)
            delete_comment(conn, comment_id, reader.id, admin=reader.is_admin)
            scope = shown_chapter(detail, gone.chapter)
            # its thread's page; the thread gone with it, the page of the one before
            page = thread_page(conn, detail.id, gone.parent or gone.id, scope)
            place = comment_place(detail, gone.chapter, page=page)
    except NotPermitted as exc:
        return _refused(exc)
    return redirect(next_path(f"{place}#comments"), code=303)


@page_route(bp, "/works/<id:work_id>/bookmark")
def bookmark(fmt: Format, work_id: int) -> ResponseReturnValue:
    """The signed-in reader's bookmark of a work, with a form to make or change it:
    ``work`` (``id`` and ``title``) and ``bookmark`` (``null`` when there is none yet).
    A visitor is sent to log in (JSON: a 401)."""
    reader = reader_or_login(fmt)
    if isinstance(reader, Response):
        return reader
    with reading() as conn:
        work = get_work(conn, work_id)
        mine = bookmark_of(conn, work_id, reader.id)
    return render("bookmark.html", fmt, work={"id": work.id, "title": work.title}, bookmark=mine)


@bp.route("/works/<id:work_id>/bookmark", methods=["POST"])
def bookmark_save(work_id: int) -> ResponseReturnValue:
    """Make or change one's bookmark of a work: ``note``, ``tags`` (comma-separated) and
    ``private`` (any value: only its owner sees it); back to ``next``. A note too long or
    too many tags get the bookmark's page again with the form holding them and why (400)."""
    reader = _reader()
    try:
        note = bookmark_note(request.form.get("note", ""))
        tags = bookmark_tags(request.form.get("tags", ""))
    except InvalidInput as exc:
        with reading() as conn:
            work = get_work(conn, work_id)
            mine = bookmark_of(conn, work_id, reader.id)
        draft = {
            "note": request.form.get("note", ""),
            "tags": request.form.get("tags", ""),
            "private": bool(request.form.get("private")),
            "error": str(exc),
        }
        shown = {"id": work.id, "title": work.title}
        return render("bookmark.html", "html", work=shown, bookmark=mine, draft=draft), 400
    with database().begin() as conn:
        save_bookmark(
            conn,
            work_id,
            reader.id,
            note=note,
            tags=tags,
            private=bool(request.form.get("private")),
        )
    return _back(work_id, "#bookmark")


@bp.route("/works/<id:work_id>/bookmark/delete", methods=["POST"])
def bookmark_delete(work_id: int) -> ResponseReturnValue:
    """Remove one's bookmark of a work; back to ``next``."""
    reader = _reader()
    with database().begin() as conn:
        if not remove_bookmark(conn, work_id, reader.id):
            raise NotFound(f"you have no bookmark of work {work_id}")
    return _back(work_id, "#bookmark")
