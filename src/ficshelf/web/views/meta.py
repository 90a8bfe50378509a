"""Service endpoints: ``/health`` for monitors and load balancers."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

from ficshelf.web.request_args import database

bp = Blueprint("meta", __name__)


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
