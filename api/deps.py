"""What the routes need from the app, in one place (FastAPI dependencies on app.state).

They are `async def` on purpose: FastAPI runs a plain `def` dependency in a worker thread, and six
thread hops per chat message cost more CPU than the rest of the gateway's own work."""
from dataclasses import dataclass

from fastapi import Request

from api.gaps import GapWords
from api.insight import InsightStore
from api.metrics import ChatMetrics
from api.rasa_client import RasaClient
from api.safety import SafetyTexts
from api.sessions import RateLimiter, SessionRegistry
from api.settings import Settings
from veilig.knowledge.search import KnowledgeSearch


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_sessions(request: Request) -> SessionRegistry:
    return request.app.state.sessions


async def get_limiter(request: Request) -> RateLimiter:
    return request.app.state.limiter


async def get_safety(request: Request) -> SafetyTexts:
    return request.app.state.safety


async def get_knowledge(request: Request) -> KnowledgeSearch:
    return request.app.state.knowledge


async def get_rasa(request: Request) -> RasaClient:
    return request.app.state.rasa


async def get_metrics(request: Request) -> ChatMetrics:
    return request.app.state.metrics


@dataclass(frozen=True)
class ChatParts:
    """Everything POST /api/chat needs, as one dependency: FastAPI's dependency solving costs
    about 0.06 ms of CPU per dependency on every message."""
    settings: Settings
    sessions: SessionRegistry
    limiter: RateLimiter
    safety: SafetyTexts
    rasa: RasaClient
    metrics: ChatMetrics
    insight: InsightStore
    gaps: GapWords


async def get_chat_parts(request: Request) -> ChatParts:
    state = request.app.state
    return ChatParts(state.settings, state.sessions, state.limiter, state.safety, state.rasa, state.metrics, state.insight,
                     state.gaps)


async def get_insight(request: Request) -> InsightStore:
    return request.app.state.insight


async def get_gaps(request: Request) -> GapWords:
    return request.app.state.gaps
