"""Lines that go with any answer, whatever route produced it (see actions/send.py)."""
import re
from typing import Dict, List, Sequence

from veilig.cannot_call import cannot_call
from veilig.child import sounds_like_a_child, tells_an_adult_age
from veilig.danger import detect_danger
from veilig.doer import hurts_themselves
from veilig.meldcode.profession import detect_profession, speaks_as_professional, works_with_the_meldcode
from veilig.routes import route_messages
from veilig.text import fold


# "Ben je jonger dan 18? Bel ook gratis de Kindertelefoon: ..." in the victim's route, for a writer
# who gives an adult age ("ik ben 78 en mijn man slaat me"), or told of an adult's life earlier in
# this conversation (a man or woman, one's husband, wife or children): a line that does not fit is
# left out (twentieth session's probe: it came in every turn, also after "ik ben 45").
_UNDER_18_LINE = re.compile(r" ?(Ben je|Bent u) jonger dan 18\? (Bel ook gratis de|(Je|U) kunt ook praten met de) Kindertelefoon: [0-9-]+\.")
_AN_ADULT = re.compile(r"\b(ik ben (een )?(man|vrouw)\b|ik ben (een )?(moeder|vader) van|(mijn|mn|m n|onze) (kinderen|kleinkinderen)\b|"
                       # a parent of a son or daughter ("mijn zoon van 17 slaat mij": twenty-fourth session's probe)
                       r"(mijn|mn|m n|onze) (zoon|dochter|kleinzoon|kleindochter) (van|is) \d+\b|"
                       r"(mijn|mn|m n) (man|vrouw|echtgenoot|echtgenote)\b|"
                       # a partner, an ex-husband, in-laws, an employer; an ex with the children
                       # ("mijn ex heeft de kinderen na het weekend niet teruggebracht")
                       r"(mijn|mn|m n) (partner|exman|ex man|ex-man|exvrouw|ex vrouw|ex-vrouw|schoonmoeder|schoonvader|"
                       r"schoonfamilie|schoonouders|werkgever)\b|"
                       r"(mijn|mn|m n) ex\b(\s+\w+){0,6}\s+(de|onze|mijn|mn) (kinderen|kids)\b)")


def for_an_adult(text: str) -> str:
    """The text without the line for those under 18."""
    return _UNDER_18_LINE.sub("", text)


def tells_an_adult(typed: Sequence[str]) -> bool:
    """One of the writer's messages tells an adult age or an adult's life, or speaks as a
    professional (twenty-first session's probe: "Bent u jonger dan 18?" to an aandachtsfunctionaris)."""
    return any(tells_an_adult_age(text) or _AN_ADULT.search(fold(text or "")) or speaks_as_professional(text or "")
               for text in typed)


def _mentions(messages: List[Dict], word: str) -> bool:
    return any(word.lower() in m["text"].lower() for m in messages)


def add_safety_lines(text: str, messages: List[Dict], child: bool = False, earlier: str = "",
                     typed: Sequence[str] = ()) -> List[Dict]:
    """112 first on a weak danger sign; the Kindertelefoon for a child (who sounds like one now, or
    did earlier in the conversation: `child`) in the route's number message itself, and right after
    it 113 for someone who harms themselves or told of thoughts of suicide in the message before
    (`earlier`), and ways to get help without calling when calling is not possible."""
    if not text or text.startswith("/"):
        return messages
    danger = detect_danger(text)
    first_line = messages[0]["text"].split("\n", 1)[0] if messages else ""
    # Where the route's own number line is: the added lines go with it or right after it.
    number_at = 0
    if danger and "112" not in first_line:
        messages = route_messages("gevaar_eerst") + messages
        number_at = 1
    # A child reads the Kindertelefoon in the same message as the first number, not below it. Not a
    # professional passing on a child's words ("een kind vertelt dat papa mama slaat").
    if (child or sounds_like_a_child(text)) and not _mentions(messages, "Kindertelefoon") and (
            not works_with_the_meldcode(text)) and not detect_profession(text):
        # (nor one who signs with a role: "pedagogisch medewerker kdv. een peuter zei 'papa doet pijn
        # bij mijn plassertje'" got "Ben je een kind of jongere?")
        child_line = route_messages("acuut_kind_extra")
        if number_at < len(messages):
            joined = dict(messages[number_at], text=messages[number_at]["text"] + "\n" + child_line[0]["text"])
            messages = messages[:number_at] + [joined] + messages[number_at + 1:]
        else:
            messages = messages + child_line
    after_number = min(number_at + 1, len(messages))
    # (also the message after it: "ik wil niet dat mn vader het weet" from a girl of 15 who cuts herself
    # got no 113 in the twenty-fifth session's probe)
    if (hurts_themselves(text) or (earlier and not earlier.startswith("/") and hurts_themselves(earlier))) and not _mentions(
            messages, "113"):
        messages = messages[:after_number] + route_messages("zelfbeschadiging_extra") + messages[after_number:]
    said_before = detect_danger(earlier) if earlier and not earlier.startswith("/") else None
    if said_before and said_before.kind == "suicide" and not _mentions(messages, "113"):
        messages = messages[:after_number] + route_messages("acuut_suicide_extra") + messages[after_number:]
    if tells_an_adult([*typed, text]) and not child:
        messages = [dict(m, text=for_an_adult(m["text"])) for m in messages]
    if cannot_call(text) and not _mentions(messages, "112NL"):
        messages = messages[:after_number] + route_messages("niet_bellen") + messages[after_number:]
    if expects_someone_sent(text):
        messages = messages[:after_number] + route_messages("niemand_sturen") + messages[after_number:]
    return messages


# An address typed into the chat, or a plea to send someone ("kan iemand naar mij toe komen ik woon op
# de dorpsstraat 12 en papa is dronken"): the chat cannot send anyone nor see where one is, and the
# address does not belong here; 112 does.
_ADDRESS = re.compile(r"\b([a-z]+(straat|laan|weg|plein|gracht|dijk|kade|singel|hof|pad|steeg|dreef|erf|park|ring)|"
                      r"straat) \d{1,4}( ?[a-z])?\b|"
                      # a postcode, not a year before a short word ("in 2019 is hij ...")
                      r"\b[1-9]\d{3} ?(?!(en|is|in|op|of|de|om|te|er|ze|je|we|al|na|ik|zo|nu|ja|km|kg|cm|mm|ml|uur)\b)[a-z]{2}\b")
_SEND_SOMEONE = re.compile(r"\b(stuur|stuurt|sturen) (\w+ )?(iemand|hulp|de politie|politie|een auto)\b|"
                           r"\b(kan|kunnen|kun) (er )?(iemand|jullie|de politie) (\w+ )?(naar mij|naar me|naar ons|hierheen) "
                           r"(toe )?(komen|gaan)\b")


def expects_someone_sent(text: str) -> bool:
    folded = fold(text or "")
    return bool(_ADDRESS.search(folded) or _SEND_SOMEONE.search(folded))


# The 112 question said again in one reply: an answer that opens with it ("Ben je nu in gevaar? Bel
# 112. Wat thuis gebeurt ...") after a route's number line that already said it, or a route's line
# after "Is er nu gevaar? Bel 112." put first (twenty-second session's probe: three times in one reply).
_THE_112_QUESTION = re.compile(
    r"(?:^|(?<=\s))(Ben je nu in gevaar|Bent u nu in gevaar|Is er nu gevaar|Is er acuut gevaar|Is er nog gevaar|In gevaar)"
    r"\? Bel 112\.(?=\s|$)")


def _without_the_112_question(text: str) -> str:
    """The text without the 112 question; a line that held only that question goes, blank lines
    between paragraphs stay."""
    lines = []
    for line in text.split("\n"):
        left = re.sub(r"  +", " ", _THE_112_QUESTION.sub("", line)).strip()
        if left or not line.strip():
            lines.append(left)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def without_repeated_112(messages: List[Dict]) -> List[Dict]:
    """The reply's messages, with the 112 question left out of a later message when an earlier
    message of the same reply already gives 112; a message left with nothing goes, unless it has buttons."""
    result: List[Dict] = []
    for message in messages:
        text = message["text"]
        if any("112" in m["text"] for m in result) and _THE_112_QUESTION.search(text):
            left = _without_the_112_question(text)
            if not left and not message.get("buttons"):
                continue
            message = dict(message, text=left or text)  # (buttons need a line to stand under)
        result.append(message)
    return result



# Lines that a conversation needs once, not in every turn (twenty-third session's probe): "Ben je
# jonger dan 18? ... Kindertelefoon" under each answer to an adult who never said their age, and
# the meldcode's whole next step under each of a professional's answers; the second time the
# next step is only its question, with its buttons.
_NEXT_STEP, _NEXT_STEP_SHORT = "meldcode_volgende_stap", "meldcode_volgende_stap_kort"


def without_lines_said_before(messages: List[Dict], said_before: str, child: bool = False) -> List[Dict]:
    """The reply without the lines the bot already said earlier in this conversation
    (`said_before`: its earlier messages' texts, joined). A child keeps the Kindertelefoon."""
    if not said_before:
        return messages
    result: List[Dict] = []
    if _UNDER_18_LINE.search(said_before) and not child:
        messages = [dict(m, text=for_an_adult(m["text"])) for m in messages]
    next_step = route_messages(_NEXT_STEP)[0]["text"]
    for message in messages:
        if message["text"] == next_step and next_step in said_before:
            message = dict(message, text=route_messages(_NEXT_STEP_SHORT)[0]["text"])
        if message["text"].strip() or message.get("buttons"):
            result.append(message)
    return result
