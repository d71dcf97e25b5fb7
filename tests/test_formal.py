"""The 'u' register for professionals (veilig/formal.py)."""
import pytest

from veilig.formal import to_formal


@pytest.mark.parametrize("text,formal", [
    ("Dan meld je het bij Veilig Thuis.", "Dan meldt u het bij Veilig Thuis."),
    ("Bespreek je zorgen met je aandachtsfunctionaris.", "Bespreek uw zorgen met uw aandachtsfunctionaris."),
    ("Wil je advies? Bel Veilig Thuis.", "Wilt u advies? Bel Veilig Thuis."),
    # twentieth session's probe: a teacher read "Ik wilt u niets", "kunt u vraag", "met uw doet", "u juf"
    ("Ik wil je niets verkeerds vertellen.", "Ik wil u niets verkeerds vertellen."),
    ("Veilig Thuis kan je vraag wel beantwoorden.", "Veilig Thuis kan uw vraag wel beantwoorden."),
    ("Als iemand seksuele dingen met je doet die je niet wilt", "Als iemand seksuele dingen met u doet die u niet wilt"),
    ("zoals je juf of meester, of je opa of oma. Durf je dat niet?",
     "zoals uw juf of meester, of uw opa of oma. Durft u dat niet?"),
    # twentieth session's probe: a button read "Mag u ex de kinderen zien", an answer "Maakt u uw zorgen?"
    ("Mag je ex de kinderen zien?", "Mag uw ex de kinderen zien?"),
    ("Wil je partner ook hulp?", "Wil uw partner ook hulp?"),
    ("Heb je kinderen?", "Hebt u kinderen?"),
    ("Wil je je ex niet meer zien?", "Wilt u uw ex niet meer zien?"),
    ("Maak je je zorgen over een kind?", "Maakt u zich zorgen over een kind?"),
    ("Als je je zorgen maakt, bel dan.", "Als u zich zorgen maakt, bel dan."),
    # fortieth session: "Dan ben u slachtoffer" in an answer to a youth worker
    ("Dan ben jij slachtoffer.", "Dan bent u slachtoffer."),
    ("Wat kan jij doen? En jij?", "Wat kunt u doen? En u?"),
])
def test_to_formal(text, formal):
    assert to_formal(text) == formal


def test_your_baby_becomes_uw_baby():
    """Twenty-fifth session's probe: "Huilt u baby maar door?" and "Laat u baby dan meteen nakijken"."""
    from veilig.formal import to_formal
    assert to_formal("Huilt je baby maar door? Laat je baby meteen nakijken.") == \
        "Huilt uw baby maar door? Laat uw baby meteen nakijken."
