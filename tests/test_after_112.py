"""After the acute answer: 112 called, or a wish to step in (veilig/after_112.py)."""
import pytest

from veilig.after_112 import asks_to_step_in, says_112_was_called


@pytest.mark.parametrize("text,called,step_in", [
    ("ik heb 112 gebeld, wat nu", True, False), ("de politie is onderweg", True, False),
    ("moet ik erheen gaan", False, True), ("moet ik aanbellen?", False, True),
    ("moet ik morgen nog iets doen", False, False), ("ik heb hem gebeld", False, False),
    ("hoe kan ik haar helpen", False, False),
    # doubt, not a call made (fifteenth session's probe): "Goed dat je 112 hebt gebeld" was wrong
    ("politie komt toch niet", False, False), ("de politie komt niet", False, False),
    ("de politie komt eraan", True, False),
    ("ok gebeld ze zijn er nu. morgen wil ik ook veilig thuis bellen", True, False), ("gebeld, ze komen eraan", True, False),
])
def test_called_or_stepping_in(text, called, step_in):
    assert says_112_was_called(text) == called
    assert asks_to_step_in(text) == step_in


# Twentieth session's probe: "ik heb gebeld, wat nu?", "moet ik naar de dokter?" and "ik wil geen
# politie" after 112 got the acute answer again.
@pytest.mark.parametrize("text,doctor,no_police,called", [
    ("oke ik heb gebeld, wat nu?", False, False, True),
    ("moet ik naar de eerste hulp of de huisarts", True, False, False),
    ("moet ik naar de dokter? ik heb niks te zien", True, False, False),
    ("ik heb een beetje buikpijn", True, False, False),
    ("ik wil geen politie", False, True, False),
    ("ik wil niet dat de politie komt", False, True, True),
    ("ik heb mijn moeder gebeld", False, False, False),
    ("hij zit nu in de auto", False, False, False),
    # twenty-eighth session's probe: kicked in the belly while pregnant, then this
    ("ik voel de baby minder bewegen", True, False, False),
    ("wat moet ik doen tot de politie er is", False, False, True),
    ("ik verlies bloed", True, False, False),
])
def test_doctor_or_no_police_after_112(text, doctor, no_police, called):
    from veilig.after_112 import asks_for_a_doctor, wants_no_police
    assert asks_for_a_doctor(text) == doctor
    assert wants_no_police(text) == no_police
    assert says_112_was_called(text) == called


# Twenty-fourth session's probe: not knowing the address, in danger.
@pytest.mark.parametrize("text,no_address", [
    ("ik weet het adres niet", True), ("ik weet niet waar ik ben", True), ("ik ken de straatnaam niet", True),
    ("ik weet het niet", False), ("ik weet niet wat ik moet doen", False), ("ik weet niet waar hij is", False),
    # the ninth tuning conversations, in learner's Dutch
    ("ik weet niet adres, wij zijn net verhuisd twee weken", True),
    ("ik bel 112 maar weet adres niet goed, is huis van uitzendbureau bij kassen", True), ("ik weet niet mijn adres", True),
])
def test_does_not_know_the_address(text, no_address):
    from veilig.after_112 import does_not_know_the_address
    assert does_not_know_the_address(text) == no_address
