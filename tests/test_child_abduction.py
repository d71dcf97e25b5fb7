"""Children taken abroad told (veilig/child_abduction.py)."""
import pytest

from veilig.child_abduction import tells_of_child_abduction
from veilig.worry import is_about_violence


@pytest.mark.parametrize("text,told", [
    ("ze hebben mijn kinderen meegenomen naar marokko en komen niet terug", True),
    ("mijn ex dreigt de kinderen mee te nemen naar turkije", True),
    ("mijn ex heeft mijn dochter niet teruggebracht na de vakantie", True),
    ("mijn man wil de kinderen meenemen naar zijn land", True),
    ("mijn kinderen gaan mee naar de opvang", False),
    ("mijn zoon is meegenomen naar de politie", False),
    ("mijn kinderen zijn mee op schoolreis naar belgie", False),
    ("mijn kinderen zijn meegenomen naar school", False),
])
def test_children_taken_abroad_told(text, told):
    assert tells_of_child_abduction(text) is told


def test_children_taken_abroad_keep_the_number_when_the_classifier_is_unsure():
    assert is_about_violence("ze hebben mijn kinderen meegenomen naar marokko en komen niet terug")


@pytest.mark.parametrize("text", [
    "Mijn ex heeft de kinderen dit weekend gehad en brengt ze niet terug.",
    "mijn ex houdt zich niet aan de omgangsregeling",
])
def test_children_not_returned(text):
    # twenty-sixth session's probe: the bystander's tips for a mother whose ex kept the children
    from veilig.child_abduction import children_not_returned
    assert children_not_returned(text)


def test_going_abroad_feared():
    from veilig.child_abduction import fears_going_abroad
    assert fears_going_abroad("Hij heeft ook een Turks paspoort, ik ben bang dat hij naar Turkije gaat")
    assert not fears_going_abroad("ik heb mijn paspoort kwijt")
