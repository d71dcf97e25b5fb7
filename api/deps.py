"""What the routes need from the app, in one place (FastAPI dependencies on app.state)."""
from fastapi import Request

from api.metrics import ChatMetrics
from api.rasa_client import RasaClient
from api.safety import SafetyTexts
from api.sessions import RateLimiter, SessionRegistry
from api.settings import Settings
from veilig.knowledge.search import KnowledgeSearch


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_sessions(request: Request) -> SessionRegistry:
    return request.app.state.sessions


def get_limiter(request: Request) -> RateLimiter:
    return request.app.state.limiter


def get_safety(request: Request) -> SafetyTexts:
    return request.app.state.safety


def get_knowledge(request: Request) -> KnowledgeSearch:
    return request.app.state.knowledge


def get_rasa(request: Request) -> RasaClient:
    return request.app.state.rasa


def get_metrics(request: Request) -> ChatMetrics:
    return request.app.state.metrics
