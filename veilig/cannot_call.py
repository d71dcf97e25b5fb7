"""Does the writer say that calling is not possible or not safe (deaf, can't talk, he hears
everything)? Then every answer also offers the ways to get help without calling."""
import re

from veilig.text import fold

_CANNOT_CALL = re.compile(
    r"\b(?:(kan|kun|durf|mag) (ik )?(het )?(niet|nie) (veilig )?(te )?(bellen|praten|telefoneren|hardop praten)|"
    r"(bellen|telefoneren) (is|lukt|gaat) (bijna |haast |echt )?(niet|nie)|niet (veilig )?(kan|kunnen) bellen|geen (beltegoed|telefoon)|"
    # the phone taken away: "mijn man heeft mijn telefoon afgepakt"
    r"(mijn|mn|m n) (telefoon|mobiel|gsm) (\w+ ){0,2}(afgepakt|afgenomen|ingepikt|afgesloten|kapot gemaakt|kapotgemaakt)|"
    r"(pakt|pakte|neemt|nam) (\w+ ){0,2}(mijn|mn|m n) (telefoon|mobiel|gsm) (\w+ )?af|"
    r"(hij|zij|ze) (hoort|luistert|kijkt) (alles|mee)|(hoort|luistert) (alles|mee)|"
    r"(kan|kun|mag) ((ik|je|jij) )?(ook |ergens |hier |jullie |iemand |met iemand |gewoon |gwn |ook gewoon )?(ook )?(mailen|e ?mailen|chatten|appen|whatsappen|sms en|sms|typen)|"
    r"(mailen|chatten|appen|whatsappen) (in plaats van|ipv) bellen|"
    # not wanting or daring to call: "ik wil praten met iemand maar niet bellen"
    r"(wil|durf) (ik )?(\w+ ){0,2}(liever )?(niet|nie) (te )?bellen|(maar|liever) (niet|nie) bellen|zonder te bellen|"
    # (also "ik hoor erg slecht, telefoneren gaat bijna niet meer", the tenth tuning conversations)
    r"doof|doven|slechthorend\w*|slecht horen|hoor (erg |heel |zo |steeds |bijna )?(slecht|niks|niets)(?! (meer|van|terug)\b)|"
    r"spraakbeperking|kan niet spreken|"
    # someone at home would hear the call: "wat als papa het hoort", "en als hij me hoort bellen"
    r"(wat|en) als (papa|mama|hij|zij|ze|mijn \w+|mn \w+) (het |me |mij )?(hoort|hoorde|merkt|ziet)( bellen)?$)\b"
)


# Forbidden to call one's family or friends is isolation, told as a sign ("ik mag niet bellen met mijn
# familie"), not that calling for help is impossible.
_CALLING_SOMEONE_CLOSE = re.compile(
    r"\b(mag|mocht|kan|durf) (ik )?(niet|nie) (te )?(bellen|praten) met (mijn|mn|m n) (familie|moeder|vader|ouders|"
    r"zus|broer|vrienden|vriendinnen|vriendin|vriend)\b")


def cannot_call(text: str) -> bool:
    folded = fold(text)
    return bool(_CANNOT_CALL.search(_CALLING_SOMEONE_CLOSE.sub(" ", folded)))


# Calling is not safe because someone at home would hear it: the writer fears that person
# ("ik kan niet bellen want hij is thuis", "hij luistert mee").
_SOMEONE_LISTENS = re.compile(
    r"\b((hij|zij|ze|mijn man|mn man|mijn vrouw|mn vrouw|mijn vriend|mn vriend|mijn partner) "
    r"(is|zit|ligt|blijft) (\w+ )?(thuis|hier|in huis|beneden|boven|naast me|naast mij)|"
    r"(hij|zij|ze) (hoort|luistert|kijkt) (alles|mee)|(hoort|luistert) (alles|mee))\b")


def someone_at_home_would_hear(text: str) -> bool:
    """The writer cannot call because someone at home would hear it: a victim, not a bystander."""
    folded = fold(text)
    return cannot_call(text) and bool(_SOMEONE_LISTENS.search(folded))
