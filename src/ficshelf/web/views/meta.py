"""Service endpoints: ``/health`` for monitors and load balancers, and ``/favicon.ico`` for
browsers and feed readers that ask for it whatever the page says."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, jsonify, send_from_directory

from ficshelf.web.request_args import database

bp = Blueprint("meta", __name__)

ICON_MAX_AGE = 7 * 24 * 3600


@bp.route("/health")
def health() -> Response:
    """Return ``{"status": "ok", "database": <dialect>}``, or a 503 when the database does
    not answer."""
    db = database()
    if not db.ping():
        response = jsonify({"status": "unavailable", "database": db.dialect})
        response.status_code = 503
        return response
    return jsonify({"status": "ok", "database": db.dialect})


@bp.route("/favicon.ico")
def favicon() -> Response:
    """Return the archive's icon (``static/favicon.svg``, the one the pages link)."""
    folder = current_app.static_folder
    assert folder is not None  # the package ships its static folder
    return send_from_directory(folder, "favicon.svg", max_age=ICON_MAX_AGE)
