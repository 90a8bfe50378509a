"""``store.lost_connection``: which database errors mean the connection is gone."""

from __future__ import annotations

import sqlite3

import psycopg
from psycopg import errors
from sqlalchemy.exc import IntegrityError, OperationalError, PendingRollbackError

from ficshelf.store.lost_connection import lost_connection


def test_a_server_that_went_away_or_refused_the_connection() -> None:
    closed = psycopg.OperationalError(
        "consuming input failed: server closed the connection unexpectedly\n\tThis probably"
    )
    assert lost_connection(OperationalError("SELECT 1", {}, closed)) == (
        "consuming input failed: server closed the connection unexpectedly"
    )
    shutdown = errors.AdminShutdown("terminating connection due to unexpected postmaster exit")
    assert lost_connection(OperationalError("SELECT 1", {}, shutdown)) == (
        "terminating connection due to unexpected postmaster exit"
    )
    invalidated = OperationalError("SELECT 1", {}, sqlite3.OperationalError("closed"))
    invalidated.connection_invalidated = True
    assert lost_connection(invalidated) == "closed"


def test_an_error_raised_while_handling_a_lost_connection() -> None:
    refused = psycopg.OperationalError("connection failed: Connection refused")
    try:
        try:
            raise OperationalError("SELECT 1", {}, refused)
        except OperationalError:
            # raised in the cleanup, without ``from``, as SQLAlchemy raises it
            raise PendingRollbackError("Can't reconnect until the rollback")  # noqa: B904
    except PendingRollbackError as exc:
        assert lost_connection(exc) == "connection failed: Connection refused"


def test_other_errors_are_not_a_lost_connection() -> None:
    locked = OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked"))
    assert lost_connection(locked) is None
    unique = errors.UniqueViolation("duplicate key value violates unique constraint")
    assert lost_connection(IntegrityError("INSERT", {}, unique)) is None
    cancelled = errors.QueryCanceled("canceling statement due to statement timeout")
    assert lost_connection(OperationalError("SELECT", {}, cancelled)) is None
    assert lost_connection(ValueError("no")) is None
