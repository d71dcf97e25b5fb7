"""The language of a message: Dutch, English, Polish, Romanian, Bulgarian, Turkish or Arabic.

Lingua (lingua-language-detector), restricted to these seven languages, decides for Latin
script; Arabic and Cyrillic script decide by themselves, and so do Arabic and Bulgarian typed in
Latin letters (Arabizi, "detsata na sasedite"), which lingua does not know. A conversation stays
in its language unless a message is long enough and clearly in another one: "Venlo", "ok", "112"
or a short Dutch message typed without accents never switch it. Dutch is the default; one who
says in English that their Dutch is poor ("Sorry my Dutch bad") is answered in English.
"""
import re
import threading
from typing import Optional

from veilig.regions import find_municipality, find_other_municipality

DUTCH = "nl"
LANGUAGES = ("nl", "en", "pl", "ro", "bg", "tr", "ar")

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)

MIN_WORDS = 3          # fewer words never switch the conversation's language ...
MIN_LETTERS = 12       # ... nor fewer letters
SHORT_DUTCH_WORDS = 4  # ... nor a message this short with a word only Dutch has
SWITCH_CONFIDENCE = 0.55  # lingua's confidence needed to leave the current language ...
SWITCH_RATIO = 2.0        # ... and how many times the current language's confidence it must be
# Leaving Dutch with less confidence ("am 12 ani si tata ma bate": Romanian 0.47) when lingua finds the
# message hardly Dutch at all: lingua spreads its confidence over the others for short messages.
WEAK_SWITCH_CONFIDENCE = 0.35
MAX_DUTCH_CONFIDENCE = 0.1
# Letters that only one of the seven languages uses: they decide a short message
# ("mama bije tatę", "tata mă lovește") that lingua cannot tell apart.
_LETTER_HINTS = (("pl", re.compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻ]")), ("ro", re.compile(r"[ăâîșțţĂÂÎȘȚŢ]")),
                 ("tr", re.compile(r"[ğıİĞ]")))
# A child's age told the way only one of the languages tells it ("am 15 ani si mama ma bate": lingua
# 0.38 Romanian, 0.12 Dutch; "mam 14 lat"): a hint, as the letters above.
_AGE_HINTS = (("ro", re.compile(r"\bam \d{1,2} (de )?ani\b", re.IGNORECASE)),
              ("pl", re.compile(r"\bmam \d{1,2} (lat|lata)\b", re.IGNORECASE)))
# A word of letters with one of the digits Arabizi uses for Arabic sounds inside or at its end.
_ARABIZI_WORD = re.compile(r"[a-z]*[a-z][235679][a-z0-9]*|[235679][a-z]{2,}[a-z0-9]*")
SCRIPT_SHARE = 0.3       # share of letters in Arabic or Cyrillic script that decides by itself
# Arabizi typed without digits ("zawji bidrobni w byakhod kel masari"): words of everyday Arabic in
# Latin letters that none of the other six languages has - my husband / my wife, (he) hits me / her /
# us, (he) takes, my money, yesterday, also, I want. Not the words Dutch street language borrows
# (wallah, yalla, habibi, inshallah): a Dutch message must stay Dutch.
_ARABIZI_LEXICON = re.compile(
    r"(zawji|zoji|jozi|zawgi|gozi|rajli|mrati|\w*(drob|drab|darab|darb|dreb)(ni|na|ha|hom|o|ak|ik)|"
    r"\w*(akhod|akhud|akhed)(ni|li|lna|o|ha)?|masari|flousi|fulusi|mbareh|embareh|imbareh|lbareh|kaman|kamaan|"
    r"baddi|beddi|bghit|3ayez|3ayza|ayez|ayza|sekkine|sikkine|sakkine|khayfa|khayfe|khayef|5ayfa|5ayef)"
)

# Bulgarian typed in Latin letters ("detsata na sasedite sa postoyanno sami"): everyday words that none of
# the other six languages writes this way. At least two of them and a fifth of all words, as for Arabizi.
_LATIN_BULGARIAN = re.compile(
    r"(shte|kakvo|kade|kude|kogo|iskam|nyama|niama|mnogo|pomosht|pomogni|pomognete|deteto|detsata|dete|"
    r"roditelite|roditeli|maika|mayka|majka|bashta|sapruga|saprug|suprug|sasedi|sasedite|sasedka|zashto|"
    r"postoyanno|piyat|kaja|kazha|obadya|obadia|vkashti|vkushti|udarya|bie|tya|trqbva|tryabva|trabva|"
    r"plasha|zaplashva|malko|sega|tuk|mozhe|chovek|zhena|mazh|muzh|pijan|piyan|prebi|ubie|ubiya|nozh|"
    r"politsiya|podam|molya|blagodarya|zdravei|zdrasti|sestra|dyado|lelya|strah|udari|tragna|kashti|"
    r"mazhat|muzhat|mazha|muzha|govorya|niderlandski|holandski|balgarski|bulgarski|bezplatno|pomosh|"
    r"detsa|sapruzi|shefat|shefa|rabotodatel|rabotodatelqt|rabotodatelyat|rabotodatelya|pasporta|plashta|"
    r"kashta|kashtata|jiveem|zhiveem|zhivea|negovata|negoviya|vze|vzema|vzemat|decata|spq|spya|dnes|"
    r"parite|rabota|rabotya|zaplata|zaplatata)"
)
# A cry for help alone ("pomocy", "ajutor", "yardim edin", "помощ", "ساعدوني") is too short for lingua
# and got a Dutch "Sorry, dat begrijp ik niet": its language answers, with 112 first. ('help' is
# Dutch too, and Dutch writers say 'please help': both stay Dutch, where they get 112 before the menu.)
_CRIES = (("pl", re.compile(r"^(pomocy|ratunku|na pomoc|pomozcie|pomoz mi|pomoc)( prosze| mi)?[\s!.]*$")),
          ("ro", re.compile(r"^(ajutor|ajutati-ma|ajutati ma|ajuta-ma|ajuta ma|sariti)( va rog| te rog)?[\s!.]*$")),
          ("tr", re.compile(r"^(yardim|yardim edin|imdat|yardim et|kurtarin|yetisin)( lutfen)?[\s!.]*$")),
          ("bg", re.compile(r"^(pomosht|pomogni|pomognete|pomosh)( mi| molya)?[\s!.]*$")),
          ("ar", re.compile(r"^(sa3idni|sa3edni|sa3dooni|sa3idouni|sa3douni|elha2ouni|il7a2ouni)[\s!.]*$")))
_detector = None
_lock = threading.Lock()


def _lingua():
    global _detector
    with _lock:
        if _detector is None:
            from lingua import Language, LanguageDetectorBuilder

            _detector = LanguageDetectorBuilder.from_languages(
                Language.DUTCH, Language.ENGLISH, Language.POLISH, Language.ROMANIAN, Language.BULGARIAN,
                Language.TURKISH, Language.ARABIC).build()
        return _detector


_CODES = {"DUTCH": "nl", "ENGLISH": "en", "POLISH": "pl", "ROMANIAN": "ro", "BULGARIAN": "bg", "TURKISH": "tr",
          "ARABIC": "ar"}


def _is_place(text: str) -> bool:
    return bool(find_municipality(text) or find_other_municipality(text))


def _is_arabizi(text: str) -> bool:
    """Arabic in Latin letters with digits for Arabic sounds ("3am yedrobni", "sa3douni", "a5ad"), or
    with words only Arabic has ("zawji bidrobni"): at least two such words and a fifth of all words."""
    words = [w.strip(".,!?;:'\"") for w in text.lower().split()]
    mixed = [w for w in words if _ARABIZI_WORD.fullmatch(w) or _ARABIZI_LEXICON.fullmatch(w)]
    return len(mixed) >= 2 and len(mixed) >= 0.2 * len(words)


def _is_latin_bulgarian(text: str) -> bool:
    words = [w.strip(".,!?;:'\"") for w in text.lower().split()]
    found = [w for w in words if _LATIN_BULGARIAN.fullmatch(w)]
    return len(set(found)) >= 2 and len(found) >= 0.2 * len(words)


# Short words that only Dutch has among the languages here: in a Dutch conversation, "is dat
# stalking?" asks in Dutch about a word that is also English.
_DUTCH_ONLY_WORDS = frozenset("dat het een ik mijn hij zij niet wat wie hoe dit deze die ook nog mij".split())


# Words that English has and Dutch does not (nor as a loanword Dutch chat uses): a short message
# made mostly of them ("i am 13 and my dad hits me", lingua 0.52 English) is English even when lingua
# is not sure enough to leave Dutch. Any Dutch word of its own keeps the message Dutch.
_ENGLISH_ONLY_WORDS = frozenset("""
he i am my the and you your he's she's i'm what where how who why when dad mom mum mother father husband wife
boyfriend girlfriend hits beats hurts scared afraid please need want can do does don't doesn't this that
with without if not yes us our they them their him his she hurt abuse abuses abusive call tell told report
child kids son daughter friend neighbour neighbor house work teacher student happens happened after because
about there thank thanks hello knife gun police safe kill stepdad stepmom someone anyone everyone
""".split())
_DUTCH_WORDS = _DUTCH_ONLY_WORDS | frozenset("""
de en ben heb je jij ze naar van voor met zijn haar hem maar als wil kan moet bang slaat thuis hoi doe
doet mag mn m'n wordt word wel geen nu nee ja dan bij om
""".split())
ENGLISH_WORD_SHARE = 0.5
ENGLISH_MIN_WORDS = 2


def _reads_as_english(words) -> bool:
    """Mostly words only English has, and none that only Dutch has; "thank you" alone stays in the
    conversation's language."""
    english = sum(1 for word in words if word in _ENGLISH_ONLY_WORDS)
    return (len(words) >= MIN_WORDS and english >= ENGLISH_MIN_WORDS and english >= ENGLISH_WORD_SHARE * len(words)
            and not _DUTCH_WORDS & set(words))


def _cry_language(text: str) -> Optional[str]:
    from veilig.text import fold_any

    folded = fold_any(text).replace("ı", "i")
    return next((language for language, pattern in _CRIES if pattern.match(folded)), None)


def _short_danger_language(text: str, current: str) -> Optional[str]:
    """A message too short to detect ("he has knife", "ma noz") that is danger in another language
    and not in Dutch: answer it in that language, so that 112 comes in words the person reads."""
    from veilig.danger import detect_dutch_danger
    from veilig.danger_languages import danger_language

    if current != DUTCH or detect_dutch_danger(text):
        return None
    return danger_language(text)


def _danger_speaks_for(text: str, language: str) -> str:
    """Danger told in exactly one of the other languages, and not in the detected one, decides
    the language: "pls hurry he has a gun" reads as Dutch to lingua, Bulgarian typed in Latin
    letters as Romanian; the 112 line must come in words the person reads."""
    from veilig.danger import detect_dutch_danger
    from veilig.danger_languages import languages_with_danger

    found = languages_with_danger(text)
    if len(found) != 1 or found[0][0] == language:
        return language
    if language == DUTCH and detect_dutch_danger(text):
        return language
    if language != DUTCH and any(lang == language for lang, _ in found):
        return language
    return found[0][0]


# Dutch names of services that people write inside other languages ("is it anonymous if i call veilig
# thuis?", "e gratis sa sun la veilig thuis?"): like a place name, they say nothing about the language.
_DUTCH_NAMES = re.compile(r"\b(veilig\s*thuis|kinder\s*telefoon|wijk\s*team|sociaal\s*team|huisarts|"
                          r"blijf\s*groep|slachtofferhulp|centrum\s*seksueel\s*geweld|handle\s*with\s*care|"
                          r"help\s*wanted)\b", re.IGNORECASE)


def _without_names(text: str) -> str:
    """The message without a municipality's name or a Dutch service's name, when enough words remain."""
    place = find_municipality(text)
    name = place.name if place else find_other_municipality(text)
    stripped = re.sub(re.escape(name), " ", text, flags=re.IGNORECASE) if name else text
    stripped = _DUTCH_NAMES.sub(" ", stripped)
    if stripped == text:
        return text
    return stripped if len(_WORD.findall(stripped)) >= MIN_WORDS or (name and _WORD.search(stripped)) else text


# A Dutch question about a loanword ("wat is coercive control?", "wat is grooming") is Dutch,
# however English the term looks.
_DUTCH_FRAME = re.compile(
    r"^\s*((maar|en) )?(wat|wa)\s+((is|zijn|betekent|betekend|betekenen|houdt|bedoelen ze met|bedoel je met)\s+"
    r"(een |het |de )?[\"'‘“]?[\w\- ]{2,40}[\"'’”]?( in)?|[\"'‘“]?[\w\-]{3,30}[\"'’”]? (is|betekent|inhoudt))(\s*\([\w'’\- ]{1,20}\))?\s*\??\s*$",
    re.IGNORECASE
)


# "Waarom Handle with Care?": a few Dutch words around a Dutch service's English name.
_DUTCH_QUESTION_WORDS = frozenset("waarom wat hoe wie waar wanneer welke kan mag doet werkt".split())


def _short_dutch_question_about_a_name(text: str) -> bool:
    rest = _WORD.findall(_DUTCH_NAMES.sub(" ", text).lower())
    return (bool(_DUTCH_NAMES.search(text)) and 0 < len(rest) <= 3
            and bool((_DUTCH_QUESTION_WORDS | _DUTCH_ONLY_WORDS) & set(rest)))


# The same the other way round: "what is veilig thuis?", "how does kindertelefoon work" are English.
_ENGLISH_QUESTION_WORDS = frozenset("what how who where when why does".split())


def _short_english_question_about_a_name(text: str) -> bool:
    rest = set(_WORD.findall(_DUTCH_NAMES.sub(" ", text).lower()))
    return (bool(_DUTCH_NAMES.search(text)) and 0 < len(rest) <= 3 and bool(_ENGLISH_QUESTION_WORDS & rest)
            and not (_DUTCH_QUESTION_WORDS | _DUTCH_ONLY_WORDS) & rest)


# And in the languages of labour migrants: "Ce este Veilig Thuis?", "Co to jest Veilig Thuis?" got
# the Dutch "Daar heb ik geen goed antwoord op" (the two Dutch words outweighed the rest).
_QUESTION_WORDS = (("pl", frozenset("co czym jest to jak kto gdzie robi dziala".split())),
                   ("ro", frozenset("ce este cine cum unde face e".split())),
                   ("tr", frozenset("nedir ne nasil kim nerede yapar".split())))


def _short_question_about_a_name(text: str) -> Optional[str]:
    from veilig.text import fold_any

    rest = set(_WORD.findall(fold_any(_DUTCH_NAMES.sub(" ", text))))
    if not _DUTCH_NAMES.search(text) or not 0 < len(rest) <= 3 or (_DUTCH_QUESTION_WORDS | _DUTCH_WORDS) & rest:
        return None
    return next((language for language, words in _QUESTION_WORDS if rest <= words), None)


# The writer says in English that their Dutch is poor ("Sorry my Dutch bad", "My Dutch is not so
# good", "I don't speak Dutch"), however much Dutch the rest of the message mixes in: English.
_POOR_DUTCH = re.compile(
    r"\b(my dutch (is )?(not (so |very |that )?good|bad|poor|not great|very bad|terrible)|sorry (for )?my (bad )?dutch|"
    r"i (do not|don'?t|dont|can'?t|cannot) (speak|write|read|understand) (much |good )?dutch|"
    r"(in )?english please|can (we|i|you) (speak|write|talk) (in )?english|do you speak english)\b", re.IGNORECASE)


def detect_language(text: str, current: Optional[str] = None) -> str:
    """The language to answer this message in; `current` is the conversation's language so far."""
    current = current if current in LANGUAGES else DUTCH
    if not text or text.startswith("/"):
        return current
    letters = _LETTER.findall(text)
    if not letters:
        return current
    if len(_ARABIC.findall(text)) >= SCRIPT_SHARE * len(letters):
        return "ar"
    if len(_CYRILLIC.findall(text)) >= SCRIPT_SHARE * len(letters):
        return "bg"
    if len(text.split()) <= 4 and _is_place(text):
        return current  # "Horst aan de Maas" answers the question about the municipality
    cry = _cry_language(text)
    if cry:
        return cry
    if _is_arabizi(text):
        return "ar"
    if _POOR_DUTCH.search(text):
        return "en"
    hints = [language for language, pattern in _LETTER_HINTS if pattern.search(text)] or [
        language for language, pattern in _AGE_HINTS if pattern.search(text)]
    hint = hints[0] if len(hints) == 1 else None
    if not hints and _is_latin_bulgarian(text):
        return "bg"
    if _DUTCH_FRAME.match(text) and len(text.split()) <= 6:
        return DUTCH
    if _short_dutch_question_about_a_name(text):
        return DUTCH
    if _short_english_question_about_a_name(text):
        return "en"
    asked_in = _short_question_about_a_name(text)
    if asked_in:
        return asked_in
    words = _WORD.findall(text.lower())
    if current == DUTCH and len(words) <= SHORT_DUTCH_WORDS and _DUTCH_ONLY_WORDS & set(words):
        return DUTCH
    if current == DUTCH and not hints and _reads_as_english(re.findall(r"[a-z']+", text.lower())) \
            and _lingua_best(text) == "en":
        return "en"
    if len(_WORD.findall(text)) < MIN_WORDS or len(letters) < MIN_LETTERS:
        return hint or _short_danger_language(text, current) or current
    return _danger_speaks_for(text, _by_lingua(text, current, hint))


def _lingua_best(text: str) -> Optional[str]:
    values = _lingua().compute_language_confidence_values(_without_names(text))
    return _CODES.get(values[0].language.name) if values else None


def _by_lingua(text: str, current: str, hint: Optional[str]) -> str:
    # A Dutch place or service name ("Winterswijk - where can i go ...") says nothing about the language.
    confidence = {_CODES.get(v.language.name, DUTCH): v.value
                  for v in _lingua().compute_language_confidence_values(_without_names(text))}
    language = max(confidence, key=lambda code: confidence[code]) if confidence else current
    if hint and language in (hint, current):
        return hint
    if language == current:
        return current
    best, now = confidence[language], confidence.get(current, 0.0)
    if best >= SWITCH_CONFIDENCE and best >= SWITCH_RATIO * now:
        return language
    if current == DUTCH and best >= WEAK_SWITCH_CONFIDENCE and now <= MAX_DUTCH_CONFIDENCE:
        return language
    return current
