"""Two fixes that make `rasa run` about twice as fast per message, for Rasa 3.6 only.

Measured with py-spy on the running server (see README, benchmarks):
- Rasa 3.6 validates every action-server response with `jsonschema.validate(result, spec)`,
  which rebuilds the events schema and checks the schema itself on every call: 44% of the CPU
  time per message. Here the same schema is compiled once and every response is still validated
  against it, with the same error on a bad response.
- The graph runner recomputes the minimal sub-graph for the same targets on every message
  (a recursive walk without memo): 9%. The model's graph does not change while the server runs,
  so the result is kept per graph and target list.
They replace Rasa internals, so apply() checks the version first: on any other Rasa version
nothing is patched and Rasa runs as shipped.
"""
import logging
from functools import lru_cache
from typing import Any, Dict, Optional, Tuple

import rasa
from jsonschema import ValidationError
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.engine.graph import GraphSchema
from rasa.shared.constants import DOCS_BASE_URL

logger = logging.getLogger(__name__)
FOR_VERSION = "3.6."  # the internals below are those of Rasa Open Source 3.6.x (checked on 3.6.21)

_ORIGINAL_VALIDATE = RemoteAction._validate_action_result
_ORIGINAL_MINIMAL = GraphSchema.minimal_graph_schema
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


def apply(version: Optional[str] = None) -> bool:
    """Patch Rasa when it is the version these fixes were written for; True when patched."""
    version = version or rasa.__version__
    if not version.startswith(FOR_VERSION):
        logger.warning("rasa %s: performance patches not applied (written for %sx)", version, FOR_VERSION)
        return False
    RemoteAction._validate_action_result = validate_action_result
    GraphSchema.minimal_graph_schema = cached_minimal_graph_schema
    return True


def undo() -> None:
    """Rasa as shipped again (for tests)."""
    RemoteAction._validate_action_result = _ORIGINAL_VALIDATE
    GraphSchema.minimal_graph_schema = _ORIGINAL_MINIMAL
    _minimal_cache.clear()
