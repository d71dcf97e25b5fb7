"""First help in other languages: the texts in knowledge/talen/<taal>.yml, written by hand.

Each file has the same routes as the Dutch first-help routes (with the same {tel:...}
placeholders), the words that point a message to a route, and the widget's labels.
"""
import re
from typing import Dict, List, Pattern, Tuple

from veilig.contacts import render
from veilig.text import fold_any, latin_letters
from veilig.yamlfiles import load_knowledge_yaml

FOREIGN = ("en", "pl", "ro", "bg", "tr", "ar")
# The routes every language must have (knowledge/talen/<taal>.yml, key 'routes').
FIRST_HELP_ROUTES = ("acuut", "slachtoffer", "omstander", "kind", "pleger", "vraag_gemeente", "lokaal",
                     "lokaal_onbekend_contact", "lokaal_buiten_regio", "lokaal_niet_herkend", "fallback", "storing",
                     "andere_vragen", "taal_veilig_thuis", "gevaar_eerst", "uitbuiting", "verblijf", "opvang",
                     "gratis_anoniem", "na_bellen", "kinderen_weghalen", "kinderen_meenemen", "online_afpersing",
                     "taal_112", "adres_112")
# Routes with a Dutch original of the same name in routes.yml: their numbers must match it (the
# Dutch answers to labour exploitation, a residence permit and a place to sleep are the entries
# hulp-bij-mensenhandel, verblijfsvergunning-en-huiselijk-geweld and vrouwenopvang).
WITH_DUTCH_ORIGINAL = frozenset(FIRST_HELP_ROUTES) - {"andere_vragen", "taal_veilig_thuis", "uitbuiting", "verblijf", "opvang",
                                                   "gratis_anoniem", "na_bellen", "kinderen_weghalen",
                                                   "kinderen_meenemen", "online_afpersing", "taal_112",
                                                   "adres_112"}
_FIELD = re.compile(r"\{(?!tel:)([a-z_]+)\}")


def language_file(language: str) -> Dict:
    return load_knowledge_yaml(f"talen/{language}.yml") or {}


def language_messages(language: str, name: str, **fields: str) -> List[Dict]:
    """Messages of a route in that language, as {'text', 'buttons'} ready to send."""
    messages = []
    for item in language_file(language).get("routes", {}).get(name) or []:
        text = render(item["tekst"])
        text = _FIELD.sub(lambda m: str(fields.get(m.group(1), m.group(0))), text)
        messages.append({"text": text.strip(), "buttons": []})
    return messages


def route_words(language: str) -> Dict[str, List[str]]:
    return {route: [str(w).lower() for w in words or []] for route, words in (language_file(language).get("woorden") or {}).items()}


_WORD_PATTERNS: Dict[str, Tuple[Dict, Dict[str, Pattern[str]]]] = {}
# Arabic writes "and" and "so" onto the next word ("وأصرخ على", and I shout at).
_PREFIX = {"ar": r"(?<!\w)(?:و|ف)?"}
_ALSO_LATIN = ("bg",)


def _word_pattern(word: str) -> str:
    """A word of a word list as a pattern on folded text: the start of a word ("kocam" is also
    "kocamın"), or the whole word when it ends with '$' (Romanian "o bat$", I beat her, is not
    "o bate", he beats her)."""
    whole = word.rstrip().endswith("$")
    folded = fold_any(word.rstrip().rstrip("$"))
    return re.escape(folded) + (r"(?!\w)" if whole else "") if folded else ""


def route_patterns(language: str) -> Dict[str, Pattern[str]]:
    """One pattern per route for its words, on folded text, each word at the start of a word;
    kept until the language file is reloaded."""
    source = language_file(language)
    cached = _WORD_PATTERNS.get(language)
    if cached is None or cached[0] is not source:
        patterns = {}
        for route, words in route_words(language).items():
            if language in _ALSO_LATIN:  # Bulgarian typed in Latin letters: "detsata", "sasedite"
                words = words + [latin_letters(w) + ("$" if w.rstrip().endswith("$") else "") for w in words]
            folded = sorted({_word_pattern(w) for w in words if _word_pattern(w)}, key=len, reverse=True)
            if folded:
                patterns[route] = re.compile(_PREFIX.get(language, r"(?<!\w)") + "(?:" + "|".join(folded) + ")")
        cached = (source, patterns)
        _WORD_PATTERNS[language] = cached
    return cached[1]


def direction(language: str) -> str:
    return "rtl" if language_file(language).get("richting") == "rtl" else "ltr"
