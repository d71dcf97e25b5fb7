"""English words inside a Dutch message, read in Dutch: "mijn husband hits me" -> "mijn man slaat me".

Expats and people who grew up between two languages mix them, most of all in the words that
matter ("mijn partner is abusive", "hij heeft een knife"). The language check rightly keeps such a
message Dutch, but the classifier, the danger check and the search read Dutch words only, so the
message was not understood at all. This gloss writes the English words of people, harm, fear and
danger in Dutch before anything reads the message (rasa_addons.spelling). English function words
("my", "he", "the") are glossed only in a message with one of those content words, so a Dutch
message that only borrows "sorry" or "help" stays as written. Words Dutch shares with English
("me", "is", "help", "kids", "partner", "stalking", "gun") are left alone.
"""
import re
from typing import Dict

# Phrases first (longest wins), then words; each maps to the Dutch a classifier trained on Dutch knows.
_CONTENT: Dict[str, str] = {
    "domestic violence": "huiselijk geweld", "right now": "nu", "hurts me": "doet me pijn", "hurt me": "deed me pijn",
    "hurting me": "doet me pijn", "hurts her": "doet haar pijn", "hurts the kids": "doet de kinderen pijn",
    "every day": "elke dag", "every night": "elke nacht", "kill me": "vermoordt me", "kill her": "vermoordt haar",
    "husband": "man", "wife": "vrouw", "boyfriend": "vriend", "girlfriend": "vriendin", "stepdad": "stiefvader",
    "stepfather": "stiefvader", "stepmom": "stiefmoeder", "stepmother": "stiefmoeder", "dad": "vader",
    "daddy": "vader", "father": "vader", "mom": "moeder", "mum": "moeder", "mommy": "moeder", "mummy": "moeder",
    "mother": "moeder", "brother": "broer", "sister": "zus", "son": "zoon", "daughter": "dochter",
    "children": "kinderen", "child": "kind", "neighbour": "buurman", "neighbor": "buurman",
    "neighbours": "buren", "neighbors": "buren", "boss": "baas",
    "hits": "slaat", "hitting": "slaat", "beats": "slaat", "beat": "slaat", "beating": "slaat",
    "punches": "slaat", "punched": "sloeg", "slaps": "slaat", "slapped": "sloeg", "kicks": "schopt",
    "kicked": "schopte", "pushes": "duwt", "pushed": "duwde", "chokes": "wurgt", "choked": "wurgde",
    "strangles": "wurgt", "strangled": "wurgde", "threatens": "bedreigt", "threatened": "bedreigd",
    "threatening": "bedreigt", "kills": "vermoordt", "kill": "vermoorden", "rape": "verkrachting",
    "raped": "verkracht", "rapes": "verkracht", "abuse": "mishandeling", "abused": "mishandeld",
    "abuses": "mishandelt", "abusing": "mishandelt", "abusive": "gewelddadig", "violent": "gewelddadig",
    "violence": "geweld", "hurts": "doet pijn", "hurt": "pijn gedaan", "scared": "bang", "afraid": "bang",
    "frightened": "bang", "knife": "mes", "drunk": "dronken", "locked": "opgesloten",
    "yells": "schreeuwt", "screams": "schreeuwt", "shouts": "schreeuwt", "police": "politie", "shelter": "opvang", "unsafe": "onveilig",
    "danger": "gevaar", "dangerous": "gevaarlijk",
}
# Function words, glossed only beside a content word: "my" is English, "me" Dutch too.
_FUNCTION: Dict[str, str] = {
    "my": "mijn", "he": "hij", "she": "ze", "him": "hem", "her": "haar", "us": "ons", "the": "de",
    "and": "en", "now": "nu", "always": "altijd", "again": "weer", "very": "erg", "am": "ben",
    "i'm": "ik ben", "im": "ik ben", "i": "ik",
}


def _pattern(words: Dict[str, str]) -> "re.Pattern[str]":
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])({alternatives})(?![\w'’-])", re.IGNORECASE)


_CONTENT_WORD = _pattern(_CONTENT)
_FUNCTION_WORD = _pattern(_FUNCTION)


def in_dutch(text: str) -> str:
    """The message with its English words of people, harm and danger written in Dutch; the message
    itself when it has none."""
    if not text or not _CONTENT_WORD.search(text):
        return text
    glossed = _CONTENT_WORD.sub(lambda match: _CONTENT[match.group(1).lower()], text)
    return _FUNCTION_WORD.sub(lambda match: _FUNCTION[match.group(1).lower()], glossed)
