"""A short message that only tells whom it is about (veilig/whom_told.py)."""
import pytest

from veilig.whom_told import SELF, SOMEONE_ELSE, whom_told


@pytest.mark.parametrize("text", [
    "het gaat om mijn buren", "over mijn zus", "het gaat om mijn nichtje van 6", "het is mijn buurvrouw",
    "Het gaat om de buren hiernaast", "om een kind in mijn klas", "gaat over mn broertje",
])
def test_someone_else_named(text):
    assert whom_told(text) == SOMEONE_ELSE


@pytest.mark.parametrize("text", ["het gaat om mij", "Het gaat om mezelf", "ik ben het zelf", "over mij"])
def test_the_writer_self(text):
    assert whom_told(text) == SELF


@pytest.mark.parametrize("text", [
    # more than whom: read for what it says
    "het gaat om mijn buurvrouw, ze wordt geslagen", "wat als het om mijn zus gaat?", "het gaat om mijn zus, mag ik bellen",
    # no person named, or a partner or parent who more often is the one who hurts
    "het gaat om de wet", "het gaat om mijn man", "het gaat om mijn vader", "mijn buren", "ik wil iets melden",
])
def test_not_only_whom(text):
    assert whom_told(text) is None
