"""Does the writer sound like a child or teenager, speaking about their own home? Then the
Kindertelefoon is added to any route, whatever intent the classifier chose (actions/send.py).
The line says "Ben je een kind of jongere?", so an adult who sounds like a child loses nothing."""
import re

from veilig.text import fold

_CHILD = re.compile(
    r"\b(ik ben (1[0-7]|[6-9])( jaar)?|ik zit in (groep|de brugklas|klas|de klas)|brugklas|"
    r"mijn (juf|meester|mentor)|mn (juf|meester|mentor)|papa|mama|mn (vader|moeder|pa|ma|stiefvader|stiefmoeder)|"
    r"(vriend|vriendje|vriendin|vriendinnetje) van (1[2-7])|mijn (stiefvader|stiefmoeder)|"
    r"(ik|k) mag (niet|nooit) (meer )?(naar buiten|buiten spelen)|straf (krijg|krijgen)|op mijn kamer|"
    r"(mijn|mn) (broertje|zusje)|(mijn|mn) ouders\b.*\b(mij|me)|"
    # a pupil among pupils: "heel school weet het, ik schaam me kapot" (thirty-second session)
    r"(heel|de hele|iedereen (op|van)) school (weet|weten|heeft|hebben|lacht|praat|kent)|"
    r"(mijn|mn) (vader|moeder|stiefvader|stiefmoeder|pa|ma)\b.*\b(mij|me) en (mijn|mn))\b"
)


def sounds_like_a_child(text: str) -> bool:
    """A child's words ('mama', 'mijn ouders', 'juf') or age; an adult age told ("ik ben 19", "ik
    ben 55") outweighs the words, which adults write about their parents too."""
    folded = fold(text)
    if _CHILDS_AGE_OR_CLASS.search(folded):
        return True
    return bool(_CHILD.search(folded)) and not (_ADULT_AGE.search(folded) or _TELLS_OF_A_CHILD_OF_THEIR_OWN.search(folded))


# A grandparent, or a parent telling what their child said: "mijn kleinzoon van 4 zei dat papa hem
# pijn doet" has a child's word ('papa') in a child's words retold by an adult.
_TELLS_OF_A_CHILD_OF_THEIR_OWN = re.compile(
    r"\b(mijn|mn|m n) (kleinzoon\w*|kleindochter\w*|kleinkind\w*|kleintje)\b|"
    # "Wij zijn opa en oma van twee kleinkinderen ... de kinderen vertellen dat papa en mama vechten"
    # (thirty-fourth session: the Kindertelefoon for the grandparents through the conversation)
    r"\b(onze|ons|twee|drie|vier) (kleinzoon\w*|kleindochter\w*|kleinkind\w*)\b|"
    r"\b(ik ben|wij zijn|we zijn) (de |een )?(oma|opa|grootmoeder|grootvader|opa en oma|oma en opa|grootouders)\b|"
    r"\b(mijn|mn|m n) (zoon|zoontje|dochter|dochtertje|kind|kindje)( van \d+( jaar)?)? "
    r"(zei|zegt|vertelde|vertelt|zeggen|vertellen)\b|"
    # a neighbour's child heard: "vannacht hoorde ik een kind roepen 'papa stop'" (thirty-fourth session's fifth
    # tuning conversations: the Kindertelefoon's answer for the neighbour who asked "kan dat anoniem?")
    r"\b(hoor|hoorde|hoorden|horen|zie|zag|zagen) (ik |we |wij )?(een|het|dat|dit|hun|haar|zijn) (klein )?(kind|kindje|jongetje|"
    r"meisje|zoontje|dochtertje|buurjongetje|buurmeisje) (\w+ ){0,3}(roepen|huilen|schreeuwen|gillen|zeggen|smeken)\b|"
    # a child at the place where the writer works: "een meisje op de bso zei 'niet aan mama vertellen'"
    r"\b(een|het) (meisje|jongetje|jongen|kind|kindje|peuter|kleuter|leerling) (van \d+ (jaar )?)?(op|uit|bij|in) (de|het|onze) "
    r"(bso|kdv|opvang|kinderopvang|peuterspeelzaal|groep|klas|school|voetbal|club|vereniging)\b")


# The writer's own adult age: "ik ben 19", "ben ik nu 55 jaar".
_ADULT_AGE = re.compile(r"\b(ik ben|ben ik) (nu |inmiddels |al )?(1[89]|[2-9]\d)( jaar)?\b(?! (jaar )?(getrouwd|samen))")


def tells_an_adult_age(text: str) -> bool:
    return bool(_ADULT_AGE.search(fold(text or "")))


# The writer's own age under 18 or their class: stronger than 'mama' or 'mijn ouders', which adults
# write too ("ik ben 11", "ik zit in groep 7", "mijn mentor"); not "ik ben 15 jaar getrouwd".
_CHILDS_AGE_OR_CLASS = re.compile(
    r"\b(ik ben (1[0-7]|[6-9])( jaar)?( oud)?\b(?! (jaar )?(getrouwd|samen|bij|weg|gescheiden|verliefd))|"
    r"ik zit in (groep \d|de brugklas|klas \d|de \d)|(mijn|mn) (juf|meester|mentor)\b|"
    # the age in brackets, "ik (16) heb een vriendje ...", and "ze is 15, ik ook" of a friend
    r"\bik (1[0-7]|[6-9]) (jaar )?(heb|ben|word|zit|woon|mag|moet|wil|krijg)\b|"
    r"\b(hij|ze|zij) is (1[0-7]|[6-9])( jaar)?( en)? ik ook\b|"
    # the age alone at the end or the start: "... ik sta op ontploffen. ben 16" (thirty-second session)
    r"(^|\s)ben (1[0-7]|[6-9])( jaar)?( oud)?$|^ben (1[0-7]|[6-9])( jaar)?( oud)?\b(?! (jaar )?(getrouwd|samen|bij|weg))|"
    # a child and a friend: "we zijn 12" (twenty-fourth session's probe)
    r"\b(we|wij) zijn (allebei |alle twee |beide |allemaal )?(1[0-7]|[6-9])( jaar)?( oud)?\b(?! (jaar )?(getrouwd|samen))|"
    # two ages compared: "mijn vriend is 19 en ik 14", "hij is 23 en ik ben 13"
    r"\bis \d{2}( jaar)? en (ik|k) (ben )?(1[0-7]|[6-9])\b|"
    # "(ik ben ook een jongen, 17)" (the twelfth tuning conversations: the adult's route)
    r"\bik ben (ook |zelf )?(een )?(jongen|meisje|meid|gast|jongere)( van)? (1[0-7]|[6-9])\b(?! jaar (getrouwd|samen)))")


def tells_a_childs_age_or_class(text: str) -> bool:
    return bool(_CHILDS_AGE_OR_CLASS.search(fold(text)))


# An adult's life: a partner, an employer, children of one's own, an adult age, a divorce of one's own.
_ADULT = re.compile(
    r"\b(mijn|mn|m n) (werkgever|baas|leidinggevende|collega s?|man|vrouw|echtgenoot|echtgenote|ex|exman|ex man|"
    r"exvrouw|schoonmoeder|schoonvader|schoonfamilie|kinderen|kind|kindje|zoon|dochter|baby|pensioen|uitkering|"
    r"kleinzoon\w*|kleindochter\w*|kleinkind\w*)\b|"
    r"\b(ik ben|ben ik) (nu |inmiddels |al )?(1[89]|[2-9]\d)( jaar)?\b|\bop (mijn|mn) werk\b|"
    # the writer's own divorce ("ik wil scheiden door geweld"), not the parents' ("mijn ouders gaan scheiden")
    r"\b(ik|wij|we) (wil|willen|ga|gaan|moet|moeten) (\w+ )?scheiden\b|\b(mijn|mn) (echt)?scheiding\b|"
    # a shelter for women ("is er een blijf van mijn lijf huis"), which takes children only with a parent
    r"\bblijf van (mijn|m n|mn) lijf|\bvrouwenopvang\b|"
    # back with a partner after leaving ("ik ben weer terug bij hem. ik schaam me zo", twenty-third session's probe)
    r"\b(ik ben|ben ik) (\w+ )?(weer )?terug (bij|naar) (hem|mijn man|mn man|mijn vriend|mn vriend|mijn partner|mijn ex)\b|"
    r"\bteruggegaan (naar|bij) (hem|mijn man|mn man|mijn vriend|mijn partner|mijn ex)\b")


def sounds_like_an_adult(text: str) -> bool:
    """'mag mijn werkgever weten dat ik thuis geslagen word': an adult, whom the classifier may
    take for a child, and who does not also sound like one."""
    return bool(_ADULT.search(fold(text))) and not sounds_like_a_child(text)


# A parent telling of their own child ("mijn kind wordt gepest en geslagen op school"), not of a
# partner at home: a worried parent, whom the bystander's route fits.
_OWN_CHILD = re.compile(r"\b(mijn|mn|m n) (kind|kindje|kinderen|zoon|zoontje|dochter|dochtertje|baby|kleinzoon\w*|"
                        r"kleindochter\w*|kleinkind\w*)\b")
_PARTNER_OR_EX = re.compile(r"\b(mijn|mn|m n) (man|vrouw|partner|vriend|vriendin|ex|exman|exvrouw|echtgenoot|echtgenote)\b")


def names_own_child(text: str) -> bool:
    """'mijn zoontje van 6', 'mijn kinderen': the writer names a child of their own."""
    return bool(_OWN_CHILD.search(fold(text or "")))


def speaks_of_own_child_not_a_partner(text: str) -> bool:
    folded = fold(text)
    return bool(_OWN_CHILD.search(folded)) and not _PARTNER_OR_EX.search(folded)


# A partner ("mijn vriend zegt dat ik niks waard ben"): a teenager may write it too, but the
# victim's route, which names the Kindertelefoon for anyone under 18, fits both.
_PARTNER = re.compile(r"\b(mijn|mn|m n|me) (vriend|vriendje|vriendin|vriendinnetje|partner|relatie)\b")


def speaks_of_a_partner_not_as_a_child(text: str) -> bool:
    return bool(_PARTNER.search(fold(text))) and not sounds_like_a_child(text)
