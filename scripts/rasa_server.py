"""Start `rasa run` with two fixes that make the server about twice as fast per message.

Measured with py-spy on the running server (see README, benchmarks):
- Rasa 3.6 validates every action-server response with `jsonschema.validate(result, spec)`,
  which rebuilds the events schema and checks the schema itself on every call: 44% of the CPU
  time per message. Here the same schema is compiled once and every response is still validated
  against it, with the same error on a bad response.
- The graph runner recomputes the minimal sub-graph for the same targets on every message
  (a recursive walk without memo): 9%. The model's graph does not change while the server runs,
  so the result is kept per graph and target list.
"""
import sys
from functools import lru_cache
from typing import Dict, Optional, Tuple

from jsonschema import ValidationError
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.engine.graph import GraphSchema
from rasa.shared.constants import DOCS_BASE_URL


@lru_cache(maxsize=1)
def _response_validator():
    spec = RemoteAction.action_response_format_spec()
    return validator_for(spec)(spec)


def _validate_action_result(self, result) -> bool:
    try:
        _response_validator().validate(result)
        return True
    except ValidationError as error:
        error.message += (". Failed to validate Action server response from API, make sure your response from "
                          f"the Action endpoint is valid. For more information about the format visit {DOCS_BASE_URL}/custom-actions")
        raise error


RemoteAction._validate_action_result = _validate_action_result

_minimal_graph_schema = GraphSchema.minimal_graph_schema
# Values keep their schema alive, so an id in a key is never reused by another schema.
_minimal_cache: Dict[Tuple[int, Optional[Tuple[str, ...]]], Tuple[GraphSchema, GraphSchema]] = {}


def _cached_minimal_graph_schema(self, targets=None) -> GraphSchema:
    key = (id(self), tuple(targets) if targets else None)
    cached = _minimal_cache.get(key)
    if cached is None or cached[0] is not self:
        cached = _minimal_cache[key] = (self, _minimal_graph_schema(self, targets))
    return cached[1]


GraphSchema.minimal_graph_schema = _cached_minimal_graph_schema

if __name__ == "__main__":
    from rasa.__main__ import main

    sys.argv = ["rasa", *sys.argv[1:]]
    main()
