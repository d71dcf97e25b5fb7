"""A child whose friend told of violence or abuse at home ("hoi mijn vriendin zeg dat haar
stiefvader aan haar zit s nachts wat moet ik doen", then "we zijn 12"). The child got the grown-up
bystander's tips (write down dates, talk with the one you worry about) and no Kindertelefoon
(twenty-fourth session's probe). A child's answer: tell a grown-up you trust, also when the
friend wants it kept secret, and the Kindertelefoon (actions/routes.py)."""
import re

from veilig.text import fold

FRIEND_TOLD_ENTRY = "je-vriend-of-vriendin-heeft-het-thuis-niet-veilig"

_FRIEND = r"(mijn|mn|m n) (beste )?(vriendin|vriendinnetje|vriend|vriendje|klasgenoot|klasgenootje|buurmeisje|buurjongen)"
_TELLS = re.compile(
    rf"\b{_FRIEND}\b(\s+\w+){{0,3}}\s+(zegt|zeg|zei|vertelde|vertelt|vertel|heeft verteld|appte|appt)\b|"
    rf"\b{_FRIEND}\b(\s+\w+){{0,3}}\s+(wordt|werd)\s+(\w+ ){{0,3}}(geslagen|mishandeld|misbruikt|geschopt|opgesloten)\b|"
    rf"\b{_FRIEND}\b(\s+\w+){{0,8}}\s+(haar|zijn) (vader|moeder|stiefvader|stiefmoeder|papa|mama|broer|oom|opa)\s+"
    r"(slaat|schopt|mishandelt|misbruikt|zit aan|zit)\b")


def tells_of_a_friends_abuse(text: str) -> bool:
    return bool(_TELLS.search(fold(text or "")))


# The doer is the friend's parent (or a family member of a child's home): the friend is a child,
# and so, most likely, the writer. An adult's friend is hurt by a partner.
_BY_A_PARENT = re.compile(rf"\b{_FRIEND}\b.{{0,80}}\b(haar|zijn) (vader|moeder|stiefvader|stiefmoeder|papa|mama|ouders|"
                          r"pa|ma|oom|opa)\b")


def tells_of_a_friends_abuse_by_a_parent(text: str) -> bool:
    return tells_of_a_friends_abuse(text) and bool(_BY_A_PARENT.search(fold(text or "")))


# "ze wil niet dat ik het vertel aan iemand" after it: the same answer (tell a grown-up anyway).
_SECRET = re.compile(r"\b(wil|wilt|mag) (\w+ )?niet dat ik (het|dit|dat) (\w+ )?(vertel|zeg|doorvertel)|geheim|"
                     r"niet (door)?vertellen|niks zeggen|niets zeggen|beloofd|moest beloven|(liet|laat) (me|mij) beloven|"
                     # "ze heeft me laten zweren dat ik het aan niemand vertel" (the twelfth tuning conversations)
                     r"(laten|liet|laat) (\w+ )?zweren|moest zweren|gezworen|(aan|tegen) niemand (\w+ )?(vertel|zeg)\b|"
                     # (twenty-ninth session's probe: "ze liet me beloven het aan niemand te vertellen")
                     # ("hij vroeg of ik het aan niemand wil vertellen", "aan niemand door te vertellen": thirty-fifth session)
                     r"(aan|tegen) niemand (\w+ ){0,2}(door)?(vertellen|zeggen)|"
                     # a child's own words retold: "een meisje zei 'niet aan mama vertellen'"
                     r"(zei|zegt|vroeg|vraagt) (\w+ )?niet (aan|tegen) (\w+ ){1,2}(te )?(door)?(vertellen|zeggen)|"
                     r"(mag|mocht) (het |dat |dit )?niet (\w+ ){0,3}(vertellen|zeggen|doorvertellen)|"
                     # "ze zegt dat ik het niet mag vertellen"
                     r"(het|dat|dit) (aan niemand |tegen niemand )?niet (mag|mocht|mogen) (\w+ ){0,2}(vertellen|zeggen|doorvertellen)\b")


def asks_to_keep_it_secret(text: str) -> bool:
    return bool(_SECRET.search(fold(text or "")))
