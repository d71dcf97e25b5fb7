"""Text normalisation used for matching: case and accents folded, punctuation to spaces."""
import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """'Één Oude-IJsselstreek!' -> 'een oude ijsselstreek'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", stripped.lower()).strip()


def squash(text: str) -> str:
    """Folded text without spaces, for names typed without spaces or hyphens."""
    return fold(text).replace(" ", "")
