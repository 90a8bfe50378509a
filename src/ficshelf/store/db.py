"""Opening a database: URL handling, SQLite pragmas and Alembic migrations.

``open_database(url)`` returns a ``Database`` whose schema is migrated to the newest version.
URLs: ``sqlite:///path.db`` (or a bare file path), ``postgresql://user@host/db``. SQLite runs in
WAL mode with foreign keys on.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from ficshelf.errors import ConfigError, MissingDatabase

DEFAULT_DB = "ficshelf.db"
MIGRATIONS = Path(__file__).with_name("migrations")


def default_url() -> str:
    """Return the database URL from ``FICSHELF_DB``, else a SQLite file in the current folder."""
    return os.environ.get("FICSHELF_DB") or f"sqlite:///{DEFAULT_DB}"


def display_url(url: str | None = None) -> str:
    """Return ``url`` (default ``default_url()``) as a message shows it: bare paths as
    SQLite URLs, any password hidden."""
    raw = normalise_url(url or default_url())
    try:
        parsed = make_url(raw)
        if parsed.drivername == "postgresql+psycopg":  # the driver is ficshelf's business
            parsed = parsed.set(drivername="postgresql")
        return parsed.render_as_string(hide_password=True)
    except ArgumentError:
        return raw
    except ValueError:  # a raw "@" in a password: the URL is unreadable and may hold it
        return raw.split("://", 1)[0] + "://…"


PASSWORD_HINT = (
    "A password holding @, :, / or % must be percent-encoded in the URL (@ as %40, : as %3A, "
    "/ as %2F, % as %25), or left out of it and given in PGPASSWORD or ~/.pgpass"
)


def sqlite_file(url: str | None = None) -> Path | None:
    """Return the file of a SQLite ``url`` (default ``default_url()``), made absolute, or
    ``None`` for another backend or an in-memory database."""
    raw = normalise_url(url or default_url())
    return _file_of(make_url(raw)) if raw.startswith("sqlite:") else None


def _file_of(parsed: URL) -> Path | None:
    """The file of a parsed SQLite URL, made absolute; ``None`` for an in-memory one."""
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database).expanduser().absolute()


def normalise_url(url: str) -> str:
    """Return a SQLAlchemy URL for ``url``: bare paths become SQLite files and
    ``postgresql://`` uses the psycopg 3 driver. Raises ``ConfigError`` for other schemes."""
    if "://" not in url:
        return f"sqlite:///{url}"
    scheme = url.split("://", 1)[0]
    if scheme in ("postgresql", "postgres"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if scheme in ("sqlite", "postgresql+psycopg"):
        return url
    raise ConfigError(f"unsupported database URL {url!r}: use sqlite:///FILE or postgresql://…")


def nfkc(value: str | None) -> str | None:
    """``value`` in Unicode's NFKC form (full-width "ｌａｍｐ" → "lamp"): the SQL function
    ``nfkc`` of every SQLite connection, which the search index writes its fields through."""
    return None if value is None else unicodedata.normalize("NFKC", value)


def folded(value: str | None) -> str | None:
    """``value`` in NFKC form and casefolded ("Ｌａｍｐ" → "lamp", "Straße" → "strasse"):
    the SQL function ``fold`` of every SQLite connection, which titles are compared through
    (``store.work_lookup``)."""
    if value is None:
        return None
    if value.isascii():  # in NFKC form already, and casefold() is lower() for ASCII
        return value.lower()
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", value).casefold())


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.create_function("nfkc", 1, nfkc, deterministic=True)
    dbapi_connection.create_function("fold", 1, folded, deterministic=True)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


@dataclass(frozen=True)
class Database:
    """A migrated database. Use ``begin()`` for a transaction, ``connect()`` to read."""

    engine: Engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """Yield a connection inside one transaction, committed on success."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """Yield a connection for reading (rolled back on exit)."""
        with self.engine.connect() as conn:
            yield conn

    def ping(self) -> bool:
        """Return whether the database answers a trivial query."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except SQLAlchemyError:
            return False
        return True

    def close(self) -> None:
        self.engine.dispose()


def _alembic_config(conn: Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def head_revision() -> str:
    """Return the newest migration revision shipped with this version."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    """Return the revision the database is at, ``None`` for an empty database."""
    return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine) -> None:
    """Upgrade the database behind ``engine`` to the newest schema (no-op when current)."""
    with engine.begin() as conn:
        if current_revision(conn) != head_revision():
            command.upgrade(_alembic_config(conn), "head")


def open_database(url: str | None = None, *, upgrade: bool = True, create: bool = True) -> Database:
    """Open (creating if needed) the database at ``url`` (default ``default_url()``) and
    migrate it unless ``upgrade`` is false. Raises ``ConfigError`` for a bad URL and, when
    ``create`` is false, ``MissingDatabase`` for a SQLite file that does not exist (instead
    of creating an empty one)."""
    raw = normalise_url(url or default_url())
    if not raw.startswith("sqlite:") and raw.split("://", 1)[1].split("/", 1)[0].count("@") > 1:
        # "user:p@ss@host": the part after the first "@" would be taken for the host; the
        # messages leave the URL out, as it may hold the password
        raise ConfigError(f"invalid database URL: it holds more than one @. {PASSWORD_HINT}")
    try:
        parsed = make_url(raw)
    except ArgumentError as exc:
        raise ConfigError(f"invalid database URL {url!r}: {exc}") from exc
    except ValueError:
        # A raw ":" or "/" in a password splits the URL elsewhere (a port "w")
        raise ConfigError(
            f"invalid database URL: its port is not a number. {PASSWORD_HINT}"
        ) from None
    if parsed.get_backend_name() == "sqlite":
        file = _file_of(parsed)
        if file is not None:
            if not create and not file.exists():
                raise MissingDatabase(str(file))
            file.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(parsed, pool_pre_ping=True)
    if upgrade:
        migrate(engine)
    return Database(engine)
