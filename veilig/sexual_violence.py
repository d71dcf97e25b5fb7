"""Does a message tell of sexual violence done to the writer or someone close?

Used by the decision order: someone who writes that they were raped, assaulted or abused gets
the Centrum Seksueel Geweld route, also when the classifier reads the story as a victim of other
violence, as unclear or as not ours. Deterministic, on folded text (lowercase, no accents).
"""
import re

from veilig.text import fold

_SEXUAL_VIOLENCE = re.compile(
    r"\b(verkracht\w*|aangerand|aanrand\w*|aanranding|seksueel (misbruikt|misbruik\w*|geweld|benaderd|lastig ?gevallen)|"
    r"misbruikt (me|mij|haar|hem)|(me|mij) (seksueel )?misbruikt|betast\w*|bevredig\w*|pijpen|gepijpt|"
    r"ongewenst\w* (seks|aanraking\w*|betasting)|aan (me|mij) (gezeten|zitten|zat)|"
    r"(zat|zit) (hij|ze|zij) aan (me|mij)|seks (tegen|zonder) (mijn|haar) (wil|zin)|tegen mijn wil)\b"
)


def tells_of_sexual_violence(text: str) -> bool:
    return bool(_SEXUAL_VIOLENCE.search(fold(text or "")))
