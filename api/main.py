"""FastAPI gateway: the public entry to the chat bot and the knowledge base.

Rasa and the action server listen on localhost only; this gateway validates input, keeps
sessions in memory, never logs message text, and always answers a chat message: when the bot
fails, with the emergency numbers and "degraded": true.
"""
import asyncio
import logging
import re
import secrets
import time
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Optional

from fastapi import FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.metrics import ChatMetrics
from api.models import (ChatRequest, ChatResponse, ErrorBody, KnowledgeEntry, KnowledgeSearchResponse,
                        ReloadResponse, WidgetTexts)
from api.rasa_client import BotUnavailable, RasaClient
from api.safety import SafetyTexts
from api.sessions import RateLimiter, SessionRegistry
from api.settings import Settings
from api.widget_texts import widget_texts
from veilig.language import detect_language
from veilig.knowledge.index import build_index
from veilig.knowledge.search import KnowledgeIndexUnavailable, KnowledgeSearch

logger = logging.getLogger("gateway")
STATIC_DIR = Path(__file__).resolve().parent / "static"
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    "Cache-Control": "no-store",
}
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": code, "message": message})


def create_app(settings: Optional[Settings] = None) -> FastAPI:
    settings = settings or Settings()
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.rasa = RasaClient(settings.rasa_url, settings.action_url, settings.rasa_timeout)
        try:
            yield
        finally:
            if app.state.rasa:
                await app.state.rasa.close()

    app = FastAPI(title="Veilig Verder gateway", version="1.0", lifespan=lifespan,
                  description="Publieke ingang van de chatbot over huiselijk geweld en kindermishandeling.")
    app.state.settings = settings
    app.state.sessions = SessionRegistry(settings.idle_minutes * 60, settings.session_secret)
    app.state.limiter = RateLimiter(settings.rate_limit_per_minute)
    app.state.safety = SafetyTexts()
    app.state.knowledge = KnowledgeSearch()
    app.state.rasa = None
    app.state.metrics = ChatMetrics()

    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type"], allow_credentials=False, max_age=600)

    @app.middleware("http")
    async def _headers(request: Request, call_next):
        response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        if response.headers.get("content-type", "").startswith("text/html"):
            response.headers["Content-Security-Policy"] = PAGE_CSP
        return response

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") in ("json_invalid", "value_error.jsondecode") for e in errors):
            return _error(400, "invalid_json", "Dit verzoek is geen geldige JSON.")
        fields = ", ".join(sorted({str(e["loc"][-1]) for e in errors if e.get("loc")}))
        return _error(422, "invalid_request", f"Dit verzoek klopt niet. Controleer: {fields or 'de invoer'}.")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400:
            return _error(400, "invalid_json", "Dit verzoek is geen geldige JSON.")
        if exc.status_code == 404:
            return _error(404, "not_found", "Niet gevonden.")
        if exc.status_code == 405:
            return _error(405, "method_not_allowed", "Deze methode kan hier niet.")
        return _error(exc.status_code, "http_error", "Dit verzoek kan niet worden verwerkt.")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        logger.error("unexpected error on %s: %s", request.url.path, type(exc).__name__)
        if request.url.path == "/api/chat":
            return JSONResponse(status_code=200, content={
                "session_id": app.state.sessions.signer.new_id(), "messages": app.state.safety.degraded, "degraded": True})
        return _error(500, "internal_error", "Er ging iets mis. Probeer het later opnieuw.")

    @app.post("/api/chat", response_model=ChatResponse, responses={400: {"model": ErrorBody}, 422: {"model": ErrorBody}, 429: {"model": ErrorBody}})
    async def chat(body: ChatRequest, request: Request):
        text = body.message.strip()
        if not text:
            return _error(422, "empty_message", "Je bericht is leeg. Typ eerst wat je wilt vragen.")
        if len(text) > settings.max_message_chars:
            return _error(422, "message_too_long", f"Je bericht is te lang. Gebruik maximaal {settings.max_message_chars} tekens.")
        if CONTROL_CHARS.search(text):
            return _error(422, "control_characters", "Je bericht bevat tekens die ik niet kan lezen. Typ het opnieuw.")
        client = request.client.host if request.client else "onbekend"
        if not app.state.limiter.allow(client):
            return _error(429, "rate_limited", app.state.safety.rate_limited)
        started = time.perf_counter()
        session_id = app.state.sessions.resolve(body.session_id)
        # The widget's choice, else the conversation's language so far; a clear switch wins.
        language = detect_language(text, body.taal or app.state.sessions.language(session_id))
        app.state.sessions.set_language(session_id, language)
        try:
            municipality = CONTROL_CHARS.sub("", body.gemeente or "").strip()[:80] or None
            messages = await app.state.rasa.send(session_id, text, municipality, language)
            degraded = False
        except BotUnavailable as reason:
            logger.warning("bot unavailable (%s); degraded answer sent", reason)
            messages, degraded = app.state.safety.degraded_in(language), True
        messages = app.state.safety.ensure_112_first(text, messages, language)
        app.state.metrics.observe(messages, time.perf_counter() - started, language,
                                  new_conversation=session_id != body.session_id, degraded=degraded)
        return {"session_id": session_id, "messages": messages, "degraded": degraded, "taal": language}

    @app.get("/metrics", include_in_schema=False)
    def metrics():
        # Counts only; keep it internal (the proxy denies /metrics from outside, see the README).
        return Response(app.state.metrics.render(), media_type=app.state.metrics.content_type)

    @app.get("/healthz")
    async def healthz():
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz():
        rasa_ok, actions_ok = await asyncio.gather(app.state.rasa.rasa_ready(), app.state.rasa.actions_ready())
        knowledge_ok = app.state.knowledge.ready()
        checks = {"rasa": rasa_ok, "actions": actions_ok, "knowledge": knowledge_ok}
        return JSONResponse(status_code=200 if all(checks.values()) else 503,
                            content={"ready": all(checks.values()), "checks": checks})

    @app.get("/api/knowledge/search", response_model=KnowledgeSearchResponse, responses={503: {"model": ErrorBody}})
    def knowledge_search(q: str = Query(..., max_length=500), limit: int = Query(5, ge=1, le=20)):
        try:
            hits = app.state.knowledge.search(q, limit=limit)
        except KnowledgeIndexUnavailable:
            return _error(503, "knowledge_unavailable", "De kennisbank is nu niet beschikbaar.")
        return {"results": [h.as_result() for h in hits]}

    @app.get("/api/knowledge/entries/{entry_id}", response_model=KnowledgeEntry, responses={404: {"model": ErrorBody}, 503: {"model": ErrorBody}})
    def knowledge_entry(entry_id: str):
        try:
            entry = app.state.knowledge.entry(entry_id)
        except KnowledgeIndexUnavailable:
            return _error(503, "knowledge_unavailable", "De kennisbank is nu niet beschikbaar.")
        if entry is None:
            return _error(404, "not_found", f"Er is geen kennisitem '{entry_id[:80]}'.")
        return entry

    @app.get("/api/widget-teksten/{taal}", response_model=WidgetTexts, responses={404: {"model": ErrorBody}})
    def widget_labels(taal: str):
        texts = widget_texts(taal)
        if texts is None:
            return _error(404, "not_found", f"Er zijn geen widgetteksten voor taal '{taal[:10]}'.")
        return texts

    @app.post("/api/admin/knowledge/reload", response_model=ReloadResponse,
              responses={401: {"model": ErrorBody}, 404: {"model": ErrorBody}, 422: {"model": ReloadResponse}})
    def knowledge_reload(authorization: Optional[str] = Header(None)):
        if not settings.admin_token:
            return _error(404, "not_found", "Niet gevonden.")
        expected = f"Bearer {settings.admin_token}"
        if not authorization or not secrets.compare_digest(authorization.encode(), expected.encode()):
            return _error(401, "unauthorized", "Geen geldige sleutel (Authorization: Bearer ...).")
        result = build_index()
        body = {"reloaded": result.built, "entries": result.entries,
                "problems": [p.__dict__ for p in result.problems]}
        return JSONResponse(status_code=200 if result.ok else 422, content=body)

    if STATIC_DIR.exists():
        app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

        @app.get("/", include_in_schema=False)
        def demo_page():
            page = STATIC_DIR / "demo.html"
            if not page.exists():
                return _error(404, "not_found", "Geen demopagina.")
            return FileResponse(page, media_type="text/html")

        @app.get("/widget.js", include_in_schema=False)
        def widget_script():
            return FileResponse(STATIC_DIR / "widget.js", media_type="application/javascript")

    return app


app = create_app()
