"""The widget's labels per language, for GET /api/widget-teksten/{taal}.

Dutch is written here (the same texts as the built-in `T` in api/static/widget.js, which the
widget keeps as its fallback when the gateway cannot be reached); the other languages come
from knowledge/talen/<taal>.yml, key `widget`. Numbers are {tel:...} placeholders, filled in
from knowledge/contacten.yml. `{gemeente}`, `{n}` and `{max}` stay in: the widget fills them.
"""
from typing import Dict, Optional

from veilig.contacts import render
from veilig.languages import FOREIGN, direction, language_file

LANGUAGES = ("nl",) + tuple(FOREIGN)

DUTCH_NAME = "Nederlands"

DUTCH: Dict[str, str] = {
    "launcher": "Chat over geweld thuis",
    "title": "Veilig Verder",
    "subtitle": "Chat voor inwoners van {gemeente}",
    "dialogLabel": "Chat Veilig Verder",
    "robot": "Dit is een computer, geen mens.",
    "call112": "Bel {tel:alarmnummer} bij gevaar",
    "callVT": "Veilig Thuis {tel:veilig_thuis} (gratis, 24/7)",
    "quickExit": "Snel weg",
    "quickExitHint": "Snel weg sluit de chat en gaat naar een andere website. Of druk 2 keer snel op Esc.",
    "close": "Chat sluiten",
    "historyLink": "Zo wis je je geschiedenis",
    "historyBack": "Terug naar de chat",
    "welcome": "Hoi. Hier kun je vragen stellen over geweld thuis of kindermishandeling. "
               "Je hoeft je naam niet te geven.\nTyp hieronder je vraag.",
    "peopleAvailable": "Mensen van Veilig Thuis zijn er dag en nacht: {tel:veilig_thuis}",
    "inputLabel": "Typ je bericht",
    "inputHint": "Enter is versturen. Shift + Enter is een nieuwe regel.",
    "counter": "{n} van {max} tekens",
    "send": "Versturen",
    "typing": "De chatbot typt...",
    "you": "Jij: ",
    "bot": "Chatbot: ",
    "notice": "Let op: ",
    "privacyWarning": "Je hoeft geen naam, adres, telefoonnummer of e-mail te geven. De chatbot heeft dat niet nodig.",
    "sendAnyway": "Toch versturen",
    "edit": "Aanpassen",
    "networkError": "Sorry, de chat werkt nu even niet. Je bericht is niet verstuurd. Je tekst staat nog in het invoerveld.\n"
                    "Is er nu gevaar? Bel {tel:alarmnummer}.\n"
                    "Wil je met iemand praten? Bel Veilig Thuis: {tel:veilig_thuis} (gratis, dag en nacht).",
    "tooLong": "Je bericht is te lang. Gebruik maximaal {max} tekens.",
}


def widget_texts(language: str) -> Optional[Dict]:
    """The labels of one language with the numbers filled in; None for a language we do not have."""
    if language not in LANGUAGES:
        return None
    if language == "nl":
        name, labels, richting = DUTCH_NAME, DUTCH, "ltr"
    else:
        data = language_file(language)
        name, richting = str(data.get("naam") or language), direction(language)
        own = data.get("widget") or {}
        # A label missing from the language file is shown in Dutch rather than not at all.
        labels = {key: str(own.get(key) or dutch) for key, dutch in DUTCH.items()}
    return {"taal": language, "naam": name, "richting": richting,
            "teksten": {key: render(text) for key, text in labels.items()}}
