"""The 'u' register for professionals: 'je/jij/jouw' -> 'u/uw' with the verb adjusted."""
import re
from typing import Tuple

_PREPOSITIONS = {"aan", "bij", "met", "van", "na", "in", "op", "voor", "over", "door", "uit", "naar", "tegen",
                 "zonder", "onder", "tussen", "binnen", "achter", "tot", "via", "per", "vanuit", "rond", "om"}
_CONJUNCTIONS = {"als", "dat", "of", "wat", "wie", "waar", "hoe", "die", "omdat", "wanneer", "zodat", "voordat",
                 "nadat", "tenzij", "waarom", "welke", "terwijl", "zoals", "en", "maar", "want", "dan", "waardoor",
                 "waarmee", "waarin", "waarover", "hoewel", "zodra", "indien", "mits", "welk", "totdat", "opdat"}
_PARTICLES = {"mee", "af", "terug", "toe", "aan", "op", "uit", "na", "in", "bij", "door", "om", "over", "voor",
              "ook", "niet", "wel", "dan", "verder", "zelf", "te", "al", "nog", "snel", "graag", "altijd", "meteen"}
_NOUNS = {"aandachtsfunctionaris", "baby", "client", "cliënt", "clienten", "cliënten", "organisatie", "collega", "collega's",
          "eigen", "leidinggevende", "beroep", "beroepsgroep", "melding", "werkgever", "afweging", "dossier", "team",
          "zorgen", "zorg", "vermoeden", "rol", "werk", "verantwoordelijkheid", "gesprek", "signalen", "patiënt",
          "patient", "leerling", "leerlingen", "vragen", "vraag", "twijfel", "instelling", "praktijk", "school",
          "gegevens", "aantekeningen", "verslag", "kennis", "eerste", "contact",
          # family: "als je kind je mishandelt" -> "als uw kind u mishandelt", not "als u kind"
          "kind", "kinderen", "ouders", "ouder", "vader", "moeder", "partner", "zoon", "dochter", "gezin", "familie",
          # "zoals je juf of meester, of je opa of oma" (a child's text read to a teacher)
          "juf", "meester", "mentor", "leraar", "leerkracht", "opa", "oma", "broer", "zus", "vriend", "vriendin",
          "huisarts", "naam", "telefoon", "verhaal", "situatie", "casus"}
# Who does it, before a verb: then 'je' after the verb is its object ("Ik wil je niets verkeerds
# vertellen", "Veilig Thuis kan je vraag beantwoorden"), not an inverted subject ("dan meld je").
_SUBJECTS = {"ik", "we", "wij", "hij", "zij", "ze", "men", "iemand", "niemand", "die", "dat", "het", "dit", "wie", "thuis",
             "telefoon", "politie", "huisarts", "team", "organisatie"}
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
          "hoorde", "zag", "had", "was", "kon", "wist", "moest", "deed", "wilde", "mocht", "licht", "betrek",
          "overweeg", "zeg", "bereik", "verwacht", "ontvang", "herken", "bewaar", "stuur", "kies", "probeer",
          "vermoed", "vertrouw", "zorg", "krijg", "mail", "chat", "app", "verstuur", "bescherm", "informeer", "durf"}
_TOKEN = re.compile(r"\{[^}]*\}|[\w'’-]+|\s+|[^\w\s]", re.UNICODE)
_SENTENCE_END = {".", "?", "!", ":", ";", "\n"}
# "als je je zorgen maakt", and inverted "Maak je je zorgen?": 'zich', not 'uw zorgen'.
_REFLEXIVE = re.compile(r"\bzorgen (maakt|maken|maakte)\b|\bmaak(te)? (je|jij) je zorgen\b", re.IGNORECASE)
# "Mag je ex de kinderen zien?": after a question's first verb that a third person can do, a person
# followed by more words is 'your ex' (uw ex), not 'may you' ("Hebt u kinderen?" keeps 'u').
_PERSONS = {"ex", "baby", "partner", "kind", "kinderen", "ouders", "ouder", "vader", "moeder", "zoon", "dochter", "collega",
            "client", "cliënt", "leerling", "patiënt", "patient", "man", "vrouw", "vriend", "vriendin"}
_THIRD_PERSON_VERBS = {"mag", "kan", "zal", "moet", "wil", "weet", "zou", "mocht", "kon", "wilde", "moest", "gaat"}


# Words after an object 'je' that show it is no possessive: "Ik wil je niets vertellen".
_NOT_AFTER_UW = {"niets", "niks", "iets", "graag", "alles", "wat", "dat", "dit", "het", "een", "de", "hier", "daar",
                 "helpen", "vertellen", "laten", "geven", "sturen", "bellen", "vragen", "zeggen"}


def _finite_verb(word: str) -> bool:
    """'doet', 'wilt': a verb with its -t ("als iemand met je doet wat je niet wilt")."""
    return (word.endswith("t") and word[:-1] in _STEMS) or word in _IRREGULAR.values()


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

    # Quoted speech ("Misschien moet ik met iemand overleggen om je te helpen") is said to a
    # child or client and keeps its 'je'.
    quoted, inside = set(), False
    for i, token in enumerate(tokens):
        if token in ('"', "“", "„", "”"):
            inside = token in ("“", "„") or (token == '"' and not inside)
        elif inside:
            quoted.add(i)

    subject_at = set()
    for n, i in enumerate(words):
        if i in quoted:
            continue
        token = tokens[i]
        lower = token.lower()
        if lower in ("jouw",):
            out[i] = _cap("uw", token)
            continue
        if lower in ("jij", "jou"):
            out[i] = _cap("u", token)
            subject_at.add(i)
            prev_i = words[n - 1] if n > 0 else None
            if lower == "jij" and prev_i is not None and tokens[prev_i].lower() in _STEMS | set(_IRREGULAR):
                # the verb before an inverted 'jij': "Dan ben jij slachtoffer" -> "Dan bent u slachtoffer"
                # (fortieth session: "Dan ben u slachtoffer")
                out[prev_i] = _u_form(tokens[prev_i])
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
            out[i] = "uw" if nxt_is_word and nxt not in _PARTICLES and not _finite_verb(nxt or "") else "u"
        elif prev in _CONJUNCTIONS:
            out[i] = "uw" if nxt in _NOUNS and nxt != "zorgen" else "u"
            subject_at.add(i)
        elif prev_i is not None and (prev in _STEMS or prev in _IRREGULAR):
            prev_first = words.index(prev_i) == 0 or words[words.index(prev_i) - 1] < start or \
                tokens[words[words.index(prev_i) - 1]] in _SENTENCE_END
            before_verb = None if prev_first else tokens[words[words.index(prev_i) - 1]].lower()
            if before_verb in _SUBJECTS:
                # "Ik wil je niets verkeerds vertellen": the verb is the subject's; 'je' its object
                out[i] = "uw" if nxt_is_word and nxt not in _PARTICLES and nxt not in _NOT_AFTER_UW else "u"
            elif prev_first and not question and nxt_is_word:
                # imperative + possessive: "Bespreek je zorgen met ..."
                out[i] = "uw"
            elif prev_first and question and prev in _THIRD_PERSON_VERBS and nxt in _PERSONS and \
                    n + 2 < len(words) and re.match(r"\w", tokens[words[n + 2]]):
                out[i] = "uw"
            else:
                out[prev_i] = _u_form(tokens[prev_i])
                out[i] = "u"
                subject_at.add(i)
        else:
            reflexive = nxt == "zorgen" and _REFLEXIVE.search(sentence)
            out[i] = "zich" if reflexive else ("uw" if nxt in _NOUNS else "u")
    return "".join(out)
