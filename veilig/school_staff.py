"""Violence by someone of the school or the childcare against the writer's child ("mijn kind is op
school geslagen door een leraar", "de leidster van de creche is ruw met mijn zoon", "mijn dochter
zegt dat de gymleraar aan haar zit"). The bystander's tips are about home ('praat rustig met de
volwassene'); this parent needs the vertrouwensinspecteur of the Inspectie van het Onderwijs, who
is there for violence and abuse in or around a school or childcare (actions/routes.py).

A professional who suspects a colleague ('mijn collega slaat een leerling') has the meldcode's
entries; a child telling of a teacher keeps the Kindertelefoon (the entry speaks to parents)."""
import re

from veilig.care_staff import CARE_RELATION_ENTRY
from veilig.staff_words import HURTS, TELLING
from veilig.text import fold

SCHOOL_STAFF_ENTRY = "geweld-door-iemand-van-school"

_STAFF = (r"(leraar|lerares|leraren|leerkracht|docent|docente|juf|juffrouw|meester|mentor|mentrix|"
          r"gymleraar|gymlerares|gymjuf|gymmeester|gymdocent|concierge|leidster|leidsters|pedagogisch medewerker|"
          r"groepsleider|groepsleidster|invaljuf|invalkracht|stagiair|stagiaire|gastouder|oppasmoeder|"
          r"overblijfmoeder|overblijfkracht|schoolleider|directeur van school)")
# The staff member does it: named before the harm with at most four words between, none that tells
# of someone else's telling ('de juf zegt dat hij thuis geslagen wordt'); or after 'door'.
_DOES = re.compile(rf"\b(de|een|die|haar|zijn|zn|mijn|m n|mn|onze) {_STAFF}( (?!{TELLING}\b)\w+){{0,4}} {HURTS}\b|"
                   rf"\b{HURTS}( \w+){{0,2}} (door|van) (de|een|die|haar|zijn|zn|hun) (\w+ )?{_STAFF}\b")
# The writer's own child ("de juf heeft ons zoontje geslagen"), or a child named only as 'hem' or
# 'haar' ("de meester heeft hem aan zijn oor getrokken").
_OWN_CHILD = re.compile(r"\b(mijn|mn|m n|ons|onze) (kind|kindje|kinderen|zoon|zoontje|dochter|dochtertje|jongen|"
                        r"meisje|meid|kleuter|peuter|baby|kids)\b|\b(hem|haar)\b")
# The writer is the professional: the meldcode's entries answer.
_COLLEAGUE = re.compile(r"\b(collega|collegas|mijn leerling|mijn leerlingen|mijn klas|ik ben (leerkracht|leraar|"
                        r"docent|juf|meester|leidster|pedagogisch medewerker|mentor|begeleider))\b")


def tells_of_violence_by_school_staff(text: str) -> bool:
    """Someone of the school or childcare hurts the writer's child, as the writer tells it."""
    folded = fold(text or "")
    return bool(_DOES.search(folded) and _OWN_CHILD.search(folded)) and not _COLLEAGUE.search(folded)


# A childcare worker who saw a colleague hurt a child ("ik werk op de bso en zag een collega een kind
# hard aan de arm trekken"): not the meldcode's steps, but the law's duty for childcare (Wet
# kinderopvang): tell the houder, who consults the vertrouwensinspecteur and reports to the police
# (twenty-second session's probe: "moet ik naar de politie?" then got "U bepaalt zelf of u aangifte doet").
CHILDCARE_COLLEAGUE_ENTRY = "medewerker-kinderopvang-verdacht"
# A suspected colleague in childcare, at school or in care: the law's own duty to report, unlike the meldcode.
COLLEAGUE_ENTRIES = frozenset({CHILDCARE_COLLEAGUE_ENTRY, "medewerker-school-verdacht", CARE_RELATION_ENTRY})
_CHILDCARE = re.compile(r"\b(bso|kdv|kinderdagverblijf|kinderopvang|creche|peuterspeelzaal|peuteropvang|"
                        r"buitenschoolse opvang|naschoolse opvang|tussenschoolse opvang|gastouderbureau|de opvang)\b")
_A_COLLEAGUE_HURTS = re.compile(
    # also a staff member named by one who is no colleague, the houder ("een ouder zegt dat een
    # pedagogisch medewerker haar kind heeft geknepen": twenty-fourth session's probe), not one's own
    # work ("ik ben een pedagogisch medewerker en een moeder slaat ...")
    rf"\b(collega|collegas|mede ?leidster|andere leidster|andere pedagogisch medewerker|stagiair|stagiaire|invalkracht|"
    r"(?<!ben )(?<!als )(een|onze|mijn|de|die|deze) (pedagogisch medewerker|pedagogisch medewerkster|medewerker|medewerkster|"
    r"leidster|groepsleider|groepsleidster|pm er))"
    rf"( \w+){{0,7}} ({HURTS}|slaan|schoppen|duwen|knijpen|trekken|rukken|schudden|uitschelden|scheldt|schold|"
    r"uitgescholden|vastpakken|hardhandig|kleineert|vernedert|opsluiten)\b")


def suspects_a_childcare_colleague(text: str) -> bool:
    """The writer works in childcare and tells of a colleague hurting a child."""
    folded = fold(text or "")
    return bool(_CHILDCARE.search(folded) and _A_COLLEAGUE_HURTS.search(folded)) and not _PARENTS_OWN_CHILD.search(folded)


# A parent tells of their own child ("mijn kind zit op de bso en de leidster slaat hem"): the parent's
# answer (tells_of_violence_by_school_staff), not the houder's duty.
_PARENTS_OWN_CHILD = re.compile(r"\b(mijn|mn|m n|ons|onze) (kind|kindje|zoon|zoontje|dochter|dochtertje|kinderen)\b")
