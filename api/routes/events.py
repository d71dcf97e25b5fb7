"""POST /api/gebeurtenis: the widget reports a quick exit ("Snel weg"), to be counted only.

Sent with navigator.sendBeacon while the page leaves, so the body comes as text/plain (a beacon
with a JSON content type would need a CORS preflight it cannot wait for). Only known kinds are
counted; the body is never stored or logged.
"""
import json

from fastapi import APIRouter, Depends, Request, Response

from api.deps import ChatParts, get_chat_parts
from api.errors import error

router = APIRouter()
EVENTS = {"snel_weg"}
MAX_BODY = 512


@router.post("/api/gebeurtenis", status_code=204)
async def event(request: Request, parts: ChatParts = Depends(get_chat_parts)):
    client = request.client.host if request.client else "onbekend"
    if not await parts.limiter.allow(client):
        return error(429, "rate_limited", parts.safety.rate_limited)
    raw = await request.body()
    try:
        body = json.loads(raw[:MAX_BODY + 1]) if len(raw) <= MAX_BODY else None
    except ValueError:
        body = None
    if not isinstance(body, dict) or body.get("soort") not in EVENTS:
        return error(422, "unknown_event", "Onbekende gebeurtenis.")
    municipality = body.get("gemeente") if isinstance(body.get("gemeente"), str) else None
    taal = str(body["taal"]) if isinstance(body.get("taal"), str) else "nl"
    parts.insight.count(municipality[:80] if municipality else None, taal, [body["soort"]])
    return Response(status_code=204)
