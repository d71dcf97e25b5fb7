"""Signs of a loverboy told by someone close (veilig/loverboy_signs.py), counted as worry (veilig/worry.py)."""
import pytest

from veilig.loverboy_signs import tells_of_loverboy_signs
from veilig.worry import is_about_violence


@pytest.mark.parametrize("text,told", [
    ("mijn zus van 16 gaat om met een man van 30 die haar cadeaus geeft", True),
    ("mijn dochter van 14 heeft een vriend van 22", True),
    ("mijn dochter heeft een oudere vriend die haar dure spullen geeft", True),
    ("mijn dochter heeft een loverboy", True),
    ("mijn man van 40 gaf me cadeaus", False),
    ("mijn zoon van 12 speelt met een jongen van 13", False),
])
def test_loverboy_signs_told(text, told):
    assert tells_of_loverboy_signs(text) is told


def test_a_young_sister_with_an_older_man_is_worry_for_the_dialogue():
    """The classifier took it for not ours: 'Deze chat gaat over geweld thuis'."""
    assert is_about_violence("mijn zus van 16 gaat om met een man van 30 die haar cadeaus geeft")


@pytest.mark.parametrize("text,told", [
    ("ik ben 14 en een jongen van 19 geeft me cadeaus en nu moet ik dingen doen met zn vrienden", True),
    ("ik ben 15 en mijn vriend van 22 koopt dure kleren voor me", True),
    ("ik ben 14 en mijn broer van 19 slaat me", False),
    ("mijn vader slaat me", False),
])
def test_a_young_person_telling_of_their_own_older_man(text, told):
    from veilig.loverboy_signs import tells_of_own_loverboy_signs
    assert tells_of_own_loverboy_signs(text) is told
