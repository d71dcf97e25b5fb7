"""Strangling seen, not suffered: "ik ben 11 en mijn vader heeft gisteren mijn moeder gewurgd".

After 112 the one strangled hears that it is a grave warning sign even when nothing shows
(knowledge/hulp-en-route/gewurgd-wat-nu.md). One who saw it, often a child, asked "is wurgen
gevaarlijk als ze gewoon weer ademt?" and got that text written to the one strangled (twenty-sixth
session's probe); they get the same facts told about the other person (routes.yml `wurgen_gezien`,
`wurgen_gezien_kind`)."""
import re

from veilig.text import fold

_STRANGLING = re.compile(r"\b(wurg\w*|gewurgd|verwurg\w*|keel (dicht\w*|dichtgeknepen|dichtknijpen)|"
                         r"handen om (haar|zijn) (nek|keel))\b")
# The writer as the one strangled: "hij heeft me gewurgd", "mijn keel", "ik werd gewurgd".
_TO_ME = re.compile(r"\b(me|mij|mijn (keel|nek)|ik (werd|ben|word) \w*\s?(gewurgd|verwurgd))\b")
# Another person as the one strangled: "mijn moeder", "zijn vrouw", "ze weer ademt".
_ANOTHER = re.compile(r"\b((mijn|mn|m'n|onze) (moeder|mama|mam|vader|papa|pap|zus|zusje|broer|broertje|vriendin|"
                      r"vriend|buurvrouw|buurman|oma|opa|tante|dochter|zoon|stiefmoeder|stiefvader)|"
                      r"zijn (vrouw|vriendin|partner|moeder|dochter)|haar (man|vriend|partner|moeder|dochter)|"
                      r"ze|zij|hem|haar)\b")


def strangling_seen(text: str) -> bool:
    """The message tells of strangling done to another person, and nothing done to the writer."""
    folded = fold(text or "")
    return bool(_STRANGLING.search(folded) and _ANOTHER.search(folded) and not _TO_ME.search(folded))
