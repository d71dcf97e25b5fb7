"""Rasa NLU component: typing errors and chat shorthand corrected before anything reads a Dutch message.

A frightened person types fast: "hij heeeft een vuurawpen en hij is hier", "mijn ex zegt dat hij
onderewg is om me af te mken". The classifier, the danger check and the knowledge search all
read words, and a mistyped word is a word none of them knows. Placed first in the pipeline, this
component writes shorthand in full ("m'n", "nie", "as") and replaces each word that is neither
Dutch nor known by a word of the training examples or the knowledge base within one or two edits
(veilig.knowledge.spelling), so every later step reads the corrected message. English words of people,
harm and danger in a Dutch message are written in Dutch first (veilig.english_in_dutch). It learns its words
from the training examples; only Dutch messages are corrected (a Polish or English word is no
typing error of a Dutch one).
"""
import json
import logging
from collections import Counter
from functools import lru_cache
from typing import Any, Container, Dict, List, Optional

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from rasa_addons.knowledge import shared_search
from veilig.english_in_dutch import in_dutch
from veilig.knowledge.analyzer import dutch_words
from veilig.knowledge.chat_text import spelled_out
from veilig.knowledge.spelling import Speller, word_counts
from veilig.language import DUTCH, LANGUAGES, detect_language
from veilig.regions import place_words

logger = logging.getLogger(__name__)
WORDS_FILE = "woorden.json"


class _Either:
    """Both containers as one, for `in`, without copying the large Dutch word list."""

    def __init__(self, first: Container[str], second: Container[str]) -> None:
        self._first, self._second = first, second

    def __contains__(self, word: object) -> bool:
        return word in self._first or word in self._second


@lru_cache(maxsize=1)
def _dutch_or_place_words() -> Container[str]:
    """Dutch word forms and the words of municipality names: a town outside our regions ("waar in breda
    kan ik terecht" was read as 'brede', thirty-fifth session) is kept as written, and no target of a correction."""
    return _Either(dutch_words(), frozenset(place_words()))


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=True)
class SpellingCorrection(GraphComponent):
    def __init__(self, model_storage: ModelStorage, resource: Resource, words: Optional[Dict[str, int]] = None) -> None:
        self._model_storage = model_storage
        self._resource = resource
        self._words: Counter = Counter(words or {})
        self._speller: Optional[Speller] = None

    @classmethod
    def create(cls, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SpellingCorrection":
        return cls(model_storage, resource)

    @classmethod
    def load(cls, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "SpellingCorrection":
        try:
            with model_storage.read_from(resource) as directory:
                words = json.loads((directory / WORDS_FILE).read_text(encoding="utf-8"))
        except (ValueError, OSError):  # a model trained without it: correct to the knowledge base only
            words = {}
        component = cls(model_storage, resource, words)
        component.speller()  # at start-up rather than during the first conversation
        return component

    def train(self, training_data: TrainingData) -> Resource:
        words = word_counts(example.get(TEXT) or "" for example in training_data.training_examples)
        with self._model_storage.write_to(self._resource) as directory:
            (directory / WORDS_FILE).write_text(json.dumps(dict(sorted(words.items()))), encoding="utf-8")
        return self._resource

    def speller(self) -> Speller:
        if self._speller is None:
            counts = Counter(self._words)
            try:
                counts.update(shared_search().entry_words())
            except Exception:  # noqa: BLE001 - without the index, correct to the training examples' words
                logger.warning("knowledge index unavailable: typing errors are corrected to the training examples' words only")
            self._speller = Speller((), _dutch_or_place_words, counts)
        return self._speller

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text or text.startswith("/"):
                continue
            metadata = message.get("metadata") or {}
            language = metadata.get("taal") if isinstance(metadata, dict) else None
            if (language if language in LANGUAGES else detect_language(text)) != DUTCH:
                continue
            try:
                corrected = self.speller().correct(spelled_out(in_dutch(text)))
            except Exception:  # noqa: BLE001 - a failing correction must never cost anyone their answer
                logger.exception("spelling correction failed; the message is read as written")
                continue
            if corrected != text:
                message.set(TEXT, corrected)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
