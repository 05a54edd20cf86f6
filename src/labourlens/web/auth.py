"""Local accounts, signed session cookies, CSRF tokens and the login rate limit.

Passwords are hashed with argon2 (argon2-cffi). A session is a cookie holding
``name|role|nonce|expiry`` signed with HMAC-SHA256; the CSRF token of a session is
an HMAC of its nonce, so it needs no server-side state. Anonymous visitors (local
mode) get a session too, so CSRF checks apply to every state-changing request."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from labourlens.errors import NotFound, UsageError
from labourlens.store import schema as t

if TYPE_CHECKING:  # pragma: no cover
    from labourlens.store import Store

ROLES: tuple[str, ...] = ("viewer", "reviewer", "admin")
SESSION_COOKIE = "labourlens_session"
SESSION_SECONDS = 12 * 3600
MIN_PASSWORD = 8
_hasher = PasswordHasher()

__all__ = [
    "ROLES",
    "LoginLimiter",
    "Session",
    "SessionSigner",
    "add_user",
    "can",
    "delete_user",
    "has_accounts",
    "list_users",
    "verify_user",
]


# ------------------------------------------------------------------ accounts


def _check_name(name: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > 100 or any(ch in name for ch in "|\n\r\t") or not name.isprintable():
        raise UsageError("a user name must be 1-100 printable characters without '|' or tabs")
    return name


def add_user(store: Store, name: str, role: str, password: str, *, replace: bool = False) -> dict[str, Any]:
    """Create (or with ``replace`` update) a local account; returns name, role, created_at."""
    name = _check_name(name)
    if role not in ROLES:
        raise UsageError(f"role must be one of {', '.join(ROLES)}, got {role!r}")
    if len(password or "") < MIN_PASSWORD:
        raise UsageError(f"the password must have at least {MIN_PASSWORD} characters")
    row = {
        "name": name,
        "role": role,
        "password_hash": _hasher.hash(password),
        "created_at": datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
    }
    u = t.users
    with store.engine.begin() as conn:
        exists = conn.execute(sa.select(u.c.name).where(u.c.name == name)).first() is not None
        if exists and not replace:
            raise UsageError(f"user {name!r} exists already; use --replace to change the role or password")
        if exists:
            conn.execute(sa.update(u).where(u.c.name == name).values(**row))
        else:
            conn.execute(sa.insert(u), [row])
    return {k: row[k] for k in ("name", "role", "created_at")}


def delete_user(store: Store, name: str) -> None:
    with store.engine.begin() as conn:
        if conn.execute(sa.delete(t.users).where(t.users.c.name == name)).rowcount == 0:
            raise NotFound(f"no user {name!r}; `labourlens user list` shows the accounts")


def list_users(store: Store) -> list[dict[str, Any]]:
    u = t.users
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(sa.select(u.c.name, u.c.role, u.c.created_at).order_by(u.c.name))
                .mappings()]


def has_accounts(store: Store) -> bool:
    with store.engine.connect() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(t.users)).scalar_one() > 0


def verify_user(store: Store, name: str, password: str) -> str | None:
    """The user's role when ``password`` is right, else None (the hash is checked even
    for unknown names, so timing does not tell which names exist)."""
    u = t.users
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(u.c.role, u.c.password_hash).where(u.c.name == name)).first()
    stored = row.password_hash if row is not None else _DUMMY_HASH
    try:
        _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None
    return str(row.role) if row is not None else None


_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


def can(role: str | None, action: str) -> bool:
    """``view`` needs any role, ``review`` and ``ingest`` a reviewer, ``admin`` an admin."""
    need = {"view": "viewer", "review": "reviewer", "ingest": "reviewer", "admin": "admin"}[action]
    return role in ROLES and ROLES.index(role) >= ROLES.index(need)


# ------------------------------------------------------------------ sessions and CSRF

KEY_FILE = ".session-key"


def session_secret(store: Store, settings: Any) -> bytes:
    """The key that signs session cookies: the ``session_secret`` setting, else a random key
    created once in the originals folder (readable by its owner only), so that restarting
    the app does not log everyone out."""
    configured = str(getattr(settings, "values", {}).get("session_secret") or "")
    if configured:
        if len(configured.encode()) < 16:
            raise UsageError("LABOURLENS_SESSION_SECRET must have at least 16 characters; "
                             "use a long random string, e.g. from: python -c 'import secrets; "
                             "print(secrets.token_hex(32))'")
        return configured.encode()
    folder = Path(store.originals)
    path = folder / KEY_FILE
    try:
        folder.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            key = path.read_bytes()
            if len(key) >= 32:
                return key
            path.unlink()  # truncated or damaged: replace it (sessions signed with it end)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        key = secrets.token_bytes(32)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key)
        return key
    except OSError as exc:
        raise UsageError(f"cannot keep the session key in {path}: {exc.strerror or exc}; make the folder "
                         "writable or set LABOURLENS_SESSION_SECRET") from exc


def current_role(store: Store, name: str) -> str | None:
    """The role the account ``name`` has now, or None when it was deleted."""
    u = t.users
    with store.engine.connect() as conn:
        role = conn.execute(sa.select(u.c.role).where(u.c.name == name)).scalar_one_or_none()
    return str(role) if role is not None else None


@dataclass(frozen=True)
class Session:
    name: str | None  # None: anonymous
    role: str | None
    nonce: str
    expires: int

    @property
    def logged_in(self) -> bool:
        return self.name is not None


class SessionSigner:
    """Signs and checks session cookies and CSRF tokens with one secret key."""

    def __init__(self, secret: bytes) -> None:
        if len(secret) < 16:
            raise UsageError("the session secret must have at least 16 bytes")
        self._key = secret

    def _mac(self, payload: bytes) -> str:
        return base64.urlsafe_b64encode(hmac.new(self._key, payload, hashlib.sha256).digest()).decode().rstrip("=")

    def new(self, name: str | None = None, role: str | None = None) -> Session:
        return Session(name, role, secrets.token_urlsafe(18), int(time.time()) + SESSION_SECONDS)

    def dumps(self, session: Session) -> str:
        payload = "|".join([session.name or "", session.role or "", session.nonce, str(session.expires)])
        raw = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
        return raw + "." + self._mac(raw.encode())

    def loads(self, cookie: str | None) -> Session | None:
        """The session in ``cookie``, or None when it is missing, forged or expired."""
        if not cookie or "." not in cookie:
            return None
        raw, mac = cookie.rsplit(".", 1)
        if not hmac.compare_digest(mac, self._mac(raw.encode())):
            return None
        try:
            payload = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode()
            name, role, nonce, expires = payload.split("|")
            session = Session(name or None, role or None, nonce, int(expires))
        except ValueError:
            return None
        if session.expires < time.time():
            return None
        return session

    def csrf_token(self, session: Session) -> str:
        return self._mac(b"csrf|" + session.nonce.encode())

    def check_csrf(self, session: Session | None, token: str | None) -> bool:
        return bool(session and token) and hmac.compare_digest(self.csrf_token(session), token or "")  # type: ignore[arg-type]


class LoginLimiter:
    """At most ``attempts`` failed logins per key (client address and name) in ``window`` seconds."""

    def __init__(self, attempts: int = 5, window: float = 300.0) -> None:
        self.attempts = attempts
        self.window = window
        self._failures: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> list[float]:
        kept = [x for x in self._failures.get(key, []) if now - x < self.window]
        self._failures[key] = kept
        return kept

    def blocked(self, key: str) -> bool:
        with self._lock:
            return len(self._recent(key, time.monotonic())) >= self.attempts

    def failed(self, key: str) -> None:
        with self._lock:
            now = time.monotonic()
            self._recent(key, now).append(now)

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)
