"""Readers' accounts in the store, on both backends: names unique in any case, argon2
hashes (rehashed when the parameters change), the failed log-in limit, kudos once, threads
of comments, private bookmarks, the counts blurbs show, the kudos sort, and what deleting
or re-importing a work does to what readers left on it."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Connection, func, select

from ficshelf import accounts
from ficshelf.errors import (
    InvalidInput,
    LoginFailed,
    NameTaken,
    NotFound,
    NotPermitted,
    PastLastPage,
    TooManyLogins,
)
from ficshelf.model import TagType
from ficshelf.search_query import TagRef
from ficshelf.store import schema
from ficshelf.store.accounts import (
    account_named,
    library_secret,
    remove_account,
)
from ficshelf.store.bookmarks import bookmark_of, bookmarks_of, remove_bookmark, save_bookmark
from ficshelf.store.browse import blurbs, get_work
from ficshelf.store.comments import (
    ReplyTarget,
    add_comment,
    comment_count_of_user,
    comment_threads,
    delete_comment,
    edit_comment,
    get_comment,
    last_thread_page,
    reply_target,
    thread_page,
)
from ficshelf.store.db import Database
from ficshelf.store.kudos import has_left_kudos, kudos_names, leave_kudos
from ficshelf.store.search import search
from ficshelf.store.search_request import SearchRequest, Sort
from ficshelf.store.works import delete_work, save_work
from work_builders import given, one_chapter_work, source_for

TEXT = "The lamp had not gone out in forty years.\n\nMaren meant to keep it so."
FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def _work(conn: Connection, text: str = TEXT, path: str = "lamp.txt") -> int:
    record = one_chapter_work(text, title=path, tags=[given(TagType.FANDOM, "Gullrock")])
    return save_work(conn, record, source_for(path, text)).work_id


def test_names_are_unique_in_any_case_and_checked(db: Database) -> None:
    with db.begin() as conn:
        made = accounts.create_account(conn, "Maren", "a good password")
        assert made.name == "Maren" and not made.is_admin
        with pytest.raises(NameTaken):
            accounts.create_account(conn, "MAREN", "another password")
        assert account_named(conn, "maren") == made
        for bad in ("m", "no spaces", "-dash", "x" * 41, "naïve", "<b>"):
            with pytest.raises(InvalidInput):
                accounts.create_account(conn, bad, "a good password")
        with pytest.raises(InvalidInput, match="8 characters"):
            accounts.create_account(conn, "ivo", "short")
    assert "password_hash" not in repr(made) and "argon2" not in repr(made)


def test_logging_in_checks_the_hash_and_counts_failures(db: Database) -> None:
    with db.begin() as conn:
        accounts.create_account(conn, "maren", "a good password")
        assert accounts.authenticate(conn, "MAREN", "a good password").name == "maren"
        for name, password in (("maren", "wrong password"), ("nobody", "a good password")):
            with pytest.raises(LoginFailed) as refused:
                accounts.authenticate(conn, name, password)
            assert str(refused.value) == accounts.GENERIC_FAILURE  # the same for both
        for _ in range(accounts.MAX_FAILED_LOGINS - 1):
            with pytest.raises(LoginFailed):
                accounts.authenticate(conn, "maren", "wrong password")
        with pytest.raises(TooManyLogins):  # now even the right password waits
            accounts.authenticate(conn, "maren", "a good password")
        with pytest.raises(LoginFailed):  # too long to be anyone's
            accounts.authenticate(conn, "nobody2", "x" * 5000)


class CountingHasher(PasswordHasher):
    """argon2-cffi's hasher, counting the hashes it checks."""

    checked = 0

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:  # noqa: A002
        CountingHasher.checked += 1
        return super().verify(hash, password)


def test_an_unknown_name_costs_a_hash_check_too(db: Database) -> None:
    """So that the time a refusal takes does not tell whether the name exists."""
    hasher = CountingHasher()
    CountingHasher.checked = 0
    with db.begin() as conn:
        accounts.create_account(conn, "maren", "a good password")
        for name in ("maren", "nobody"):
            with pytest.raises(LoginFailed):
                accounts.authenticate(conn, name, "wrong password", hasher)
    assert CountingHasher.checked == 2


def test_a_hash_with_old_parameters_is_replaced_on_log_in(db: Database) -> None:
    with db.begin() as conn:
        from ficshelf.store.accounts import create_account

        create_account(conn, "ivo", FAST.hash("a good password"))
        accounts.authenticate(conn, "ivo", "a good password")
        stored = account_named(conn, "ivo")
        assert stored is not None
        assert not accounts.HASHER.check_needs_rehash(stored.password_hash)
        assert accounts.authenticate(conn, "ivo", "a good password").name == "ivo"


def test_changing_a_password(db: Database) -> None:
    with db.begin() as conn:
        accounts.create_account(conn, "maren", "a good password")
        accounts.change_password(conn, "maren", "a better password")
        with pytest.raises(LoginFailed):
            accounts.authenticate(conn, "maren", "a good password")
        assert accounts.authenticate(conn, "maren", "a better password")
        with pytest.raises(NotFound):
            accounts.change_password(conn, "nobody", "a better password")


def test_the_library_secret_is_made_once(db: Database) -> None:
    with db.begin() as conn:
        first = library_secret(conn)
    with db.begin() as conn:
        assert library_secret(conn) == first and len(first) >= 32


def test_kudos_once_per_account_with_names(db: Database) -> None:
    with db.begin() as conn:
        work = _work(conn)
        maren = accounts.create_account(conn, "maren", "a good password")
        ivo = accounts.create_account(conn, "ivo", "a good password")
        assert leave_kudos(conn, work, maren.id)
        assert not leave_kudos(conn, work, maren.id)  # a polite no-op
        assert leave_kudos(conn, work, ivo.id)
        assert sorted(kudos_names(conn, work)) == ["ivo", "maren"]
        assert has_left_kudos(conn, work, ivo.id)
        with pytest.raises(NotFound):
            leave_kudos(conn, 10_000, ivo.id)
        assert blurbs(conn, [work])[0].archive_kudos == 2


def test_comment_threads_edits_and_deletions(db: Database) -> None:
    with db.begin() as conn:
        work = _work(conn)
        maren = accounts.create_account(conn, "maren", "a good password")
        ivo = accounts.create_account(conn, "ivo", "a good password", is_admin=True)
        first = add_comment(conn, work, maren.id, "Lovely.").id
        reply = add_comment(conn, work, ivo.id, "Agreed.", parent_id=first).id
        deeper = add_comment(conn, work, maren.id, "Thanks!", parent_id=reply).id
        on_chapter = add_comment(conn, work, ivo.id, "This chapter!", chapter=1).id
        threads = comment_threads(conn, work).items
        assert [t.id for t in threads] == [first, on_chapter]
        assert [r.id for r in threads[0].replies] == [reply, deeper]  # one level
        assert [t.id for t in comment_threads(conn, work, chapter=1).items] == [on_chapter]
        with pytest.raises(NotPermitted):
            edit_comment(conn, first, ivo.id, "Not mine to edit.")
        edit_comment(conn, first, maren.id, "Lovely, truly.")
        assert get_comment(conn, first).body == "Lovely, truly."
        assert get_comment(conn, first).edited_at is not None
        with pytest.raises(NotPermitted):
            delete_comment(conn, reply, maren.id, admin=False)
        delete_comment(conn, first, maren.id, admin=False)  # replies keep it as a placeholder
        kept = get_comment(conn, first)
        assert kept.deleted and kept.body == "" and kept.user is None
        delete_comment(conn, reply, ivo.id, admin=True)
        delete_comment(conn, deeper, ivo.id, admin=True)  # an admin deletes any
        with pytest.raises(NotFound):
            get_comment(conn, first)  # the placeholder went with its last reply
        assert blurbs(conn, [work])[0].comments == 1
        assert comment_count_of_user(conn, ivo.id) == 1


def test_a_removed_accounts_comments_stay(db: Database) -> None:
    with db.begin() as conn:
        work = _work(conn)
        gone = accounts.create_account(conn, "gone", "a good password")
        said = add_comment(conn, work, gone.id, "Still here.").id
        leave_kudos(conn, work, gone.id)
        save_bookmark(conn, work, gone.id, note="", tags=[], private=False)
        remove_account(conn, "gone")
        (thread,) = comment_threads(conn, work).items
        assert (thread.id, thread.user, thread.body) == (said, None, "Still here.")
        assert kudos_names(conn, work) == ()
        assert blurbs(conn, [work])[0].bookmarks == 0


def test_bookmarks_private_and_public(db: Database) -> None:
    with db.begin() as conn:
        one, two = _work(conn), _work(conn, TEXT + " Again.", "two.txt")
        ivo = accounts.create_account(conn, "ivo", "a good password")
        save_bookmark(conn, one, ivo.id, note="reread", tags=["comfort"], private=False)
        save_bookmark(conn, two, ivo.id, note="secret", tags=[], private=True)
        changed = save_bookmark(
            conn, one, ivo.id, note="reread often", tags=["a", "b"], private=False
        )
        assert (changed.note, changed.tags) == ("reread often", ("a", "b"))
        assert bookmarks_of(conn, ivo.id, 1, 10, with_private=True).total == 2
        public = bookmarks_of(conn, ivo.id, 1, 10, with_private=False)
        assert [b.work_id for b in public.items] == [one]
        assert [b.bookmarks for b in blurbs(conn, [one, two])] == [1, 0]
        assert remove_bookmark(conn, one, ivo.id) and not remove_bookmark(conn, one, ivo.id)
        assert bookmark_of(conn, one, ivo.id) is None
        count = select(func.count()).select_from(schema.bookmarks)
        assert conn.execute(count).scalar_one() == 1


def test_the_kudos_sort_adds_the_archives_kudos_to_ao3s(db: Database) -> None:
    """AO3's figure (``works.kudos``) and this archive's kudos are added up; with none
    left here, AO3's order stands (a work without a figure last)."""
    with db.begin() as conn:
        quiet = _work(conn, "A quiet lamp story.", "quiet.txt")
        ao3 = _work(conn, "A lamp story from AO3.", "ao3.txt")
        loved = _work(conn, "A loved lamp story.", "loved.txt")
        conn.execute(schema.works.update().where(schema.works.c.id == ao3).values(kudos=1))
        conn.execute(schema.works.update().where(schema.works.c.id == loved).values(kudos=0))
        request = SearchRequest(
            include=(TagRef(TagType.FANDOM, "Gullrock"),), sort=Sort.KUDOS, facets=False
        )
        assert [h.work.id for h in search(conn, request).hits.items] == [ao3, loved, quiet]
        for name in ("a1", "a2"):
            reader = accounts.create_account(conn, name, "a good password")
            leave_kudos(conn, loved, reader.id)
        ranked = search(conn, request).hits.items
        assert [h.work.id for h in ranked] == [loved, ao3, quiet]
        assert [(h.work.kudos, h.work.archive_kudos) for h in ranked] == [(0, 2), (1, 0), (None, 0)]


def test_deleting_a_work_takes_what_readers_left_with_it(db: Database) -> None:
    with db.begin() as conn:
        work = _work(conn)
        ivo = accounts.create_account(conn, "ivo", "a good password")
        leave_kudos(conn, work, ivo.id)
        add_comment(conn, work, ivo.id, "Gone soon.")
        save_bookmark(conn, work, ivo.id, note="", tags=[], private=True)
        delete_work(conn, work)
        for table in (schema.kudos, schema.comments, schema.bookmarks):
            assert conn.execute(select(func.count()).select_from(table)).scalar_one() == 0
        assert account_named(conn, "ivo") is not None


def test_re_importing_keeps_what_readers_left(db: Database) -> None:
    """A changed file rewrites its work in place (kudos, comments, bookmarks stay); a file
    whose new text is another work's leaves its old work standing while readers left
    something on it."""
    with db.begin() as conn:
        work = _work(conn)
        other = _work(conn, "Another story entirely.", "other.txt")
        ivo = accounts.create_account(conn, "ivo", "a good password")
        leave_kudos(conn, work, ivo.id)
        add_comment(conn, work, ivo.id, "Kept.", chapter=1)
        changed = TEXT + "\n\nAn epilogue."
        again = save_work(
            conn, one_chapter_work(changed, title="lamp"), source_for("lamp.txt", changed)
        )
        assert again.work_id == work
        assert kudos_names(conn, work) == ("ivo",)
        assert [c.body for c in comment_threads(conn, work, chapter=1).items] == ["Kept."]
        same_as_other = "Another story entirely."
        save_work(
            conn,
            one_chapter_work(same_as_other, title="lamp"),
            source_for("lamp.txt", same_as_other + " "),
        )
        assert get_work(conn, work).id == work  # kept, without a file, for its readers
        assert kudos_names(conn, work) == ("ivo",)
        assert other != work


def test_a_reply_is_checked_by_the_store_alone(db: Database) -> None:
    with db.begin() as conn:
        work = _work(conn)
        other = _work(conn, TEXT + " More.", "other.txt")
        maren = accounts.create_account(conn, "maren", "a good password")
        top = add_comment(conn, work, maren.id, "Going soon.", chapter=1)
        reply = add_comment(conn, work, maren.id, "Answer.", parent_id=top.id)
        assert (reply.chapter, reply.thread) == (1, top.id)  # the thread's chapter and top
        deeper = add_comment(conn, work, maren.id, "Deeper.", parent_id=reply.id)
        assert deeper.thread == top.id
        assert reply_target(conn, work, reply.id) == ReplyTarget(thread=top.id, chapter=1)
        delete_comment(conn, top.id, maren.id, admin=False)  # a placeholder: replies stay
        with pytest.raises(InvalidInput, match="deleted"):
            add_comment(conn, work, maren.id, "Hello?", parent_id=top.id)
        with pytest.raises(NotFound):
            add_comment(conn, other, maren.id, "Elsewhere?", parent_id=reply.id)
        # a reply to a live reply of a deleted comment joins the thread still
        assert add_comment(conn, work, maren.id, "Still.", parent_id=reply.id).thread == top.id


def test_comment_threads_come_in_pages(db: Database) -> None:
    with db.begin() as conn:
        work = _work(conn)
        maren = accounts.create_account(conn, "maren", "a good password")
        assert comment_threads(conn, work).items == () and last_thread_page(conn, work) == 1
        tops = [
            add_comment(conn, work, maren.id, f"{i}", chapter=i % 2 or None).id for i in range(7)
        ]
        add_comment(conn, work, maren.id, "a reply", parent_id=tops[6])
        page = comment_threads(conn, work, page=3, per_page=3)
        assert [t.id for t in page.items] == tops[6:] and page.pages == 3 and page.total == 7
        assert [r.body for r in page.items[0].replies] == ["a reply"]
        odd = comment_threads(conn, work, chapter=1, page=2, per_page=2)
        assert [t.id for t in odd.items] == [tops[5]]  # 1, 3 on page 1; 5 on page 2
        assert thread_page(conn, work, tops[5], chapter=1, per_page=2) == 2
        assert thread_page(conn, work, tops[5], per_page=2) == 3
        assert last_thread_page(conn, work, chapter=1, per_page=2) == 2
        with pytest.raises(PastLastPage):
            comment_threads(conn, work, page=4, per_page=3)
