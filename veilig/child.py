"""Does the writer sound like a child or teenager, speaking about their own home? Then the
Kindertelefoon is added to any route, whatever intent the classifier chose (actions/send.py).
The line says "Ben je een kind of jongere?", so an adult who sounds like a child loses nothing."""
import re

from veilig.text import fold

_CHILD = re.compile(
    r"\b(ik ben (1[0-7]|[6-9])( jaar)?|ik zit in (groep|de brugklas|klas|de klas)|brugklas|"
    r"mijn (juf|meester|mentor)|mn (juf|meester|mentor)|papa|mama|mn (vader|moeder|pa|ma|stiefvader|stiefmoeder)|"
    r"(vriend|vriendje|vriendin|vriendinnetje) van (1[2-7])|mijn (stiefvader|stiefmoeder)|"
    r"mag (niet|nooit) (naar buiten|buiten spelen)|straf (krijg|krijgen)|op mijn kamer|"
    r"(mijn|mn) (broertje|zusje)|(mijn|mn) ouders\b.*\b(mij|me)|"
    r"(mijn|mn) (vader|moeder|stiefvader|stiefmoeder|pa|ma)\b.*\b(mij|me) en (mijn|mn))\b"
)


def sounds_like_a_child(text: str) -> bool:
    return bool(_CHILD.search(fold(text)))
