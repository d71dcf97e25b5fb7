"""Stalking told (veilig/stalking.py)."""
import pytest

from veilig.stalking import tells_of_a_tracker, tells_of_stalking


@pytest.mark.parametrize("text,stalking", [
    ("mijn ex stuurt me de hele dag berichten en staat soms bij mijn werk", True),
    ("hij volgt me overal", True),
    ("mijn ex blijft me appen", True),
    ("hij staat elke avond voor mijn deur", True),
    ("mijn ex komt steeds langs terwijl dat niet mag van de rechter", True),
    ("mijn moeder komt vaak langs", False),
    ("hij staat nu voor de deur", False),  # danger now, not stalking
    ("de postbode staat bij mijn deur", False),
    ("mijn moeder belt me elke dag om te vragen hoe het gaat", False),
])
def test_stalking_told(text, stalking):
    assert tells_of_stalking(text) is stalking


@pytest.mark.parametrize("text,tells", [
    # twenty-eighth and thirtieth sessions' probes: not understood, or "daar kan ik je niet mee helpen"
    ("volgens mij heeft hij iets onder mijn auto geplakt", True),
    ("mijn ex weet altijd waar ik ben, ik denk dat er een tracker in mijn tas zit", True),
    ("AirTag beweegt met je mee, wat nu?", True),
    ("er zit een gps kastje onder mijn scooter", True),
    # one's own things, or not knowing where to go
    ("ik heb iets in mijn tas gestopt", False),
    ("ik weet niet waar ik heen moet", False),
])
def test_a_tracker_told(text, tells):
    assert tells_of_a_tracker(text) is tells


def test_a_tracker_is_about_violence():
    """'AirTag beweegt met je mee, wat nu?' got "daar kan ik je niet mee helpen" (thirtieth session's probe)."""
    from veilig.worry import is_about_violence
    assert is_about_violence("AirTag beweegt met je mee, wat nu?")
    assert not is_about_violence("ik ben mijn airpods kwijt, kunnen jullie helpen?")
