"""A professional's case of a child not safe today (veilig/professional_urgency.py), and its place
in the decision order: before the classifier's child, 'not ours' or meldcode guesses."""
import pytest

from veilig.dialogue_order import Found, decide
from veilig.professional_urgency import ACUTE_CASE_ENTRY, tells_of_acute_case

URGENT = [
    "spoedeisende hulp: kind van 2 met brandwonden in sokpatroon aan beide voeten, moeder zegt in bad gevallen. wat moet ik doen?",
    "SEH arts hier. baby van 4 mnd met femurfractuur, ouders kunnen niet uitleggen hoe het komt. verhaal wisselt.",
    "Jongen van 8 zegt net tegen mij dat zijn vader hem om 5 uur komt ophalen en dat hij dan weer slaag krijgt. "
    "hij heeft striemen op zijn rug. ik ben BSO medewerker. wat moet ik NU doen",
    "ik ben kinderarts op de SEH. baby 3 maanden, gebroken been, ouders weten niet hoe",
    "ik ben gastouder, een kind van 3 komt met vieze luier en honger, moeder ruikt naar drank bij het brengen",
    "ik ben juf en een leerling zegt dat ze niet naar huis durft omdat haar vader haar slaat",
]
NOT_URGENT = [
    "ik ben juf en een leerling heeft blauwe plekken, wat nu",  # the meldcode's steps
    "mijn baby heeft een gebroken been",                       # a parent, no professional
    "ik ben huisarts, wat zijn de 5 stappen van de meldcode",
    "als leerkracht zie ik een kind dat vaak te laat is",
    "ik ben leerkracht, een leerling vertelde dat zijn vader hem vroeger sloeg",
    "hoe lang duurt het voordat veilig thuis iets doet",
    "ik ben pedagogisch medewerker en een meisje van 6 heeft een brandwond op haar arm",  # older than 3
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent_cases(text):
    assert tells_of_acute_case(text)


@pytest.mark.parametrize("text", NOT_URGENT)
def test_not_urgent(text):
    assert not tells_of_acute_case(text)


@pytest.mark.parametrize("intent", ["kind_in_nood", "buiten_scope", "meldcode_vraag", "zorgen_omstander"])
def test_the_answer_on_acute_unsafety_whatever_the_classifier_guessed(intent):
    decision = decide(URGENT[1], intent, lambda text: Found())
    assert (decision.intent, decision.reason, decision.entry_id) == ("vraag_definitie", "professional_acuut", ACUTE_CASE_ENTRY)


def test_strong_danger_stays_first():
    decision = decide("ik ben juf, de vader staat nu met een mes op het schoolplein", "meldcode_vraag", lambda text: Found())
    assert decision.reason == "gevaar"
