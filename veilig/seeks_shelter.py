"""One hurt at home who asks where to go or sleep ("waar kan ik heen met mijn 2 kinderen als mijn man
ons bedreigt", "ik moet vluchten met de kinderen"). The victim's route names a safe place only as a
button ('Ik moet weg, waar kan ik heen?'); someone who asks it now gets the answer on the shelter
after the number (actions/routes.py). Asking where to go for help or advice is not this."""
import re

from veilig.text import fold

SHELTER_ENTRY = "vrouwenopvang"

_SEEKS = re.compile(
    r"\b(waar (kan|moet|kunnen|moeten|mag) (ik|we|wij) (\w+ ){0,4}(heen|naartoe|naar toe|slapen|wonen|verblijven|"
    r"onderduiken)|(ik|we|wij) (moet|moeten|wil|willen|ga|gaan) (\w+ ){0,4}(vluchten|onderduiken)|"
    r"(kan|kunnen|mag) (ik|we|wij) (\w+ ){0,2}ergens (\w+ ){0,2}(slapen|verblijven|heen|terecht)|"
    r"(een )?(veilige plek|veilig onderdak|onderdak) (\w+ ){0,2}(nodig|zoeken|vinden|voor (mij|ons|mijn))|"
    r"(ik|we|wij) (kan|kunnen) (vannacht )?niet (meer )?(naar huis|thuis (blijven|slapen)))\b")
# 'waar kan ik heen voor hulp / met mijn vragen': help, not a place to stay.
_FOR_HELP = re.compile(r"\b(heen|naartoe|terecht) (voor|met) (hulp|advies|mijn vragen|vragen|deze vraag|een gesprek)\b")


def seeks_shelter(text: str) -> bool:
    """The writer asks where to go, sleep or hide from home, as one who must leave."""
    folded = fold(text or "")
    return bool(_SEEKS.search(folded)) and not _FOR_HELP.search(folded)
