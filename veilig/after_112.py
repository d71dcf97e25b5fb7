"""After the acute answer: the person has called 112, asks whether to go and step in, asks about
a doctor, or says they want no police.

"ik heb 112 gebeld, wat nu", "moet ik erheen gaan", "moet ik aanbellen", "moet ik naar de dokter?",
"ik wil geen politie": the acute answer again ("Is er nog gevaar? Bel 112") does not answer them.
One who called gets: stay safe until the police is there, and Veilig Thuis for what comes after;
one who wants to step in: not between them, 112 and wait at a safe distance; one hurt: a doctor
today, 112 when it is serious; one who wants no police: reporting is their choice, 112 still for
danger now, and help without police (knowledge/routes.yml, na_112, niet_ertussen, acuut_dokter,
acuut_geen_politie).
"""
import re

from veilig.text import fold

NO_ADDRESS_ENTRY = "112-bellen-als-je-niet-weet-waar-je-bent"
# Told with strangling: the acute answer's lines after 112, and after it asked whether a doctor is needed.
STRANGLING_ENTRY = "gewurgd-wat-nu"

_CALLED = re.compile(
    r"\b((ik )?(heb|hebben|had) (\w+ )?(112|de politie|politie|het alarmnummer) (al )?(gebeld|ingeschakeld|gebelt)|"
    r"(112|de politie|politie) (is|zijn) (al )?(gebeld|onderweg|gewaarschuwd)|(de )?politie (komt|is er|is hier|is geweest)|"
    # "oke ik heb gebeld, wat nu?" a moment after "Bel nu 112"
    r"(ik |we )?(heb|hebben) (net |al |nu )?(gebeld|gebelt)|"
    # "ok gebeld ze zijn er nu" (the tenth tuning conversations)
    r"^(ok |oke |okay |ja |jaa )?(net |al )?(gebeld|gebelt)|"
    # waiting for the police: "wat moet ik doen tot de politie er is" (twenty-eighth session's probe)
    r"(tot|totdat|voordat|tot dat) (de )?politie (er is|er bent|hier is|komt|aankomt|er aankomt|bij mij is))\b"
    # "politie komt toch niet", "de politie komt niet": doubt, not a call made
    r"(?! (toch |nog |ook |echt |eens )?(niet|nooit|pas)\b)")
_STEP_IN = re.compile(
    r"\b(moet|zal|kan|mag) (ik|we|wij) (\w+ ){0,2}(erheen|erheen gaan|er heen|ernaartoe|naartoe|aanbellen|aankloppen|"
    r"ertussen|er tussen|naar binnen|gaan kijken|ingrijpen|tussenbeide)\b|\b(erheen|ernaartoe|aanbellen) gaan\b")


# "ik weet het adres niet", "ik weet niet waar ik ben" a moment after "Bel nu 112": call anyway, the
# phone tells where (knowledge entry 112-bellen-als-je-niet-weet-waar-je-bent).
_NO_ADDRESS = re.compile(
    r"\b((weet|ken|kent|weten) (\w+ )?(het|dat|t|dit|ons|haar|zijn|zn) (adres|huisnummer)( \w+)? niet|"
    # without an article, as people type in a hurry or in a second language: "ik bel 112 maar weet adres
    # niet goed" (the tenth tuning conversations)
    r"(weet|ken|kent|weten) (\w+ )?(adres|huisnummer|straat|straatnaam) niet|"
    r"(weet|ken|kent|weten) (\w+ )?(de|die) (straat|straatnaam|plaats|woonplaats)( \w+)? niet|"
    r"(weet|weten) (\w+ )?niet (waar (ik|we|wij) (nu )?(ben|zijn|zit|zitten)|wat (het|t) adres is|((het|t|ons|mijn|mn) )?adres)|"
    r"geen idee (waar (ik|we) (ben|zijn|zit)|wat (het|t) adres is))\b")


def does_not_know_the_address(text: str) -> bool:
    return bool(_NO_ADDRESS.search(fold(text or "")))


def says_112_was_called(text: str) -> bool:
    return bool(_CALLED.search(fold(text or "")))


def asks_to_step_in(text: str) -> bool:
    return bool(_STEP_IN.search(fold(text or "")))


_DOCTOR = re.compile(
    r"\b((moet|kan|zal|mag|ga) (ik|we) (\w+ ){0,3}(naar )?(de |een |mijn |m n |mn )?(dokter|arts|huisarts|huisartsenpost|"
    r"eerste hulp|spoedeisende hulp|seh|ziekenhuis|verloskundige)|"
    r"(naar|bij) (de |een |mijn |m n |mn )?(dokter|huisarts|huisartsenpost|eerste hulp|spoedeisende hulp|ziekenhuis|"
    r"verloskundige)\b(\s+\w+){0,3}\s*(\?|of niet|moet|gaan)|"
    r"(ik heb|heb ik) (\w+ ){0,3}(pijn|buikpijn|hoofdpijn)|(mijn|m n|mn) (\w+ )?(buik|hoofd|nek|keel|arm|rug) doet (\w+ )?pijn|"
    r"(moet|kan) (dit|dat|het) (\w+ ){0,2}(nagekeken|bekeken|gecontroleerd) worden|"
    # pregnant and hurt: "ik voel de baby minder bewegen" (twenty-eighth session's probe)
    r"(voel|merk) (\w+ )?(de|mijn|m n|mn|het) (baby|kindje|kind) (\w+ )?(minder|niet meer|nauwelijks|niet) (bewegen|schoppen)|"
    r"(ik )?(heb )?(bloedverlies|bloed verlies)|(ik )?verlies (\w+ )?bloed|"
    # "je ziet verder niks dus dokter hoeft niet toch" (the twelfth tuning conversations)
    r"(dokter|huisarts|arts|ziekenhuis|eerste hulp) (\w+ )?(hoeft|hoef|moet|is) (\w+ )?(niet|toch|nodig)|"
    r"(mijn|m n|mn) (nek|keel|hals) is (\w+ ){0,3}(rood|blauw|dik|gezwollen))\b")
_NO_POLICE = re.compile(
    r"\b((ik )?(wil|wou) (echt |helemaal |liever )?(geen|niet de) politie|(ik )?wil niet dat (de )?politie komt|"
    r"(ik )?(wil|wou) (echt |helemaal |liever )?geen aangifte (doen)?|geen politie (alsjeblieft|aub|please)?$)")


def asks_for_a_doctor(text: str) -> bool:
    """'moet ik naar de dokter?', 'ik heb een beetje buikpijn' a moment after 112 was given."""
    return bool(_DOCTOR.search(fold(text or "")))


def wants_no_police(text: str) -> bool:
    """'ik wil geen politie' a moment after 112 was given."""
    return bool(_NO_POLICE.search(fold(text or "")))
