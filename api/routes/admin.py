"""POST /api/admin/knowledge/reload for editors, with a bearer token (absent without one)."""
import secrets
from typing import Optional

from fastapi import APIRouter, Depends, Header
from fastapi.responses import JSONResponse

from api.deps import get_settings
from api.errors import error
from api.models import ErrorBody, ReloadResponse
from api.settings import Settings
from veilig.knowledge.index import build_index

router = APIRouter()


@router.post("/api/admin/knowledge/reload", response_model=ReloadResponse,
             responses={401: {"model": ErrorBody}, 404: {"model": ErrorBody}, 422: {"model": ReloadResponse}})
def knowledge_reload(authorization: Optional[str] = Header(None), settings: Settings = Depends(get_settings)):
    if not settings.admin_token:
        return error(404, "not_found", "Niet gevonden.")
    expected = f"Bearer {settings.admin_token}"
    if not authorization or not secrets.compare_digest(authorization.encode(), expected.encode()):
        return error(401, "unauthorized", "Geen geldige sleutel (Authorization: Bearer ...).")
    result = build_index()
    body = {"reloaded": result.built, "entries": result.entries, "problems": [p.__dict__ for p in result.problems]}
    return JSONResponse(status_code=200 if result.ok else 422, content=body)
