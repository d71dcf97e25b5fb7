"""What kind of answer a question asks for, and what kind of answer an entry gives.

Many subjects have a family of entries: what it is, its signs, its causes, its consequences and
where to get help ('eergerelateerd-geweld', 'hulp-bij-eergerelateerd-geweld', ...). The words
of the subject match them all alike; the asking words ('hoe herken ik', 'waarom', 'wat kan ik
doen') are stopwords to the search. So the search asks this module which kind the question wants
and prefers the family member of that kind (see KIND_BOOST in veilig.knowledge.search).

An entry's kind is its 'soort' when the editor set one; else it follows from its title and id
('Signalen van ...', 'Hulp bij ...', 'Oorzaken van ...'), or from its folder for definitions.
"""
import re
from typing import Optional

from veilig.text import fold

DEFINITION = "definitie"
SIGNS = "signalen"
CAUSES = "oorzaken"
CONSEQUENCES = "gevolgen"
HELP = "hulp"
KINDS = (DEFINITION, SIGNS, CAUSES, CONSEQUENCES, HELP)

# Checked in this order: 'wat kan ik doen als ik signalen zie' asks for help, 'waarom ... gevolgen'
# for consequences.
_QUESTION_KINDS = (
    (CONSEQUENCES, re.compile(r"\b(gevolgen?|effecten?|schade (bij|aan|voor)|last van houden)\b|"
                              r"\bwat doet\b.{0,40}\bmet (een |je |jou |mijn |de |het )?"
                              r"(kind|kinderen|iemand|mensen|mij|me|je|jou|slachtoffers?)\b")),
    (HELP, re.compile(r"\bwat (kan|kun|moet|kunnen|moeten|mag) (ik|je|jij|u|we|wij) (er )?(aan )?(nog )?doen\b|"
                      r"\bwaar (kan|kun|moet) (ik|je|u) (terecht|heen|naartoe|hulp)\b|\bwie kan (mij|me|je|u|ons) helpen\b|"
                      r"\bwat te doen\b|\bhoe (kom|krijg) (ik|je|u) (hulp|eruit|er uit|van)\b|\bhulp (bij|na|voor|zoeken|vragen)\b|"
                      r"\bhoe (help|bescherm|behoed) (ik|je|u)\b|\bhoe vraag (ik|je|u|jij)\b.{0,40}\baan\b")),
    (SIGNS, re.compile(r"\b(herken|herkennen|herkent|signalen|signaal|kenmerken|tekenen|aanwijzingen)\b|"
                       r"\bhoe (weet|zie|merk) (ik|je|u|jij)\b|\bwaar (let|moet) (ik|je|u) op\b|\bwaaraan\b")),
    (CAUSES, re.compile(r"\b(waarom|oorzaak|oorzaken|risicofactoren|hoe komt het|hoe kan het dat)\b")),
    (DEFINITION, re.compile(r"^(wat (is|zijn|betekent|houdt|bedoel|versta|verstaan|wordt)|wat is (het )?verschil|"
                            r"definitie|wanneer (is|spreek|spreken|heet|noem) )")),
)

_ENTRY_KINDS = (
    (SIGNS, re.compile(r"^(signalen|signaal|herkennen|tekenen)\b")),
    (CAUSES, re.compile(r"^(oorzaken|waarom|risicofactoren)\b")),
    (CONSEQUENCES, re.compile(r"^gevolgen\b")),
    (HELP, re.compile(r"^(hulp|opvang|waar kun je terecht|veilig weggaan)\b")),
)
DEFINITION_FOLDERS = frozenset({"definities", "organisaties"})


def question_kind(question: str) -> Optional[str]:
    """The kind of answer asked for, or None when the question does not say."""
    folded = fold(question or "").strip()
    for kind, pattern in _QUESTION_KINDS:
        if pattern.search(folded):
            return kind
    return None


def entry_kind(entry_id: str, title: str, folder: str, declared: Optional[str] = None) -> Optional[str]:
    """The kind of answer an entry gives: the one declared, else from its title or id, else from
    its folder."""
    if declared in KINDS:
        return declared
    for text in (fold(title or "").strip(' "'), (entry_id or "").replace("-", " ")):
        for kind, pattern in _ENTRY_KINDS:
            if pattern.search(text):
                return kind
    return DEFINITION if folder in DEFINITION_FOLDERS else None
