"""A man hurt by his partner ("mijn vrouw slaat me maar niemand gelooft me omdat ik een man ben",
"als man schaam ik me dat mijn vriendin me slaat"). On the victim's route, after the number, that
men are victims too and where men find shelter fits better than the general advice, which speaks
of 'a safe place' without saying it is there for him (actions/routes.py)."""
import re

from veilig.doer import done_to_the_writer_only
from veilig.text import fold

MALE_VICTIM_ENTRY = "opvang-voor-mannen"

_A_MAN = re.compile(r"\b((ik ben|ben ik|omdat ik|als) (toch |ook |maar |gewoon )?(een |ook een )?(man|vent|vader|jongen)|"
                    r"ik als man|mannen)\b")
_HIS_WIFE = re.compile(r"\b(mijn|mn|m n) (vrouw|echtgenote|exvrouw|ex vrouw)\b")


def tells_of_a_male_victim(text: str) -> bool:
    """The writer is hurt (veilig.doer) and says he is a man, or that it is his wife who does it."""
    folded = fold(text or "")
    return bool((_A_MAN.search(folded) or _HIS_WIFE.search(folded)) and done_to_the_writer_only(folded))


# A man hurt by his wife asks where he can go with his son: the women's shelter's answer speaks
# to women and their children; the one on shelter for men is his (actions/knowledge_answer.py).
_HIS_VERSION = {"vrouwenopvang": MALE_VICTIM_ENTRY}


def version_for_a_male_victim(entry_id: str, told: str) -> str:
    """The entry for a man who told earlier that his partner hurts him, else entry_id itself."""
    if entry_id in _HIS_VERSION and tells_of_a_male_victim(told):
        return _HIS_VERSION[entry_id]
    return entry_id


def says_he_is_a_man(text: str) -> bool:
    """'Is dat ook huiselijk geweld? Ik ben toch een man.' (twenty-fourth session's probe: a man whose
    wife holds all the money got the text on coercive control, which never says men are victims too)."""
    return bool(_A_MAN.search(fold(text or "")))


# Not believed or laughed at ("ik ben 1.90 en zij 1.60, niemand gelooft me. ook de politie niet denk ik"
# got "ik begrijp niet helemaal": twenty-sixth session's probe): men are victims too, and Veilig Thuis
# takes it up as any report.
_NOT_BELIEVED = re.compile(r"\b(niemand gelooft (me|mij)|(geloven|gelooft|geloofde|geloofden) (me|mij) (toch )?niet|"
                           r"(lachen|lacht|lachten|lachte) (me|mij) uit|uitgelachen|(nemen|neemt|namen|nam) (me|mij) niet serieus|"
                           r"wie gelooft (me|mij|nou) (nou )?)\b")


def tells_he_is_not_believed(text: str) -> bool:
    return bool(_NOT_BELIEVED.search(fold(text or "")))
