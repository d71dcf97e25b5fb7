"""veilig/yes_to_danger.py: a yes to "Ben je nu in gevaar?"."""
import pytest

from veilig.yes_to_danger import says_yes_to_danger


@pytest.mark.parametrize("text", ["ja", "jaa!", "ja hij is nog thuis", "Ja, hij staat nog voor de deur", "ja nu",
                                  "ja mijn man is nog thuis"])
def test_yes_to_danger(text):
    assert says_yes_to_danger(text)


@pytest.mark.parametrize("text", ["ja maar hij slaat me niet", "ja ik ben 15", "ja ik wil praten", "nee", "ok"])
def test_not_yes_to_danger(text):
    assert not says_yes_to_danger(text)


def test_the_last_question_of_the_reply_decides_what_a_yes_answers():
    """Twenty-fourth session's probe: "hij heeft ook mn telefoon kapot gegooid" got the route's number
    line ("Ben je nu in gevaar? Bel 112."), then "ja" got the invitation to tell more."""
    from veilig.yes_to_danger import asked_about_danger_last
    assert asked_about_danger_last("Wat naar dat je dit meemaakt. Bel Veilig Thuis: 0800-2000.\nBen je nu in gevaar? Bel 112.")
    assert asked_about_danger_last("Ben je nu in gevaar? Bel 112. Ben je jonger dan 18? Bel ook de Kindertelefoon.")
    assert not asked_about_danger_last("Ben je nu in gevaar? Bel 112.\nWil je nog iets vragen of meer vertellen?")
    assert not asked_about_danger_last("")
