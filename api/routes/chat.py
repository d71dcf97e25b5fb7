"""POST /api/chat: one message in, the bot's messages out; it always answers (degraded with the
emergency numbers when the bot fails) and never logs message text."""
import logging
import re
import time

from fastapi import APIRouter, Depends, Request

from api.deps import ChatParts, get_chat_parts
from api.errors import error
from api.insight import insight_kinds
from api.metrics import knowledge_result, routes_given
from api.models import ChatRequest, ChatResponse, ErrorBody
from api.rasa_client import BotUnavailable
from veilig.language import detect_language

logger = logging.getLogger("gateway")
router = APIRouter()
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@router.post("/api/chat", response_model=ChatResponse,
             responses={400: {"model": ErrorBody}, 422: {"model": ErrorBody}, 429: {"model": ErrorBody}})
async def chat(body: ChatRequest, request: Request, parts: ChatParts = Depends(get_chat_parts)):
    settings, sessions, limiter, safety, metrics = parts.settings, parts.sessions, parts.limiter, parts.safety, parts.metrics
    text = body.message.strip()
    if not text:
        return error(422, "empty_message", "Je bericht is leeg. Typ eerst wat je wilt vragen.")
    if len(text) > settings.max_message_chars:
        return error(422, "message_too_long", f"Je bericht is te lang. Gebruik maximaal {settings.max_message_chars} tekens.")
    if CONTROL_CHARS.search(text):
        return error(422, "control_characters", "Je bericht bevat tekens die ik niet kan lezen. Typ het opnieuw.")
    client = request.client.host if request.client else "onbekend"
    if not await limiter.allow(client):
        return error(429, "rate_limited", safety.rate_limited)
    started = time.perf_counter()
    session_id = sessions.resolve(body.session_id)
    # The widget's choice, else the conversation's language so far; a clear switch wins.
    language = detect_language(text, body.taal or sessions.language(session_id))
    sessions.set_language(session_id, language)
    try:
        municipality = CONTROL_CHARS.sub("", body.gemeente or "").strip()[:80] or None
        messages = await parts.rasa.send(session_id, text, municipality, language)
        degraded = False
    except BotUnavailable as reason:
        logger.warning("bot unavailable (%s); degraded answer sent", reason)
        messages, degraded = safety.degraded_in(language), True
    messages = safety.ensure_112_first(text, messages, language)
    new_conversation = session_id != body.session_id
    routes, knowledge = routes_given(messages), knowledge_result(messages)
    metrics.observe(messages, time.perf_counter() - started, language, new_conversation=new_conversation,
                    degraded=degraded, routes=routes, knowledge=knowledge)
    kinds = insight_kinds(new_conversation, routes, knowledge, degraded)
    parts.insight.count(body.gemeente, language, kinds)
    if "kennis:geen" in kinds and language == "nl":
        parts.gaps.submit(session_id, text)  # words only, after de-identification (api/gaps.py)
    return {"session_id": session_id, "messages": messages, "degraded": degraded, "taal": language}
