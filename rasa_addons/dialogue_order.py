"""Rasa NLU component: the dialogue's decision order (veilig/dialogue_order.py) on every message.

Placed last in the pipeline, after DIET and the FallbackClassifier, so neither can hide a
message that the danger check recognises, and a question the knowledge base answers is
answered whatever audience the classifier guessed. The knowledge search runs here once per
message; what it found travels to the action server as entities ('kennis_gevonden' for a
confident entry, 'kennis_keuze' for choices), so the actions do not search again. The intent
ranking is left as the classifier made it: the actions read the classifier's own guess from it.
"""
import logging
from typing import Any, Dict, List

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from rasa_addons.knowledge import shared_search
from veilig.dialogue_order import Found, decide, find_in_knowledge, meaning_allowed, meaning_allowed_when_not_ours
from veilig.language import LANGUAGES, detect_language
from veilig.rasa_entities import CHOICE_ENTITY, FOUND_ENTITY, LANGUAGE_ENTITY, decision_entities

logger = logging.getLogger(__name__)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class DialogueOrder(GraphComponent):
    def __init__(self) -> None:
        self.search = shared_search()

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "DialogueOrder":
        return cls()

    def _find(self, text: str, by_meaning: bool, not_ours: bool) -> Found:
        try:
            return find_in_knowledge(self.search, text, by_meaning, not_ours)
        except Exception:  # noqa: BLE001 - a broken index must never cost anyone the routes
            logger.exception("knowledge search failed in the decision order")
            return Found()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text:
                continue
            intent = (message.get(INTENT) or {}).get("name") or "nlu_fallback"
            ranking = [item.get("name") for item in message.get(INTENT_RANKING_KEY) or [] if item.get("name")]
            # The gateway detects the language (keeping the conversation's language for a short
            # "Venlo" or "ok") and sends it along; without it, detect here.
            metadata = message.get("metadata") or {}
            language = metadata.get("taal") if isinstance(metadata, dict) else None
            language = language if language in LANGUAGES else detect_language(text)
            by_meaning = meaning_allowed(intent, text)
            not_ours = meaning_allowed_when_not_ours(intent, text)
            decision = decide(text, intent, lambda question: self._find(question, by_meaning, not_ours), ranking,
                              language)
            if decision.intent != intent:
                message.set(INTENT, {"name": decision.intent, "confidence": 1.0}, add_to_output=True)
            entities = [e for e in message.get(ENTITIES) or [] if e.get("entity") not in (FOUND_ENTITY, CHOICE_ENTITY, LANGUAGE_ENTITY)]
            entities += decision_entities(decision, text)
            message.set(ENTITIES, entities, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

