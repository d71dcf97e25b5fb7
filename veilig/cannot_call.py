"""Does the writer say that calling is not possible or not safe (deaf, can't talk, he hears
everything)? Then every answer also offers the ways to get help without calling."""
import re

from veilig.text import fold

_CANNOT_CALL = re.compile(
    r"\b(?:(kan|kun|durf|mag) (ik )?(het )?(niet|nie) (veilig )?(te )?(bellen|praten|telefoneren|hardop praten)|"
    r"bellen (is|lukt|gaat) (niet|nie)|niet (veilig )?(kan|kunnen) bellen|geen (beltegoed|telefoon)|"
    r"(hij|zij|ze) (hoort|luistert|kijkt) (alles|mee)|(hoort|luistert) (alles|mee)|"
    r"kan (ik )?(ook )?(mailen|e ?mailen|chatten|appen|whatsappen|sms en|sms|typen)|"
    r"(mailen|chatten|appen|whatsappen) (in plaats van|ipv) bellen|"
    r"doof|doven|slechthorend\w*|slecht horen|hoor (slecht|niks|niets)|spraakbeperking|kan niet spreken)\b"
)


def cannot_call(text: str) -> bool:
    return bool(_CANNOT_CALL.search(fold(text)))
