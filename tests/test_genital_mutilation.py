"""Female genital mutilation told (veilig/genital_mutilation.py), counted as violence (veilig/worry.py)."""
import pytest

from veilig.genital_mutilation import tells_of_genital_mutilation
from veilig.worry import is_about_violence


@pytest.mark.parametrize("text,told", [
    ("mijn schoonfamilie wil dat ik mijn dochter laat besnijden", True),
    ("mijn nichtje wordt in de vakantie besneden", True),
    ("mijn zoon wordt besneden", False),  # a boy's circumcision is another matter
    ("ik heb een vraag over de gemeente", False),
    # told without the word (the tenth tuning conversations)
    ("mentor havo 3. leerling vertelt dat haar zusje van 7 deze zomer 'mee naar oma in somalie gaat voor een feest "
     "voor grote meisjes' en ze is er bang voor", True),
    ("mijn schoonmoeder zegt dat onze dochter in egypte een speciaal feest krijgt om schoon te worden", True),
    ("we gaan met de kinderen naar egypte op vakantie", False),
    ("mijn zoon gaat in somalie naar een feest van de familie", False),
])
def test_genital_mutilation_told(text, told):
    assert tells_of_genital_mutilation(text) is told


def test_a_girl_to_be_cut_is_violence_for_the_dialogue():
    """Without a word of violence the message got 'ik weet niet zeker of ik je begrijp'."""
    assert is_about_violence("mijn schoonfamilie wil dat ik mijn dochter laat besnijden")
