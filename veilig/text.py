"""Text normalisation used for matching: case and accents folded, punctuation to spaces."""
import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def without_accents(text: str) -> str:
    """Lowercase without accents, punctuation kept: 'Cliënt.' -> 'client.'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def fold(text: str) -> str:
    """'Één Oude-IJsselstreek!' -> 'een oude ijsselstreek'."""
    return _NON_WORD.sub(" ", without_accents(text)).strip()


# Chat shorthand and common misspellings of the words the audience checks read ("ik bn bang vn mn
# man ... agresief tegn mij" is a victim; with these words unread, the classifier's 'pleger' stood).
_CHAT_WORDS = {"bn": "ben", "vn": "van", "tegn": "tegen", "tege": "tegen", "agresief": "agressief",
               "aggresief": "agressief", "agressif": "agressief", "agresif": "agressief", "wrd": "word", "wrdt": "wordt",
               "nt": "niet", "hm": "hem", "zn": "zijn", "dn": "dan", "slaad": "slaat", "schopd": "schopt",
               "bng": "bang", "altyd": "altijd"}


def chat_words(text: str) -> str:
    """The text with chat shorthand written out ('ik bn bang vn hem' -> 'ik ben bang van hem'); other
    words as typed."""
    return re.sub(r"[A-Za-z]+", lambda m: _CHAT_WORDS.get(m.group(0).lower(), m.group(0)), text or "")


def squash(text: str) -> str:
    """Folded text without spaces, for names typed without spaces or hyphens."""
    return fold(text).replace(" ", "")


_NON_WORD_ANY = re.compile(r"[\W_]+", re.UNICODE)
# Letters that Unicode does not decompose but people often type without their mark.
_PLAIN_LETTERS = str.maketrans({"ł": "l", "ı": "i", "đ": "d", "ø": "o", "ß": "ss"})


def fold_any(text: str) -> str:
    """Like fold, for every script: lowercase, accents and Arabic vowel marks removed, letters
    of any alphabet kept ('Он бьёт меня!' -> 'он бьет меня'; 'Bił mnie' -> 'bil mnie')."""
    decomposed = unicodedata.normalize("NFKD", (text or "").lower().translate(_PLAIN_LETTERS))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD_ANY.sub(" ", stripped).strip()


# Bulgarian in Latin letters, as people type it without a Cyrillic keyboard ("Живея в Тилбург" is
# "zhiveya v tilburg"; "съседите" is "sasedite"): place names and word lists are matched this way too.
_CYRILLIC_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya"})


def latin_letters(text: str) -> str:
    """Folded text with Cyrillic letters written in Latin ones."""
    return fold_any(text).translate(_CYRILLIC_TO_LATIN)
