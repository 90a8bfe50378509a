"""The database schema (SQLAlchemy Core), one for SQLite and PostgreSQL.

Migrations in ``store/migrations/versions`` create and evolve exactly these tables; a test
checks that the migrated database matches this metadata.

works       one row per work; ``text`` is the decoded text every offset refers to;
            ``series``, ``series_part`` and ``series_url`` are what the file states,
            ``series_id`` and ``series_position`` the series the work is in here and its
            part, a person's when ``series_edited`` (``store.series``)
series      the series works are in, one row per series (none without works)
authors     author names; ``work_authors`` links them to works in byline order
chapters    a work's chapters: offsets into ``works.text`` and sanitised reader HTML
notes       front and end matter (work or chapter level), found in the text or given
sources     every file a work was imported from, with the hash of its bytes; ``duplicate``
            marks a file recorded as a copy of a work another file holds (the work is
            that file's: a change to a copy does not rewrite it, see ``store.works``)
tags        (type, name) with an optional canonical tag for synonyms
work_tags   a tag on a work with provenance, confidence and evidence spans; an ``editor``
            row with ``removed`` set records that a person took the tag off the work, an
            ``author`` or ``inferred`` one that a person's value of its single-valued
            type (rating, pov, tense) sets it aside (``store.tags``); neither counts
library_links  the ``work_tags`` links the library's reconciliation made (a fandom
            inferred from the characters of other works), so that it can tell them from
            the pipeline's and redo them; each goes when its link goes
library_relinks  the character and relationship links the library moved to a
            fandom-qualified synonym tag, with the tag they had (``ficshelf.library``)
saved_exclusions  the tags a reader never wants to see, under an owner key (an account)
users       reader accounts: a ``name`` shown as written and unique by ``name_key`` (its
            casefolded form), an argon2 ``password_hash``, an admin flag
sessions    the signed-in sessions: the SHA-256 of each session's random token (the
            cookie holds the token), the account and when it began; logging out deletes
            one, a new password or removing the account all of the account's
login_failures  failed log-ins by the name tried (known or not), for the limit of
            ``ficshelf.accounts``; rows older than the window are dropped as new ones come
kudos       one row per account per work (the work's own ``works.kudos`` is AO3's figure)
comments    plain-text comments on a work, or on one of its chapters by number (``chapter``;
            a re-import that rewrites the chapters moves it to the same chapter's new
            number, or, that chapter gone, to the whole work with ``removed_chapter``
            holding the number it had: ``store.comments.follow_chapters``); ``parent_id`` makes a
            reply (one level); ``user_id`` is null once the account is removed ("(deleted
            account)"); ``deleted`` marks a removed comment kept for its replies
bookmarks   one per account per work: a note, the reader's own tags, a private flag
readings    a reader's history, one row per account per work they read: when they last
            visited it, how many times, the last chapter they read and whether they
            marked it for later (``store.readings``; private to the account)
reading_settings  an account's reading-history setting (``history``: record visits or
            not), a row only once the reader changed it (no row: history on)
settings    the library's own values by key: ``secret_key``, the session-signing secret
            created once (``store.accounts.library_secret``)
similar_*   "more like this": a signature per work (style figures), the features works are
            compared on (tags and text terms, each with the number of works it is in) and
            the weighted postings linking works to features (see ``ficshelf.similar``)

What the pipeline found, for the reader views (replaced whenever the work is re-imported):

analysis_works       one row per analysed work: its paragraphs as ``[start, end, kind]``
                     (kind ``model.BlockKind``), the layout the dialogue view draws
analysis_characters  a work's characters: canonical name, aliases, mention offsets
                     (``[[start, end], ...]``) and counts, salience, narrator flag
analysis_quotes      a work's quotes: offsets of the quoted words, speaker (a character of
                     the same work, or none), the speaker's confidence and word count

The full-text index is not in this metadata because its form depends on the database
(``SEARCH_INDEX_TABLES``): on SQLite the FTS5 table ``works_fts`` (rowid = work id), the
shadow tables FTS5 keeps for it and ``search_changes`` (the log that keeps the in-memory tag
bitmaps of ``store.tag_bitmaps`` in step); on PostgreSQL ``work_search`` (a ``tsvector`` per
work with a GIN index). Migrations 0004 and 0005 create them and ``store.search_index`` keeps
them in step.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)

# A series as this archive holds it (``store.series``): AO3's series page when a file
# links it (``url``), else its name (``name_key``, as tags key theirs) and the authors of
# its works; what a person knows of the whole (``parts_expected``, ``complete``).
series = Table(
    "series",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(500), nullable=False),
    Column("name_key", String(500), nullable=False),
    Column("url", String(2000), unique=True),
    Column("parts_expected", Integer),
    Column("complete", Boolean),
    Column("created_at", DateTime(timezone=True), nullable=False),
    sqlite_autoincrement=True,  # a saved /series/N never shows another series
)
Index("ix_series_name_key", series.c.name_key)

works = Table(
    "works",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(500), nullable=False),
    Column("summary", Text),
    Column("language", String(35)),
    Column("text", Text, nullable=False),
    Column("text_hash", String(64), nullable=False, unique=True),
    Column("format", String(20), nullable=False),
    Column("word_count", Integer, nullable=False),
    Column("chapter_count", Integer, nullable=False),
    Column("chapters_expected", Integer),
    Column("complete", Boolean),
    Column("published", Date),
    Column("updated", Date),
    Column("url", String(2000)),
    Column("series", String(500)),
    Column("series_part", Integer),
    Column("kudos", Integer),
    Column("hits", Integer),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("modified_at", DateTime(timezone=True), nullable=False),
    Column("series_url", String(2000)),
    Column("series_id", Integer),  # a series' id; no key (migration 0016 says why)
    Column("series_position", Integer),
    Column("series_edited", Boolean, nullable=False, server_default=false()),
)
Index("ix_works_series_id", works.c.series_id, works.c.series_position)
Index("ix_works_created_at", works.c.created_at)
Index("ix_works_word_count", works.c.word_count)

authors = Table(
    "authors",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(255), nullable=False, unique=True),
)

work_authors = Table(
    "work_authors",
    metadata,
    Column("work_id", ForeignKey("works.id", ondelete="CASCADE"), primary_key=True),
    Column("author_id", ForeignKey("authors.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, nullable=False),
)
Index("ix_work_authors_author_id", work_authors.c.author_id)

chapters = Table(
    "chapters",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("work_id", ForeignKey("works.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("title", String(500)),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("html", Text, nullable=False),
    Column("word_count", Integer, nullable=False),
    UniqueConstraint("work_id", "position", name="uq_chapters_work_position"),
)

notes = Table(
    "notes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("work_id", ForeignKey("works.id", ondelete="CASCADE"), nullable=False),
    Column("chapter", Integer),
    Column("kind", String(20), nullable=False),
    Column("placement", String(10), nullable=False),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("html", Text),
    Column("start", Integer),
    Column("end", Integer),
)
Index("ix_notes_work_id", notes.c.work_id)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("work_id", ForeignKey("works.id", ondelete="CASCADE"), nullable=False),
    Column("path", String(4000), nullable=False, unique=True),
    Column("file_hash", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("format", String(20), nullable=False),
    Column("imported_at", DateTime(timezone=True), nullable=False),
    Column("duplicate", Boolean, nullable=False, server_default=false()),
)
Index("ix_sources_work_id", sources.c.work_id)

tags = Table(
    "tags",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("type", String(20), nullable=False),
    Column("name", String(500), nullable=False),
    Column("name_key", String(500), nullable=False),
    Column("canonical_id", ForeignKey("tags.id", ondelete="SET NULL")),
    UniqueConstraint("type", "name_key", name="uq_tags_type_name_key"),
)
Index("ix_tags_canonical_id", tags.c.canonical_id)
# Tag autocomplete looks names up by prefix (LIKE 'p%' on PostgreSQL needs the pattern ops).
Index("ix_tags_name_key", tags.c.name_key, postgresql_ops={"name_key": "text_pattern_ops"})

work_tags = Table(
    "work_tags",
    metadata,
    Column("work_id", ForeignKey("works.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
    Column("provenance", String(10), nullable=False),
    Column("confidence", Float),
    Column("evidence", JSON),
    Column("removed", Boolean, nullable=False, default=False),
    # where the file's own metadata states the tag ("tag: Grief/Mourning"): evidence with no
    # span of the text (a list of strings; null for none)
    Column("sources", JSON),
)
# Covering (tag, then work, then what decides whether the link counts): the search filters
# and facets read the works of a tag from this index alone.
Index(
    "ix_work_tags_tag_id",
    work_tags.c.tag_id,
    work_tags.c.work_id,
    work_tags.c.removed,
    work_tags.c.provenance,
    work_tags.c.confidence,
)

saved_exclusions = Table(
    "saved_exclusions",
    metadata,
    Column("owner", String(255), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)

SEARCH_INDEX_TABLES: dict[str, frozenset[str]] = {
    "sqlite": frozenset(
        {
            "works_fts",
            "works_fts_config",
            "works_fts_content",
            "works_fts_data",
            "works_fts_docsize",
            "works_fts_idx",
            "search_changes",
        }
    ),
    "postgresql": frozenset({"work_search"}),
}
"""The tables of the full-text index on each database, outside ``metadata`` (see above)."""

analysis_works = Table(
    "analysis_works",
    metadata,
    Column("work_id", ForeignKey("works.id", ondelete="CASCADE"), primary_key=True),
    Column("blocks", JSON, nullable=False),
)

analysis_characters = Table(
    "analysis_characters",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("work_id", ForeignKey("works.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("name", String(500), nullable=False),
    Column("aliases", JSON, nullable=False),
    Column("mentions", JSON, nullable=False),
    Column("mention_count", Integer, nullable=False),
    Column("quote_count", Integer, nullable=False),
    Column("quote_words", Integer, nullable=False),
    Column("salience", Float, nullable=False),
    Column("narrator", Boolean, nullable=False),
    UniqueConstraint("work_id", "position", name="uq_analysis_characters_work_position"),
)

analysis_quotes = Table(
    "analysis_quotes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("work_id", ForeignKey("works.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("character_id", ForeignKey("analysis_characters.id", ondelete="SET NULL")),
    Column("confidence", Float, nullable=False),
    Column("words", Integer, nullable=False),
    Column("in_note", Boolean, nullable=False),
    UniqueConstraint("work_id", "position", name="uq_analysis_quotes_work_position"),
)
Index("ix_analysis_quotes_character_id", analysis_quotes.c.character_id)

library_links = Table(
    "library_links",
    metadata,
    Column("work_id", Integer, primary_key=True),
    Column("tag_id", Integer, primary_key=True),
    ForeignKeyConstraint(
        ["work_id", "tag_id"],
        ["work_tags.work_id", "work_tags.tag_id"],
        ondelete="CASCADE",
        name="fk_library_links_work_tags",
    ),
)
Index("ix_library_links_tag_id", library_links.c.tag_id)

# A character or relationship link the library moved to a fandom-qualified tag ("Harry" on
# a Dorian Gray work → "Harry (The Picture of Dorian Gray)", a synonym of "Lord Henry
# Wotton"), with the tag the work's file or the pipeline gave (``from_tag_id``), so that
# reconciliation can move it back when the work leaves that fandom.
library_relinks = Table(
    "library_relinks",
    metadata,
    Column("work_id", Integer, primary_key=True),
    Column("tag_id", Integer, primary_key=True),
    Column("from_tag_id", ForeignKey("tags.id", ondelete="CASCADE"), nullable=False),
    ForeignKeyConstraint(
        ["work_id", "tag_id"],
        ["work_tags.work_id", "work_tags.tag_id"],
        ondelete="CASCADE",
        name="fk_library_relinks_work_tags",
    ),
)
Index("ix_library_relinks_tag_id", library_relinks.c.tag_id)

similar_signatures = Table(
    "similar_signatures",
    metadata,
    Column("work_id", ForeignKey("works.id", ondelete="CASCADE"), primary_key=True),
    Column("dialogue_share", Float),
    Column("terms", Integer, nullable=False),
)

similar_features = Table(
    "similar_features",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(4), nullable=False),
    Column("key", String(64), nullable=False),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE")),
    Column("works", Integer, nullable=False),
    UniqueConstraint("kind", "key", name="uq_similar_features_kind_key"),
)

similar_postings = Table(
    "similar_postings",
    metadata,
    Column("work_id", ForeignKey("works.id", ondelete="CASCADE"), primary_key=True),
    Column("feature_id", ForeignKey("similar_features.id", ondelete="CASCADE"), primary_key=True),
    Column("weight", Float, nullable=False),
    sqlite_with_rowid=False,  # clustered on (work_id, feature_id): a work's postings together
)
# The "champion list" of a feature: the works it weighs most in, read best first.
Index(
    "ix_similar_postings_champions",
    similar_postings.c.feature_id,
    similar_postings.c.weight,
    similar_postings.c.work_id,
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(40), nullable=False),
    Column("name_key", String(40), nullable=False, unique=True),
    Column("password_hash", String(255), nullable=False),
    Column("is_admin", Boolean, nullable=False, server_default=false()),
    Column("created_at", DateTime(timezone=True), nullable=False),
    sqlite_autoincrement=True,  # a removed account's id is never given to another
)

sessions = Table(
    "sessions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    sqlite_autoincrement=True,
)
Index("ix_sessions_user_id", sessions.c.user_id)

password_resets = Table(
    "password_resets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("used_at", DateTime(timezone=True)),
    sqlite_autoincrement=True,
)
Index("ix_password_resets_user_id", password_resets.c.user_id)

login_failures = Table(
    "login_failures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name_key", String(255), nullable=False),
    Column("failed_at", DateTime(timezone=True), nullable=False),
)
Index("ix_login_failures_name_key", login_failures.c.name_key, login_failures.c.failed_at)

kudos = Table(
    "kudos",
    metadata,
    Column("work_id", ForeignKey("works.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
Index("ix_kudos_user_id", kudos.c.user_id)

comments = Table(
    "comments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("work_id", ForeignKey("works.id", ondelete="CASCADE"), nullable=False),
    Column("chapter", Integer),
    Column("removed_chapter", Integer),
    Column("parent_id", ForeignKey("comments.id", ondelete="CASCADE")),
    Column("user_id", ForeignKey("users.id", ondelete="SET NULL")),
    Column("body", Text, nullable=False),
    Column("deleted", Boolean, nullable=False, server_default=false()),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("edited_at", DateTime(timezone=True)),
    sqlite_autoincrement=True,  # a saved /comments/N never shows another comment
)
Index("ix_comments_work_id", comments.c.work_id, comments.c.id)
Index("ix_comments_parent_id", comments.c.parent_id)
Index("ix_comments_user_id", comments.c.user_id)

bookmarks = Table(
    "bookmarks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("work_id", ForeignKey("works.id", ondelete="CASCADE"), nullable=False),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("note", Text, nullable=False, server_default=""),
    Column("tags", JSON, nullable=False),
    Column("private", Boolean, nullable=False, server_default=false()),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("work_id", "user_id", name="uq_bookmarks_work_user"),
    sqlite_autoincrement=True,
)
Index("ix_bookmarks_user_id", bookmarks.c.user_id, bookmarks.c.id)

readings = Table(
    "readings",
    metadata,
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("work_id", ForeignKey("works.id", ondelete="CASCADE"), primary_key=True),
    Column("last_visited_at", DateTime(timezone=True), nullable=False),
    Column("visits", Integer, nullable=False, server_default="0"),
    Column("chapter", Integer),
    Column("marked_for_later", Boolean, nullable=False, server_default=false()),
    Column("part", Integer),  # of the chapter read (text_parts); NULL: its start
)
# A reader's history, newest first; the work's readings, for deleting the work.
Index("ix_readings_last_visited", readings.c.user_id, readings.c.last_visited_at)
Index("ix_readings_work_id", readings.c.work_id)

reading_settings = Table(
    "reading_settings",
    metadata,
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("history", Boolean, nullable=False),
    Column("changed_at", DateTime(timezone=True), nullable=False),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
