"""A signed-in reader's history: ``/history`` (the works they read, the latest visited
first), ``/history?later=1`` (their **Marked for Later** list), the Mark for Later and Mark
as Read buttons of a work's page, deleting one entry or all of them, and the account
setting that turns history off.

Every route reads or writes the signed-in reader's own history (``store.readings`` by
their account's id): no route shows one account's history to another, an admin's
included. The writes are forms' ``POST``s with the CSRF token, answered with a 303 back to
``next`` (a path on this archive) or to the page they belong to; a visitor's ``POST`` is a
401. Page views are recorded by ``web.reading_visits``.
"""

from __future__ import annotations

from flask import Blueprint, abort, redirect, request, url_for
from flask.typing import ResponseReturnValue
from werkzeug.wrappers import Response

from ficshelf.errors import NotFound
from ficshelf.store.readings import (
    clear_history,
    forget_reading,
    history_on,
    mark_as_read,
    mark_for_later,
    readings_of,
    resume_at,
    set_history,
)
from ficshelf.web.accounts import Reader, signed_in
from ficshelf.web.errors import Refusal
from ficshelf.web.rendering import Format, page_route, render
from ficshelf.web.request_args import choice_arg, database, page_arg, per_page, reading
from ficshelf.web.views.accounts import next_path, reader_or_login, same_site

bp = Blueprint("history", __name__)
bp.add_app_template_global(resume_at)  # /history links each entry where the work page does

HISTORY_OFF = (
    "Your history is off, so nothing is marked for later: turn it on on your Account page."
)


def _reader() -> Reader:
    """The signed-in reader; a visitor's POST is answered with a 401."""
    reader = signed_in()
    if reader is None:
        abort(401, "Log in first: a reading history needs an account.")
    return reader


def _back_to_work(work_id: int) -> Response:
    default = url_for("works.work", work_id=work_id) + "#reading"
    return redirect(next_path(default), code=303)


@page_route(bp, "/history")
def history(fmt: Format) -> ResponseReturnValue:
    """The signed-in reader's history, the latest visited first (``?page=N``), or with
    ``?later=1`` only the works they marked for later: ``user`` (the name), ``later``
    (which list), ``history`` (whether visits are being recorded) and ``readings`` (a
    page of entries, each with its work's blurb). A visitor is sent to log in (JSON: a
    401)."""
    reader = reader_or_login(fmt)
    if isinstance(reader, Response):
        return reader
    later = choice_arg("later", ("1",)) == "1"
    with reading() as conn:
        on = history_on(conn, reader.id)
        entries = readings_of(conn, reader.id, page_arg(), per_page(), later=later)
    return render("history.html", fmt, user=reader.name, later=later, history=on, readings=entries)


@bp.route("/works/<id:work_id>/mark-for-later", methods=["POST"])
def later(work_id: int) -> ResponseReturnValue:
    """Put a work on the reader's Marked for Later list; back to ``next``. A 409 while
    their history is off (the page offers no button then)."""
    reader = _reader()
    with database().begin() as conn:
        if not history_on(conn, reader.id):
            raise Refusal(409, HISTORY_OFF, title="Your history is off")
        mark_for_later(conn, reader.id, work_id)
    return _back_to_work(work_id)


@bp.route("/works/<id:work_id>/mark-as-read", methods=["POST"])
def read(work_id: int) -> ResponseReturnValue:
    """Take a work off the reader's Marked for Later list (it stays in their history);
    back to ``next``. A work not on the list: nothing changes."""
    reader = _reader()
    with database().begin() as conn:
        mark_as_read(conn, reader.id, work_id)
    return _back_to_work(work_id)


@bp.route("/history/<id:work_id>/delete", methods=["POST"])
def forget(work_id: int) -> ResponseReturnValue:
    """Delete a work from the reader's history (and their Marked for Later list); back to
    ``next``, else to ``/history``. A 404 when it is not in their history."""
    reader = _reader()
    with database().begin() as conn:
        if not forget_reading(conn, reader.id, work_id):
            raise NotFound(f"work {work_id} is not in your history")
    return redirect(next_path(url_for("history.history")), code=303)


@bp.route("/history/clear", methods=["POST"])
def clear() -> ResponseReturnValue:
    """Delete the reader's whole history, the works marked for later too; a 303 to
    ``/history``."""
    reader = _reader()
    with database().begin() as conn:
        clear_history(conn, reader.id)
    return redirect(url_for("history.history"), code=303)


@bp.route("/account/history", methods=["POST"])
def setting() -> ResponseReturnValue:
    """Turn the reader's history ``on`` or ``off`` (form field ``history``); off, no visit
    is recorded and what was stays until cleared. A 303 to ``/account``; any other value
    is a 400. Refused (403) when another site sent it, as the other account forms."""
    same_site()
    reader = _reader()
    choice = request.form.get("history", "")
    if choice not in ("on", "off"):
        abort(400, f"history must be 'on' or 'off', not {choice[:20]!r}")
    with database().begin() as conn:
        set_history(conn, reader.id, choice == "on")
    return redirect(url_for("accounts.settings", done=f"history-{choice}") + "#history", code=303)
