"""Sectors of professionals: labels, notes per sector and the sector typed at the question."""
import re
from typing import Dict, Optional

from veilig.text import fold



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
        "behandelt u volwassenen die vader of moeder zijn, doe dan ook de Kindcheck."
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
    from veilig.meldcode.profession import detect_profession  # profession needs ALGEMEEN from here

    detected = detect_profession(raw)
    if detected and detected != ALGEMEEN:
        return detected
    for key, pattern in _SECTOR_WORDS:
        if re.search(rf"\b({pattern})\b", folded):
            return key
    return None
