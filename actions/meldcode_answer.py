"""The answer to a meldcode question (intent meldcode_vraag), shared by the route action.

Veilig Thuis is always in the first message. What the knowledge base found comes from the
decision order, so nothing is searched twice. A child or resident that ended up here gets the
answer to their own question in "je" when a resident's entry answers it, else their own route.
"""
import re
from typing import Dict, List, Optional

from actions.knowledge_answer import SEARCH, answer_for_professionals, answer_messages, context_entry
from actions.turn import Turn
from veilig.answers import choice_messages, entry_button, entry_messages, is_for_professionals
from veilig.care_staff import CARE_RELATION_ENTRY, suspects_a_care_worker
from veilig.conversation import asks_what_to_do
from veilig.dialogue_order import asks_information
from veilig.child_told import SECRET_ASKED_ENTRY, names_a_child
from veilig.family_caution import FORCED_MARRIAGE_CAUTION, SEXUAL_ABUSE_CAUTION, caution_for_what_was_told, in_the_family
from veilig.friend_told import asks_to_keep_it_secret
from veilig.sexual_violence import tells_of_sexual_violence
from veilig.forced_marriage import tells_of_forced_marriage
from veilig.formal import to_formal
from veilig.meldcode import detect_profession, detect_resident, sector_note
from veilig.meldcode.steps import STEPS_ENTRY, asks_for_the_steps
from veilig.meldcode.whose import answer_without_professional_secrecy
from veilig.routes import route_messages
from veilig.school_staff import CHILDCARE_COLLEAGUE_ENTRY, suspects_a_childcare_colleague
from veilig.text import fold


def with_sector_note(messages: List[Dict], sector: Optional[str]) -> List[Dict]:
    note = sector_note(sector)
    if note and messages:
        messages[-1] = dict(messages[-1], text=f"{messages[-1]['text']}\n\nVoor uw sector: {note}")
    return messages


def meldcode_question_messages(turn: Turn) -> List[Dict]:
    resident = detect_resident(turn.text)
    entry = context_entry(turn) or (SEARCH.entry(turn.found_entry) if turn.found_entry else None)
    if entry:
        # 'mag ik melden zonder haar toestemming?' from HR or an imam: anyone may, not the meldrecht
        own = answer_without_professional_secrecy(entry["id"], turn.told_with_this)
        entry = (SEARCH.entry(own) if own != entry["id"] else None) or entry
    if resident and entry and not is_for_professionals(entry):
        # A resident's own question ("er is een melding over mij gedaan"): their answer, in "je",
        # with Veilig Thuis when the answer does not name it.
        answer = turn.number_line_first() + entry_messages(SEARCH, entry, turn.question)
        if not any("0800-2000" in message["text"] for message in answer):
            answer += route_messages("kennis_zorg_extra")
        return answer
    if resident == "kind":
        return route_messages("kind")
    if resident == "slachtoffer":
        return route_messages("slachtoffer")
    if resident == "inwoner":
        # "Gaat veilig thuis ook de school of de huisarts bellen over mijn kind?": a resident's question
        # the search came close to, not a worry told: the bystander's number line, then those topics.
        choices = choice_messages(SEARCH, turn.choices) if turn.choices and asks_information(turn.text) else None
        return route_messages("omstander")[:1] + choices if choices else route_messages("omstander")
    sector = detect_profession(turn.text)
    told_and_asked = caution_for_what_was_told(turn.context.told, turn.text, professional=True)
    if told_and_asked:
        # "een meisje vertelt dat haar vader haar misbruikt, moet ik eerst met de ouders praten?":
        # not step 3 (talk with the parents), but Veilig Thuis first.
        return with_sector_note(answer_messages(turn, SEARCH.entry(told_and_asked)), sector)
    if suspects_a_childcare_colleague(turn.text):
        # "ik werk op de bso en zag een collega een kind hard aan de arm trekken": the law's duty for
        # childcare (tell the houder), not the meldcode's steps for violence at home.
        return answer_messages(turn, SEARCH.entry(CHILDCARE_COLLEAGUE_ENTRY))
    care_relation = SEARCH.entry(CARE_RELATION_ENTRY) if suspects_a_care_worker(turn.text) else None
    if care_relation:
        # "ik ben teamleider thuiszorg. een medewerker wordt ervan verdacht een cliënt te slaan": the
        # care provider reports violence in the care relationship to the inspectorate (veilig/care_staff.py).
        return answer_messages(turn, care_relation)
    # (the child may have been told of a message before: "Hij vroeg me wel of ik het aan niemand wil
    # vertellen" after a pupil's bruises, thirty-fifth session)
    if not entry and names_a_child(turn.told_with_this) and asks_to_keep_it_secret(turn.text) and (
            "beroepsgeheim" not in fold(turn.text)):
        # "een meisje van 9 op de BSO vertelde me ..., maar ik moest beloven het aan niemand te
        # vertellen": what to do with a child's wish for secrecy (twenty-eighth session's probe)
        return with_sector_note(answer_messages(turn, SEARCH.entry(SECRET_ASKED_ENTRY)), sector)
    if not entry and tells_of_sexual_violence(turn.text) and in_the_family(turn.text):
        # "een peuter zei 'papa doet pijn bij mijn plassertje'. moet ik melden??": Veilig Thuis now,
        # and not the talk with the parents first (twenty-eighth session's probe got the route alone)
        return with_sector_note(answer_messages(turn, SEARCH.entry(SEXUAL_ABUSE_CAUTION)), sector)
    if entry and _a_definition_for_a_case(turn, entry):
        # "ik ben pedagogisch medewerker en een moeder komt haar kind dronken ophalen, wat moet ik
        # doen" found what emotional abuse is: a case asks for the meldcode's steps; the
        # definition stays as a choice.
        entry, turn_choices = None, (entry["id"],) + tuple(c for c in turn.choices if c != entry["id"])
    else:
        turn_choices = tuple(turn.choices)
    if entry and is_for_professionals(entry):
        return with_sector_note(answer_messages(turn, entry), sector)
    if entry:
        # A professional asking about a resident's topic ('wat doet Veilig Thuis na een melding'):
        # the same answer, Veilig Thuis first, in the 'u' register.
        return with_sector_note(answer_for_professionals(entry, turn.question), sector)
    caution = SEARCH.entry(FORCED_MARRIAGE_CAUTION) if tells_of_forced_marriage(turn.text) else None
    if caution:
        # "een studente vertelt dat ze uitgehuwelijkt gaat worden, wat nu?": the steps go otherwise,
        # without the talk with the parents that could endanger her.
        return with_sector_note(answer_messages(turn, caution), sector)
    named = _choice_naming_the_profession(turn.text, turn_choices)
    if named:
        # "ik ben tandarts, heb ik ook met die meldcode te maken?" came as close to whom the meldcode
        # binds as to the KNMG's meldcode "voor artsen en tandartsen": the one for their profession.
        return with_sector_note(answer_messages(turn, named), sector)
    if asks_for_the_steps(turn.text) or asks_what_to_do(turn.text):
        # "Welke stappen moet ik zetten?", "wat moet ik doen?" after a case told: the steps in a row,
        # with the walk-through (the route's line alone named the steps as a button)
        return with_sector_note(answer_messages(turn, SEARCH.entry(STEPS_ENTRY)), sector)
    messages = route_messages("meldcode")
    close = [SEARCH.entry(entry_id) for entry_id in turn_choices]
    suggestions = [entry_button(entry["id"], to_formal(entry["title"])) for entry in close if entry]
    if suggestions:
        # Not sure enough to answer, but close topics: offered as buttons after the route.
        messages += [dict(route_messages("meldcode_suggesties")[0], buttons=suggestions)]
    return with_sector_note(messages, sector)


# The writer's own profession: "ik ben tandarts", "als wijkverpleegkundige", "ik werk als logopedist".
_OWN_PROFESSION = re.compile(r"\b(ik ben|als|ik werk als) (een |de )?([a-z]{5,})\b")
_NOT_A_PROFESSION = frozenset({"professional", "medewerker", "moeder", "vader", "ouder", "bezorgd", "bang", "benieuwd",
                               "eigenlijk"})


def _choice_naming_the_profession(text: str, choices) -> Optional[Dict]:
    """Of the close choices, the one entry whose title is for the writer's profession (or its plural)."""
    professions = {m.group(3) for m in _OWN_PROFESSION.finditer(fold(text))} - _NOT_A_PROFESSION
    if not professions:
        return None
    naming = []
    for entry in (SEARCH.entry(entry_id) for entry_id in choices):
        # (named as those it is for: "... voor artsen en tandartsen", not "... school of huisarts?")
        title = fold(entry["title"]) if entry else ""
        words = set(re.findall(r"[a-z]+", title.split(" voor ", 1)[1])) if " voor " in title else set()
        if any(word in (p, f"{p}en", f"{p}s") for p in professions for word in words):
            naming.append(entry)
    return naming[0] if len(naming) == 1 else None


def _a_definition_for_a_case(turn: Turn, entry: Dict) -> bool:
    """A professional who tells a case, and asks what to do or nothing at all ('ik ben
    kraamverzorgster en de vader schreeuwt heel erg tegen de moeder' came close to what derailed
    care by a mantelzorger is), answered with what a form of violence is (an entry of the folder
    'definities')."""
    # (the signs of a form of violence answer whether this may be it, not what to do next)
    return (entry.get("folder") == "definities" or entry["id"].startswith("signalen")) and not turn.clicked_entry and (
        asks_what_to_do(turn.text) or _tells_a_case_only(turn.text))


_QUESTION_WORD = re.compile(r"\b(wat|welke|hoe|wanneer|waarom|wie|waar|betekent)\b")
CASE_WORDS = 6


def _tells_a_case_only(text: str) -> bool:
    """A case told in a sentence or more, with no question in it ('ik ben huisarts. emotionele
    mishandeling' and 'als juf: wat valt onder verwaarlozing' ask what it is)."""
    folded = fold(text)
    return ("?" not in text and len(folded.split()) >= CASE_WORDS and not asks_information(text)
            and not _QUESTION_WORD.search(folded))
