"""Honour-based violence and forced marriage: talking openly with the parents or the family can put
the one at risk in graver danger, so those answers tell professionals to seek expert advice first
(knowledge/meldcode/meldcode-eergerelateerd-geweld.md, huwelijksdwang-achterlating-professional.md).
A follow-up right after such an answer that asks whether to talk with the parents ('moet ik dat met
de ouders bespreken?') gets that warning again, not step 3 of the meldcode linked to it, which tells
to talk with them (actions/knowledge_answer.context_entry)."""
import re
from typing import Optional

from veilig.forced_marriage import tells_of_forced_marriage
from veilig.sexual_violence import tells_of_sexual_violence
from veilig.text import fold

CAUTION_ENTRIES = frozenset({"meldcode-eergerelateerd-geweld", "huwelijksdwang-achterlating-professional",
                             # acute unsafety: telling the parents first is not needed when it endangers the child
                             "acute-onveiligheid-professional"})

_FAMILY = r"(ouders?|vader|moeder|familie|broer|broers|oom|ooms|gezin)"
_TALK = (r"(bespreken|bespreek|praten|praat|vertellen|vertel|zeggen|gesprek|confronteren|aanspreken|contact|bellen|bel|uitnodigen|"
         # "moet ik de ouders eerst inlichten?" after a pupil's fear of a forced marriage (twentieth session)
         r"inlichten|inlicht|informeren|informeer|op de hoogte (brengen|stellen))")
_TALK_WITH_FAMILY = re.compile(rf"\b{_TALK}\b.*\b{_FAMILY}\b|\b{_FAMILY}\b.*\b{_TALK}\b")


def asks_to_talk_with_the_family(text: str) -> bool:
    return bool(_TALK_WITH_FAMILY.search(fold(text or "")))


def caution_again(previous_entry_id: str, text: str) -> bool:
    """The answer before warned against open contact with the family, and this asks about it."""
    return previous_entry_id in CAUTION_ENTRIES and asks_to_talk_with_the_family(text)


# Told by a professional before ('een studente vertelt dat ze uitgehuwelijkt wordt', 'haar
# stiefvader zit aan haar'): a question whether to talk with the parents gets the caution, not the
# child's route or a choice that happened to be offered.
FORCED_MARRIAGE_CAUTION = "huwelijksdwang-achterlating-professional"
# Sexual abuse in the family: no talk with the parents first, nor questioning the child; Veilig Thuis first.
SEXUAL_ABUSE_CAUTION = "gesprek-met-ouders-bij-seksueel-misbruik"
_IN_THE_FAMILY = re.compile(r"\b(stiefvader|stiefmoeder|vader|moeder|papa|mama|broer|oom|opa|ouders?|"
                            r"vriend van (haar|zijn) moeder|vriend van mama)\b")


# A child touched, as a professional retells it ("een meisje van 14 vertelt dat haar oom haar aanraakt",
# twenty-third session's probe): with a family member named, sexual abuse in the family.
_TOUCHED = re.compile(r"\b(aanraakt|aanraken|aangeraakt|raakt (haar|hem) aan|zit aan (haar|hem)|zat aan (haar|hem)|"
                      r"aan (haar|hem) zit|aan (haar|hem) zat|betast|betastte)\b")


def in_the_family(text: str) -> bool:
    """A parent, step-parent or other family member is named ("papa doet pijn bij mijn plassertje")."""
    return bool(_IN_THE_FAMILY.search(fold(text or "")))


def caution_for_what_was_told(earlier_text: str, text: str, professional: bool) -> Optional[str]:
    """The entry for 'moet ik met de ouders praten?' from a professional who told of a forced
    marriage or of sexual abuse in the family, before or in the same message; None otherwise."""
    if not (professional and asks_to_talk_with_the_family(text)):
        return None
    told = f"{earlier_text or ''} {text}"
    if tells_of_forced_marriage(told):
        return FORCED_MARRIAGE_CAUTION
    if (tells_of_sexual_violence(told) or _TOUCHED.search(fold(told))) and _IN_THE_FAMILY.search(fold(told)):
        return SEXUAL_ABUSE_CAUTION
    return None


# A bystander asks whether to confront the one who hurts ("moet ik haar man erop aanspreken?"):
# the answer on starting the talk, which says to talk with the one you worry about and not to
# confront the one who hits (knowledge/hulp-en-route/het-gesprek-beginnen.md).
TALK_ENTRY = "het-gesprek-beginnen"
# A parent hurt at home asks what to tell their own child.
TALK_TO_A_CHILD_ENTRY = "praten-met-je-kind-over-het-geweld"
_CONFRONT = re.compile(
    r"\b(moet|zal|kan|mag|ga) (ik|we|wij) (\w+ ){0,3}(erop |er op |daarop |daar op |op )?(aanspreken|confronteren|"
    r"aan ?spreken|op aanspreken|mee confronteren)\b|\b(aanspreken|confronteren)\?|"
    # mediating with the one who hits ("kan ik het gesprek met haar man aangaan om te bemiddelen?", an imam,
    # twenty-third session's probe)
    r"\b(om te bemiddelen|bemiddelen (tussen|met)|(hen|ze|hun) (te )?verzoenen)\b|"
    r"\b(moet|zal|kan|mag|ga) (ik|we|wij) (\w+ ){0,2}(het gesprek |een gesprek |praten )?met (haar|zijn) "
    r"(man|vrouw|partner|vriend|vriendin) (\w+ ){0,2}(praten|aangaan|voeren|spreken)\b")


def asks_to_confront(text: str) -> bool:
    return bool(_CONFRONT.search(fold(text or "")))


# What to say to the one the bystander worries about ("wat moet ik tegen haar zeggen", "hoe begin ik
# het gesprek"): the answer on starting the talk, not the general tips again.
_WHAT_TO_SAY = re.compile(
    r"\bwat (moet|kan|zal|zou) (ik|je|we) (\w+ ){0,2}(tegen|aan) (haar|hem|ze|hen|die|mijn \w+|mn \w+) "
    r"(zeggen|vertellen|vragen)\b|\bhoe (begin|start|open) (ik|je) (het|een|dat|zo n) gesprek\b|"
    r"\bhoe (kan|moet) ik (het|dat) (met|bij) (haar|hem) (aankaarten|bespreken|ter sprake brengen)\b|"
    # "wat zeg ik tegen het meisje?" (a BSO worker a moment after a girl told her: twenty-fourth session's probe)
    r"\bwat (zeg|vertel|vraag) ik (\w+ ){0,2}(tegen|aan) (haar|hem|ze|het meisje|de jongen|het kind|de leerling|"
    r"mijn leerling|dat meisje|die jongen)\b")


def asks_what_to_say(text: str) -> bool:
    return bool(_WHAT_TO_SAY.search(fold(text or "")))
