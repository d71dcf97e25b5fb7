"""A child told to keep quiet (veilig/child_silenced.py)."""
import pytest

from veilig.child_silenced import told_to_keep_quiet


@pytest.mark.parametrize("text", [
    "hij zegt dat ik een verklikker ben als ik het vertel",
    "mn moeder zegt dat ik niet moet zeuren",
    "ik mag het aan niemand vertellen",
    "papa zegt dat het ons geheim is",
    "hij zegt dat ik het niet mag vertellen",
    "ik mag niks tegen de juf zeggen",
    "mama zegt ik mag er niks over zeggen op school",  # the ninth tuning conversations
])
def test_told_to_keep_quiet(text):
    assert told_to_keep_quiet(text)


@pytest.mark.parametrize("text", ["mijn vader slaat me", "ik wil het vertellen", "mag ik het vertellen?",
                                  "wat mag ik zeggen", "mijn moeder zeurt de hele dag",
                                  "ik mag niet klagen", "ik mag niks zeggen over mijn cijfers"])  # the idiom: all is well
def test_not_told_to_keep_quiet(text):
    assert not told_to_keep_quiet(text)
