"""A victim who fears the children will be taken away when they ask for help ("ik wil niet dat ze
uit huis gehaald worden", "ik ben bang mijn kinderen kwijt te raken als ik bel"). That fear keeps
many from calling; after the route's number, that Veilig Thuis does not decide on taking children
out of the home, and that the aim is help for the family, answers it (actions/routes.py)."""
import re

from veilig.text import fold

TAKING_CHILDREN_ENTRY = "haalt-veilig-thuis-kinderen-uit-huis"

_CHILDREN = r"(kind|kinderen|kids|zoon|dochter|zoontje|dochtertje|baby|ze|zij)"
_TAKEN = (r"(uit huis (gehaald|geplaatst|halen|plaatsen|haalt|plaatst|worden)|afgepakt|afpakken|afpakt|afnemen|afneemt|"
          r"afgenomen|weggehaald|weghalen|weghaalt|kwijt)")
_FEAR = re.compile(
    rf"\b((bang|angst|schrik|doodsbang) (\w+ ){{0,2}}(dat|om) (\w+ ){{0,6}}{_CHILDREN} (\w+ ){{0,3}}{_TAKEN}|"
    rf"(ik )?wil (\w+ )?niet dat (\w+ ){{0,3}}{_CHILDREN} (\w+ ){{0,3}}{_TAKEN}|"
    # 'they' take them along: "ik ben doodsbang dat ze de kinderen meenemen" (not "dat hij de kinderen
    # meeneemt", a parent who may take them abroad: veilig/child_abduction.py)
    rf"(bang|angst|schrik|doodsbang) (\w+ ){{0,2}}dat ze (\w+ ){{0,2}}(de |mijn |mn |onze )?(kind|kinderen|kids|baby) "
    r"(\w+ ){0,2}meenemen(?! naar)|"
    rf"(mijn|mn|m n) (kind|kinderen|kids) (\w+ ){{0,2}}kwijt (te )?(raken|raak)|"
    # a placement threatened: "er dreigt uithuisplaatsing van mijn kind", "ze willen mijn kind uit huis plaatsen"
    rf"(dreigt|dreigen|dreiging van) (een )?uithuisplaatsing|uithuisplaatsing (\w+ ){{0,2}}dreigt|"
    rf"willen (\w+ ){{0,2}}{_CHILDREN} (\w+ ){{0,2}}uit huis (halen|plaatsen)|"
    # asked: "in het ziekenhuis zeggen ze dat ze veilig thuis erbij halen. pakken ze hem nu van me af?" from a parent
    # who shook the baby (the twelfth tuning conversations: a bystander's route)
    rf"(pakken|nemen|halen) (ze|zij|jullie|die) (\w+ )?({_CHILDREN[1:-1]}|hem|haar|mijn \w+|mn \w+) (\w+ )?"
    r"(van (me|mij|ons) af|(bij|van) (me|mij|ons) weg|uit huis))\b")


def fears_losing_the_children(text: str) -> bool:
    return bool(_FEAR.search(fold(text or "")))
