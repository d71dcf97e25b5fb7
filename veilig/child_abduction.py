"""Children taken abroad, or threatened to be ("ze hebben mijn kinderen meegenomen naar marokko en
komen niet terug", "mijn ex dreigt de kinderen mee te nemen naar turkije"). The classifier takes it
for a bystander's worry; the parent needs the police and the Centrum IKO, which the route's
general advice does not say (actions/routes.py)."""
import re

from veilig.text import fold

CHILD_ABDUCTION_ENTRY = "dreigende-kinderontvoering"

_CHILDREN = r"(kind|kinderen|kids|zoon|zoontje|dochter|dochtertje|baby|zoons|dochters)"
_TAKEN = r"(meegenomen|ontvoerd|weggehaald|weggenomen|mee te nemen|meenemen|meeneemt|neemt (\w+ ){0,3}mee)"
# Where children are taken: abroad, the other parent's country, or a country by name.
ABROAD = (r"(het )?buitenland|(zijn|haar|hun) (eigen )?(thuis)?land|het land van \w+|marokko|turkije|syrie|irak|iran|"
          r"afghanistan|pakistan|india|egypte|somalie|eritrea|ethiopie|nigeria|ghana|suriname|polen|roemenie|"
          r"bulgarije|spanje|italie|portugal|duitsland|belgie|engeland|amerika|algerije|tunesie|libie|oekraine|"
          r"rusland|kaapverdie|curacao|aruba|china|indonesie|jemen|soedan|libanon|jordanie|koerdistan")
_SIGNS = re.compile(
    rf"\b((mijn|mn|m n|onze|ons|de) {_CHILDREN} (\w+ ){{0,4}}{_TAKEN} (\w+ ){{0,3}}naar ({ABROAD})|"
    rf"(mijn|mn|m n|onze|ons|de) {_CHILDREN} (\w+ ){{0,3}}(meegenomen|ontvoerd) (\w+ ){{0,6}}niet (meer )?(terug|teruggebracht)|"
    rf"(mijn|mn|m n|onze|ons|de) {_CHILDREN} (\w+ ){{0,4}}(niet (meer )?teruggebracht|niet (meer )?terug uit ({ABROAD}))|"
    rf"internationale kinderontvoering|kinderontvoering)\b")
_HOLIDAY_ONLY = re.compile(r"\b(schoolreis|kamp|logeren|logeerpartij)\b")


def tells_of_child_abduction(text: str) -> bool:
    """The writer's children are (to be) taken away to another country, or not brought back."""
    folded = fold(text or "")
    return bool(_SIGNS.search(folded)) and not _HOLIDAY_ONLY.search(folded)


# The threat comes close: the day the children are fetched, or a flight booked ("hij haalt ze morgen
# op voor het weekend" after the answer on a feared abduction got "ik begrijp niet wat je bedoelt").
SOON_ROUTE = "kinderontvoering_binnenkort"
_SOON = re.compile(r"\b(morgen|overmorgen|vanavond|vannacht|straks|vandaag|dit weekend|het weekend|volgende week|"
                   r"over (een|\d+) (dag|dagen|week|weken)|zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|"
                   r"(vliegtickets?|tickets?|vlucht|vliegtuig)|koffers?)\b")


# The threat told again a moment later, with the country: "hij heeft vaker gedreigd dat hij ze
# meeneemt naar Marokko" (twenty-fourth session's probe: "ik begrijp niet helemaal").
_TAKES_THEM_ABROAD = re.compile(
    rf"\b(ze|hen|die|de kinderen|mijn kinderen|de kids|mijn kids)\b (\w+ ){{0,2}}(meeneemt|mee neemt|meenemen|mee te nemen|"
    rf"meegenomen|ontvoert|ontvoeren|brengt|brengen) naar ({ABROAD})\b|"
    rf"\b(ze|hen|de kinderen|mijn kinderen|de kids|mijn kids) naar ({ABROAD}) (\w+ )?(meenemen|mee te nemen|brengen|"
    r"te brengen|ontvoeren|sturen|te sturen)\b")


def comes_close(text: str) -> bool:
    """After the answer on a feared abduction: it may happen soon, or the threat is told again."""
    folded = fold(text or "")
    return bool(_SOON.search(folded) or _TAKES_THEM_ABROAD.search(folded))


# Children not brought back after a visit, in the Netherlands as far as the writer tells ("mijn ex heeft
# de kinderen dit weekend gehad en brengt ze niet terug" got the bystander's tips: twenty-sixth
# session's probe): taking a child from the other parent's gezag is a crime; the court enforces the
# arrangement (knowledge: kinderen-niet-teruggebracht-na-omgang).
NOT_RETURNED_ENTRY = "kinderen-niet-teruggebracht-na-omgang"
_NOT_RETURNED = re.compile(
    r"\b((brengt|bracht|brengen|brachten) (ze|hen|de kinderen|mijn kinderen|onze kinderen|de kids|mijn kids|ons kind|"
    r"mijn zoon|mijn dochter|mn zoon|mn dochter) (\w+ ){0,3}niet (meer )?terug|"
    r"(houdt|hield|houden) (ze|hen|de kinderen|mijn kinderen|onze kinderen|de kids|ons kind|mijn zoon|mijn dochter) "
    r"(\w+ ){0,2}bij (zich|hem|haar)|omgangsregeling (\w+ ){0,3}niet (\w+ )?(na ?gekomen|nakomt|houdt)|"
    r"niet aan de (omgangsregeling|zorgregeling))\b")


def children_not_returned(text: str) -> bool:
    """The other parent keeps the children after a visit, or breaks the arrangement."""
    folded = fold(text or "")
    return bool(_NOT_RETURNED.search(folded)) and not _SIGNS.search(folded)


# Fear that the other parent leaves the country, said a moment after the children were not
# returned ("hij heeft ook een turks paspoort, ik ben bang dat hij naar turkije gaat").
_GOES_ABROAD = re.compile(rf"\b((gaat|vertrekt|vlucht|verhuist|reist|gaan|vertrekken) (\w+ ){{0,3}}naar ({ABROAD})|"
                          rf"(naar|in) het buitenland|(turks|marokkaans|pools|\w+se|\w+s) paspoort)\b")


def fears_going_abroad(text: str) -> bool:
    return bool(_GOES_ABROAD.search(fold(text or "")))
