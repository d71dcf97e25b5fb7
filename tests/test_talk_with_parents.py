"""Asking whether to talk with the parents or the family first (veilig/talk_with_parents.py)."""
import pytest

from veilig.talk_with_parents import asks_to_talk_with_the_family, asks_to_talk_with_the_parents


@pytest.mark.parametrize("text", [
    "Moet ik eerst met zijn vader praten?", "Mag ik met haar ouders praten?", "zal ik de ouders erop aanspreken",
    "moet ik haar moeder bellen",
])
def test_asks_to_talk_with_the_parents(text):
    assert asks_to_talk_with_the_parents(text) and asks_to_talk_with_the_family(text)


@pytest.mark.parametrize("text", ["moet ik met haar praten", "moet ik met mijn moeder praten", "mijn vader praat niet"])
def test_not_the_parents_of_the_one_worried_about(text):
    assert not asks_to_talk_with_the_parents(text)


def test_the_family_includes_brothers():
    assert asks_to_talk_with_the_family("kan ik met de broers praten") and not asks_to_talk_with_the_parents(
        "kan ik met de broers praten")
