"""The web app: :func:`create_app` builds a FastAPI app over one evidence store.

Pages (:mod:`labourlens.web.pages`) and the JSON API (:mod:`labourlens.web.api`)
call the same library functions. Every response carries a strict
Content-Security-Policy (no inline scripts or styles, nothing from other hosts);
every state-changing request needs a CSRF token; report text is always escaped."""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Form, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.responses import Response

from labourlens import settings as settings_mod
from labourlens.errors import LabourlensError, NotFound, UsageError
from labourlens.settings import Settings
from labourlens.store import Store, open_store
from labourlens.web import auth
from labourlens.web.context import WebState, csrf_guard, make_templates, render, session, state
from labourlens.web.jobs import IngestFn, JobManager
from labourlens.web.queries import AggregateCache

STATIC = Path(__file__).parent / "static"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
MAX_UPLOAD = 20 * 1024 * 1024
MAX_FILES_PER_REQUEST = 10  # a request body may hold this many maximum-size uploads
OPEN_PATHS = ("/login", "/static/", "/favicon.ico", "/api/me")

__all__ = ["CSP", "create_app", "check_bind", "is_loopback"]


def is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(store: Store, host: str) -> bool:
    """Whether the app must ask for a login when bound to ``host``; raises UsageError
    when ``host`` is reachable from other machines and no account exists."""
    if is_loopback(host):
        return False
    if not auth.has_accounts(store):
        raise UsageError(
            f"refusing to listen on {host}: other machines could reach the app and no account exists; "
            "create one with `labourlens user add NAME --role admin`, or use --host 127.0.0.1"
        )
    return True


def jsonable_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Validation errors as FastAPI's default 422 body gives them."""
    from fastapi.encoders import jsonable_encoder

    return list(jsonable_encoder(exc.errors()))


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or "application/json" in request.headers.get("accept", "")


def create_app(
    db: str | None = None,
    settings: Settings | None = None,
    *,
    require_login: bool = False,
    secret: bytes | None = None,
    store: Store | None = None,
    ingest_fn: IngestFn | None = None,
    max_upload: int | None = None,
) -> FastAPI:
    """The web app over the store at ``db`` (or an open ``store``).

    ``require_login``: every page needs an account (set by ``serve`` when bound to a
    non-loopback address). ``secret`` signs session cookies (default: the
    ``session_secret`` setting, else a key kept in the originals folder, so restarts keep
    users logged in). ``max_upload`` caps one uploaded file
    (default: the smaller of the ``max_bytes`` setting and 20 MB)."""
    settings = settings or settings_mod.load()
    store = store or open_store(db, settings)
    limit = max_upload or min(int(settings.values.get("max_bytes", MAX_UPLOAD)), MAX_UPLOAD)
    cache = AggregateCache()
    web = WebState(
        store=store,
        settings=settings,
        signer=auth.SessionSigner(secret or auth.session_secret(store, settings)),
        limiter=auth.LoginLimiter(),
        jobs=JobManager(store, settings, ingest_fn, on_done=lambda: cache.warm(store)),
        require_login=require_login,
        max_upload=limit,
        cache=cache,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        threading.Thread(target=_warm, args=(cache, store), name="labourlens-warm", daemon=True).start()
        yield
        web.jobs.wait(timeout=5)

    app = FastAPI(
        title="labourlens",
        summary="Evidence of forced labour in news reports: claims, speakers, places, review.",
        docs_url=None,  # Swagger UI loads scripts from a CDN; /api/docs renders the schema locally
        redoc_url=None,
        dependencies=[Depends(csrf_guard)],
        lifespan=lifespan,
    )
    app.state.web = web
    app.state.templates = make_templates()
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    @app.middleware("http")
    async def security(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        signer = web.signer
        current = signer.loads(request.cookies.get(auth.SESSION_COOKIE))
        if current is not None and current.logged_in and current.name:
            role = auth.current_role(web.store, current.name)  # deleted accounts and changed roles
            if role is None:                                  # take effect at once
                current = None
            elif role != current.role:
                current = auth.Session(current.name, role, current.nonce, current.expires)
                request.state.new_session = current
        fresh = current is None
        if current is None:
            current = signer.new()
        request.state.session = current
        path = request.url.path
        length = request.headers.get("content-length", "0")
        if not length.isdigit() or int(length) > web.max_upload * MAX_FILES_PER_REQUEST:
            response: Response = JSONResponse(
                {"detail": f"request too large: at most {web.max_upload * MAX_FILES_PER_REQUEST // 1_000_000} MB"},
                status_code=413)
        elif web.require_login and not current.logged_in and not path.startswith(OPEN_PATHS):
            if _wants_json(request):
                response = JSONResponse({"detail": "log in first"}, status_code=401)
            else:
                response = RedirectResponse("/login", status_code=303)
        else:
            response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        if fresh and getattr(request.state, "new_session", None) is None:
            set_session(response, signer.dumps(current))
        new = getattr(request.state, "new_session", None)
        if new is not None:
            set_session(response, signer.dumps(new))
        return response

    @app.exception_handler(LabourlensError)
    async def library_error(request: Request, exc: LabourlensError) -> Response:
        code = 404 if isinstance(exc, NotFound) else 400
        if _wants_json(request):
            return JSONResponse({"detail": exc.message}, status_code=code)
        return render(request, "error.html", {"status": code, "message": exc.message}, status_code=code)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if _wants_json(request) or request.method != "GET" and request.url.path.startswith("/api"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return render(request, "error.html", {"status": exc.status_code, "message": str(exc.detail)},
                      status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": jsonable_errors(exc)}, status_code=422)
        message = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ())[1:]) or 'request'}: {e.get('msg', '')}"
                            for e in exc.errors())
        return render(request, "error.html", {"status": 400, "message": message}, status_code=400)

    _auth_routes(app)
    from labourlens.web.api import router as api_router
    from labourlens.web.pages import router as page_router

    app.include_router(api_router)
    app.include_router(page_router)
    return app


def _warm(cache: AggregateCache, store: Store) -> None:
    try:
        cache.warm(store)
    except Exception:  # noqa: BLE001 - a failed warm-up only makes the first dashboard slower
        pass


def set_session(response: Response, value: str) -> None:
    response.set_cookie(auth.SESSION_COOKIE, value, max_age=auth.SESSION_SECONDS, httponly=True,
                        samesite="strict", path="/")


def _auth_routes(app: FastAPI) -> None:
    @app.get("/login", include_in_schema=False)
    def login_page(request: Request) -> Response:
        return render(request, "login.html", {"error": None})

    @app.post("/login", include_in_schema=False)
    def login(request: Request, name: str = Form(...), password: str = Form(...)) -> Response:
        web = state(request)
        host = request.client.host if request.client else "?"
        key = f"{host}|{name}"
        if web.limiter.blocked(key) or web.limiter.blocked(host + "|*"):
            return render(request, "login.html", {"error": "too many failed logins; wait five minutes"},
                          status_code=429)
        role = auth.verify_user(web.store, name, password)
        if role is None:
            web.limiter.failed(key)
            web.limiter.failed(host + "|*")
            return render(request, "login.html", {"error": "wrong name or password"}, status_code=401)
        web.limiter.succeeded(key)
        request.state.new_session = web.signer.new(name, role)
        return RedirectResponse("/", status_code=303)

    @app.post("/logout", include_in_schema=False)
    def logout(request: Request) -> Response:
        request.state.new_session = state(request).signer.new()
        return RedirectResponse("/login" if state(request).require_login else "/", status_code=303)

    @app.get("/api/me", tags=["auth"])
    def me(request: Request) -> dict[str, Any]:
        """Who is asking, their role, and the CSRF token to send in ``X-CSRF-Token``."""
        from labourlens.web.context import user

        name, role = user(request)
        s = session(request)
        return {"name": name, "role": role, "csrf_token": state(request).signer.csrf_token(s) if s else None}
