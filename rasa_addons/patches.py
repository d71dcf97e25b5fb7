"""Fixes to `rasa run`, for Rasa 3.6 only: two that make it about twice as fast per message, and
two that keep its promises about conversations (no silent fallback, no message text in logs).

Measured with py-spy on the running server (see README, benchmarks):
- Rasa 3.6 validates every action-server response with `jsonschema.validate(result, spec)`,
  which rebuilds the events schema and checks the schema itself on every call: 44% of the CPU
  time per message. Here the same schema is compiled once and every response is still validated
  against it, with the same error on a bad response.
- The graph runner recomputes the minimal sub-graph for the same targets on every message
  (a recursive walk without memo): 9%. The model's graph does not change while the server runs,
  so the result is kept per graph and target list.
- Agent._create_tracker_store wraps every store in a FailSafeTrackerStore that, when Redis fails,
  carries on in memory without expiry. A store marked `fails_loudly` (ExpiringRedisTrackerStore)
  stays unwrapped: the message fails and the gateway answers with 112 and 0800-2000.
- When handling a message fails, the REST channel logs the message text. Rasa's log anonymizer
  (rasa.utils.log_utils._anonymizer, the first structlog processor) only works with Rasa Pro's
  pipeline; here it blanks the same fields (text, user_text, message, ...) before anything is
  written.
They replace Rasa internals, so apply() checks the version first: on any other Rasa version
nothing is patched and Rasa runs as shipped.
"""
import logging
import sys
from functools import lru_cache
from typing import Any, Dict, Optional, Tuple

import rasa
from jsonschema import ValidationError
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.core.agent import Agent
from rasa.engine.graph import GraphSchema
from rasa.shared.constants import DOCS_BASE_URL
from rasa.utils import log_utils

logger = logging.getLogger(__name__)
FOR_VERSION = "3.6."  # the internals below are those of Rasa Open Source 3.6.x (checked on 3.6.21)

_ORIGINAL_VALIDATE = RemoteAction._validate_action_result
_ORIGINAL_MINIMAL = GraphSchema.minimal_graph_schema
_ORIGINAL_CREATE_TRACKER_STORE = Agent._create_tracker_store
_ORIGINAL_ANONYMIZER = log_utils._anonymizer
# The fields Rasa's own anonymizer treats as personal (rasa/utils/log_utils.py, 3.6.21).
LOG_FIELDS_WITH_TEXT = (
    "text", "response_text", "user_text", "slot_values", "parse_data_text", "parse_data_entities",
    "prediction_events", "tracker_latest_message", "prefilled_slots", "message", "response",
    "slot_candidates", "rasa_event", "rasa_events", "tracker_states", "current_states", "old_states",
    "successes", "current_entity", "next_entity", "states", "entity", "token_text", "user_message",
    "json_message",
)
REDACTED = "[weggelaten]"
# Values keep their schema alive, so an id in a key is never reused by another schema.
_minimal_cache: Dict[Tuple[int, Optional[Tuple[str, ...]]], Tuple[Any, Any]] = {}


@lru_cache(maxsize=1)
def _response_validator():
    spec = RemoteAction.action_response_format_spec()
    return validator_for(spec)(spec)


def validate_action_result(self, result) -> bool:
    try:
        _response_validator().validate(result)
        return True
    except ValidationError as error:
        error.message += (". Failed to validate Action server response from API, make sure your response from "
                          f"the Action endpoint is valid. For more information about the format visit {DOCS_BASE_URL}/custom-actions")
        raise error


def cached_minimal_graph_schema(self, targets=None):
    key = (id(self), tuple(targets) if targets else None)
    cached = _minimal_cache.get(key)
    if cached is None or cached[0] is not self:
        cached = _minimal_cache[key] = (self, _ORIGINAL_MINIMAL(self, targets))
    return cached[1]


def create_tracker_store(store, domain):
    if getattr(store, "fails_loudly", False):
        store.domain = domain
        return store
    return _ORIGINAL_CREATE_TRACKER_STORE(store, domain)


def redact_log_fields(_logger: Any, method: str, event_dict: Dict[str, Any]) -> Dict[str, Any]:
    for key in LOG_FIELDS_WITH_TEXT:
        if key in event_dict:
            event_dict[key] = REDACTED
    # Rasa renders tracebacks with every frame's local variables (structlog's dict_tracebacks),
    # the message text among them: log the kind of error only.
    if method == "exception" or event_dict.get("exc_info"):
        error = sys.exc_info()[1]
        event_dict["exc_info"] = False
        event_dict["error"] = type(error).__name__ if error else "onbekend"
    return event_dict


def apply(version: Optional[str] = None) -> bool:
    """Patch Rasa when it is the version these fixes were written for; True when patched."""
    version = version or rasa.__version__
    if not version.startswith(FOR_VERSION):
        logger.warning("rasa %s: performance patches not applied (written for %sx)", version, FOR_VERSION)
        return False
    RemoteAction._validate_action_result = validate_action_result
    GraphSchema.minimal_graph_schema = cached_minimal_graph_schema
    Agent._create_tracker_store = staticmethod(create_tracker_store)
    # Read by configure_structlog when `rasa run` starts, so apply() must come before it.
    log_utils._anonymizer = redact_log_fields
    return True


def undo() -> None:
    """Rasa as shipped again (for tests)."""
    RemoteAction._validate_action_result = _ORIGINAL_VALIDATE
    GraphSchema.minimal_graph_schema = _ORIGINAL_MINIMAL
    Agent._create_tracker_store = staticmethod(_ORIGINAL_CREATE_TRACKER_STORE)
    log_utils._anonymizer = _ORIGINAL_ANONYMIZER
    _minimal_cache.clear()
