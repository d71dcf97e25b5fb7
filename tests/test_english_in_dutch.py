"""English words inside a Dutch message are read in Dutch (veilig/english_in_dutch.py)."""
import pytest

from veilig.dialogue_order import Found, decide
from veilig.english_in_dutch import in_dutch


@pytest.mark.parametrize("text,dutch", [
    ("mijn husband hits me", "mijn man slaat me"),
    ("hij heeft een knife", "hij heeft een mes"),
    ("ik ben 12 en mijn dad hits me", "ik ben 12 en mijn vader slaat me"),
    ("mijn wife beats the kids", "mijn vrouw slaat de kids"),
])
def test_english_words_of_people_and_harm_are_written_in_dutch(text, dutch):
    assert in_dutch(text) == dutch


@pytest.mark.parametrize("text", [
    "wat is stalking", "ik gun het je", "sorry, ik heb een vraag", "help, wat moet ik doen",
    "he, kun je me helpen", "mijn partner is de kids vergeten op te halen",
])
def test_a_dutch_message_that_only_borrows_english_stays_as_written(text):
    assert in_dutch(text) == text


@pytest.mark.parametrize("text,intent,expected", [
    ("mijn husband hits me", "nlu_fallback", "slachtoffer"),
    ("ik ben 12 en mijn dad hits me", "nlu_fallback", "kind_jongere"),
])
def test_the_glossed_message_gets_the_route_of_the_one_it_is_done_to(text, intent, expected):
    """Without the gloss no Dutch check knew these words: "Sorry, dat begrijp ik niet goed"."""
    ranking = [intent, expected]
    assert decide(text, intent, lambda _: Found(), ranking).intent == intent
    assert decide(in_dutch(text), intent, lambda _: Found(), ranking).intent == expected
