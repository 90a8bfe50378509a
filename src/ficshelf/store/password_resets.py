"""One-time password reset links in the database (``ficshelf user reset-link``).

A link holds a random token; the ``password_resets`` table keeps only its SHA-256
(``store.accounts.token_hash``), the account, when the link was made and when it expires,
and when it was used. A link works once and until it expires; a newer link of the same
account replaces the older ones, and using one ends every other (``use_reset``). Links
past their time, of any account, are dropped when a new one is made.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, delete, insert, select, update

from ficshelf.store.accounts import Account, account_named, storable, token_hash
from ficshelf.store.library_copy import in_utc
from ficshelf.store.schema import password_resets


def create_reset(conn: Connection, user_id: int, lifetime: timedelta) -> tuple[str, datetime]:
    """Make a reset link of account ``user_id`` valid for ``lifetime``, replacing any
    earlier one of the account; returns its token (only its hash is stored) and when it
    expires."""
    now = datetime.now(UTC)
    links = password_resets.c
    conn.execute(delete(password_resets).where(links.expires_at <= now))
    conn.execute(delete(password_resets).where(links.user_id == user_id))
    token = secrets.token_urlsafe(32)
    expires = now + lifetime
    row = {
        "token_hash": token_hash(token),
        "user_id": user_id,
        "created_at": now,
        "expires_at": expires,
    }
    conn.execute(insert(password_resets).values(row))
    return token, expires


def reset_holder(conn: Connection, name: str, token: str) -> tuple[Account, datetime] | None:
    """Return the account called ``name`` and when the link expires, when ``token`` is
    that account's reset link, not used and not expired; else ``None``."""
    if not token or len(token) > 100 or not storable(token):
        return None
    account = account_named(conn, name)
    if account is None:
        return None
    links = password_resets.c
    expires = conn.execute(
        select(links.expires_at).where(
            links.token_hash == token_hash(token),
            links.user_id == account.id,
            links.used_at.is_(None),
            links.expires_at > datetime.now(UTC),
        )
    ).scalar()
    return None if expires is None else (account, in_utc(expires) or expires)


def use_reset(conn: Connection, user_id: int, token: str) -> bool:
    """Mark reset link ``token`` of account ``user_id`` used, if it still may be (unused,
    not expired: checked in the one statement, so two uses at once cannot both pass), and
    drop the account's other links. Returns whether it was used now."""
    links = password_resets.c
    now = datetime.now(UTC)
    used = conn.execute(
        update(password_resets)
        .where(
            links.token_hash == token_hash(token),
            links.user_id == user_id,
            links.used_at.is_(None),
            links.expires_at > now,
        )
        .values(used_at=now)
    ).rowcount
    if used:
        conn.execute(
            delete(password_resets).where(
                links.user_id == user_id, links.token_hash != token_hash(token)
            )
        )
    return bool(used)
