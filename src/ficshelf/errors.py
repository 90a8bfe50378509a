"""The exception tree. The library raises these and never prints or exits; the CLI and the
web app turn them into messages, exit codes and HTTP statuses in one place each.

::

    FicshelfError                   base of everything ficshelf raises on purpose
    ├── IngestError                 one input file could not be read (names the file)
    │   ├── UnsupportedFormat       not a story format ficshelf reads
    │   ├── EmptyDocument           no story text in it
    │   ├── DecodeError             bytes that are not text in any encoding tried
    │   ├── CorruptFile             truncated or malformed EPUB, zip or HTML
    │   ├── TooLarge                over a configured size limit
    │   └── UnsafeArchive           path traversal or a zip bomb
    ├── PipelineError               an analysis stage failed (names the stage)
    │   └── StageOrderError         stages registered in an order that cannot run
    ├── StoreError                  the database refused or lost an operation
    │   └── NotFound                no such work, tag or other row
    │       └── PastLastPage        a page past the last of a list (says how many there are)
    ├── AmbiguousWork               a title (or part of one) that names several works
    ├── AccountError                what a reader (or the user command) asked is refused
    │   ├── InvalidInput            a name, password, comment or bookmark breaking a rule
    │   ├── NameTaken               an account of that name (in any case) exists
    │   ├── LoginFailed             a wrong name or password (one message for both)
    │   ├── TooManyLogins           too many failed log-ins as a name lately: wait
    │   └── NotPermitted            another reader's comment, or sign-ups are closed
    ├── WorkerError                 the processes analysing an import keep dying
    └── ConfigError                 a bad setting (database URL, limit)
        └── MissingDatabase         a command that only reads names a SQLite file not there
"""

from __future__ import annotations

from ficshelf.bylines import author_names


class FicshelfError(Exception):
    """Base class of every error ficshelf raises on purpose."""


class IngestError(FicshelfError):
    """A file could not be imported. ``path`` names it; ``reason`` says why in plain words."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UnsupportedFormat(IngestError):
    """The file is not plain text, HTML, EPUB or a zip archive of those."""


class EmptyDocument(IngestError):
    """The file holds no story text."""


class DecodeError(IngestError):
    """The bytes are not text (binary data, or no encoding fits)."""


class CorruptFile(IngestError):
    """A truncated or malformed EPUB, zip or HTML file."""


class TooLarge(IngestError):
    """The file (or an archive's expanded content) is over a configured limit."""


class UnsafeArchive(IngestError):
    """An archive member would escape its folder, or the archive expands like a bomb."""


class PipelineError(FicshelfError):
    """A pipeline stage failed; ``stage`` names it and the original error is the cause."""

    def __init__(self, stage: str, message: str) -> None:
        super().__init__(f"stage {stage!r}: {message}")
        self.stage = stage


class StageOrderError(PipelineError):
    """A stage requires a layer that no earlier stage assigns (or two stages assign one)."""


class StoreError(FicshelfError):
    """The database refused an operation."""


class NotFound(StoreError):
    """No such work, tag or other row."""


class PastLastPage(NotFound):
    """A page past the last of a paged list: ``page`` is the one asked for, ``pages`` how
    many there are (at least 1), and the message says both ("page 9 is past the end (there
    is 1 page)"). ``unit`` names the pages and the query argument that numbers them
    ("part": the parts of a long chapter)."""

    def __init__(self, page: int, pages: int, unit: str = "page") -> None:
        there = f"is 1 {unit}" if pages == 1 else f"are {pages:,} {unit}s"
        super().__init__(f"{unit} {page} is past the end (there {there})")
        self.page = page
        self.pages = pages
        self.unit = unit


class AmbiguousWork(FicshelfError):
    """Words meant to name one work (``ficshelf show``, ``ficshelf tag``) fit several and
    none exactly, or several works share that exact title. ``query`` is the words,
    ``matches`` up to ten of the works as ``(id, title, authors)`` (newest first) and
    ``total`` how many fit."""

    def __init__(
        self, query: str, matches: tuple[tuple[int, str, tuple[str, ...]], ...], total: int
    ) -> None:
        lines = [f"{query!r} matches {total} works; name one by its id or its whole title:"]
        for work_id, title, authors in matches:
            lines.append(f"  {work_id:>6}  {title}  by {author_names(authors)}")
        if total > len(matches):
            lines.append(f"  … and {total - len(matches)} more")
        super().__init__("\n".join(lines))
        self.query = query
        self.matches = matches
        self.total = total


class ConfigError(FicshelfError):
    """A setting is invalid (a database URL, a size limit)."""


class WorkerError(FicshelfError):
    """The worker processes that analyse an import died again and again (they cannot
    start, or memory is short): the import stops rather than retry forever."""


class MissingDatabase(ConfigError):
    """A command that reads an existing library was pointed at a SQLite file that does not
    exist (opening it would create an empty one). ``path`` names the file."""

    def __init__(self, path: str) -> None:
        super().__init__(f"no database at {path}")
        self.path = path


class AccountError(FicshelfError):
    """Something a reader (or ``ficshelf user``) asked of the accounts is refused."""


class InvalidInput(AccountError):
    """A name, password, comment or bookmark that breaks a rule; the message says which."""


class NameTaken(AccountError):
    """An account of that name, in any case, exists already."""


class LoginFailed(AccountError):
    """The name or the password is wrong (one message for both, so it tells neither)."""


class TooManyLogins(AccountError):
    """Too many failed log-ins as one name in the last minutes."""


class NotPermitted(AccountError):
    """The reader may not do this: another reader's comment, or a closed sign-up."""
