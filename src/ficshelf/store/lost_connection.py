"""Telling a database that went away from one that refused an operation.

A long command (an import, a re-analysis) saves in batches; when the database server stops
or the connection is cut, every statement after fails the same way, so the command should
stop and say so, rather than reject each file after it or print the failed statement.
``lost_connection`` says whether an error is that kind and why, in the driver's words.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError

# SQLSTATE: class 08 is "connection exception"; 57P01-57P03 are the server shutting down
# (by an administrator or a crash) and a server that cannot take connections now.
_GONE_CLASS = "08"
_GONE_STATES = frozenset({"57P01", "57P02", "57P03"})


def lost_connection(exc: BaseException) -> str | None:
    """Return why the connection to the database was lost or refused ("terminating
    connection due to unexpected postmaster exit", "connection failed: … Connection
    refused": the first line of the driver's message) when ``exc`` is such an error, or
    was raised while handling one (an error in cleaning up after it); ``None`` for any
    other error (a refused statement, a constraint, SQLite's "database is locked")."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        reason = _lost(current)
        if reason is not None:
            return reason
        current = current.__cause__ or current.__context__
    return None


def _lost(exc: BaseException) -> str | None:
    if not isinstance(exc, DBAPIError):
        return None
    original = exc.orig
    state = getattr(original, "sqlstate", False)  # PostgreSQL's drivers; never SQLite's
    gone = (
        exc.connection_invalidated
        or (isinstance(state, str) and (state[:2] == _GONE_CLASS or state in _GONE_STATES))
        # psycopg gives no SQLSTATE when it cannot reach the server or the socket closed
        or (state is None and isinstance(exc, OperationalError))
    )
    if not gone:
        return None
    lines = str(original if original is not None else exc).strip().splitlines()
    return lines[0].strip() if lines else type(original).__name__
