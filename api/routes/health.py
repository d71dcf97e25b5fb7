"""GET /healthz (the process lives) and GET /readyz (Rasa, action server and knowledge usable)."""
import asyncio

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from api.deps import get_knowledge, get_rasa
from api.rasa_client import RasaClient
from veilig.knowledge.search import KnowledgeSearch

router = APIRouter()


@router.get("/healthz")
async def healthz():
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(rasa: RasaClient = Depends(get_rasa), knowledge: KnowledgeSearch = Depends(get_knowledge)):
    rasa_ok, actions_ok = await asyncio.gather(rasa.rasa_ready(), rasa.actions_ready())
    checks = {"rasa": rasa_ok, "actions": actions_ok, "knowledge": knowledge.ready()}
    return JSONResponse(status_code=200 if all(checks.values()) else 503,
                        content={"ready": all(checks.values()), "checks": checks})
