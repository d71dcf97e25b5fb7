"""veilig/childhood_past.py: an adult hurt at home as a child, long ago."""
import pytest

from veilig.childhood_past import tells_of_childhood_abuse


@pytest.mark.parametrize("text", [
    "Ik ben 30. Mijn vader sloeg ons vroeger. Ik heb nu steeds nachtmerries en word soms heel boos op mijn eigen kinderen.",
    "ik ben als kind mishandeld door mijn moeder",
    "toen ik klein was werd ik geslagen door mijn stiefvader",
    "mijn moeder schold me vroeger altijd uit, nu ben ik 40",
])
def test_told_of_childhood_abuse(text):
    assert tells_of_childhood_abuse(text)


@pytest.mark.parametrize("text", [
    "mijn man sloeg me vroeger ook al",                      # a partner, not a childhood
    "mijn vader slaat mij",                                  # now
    "mijn vader sloeg mij gisteren",
    "mijn vader sloeg ons vroeger en nu slaat mijn man mij",  # and violence now
    "mijn vader sloeg me vroeger en nog steeds als ik thuis ben",
    "ik ben als kind misbruikt",                             # sexual abuse long ago: its own entry
    "mijn buurvrouw is als kind mishandeld",                 # not the writer
    "ik ben 12 en mijn vader sloeg me vroeger",              # a child still
])
def test_not_told_of_childhood_abuse(text):
    assert not tells_of_childhood_abuse(text)
