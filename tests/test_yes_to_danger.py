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
