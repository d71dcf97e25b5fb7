"""Recognising a professional (and a resident or child who is not one) from what they write."""
import re
from typing import Dict, Optional

from veilig.meldcode.sectors import ALGEMEEN
from veilig.text import fold, without_accents

# Recognising a professional (deterministic; works on folded text: lowercase, no accents, and
# punctuation as spaces, so "IB'er" is "ib er" and "cliënt" is "client").

_ROLES: Dict[str, str] = {
    "onderwijs": (
        r"(groeps)?leerkracht(en)?|leraar|leraren|lerares|docent(e|en)?|juf|meester|mentor|"
        r"ib ?(er|ers)|ibber|intern(e)? begeleider|zorg ?co[o]?rdinator|zorgcoordinator|"
        r"schoolmaatschappelijk werk(er|ster)?|smw ?er|leerplicht(ambtenaar)?|schoolleider|"
        r"(con)?rector|directeur van (een|de|onze) \w*school|onderwijsassistent(e)?|klassenassistent(e)?|"
        r"gym(docent|leraar|juf|meester)|remedial teacher|decaan|schoolpsycholoog|studieloopbaanbegeleider|"
        r"slb ?er|stagebegeleider|leerlingbegeleider|vertrouwenspersoon op (een |de )?school"
    ),
    "kinderopvang": (
        r"pedagogisch(e)? medewerk(er|ster)s?|pm ?er|gastouder(s)?|gastouderbureau|"
        r"(kinderopvang|bso|kdv|peuterspeelzaal|kinderdagverblijf)( ?medewerk(er|ster))?|"
        r"leidster|peuterjuf|groepsleid(st)?er (op|van) de (opvang|bso|kdv)"
    ),
    "gezondheidszorg": (
        r"huisarts(en)?|huisartsenpost|(wijk|jeugd|praktijk|ambulance|seh|kinder|psychiatrisch|sociaal)?"
        r"verpleegkundige(n)?|jeugdarts|consultatiebureau|jgz|ggz( ?(behandelaar|medewerker|instelling|team))?|"
        r"verslavingszorg|verslavingsarts|kinderarts|seh( ?arts)?|spoedeisende hulp|tandarts|mondhygienist(e)?|"
        r"fysio(therapeut)?|apotheker|apothekersassistent(e)?|verloskundige|kraamverzorg(st)?er|kraamverzorgende|kraamzorg|psycholoog|psychiater|"
        r"poh( ?ggz)?|praktijkondersteuner|doktersassistent(e)?|logopedist(e)?|ergotherapeut|dietist(e)?|"
        r"specialist ouderengeneeskunde|casemanager dementie|bedrijfsarts|verpleeghuis|thuiszorg ?medewerk(er|ster)|"
        r"verzorgende|zorgverlener"
    ),
    "jeugdhulp": (
        r"jeugdhulpverlen(er|ster)|jeugdhulp|jeugdzorg(werker)?|jeugdconsulent|gezinsvoogd|jeugdbeschermer|"
        r"jeugdbescherming|gezinscoach|gezinsbegeleider|ambulant (hulpverlener|begeleider)|"
        r"pleegzorg(begeleider|medewerker|werker)?|orthopedagoog|groepsleider|jeugd ?en ?gezinsteam"
    ),
    "maatschappelijke_ondersteuning": (
        r"wijkteam|sociaal (wijk)?team|buurtteam|schuldhulp(verlen(er|ing|ster)|maatje)?|budgetcoach|"
        r"maatschappelijk werk(er|ster)?|wmo ?consulent|jongerenwerk(er)?|ouderenadviseur|welzijnswerk(er)?|"
        r"opbouwwerker|woonbegeleider|beschermd wonen|dagbesteding|vrouwenopvang ?medewerk(er|ster)|"
        r"consulent (wmo|sociaal domein)|sociaal werk(er)?"
    ),
    "justitie": (
        r"reclassering(swerk(er|ster))?|reclasseringsmedewerk(er|ster)|jeugdreclassering|politie ?(agent|man|vrouw)?|"
        r"wijkagent|agent|raadsonderzoeker|officier van justitie|pi ?medewerker|penitentiair\w*|advocaat"
    ),
    "overig": (
        r"dierenarts(en|enpraktijk)?|(buurt)?sportcoach|trainer|voetbaltrainer|coach|sportvereniging|"
        r"vrijwilliger|pastor|predikant|dominee|imam|vertrouwenscontactpersoon|hr ?medewerker|kapper"
    ),
}
_ROLE_PATTERNS = {sector: re.compile(rf"\b({roles})\b") for sector, roles in _ROLES.items()}

# Roles that children and residents also name for people around them: only self-identification
# counts for these ("ik ben juf", "als mentor"), never a bare mention ("de juf zei").
_AMBIGUOUS_ROLES = re.compile(r"^(juf|meester|agent|coach|trainer|leraar|lerares|docent\w*|politie|advocaat|vrijwilliger)$")

_SELF = (
    r"(?:ik ben|ik werk als|werkzaam als|ben ik|wij zijn|we zijn|ik ben werkzaam als|in mijn (?:rol|functie|werk) als|"
    # (also "ik ben haar juf": the pupil's teacher, twenty-sixth session's probe)
    r"mijn functie is|vanuit mijn (?:rol|functie) als|als)\s+(?:een |de |haar |zijn |hun )?"
)
_SELF_PREFIX = r"(?:ik ben|ik werk als|werkzaam als|als|in mijn functie als) (?:een )?"

_WORKPLACE_ROLES = re.compile(r"^(consultatiebureau|verslavingszorg|seh|spoedeisende hulp|jgz|huisartsenpost)$")

# Places: "ik werk op de bso", "ik werk in het ziekenhuis".
_PLACES: Dict[str, str] = {
    "onderwijs": r"(basis|middelbare |speciale |praktijk)?school|mbo|hbo|roc|college|lyceum|gymnasium|onderwijs",
    "kinderopvang": r"bso|kdv|kinderopvang|opvang|kinderdagverblijf|peuterspeelzaal|peutergroep|creche|gastouderbureau",
    "gezondheidszorg": (
        r"ziekenhuis|seh|spoedeisende hulp|huisartsenpraktijk|huisartsenpost|praktijk|consultatiebureau|ggz|ggd|jgz|"
        r"verslavingszorg|thuiszorg|verpleeghuis|kliniek|zorginstelling|kraamzorg|tandartspraktijk|fysiopraktijk|zorg"
    ),
    "jeugdhulp": r"jeugdzorg|jeugdhulp|jeugdbescherming|pleegzorg|gezinshuis|leefgroep",
    "maatschappelijke_ondersteuning": r"wijkteam|sociaal team|buurtteam|gemeente|schuldhulp\w*|welzijn\w*|vrouwenopvang|maatschappelijk werk|jongerenwerk",
    "justitie": r"reclassering|jeugdreclassering|politie|gevangenis|pi|raad voor de kinderbescherming|veiligheidshuis|rechtbank",
    "overig": r"dierenkliniek|dierenartsenpraktijk|sportclub|sportvereniging|voetbalclub|vereniging",
}
_PLACE_PATTERNS = {
    sector: re.compile(
        rf"\b(?:ik werk (?:op|in|bij|voor|vanuit)|(?:wij|we) werken (?:op|in|bij)|vanuit|(?:wij|we) zijn|(?:wij|we) van|namens|"
        rf"(?:leidinggevende|directeur|manager|eigenaar|houder|teamleider|coordinator) (?:van|bij|op|in)|"
        # a colleague there: "een collega op het kinderdagverblijf is hardhandig"
        rf"(?:een|mijn|onze) collega (?:op|bij|in|van)) "
        rf"(?:de |het |een |onze |mijn )?(?:{places})\b")
    for sector, places in _PLACES.items()
}
# Job titles made of a field and a role ("ambulancemedewerker", "sportleraar"), after "ik ben" / "als".
_ROLE_SUFFIX = re.compile(
    rf"\b{_SELF_PREFIX}(\w+?)(leraar|lerares|docent|arts|verpleegkundige|therapeut|medewerker|medewerkster|werker|"
    rf"begeleider|begeleidster|hulpverlener|consulent|coach|ambtenaar|deskundige|specialist|assistent|assistente|"
    rf"adviseur|functionaris|behandelaar|coordinator)\b"
)
_SUFFIX_SECTOR = {"leraar": "onderwijs", "lerares": "onderwijs", "docent": "onderwijs", "arts": "gezondheidszorg",
                  "verpleegkundige": "gezondheidszorg", "therapeut": "gezondheidszorg", "behandelaar": "gezondheidszorg"}
# "ik werk bij vluchtelingenwerk": a job somewhere, sector unknown (only without resident signs).
_WORKS_AT = re.compile(r"\bik werk (?:als|bij|in|op|voor)\b")

# "als" only without an article: "als huisarts" yes, "als de huisarts belt" no.
_SELF_NO_ARTICLE = re.compile(r"\bals (?:een |de )")

# Jargon and the people professionals work for.
_CLIENTS = (
    ("onderwijs", r"leerling(en|e|etje)?|handle with care"),
    ("gezondheidszorg", r"patient(en|je|e)?"),
    ("jeugdhulp", r"pupil(len)?"),
    ("justitie", r"reclassant(en)?"),
    (ALGEMEEN, r"client(en|e|je)?|casus|caseload|zorgmelding(en)?|zorgsignaal|signalen|afwegingskader|meldcode|"
               r"aandachtsfunctionaris(sen)?|verwijsindex|kindcheck|letselduiding|vt|huisbezoek|dossier|"
               r"intervisie|multidisciplinair overleg|mdo"),
)
_CLIENT_PATTERNS = [(sector, re.compile(rf"\b({words})\b")) for sector, words in _CLIENTS]
_OWN_CLIENTS = re.compile(r"\b(onze|mijn|ons) (client\w*|patient\w*|pupil\w*|leerling\w*|reclassant\w*|deelnemer\w*|caseload)\b")
_RAW_JARGON = re.compile(r"(?<![\w'])(AF|VT|IB'?er|AMHK)(?![\w'])")
_AF_FOLDED = re.compile(r"\b(de|onze|mijn|met|bij|als|ben|ik ben|aan|naar) af\b(?! (te|en toe|gelopen|gesproken|gezegd))")

# A bare role counts unless an article or possessive stands before it ("de tandarts", "mijn mentor").
_DETERMINERS = {"de", "het", "een", "mijn", "mn", "m", "je", "jouw", "zijn", "haar", "hun", "onze", "ons", "jullie",
                "die", "deze", "dat", "naar", "zn", "z", "d"}

# Residents, children and victims: these turn off everything but explicit self-identification.
_RESIDENT = re.compile(
    r"\b(ik ben (\d+|een (kind|meisje|jongen|tiener|puber|moeder|vader|slachtoffer|scholier))( jaar)?|"
    r"ik zit (in groep|in de (brugklas|klas)|op (de )?(basisschool|middelbare|school))|"
    r"(mijn|mn|m n|onze|ons) (kind|kinderen|kindje|kids|zoon|zoontje|dochter|dochtertje|moeder|vader|ma|pa|mama|papa|mam|pap|"
    r"stiefvader|stiefmoeder|ouders|man|vrouw|partner|vriend|vriendin|vriendje|vriendinnetje|ex|broer|broertje|zus|zusje|"
    r"oma|opa|oom|tante|neef|nicht|baby|schoonmoeder|schoonvader|familie|gezin|buurman|buurvrouw|buren)|"
    r"(over)?buur(man|vrouw|jongen|meisje|kind|kinderen|tjes)|(over)?buren|"
    r"(slaat|schopt|mishandelt|misbruikt|pest|bedreigt|duwt|knijpt|sloeg|schopte|raakt|aanraakt|betast) (mij|me)\b|"
    r"(mijn|mn|m n) (leraar|lerares|juf|meester|mentor|docent|huisarts|dokter|tandarts|fysio\w*|psycholoog|psychiater|"
    r"verloskundige|gynaecoloog|kraamverzorgster|kraamverzorgende|kraamzorg|(wijk)?verpleegkundige|"
    r"therapeut|trainer|coach|hulpverlener|begeleider|gezinsvoogd|behandelaar|wijkagent|consulent|reclasseringswerker|"
    r"schuldhulpverlener|maatschappelijk werker|school|klas|klasgenoot|klasgenoten|juf|meester)|"
    r"bij (ons|mij) thuis|thuis bij (ons|mij)|bij ons op school|naar de (huisarts|dokter|tandarts|fysio|psycholoog)|"
    r"(melding|meldingen) (over|tegen) (mij|ons)|(ik ben|wij zijn|we zijn|ben ik|zijn wij|zijn we) (\w+ )?gemeld|"
    r"(heeft|hebben) (mij|ons) (\w+ )?gemeld)\b"
)


_CHILD_IN_MY_CLASS = re.compile(r"\b(kind|kindje|leerling|leerlingetje) (uit|in|van) (mijn|mn) (klas|groep|klas van)\b|"
                                # a teacher's note: "leerling uit groep 6 heeft voor de 3e keer deze maand blauwe
                                # plekken" (the twelfth tuning conversations: the Kindertelefoon)
                                r"^(een |de |onze )?(leerling|leerlinge|leerlingetje) (uit|in|van) (groep|klas) \d+\b")
# "een meisje van 9 op de BSO vertelde me vandaag ...": a child at the childcare who tells the writer
# (twenty-eighth session's probe: the bystander's tips in "je" for a BSO worker)
_CHILD_IN_MY_CARE = re.compile(
    # (a girl or boy with an age: a child of the BSO would say "een meisje op de bso zei tegen mij")
    r"\b((kind|kindje|peuter|kleuter)( van \d+( jaar)?)?|(meisje|jongen|jongetje) van \d+( jaar)?) (op|bij|in|van) (de|onze) "
    r"(bso|kdv|kinderopvang|buitenschoolse opvang|peuterspeelzaal|peuteropvang|dagopvang|gastouder)\b(\s+\w+){0,3}\s+"
    r"(vertelde|vertelt|zei|zegt) (me|mij|ons|tegen mij|tegen ons)\b")


# "Een leerling van 13 vertelde me dat haar stiefvader haar slaat": a pupil who tells the writer
# (twenty-ninth session's probe: the Kindertelefoon's words to a child for the teacher); a child
# says "een jongen uit mijn klas".
_PUPIL_TOLD = re.compile(r"\b(een|onze|mijn) (leerling|leerlinge|student|studente)( van \d+( jaar)?)?(\s+(?!(mijn|mn)\b)\w+){0,3}\s+"
                         r"(vertelde|vertelt|zei|zegt) (me|mij|ons|tegen mij|tegen ons)\b")


# "Onze schoolleider zegt dat ik me er niet mee moet bemoeien": the writer's own manager at work
# (twenty-ninth session's probe: a bystander's tips in "je"). Only "onze": "mijn leidinggevende"
# is also said by a victim about work.
_OUR_MANAGER = re.compile(r"\bonze (schoolleider|schooldirecteur|directeur|directrice|directie|leidinggevende|"
                          r"teamleider|teamleidster|locatiemanager|locatieleider|manager)\b")


def _self_identified(folded: str) -> Optional[str]:
    for sector, pattern in _PLACE_PATTERNS.items():
        if pattern.search(folded):
            return sector
    for sector, roles in _ROLES.items():
        match = re.search(rf"\b{_SELF}({roles})\b", folded)
        if match and not _SELF_NO_ARTICLE.match(folded, match.start()):
            return sector
        # "huisarts hier": a signature; not "kan mijn verloskundige hier iets mee"
        if re.search(rf"(?<!mijn )(?<!mn )(?<!de )(?<!je )(?<!onze )\b({roles}) hier\b", folded):
            return sector
        # "leerkracht groep 7. jongen zegt dat papa mama slaat": a signature with the class taught
        if sector == "onderwijs" and re.match(rf"({roles}) (van )?groep \d", folded):
            return sector
    in_care = _CHILD_IN_MY_CARE.search(folded)
    if in_care and not _RESIDENT.search(folded[:in_care.start()] + folded[in_care.end():]):
        return "kinderopvang"
    manager = _OUR_MANAGER.search(folded)
    if manager and not _RESIDENT.search(folded):
        return "onderwijs" if manager.group(1).startswith("school") else ALGEMEEN
    pupil = _PUPIL_TOLD.search(folded)
    if pupil and not _RESIDENT.search(folded[:pupil.start()] + folded[pupil.end():]):
        return "onderwijs"
    in_class = _CHILD_IN_MY_CLASS.search(folded)
    if in_class and not _RESIDENT.search(folded[:in_class.start()] + folded[in_class.end():]):
        return "onderwijs"  # "kind uit mijn klas (gr 3) zegt papa slaat mama": the teacher (a child says 'een jongen')
    match = _ROLE_SUFFIX.search(folded)
    if match and not _RESIDENT.search(folded) and not _SELF_NO_ARTICLE.match(folded, match.start()):
        return _SUFFIX_SECTOR.get(match.group(2), ALGEMEEN)
    match = _OWN_CLIENTS.search(folded)
    if match:
        word = match.group(2)
        for sector, pattern in _CLIENT_PATTERNS:
            if pattern.fullmatch(word):
                return sector
        return ALGEMEEN
    return None


def _bare_role(folded: str) -> Optional[str]:
    for sector, pattern in _ROLE_PATTERNS.items():
        for match in pattern.finditer(folded):
            if _AMBIGUOUS_ROLES.match(match.group(1)):
                continue
            before = folded[: match.start()].split()
            if before and before[-1] in _DETERMINERS:
                # workplaces that residents only visit: "op het consultatiebureau" still counts,
                # "naar de seh" or "mijn ggz" does not
                if not (_WORKPLACE_ROLES.match(match.group(1)) and before[-1] in ("de", "het")
                        and (len(before) < 2 or before[-2] not in ("naar", "bij"))):
                    continue
            return sector
    return None


def _jargon(text: str, folded: str) -> Optional[str]:
    for sector, pattern in _CLIENT_PATTERNS:
        if pattern.search(folded):
            return sector
    if _RAW_JARGON.search(text) or _AF_FOLDED.search(folded):
        return ALGEMEEN
    return None


# A signature: the message opens with a role and a few words, closed by a full stop or colon ("mentor havo
# 3. leerling vertelt ...", "wijkverpleegkundige. mevrouw (41) ..."; the tenth tuning conversations). Read
# on the raw text, as folding drops the stop. Not the roles children name for others ("juf. ...").
_SIGNATURE_ROLES = "|".join(roles for sector, roles in _ROLES.items() if sector != "overig")
_SIGNATURE = re.compile(rf"^\s*(?!(juf|meester|agent|politie|advocaat)\b)({_SIGNATURE_ROLES})(\s+[\w'-]+){{0,3}}\s*[.:;]\s")


def _signed(text: str) -> Optional[str]:
    match = _SIGNATURE.match(without_accents(text))
    if not match:
        return None
    return next((sector for sector, pattern in _ROLE_PATTERNS.items() if pattern.fullmatch(match.group(2))), ALGEMEEN)


def _self_identified_or_signed(text: str) -> Optional[str]:
    return _self_identified(fold(text)) or _signed(text)


def speaks_as_professional(text: Optional[str]) -> bool:
    """The writer says they are one ("ik ben leerkracht", "ik werk op een bso", "als huisarts"),
    not merely uses a professional's words."""
    return _self_identified_or_signed(text) is not None if text else False


def works_with_the_meldcode(text: Optional[str]) -> bool:
    """The writer says they work in a sector whose professionals follow the meldcode ("ik ben juf",
    "ik werk bij de kinderopvang", "als huisarts"); not a volunteer, trainer or hairdresser
    (sector 'overig'), who is a concerned bystander first."""
    sector = _self_identified_or_signed(text) if text else None
    return sector is not None and sector != "overig"


def detect_profession(text: Optional[str]) -> Optional[str]:
    """The sector of a professional writing this message, ALGEMEEN when the message is clearly
    from a professional but the sector is not, and None for residents, children and victims."""
    if not text:
        return None
    folded = fold(text)
    sector = _self_identified(folded) or _signed(text)
    if sector:
        return sector
    if _RESIDENT.search(folded):
        return None
    return _bare_role(folded) or _jargon(text, folded) or (ALGEMEEN if _WORKS_AT.search(folded) else None)


_CHILD = re.compile(
    r"\b(ik ben (\d|1[0-7])( jaar)?|ik zit (in groep|in de (brugklas|klas)|op (de )?(basisschool|middelbare))|"
    r"(mijn|mn|m n) (papa|mama|pap|mam|juf|meester|mentor|leraar|lerares|klas|klasgenoot|school)|"
    r"(slaat|schopt|mishandelt|misbruikt|bedreigt) (mij|me))\b"
)


# Someone who writes of their own fear of a person: 'ik kijk over mijn schouder', 'ik word gevolgd'.
_WRITER_IN_FEAR = re.compile(
    r"\b(ik kijk (steeds |constant |altijd )?over mijn schouder|"
    # (not a fear for someone else: "ik ben bang dat hij het kind onder druk zet", told by a professional)
    r"ik (ben|was|word) (\w+ )?bang (dat|voor) (hij|zij|ze|mijn)(?! (het kind|het meisje|de jongen|de kinderen|haar|hem|"
    r"de leerling|de client|het gezin)\b)|"
    r"ik voel me (\w+ )?(onveilig|bedreigd|achtervolgd|gevolgd|bekeken)|"
    r"(ik word|ik werd|word ik|werd ik) (\w+ ){0,2}(gevolgd|achtervolgd|gestalkt|bedreigd|bespied)|"
    r"ik durf (niet|niks) (meer )?(naar buiten|alleen|over straat))\b"
)


def detect_resident(text: Optional[str]) -> Optional[str]:
    """'kind' for a child or young person, 'slachtoffer' for someone who writes of their own fear
    of a person, 'inwoner' for another resident, None otherwise (also for professionals). Used to
    keep a misrouted resident out of the professional answer."""
    if not text or detect_profession(text):
        return None
    folded = fold(text)
    if _CHILD.search(folded):
        return "kind"
    if _WRITER_IN_FEAR.search(folded):
        return "slachtoffer"
    if _RESIDENT.search(folded):
        return "inwoner"
    return None
