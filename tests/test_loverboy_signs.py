"""Signs of a loverboy told by someone close (veilig/loverboy_signs.py), counted as worry (veilig/worry.py)."""
import pytest

from veilig.loverboy_signs import tells_of_loverboy_signs, tells_of_own_loverboy_signs
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


@pytest.mark.parametrize("text", ["ik heb een vriend van 23 ik ben 13 hij wil dat ik bij hem kom slapen",
                                  "ik ben 13 en mijn vriend van 22 zegt dat ik het niet aan mn moeder mag vertellen"])
def test_a_girl_of_13_with_a_friend_of_23_and_a_secret_or_a_night_at_his_place(text):
    # got the child's general route, without naming the danger
    assert tells_of_own_loverboy_signs(text)


def test_a_friend_two_years_older_is_no_loverboy():
    assert not tells_of_own_loverboy_signs("ik heb een vriend van 16 ik ben 15 en hij zegt dat ik het niet mag vertellen")


@pytest.mark.parametrize("text,grooming", [
    ("Ik ben pedagogisch medewerker op de bso. Een collega stuurt appjes naar een meisje van 10 en geeft haar cadeautjes.", True),
    ("de trainer geeft een jongen van 12 steeds geld", True),
    ("mijn collega stuurt appjes naar mij", False),
    ("mijn oom geeft mijn zoon een cadeau voor zijn verjaardag", False),
    # twenty-first session's probe: a gymnastics trainer's account got "Daar kan ik je helaas niet mee helpen"
    ("ik ben trainer bij een turnclub en ik zie dat een andere trainer veel appjes stuurt naar meiden van 13 en ze "
     "soms alleen na de les houdt", True),
    ("mijn trainer stuurt appjes naar het team over de wedstrijd", False),
    ("de meester stuurt berichten naar de ouders", False),
])
def test_grooming_told_by_one_who_sees_it(text, grooming):
    """Twentieth session's probe: a day-care worker's account got "Deze chat gaat over geweld thuis"."""
    from veilig.loverboy_signs import tells_of_grooming
    assert tells_of_grooming(text) == grooming


def test_going_to_the_police_after_a_loverboys_signs_is_about_trafficking():
    """'Moet ik naar de politie?' a moment after the loverboy's signs got domestic violence's report."""
    from veilig.loverboy_signs import TRAFFICKING_HELP_ENTRY, police_answer_after_trafficking

    assert police_answer_after_trafficking("aangifte-doen", ("signalen-loverboy",)) == TRAFFICKING_HELP_ENTRY
    assert police_answer_after_trafficking("aangifte-doen", ("partnergeweld",)) == "aangifte-doen"
    assert police_answer_after_trafficking("vrouwenopvang", ("signalen-loverboy",)) == "vrouwenopvang"


def test_for_a_child_under_18_the_police_answer_is_that_free_will_does_not_count():
    """Twenty-third session's probe: a father whose daughter of 16 says she goes of her own free
    will got CoMensha's help for adult victims."""
    from veilig.loverboy_signs import MINOR_ENTRY, TRAFFICKING_HELP_ENTRY, police_answer_after_trafficking
    told = "Mijn dochter van 16 heeft een vriend van 22 die haar dure cadeaus geeft"
    assert police_answer_after_trafficking("hulp-bij-mensenhandel", ("signalen-loverboy",), told) == MINOR_ENTRY
    assert police_answer_after_trafficking("aangifte-doen", ("signalen-loverboy",), told) == MINOR_ENTRY
    assert police_answer_after_trafficking("aangifte-doen", ("signalen-loverboy",), "mijn zus van 24") == TRAFFICKING_HELP_ENTRY
