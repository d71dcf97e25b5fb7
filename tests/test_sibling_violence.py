"""Violence between brothers and sisters told by a parent or a sibling (veilig/sibling_violence.py)."""
import pytest

from veilig.sibling_violence import tells_of_sibling_violence


@pytest.mark.parametrize("text", [
    "moet ik aangifte doen als mijn zoon van 14 zijn zusje slaat",
    "mijn kinderen slaan elkaar steeds en ik weet niet meer wat ik moet doen",
    "mn broer slaat me elke dag en mn ouders doen niks",
    "mijn oudere zus kleineert me de hele tijd",
])
def test_sibling_violence_told(text):
    assert tells_of_sibling_violence(text)


@pytest.mark.parametrize("text", [
    "mijn zoon slaat mij", "mijn man slaat mijn zoon", "mijn broer en zus maken ruzie",
    "mijn zus wordt geslagen door haar vriend", "de zoon van de buren slaat zijn zusje",
])
def test_other_violence_is_not_between_siblings(text):
    assert not tells_of_sibling_violence(text)
