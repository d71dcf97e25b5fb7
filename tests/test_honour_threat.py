"""Threats in the name of the family's honour (veilig/honour_threat.py)."""
import pytest

from veilig.honour_threat import tells_of_honour_threat


@pytest.mark.parametrize("text", [
    "Ik ben bang dat ze me iets aandoen. Ze zeggen dat het om de eer gaat.",
    "Mijn broer zegt dat ik de familie te schande heb gemaakt",
    "mijn vader zegt dat ik een schande voor de familie ben",
    "ik ben bang voor eerwraak",
    "het gaat om de familie-eer zegt mijn oom",
    "mn broers zeggen dat ik de eer van de familie heb geschonden",
])
def test_honour_named_as_the_reason(text):
    assert tells_of_honour_threat(text)


@pytest.mark.parametrize("text", [
    "ik heb de eer u uit te nodigen", "mijn vader slaat mij", "ik schaam me heel erg",
    "het is een schande hoe de buren hun kind behandelen",
])
def test_no_honour_named(text):
    assert not tells_of_honour_threat(text)
