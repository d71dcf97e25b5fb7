"""Strangling seen by the writer, not done to them (veilig/strangling_seen.py)."""
import pytest

from veilig.strangling_seen import strangling_seen


@pytest.mark.parametrize("text", [
    "ik ben 11 en mijn vader heeft gisteren mijn moeder gewurgd",
    "is wurgen gevaarlijk als ze gewoon weer ademt?",
    "mijn buurman wurgde zijn vrouw gisteren, ik zag het",
    "hij kneep haar keel dicht tot ze flauwviel",
])
def test_seen(text):
    assert strangling_seen(text)


@pytest.mark.parametrize("text", [
    "hij heeft me gisteren gewurgd",
    "mijn vriend heeft mij gewurgd",
    "ik ben gisteren gewurgd door mijn vriend",
    "hij kneep mijn keel dicht",
    "hij heeft haar gewurgd en mij ook",
    "wat is wurgen",
    "mijn moeder slaat mijn vader",
])
def test_not_seen(text):
    assert not strangling_seen(text)
