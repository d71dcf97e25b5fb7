"""First help for a message in another language (knowledge/talen/): which routes to send.

Deterministic, like the danger check: danger gets 112 first in that language; a place name
gets the local team; words of a child, a victim, a bystander or a pleger get that route; an
English question the entries with an English answer cover gets that answer; any other message a
kind answer that the bot can say more in Dutch (or English), with the numbers.
"""
import re
from typing import Dict, List, Optional, Sequence

from veilig.contacts import render
from veilig.danger import detect_danger
from veilig.danger_languages import danger_kinds, says_now, told_as_habitual, writer_in_danger_now
from veilig.knowledge.english import EnglishEntry, english_answer, english_entries, find_english
from veilig.languages import language_messages, route_patterns
from veilig.local_help import local_help_route
from veilig.regions import _variants, find_municipality, find_other_municipality
from veilig.text import fold, fold_any, latin_letters, squash

# The order in which the word lists (knowledge/talen/<taal>.yml, 'woorden') are tried, with the route
# each gives: the pleger first (who names a partner or children as the ones he hurts); labour
# exploitation by an employer (a passport kept, no wages, forced work: "szef zabrał mi paszport i
# nie płaci"), which needs the police and CoMensha rather than a victim's route; a fear of losing
# one's residence permit or being sent away ("my visa depends on my husband, will they deport me"),
# and a question where to sleep tonight ("unde pot sa dorm la noapte"), which a victim's route does
# not answer (since the fifteenth session); then the
# words that outrank a child's words for its family or school, because they show an adult writes:
# a bystander's role or someone else's child ("Teacher here", "my grandson", "my neighbour's
# daughter", "komşunun kızını"), and a forced marriage or the family's honour told by the one it
# is done to ("they want me to marry my cousin", "my husband"); then a child, a victim, a
# bystander; then weak signs of a child ("mom is always sleeping", "scared to go home", "mama i jej
# chłopak") that count only when no victim's or bystander's words do; and local help. Words of an adult's
# own life ('volwassen': a job, a boss, wages, rent, one's own children) skip the child's lists, as an
# adult age does ("im staying at my moms" after "i had to quit my job" is no child).
ROUTE_ORDER = (("pleger", "pleger"), ("uitbuiting", "uitbuiting"), ("verblijf", "verblijf"), ("opvang", "opvang"),
               ("omstander_eerst", "omstander"),
               ("slachtoffer_eerst", "slachtoffer"), ("kind", "kind"), ("slachtoffer", "slachtoffer"),
               ("omstander", "omstander"), ("kind_zwak", "kind"), ("lokaal", "vraag_gemeente"))
# A child giving its own age (6-17): the Kindertelefoon, whatever else it names. First person
# only: "mam 12 lat", "am 12 ani", "12 yaşındayım", "عمري 12", not "nepotul meu de 7 ani".
_CHILD_AGE = re.compile(
    r"\b(i m|im|i am|iam|mam|am|ana|ana 3mri|3mri|3omri)\s+(\d|1[0-7])\b(?!\s*(kids|children|copii|dzieci|euro|eur))"
    r"|\b([6-9]|1[0-7])\s*(years old|yrs old|yo|y o|yasindayim)\b"
    r"|\bна (\d|1[0-7]) (години |год )?съм\b|\bаз съм на (\d|1[0-7])\b|عمري\s*(\d|1[0-7])\b"
    r"|(عندي|3andi|3ndi)\s*([6-9]|1[0-7])\s*(عام|سنه|سنة|سنين|sana|3am)"
)
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
# A writer giving their own adult age (18 or more: "I am 71 years old", "mam 45 lat", "am 50 de ani", "на 40
# години съм", "45 yaşındayım", "عمري 40") is no child, whatever family or school words follow ("my other
# children", "years old"): the child's word lists are skipped.
_ADULT = r"(1[89]|[2-9]\d|1[01]\d)"
_ADULT_AGE = re.compile(
    rf"\b(i m|im|i am|iam)\s+{_ADULT}\b(?=\s+(years?|yrs|yo|y o|and|with|but|my|i|from|woman|man|female|male|"
    rf"mother|father|grandmother|grandfather|now|already)\b|\s*$)|\b(i m|im|i am|iam)\s+(now\s+)?{_ADULT}\s+(years?|yrs) old\b"
    rf"|\bmam\s+{_ADULT}\s+(lat|lata)\b|\bjestem\s+{_ADULT}[- ]?(letni|letnia)\w*"
    rf"|\b(eu\s+)?am\s+{_ADULT}\s+(de\s+)?ani\b"
    rf"|\bна\s+{_ADULT}\s+(години\s+|год\s+)?съм\b|\bаз съм на\s+{_ADULT}\b"
    rf"|\b{_ADULT}\s+yasinday(im|iz)\b"
    rf"|(عمري|ana 3mri|3mri|3omri)\s*{_ADULT}(?!\d)|(عندي|3andi|3ndi)\s*{_ADULT}\s*(عام|سنه|سنة|سنين|sana|3am)"
)
# A child named with its age and an indefinite article ("a 9 year old girl in my class", "8 yaşında bir kız",
# "o fetiță de 8 ani", "едно 8-годишно момиче", "طفلة عمرها 8"): told by an adult, a bystander, even
# with a child's word ("öğretmenim", my teacher / I am a teacher).
_CHILD = r"([1-9]|1[0-7])"
_A_CHILD_OF_AGE = re.compile(
    rf"\b(a|an)\s+{_CHILD}[- ]?(year|yr)s?[- ]?old\b|\b(a|an) (girl|boy|child|kid|pupil|student|toddler) (of|aged|age) {_CHILD}\b"
    rf"|\b(jest|jedna|jeden|pewna|pewien|mam w klasie)\s+(\w+\s+){{0,2}}{_CHILD}[- ]?(letni|letnia|letnie|latek|latka)\w*"
    rf"|\b(o|un)\s+(fata|fetita|baiat|baietel|copil|copila|elev|eleva)\s+de\s+{_CHILD}\s+ani\b"
    rf"|\b(едно|един|една)\s+{_CHILD}[- ]?(годишн)\w*|\b(едно|един|една)\s+(момиче|момче|дете)\s+на\s+{_CHILD}\b"
    rf"|\b{_CHILD}\s+yasinda(ki)?\s+bir\s+(kiz|oglan|erkek|cocuk|ogrenci|bebek)\w*"
    rf"|(?<!\w)(طفل|طفل[هة]|بنت|ولد|تلميذ|تلميذ[هة]|طالب|طالب[هة])\s+(عمره|عمرها|عمرو|بعمر|عمر)\s*{_CHILD}(?!\d)"
)
# A parent of 60 or older ("my dad is 84", "moja mama ma 80 lat", "mama mea are 79 de ani", "майка ми е
# на 82", "annem 75 yaşında", "أمي عمرها 80"): an adult child writes, about a parent who may be hurt,
# so the bystander's route, not the Kindertelefoon. Grandparents are left out: a child's grandma is 70;
# a child's parent is rarely 60.
_OLD = r"([6-9]\d|1[01]\d)"
_OLD_PARENT = re.compile(
    rf"\b(mum|mom|mother|dad|father|parents)\s+((is|are|who is|who s|aged|age|is now|is almost|is nearly|is over|"
    rf"are both|are over)\s+)?{_OLD}\b(?!\s*(euro|eur|pounds|dollars|times|kg|km|minutes|min))"
    rf"|\b(mama|mame|matka|matce|tata|tato|ojciec|ojca|rodzice)\b(\s+\w+){{0,2}}\s+(ma|maja|mial|miala|mieli)\s+{_OLD}\s+lat"
    rf"|\b(mama|mamei|tata|tatal|tatei|parintii)\b(\s+\w+){{0,2}}\s+(are|au|avea)\s+{_OLD}\s+(de\s+)?ani"
    rf"|(маика|баща|мама|татко|родителите)\s+(ми\s+)?(е|са)\s+на\s+{_OLD}\b"  # folded: й -> и
    rf"|\b(annem|babam|annemle|babamla)\s+{_OLD}\s+yas"
    rf"|(امي|ابي|ابوي|والدي|والدتي|امى)\s+(عمره|عمرها|عنده|عندها|عمر)\s+{_OLD}(?!\d)"
)
# Violence or control without a marker of 'now' is as often habitual ("babam beni kemerle
# dövüyor", "nu mă lasă să ies din casă fără el"): the person's own route then, with the 112 line
# first, as for a weak danger sign in Dutch. Knives, guns, strangling, threats and suicide stay acute.
_HOUSEHOLD = "huisraad"  # beating with a belt or a stick (see _habitual)
_HABITUAL_KINDS = ("geweld_nu", "opgesloten", _HOUSEHOLD)
# A bystander's English "her husband is beating her" stays acute: the -ing form is told because it
# is going on. In the other languages the present tense is as often habitual ("damadım kızıma
# vuruyor"); and a bystander's "locks him in as a punishment" or a belt is habitual in any language.
_OWN_ROUTES = {"kind": _HABITUAL_KINDS, "slachtoffer": _HABITUAL_KINDS, "pleger": _HABITUAL_KINDS,
               "omstander": ("opgesloten", _HOUSEHOLD)}
_OWN_ROUTES_NOT_ENGLISH = dict(_OWN_ROUTES, omstander=_HABITUAL_KINDS)
# Beating with a belt, a stick, a slipper or a cable: the danger check calls it a weapon, but told
# without 'now' it is habitual punishment, not a knife or a gun.
_HOUSEHOLD_TOOL = re.compile(
    r"\b(belt|stick|slipper|hanger|cable|wooden spoon|pasem|pasek|paskiem|kij|kijem|kapc\w*|kabl\w*|"
    r"curea|cureaua|curele|papuc\w*|"
    r"cablu\w*|колан\w*|пръчк\w*|чехл\w*|кабел\w*|kemer\w*|sopa\w*|terlik\w*|kablo\w*|"
    r"حزام|بالحزام|عصا|بالعصا|شبشب|بالشبشب|سلك|بالسلك)\b")
_REAL_WEAPON = re.compile(
    r"\b(knife|knives|gun|pistol|rifle|axe|machete|bat|baseball|hammer|noz\w*|pistolet\w*|siekier\w*|cutit\w*|pistol\w*|topor\w*|"
    r"нож\w*|пистолет\w*|брадв\w*|bicak\w*|silah\w*|tabanca\w*|balta\w*|سكين|مسدس|سلاح|فاس)\b")
# "If I don't ...": a threat to kill tied to refusing a marriage ("if I refuse, my brother will kill me",
# "kabul etmezsem abim beni öldürecek", "إلا ما تزوجتش") is forced marriage and honour, Veilig Thuis's work,
# and a lock-in as a punishment "if I don't listen" is habitual: not danger this minute. The own route
# then; the 112 line still comes first (foreign_messages).
_IF_I_DONT = re.compile(
    r"\b(if|when) i (don t|dont|do not|won t|wont|refuse|say no)\b|\bunless i\b|\b(jesli|jezeli|jak|gdy) (nie|odmowie)\b"
    r"|\bdaca (nu|refuz)\b|\bако (не|откажа)\b|\b\w+(mezsem|mazsam)\b"
    r"|(?<!\w)(الا ما|اذا ما|اذا لم|لو ما|لو رفضت|اذا رفضت|ان رفضت)(?!\w)")
# A threat that keeps coming by text ("my ex keeps sending me messages that he'll hurt me", "îmi trimite
# mesaje că mă omoară"): told, not happening this minute; the own route with the 112 line first.
_BY_MESSAGE = re.compile(
    r"\b(sends?|sending|sent|texts?|texting|texted|messages?|dms?|whatsapps?)\b(\s+\w+){0,4}\s+(that|saying|he ll|he will|she ll)\b"
    r"|\b(wiadomosc\w*|sms\w*|pisze)\b(\s+\w+){0,3}\s+ze\b|\b(trimite|trimis)\b(\s+\w+){0,3}\s+(mesaj\w*|sms\w*)\s+ca\b"
    r"|\b(праща|пише|изпраща)\b(\s+\w+){0,3}\s+(съобщени\w*|смс\w*)\s+че\b|\b(mesaj\w*|sms\w*)\b(\s+\w+){0,3}\s+(atiyor|gonderiyor)\b"
    r"|(يرسل|يبعث|يبعتلي|بيبعتلي|رسائل|رساله|مسجات)")
_MARRIAGE = re.compile(
    r"\b(marry|marriage|married|wedding|slub\w*|malzenstw\w*|wyjsc za|ozeni\w*|casator\w*|marit\w*|nunt\w*|"
    r"жени\w*|омъж\w*|брак\w*|сватб\w*|evlen\w*|evlil\w*|nikah\w*)\b"
    r"|(زواج|تزوج|يزوج|نتزوج|نزوج|جواز|يجوز)")
# Routes after which the line about language at Veilig Thuis follows.
_WITH_LANGUAGE_LINE = {"acuut", "slachtoffer", "omstander", "kind", "pleger", "lokaal", "andere_vragen", "verblijf", "opvang",
                       "wat_doen",
                       "gratis_anoniem", "na_bellen", "kinderen_weghalen", "kinderen_meenemen"}


def _is_child(text: str) -> bool:
    return bool(_CHILD_AGE.search(fold_any(text.translate(_ARABIC_DIGITS))))


def _is_adult(text: str) -> bool:
    return bool(_ADULT_AGE.search(fold_any(text.translate(_ARABIC_DIGITS))))


def _words_route(text: str, language: str, guess: Optional[str] = None, guess_first: bool = False) -> str:
    """The route the words point to; `guess` is a classifier's route, tried after the word lists
    (or before them with `guess_first`)."""
    if _is_child(text):
        return "kind"
    if guess and guess_first:
        return guess
    patterns, folded = route_patterns(language), f" {fold_any(text)} "
    digits = fold_any(text.translate(_ARABIC_DIGITS))
    adult = _is_adult(text) or bool("volwassen" in patterns and patterns["volwassen"].search(folded))
    for key, route in ROUTE_ORDER:
        # (not when the writer's own partner is named as the one who hurts: "Soțul meu mă lovește ... Avem un
        # copil de 4 ani" got the bystander's tips in the twenty-fifth session's probe)
        own_partner = "slachtoffer_eerst" in patterns and patterns["slachtoffer_eerst"].search(folded)
        if key == "omstander_eerst" and (_OLD_PARENT.search(digits) or _A_CHILD_OF_AGE.search(digits)) and not own_partner:
            return "omstander"
        if adult and key in ("kind", "kind_zwak"):
            continue
        if key in patterns and patterns[key].search(folded):
            return route
    return guess or "andere_vragen"


def with_latin_places(text: str) -> str:
    latin = latin_letters(text)
    return f"{text} {latin}" if latin != fold_any(text) else text


_WORD_AFTER = re.compile(r"(^|[.!?]+\s*|\s+|[^\w\s]+)(\w+)", re.UNICODE)


def _find_place(text: str):
    """A municipality named in the message. A close spelling match ("Apeldorn") counts only on a
    word written with a capital, as place names are: everyday words of the six languages come close
    to Dutch names by accident (Turkish "nereden", from where, is not "Neede")."""
    places = with_latin_places(text)
    place = find_municipality(places)
    if place is None:
        return None
    padded, squashed = f" {fold(places)} ", squash(places)
    if any(f" {v} " in padded or (len(v) >= 6 and v.replace(" ", "") in squashed) for v, _ in _variants()):
        return place
    # Not the capital that starts a sentence ("Nereden yardım alabilirim?").
    capitals = " ".join(m.group(2) for m in _WORD_AFTER.finditer(places)
                        if m.group(2)[:1].isupper() and m.group(1) != "" and not m.group(1).strip().endswith((".", "!", "?")))
    return place if capitals and find_municipality(capitals) == place else None


def _named_place(text: str) -> bool:
    return bool(_find_place(text) or find_other_municipality(with_latin_places(text)))


def _habitual(kind: str, text: str) -> str:
    """The danger kind, with a belt or a stick (and no knife or gun) as habitual beating."""
    folded = fold_any(text)
    if kind == "wapen" and _HOUSEHOLD_TOOL.search(folded) and not _REAL_WEAPON.search(folded):
        return _HOUSEHOLD
    return kind


def choose_route(text: str, language: str, guess: Optional[str] = None, guess_first: bool = False) -> str:
    """The first-help route; `guess` (and `guess_first`) as in _words_route."""
    danger = detect_danger(text)
    if danger and not danger.strong and not danger_kinds(text, language):
        danger = None  # a weak sign only the Dutch check sees; the 112 line comes first anyway
    if danger:
        if says_now(text, language):
            return "acuut"
        route = _words_route(text, language, guess, guess_first)
        own = _OWN_ROUTES if language == "en" else _OWN_ROUTES_NOT_ENGLISH
        # Every sign must be one that can be habitual for this route: a lock-in with a death threat
        # or an injury is acute, and so is a writer who is locked in, hiding, broken in on or taken
        # away abroad now.
        kinds = {_habitual(kind, text) for kind in [danger.kind, *danger_kinds(text, language)]}
        folded = fold_any(text)
        if kinds == {"doodsbedreiging"} and not writer_in_danger_now(text, language):
            if _IF_I_DONT.search(folded) and _MARRIAGE.search(folded):
                return "slachtoffer"
            if route in ("slachtoffer", "omstander") and _BY_MESSAGE.search(folded):
                return route
        allowed = set(own.get(route, ()))
        if route == "omstander" and told_as_habitual(text, language):
            allowed |= set(_HABITUAL_KINDS)  # "one guy keeps getting hit by the house manager"
        if route in ("kind", "slachtoffer") and told_as_habitual(text, language):
            allowed.add("wurging")  # "my dad grabs me by the neck when he's angry": told as a habit
        # Locked in as a punishment "if I don't listen" ("تحبسني في الغرفة إذا لم أسمع الكلام") is habitual.
        punished = kinds == {"opgesloten"} and bool(_IF_I_DONT.search(folded))
        # "who can help me in Tilburg? my partner abuses me": a place and violence told without 'now'
        # is a question for help nearby, as without violence (the local answer ends with the 112 line).
        if kinds <= set(_HABITUAL_KINDS) and not writer_in_danger_now(text, language) and _named_place(text):
            return "lokaal"
        if kinds <= allowed and (punished or not writer_in_danger_now(text, language)):
            return route
        return "acuut"
    if _named_place(text):
        return "lokaal"
    return _words_route(text, language, guess, guess_first)


# Common questions with one short answer each, asked when nothing else fits (word list -> route):
# may I take my children with me (before 'will they take my children', whose words it shares:
# "can I take my kids with me?" is no fear of losing them), will they take my children, whether calling costs money or one must give one's name (both
# before 'what happens when I call', whose words theirs may contain: "анонимно ли е ако се
# обадя?"), what happens when I call, whether someone speaks my language (the line on language
# at Veilig Thuis), and last what to do ("co mam robić?" after the victim's route got "only the
# first steps in Polish": call Veilig Thuis, what they look at with you, 112 in danger).
COMMON_QUESTIONS = (("adres_112", "adres_112"), ("kinderen_meenemen", "kinderen_meenemen"), ("kinderen_weghalen", "kinderen_weghalen"),
                    ("gratis_anoniem", "gratis_anoniem"), ("na_bellen", "na_bellen"), ("taal_bellen", "taal_veilig_thuis"),
                    ("wat_doen", "wat_doen"))


# "can I take my kids with me?" shares its words with "will they take my kids?": the English search
# would answer the fear of losing them, so the common question answers first.
BEFORE_ENGLISH_SEARCH = frozenset({"kinderen_meenemen", "taal_112", "adres_112"})
_EMERGENCY_NUMBER = re.compile(r"(?<!\d)112(?!\d)")


def common_question(text: str, language: str) -> Optional[str]:
    """The route of the first common question the message asks ('czy zabiorą mi dzieci?'), or None."""
    folded = f" {fold_any(text)} "
    patterns = route_patterns(language)
    if _EMERGENCY_NUMBER.search(text.translate(_ARABIC_DIGITS)) and any(
            patterns.get(words) and patterns[words].search(folded) for words in ("taal_bellen", "taal_112")):
        # "will 112 understand English?" (a labour migrant in the twentieth session's probe got the
        # line on an interpreter at Veilig Thuis): which languages 112 speaks, and to call anyway.
        return "taal_112"
    return next((route for words, route in COMMON_QUESTIONS if patterns.get(words) and patterns[words].search(folded)), None)


def tells_of_online_extortion(text: str, language: str, earlier: Sequence[str] = ()) -> bool:
    """Blackmail with nude images ("he wants money for my photos", "ei vrea bani pentru pozele mele"),
    or 'should I pay?' a moment after it ("sa platesc?" alone asks whether calling costs money)."""
    patterns = route_patterns(language)
    told, pay = patterns.get("online_afpersing"), patterns.get("online_betalen")
    if told is None:
        return False
    if told.search(f" {fold_any(text)} "):
        return True
    return bool(pay and pay.search(f" {fold_any(text)} ")
                and any(told.search(f" {fold_any(before)} ") for before in list(earlier)[-CONTEXT_MESSAGES:]))


def _names_honour(texts: Sequence[str], language: str) -> bool:
    pattern = route_patterns(language).get("eer")
    return pattern is not None and any(pattern.search(f" {fold_any(text)} ") for text in texts)


def cannot_call_in(text: str, language: str) -> bool:
    """The writer says calling is not safe or not possible (knowledge/talen/<taal>.yml, 'niet_bellen')."""
    pattern = route_patterns(language).get("niet_bellen")
    return bool(pattern and pattern.search(f" {fold_any(text)} "))


# Earlier messages of the conversation that still count: the last few.
CONTEXT_MESSAGES = 3


def _route_in_context(route: str, language: str, earlier: Sequence[str]) -> str:
    """A follow-up that alone says nothing the word lists know ("boje sie", "co mam robic", "nie chce
    zeby mama wiedziala") leans on the conversation: danger in the message before stays danger (112
    and what to do), and a child stays a child (the Kindertelefoon), also on a victim's or a
    bystander's words. Every message is otherwise routed on its own."""
    if not earlier or route not in ("andere_vragen", "slachtoffer", "omstander"):
        return route
    recent = list(earlier)[-CONTEXT_MESSAGES:]
    before = [choose_route(text, language) for text in recent]
    if route == "andere_vragen" and (before[-1] == "acuut" or (before[-2:-1] == ["acuut"] and before[-1] != "lokaal")):
        # (also two messages on: "Sunt în baie, am încuiat ușa" after the knife, which alone is no
        # danger to the word lists, then "nu pot să vorbesc olandeză": twenty-fourth session's probe)
        return "acuut"
    if "kind" in before or any(_is_child(text) for text in recent):
        return "kind"
    return route


_FORCED_MARRIAGE_EN = re.compile(
    r"\b((force[sd]?|forcing|make|makes|made|want|wants|wanted|push|pushing|pressure) (\w+ ){0,2}(me|her|him|us) "
    r"(\w+ ){0,2}(to )?(marry|get married)|forced (\w+ )?marriage|married off|marry (\w+ ){0,4}against (my|her|his) will)\b")
FORCED_MARRIAGE_ENTRY = "hulp-bij-huwelijksdwang"


def _english_entry_for_a_forced_marriage(text: str) -> Optional[EnglishEntry]:
    if not _FORCED_MARRIAGE_EN.search(fold_any(text)):
        return None
    return next((entry for entry in english_entries() if entry.id == FORCED_MARRIAGE_ENTRY), None)


# A professional writing in English ("I am a teacher at an international school. A student told me
# her father hits her. Do I need to follow the meldcode?" got the resident bystander's tips, twenty-
# fourth session's probe): the meldcode's answer when an English entry clearly has one.
_PROFESSIONAL_EN = re.compile(
    r"\b((i am|i m|im|i work as|as) (a |an )?(\w+ )?(teacher|doctor|gp|nurse|midwife|social worker|youth worker|"
    r"childcare worker|daycare worker|psychologist|therapist|physiotherapist|pharmacist|dentist|counsellor|counselor|"
    r"mentor|coach|care worker|school nurse|paediatrician|pediatrician)|"
    r"(i work|working) (at|in) (a |an |the )?(\w+ )?(school|daycare|childcare|hospital|clinic|practice|nursery)|"
    r"meldcode|(my|a) (student|pupil|patient|client) (told|tells|says|said))\b")


_ASKS_TO_REPORT_EN = re.compile(r"\b(do|must|should|shall) i (\w+ ){0,2}report\b")
REPORT_WHEN_TOLD_ENTRY = "disclosure-melden"


def _english_for_a_professional(text: str, earlier: Sequence[str] = ()) -> Optional[EnglishEntry]:
    """The English answer for a professional (who says so in this message or the ones before); "Do I
    have to report it?" after a pupil's disclosure: that a disclosure is reported."""
    if not any(_PROFESSIONAL_EN.search(fold_any(said)) for said in [*earlier[-CONTEXT_MESSAGES:], text]):
        return None
    found = find_english(text)
    if found is None and _ASKS_TO_REPORT_EN.search(fold_any(text)):
        found = next((entry for entry in english_entries() if entry.id == REPORT_WHEN_TOLD_ENTRY), None)
    return found


def foreign_messages(text: str, language: str, guess: Optional[str] = None, guess_first: bool = False,
                     earlier: Sequence[str] = (), language_line_given: bool = False) -> List[Dict]:
    """The first help for `text`; `earlier` are the conversation's messages before it, oldest first;
    `language_line_given` whether the line on an interpreter was sent in this conversation already
    (it is said once: every answer ending in the same paragraph buries what is new)."""
    own = choose_route(text, language, guess, guess_first)
    route = _route_in_context(own, language, earlier)
    child_context = route == "kind" and own != "kind"
    if route != "acuut" and tells_of_online_extortion(text, language, earlier):
        # Helpwanted's help: do not pay, send nothing, block, keep the messages ("should I pay?"
        # after it got "I can only help with the first steps", in Romanian "calling is free").
        # The route's number line first when the message tells whose it is (a child's Kindertelefoon),
        # as the Dutch route for sexual violence puts its number before Helpwanted's answer.
        first = route if route in ("slachtoffer", "omstander", "kind") else None
        route = "online_afpersing"
        messages = (language_messages(language, first)[:1] if first else []) + language_messages(language, route)
    elif route == "lokaal":
        route, fields, no_contact = local_help_route(with_latin_places(text))
        messages = language_messages(language, route, **fields)
        if no_contact:
            messages += language_messages(language, "lokaal_onbekend_contact", **fields)
        route = "lokaal"
    elif (own == "andere_vragen" and route in ("andere_vragen", "kind") and language == "en"
          and common_question(text, language) not in BEFORE_ENGLISH_SEARCH and (english := find_english(text))):
        # English questions are answered from the entries that have an English short answer; one
        # without Veilig Thuis's number ("do they take children away?") gets it after the answer,
        # and a child's the Kindertelefoon ("will she go to jail if i tell" from a girl of 12).
        messages = [english_answer(english)]
        if child_context:
            messages += language_messages(language, "kind")[:1]
        elif render("{tel:veilig_thuis}") not in messages[0]["text"]:
            messages += language_messages(language, "meer_hulp")
    elif (route == "andere_vragen" or (earlier and route in ("slachtoffer", "omstander"))) and (
            common := common_question(text, language)):
        # "czy to kosztuje?", "will they take my children?", "can I call in English?": a common
        # question with one short answer, rather than "I can only help with the first steps", or,
        # later in a conversation, than the victim's or bystander's route once more ("o să îmi ia
        # copiii?" names the children as a victim's words do).
        route = common
        messages = language_messages(language, route)
        if route in ("taal_veilig_thuis", "adres_112"):
            # "can I talk to someone in English?": the line on language, then Veilig Thuis's number
            # to talk to a person (the second line of 'andere_vragen', without "only the first steps");
            # also after how 112 finds you, outside danger a moment ago.
            messages += [{"text": m["text"].split("\n", 1)[1], "buttons": []}
                         for m in language_messages(language, "andere_vragen") if "\n" in m["text"]]
    elif route in ("slachtoffer", "omstander") and (common := common_question(text, language)) and common not in (
            "taal_veilig_thuis", "wat_doen"):
        # "my husband hits me, will they take my kids?": the route, and then the answer.
        messages = language_messages(language, route) + language_messages(language, common)
    elif language == "en" and route in ("omstander", "andere_vragen") and (
            professional := _english_for_a_professional(text, earlier)):
        messages = [english_answer(professional)]
        if render("{tel:veilig_thuis}") not in messages[0]["text"]:
            messages += language_messages(language, "meer_hulp")
    elif language == "en" and route in ("slachtoffer", "omstander", "kind") and (
            forced := _english_entry_for_a_forced_marriage(text)):
        # "my parents want to force me to marry my cousin this summer": the route's number, then
        # where to turn, also from abroad (the LKHA), which the route's general advice does not say.
        messages = language_messages(language, route)[:1] + [english_answer(forced)] + language_messages(language, route)[1:]
    else:
        messages = language_messages(language, route)
        asked = common_question(text, language) if route == "acuut" else None
        if asked in ("taal_112", "taal_veilig_thuis"):
            # "he is hitting me, does 112 speak English?", or in danger "I don't speak Dutch, will
            # the police understand me?" (twenty-third session's probe: the 112 block a third time
            # and the interpreter at Veilig Thuis): 112 first, then which languages 112 speaks.
            messages += language_messages(language, "taal_112")
            language_line_given = True
        elif asked == "adres_112":
            # "I don't know the address in Dutch" a moment after "he says he will kill me" got the
            # 112 block again (twenty-fourth session's probe): call anyway, the phone tells where.
            messages += language_messages(language, "adres_112")
    if cannot_call_in(text, language):
        # "He is in the next room, I can't talk on the phone": the ways to get help without calling,
        # instead of "I can only help with the first steps", or right after a route's first line.
        ways = language_messages(language, "niet_bellen")
        messages = ways if route == "andere_vragen" else messages[:1] + ways + messages[1:]
    if route == "kind" and _names_honour([*earlier, text], language):
        # "My brother hits me and says I brought shame on the family" (in Arabic, twenty-fifth session's
        # probe) was told twice to confide in an uncle or aunt: in the name of the family's honour,
        # relatives may be the danger; the line on whom to tell is left out.
        trusted = language_messages(language, "kind")[1:2]
        messages = [dict(m, text=m["text"].rsplit("\n", 1)[0]) if trusted and m["text"] == trusted[0]["text"] else m
                    for m in messages]
    if route != "lokaal" and "112" not in messages[0]["text"].split("\n")[0]:
        # The danger check understands these languages less well than Dutch (it missed 8 of 40
        # acute messages of a held-out set): every answer but local help starts with the 112 line.
        messages = language_messages(language, "gevaar_eerst") + messages
    if route in _WITH_LANGUAGE_LINE and not language_line_given:
        messages += language_messages(language, "taal_veilig_thuis")
    return messages


def language_lines(language: str) -> List[str]:
    """The texts of the line on an interpreter in `language` (to see whether it was sent)."""
    return [m["text"] for m in language_messages(language, "taal_veilig_thuis")]
