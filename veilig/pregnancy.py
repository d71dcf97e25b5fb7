"""A woman hurt by her partner while pregnant ("ik ben 5 maanden zwanger en mijn vriend heeft me tegen
mn buik geschopt"). The victim's route gives its general advice; she also needs to hear that violence
often gets worse in pregnancy and harms the unborn child, and that her gynaecologist or midwife can
be told: the answer on violence during pregnancy after the number (actions/routes.py). One who was
hit, kicked or pushed needs first to be checked by her midwife or the hospital, as a blow to the
belly can harm her and the baby even when it seems light ("moet ik naar het ziekenhuis?")."""
import re

from veilig.text import fold

PREGNANCY_ENTRY = "geweld-tijdens-zwangerschap"
HURT_WHILE_PREGNANT_ENTRY = "zwanger-en-geslagen-laat-je-nakijken"

# The writer herself pregnant: 'ik ben zwanger', 'ik ben 5 maanden zwanger', 'tijdens mijn
# zwangerschap', 'nu ik zwanger ben'; not 'mijn zus is zwanger'.
_PREGNANT = re.compile(r"\b(ik ben (\w+ ){0,3}zwanger|(nu|terwijl|sinds|omdat) ik zwanger (ben|was|werd)|"
                       r"(tijdens|in) mijn zwangerschap|ik (was|werd) zwanger|zwanger van (hem|zijn kind))\b")


def tells_of_violence_while_pregnant(text: str) -> bool:
    return bool(_PREGNANT.search(fold(text or "")))


# A blow, kick, push or fall told, or the belly named: 'geschopt', 'duwde me', 'tegen mn buik'.
_BLOW = re.compile(r"\b(ge)?(sla\w*|sloeg\w*|slaat|schop\w*|geschopt|trap\w*|getrapt|duw\w*|geduwd|stomp\w*|"
                   r"klap\w*|gevallen|val|viel|buik)\b")


def tells_of_a_blow_while_pregnant(text: str) -> bool:
    return tells_of_violence_while_pregnant(text) and bool(_BLOW.search(fold(text or "")))
