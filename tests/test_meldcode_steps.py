"""A meldcode step named by its number (veilig/meldcode/steps.py) and its place in the search."""
import pytest

from veilig.dialogue_order import find_in_knowledge
from veilig.knowledge.search import KnowledgeSearch
from veilig.meldcode.steps import asks_for_the_steps, named_step_entry


@pytest.mark.parametrize("text,entry", [
    ("wat doe ik in stap 5?", "meldcode-stap-5"), ("meldcode stap 5 uitleg graag", "meldcode-stap-5"),
    ("en stap 4?", "meldcode-stap-4"), ("wat houdt stap drie in", "meldcode-stap-3"),
    ("wat is de derde stap van de meldcode", "meldcode-stap-3"), ("de laatste stap van de meldcode", "meldcode-stap-5"),
    ("wat zijn de 5 stappen van de meldcode", None), ("wat is de eerste stap als ik weg wil", None),
    ("stap voor stap uitleg", None),
])
def test_named_step(text, entry):
    assert named_step_entry(text) == entry


def test_the_step_is_answered_not_tied_with_the_five_steps(built_index):
    # the two came out tied in the search (fifteenth session's probe)
    assert find_in_knowledge(KnowledgeSearch(), "meldcode stap 5 uitleg graag").entry_id == "meldcode-stap-5"


@pytest.mark.parametrize("text,asks", [
    # thirty-fourth session's fifth tuning conversations: a teacher's case with these got the route and topics
    ("Welke stappen moet ik zetten?", True), ("Wat moet ik volgens de meldcode doen?", True),
    ("Hoe pas ik de meldcode hierop toe?", True), ("wat zegt de meldcode hierover", True),
    ("welke stappen moet ik nu nemen", True),
    ("wat moet ik doen", False), ("en stap 3?", False), ("wat is de volgende stap?", False),
    ("wat zijn de stappen van de meldcode", False),
])
def test_asks_for_the_steps(text, asks):
    assert asks_for_the_steps(text) is asks
