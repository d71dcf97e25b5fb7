"""Whether Veilig Thuis brings in the police, asked in a few words (veilig/police_involved.py)."""
import pytest

from veilig.police_involved import asks_if_the_police_comes, police_question_entry


@pytest.mark.parametrize("text", ["komt dan de politie?", "en is het de politie?", "en met de politie?",
                                  "gaan ze het dan naar de politie?", "werken jullie samen met de politie",
                                  "halen ze de politie erbij?", "vertellen ze het aan de politie"])
def test_asks_if_the_police_comes(text):
    assert asks_if_the_police_comes(text)


@pytest.mark.parametrize("text", ["bel de politie", "moet ik de politie bellen?", "de politie kwam gisteren",
                                  "ik wil naar de politie", "wat doet de politie na een aangifte?"])
def test_other_words_of_the_police(text):
    assert not asks_if_the_police_comes(text)


def test_only_after_veilig_thuis():
    """After Veilig Thuis's route or an answer about it; not after 112's route or the CSG's, nor without context."""
    assert police_question_entry("komt dan de politie?", "pleger", ()) == "is-veilig-thuis-de-politie"
    assert police_question_entry("en is het de politie?", None, ("kost-veilig-thuis-geld",)) == "is-veilig-thuis-de-politie"
    assert police_question_entry("komt dan de politie?", "acuut", ()) is None
    assert police_question_entry("komt dan de politie?", "seksueel_geweld", ("centrum-seksueel-geweld",)) is None
    assert police_question_entry("komt dan de politie?", None, ()) is None
