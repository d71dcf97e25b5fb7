"""A professional's later message that the one they worry about turns help down ("de man zegt zelf
dat alles goed is en wil niet dat ik iets doe", "ze wil absoluut geen hulp en geen melding"), or
that their manager says to stay out of it ("mijn leidinggevende zegt dat we ons er niet mee moeten
bemoeien"). Both got a choice of topics or "ik begrijp niet" (twenty-fifth session's probe). An
adult's wish is taken seriously but is not always the limit; a child's wish for secrecy is not
promised; the meldcode binds the professional whatever the manager says (actions/follow_up.py)."""
import re

from veilig.text import fold

ADULT_REFUSES_ENTRY = "volwassen-client-wil-geen-melding"
MANAGER_OBJECTS_ENTRY = "leidinggevende-wil-niet-dat-u-iets-doet"

_THE_CLIENT = r"(ze|zij|hij|de man|de vrouw|de moeder|de vader|meneer|mevrouw|het meisje|de jongen|mijn client\w*|" \
              r"de client\w*|mijn patient\w*|de patient\w*|het kind|de jongere)"
_REFUSES = re.compile(
    rf"\b{_THE_CLIENT} (\w+ ){{0,2}}(wil|wilt|willen) (\w+ ){{0,2}}(geen (hulp|melding|bemoeienis|zorg|hulpverlening)(?! (voor|bij|met) (zijn|haar))|"
    r"niet dat (ik|we|wij) (\w+ ){0,2}(doe|doen|meld|melden|bel|bellen|vertel|vertellen|doorvertel|zeg|zeggen|"
    r"inschakel|inschakelen))\b|"
    rf"\b{_THE_CLIENT} (\w+ ){{0,2}}(zegt|zeggen|zei|beweert) (\w+ ){{0,2}}dat (alles|het) (\w+ )?(goed|prima|in orde|oke|ok) "
    r"(is|gaat)\b|"
    rf"\b{_THE_CLIENT} (\w+ ){{0,2}}(weigert|weigeren) (\w+ ){{0,2}}(hulp|toestemming|een melding|melding)\b|"
    # "ze wil er niet over praten" from a home-care worker about a woman of 84 with bruises
    rf"\b{_THE_CLIENT} (wil|wilt|willen) (er|het) (\w+ )?niet over (praten|hebben)\b")


def says_the_client_refuses(text: str) -> bool:
    """The one the professional worries about turns help or a report down, or says all is well."""
    return bool(_REFUSES.search(fold(text or "")))


_MANAGER = r"(mijn |onze |de )?(leidinggevende|leidinggevenden|baas|manager|directeur|directie|teamleider|locatiemanager|" \
           r"werkgever|bestuur|coordinator|houder)"
_OBJECTS = re.compile(
    rf"\b{_MANAGER} (\w+ ){{0,3}}(zegt|zeggen|zei|vindt|vinden|wil|wilt|willen) (\w+ ){{0,5}}(niet (\w+ ){{0,2}}(mee )?"
    r"(moeten|moet|mogen|mag|hoeven|hoeft) (\w+ ){0,2}(bemoeien|melden|doen|bellen)|niet (\w+ ){0,2}(bemoeien|melden)|"
    r"geen melding|niets (\w+ ){0,2}(doen|melden)|niks (\w+ ){0,2}(doen|melden)|dat (ik|we|wij) (niets|niks) (doen|melden))\b")


def says_the_manager_objects(text: str) -> bool:
    """The professional's manager, board or employer says not to get involved or not to report."""
    return bool(_OBJECTS.search(fold(text or "")))
