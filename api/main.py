"""FastAPI gateway: the public entry to the chat bot and the knowledge base.

Rasa and the action server listen on localhost only; this gateway validates input, keeps
sessions in memory, never logs message text, and always answers a chat message: when the bot
fails, with the emergency numbers and "degraded": true. One router per area in api/routes/,
what they need from the app in api/deps.py, error answers in api/errors.py.
"""
import asyncio
import logging
from contextlib import asynccontextmanager
from typing import Optional

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles

from api.beheer_auth import BeheerAuth
from api.errors import install_error_handlers
from api.gaps import GapWords
from api.insight import InsightStore
from api.metrics import ChatMetrics
from api.rasa_client import RasaClient
from api.rate_limit import SharedRateLimiter
from api.routes import admin, beheer, chat, events, health, knowledge, metrics, pages
from api.safety import SafetyTexts
from api.security_headers import SecurityHeaders
from api.sessions import RateLimiter, SessionRegistry
from api.settings import Settings
from veilig.knowledge.search import KnowledgeSearch
from veilig.language import detect_language
from veilig.paths import var_dir

INSIGHT_FLUSH_SECONDS = 5.0


async def _flush_every(insight: InsightStore, seconds: float) -> None:
    while True:
        await asyncio.sleep(seconds)
        try:
            await asyncio.to_thread(insight.flush)
        except RuntimeError:  # the event loop is shutting down; the lifespan's last flush writes them
            return
        except Exception as error:  # the counts wait for the next try; the chat goes on
            logging.getLogger("gateway").warning("insight: counts not written (%s)", type(error).__name__)


def create_app(settings: Optional[Settings] = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.rasa = RasaClient(settings.rasa_urls, settings.action_url, settings.rasa_timeout,
                                    observe_replica=app.state.metrics.replica_used)
        # Lingua loads its language models on first use (about 1.5 s): do it before the first
        # resident waits for it.
        detect_language("Waar kan ik terecht als ik me zorgen maak over iemand thuis?")
        flushing = asyncio.create_task(_flush_every(app.state.insight, INSIGHT_FLUSH_SECONDS))
        try:
            yield
        finally:
            flushing.cancel()
            await asyncio.to_thread(app.state.insight.flush)
            if app.state.rasa:
                await app.state.rasa.close()
            if isinstance(app.state.limiter, SharedRateLimiter):
                await app.state.limiter.close()

    app = FastAPI(title="Veilig Verder gateway", version="1.0", lifespan=lifespan,
                  description="Publieke ingang van de chatbot over huiselijk geweld en kindermishandeling.")
    app.state.settings = settings
    app.state.sessions = SessionRegistry(settings.idle_minutes * 60, settings.session_secret)
    # Several gateway processes share the limit through Redis when there is one (REDIS_URL).
    app.state.limiter = (SharedRateLimiter(settings.rate_limit_per_minute, settings.redis_url, app.state.sessions.signer)
                         if settings.redis_url else RateLimiter(settings.rate_limit_per_minute))
    app.state.safety = SafetyTexts()
    app.state.knowledge = KnowledgeSearch()
    app.state.rasa = None
    app.state.metrics = ChatMetrics()
    app.state.beheer_auth = BeheerAuth(settings.admin_token, app.state.sessions.signer.key)
    insight_path = settings.insight_path or var_dir() / "inzicht.sqlite"
    app.state.insight = InsightStore(insight_path)
    # Gap words only where someone can see them (/beheer needs the admin token).
    signer = app.state.sessions.signer
    app.state.gaps = GapWords(insight_path, lambda sid: signer.digest("gesprek:" + sid), enabled=bool(settings.admin_token))

    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type"], allow_credentials=False, max_age=600)

    app.add_middleware(SecurityHeaders)

    install_error_handlers(app)
    for area in (chat, events, health, knowledge, pages, admin, beheer, metrics):
        app.include_router(area.router)
    if pages.STATIC_DIR.exists():
        app.mount("/static", StaticFiles(directory=pages.STATIC_DIR), name="static")
    return app


app = create_app()
