"""Security headers added to every response, pages, JSON, static files and errors alike.

The Content-Security-Policy allows scripts, styles and images from the archive itself only
(no inline script or style), so even story markup that slipped past the sanitiser could not
run code, load remote content or be framed.
"""

from __future__ import annotations

from flask import Flask, Response

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    )
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def add_security_headers(response: Response) -> Response:
    """Set ``SECURITY_HEADERS`` on ``response`` (an ``after_request`` hook) and return it."""
    response.headers.update(SECURITY_HEADERS)
    return response


def install(app: Flask) -> None:
    """Add the headers to every response ``app`` sends."""
    app.after_request(add_security_headers)
