"""A professional's client who turns help down, and a manager who says to stay out of it
(veilig/client_refuses.py): twenty-fifth session's probe."""
import pytest

from veilig.client_refuses import says_the_client_refuses, says_the_manager_objects


@pytest.mark.parametrize("text", [
    "De man zegt zelf dat alles goed is en wil niet dat ik iets doe",
    "ze wil absoluut geen hulp en geen melding",
    "Ze wil niet dat ik iets meld",
    "mijn client weigert toestemming",
    "Ze wil er niet over praten",  # twenty-sixth session's probe: a home-care worker got "ik begrijp niet"
])
def test_the_client_refuses(text):
    assert says_the_client_refuses(text)


@pytest.mark.parametrize("text", [
    "hij wil geen hulp voor zijn drankprobleem",  # help for his own problem, not a refusal of a report
    "ik wil niet dat hij in de problemen komt",
    "het gaat goed met haar",
])
def test_no_refusal(text):
    assert not says_the_client_refuses(text)


@pytest.mark.parametrize("text", [
    "Mijn leidinggevende zegt dat we ons er niet mee moeten bemoeien",
    "de directeur wil niet dat we melden",
    "mijn baas zegt dat ik niks moet doen",
])
def test_the_manager_objects(text):
    assert says_the_manager_objects(text)


@pytest.mark.parametrize("text", ["mijn baas slaat mij", "mijn leidinggevende is op vakantie"])
def test_no_objection(text):
    assert not says_the_manager_objects(text)
