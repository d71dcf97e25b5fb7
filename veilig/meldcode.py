"""The meldcode for professionals: the afwegingskader decision, a summary for the file,
sector notes, recognising a professional, and the formal register ('u').

Everything here is pure and deterministic, so it can be tested without Rasa. The order of the
afwegingskader follows domain brief section 4 (Rijksoverheid 2019):
  1. Is er, na stap 1 tot en met 3, een vermoeden?            nee -> geen vermoeden
  2. Is er sprake van acute of structurele onveiligheid?      ja  -> melden
  3. Kan ik passende hulp bieden of organiseren?              nee -> melden
  4. Aanvaarden de betrokkenen die hulp en werken ze mee?      nee -> melden
  5. Leidt de hulp op tijd tot de nodige veiligheid?           nee -> melden, ja -> hulp en volgen
'Weet ik niet' at any question that is reached: ask Veilig Thuis for advice (bij twijfel altijd).
A question after a decisive answer is not asked, and its answer (if any) is ignored.
"""
import re
from typing import Dict, List, Optional, Sequence, Tuple

from veilig.contacts import render
from veilig.text import fold

JA, NEE, WEET_NIET = "ja", "nee", "weet_niet"
ANSWERS = (JA, NEE, WEET_NIET)

GEEN_VERMOEDEN = "geen_vermoeden"
MELDEN = "melden"
HULP_EN_VOLGEN = "hulp_en_volgen"
ADVIES_VRAGEN = "advies_vragen"
DECISIONS = (GEEN_VERMOEDEN, MELDEN, HULP_EN_VOLGEN, ADVIES_VRAGEN)

QUESTION_SLOTS = ("vraag1", "vraag2", "vraag3", "vraag4", "vraag5")
STEP_SLOTS = ("stap_signalen", "stap_overleg", "stap_gesprek")

QUESTIONS = (
    "Is er, na stap 1 tot en met 3, een vermoeden van huiselijk geweld of kindermishandeling?",
    "Is er sprake van acute of structurele onveiligheid?",
    "Kunt u (of uw organisatie) passende hulp bieden of organiseren?",
    "Aanvaarden de betrokkenen die hulp en werken zij mee?",
    "Leidt de hulp op tijd tot de nodige veiligheid en het welzijn van alle betrokkenen?",
)
STEPS = (
    "Stap 1 - signalen in kaart gebracht en vastgelegd",
    "Stap 2 - overlegd met aandachtsfunctionaris of Veilig Thuis",
    "Stap 3 - gesprek gevoerd met de betrokkene(n)",
)

# The answer at question i (0-based) that ends the afwegingskader, and with which decision.
_DECISIVE = (
    {NEE: GEEN_VERMOEDEN},
    {JA: MELDEN},
    {NEE: MELDEN},
    {NEE: MELDEN},
    {NEE: MELDEN, JA: HULP_EN_VOLGEN},
)


def _normalise(answer: Optional[str]) -> Optional[str]:
    if answer is None:
        return None
    if answer not in ANSWERS:
        raise ValueError(f"unknown answer {answer!r}; expected one of {ANSWERS} or None")
    return answer


def _walk(answers: Sequence[Optional[str]]) -> Tuple[Optional[str], int, Optional[int]]:
    """(decision or None, number of questions reached, 1-based question that decided)."""
    if len(answers) != 5:
        raise ValueError("the afwegingskader has exactly five questions")
    for index, raw in enumerate(answers):
        answer = _normalise(raw)
        if answer is None:
            return None, index + 1, None
        if answer == WEET_NIET:
            return ADVIES_VRAGEN, index + 1, index + 1
        decision = _DECISIVE[index].get(answer)
        if decision:
            return decision, index + 1, index + 1
    raise AssertionError("question 5 always decides")  # pragma: no cover


def decide(answers: Sequence[Optional[str]]) -> Optional[str]:
    """The afwegingskader decision, or None while a question that must be asked is unanswered.

    answers: five values 'ja' / 'nee' / 'weet_niet' / None (None = not asked, not reached).
    """
    return _walk(answers)[0]


def deciding_question(answers: Sequence[Optional[str]]) -> Optional[int]:
    """1-based number of the question whose answer decided, or None if undecided."""
    return _walk(answers)[2]


def questions_to_ask(answers: Sequence[Optional[str]]) -> List[str]:
    """Slot names of the afwegingskader questions that must be asked, given the answers so far:
    every question up to and including the first decisive or unanswered one."""
    _, reached, _ = _walk(answers)
    return list(QUESTION_SLOTS[:reached])


# ---------------------------------------------------------------------------------------------
# Sectors

SECTOR_LABELS: Dict[str, str] = {
    "onderwijs": "Onderwijs",
    "kinderopvang": "Kinderopvang",
    "gezondheidszorg": "Gezondheidszorg",
    "jeugdhulp": "Jeugdhulp",
    "maatschappelijke_ondersteuning": "Maatschappelijke ondersteuning",
    "justitie": "Justitie",
    "overig": "Andere sector",
}
# Returned by detect_profession for a professional whose sector is not clear ("onze cliënt").
ALGEMEEN = "algemeen"

SECTOR_NOTES: Dict[str, str] = {
    "onderwijs": (
        "In het onderwijs bespreekt u uw zorgen met de aandachtsfunctionaris of intern begeleider; "
        "waar Handle with Care bestaat, hoort de school na politie-inzet thuis dat een leerling extra steun nodig heeft."
    ),
    "kinderopvang": (
        "In de kinderopvang, ook bij gastouders, bespreekt u signalen met de aandachtsfunctionaris van uw organisatie "
        "of het gastouderbureau, en u legt ze vast in het dossier van het kind."
    ),
    "gezondheidszorg": (
        "In de zorg (huisarts, GGZ, verslavingszorg, ziekenhuis, JGZ) overlegt u met de aandachtsfunctionaris; "
        "behandelt u volwassenen die ouder zijn, doe dan ook de Kindcheck."
    ),
    "jeugdhulp": (
        "In de jeugdhulp kunt u in de eerste stappen de verwijsindex raadplegen om te zien welke andere "
        "professionals bij de jongere betrokken zijn, en daarmee afstemmen."
    ),
    "maatschappelijke_ondersteuning": (
        "In het wijkteam of de schuldhulpverlening werkt u vaak met volwassenen: doe de Kindcheck en kijk "
        "of er kinderen in het gezin zijn die schade kunnen lopen."
    ),
    "justitie": (
        "Bij de reclassering doet u de Kindcheck: zorgt uw cliënt voor kinderen die schade kunnen lopen "
        "door zijn of haar situatie?"
    ),
    "overig": (
        "Voor uw beroep is de meldcode misschien niet verplicht, maar de stappen geven houvast; "
        "advies vragen bij Veilig Thuis kan altijd."
    ),
}


def sector_note(sector: Optional[str]) -> Optional[str]:
    return SECTOR_NOTES.get(sector or "")


# Words typed or clicked at the sector question, folded.
_SECTOR_WORDS = (
    ("kinderopvang", r"kinderopvang|opvang|bso|kdv|kinderdagverblijf|peuter\w*|gastouder\w*"),
    ("onderwijs", r"onderwijs|school|basisschool|voortgezet|vo|mbo|hbo|universiteit|leerkracht|docent|leraar"),
    ("gezondheidszorg", r"gezondheidszorg|zorg|ggz|huisarts\w*|ziekenhuis|jgz|arts|verpleeg\w*|verslavingszorg"),
    ("jeugdhulp", r"jeugdhulp|jeugdzorg|jeugdbescherming|pleegzorg"),
    ("maatschappelijke_ondersteuning", r"maatschappelijke? ondersteuning|wijkteam|sociaal team|wmo|schuldhulp\w*|welzijn|maatschappelijk werk\w*"),
    ("justitie", r"justitie|reclassering|politie|jeugdreclassering"),
    ("overig", r"anders|overig|andere( sector)?|geen van (deze|allen|alle)|vrijwilliger\w*|sport\w*|dierenarts\w*"),
)


def parse_sector(text: Optional[str]) -> Optional[str]:
    """A sector key from a clicked button, a typed sector name or a description of the job."""
    if not text:
        return None
    raw = text.strip()
    if raw in SECTOR_LABELS:
        return raw
    folded = fold(raw)
    for key, label in SECTOR_LABELS.items():
        if folded == fold(label) or folded == key.replace("_", " "):
            return key
    detected = detect_profession(raw)
    if detected and detected != ALGEMEEN:
        return detected
    for key, pattern in _SECTOR_WORDS:
        if re.search(rf"\b({pattern})\b", folded):
            return key
    return None


# ---------------------------------------------------------------------------------------------
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
        r"fysio(therapeut)?|verloskundige|kraamverzorg(st)?er|kraamzorg|psycholoog|psychiater|"
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
    r"mijn functie is|vanuit mijn (?:rol|functie) als|als)\s+(?:een |de )?"
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
        rf"(?:leidinggevende|directeur|manager|eigenaar|houder|teamleider|coordinator) (?:van|bij|op|in)) "
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
    r"therapeut|trainer|coach|hulpverlener|begeleider|gezinsvoogd|behandelaar|wijkagent|consulent|reclasseringswerker|"
    r"schuldhulpverlener|maatschappelijk werker|school|klas|klasgenoot|klasgenoten|juf|meester)|"
    r"bij (ons|mij) thuis|thuis bij (ons|mij)|bij ons op school|naar de (huisarts|dokter|tandarts|fysio|psycholoog))\b"
)


def _self_identified(folded: str) -> Optional[str]:
    for sector, pattern in _PLACE_PATTERNS.items():
        if pattern.search(folded):
            return sector
    for sector, roles in _ROLES.items():
        match = re.search(rf"\b{_SELF}({roles})\b", folded)
        if match and not _SELF_NO_ARTICLE.match(folded, match.start()):
            return sector
        if re.search(rf"\b({roles}) hier\b", folded):
            return sector
    match = _ROLE_SUFFIX.search(folded)
    if match and not _RESIDENT.search(folded):
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


def detect_profession(text: Optional[str]) -> Optional[str]:
    """The sector of a professional writing this message, ALGEMEEN when the message is clearly
    from a professional but the sector is not, and None for residents, children and victims."""
    if not text:
        return None
    folded = fold(text)
    sector = _self_identified(folded)
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


def detect_resident(text: Optional[str]) -> Optional[str]:
    """'kind' for a child or young person, 'inwoner' for another resident, None otherwise
    (also for professionals). Used to keep a misrouted resident out of the professional answer."""
    if not text or detect_profession(text):
        return None
    folded = fold(text)
    if _CHILD.search(folded):
        return "kind"
    if _RESIDENT.search(folded):
        return "inwoner"
    return None


# ---------------------------------------------------------------------------------------------
# The summary for the professional's file: no date, no names, only the steps and answers.

_ANSWER_TEXT = {JA: "ja", NEE: "nee", WEET_NIET: "weet ik niet"}
_STEP_TEXT = {JA: "gedaan", NEE: "nog niet gedaan", WEET_NIET: "onduidelijk, nog doen"}
DECISION_TEXT = {
    MELDEN: "melden bij Veilig Thuis is noodzakelijk",
    HULP_EN_VOLGEN: "hulp bieden of organiseren en de effecten volgen",
    ADVIES_VRAGEN: "advies vragen bij Veilig Thuis (bij twijfel altijd)",
    GEEN_VERMOEDEN: "geen vermoeden: vastleggen en alert blijven",
}
NEXT_STEP = {
    MELDEN: (
        "Melden bij Veilig Thuis. Bespreek de melding vooraf met de betrokkene(n), tenzij dat de "
        "veiligheid in gevaar brengt. Leg de melding en uw afweging vast."
    ),
    HULP_EN_VOLGEN: (
        "Hulp bieden of organiseren, afspraken vastleggen en de effecten volgen. Wordt het niet "
        "(op tijd) veilig of werken de betrokkenen niet meer mee, dan alsnog melden."
    ),
    ADVIES_VRAGEN: (
        "Advies vragen bij Veilig Thuis en daarna het afwegingskader opnieuw doorlopen met dat advies."
    ),
    GEEN_VERMOEDEN: (
        "Signalen en deze afweging vastleggen en alert blijven. Bij nieuwe signalen de meldcode "
        "opnieuw doorlopen; advies vragen bij Veilig Thuis kan altijd."
    ),
}
_REASON = {
    (MELDEN, 2): "acute of structurele onveiligheid",
    (MELDEN, 3): "geen passende hulp mogelijk",
    (MELDEN, 4): "betrokkenen aanvaarden de hulp niet of werken niet mee",
    (MELDEN, 5): "de hulp leidt niet op tijd tot voldoende veiligheid",
}


def summary(answers: Sequence[Optional[str]], steps: Sequence[Optional[str]] = (None, None, None),
            sector: Optional[str] = None) -> str:
    """A short plain text the professional can copy into the file. Raises ValueError while the
    afwegingskader is not finished."""
    decision, reached, deciding = _walk(answers)
    if decision is None:
        raise ValueError("the afwegingskader is not finished")
    lines = ["Meldcode huiselijk geweld en kindermishandeling - samenvatting"]
    if sector in SECTOR_LABELS:
        lines.append(f"Sector: {SECTOR_LABELS[sector]}")
    for label, answer in zip(STEPS, steps):
        lines.append(f"{label}: {_STEP_TEXT.get(answer, 'niet ingevuld')}")
    lines.append("Stap 4 en 5 - afwegingskader:")
    for number, (question, answer) in enumerate(zip(QUESTIONS, answers), start=1):
        shown = _ANSWER_TEXT[answer] if number <= reached and answer else f"niet van toepassing (besluit na vraag {reached})"
        lines.append(f"{number}. {question} {shown}")
    reason = _REASON.get((decision, deciding))
    lines.append(f"Besluit: {DECISION_TEXT[decision]}" + (f" ({reason})." if reason else "."))
    lines.append(f"Volgende stap: {NEXT_STEP[decision]}")
    lines.append("Advies: Veilig Thuis {tel:veilig_thuis} (gratis, dag en nacht).")
    return render("\n".join(lines))


# ---------------------------------------------------------------------------------------------
# The formal register: knowledge entries address the reader with 'je'; professionals get 'u'.

_PREPOSITIONS = {"aan", "bij", "met", "van", "na", "in", "op", "voor", "over", "door", "uit", "naar", "tegen",
                 "zonder", "onder", "tussen", "binnen", "achter", "tot", "via", "per", "vanuit", "rond", "om"}
_CONJUNCTIONS = {"als", "dat", "of", "wat", "wie", "waar", "hoe", "die", "omdat", "wanneer", "zodat", "voordat",
                 "nadat", "tenzij", "waarom", "welke", "terwijl", "zoals", "en", "maar", "want", "dan", "waardoor",
                 "waarmee", "waarin", "waarover", "hoewel", "zodra", "indien", "mits", "welk", "totdat", "opdat"}
_PARTICLES = {"mee", "af", "terug", "toe", "aan", "op", "uit", "na", "in", "bij", "door", "om", "over", "voor",
              "ook", "niet", "wel", "dan", "verder", "zelf", "te", "al", "nog", "snel", "graag", "altijd", "meteen"}
_NOUNS = {"aandachtsfunctionaris", "client", "cliënt", "clienten", "cliënten", "organisatie", "collega", "collega's",
          "eigen", "leidinggevende", "beroep", "beroepsgroep", "melding", "werkgever", "afweging", "dossier", "team",
          "zorgen", "zorg", "vermoeden", "rol", "werk", "verantwoordelijkheid", "gesprek", "signalen", "patiënt",
          "patient", "leerling", "leerlingen", "vragen", "vraag", "twijfel", "instelling", "praktijk", "school",
          "gegevens", "aantekeningen", "verslag", "kennis", "eerste", "contact"}
# Verb stems that come before an inverted 'je' ("dan meld je"), with their 'u' form.
_IRREGULAR = {"ben": "bent", "heb": "hebt", "kun": "kunt", "kan": "kunt", "wil": "wilt", "zal": "zult",
              "mag": "mag", "ga": "gaat", "sta": "staat", "doe": "doet", "zie": "ziet", "sla": "slaat",
              "zou": "zou", "hoorde": "hoorde", "zag": "zag", "had": "had", "was": "was", "kon": "kon",
              "wist": "wist", "moest": "moest", "deed": "deed", "wilde": "wilde", "mocht": "mocht"}
_STEMS = {"meld", "bied", "houd", "twijfel", "werk", "ken", "weet", "moet", "breng", "bepaal", "beantwoord", "bel",
          "bespreek", "blijf", "denk", "geef", "kom", "krijg", "kijk", "leg", "loop", "onderneem", "vind", "vraag",
          "weeg", "hoef", "gebruik", "zet", "lees", "schrijf", "noteer", "overleg", "zoek", "help", "maak", "neem",
          "vertel", "hoor", "merk", "ziet", "voel", "begin", "stop", "deel", "wacht", "let", "volg", "check", "word",
          "spreek", "praat", "handel", "start", "regel", "besluit", "beslis", "raadpleeg", "registreer", "signaleer",
          "schat", "stel", "wil", "mag", "kun", "kan", "heb", "ben", "ga", "sta", "doe", "zie", "zal", "zou",
          "hoorde", "zag", "had", "was", "kon", "wist", "moest", "deed", "wilde", "mocht", "licht", "betrek"}
_TOKEN = re.compile(r"\{[^}]*\}|[\w'’-]+|\s+|[^\w\s]", re.UNICODE)
_SENTENCE_END = {".", "?", "!", ":", ";", "\n"}
_REFLEXIVE = re.compile(r"\bzorgen (maakt|maken|maakte)\b", re.IGNORECASE)


def _u_form(stem: str) -> str:
    lower = stem.lower()
    if lower in _IRREGULAR:
        form = _IRREGULAR[lower]
    elif lower.endswith(("t",)):
        form = lower
    else:
        form = lower + "t"
    return form[0].upper() + form[1:] if stem[:1].isupper() else form


def _cap(word: str, like: str) -> str:
    return word[0].upper() + word[1:] if like[:1].isupper() else word


def to_formal(text: str) -> str:
    """'je/jij/jouw' -> 'u/uw' with the verb adjusted ("meld je" -> "meldt u"). Placeholders
    ({...}) and hyphenated ids are left alone. Written for the short, plain knowledge texts."""
    tokens = _TOKEN.findall(text)
    words = [i for i, t in enumerate(tokens) if not t.isspace()]
    out = list(tokens)

    def sentence_bounds(pos: int) -> Tuple[int, int]:
        start = pos
        while start > 0 and tokens[start - 1] not in _SENTENCE_END and "\n" not in tokens[start - 1]:
            start -= 1
        end = pos
        while end < len(tokens) - 1 and tokens[end] not in _SENTENCE_END and "\n" not in tokens[end]:
            end += 1
        return start, end

    subject_at = set()
    for n, i in enumerate(words):
        token = tokens[i]
        lower = token.lower()
        if lower in ("jouw",):
            out[i] = _cap("uw", token)
            continue
        if lower in ("jij", "jou"):
            out[i] = _cap("u", token)
            subject_at.add(i)
            continue
        if lower == "jezelf":
            out[i] = _cap("uzelf", token)
            continue
        if lower != "je":
            continue
        prev_i = words[n - 1] if n > 0 else None
        next_i = words[n + 1] if n + 1 < len(words) else None
        prev = tokens[prev_i].lower() if prev_i is not None else None
        nxt = tokens[next_i].lower() if next_i is not None else None
        start, end = sentence_bounds(i)
        first_in_sentence = prev_i is None or prev_i < start or tokens[prev_i] in _SENTENCE_END
        nxt_is_word = nxt is not None and re.match(r"\w", nxt) is not None
        sentence = "".join(tokens[start:end + 1])
        question = tokens[end] == "?" if end < len(tokens) else False
        if first_in_sentence:
            out[i] = _cap("uw" if nxt in _NOUNS and nxt != "zorgen" else "u", token)
            subject_at.add(i)
        elif prev_i in subject_at:
            if nxt == "zorgen" and _REFLEXIVE.search(sentence):
                out[i] = "zich"
            else:
                out[i] = "uw" if nxt_is_word and nxt not in _PARTICLES else "u"
        elif prev in _PREPOSITIONS:
            out[i] = "uw" if nxt_is_word and nxt not in _PARTICLES else "u"
        elif prev in _CONJUNCTIONS:
            out[i] = "uw" if nxt in _NOUNS and nxt != "zorgen" else "u"
            subject_at.add(i)
        elif prev in _STEMS or prev in _IRREGULAR:
            prev_first = words.index(prev_i) == 0 or words[words.index(prev_i) - 1] < start or \
                tokens[words[words.index(prev_i) - 1]] in _SENTENCE_END
            if prev_first and not question and nxt_is_word:
                # imperative + possessive: "Bespreek je zorgen met ..."
                out[i] = "uw"
            else:
                out[prev_i] = _u_form(tokens[prev_i])
                out[i] = "u"
                subject_at.add(i)
        else:
            reflexive = nxt == "zorgen" and _REFLEXIVE.search(sentence)
            out[i] = "zich" if reflexive else ("uw" if nxt in _NOUNS else "u")
    return "".join(out)
