"""Error answers of the gateway: one JSON shape ({"error", "message"}) in plain Dutch, and a chat
message that never fails (an unexpected error still gives the emergency numbers)."""
import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

logger = logging.getLogger("gateway")


def error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": code, "message": message})


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") in ("json_invalid", "value_error.jsondecode") for e in errors):
            return error(400, "invalid_json", "Dit verzoek is geen geldige JSON.")
        fields = ", ".join(sorted({str(e["loc"][-1]) for e in errors if e.get("loc")}))
        return error(422, "invalid_request", f"Dit verzoek klopt niet. Controleer: {fields or 'de invoer'}.")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400:
            return error(400, "invalid_json", "Dit verzoek is geen geldige JSON.")
        if exc.status_code == 404:
            return error(404, "not_found", "Niet gevonden.")
        if exc.status_code == 405:
            return error(405, "method_not_allowed", "Deze methode kan hier niet.")
        return error(exc.status_code, "http_error", "Dit verzoek kan niet worden verwerkt.")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        logger.error("unexpected error on %s: %s", request.url.path, type(exc).__name__)
        if request.url.path == "/api/chat":
            state = request.app.state
            return JSONResponse(status_code=200, content={
                "session_id": state.sessions.signer.new_id(), "messages": state.safety.degraded, "degraded": True})
        return error(500, "internal_error", "Er ging iets mis. Probeer het later opnieuw.")
