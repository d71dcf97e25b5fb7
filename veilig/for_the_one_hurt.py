"""Some answers on reporting are written to bystanders: that the family does not hear who reported,
what anonymous reporting costs. The one who is hurt asks the same words with another fear: will he
find out that I called? On the route of the victim or the child, those answers give way to the
one written for them (actions/knowledge_answer.answer_messages): "kan dat anoniem?" after "mijn
vriend slaat me" gets that the call can be anonymous and does not show on the phone bill, not that
the family may suspect the neighbours."""
import re
from typing import Optional

from veilig.text import fold

# Per route of the one hurt: a bystander's answer -> the answer written for them. A child asks of
# the Kindertelefoon ('moet ik dan mijn naam zeggen' after the child's route): it keeps what you say,
# and you need not give your name.
# An adult who cannot call ('ik durf niet te bellen, hij is altijd thuis', 'kan dat ook via de
# chat') came close to the Kindertelefoon's chat: Veilig Thuis's chat is theirs.
_ADULTS_CHAT = {"chatten-met-de-kindertelefoon": "chatten-met-veilig-thuis"}
COUNTERPART = {
    # 'krijgen ze te horen dat ik het was?' from a neighbour: that the family does not hear who
    # reported, not the victim's 'Veilig Thuis also talks with your partner'.
    "omstander": {**_ADULTS_CHAT, "praat-veilig-thuis-met-mijn-partner": "weet-het-gezin-wie-gemeld-heeft"},
    "ouderen": dict(_ADULTS_CHAT),
    # 'ik durf niet te bellen' after rape got the Kindertelefoon first (thirty-third session); a child on
    # this route keeps it (actions/knowledge_answer.py asks the child's version then).
    "seksueel_geweld": dict(_ADULTS_CHAT),
    "slachtoffer": {
        **_ADULTS_CHAT,
        "anoniem-melden": "ziet-iemand-dat-je-veilig-thuis-hebt-gebeld",
        "weet-het-gezin-wie-gemeld-heeft": "ziet-iemand-dat-je-veilig-thuis-hebt-gebeld",
        # 'wat als hij boos wordt' came close to the help for one who gets angry himself
        "hulp-voor-plegers": "hulp-als-je-zelf-slachtoffer-bent",
        "veilig-thuis-bellen-als-pleger": "hulp-als-je-zelf-slachtoffer-bent",
    },
    # One who uses violence asks where to go or sleep ('waar moet ik slapen' after a house ban): not
    # the shelter for those who flee from violence, but the help for plegers, with its emergency
    # shelter during a house ban.
    "pleger": {
        **_ADULTS_CHAT,
        **{entry_id: "hulp-voor-plegers" for entry_id in (
            "vrouwenopvang", "opvang-voor-mannen", "veilig-weggaan", "moviera", "sterk-huis", "kinderen-in-de-opvang",
            "huisdier-en-opvang", "na-de-opvang", "hulp-als-je-zelf-slachtoffer-bent",
            # a safety plan is written to the one hurt ("houd messen uit de buurt van je partner"): one who
            # asks what to do when about to explode needs the help for plegers (twenty-second session's probe)
            "eigen-veiligheidsplan",
            # written to parents hurt by their child: a son of 19 who pushed his mother asking "wat moet ik doen
            # als ik voel dat het weer opbouwt" got it (the eleventh tuning conversations)
            "hulp-voor-ouders-bij-geweld-van-je-kind")},
        # 'wat gebeurt er als ik bel' after the pleger's route: calling Veilig Thuis as one who hits; so
        # 'kan ik anoniem bellen' (the eleventh tuning conversations: reporting someone else anonymously)
        **{entry_id: "veilig-thuis-bellen-als-pleger" for entry_id in (
            "wat-gebeurt-er-als-je-veilig-thuis-belt", "anoniem-melden", "anoniem-advies")},
    },
    "kind": {
        "anoniem-melden": "vertelt-de-kindertelefoon-het-door",
        "anoniem-advies": "vertelt-de-kindertelefoon-het-door",
        "weet-het-gezin-wie-gemeld-heeft": "vertelt-de-kindertelefoon-het-door",
        # 'komt hij dat te weten?' from a boy of 15 hurt by his stepfather came close to the adult's
        # "krijgt mijn partner het te horen" and the phone bill (twenty-third session's probe)
        "praat-veilig-thuis-met-mijn-partner": "vertelt-de-kindertelefoon-het-door",
        "ziet-iemand-dat-je-veilig-thuis-hebt-gebeld": "vertelt-de-kindertelefoon-het-door",
        "hulp-voor-plegers": "hulp-voor-kinderen-en-jongeren",
        "veilig-thuis-bellen-als-pleger": "hulp-voor-kinderen-en-jongeren",
        # 'is dat mijn schuld?' from a child: written to a partner who stays, not to a child
        "waarom-is-weggaan-moeilijk": "hulp-voor-kinderen-en-jongeren",
        # 'kan ik ergens chatten ipv bellen, thuis hoort iedereen me' from a girl of 15 on the child's route
        # got Veilig Thuis's chat (thirty-fourth session's fifth tuning conversations)
        "chatten-met-veilig-thuis": "chatten-met-de-kindertelefoon",
    },
}


# Answers written to children only (the child's versions above): an adult's conversation does not
# take them as its own answer ("welk nummer moet ik dan bellen, ik wil het aan iemand vertellen" from a
# man of 38 came close to what the Kindertelefoon keeps to itself: the seventh tuning conversations).
FOR_CHILDREN_ONLY = frozenset({"vertelt-de-kindertelefoon-het-door", "chatten-met-de-kindertelefoon"})


# A professional asks the resident's words ('kan ik anoniem melden?', 'wat gebeurt er na mijn
# melding?'): the answer written for professionals, in 'u' (actions/knowledge_answer.answer_messages).
PROFESSIONAL = "professional"
COUNTERPART[PROFESSIONAL] = {
    "anoniem-melden": "anoniem-melden-professional",
    "weet-het-gezin-wie-gemeld-heeft": "anoniem-melden-professional",
    "ziet-iemand-dat-je-veilig-thuis-hebt-gebeld": "anoniem-melden-professional",
    "na-een-melding-bij-veilig-thuis": "na-een-melding-professional",
    "wat-gebeurt-er-als-je-veilig-thuis-belt": "veilig-thuis-bellen-professional",
    "wat-als-je-je-vergist": "aansprakelijk-als-uw-vermoeden-niet-klopt",
    # 'is wurging een reden om toch te melden?' from a GP got "Heeft iemand je gewurgd?"
    "gewurgd-wat-nu": "voorbeelden-acute-onveiligheid",
    # A teacher: "hij vertelde dat zijn oom aan hem zit" got the child's own answer in 'u' ("Vertel het
    # aan uw juf"); "hij vroeg me het geheim te houden" came close to the child's "je mag het vertellen".
    "mag-iemand-seksuele-dingen-met-je-doen": "als-een-kind-het-je-vertelt",
    "mag-je-het-vertellen": "kind-vraagt-geheimhouding",
    # A dentist's "is dit kindermishandeling of overdrijf ik?" came close to the resident's doubt:
    # for a professional, doubt is what step 2 is for (a colleague, Veilig Thuis, letselduiding).
    "twijfel-is-het-huiselijk-geweld": "meldcode-stap-2",
    # A paediatric nurse who suspects a baby was shaken got the parent's "Huilt uw baby maar door?":
    # whether the injury fits the story told is the LECK's question (twenty-fifth session's probe).
    "huilende-baby-en-schudden": "leck-kinderletselduiding",
}


def counterpart_for_the_one_hurt(entry_id: str, route: Optional[str], question: Optional[str] = None) -> Optional[str]:
    if route == "omstander" and entry_id == PARTNER_TOLD_ENTRY and asks_whom_they_talk_with(question or ""):
        return TALKS_WITH_ENTRY
    return COUNTERPART.get(route or "", {}).get(entry_id)


# "praten ze ook met haar man?" from a bystander came closest to the victim's "krijgt mijn partner het
# te horen": whom Veilig Thuis talks with, not who hears of the call (thirty-fourth session's fifth
# tuning conversations).
PARTNER_TOLD_ENTRY = "praat-veilig-thuis-met-mijn-partner"
TALKS_WITH_ENTRY = "met-wie-praat-veilig-thuis"
_TALKS_WITH = re.compile(r"\b(praten|praat|spreken|spreekt) (ze|zij|die|veilig thuis|vt|jullie) (\w+ ){0,2}met\b")


def asks_whom_they_talk_with(text: str) -> bool:
    return bool(_TALKS_WITH.search(fold(text or "")))


# "Weet hij dan dat ik het was?", "komen ze erachter wie gebeld heeft?": every word a stopword, so the
# search finds nothing (twenty-fourth session's probe: a neighbour got "ik begrijp niet helemaal").
# After a route, the answer on who hears of the call, in the version for that route.
WHO_CALLED_ENTRY = "weet-het-gezin-wie-gemeld-heeft"
_THEY = (r"(hij|zij|ze|die|het gezin|de familie|de ouders|de buren|de buurman|de buurvrouw|de zoon|de dochter|de vader|"
         r"de moeder|de man|de vrouw|die man|die vrouw|mijn \w+|mn \w+)")
_KNOWING = r"(weet|weten|hoort|horen|merkt|merken|ziet|zien|komt|komen|krijgt|krijgen)"
# (also the subject first: "dus ze komen er echt niet achter dat ik het was?", thirty-fifth session)
_WHO_CALLED = re.compile(
    rf"\b({_KNOWING} {_THEY}|{_THEY} {_KNOWING})( \w+){{0,3}} "
    r"(te weten |erachter |achter |te horen )?((dat|wie) (ik|er) (het )?(was|heb gebeld|gebeld heeft|heeft gebeld|heb gemeld|"
    r"gemeld heeft|heeft gemeld|belde|meldde)|wie (het )?(was|heeft gebeld|gebeld heeft|heeft gemeld|gemeld heeft))\b")


def asks_who_will_know(text: str) -> bool:
    return bool(_WHO_CALLED.search(fold(text or "")))


# "kan dat anoniem?" from one hurt, a moment after their route: whether anyone sees the call, not what
# anonymous reporting means to a bystander. (The search alone ties the entries on 'anoniem'; which one
# the conversation tipped it to changed with every entry that uses the word.)
_ANONYMOUS = re.compile(r"^(en )?((kan|mag|is|gaat) (dat|dit|het|bellen|dat bellen|ik dat|ik het|ik) (ook |wel )?anoniem"
                        r"( (bellen|doen|blijven))?|anoniem( bellen| blijven)?)"
                        # "kan ik anoniem bellen of moet ik mijn naam zeggen" (the eleventh tuning conversations)
                        r"( of moet ik (mijn|me|mn) naam (zeggen|noemen|geven|opgeven))?\s*\??$")


def asks_if_anonymous(text: str) -> bool:
    return bool(_ANONYMOUS.search(fold(text or "").strip()))
