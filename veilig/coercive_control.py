"""A partner who controls the writer without a word for blows ("mijn man kijkt altijd in mijn
telefoon en ik mag geen vriendinnen zien", "mijn vriendin wil niet dat ik met mijn familie omga").
The victim's general advice speaks of a safe place; what intimate terror is (a pattern of control,
isolation and coercion, and why it is dangerous) names what the writer lives with
(actions/routes.py). Money held is economic violence (veilig/economic_violence.py), tried first."""
import re

from veilig.text import fold

CONTROL_ENTRY = "intieme-terreur"
# A partner's jealousy is where most writers start ("is het normaal dat hij zo jaloers is?"): the
# entry on when jealousy and control are partner violence fits them better than intimate terror.
JEALOUSY_ENTRY = "jaloezie-en-controle-door-je-partner"

_PARTNER = r"(mijn|mn|m n) (vriend|vriendje|vriendin|man|vrouw|partner|echtgenoot|echtgenote|verloofde)"
_PARTNER_OR_HE = rf"({_PARTNER}|hij|ze|zij)"
_SIGNS = re.compile(
    rf"\b({_PARTNER_OR_HE} (\w+ ){{0,2}}(kijkt|checkt|controleert|leest|doorzoekt|bekijkt) (\w+ ){{0,2}}(in |door )?"
    r"(mijn|mn|m n) (telefoon|mobiel|berichten|appjes|apps|whatsapp|mail|mails|laptop|social media)|"
    rf"{_PARTNER_OR_HE} (\w+ )?(volgt|trackt|bespioneert) (\w+ )?(me|mij|mijn locatie)|"
    rf"{_PARTNER} (wil|wilt) (\w+ )?niet (meer )?dat (ik|k) (\w+ ){{0,4}}(omga|om ga|afspreek|af spreek|zie|spreek|werk|"
    r"ga werken|naar buiten ga|de deur uit ga|uitga|uit ga)|"
    rf"{_PARTNER} (bepaalt|beslist) (alles|wat ik|met wie ik|waar ik|wanneer ik|hoe ik)|"
    r"(ik|k) mag (\w+ ){0,3}(geen|niet|nooit) (\w+ ){0,2}(vriendinnen|vrienden|familie|ouders|moeder|vader|zus|broer|"
    r"collega s|mensen) (\w+ ){0,2}(zien|spreken|bellen|bezoeken|ontmoeten|afspreken|af spreken|omgaan|om gaan|appen)|"
    r"(ik|k) mag (\w+ ){0,3}(niet|nooit) (\w+ ){0,2}(alleen )?(de deur uit|naar buiten|weg|werken|sporten)|"
    # with the partner named elsewhere: "mn vriend is super jaloers leest al mn appjes en heeft mn wachtwoorden"
    r"(leest|checkt|controleert|bekijkt|doorzoekt) (\w+ ){0,2}(mijn|mn|m n) (telefoon|mobiel|berichten|appjes|apps|whatsapp|"
    r"mail|mails|laptop)|(heeft|wil|eist|vraagt|pakt) (\w+ ){0,2}(mijn|mn|m n) (wachtwoorden|wachtwoord|pincode|codes)\b|"
    r"(controleert|bepaalt) alles|(wil|moet) (\w+ )?(altijd|alles) weten (waar|wat|met wie) (ik|k)|"
    # the phone taken away, so the writer cannot reach anyone
    r"(mijn|mn|m n) (telefoon|mobiel|gsm) (\w+ ){0,2}(afgepakt|afgenomen|ingepikt|kapot gemaakt|kapotgemaakt)|"
    r"(pakt|pakte|neemt|nam) (\w+ ){0,2}(mijn|mn|m n) (telefoon|mobiel|gsm) (\w+ )?af|"
    # spyware or a tracker: "mijn vriend heeft een app op mijn telefoon gezet zodat hij weet waar ik ben"
    r"(heeft|zet|zette|installeert|installeerde) (\w+ ){0,2}(spyware|stalkerware|tracker|gps ?tracker|volgapp|spion\w*|"
    r"meekijkapp) (\w+ ){0,2}op (mijn|mn|m n) (telefoon|mobiel|laptop|auto|fiets)|"
    r"(app|programma) (\w+ ){0,6}(zodat|waarmee|om) (hij|zij|ze) (\w+ ){0,2}(weet|ziet|zien|leest|lezen|volgt|volgen|meekijkt|"
    r"mee kan kijken|meekijken)|(app|programma) (\w+ ){0,6}om (me|mij) te (volgen|bespioneren|controleren)|"
    r"(weet|ziet) (\w+ )?(altijd|steeds|precies|overal) waar (ik|k) (ben|zit|ga|was))\b")
_A_PARTNER = re.compile(rf"\b{_PARTNER}\b")


def tells_of_coercive_control(text: str) -> bool:
    """Control of the writer by a partner, named in the message."""
    folded = fold(text or "")
    return bool(_SIGNS.search(folded) and _A_PARTNER.search(folded))


_JEALOUS_PARTNER = re.compile(
    rf"\b({_PARTNER} (\w+ ){{0,2}}(is|wordt|doet|was) (\w+ ){{0,2}}(jaloers|bezitterig)|"
    rf"{_PARTNER} (\w+ ){{0,2}}(jaloers|bezitterig) (is|wordt|doet|was)|"
    rf"(jaloerse|jaloersheid van|jaloezie van) {_PARTNER}|{_PARTNER} (\w+ ){{0,2}}(jaloezie|jaloersheid))\b")


def tells_of_a_jealous_partner(text: str) -> bool:
    """The writer's partner is jealous or possessive ("mijn vriendin is super jaloers en ik mag niet
    meer met vrienden afspreken"); the writer's own jealousy ("ik ben jaloers") is not matched."""
    return bool(_JEALOUS_PARTNER.search(fold(text or "")))
