"""One hurt at home who asks where to go or sleep (veilig/seeks_shelter.py)."""
import pytest

from veilig.seeks_shelter import seeks_shelter


@pytest.mark.parametrize("text", [
    "waar kan ik heen met mijn 2 kinderen als mijn man ons bedreigt",
    "ik moet vluchten met de kinderen",
    "kan ik ergens veilig slapen vannacht",
    "ik kan vannacht niet naar huis, hij is dronken",
    "we hebben een veilige plek nodig",
    "waar moeten wij nu wonen als we weggaan",
])
def test_asks_where_to_go(text):
    assert seeks_shelter(text)


@pytest.mark.parametrize("text", [
    "waar kan ik heen voor hulp", "waar kan ik terecht met mijn vragen", "mijn man slaat me",
    "ik wil weten wat de vrouwenopvang kost", "hoe help ik mijn zus",
    "mijn vriend slaat me en ik durf niet naar huis",  # fear told, no place asked
])
def test_asks_no_place_to_stay(text):
    assert not seeks_shelter(text)
