"""Security tests of the web app: untrusted report text is escaped, a strict CSP,
CSRF on every state-changing request, roles, login rate limit, safe bind."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
import typer  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from labourlens.errors import UsageError  # noqa: E402
from labourlens.store import Store, open_store  # noqa: E402
from labourlens.web import auth, commands  # noqa: E402
from labourlens.web.app import check_bind, create_app  # noqa: E402
from test_web_support import make_store_copy  # noqa: E402

PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    db = make_store_copy(tmp_path_factory.mktemp("websec"))
    s = open_store(str(db))
    yield s
    s.close()


@pytest.fixture(scope="module")
def local(store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(store=store)) as client:
        yield client


@pytest.fixture
def remote(store: Store) -> Iterator[TestClient]:
    for name, role in (("vera", "viewer"), ("rui", "reviewer")):
        auth.add_user(store, name, role, PASSWORD, replace=True)
    with TestClient(create_app(store=store, require_login=True)) as client:
        yield client


def hostile_doc(store: Store) -> str:
    hits = store.search("onerror")
    assert hits, "the hostile report should be stored"
    return str(hits[0]["doc_id"])


def csrf(client: TestClient) -> str:
    return str(client.get("/api/me").json()["csrf_token"])


def login(client: TestClient, name: str, password: str = PASSWORD) -> int:
    r = client.post("/login", data={"name": name, "password": password, "csrf_token": csrf(client)},
                    follow_redirects=False)
    return r.status_code


def test_report_markup_shows_as_text(local: TestClient, store: Store) -> None:
    doc_id = hostile_doc(store)
    pages = [local.get(f"/documents/{doc_id}").text, local.get("/claims").text, local.get("/").text,
             local.get("/timeline").text, local.get("/claims", params={"q": "onerror"}).text]
    for html in pages:
        assert "<script" not in html.lower()
        assert "<img" not in html.lower()
        assert not re.search(r"""href\s*=\s*["']?\s*javascript:""", html, re.I)
        assert not re.search(r"<[^>]*\sonerror\s*=", html, re.I)  # never an attribute of a real tag
    doc = pages[0]
    assert "&lt;img src=x onerror=alert(1)&gt;" in doc  # shown, as text
    assert "&lt;script&gt;" in doc
    assert "javascript:alert(2)" in doc


def test_strict_headers_on_every_response(local: TestClient, store: Store) -> None:
    for url in ("/", "/claims", f"/documents/{hostile_doc(store)}", "/api/stats", "/no/such/page",
                "/static/app.css", "/documents/ffff"):
        r = local.get(url)
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp and "script-src 'self'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "no-referrer"


def test_pages_have_no_inline_scripts_styles_or_external_assets(local: TestClient, store: Store) -> None:
    for url in ("/", "/claims", f"/documents/{hostile_doc(store)}", "/timeline", "/ingest", "/reviews",
                "/api-docs", "/login"):
        html = local.get(url).text
        assert "<script" not in html and " style=" not in html and "<style" not in html, url
        assert not re.search(r"""(src|href)=["']https?://""", html), url  # nothing from other hosts


def test_original_download_is_never_rendered(local: TestClient, store: Store) -> None:
    r = local.get(f"/documents/{hostile_doc(store)}/original")
    assert r.headers["content-type"] == "application/octet-stream"
    assert r.headers["content-disposition"].startswith("attachment")
    assert "sandbox" in r.headers["content-security-policy"]


def test_post_without_csrf_token_is_refused(local: TestClient, store: Store) -> None:
    claim = store.claims()[0]
    r = local.post("/api/reviews", json={"claim_id": claim["id"], "decision": "accepted"})
    assert r.status_code == 403
    r = local.post("/api/reviews", json={"claim_id": claim["id"], "decision": "accepted"},
                   headers={"X-CSRF-Token": "forged"})
    assert r.status_code == 403
    r = local.post(f'/claims/{claim["id"]}/review', data={"decision": "accepted"})
    assert r.status_code == 403
    r = local.post("/ingest", files={"files": ("a.txt", b"some words here", "text/plain")})
    assert r.status_code == 403
    r = local.post("/logout")
    assert r.status_code == 403
    assert not store.engine.connect().execute(
        __import__("sqlalchemy").text("SELECT count(*) FROM reviews")).scalar_one()


def test_csrf_token_of_another_session_is_refused(local: TestClient, store: Store) -> None:
    with TestClient(create_app(store=store)) as other:
        foreign = csrf(other)
    claim = store.claims()[0]
    r = local.post("/api/reviews", json={"claim_id": claim["id"], "decision": "accepted"},
                   headers={"X-CSRF-Token": foreign})
    assert r.status_code == 403


def test_login_required_when_remote(remote: TestClient) -> None:
    r = remote.get("/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login"
    assert remote.get("/api/claims").status_code == 401
    assert remote.get("/login").status_code == 200
    assert login(remote, "vera", "wrong password") == 401
    assert login(remote, "vera") == 303
    assert remote.get("/").status_code == 200


def test_viewer_cannot_review_or_ingest(remote: TestClient, store: Store) -> None:
    assert login(remote, "vera") == 303
    claim = store.claims()[0]
    r = remote.post("/api/reviews", json={"claim_id": claim["id"], "decision": "accepted"},
                    headers={"X-CSRF-Token": csrf(remote)})
    assert r.status_code == 403
    r = remote.post(f'/claims/{claim["id"]}/review', data={"decision": "accepted", "csrf_token": csrf(remote)})
    assert r.status_code == 403
    assert remote.get("/ingest").status_code == 403
    assert "review-form" not in remote.get(f'/documents/{claim["doc_id"]}').text


def test_reviewer_can_review_and_is_named(remote: TestClient, store: Store) -> None:
    assert login(remote, "rui") == 303
    claim = store.claims()[-1]
    r = remote.post("/api/reviews", json={"claim_id": claim["id"], "decision": "rejected", "note": "off-topic"},
                    headers={"X-CSRF-Token": csrf(remote)})
    assert r.status_code == 201
    assert r.json()["reviewer"] == "rui" and r.json()["status"] == "rejected"


def test_session_cookie_flags_and_tampering(remote: TestClient) -> None:
    r = remote.post("/login", data={"name": "vera", "password": PASSWORD, "csrf_token": csrf(remote)},
                    follow_redirects=False)
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "samesite=strict" in cookie.lower()
    value = remote.cookies.get(auth.SESSION_COOKIE)
    assert value
    forged = value[:-4] + ("AAAA" if not value.endswith("AAAA") else "BBBB")
    remote.cookies.set(auth.SESSION_COOKIE, forged)
    assert remote.get("/", follow_redirects=False).status_code == 303  # back to the login page


def test_session_signer_rejects_role_escalation() -> None:
    signer = auth.SessionSigner(b"k" * 32)
    cookie = signer.dumps(signer.new("vera", "viewer"))
    raw, mac = cookie.rsplit(".", 1)
    import base64

    payload = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode().replace("viewer", "admin")
    forged = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=") + "." + mac
    assert signer.loads(forged) is None
    assert signer.loads(cookie) is not None and signer.loads(cookie).role == "viewer"  # type: ignore[union-attr]


def test_login_is_rate_limited(remote: TestClient) -> None:
    codes = [login(remote, "rui", "not the password") for _ in range(6)]
    assert codes[:5] == [401] * 5 and codes[5] == 429
    assert login(remote, "rui") == 429  # even the right password waits


def test_remote_bind_without_accounts_refuses(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "empty.db")) as empty:
        assert check_bind(empty, "127.0.0.1") is False
        assert check_bind(empty, "::1") is False
        with pytest.raises(UsageError, match="user add"):
            check_bind(empty, "0.0.0.0")
        auth.add_user(empty, "ada", "admin", PASSWORD)
        assert check_bind(empty, "0.0.0.0") is True


def test_cli_serve_refuses_and_user_commands(tmp_path: Path) -> None:
    app = typer.Typer()
    commands.register(app)
    runner = CliRunner()
    db = str(tmp_path / "cli.db")
    r = runner.invoke(app, ["serve", "--host", "0.0.0.0", "--db", db])
    assert r.exit_code != 0 and "refusing" in r.output
    r = runner.invoke(app, ["user", "add", "ana", "--role", "reviewer", "--password-stdin", "--db", db],
                      input=PASSWORD + "\n")
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["user", "list", "--db", db])
    assert "ana\treviewer" in r.output
    r = runner.invoke(app, ["user", "add", "bo", "--role", "overlord", "--password-stdin", "--db", db],
                      input=PASSWORD + "\n")
    assert r.exit_code != 0 and "role must be one of" in r.output
    r = runner.invoke(app, ["user", "add", "cy", "--password-stdin", "--db", db], input="short\n")
    assert r.exit_code != 0 and "at least" in r.output
    with open_store(db) as s:
        stored = s.engine.connect().execute(__import__("sqlalchemy").text("SELECT password_hash FROM users"))
        assert all(h.startswith("$argon2") and PASSWORD not in h for (h,) in stored)
        assert auth.verify_user(s, "ana", PASSWORD) == "reviewer"
        assert auth.verify_user(s, "ana", "nope nope nope") is None


def test_review_redirect_stays_on_this_site(local: TestClient, store: Store) -> None:
    claim = store.claims()[0]
    for back in ("//evil.example/x", "https://evil.example/", "/\\evil.example"):
        r = local.post(f'/claims/{claim["id"]}/review',
                       data={"decision": "accepted", "csrf_token": csrf(local), "back": back}, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/claims"


def test_oversized_request_is_refused_before_reading(store: Store) -> None:
    with TestClient(create_app(store=store, max_upload=100)) as client:
        r = client.post("/ingest", files={"files": ("a.txt", b"x" * 5000, "text/plain")},
                        data={"csrf_token": csrf(client)})
        assert r.status_code == 413


def test_templates_never_mark_data_safe() -> None:
    from labourlens.web import context

    env = context.make_templates().env
    assert env.autoescape is True
    for path in context.TEMPLATES.glob("*.html"):
        text = path.read_text(encoding="utf-8")
        assert "|safe" not in text.replace(" ", "") and "Markup" not in text, path.name
        assert "<script" not in text and "style=" not in text, path.name


def test_sessions_survive_a_restart_with_the_kept_key(store: Store) -> None:
    auth.add_user(store, "kim", "reviewer", PASSWORD, replace=True)
    with TestClient(create_app(store=store, require_login=True)) as first:
        assert login(first, "kim") == 303
        cookie = first.cookies.get(auth.SESSION_COOKIE)
    key_file = Path(store.originals) / auth.KEY_FILE
    assert key_file.is_file() and (key_file.stat().st_mode & 0o077) == 0  # owner only
    with TestClient(create_app(store=store, require_login=True)) as second:  # "restarted"
        second.cookies.set(auth.SESSION_COOKIE, cookie)
        assert second.get("/api/me").json()["name"] == "kim"
        assert second.get("/", follow_redirects=False).status_code == 200


def test_deleted_account_and_changed_role_take_effect_at_once(store: Store) -> None:
    auth.add_user(store, "lee", "reviewer", PASSWORD, replace=True)
    with TestClient(create_app(store=store, require_login=True)) as client:
        assert login(client, "lee") == 303
        assert client.get("/api/me").json()["role"] == "reviewer"
        auth.add_user(store, "lee", "viewer", PASSWORD, replace=True)
        assert client.get("/api/me").json()["role"] == "viewer"
        claim = store.claims()[0]
        r = client.post("/api/reviews", json={"claim_id": claim["id"], "decision": "accepted"},
                        headers={"X-CSRF-Token": csrf(client)})
        assert r.status_code == 403
        auth.delete_user(store, "lee")
        assert client.get("/api/me").json()["name"] is None
        assert client.get("/", follow_redirects=False).status_code == 303


def test_session_secret_setting(store: Store, tmp_path: Path) -> None:
    from labourlens.settings import load

    assert auth.session_secret(store, load({"LABOURLENS_SESSION_SECRET": "x" * 40})) == b"x" * 40
    with pytest.raises(UsageError, match="at least 16"):
        auth.session_secret(store, load({"LABOURLENS_SESSION_SECRET": "short"}))
    other = open_store(str(tmp_path / "other.db"))
    try:
        key = auth.session_secret(other, load({}))
        assert len(key) == 32 and auth.session_secret(other, load({})) == key  # created once, then kept
        (Path(other.originals) / auth.KEY_FILE).write_bytes(b"cut")  # damaged: replaced
        assert len(auth.session_secret(other, load({}))) == 32
    finally:
        other.close()
