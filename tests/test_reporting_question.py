import pytest

from veilig.reporting_question import asks_about_reporting


@pytest.mark.parametrize("text", ["krijgt de persoon die ik meld te horen dat ik het was",
                                  "weet hij dan dat ik hem gemeld heb?", "hoe lang duurt een melding bij veilig thuis"])
def test_questions_about_reporting(text):
    assert asks_about_reporting(text)


@pytest.mark.parametrize("text", ["ik wil iets melden", "hoe laat is het?", "wanneer gaat de bibliotheek open"])
def test_not_questions_about_reporting(text):
    assert not asks_about_reporting(text)
