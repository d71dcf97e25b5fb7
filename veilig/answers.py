"""Answers built from the knowledge base: one entry with its source, or a choice of entries.

Shared by the actions (knowledge, fallback, meldcode) so none of them imports another.
"""
import json
import re
from typing import Dict, List, Optional, Sequence

from veilig.formal import to_formal
from veilig.knowledge.search import KnowledgeSearch, source_line
from veilig.rasa_entities import ANSWERED_ENTRY, OFFERED_ENTRIES
from veilig.routes import route_messages
from veilig.text import fold

MELDCODE_FOLDER = "meldcode"


def formal(messages: List[Dict]) -> List[Dict]:
    """The same messages in the 'u' register, for professionals."""
    return [{**m, "text": to_formal(m["text"]),
             "buttons": [{"title": to_formal(b["title"]), "payload": b["payload"]} for b in m.get("buttons") or []]}
            for m in messages]


def entry_button(entry_id: str, title: str) -> Dict[str, str]:
    return {"title": title, "payload": "/kennis_item" + json.dumps({"kennis_id": entry_id})}


def is_for_professionals(entry: Dict) -> bool:
    return entry.get("audience") == "professional" or entry.get("folder") == MELDCODE_FOLDER


# A clause that asks for a yes or no ("mag ik ...", "is het ...") or for more ("wat is het verschil ...").
_YES_NO_VERB = re.compile(
    r"^(en |maar |dus )?(kan|kun|kunt|kunnen|mag|mogen|moet|moeten|hoef|hoeft|is|zijn|ben|bent|heeft|heb|hebt|hebben|"
    r"wordt|word|worden|gaat|ga|gaan|geldt|gelden|krijg|krijgt|krijgen|bestaat|doet|doe|doen|weet|weten|komt|komen|"
    r"zal|zou|zullen|blijf|blijft|blijven|klopt|telt|valt|haalt|halen|kost|kosten|zit|staat|wil|wilt|willen|neemt|"
    r"ziet|zien|vertelt|meldt|deelt|bewaart|houdt|geeft|helpt|helpen|stuurt|belt|verandert|heet)\b")
_OPEN_QUESTION = re.compile(r"^(en |maar |dus )?(wat|hoe|waarom|wanneer|wie|welke|welk|waar|hoelang|hoeveel|"
                            r"waarvoor|waardoor|waarmee|waarover)\b")
_YES_OR_NO_FIRST = re.compile(r"^(Ja|Nee)[.,]\s+(\S)")


def asks_yes_or_no(question: str) -> bool:
    """The last asking clause of the message asks for a yes or no ('mag ik zonder toestemming
    melden?'), not for more ('wat is het verschil tussen meldrecht en meldplicht?')."""
    clauses = [fold(c).strip() for c in re.split(r"[.,;:!?\n]+", question or "") if fold(c).strip()]
    asking = [c for c in clauses if _YES_NO_VERB.match(c) or _OPEN_QUESTION.match(c)]
    return bool(asking) and bool(_YES_NO_VERB.match(asking[-1]))


# Verbs of ability, permission and need answer one another ("mag ik mijn dossier zien?" - "Ja, je
# kunt ..."); any other verb is answered only by a form of itself.
_MODALS = frozenset("kan kun kunt kunnen mag mogen moet moeten hoef hoeft wil wilt willen".split())
_AUXILIARIES = frozenset("zijn hebben worden gaan blijven doen weten komen".split())
_VERB_FORMS = [frozenset(group.split()) for group in (
    "is zijn ben bent", "heeft heb hebt hebben", "wordt word worden", "gaat ga gaan", "krijg krijgt krijgen",
    "doet doe doen", "weet weten", "komt komen", "zal zou zullen", "blijf blijft blijven", "kost kosten",
    "ziet zien", "helpt helpen", "geldt gelden", "haalt halen")]
# For a 'Nee' each modal only answers itself ("mag iemand ...?" is not "kan iemand ...?").
_SAME_VERB = _VERB_FORMS + [frozenset(group.split()) for group in (
    "kan kun kunt kunnen", "mag mogen", "moet moeten", "hoef hoeft", "wil wilt willen", "geeft geven", "vertelt vertellen",
    "hebt heeft heb hebben")]


def _yes_answers_the_verb(text: str, question: str) -> bool:
    """The 'Ja' answers the question's own verb: a modal, or a form of it in the answer's first two
    sentences ("gaat papa naar de gevangenis?" is no question for "Ja, je mag het vertellen")."""
    clauses = [fold(c).strip() for c in re.split(r"[.,;:!?\n]+", question or "") if fold(c).strip()]
    matches = [m for m in (_YES_NO_VERB.match(c) for c in clauses) if m]
    verb = matches[-1].group(2) if matches else ""
    opening = " ".join(re.split(r"(?<=[.!?])\s+", text)[:2])  # "Ja. Bellen met Veilig Thuis is gratis."
    words = fold(opening).split()
    if verb in _MODALS:
        # The modal's own verb at the clause's end is answered too: "moet ik mezelf aangeven?" is
        # no question for "Ja. Veilig Thuis is er ook voor wie zelf geweld gebruikt".
        tail = matches[-1].string.split()
        last = tail[-1]
        # "moet ik hem dit weekend nog laten gaan?": the verb before the auxiliary is the one asked
        # (it got "Ja. Je kunt Veilig Thuis dag en nacht bellen, ook in het weekend")
        if last in _AUXILIARIES and len(tail) > 1 and tail[-2].endswith("en") and tail[-2] not in _MODALS:
            last = tail[-2]
        if len(last) > 4 and last.endswith("en") and last not in _MODALS and last not in _AUXILIARIES:
            stem = last[:-3] if last[-3] == last[-4] else last[:-2]  # "bellen" -> "bel", "aangeven" -> "aangev"
            return any(word.startswith(stem) for word in words)
        return True
    forms = next((group for group in _VERB_FORMS if verb in group), frozenset({verb}))
    return bool(forms & set(words))


# Whether something is open at this hour ("is de kindertelefoon nu open", asked at half past nine at
# night) is not what an answer with the opening hours can say yes to.
_OPEN_AT_THIS_HOUR = re.compile(r"\b(nu|nou|op dit moment|vannacht|vanavond|nog)\b.*\b(open|bereikbaar|te bereiken|"
                                r"geopend)\b|\b(open|bereikbaar)\b.*\b(nu|nou|op dit moment|vannacht|vanavond)\b")


def fitting_start(text: str, question: Optional[str], title: str = "") -> str:
    """An answer that starts with 'Ja.' says so only to a yes-or-no question that asks what it
    answers; one that starts with 'Nee,' only to the entry's own question asked again (its title:
    same verb, two of its words, a negation only as in the title), as another question may ask it
    the other way round ("is bellen gratis?" to "Nee. Bellen met Veilig Thuis is gratis"); the
    sentence after it says the same in full. So "wat is het verschil tussen meldrecht en
    meldplicht?" gets "Een verplichte meldcode is iets anders dan een meldplicht ...". Without a
    question, as written."""
    if question is None or (text.startswith("Ja") and asks_yes_or_no(question) and _yes_answers_the_verb(text, question)
                            and not _OPEN_AT_THIS_HOUR.search(fold(question))):
        return text
    if text.startswith("Nee") and _asks_the_title_again(question, title):
        return text
    return _YES_OR_NO_FIRST.sub(lambda m: m.group(2).upper(), text, count=1)


_NEGATION = re.compile(r"\b(niet|geen|niks|niets|nooit)\b")
_TITLE_FILLER = frozenset("de het een er ik je jij u uw mijn dat dit als aan met van voor in op om te en of ze hij zij "
                          "dan ook wel nog eigenlijk".split())


def _asks_the_title_again(question: str, title: str) -> bool:
    """'Is Veilig Thuis hetzelfde als de politie?' asks 'Is Veilig Thuis de politie?' again, so its
    'Nee.' stays; 'kost dat geld?' (one shared word) or 'is het niet gratis?' may mean otherwise."""
    if not title or not asks_yes_or_no(question) or bool(_NEGATION.search(fold(question))) != bool(
            _NEGATION.search(fold(title))):
        return False
    clauses = [fold(c).strip() for c in re.split(r"[.,;:!?\n]+", question) if _YES_NO_VERB.match(fold(c).strip())]
    asked, own = _YES_NO_VERB.match(clauses[-1]), _YES_NO_VERB.match(fold(title).strip())
    if not asked or not own or not any(asked.group(2) in group and own.group(2) in group for group in _SAME_VERB):
        return False
    words = {w for w in re.findall(r"\w+", fold(title))[1:] if w not in _TITLE_FILLER and len(w) > 2}
    return len(words & set(re.findall(r"\w+", clauses[-1]))) >= 2


# A question for the list itself ("Wat zijn de 5 vragen van het afwegingskader?", "welke stappen
# zijn er"): the short answer only says there are five, so the entry's own list (in 'Meer uitleg')
# comes with it.
_ASKS_FOR_THE_LIST = re.compile(
    r"\b((wat|welke) (zijn|waren) (de|die) (\w+ ){0,2}\w*(vragen|stappen|signalen|punten|fasen|regels|voorwaarden)|"
    r"(noem|geef) (de|alle) (\w+ ){0,2}\w*(vragen|stappen)|"
    # also compounds: "wat zijn de 5 afwegingsvragen precies"
    r"(vijf|5|vier|4|drie|3|zes|6) \w*(vragen|stappen)|welke \w*(vragen|stappen) (\w+ ){0,3}(zijn|stel|loop|doorloop))\b")
_LIST_ITEM = re.compile(r"^\s*(\d+\.|-)\s+\S")


def the_list_asked_for(entry: Dict, question: Optional[str]) -> str:
    """The first list of the entry's longer explanation, when the question asks for it; else ''."""
    if not question or not _ASKS_FOR_THE_LIST.search(fold(question)):
        return ""
    lines, found = [], False
    for line in (entry.get("long") or "").splitlines():
        if _LIST_ITEM.match(line):
            lines.append(line.strip())
            found = True
        elif found:
            break
    return "\n".join(lines)


def entry_messages(search: KnowledgeSearch, entry: Dict, question: Optional[str] = None) -> List[Dict]:
    """The message for one entry: short answer, then its source on a line of its own, with
    buttons to two related entries. With the `question` it answers, a 'Ja.' or 'Nee,' at the
    start is kept only for a yes-or-no question."""
    buttons = []
    for related_id in entry["related"][:2]:
        related = search.entry(related_id)
        if related:
            buttons.append(entry_button(related_id, related["title"]))
    source = entry["source"]
    listed = the_list_asked_for(entry, question)
    short = fitting_start(entry["text"], question, entry.get("title") or "") + (f"\n{listed}" if listed and listed not in entry["text"] else "")
    text = f"{short}\n\n{source_line(source['document'], source['section'], source.get('url', ''))}"
    return [{"text": text, "buttons": buttons, ANSWERED_ENTRY: entry["id"]}]


def more_messages(search: KnowledgeSearch, entry: Dict, paragraphs: int = 2) -> List[Dict]:
    """The same entry asked again a moment later: its longer explanation ('Meer uitleg', the first
    `paragraphs`) instead of the short answer word for word; the short answer when there is none."""
    more = [p.strip() for p in (entry.get("long") or "").split("\n\n") if p.strip()][:paragraphs]
    if not more:
        return entry_messages(search, entry)
    messages = entry_messages(search, entry)
    source = entry["source"]
    messages[0]["text"] = "\n\n".join(more) + f"\n\n{source_line(source['document'], source['section'], source.get('url', ''))}"
    return messages


def choice_messages(search: KnowledgeSearch, entry_ids: Sequence[str]) -> Optional[List[Dict]]:
    """Not sure enough to answer: offer the likely topics as buttons instead of guessing."""
    buttons, offered = [], []
    for entry_id in entry_ids:
        entry = search.entry(entry_id)
        if entry:
            buttons.append(entry_button(entry_id, entry["title"]))
            offered.append(entry_id)
    if not buttons:
        return None
    messages = route_messages("kennis_suggesties")
    messages[0]["buttons"] = buttons
    messages[0][OFFERED_ENTRIES] = offered
    return messages
