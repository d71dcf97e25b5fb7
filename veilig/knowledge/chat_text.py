"""A chat message made into the question it asks, before the knowledge search reads it.

People type in a chat as they talk: "hoi, vraagje: wat is een huisverbod eig?? alvast bedankt!".
The greeting, the thanks and the shorthand are no part of the question, yet the search counts every
word it does not know as a heavy part of the question it cannot explain, and the letter and meaning
comparisons see a different sentence. So greetings at the start and thanks at the end go, chat
shorthand is written in full ('eig' -> 'eigenlijk', "m'n" -> 'mijn'), repeated question marks
become one, an age as an ordinal is its number ('tot haar 16de' -> 'tot haar 16'), and the formal
"Wat verstaan we onder ..." is read as "Wat is ...". Only the knowledge
search reads the result: danger and need are judged on the message as it was written.
"""
import re

# A greeting or opening that only announces the question, at the start of the message.
_OPENING = re.compile(
    r"^\s*(?:(?:(?:hoi|hallo|hey|hee|hei|hi|hoy|goedemorgen|goedemiddag|goedenavond|goeienavond|goeiemorgen|"
    r"goeiemiddag)\b|(?:beste|dag)(?=\s*[,!.]))[\s,!.:;-]*)?"
    r"(?:(?:ik\s+heb\s+(?:een|n)\s+)?(?:vraag|vraagje)\s*[:,.!-]\s*|ik\s+heb\s+(?:een|n)\s+(?:vraag|vraagje)\b[\s,.:;-]*)?",
    re.IGNORECASE)

# Thanks, signatures and asking the room, at the end of the message (repeated: "thx alvast bedankt").
# A laugh stays: it tells a joke ('wil je met me trouwen haha'), and the search should not answer that.
_CLOSING = re.compile(
    r"(?:[\s,.;:-]*(?:alvast\s+(?:bedankt|dank(?:\s*je(?:\s*wel)?)?)|bij\s+voorbaat\s+dank|bvd|thx|thanks|tnx|thnx|"
    r"dank\s*je(?:\s*wel)?|dank\s+u(?:\s+wel)?|bedankt|merci|groetjes|groeten|mvg|gr|pls|plz|please|aub|svp|"
    r"weet\s+iemand\s+(?:dat|dit|het)|iemand\s+(?:een\s+)?idee|xx+)[\s!.?]*)+$",
    re.IGNORECASE)

# Chat shorthand as people type it, spelled in full.
_SHORTHAND = {
    "eig": "eigenlijk", "eigl": "eigenlijk", "mss": "misschien", "misch": "misschien", "wss": "waarschijnlijk",
    "ff": "even", "idd": "inderdaad", "iig": "in ieder geval", "evt": "eventueel", "bv": "bijvoorbeeld",
    "bijv": "bijvoorbeeld", "ipv": "in plaats van", "ivm": "in verband met", "zgn": "zogenaamd",
    "wrm": "waarom", "wnr": "wanneer", "nie": "niet", "nix": "niets", "mn": "mijn", "zn": "zijn",
    "jwz": "je weet wel", "vr": "voor", "n": "een", "t": "het", "k": "ik", "as": "als", "da": "dat", "nt": "niet",
    "tog": "toch", "kzou": "ik zou", "kweet": "ik weet", "kheb": "ik heb", "kben": "ik ben",
    "vt": "Veilig Thuis", "dankje": "dank je", "dankuwel": "dank u wel",
}
_SHORTHAND_WORD = re.compile(r"(?<![\w'’-])(" + "|".join(sorted(_SHORTHAND, key=len, reverse=True)) + r")(?![\w'’-])",
                             re.IGNORECASE)
# Elided words: "m'n", "z'n", "d'r", "'t", "'n" (with a straight or curly apostrophe).
_ELIDED = [(re.compile(r"\bm['’]n\b", re.IGNORECASE), "mijn"), (re.compile(r"\bz['’]n\b", re.IGNORECASE), "zijn"),
           (re.compile(r"\bd['’]r\b", re.IGNORECASE), "haar"), (re.compile(r"(?<!\w)['’]t\b", re.IGNORECASE), "het"),
           (re.compile(r"(?<!\w)['’]n\b", re.IGNORECASE), "een")]
_REPEATED = re.compile(r"([?!.])[?!.]+")
# An age as an ordinal ("verboden tot haar 16de", "vanaf je 12e"): the number, as the entries write it.
_ORDINAL_AGE = re.compile(r"\b(1\d|[2-9])(?:de|ste|e)\b", re.IGNORECASE)
# The formal way to ask what a word means, as FAQ pages write it: "Wat verstaan we onder triage?",
# "Wat wordt verstaan onder ...", "Wat verstaat men onder ...". Its words are no part of the topic
# but pull towards entries whose synonyms happen to contain them; the search reads "Wat is ...".
_DEFINITION = re.compile(
    r"^wat\s+(?:verstaan\s+(?:we|wij|jullie|ze|zij|je|u)\s+(?:(?:precies|eigenlijk|nu)\s+)?onder|"
    r"verstaat\s+(?:men|u|je|jij)\s+(?:(?:precies|eigenlijk|nu)\s+)?onder|"
    r"wordt\s+(?:er\s+)?(?:(?:precies|eigenlijk)\s+)?verstaan\s+onder)\b", re.IGNORECASE)


def _shorthand(match: "re.Match") -> str:
    word = match.group(1)
    # Three or more capitals make an abbreviation, which is kept as written ("EVT" is not "eventueel").
    return word if word.isupper() and len(word) > 2 else _SHORTHAND[word.lower()]


def spelled_out(text: str) -> str:
    """Chat shorthand and elided words written in full ("m'n pa slaat me as ik nie luister" ->
    "mijn pa slaat me als ik niet luister"); greetings and thanks stay."""
    for pattern, full in _ELIDED:
        text = pattern.sub(full, text)
    return _ORDINAL_AGE.sub(r"\1", _SHORTHAND_WORD.sub(_shorthand, text))


# A part in brackets inside a word, as pages write both forms: "OUDERENMIS(BE)HANDELING", "vriend(in)",
# "(kinder)mishandeling". The search would read 'mis', 'be', 'handeling'; it reads the whole word.
_BRACKETED_IN_A_WORD = re.compile(r"(?<=\w)\((\w{1,12})\)(?=\w)|(?<=\w)\((\w{1,12})\)|\((\w{1,12})\)(?=\w)")


def _without_bracketed_parts(text: str) -> str:
    # infix and suffix dropped (mishandeling, vriend), prefix kept (kindermishandeling)
    return _BRACKETED_IN_A_WORD.sub(lambda m: m.group(3) or "", text)


# "komen ze er dan achter dat ik het was?": the entries say 'erachter komen'; the split form leaves 'er'
# and 'achter', which the search passes over (the tenth tuning conversations).
_SPLIT_ERACHTER = re.compile(r"\b(kom|komt|komen|kwam|kwamen)((?: \w+){0,2}?) er((?: \w+){0,2}?) achter\b",
                             re.IGNORECASE)


def _erachter_joined(text: str) -> str:
    return _SPLIT_ERACHTER.sub(lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)} erachter", text)


# Words that carry no subject: "Maar hoe werkt Veilig Thuis eigenlijk?" asks "hoe werkt Veilig Thuis"
# (a known phrasing, which 'maar' and 'eigenlijk' kept from being recognised; the thirteenth set).
# Not 'en': a follow-up's "en wat doet Veilig Thuis daar dan mee" lost its answer without it.
_LEADING_CONJUNCTION = re.compile(
    r"^\s*maar\s+(?=(?:hoe|wat|wie|waar|wanneer|waarom|welke|welk|kan|kun|mag|moet|is|zijn|heb|ben)\b)",
    re.IGNORECASE)
_FILLER = re.compile(r"\s+eigenlijk\b", re.IGNORECASE)


def plain_question(text: str) -> str:
    """The question without greeting, thanks and shorthand; the text itself when nothing is left."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    question = _OPENING.sub("", _erachter_joined(_without_bracketed_parts(text)), count=1)
    question = spelled_out(_CLOSING.sub("", question))
    question = _REPEATED.sub(r"\1", question).strip()
    question = _FILLER.sub("", _LEADING_CONJUNCTION.sub("", question, count=1))
    question = _DEFINITION.sub("Wat is", question, count=1)
    return question if re.search(r"\w", question) else text
