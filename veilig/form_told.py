"""The form of violence a story tells without naming it, for "is dat ook mishandeling?" asked a moment
later ("telt dat eigenlijk wel als geweld als er niet geslagen wordt" after "hij zegt de hele dag dat ik
dik en dom ben"; "is dat ook mishandeling? ze slaat ons niet" from a child who told of a mother who is
mean and of no food at home). The tenth tuning conversations got the route again or doubt in general:
the entry that explains that form answers whether it counts (actions/follow_up.py)."""
import re
from typing import Optional

from veilig.doer import puts_the_writer_down
from veilig.economic_violence import tells_of_economic_violence
from veilig.text import fold

PSYCHOLOGICAL_ENTRY = "psychisch-geweld"
EMOTIONAL_ABUSE_OF_CHILDREN_ENTRY = "emotionele-mishandeling-van-kinderen"
NEGLECT_ENTRY = "lichamelijke-verwaarlozing"
ECONOMIC_ENTRY = "economisch-geweld"
# Jealousy and control by a partner ("hij is gewoon heel jaloers en bepaalt met wie ik afspreek. telt dat
# uberhaupt", fortieth session's set 11: the victim's route again).
CONTROL_ENTRY = "jaloezie-en-controle-door-je-partner"
TEEN_CONTROL_ENTRY = "geweld-in-tienerrelaties"
_CONTROL = re.compile(
    r"\b(jaloers|bepaalt (met wie|waar|wat|wanneer|hoe)|controleert (me|mij|mijn|mn|alles)|checkt (mijn|mn) (telefoon|mobiel)|"
    r"leest (mijn|mn) (berichten|appjes|apps|whatsapp)|wil (\w+ ){0,2}weten waar ik ben|weet altijd waar ik ben)\b")

_WORDS_THAT_HURT = re.compile(
    r"\b(scheldt|schold|scheld|schelden|uitgescholden|uitschelden|kleineert|kleineerde|kleineren|vernedert|vernederde|"
    r"vernederen|(super |heel |zo |erg )?gemeen (tegen|tegenover)|bedreigt|bedreigde|dreigt|dreigde|"
    r"schreeuwt (\w+ ){0,2}tegen|negeert (me|mij|ons)|praat (\w+ ){0,2}niet (meer )?tegen (me|mij|ons))\b")
_NEGLECT = re.compile(
    r"\b((geen|nooit|niet genoeg|weinig) (eten|ontbijt|avondeten|warm eten|schone kleren|schoon ondergoed)|"
    r"(heb|hebben|heeft) (vaak |altijd |steeds )?honger|"
    r"(moet|moeten) (ik|we|wij) (\w+ ){0,2}(zelf )?voor (mijn|mn|m n|ons) (zusje|broertje|zus|broer|zusjes|broertjes) zorgen)\b")


def form_told(told: str, child: bool) -> Optional[str]:
    """The entry on the form of violence the story tells, or None when it tells none of these."""
    folded = fold(told or "")
    if child and _WORDS_THAT_HURT.search(folded):
        return EMOTIONAL_ABUSE_OF_CHILDREN_ENTRY
    if child and _NEGLECT.search(folded):
        return NEGLECT_ENTRY
    if tells_of_economic_violence(told or ""):
        return ECONOMIC_ENTRY
    if puts_the_writer_down(told or "") or _WORDS_THAT_HURT.search(folded):
        return PSYCHOLOGICAL_ENTRY
    if _CONTROL.search(folded):
        return TEEN_CONTROL_ENTRY if child else CONTROL_ENTRY
    return None
