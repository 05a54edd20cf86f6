"""What every route needs: the app's state (store, settings, signer, jobs), the
current user, permission checks, the CSRF guard, filter parsing and rendering."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from fastapi import HTTPException, Query, Request
from fastapi.templating import Jinja2Templates
from starlette.responses import Response

from labourlens.errors import UsageError
from labourlens.model import INDICATORS, SPEAKER_KINDS
from labourlens.review import REVIEW_STATUSES
from labourlens.settings import Settings
from labourlens.store import Store
from labourlens.web import auth
from labourlens.web.jobs import JobManager
from labourlens.web.queries import SORTS, AggregateCache, ClaimFilter

TEMPLATES = Path(__file__).parent / "templates"
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
LOCAL_USER = "local"


@dataclass
class WebState:
    store: Store
    settings: Settings
    signer: auth.SessionSigner
    limiter: auth.LoginLimiter
    jobs: JobManager
    require_login: bool
    max_upload: int
    cache: AggregateCache


def make_templates() -> Jinja2Templates:
    # Autoescape is on for every template, whatever its extension: report text is untrusted.
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
    )
    env.globals.update(INDICATORS=INDICATORS, SPEAKER_KINDS=SPEAKER_KINDS, REVIEW_STATUSES=REVIEW_STATUSES,
                       SORTS=SORTS, label=lambda s: str(s).replace("_", " "))
    return Jinja2Templates(env=env)


def state(request: Request) -> WebState:
    return request.app.state.web  # type: ignore[no-any-return]


def session(request: Request) -> auth.Session | None:
    return getattr(request.state, "session", None)


def user(request: Request) -> tuple[str | None, str | None]:
    """(name, role) of who is asking: a logged-in account, or in local mode an
    anonymous administrator named ``local``; (None, None) when login is needed."""
    s = session(request)
    if s is not None and s.logged_in:
        return s.name, s.role
    if state(request).require_login:
        return None, None
    return LOCAL_USER, "admin"


def require(request: Request, action: str) -> str:
    """The user's name when they may do ``action``; 401 when nobody is logged in, 403 when not allowed."""
    name, role = user(request)
    if name is None:
        raise HTTPException(401, "log in first")
    if not auth.can(role, action):
        raise HTTPException(403, f"your role ({role}) may not {action}; ask an admin for a reviewer account")
    return name


async def csrf_guard(request: Request) -> None:
    """Refuse (403) a state-changing request whose CSRF token is missing or wrong.
    Applied to every route of the app; the token comes in the ``X-CSRF-Token``
    header or the ``csrf_token`` form field."""
    if request.method not in UNSAFE_METHODS:
        return
    token = request.headers.get(CSRF_HEADER)
    if not token:
        ctype = request.headers.get("content-type", "")
        if ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form(max_part_size=state(request).max_upload + 1024)
            value = form.get(CSRF_FIELD)
            token = value if isinstance(value, str) else None
    if not state(request).signer.check_csrf(session(request), token):
        raise HTTPException(403, "missing or wrong CSRF token: reload the page and try again")


def _bool(value: str | None, name: str) -> bool | None:
    if value is None or value == "":
        return None
    low = value.strip().lower()
    if low in {"true", "yes", "1", "on"}:
        return True
    if low in {"false", "no", "0", "off"}:
        return False
    raise UsageError(f"{name} must be true or false, got {value!r}")


def claim_filter(
    indicator: str | None = Query(None, description="ILO indicator id (affirmed claims only)"),
    country: str | None = Query(None, description="ISO country code of a place named in the claim"),
    place: str | None = Query(None, description="place named in the claim"),
    speaker_kind: str | None = Query(None, description="kind of speaker: " + ", ".join(SPEAKER_KINDS)),
    hedged: str | None = Query(None, description="true or false"),
    negated: str | None = Query(None, description="true or false"),
    unconfirmed: str | None = Query(None, description="true or false"),
    corroborated: str | None = Query(None, description="least number of independent origins"),
    date_from: str | None = Query(None, description="event or published date from (YYYY[-MM[-DD]])"),
    date_to: str | None = Query(None, description="event or published date to (YYYY[-MM[-DD]])"),
    review: str | None = Query(None, description="review status: " + ", ".join(REVIEW_STATUSES)),
    q: str | None = Query(None, description="full-text words; \"quoted phrases\""),
    outlet: str | None = Query(None, description="outlet of the document"),
    document: str | None = Query(None, description="document id or id prefix"),
    source: str | None = Query(None, description="source key within the document (S1, OUTLET...)"),
) -> ClaimFilter:
    """The claims filter from query parameters (empty values are ignored)."""
    def s(v: str | None) -> str | None:
        return v.strip() if v and v.strip() else None

    n = s(corroborated)
    if n is not None and not n.isdigit():
        raise UsageError(f"corroborated must be a whole number, got {n!r}")
    return ClaimFilter(
        indicator=s(indicator), country=s(country), place=s(place), speaker_kind=s(speaker_kind),
        hedged=_bool(hedged, "hedged"), negated=_bool(negated, "negated"),
        unconfirmed=_bool(unconfirmed, "unconfirmed"), corroborated=int(n) if n else None,
        date_from=s(date_from), date_to=s(date_to), review=s(review), q=s(q), outlet=s(outlet),
        document=s(document), source=s(source),
    ).check()


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> Response:
    who, role = user(request)
    s = session(request)
    base = {
        "request": request,
        "user": who,
        "role": role,
        "logged_in": bool(s and s.logged_in),
        "require_login": state(request).require_login,
        "csrf": state(request).signer.csrf_token(s) if s else "",
        "can_review": auth.can(role, "review"),
        "can_ingest": auth.can(role, "ingest"),
    }
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, name, {**base, **context}, status_code=status_code)
