"""A child told the writer about home ("ik ben trainer bij een voetbalclub en een jongen vertelt dat
zijn vader hem slaat", "een leerling vertelde iets over thuis", "het vriendje van mijn zoon zegt dat
hij klappen krijgt"). The bystander's general tips ('praat rustig met de volwassene') miss what this
writer needs now: how to listen to the child, what not to promise, and whom to call
(actions/routes.py)."""
import re

from veilig.text import fold

CHILD_TOLD_ENTRY = "als-een-kind-het-je-vertelt"
# A child who told and asked to keep it secret: what a professional does then.
SECRET_ASKED_ENTRY = "kind-vraagt-geheimhouding"

_A_CHILD = (r"(jongen|jongetje|meisje|meid|kind|kindje|leerling|leerlingetje|pupil|speler|speelster|vriendje|"
            r"vriendinnetje|nichtje|neefje|buurjongen|buurmeisje|buurjongetje|kleuter|peuter|scholier|puber|tiener|"
            # "de vriend van mijn zoon (13) vertelde ..." (the ninth tuning conversations)
            r"(vriend|vriendin) van (mijn|mn|onze) (zoon|dochter|kind)( \d+)?|"
            # one's own child or grandchild: "mijn kleindochter van 8 vertelde dat de vriend van haar moeder ..."
            r"kleindochter|kleinzoon|kleinkind|dochter|dochtertje|zoon|zoontje)")
# Up to six words between the child and the telling ("een meisje uit de klas van mijn dochter zei"),
# none that starts another clause or speaker ("ik ben een meisje en mijn vader zegt dat ...").
_BETWEEN = r"( (?!(en|maar|want|ik|k|hij|zij|ze|je|jij|die)\b)\w+){0,6}"
_THE_WRITER_IS_ONE = re.compile(rf"\b(ik ben|ben ik|als) (een |nog een )?{_A_CHILD}\b")
_TOLD = re.compile(
    rf"\b{_A_CHILD}{_BETWEEN} (vertelt|vertelde|vertellen|zegt|zei|zeggen|heeft (me |mij )?(verteld|gezegd)|"
    r"vertrouwt|vertrouwde|heeft (me |mij )?toevertrouwd|durfde|begon) (\w+ ){0,5}(dat|over|iets|me|mij)\b")


def tells_a_child_told_them(text: str) -> bool:
    """A child, not an adult friend, told the writer something about home or violence."""
    folded = fold(text or "")
    return bool(_TOLD.search(folded)) and not _THE_WRITER_IS_ONE.search(folded)


_NAMES_A_CHILD = re.compile(rf"\b{_A_CHILD}\b")


def names_a_child(text: str) -> bool:
    """A child, pupil or young person is named ("een leerling van 8 zei vandaag ...")."""
    return bool(_NAMES_A_CHILD.search(fold(text or "")))


# A parent who fears their child was abused and asks how to talk or ask about it ("ik denk dat mijn
# zoontje misbruikt is door de buurman, hoe vraag ik hem ernaar?"): how to talk with one's own child,
# not the CSG's words to a victim nor what to do when a child tells (thirtieth session's probe).
TALK_WITH_CHILD_ENTRY = "praten-met-je-kind-over-seksueel-misbruik"
_THE_CHILD = r"(hem|haar|ernaar|erover|(met |aan |tegen )?(mijn |je |ons |onze )?(kind|kindje|kinderen|zoon|zoontje|dochter|dochtertje))"
_HOW_TO_TALK = re.compile(
    rf"\bhoe (praat|vraag|vertel|begin|breng|zeg) (ik|je|we|wij) (\w+ ){{0,3}}{_THE_CHILD}\b|"
    rf"\b(moet|kan|zal) ik (het |dat )?{_THE_CHILD} (\w+ ){{0,2}}(vertellen|vragen)\b")


def asks_how_to_talk_with_the_child(text: str) -> bool:
    return bool(_HOW_TO_TALK.search(fold(text or "")))
