"""What a short follow-up asks about the subject just talked about: whether it is allowed, how long
it lasts, what it costs, when one can reach it, what breaking it costs, whether one can report it,
since when, for which ages, how long it is kept, its signs and consequences ('is dat strafbaar?', 'hoe lang duurt
dat?', 'kost dat wat?', 'tot hoe laat kan dat?', 'en als hij zich er niet aan houdt?', 'kan je daar
aangifte van doen?', 'sinds wanneer is dat zo', 'voor welke leeftijd is dat', 'waar merk je het aan').

Its few words alone find nothing, or something far off. The answer before, or one the editors
linked to it, that speaks of that aspect answers it (actions/knowledge_answer.py): the answer
before counts first, as repeating it does answer here; the shown answer before the title and the
longer explanation. How long something lasts is asked of the subject itself: there the answer
before counts first with its longer explanation too, as a linked entry's figure is often of
something else."""
import re
from typing import Dict, Iterable, List, Optional

from veilig.knowledge.kinds import DEFINITION, entry_kind
from veilig.text import fold
from veilig.worry import is_about_violence

_JOINED = r"(^(en |maar |dus )?|\b)"
_NUMBER = r"(\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|twintig|honderd)"
# (not 'een': "leidt tot een huisverbod" tells no age)
_AGE = (r"(\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|"
        r"zeventien|achttien|negentien|twintig|drieentwintig|vierentwintig)")
# 'waar moet ik verder nog op letten?' after a loverboy's answer, 'waar let ik nog meer op?' (thirty-fourth
# session's fifth tuning conversations): its signs, a subject the question does not name.
_STILL = r"((verder|nog|meer|ook|dan|allemaal|precies|eigenlijk|bij (haar|hem|hen|die|zo n kind|zo iemand)) )"
_WATCH_FOR = (rf"waar (moet|kan|kun|moeten|kunnen|zou|zal) (ik|je|u|we|wij) {_STILL}{{0,4}}op letten|"
              rf"waar (let|letten) (ik|je|u|we|wij) {_STILL}{{0,4}}op")


def asks_what_else_to_watch_for(text: str) -> bool:
    """'waar moet ik verder nog op letten?': the signs of the subject before, which it does not name."""
    return bool(re.search(rf"^(en |maar |dus )?({_WATCH_FOR})\??$", fold(text or "").strip()))


ASPECTS = (
    # 'is hij nu strafbaar of ik?' asks about people, which the answer before need not cover
    ("wet",
     re.compile(r"(^(en |maar )?(is|wordt) (dat|dit|het)( \w+){0,2} (strafbaar|verboden|illegaal|toegestaan)|"
                # 'en is schreeuwen dan ook verboden?' after the ban on violence in upbringing (thirty-second session)
                r"^(en |maar )?(is|zijn) (?!(hij|zij|ze|ik|je|jij|u|we|wij|hun|die|iemand)\b)\w+( \w+)? (dan )?ook "
                r"(verboden|strafbaar)\??$|"
                rf"{_JOINED}(mag|mogen) ((hij|zij|ze) )?(dat|dit)( (wel|zomaar|eigenlijk|gewoon|zo maar))*"
                # what they may not do to the writer named after it: "mogen ze dat eigenlijk, mij laten trouwen als
                # ik niet wil" (the tenth tuning conversations)
                r"( (mij|me|ons|haar|hem|jou|je)( \w+){1,7})?$)"),
     re.compile(r"\b(strafbaar|verboden|mag niet|mogen niet|niet toegestaan|in de wet|misdrijf)\b")),
    ("duur",
     re.compile(rf"{_JOINED}(hoe ?lang (duurt|geldt|blijft|bewaren|bewaart|mag|moet|zit|heeft)|tot wanneer (geldt|duurt)|"
                r"hoeveel (dagen|weken|maanden|tijd))\b( \w+){0,4}\??$"),
     # (not a sentence: "kan een boete of tot 2 jaar celstraf krijgen" answered "hoe lang duurt zo'n verbod
     # eigenlijk" after the rules of a house ban, fortieth session's set 11)
     re.compile(rf"\b({_NUMBER} (dagen|weken|maanden|jaar|jaren|werkdagen|uur)(?! (cel|celstraf|gevangenis\w*|"
                r"jeugddetentie|taakstraf)\b)|binnen \w+ (dagen|weken|uur)|zo lang als (nodig|noodzakelijk))\b")),
    ("kosten",
     re.compile(rf"{_JOINED}(kost (dat|het|dit)( \w+)?|moet ik (daar |daarvoor |er )?(voor )?betalen|is (dat|het|dit) gratis|"
                r"wat kost (dat|het|dit))( \w+){0,2}\??$"),
     # 'gratis' only as 'de hulp is gratis': the line with a number ('Bel ... gratis, dag en nacht')
     # closes nearly every answer; not 'het kost tijd'
     # ('kan gratis een VOG aanvragen': what it costs, too)
     re.compile(r"\b((hulp|het|dat|dit|deze|die|gesprek|chat|vog|aanvraag|begeleiding|advies) (is|zijn) (\w+ )?gratis|"
                r"gratis (een |de |het )?(\w+ ){0,6}(aanvragen|aan vragen|krijgen)|"
                r"kost(?! (\w+ )?(tijd|moeite|kracht|energie))|kosten|euro|betalen|betaal je|eigen bijdrage|vergoed\w*)\b")),
    ("bereikbaar",
     re.compile(rf"{_JOINED}(tot hoe laat|hoe laat|wanneer (is|zijn) (dat|die|het|ze) (open|bereikbaar)|openingstijden|"
                r"(ook|zijn ze) (s nachts|in het weekend|op zondag))( \w+){0,5}\??$"),
     # not 'dag en nacht': the line with Veilig Thuis's number says it in nearly every answer;
     # on folded text, where '14.00 uur' is '14 00 uur'
     re.compile(r"\b(\d{1,2} \d\d uur|van \d{1,2}( \d\d)? (uur )?tot \d{1,2}|openingstijden|maandag tot|is open|zijn open)\b")),
    # 'is dat ook geweld dan? hij slaat me nooit' after what economic violence is: that answer again
    # ('is dat huiselijk geweld?' has an entry of its own: whether it is domestic violence)
    ("geweld",
     # (also "telt dat eigenlijk wel als geweld als er niet geslagen wordt", the tenth tuning conversations)
     re.compile(r"^(en |maar |dus )?(is|telt) (dat|dit) (ook |wel |nou |echt |dan |al |eigenlijk |toch |gewoon )*"
                r"(als |onder )?(geweld|mishandeling)"
                r"( \w+){0,8}\??$|"
                # at the end of a story, the form left out: "hij is gewoon heel jaloers en bepaalt met wie ik afspreek.
                # telt dat uberhaupt" (fortieth session's set 11)
                r"\btelt (dat|dit|het|zoiets) (\w+ )?(uberhaupt|ueberhaupt|eigenlijk|wel|ook|echt)\??$"),
     re.compile(r"\b(geweld|mishandeling)\b")),
    # 'en als hij zich er niet aan houdt?' after the huisverbod: what breaking the ban or order costs
    ("overtreden",
     re.compile(rf"{_JOINED}((wat )?als|wat gebeurt er als|wat nou als) (hij|zij|ze|die|diegene|de pleger) (zich )?"
                r"(er|daar) (toch )?niet aan (houdt|houden)( \w+){0,3}\??$|"
                r"^(en |maar )?(als|wat als) (hij|zij|ze|die) (het|dat|dit) (toch )?(overtreedt|overtreden|negeert)( \w+){0,3}\??$"),
     re.compile(r"\b(overtre\w*|niet aan (het|de|dit|dat) (\w+ )?houdt|houdt zich niet aan)\b")),
    # 'en wat gebeurt er daarna' after how to report to the police: what happens after a report (an
    # entry whose title says so; its text alone may tell of anything that comes 'daarna')
    ("vervolg",
     re.compile(r"^(en |maar |dus )?((wat gebeurt er|hoe gaat het|hoe gaat dat|wat doen ze|wat doet (de politie|veilig thuis))"
                r"( \w+){0,2} (daarna|daarmee|vervolgens|verder|dan verder)|hoe (gaat het |nu )?verder|en daarna|wat nu)\??$"),
     re.compile(r"\b(wat gebeurt er (na|nadat)|wat nu|hoe (gaat het )?verder|na (de|een|je|het|mijn) (\w+ ){0,3}"
                r"(melding|aangifte|adviesvraag|huisverbod|onderzoek|opvang|tien dagen))\b")),
    # 'hoe kan ik het allemaal bewijzen dan' after stalking: the entry on proof and a log (its title)
    ("bewijs",
     re.compile(r"^(en |maar |dus )?(hoe|wat) (kan|moet|kun|moeten|kunnen) (ik|je|we|u) (het |dat |dit |alles |allemaal |dan |er |"
                r"nu |eigenlijk |precies )*(bewijzen|bewaren|vastleggen|opschrijven|bijhouden|verzamelen)( dan)?\??$|"
                # told, then asked how: "de politie zei dat ik bewijs moet verzamelen. hoe pak ik dat aan" (the
                # tenth tuning conversations)
                r"\bbewijs (\w+ ){0,2}(verzamelen|bewaren|vastleggen|bijhouden)\b.*\b(hoe|wat) (pak|doe|moet|kan|kun) "
                r"(ik|je|we) (dat|dit|het|zoiets)( \w+){0,3}$|"
                # whether to, with the verb first: "dit is al de 4e keer deze maand, moet ik dat ergens bijhouden
                # ofzo" after 112 (fortieth session's set 11: only that the danger passed)
                r"\b(moet|kan|kun|moeten|zal) (ik|je|we) (het |dat |dit |alles |allemaal |dan |er |ergens |wel |nu |"
                r"eigenlijk |zelf |ook )*(bewijzen|bewaren|vastleggen|opschrijven|bijhouden|verzamelen)( ofzo| of zo)?\??$"),
     re.compile(r"\b(bewijs|logboek|vastleggen)\b")),
    # 'en als ik me daarna bedenk?' after a report to the police: taking it back
    ("intrekken",
     re.compile(r"^(en |maar )?((wat )?als|kan|kun|mag) (ik|je|we) (me |mij |ons |het |die |dat |de |mijn |daarna |later |toch )*"
                r"(bedenk|bedenken|intrekken|intrek|terugtrekken|terugdraaien|spijt krijg|spijt heb)( \w+){0,3}\??$"),
     re.compile(r"\b(intrek\w*|in te trekken|trek \w+ in|terugtrekken|terug te trekken)\b")),
    # 'kun je daar als ouder nog tegenin gaan' after a placement out of home: objection and appeal
    ("bezwaar",
     re.compile(r"^(en |maar )?(kan|kun|kunnen|mag|mogen) (je|ik|we|wij|u|ouders|de ouders) ((daar|er|hier|dat|daartegen|ertegen|"
                r"als \w+|nog|wel|dan|ook|iets|tegen|eigenlijk) )*(tegenin gaan|tegen in gaan|tegen doen|bezwaar (\w+ )?maken|"
                r"in (hoger )?beroep gaan|aanvechten|tegen vechten|tegenhouden)( \w+){0,3}\??$"),
     re.compile(r"\b(bezwaar|in beroep|hoger beroep|advocaat|tegenin|aanvechten)\b")),
    # 'wie beslist dat dan wel' after whether Veilig Thuis takes children out of their home: who decides
    ("beslissing",
     re.compile(r"^(en |maar |dus )?wie (beslist|besluit|bepaalt|beslissen|bepalen) (dat|dit|het|dat dan|dan|er|daarover|"
                r"over)( \w+){0,3}\??$"),
     re.compile(r"\b(beslist|besluit|bepaalt|beslissen|rechter|kinderrechter)\b")),
    ("aangifte",
     # ('kan ik hier eigenlijk aangifte van doen of is dat overdreven' after stalking, thirty-seventh session)
     re.compile(rf"{_JOINED}(kan|kun|mag|moet) (ik|je|u|we) (daar|er|hier|hiervan|daarvan) ((dan|ook|nog|eigenlijk|wel|gewoon) )*"
                r"aangifte (van )?doen( (of|want|maar) (\w+ ){0,7}\w+)?\??$|"
                r"^(en )?aangifte doen\??$"),
     re.compile(r"\baangifte\b")),
    # 'kan de politie iets doen voordat het gebeurt?' after the fear that the children are taken
    # abroad (twenty-second session's probe: the general text on a report to the police)
    ("politie",
     # ('en als ik het niet doe, kan de politie dan nog steeds iets tegen hem doen?' after the answer on
     # reporting, fortieth session's set 11: the bystander's route)
     re.compile(rf"{_JOINED}(kan|kunnen|mag|moet|gaat|doet) de politie (daar |er |hier |dan |nu |al |nog |steeds |toch |wel )*"
                r"(iets|wat|ook iets|echt iets|niks|niets)( \w+){0,6}\??$|"
                r"^(en |maar |dus )?(moet|kan|mag|kun) (ik|je) (daarmee |dan |er |nu |al |ook )*(naar )?de politie "
                r"(bellen|inschakelen|gaan|waarschuwen|vragen)( \w+){0,5}\??$|"
                # 'moet ik dan ook naar de politie', 'moet dat dan naar de politie' (thirty-second session)
                r"^(en |maar |dus )?(moet|kan|mag|kun|gaat) (ik|je|dat|dit|het|we|u) (daarmee |dan |er |nu |al |ook )*"
                r"naar de politie( toe)?\??$"),
     re.compile(r"\bpolitie\b")),
    # 'blijft dit voor altijd in ons dossier?' after being reported: how long Veilig Thuis keeps it
    ("bewaren",
     re.compile(r"^(en |maar )?(blijft|staat|blijven|staan) (dit|dat|het|dat dan|dit dan|alles|die melding|de melding) "
                r"(\w+ ){0,2}(voor altijd|altijd|eeuwig|voorgoed|levenslang)( \w+){0,4}\??$"),
     re.compile(r"\b(bewaar\w*|vernietig\w*)\b")),
    # 'waar merk je het als ouder aan' after what a loverboy is: the entry on its signs (its title)
    ("signalen",
     re.compile(r"^(en |maar |dus )?((waar|waaraan) (merk|zie|herken|ziet|merkt|herkent) (je|ik|u|jij|we|men) (het|dat|dit|zoiets)"
                r"( \w+){0,4} aan|hoe (herken|merk|zie|herkent|merkt|ziet) (je|ik|u|jij|we|men) (het|dat|dit|zoiets)"
                r"(?! (hij|zij|ze|ik|je|jij|mijn|mn|iemand|er|het|die|de|een|zijn|haar)\b)( \w+){0,3}|"
                r"wat zijn (de |dan de )?(signalen|tekenen|kenmerken)( \w+){0,2}|"
                rf"{_WATCH_FOR})\??$"),
     re.compile(r"\b(signalen|herken\w*)\b")),
    # 'en als het al jaren geleden is', 'of is het te laat' after help after sexual violence: what can
    # still be done after years
    ("lang_geleden",
     re.compile(r"^(en |maar |of )?((en )?als|wat als) (het|dat|dit|alles) (al )?(\w+ )?(jaren|lang|heel lang|\d+ jaar|jaar) "
                r"geleden (is|was|gebeurd|gebeurde|gebeurd is)( \w+){0,3}\??$|\b(is|ben) (het|ik) (nu )?(al |dan )?te laat\??$|"
                # after years, or whether it lapsed: "kan ik daar na zoveel jaar nog aangifte van doen of is dat
                # verjaard" a moment after the CSG's route (fortieth session's set 11: the route again)
                r"\bna (zo ?veel|zo lang|vele|al die) (\w+ )?(jaar|jaren|tijd) (\w+ ){0,3}(aangifte|melden|hulp|iets doen|vertellen)\b.*\??$|"
                r"\b(is|zijn) (het|dat|dit|die) (al |dan |nu |niet |inmiddels )*verjaard\??$"),
     re.compile(r"\b(lang geleden|jaren geleden|verjaar\w*|verjaring)\b")),
    # 'wat doet dat met kinderen?' after seeing violence at home: the entry on its consequences (its title)
    ("gevolgen",
     re.compile(r"^(en |maar )?((wat )?(doet|doen) (dat|dit|het|zoiets) (\w+ )?(met|bij) (\w+ ){0,2}(kinderen|een kind|kind|je|jou|"
                r"iemand|mensen|slachtoffers|hen|ze|hem|haar|mij|me|ons)( \w+){0,2}|(wat (zijn|zijn dan|zijn daar) )?de gevolgen"
                r"( (daarvan|ervan|hiervan|dan|voor \w+( \w+)?))?)\??$"),
     re.compile(r"\bgevolgen\b")),
    # 'hoe vaak gebeurt dit eigenlijk bij ouderen' after the signs of elder abuse, 'hoeveel mensen maken dit
    # eigenlijk mee?' after a victim's story: the entry with the figures (its title; fortieth session's set 11)
    ("cijfers",
     re.compile(r"^(en |maar |dus )?(hoeveel (mensen|kinderen|vrouwen|mannen|ouderen|slachtoffers|gezinnen|jongeren|meisjes|"
                r"jongens)( \w+){0,6}|hoe vaak (gebeurt|komt) (dit|dat|het|zoiets)( \w+){0,4}|"
                r"(komt|gebeurt) (dat|dit|het|zoiets) (eigenlijk |echt |nou )?(vaak|vaker|veel)( voor)?( \w+){0,4})\??$"),
     re.compile(r"\b(hoeveel|hoe vaak|cijfers|in cijfers)\b")),
    # 'en waar vind ik die?' after the aandachtsfunctionaris: where the answer before says to find it
    ("vindplaats",
     re.compile(r"^(en |maar )?waar (vind|vinden|zoek|zoeken|haal|halen|kan ik|kun je|kan je) (ik |je |u |we )?"
                r"(die|dat|deze|dit|zo n|zoiets|hem|haar|zo een)( (dan|eigenlijk|precies|vinden|zoeken))?\??$"),
     re.compile(r"\b(organisatie|website|www|nl|via|bij)\b")),
    # 'snap ik niet helemaal' after what traumatic bonding is: the answer before again, with its
    # longer explanation (it got "Sorry, dat begrijp ik niet goed")
    ("uitleg",
     re.compile(r"^(ik )?(snap|begrijp|volg|snapte|begreep) (ik |het |er |dat |je |dit )*(niet|niks|niets|geen bal|geen hout)"
                r"( (helemaal|echt|zo goed|goed|van|precies))*\??$|"
                r"^(wat bedoel je|hoe bedoel je|wat betekent dat|leg (dat |het |dit )?(eens |nog eens |beter |even )?uit|"
                r"kun je dat (nog eens |beter |anders )?uitleggen|kan je dat (nog eens |beter |anders )?uitleggen)( precies| dan)?\??$"),
     re.compile(r"\w")),
    # 'kan dat ook met een vriendin of ouder, of alleen in een relatie?' after traumatic bonding: the
    # answer before again, with its longer explanation (which says whom it happens between)
    ("ook_bij",
     re.compile(r"^(en |maar )?(kan|gebeurt|bestaat|komt|speelt|ontstaat) (dat|dit|het|zoiets) (dan )?ook (voor )?"
                r"(met|bij|in|onder|tussen) (\w+ ){0,10}\w+\??$|"
                # 'geldt dat ook voor de kinderen? hij wil ze zaterdag zien' after the house ban
                r"^(en |maar )?(geldt|gelden) (dat|dit|het|die|deze|dat verbod) (dan |eigenlijk )?ook voor (de |mijn |onze |m n |mn )?"
                r"(kinderen|kids|kind|zoon|dochter|familie|ouders)( \w+){0,8}\??$"),
     re.compile(r"\w")),
    # 'sinds wanneer is dat zo' after the ban on violence in upbringing: the year it came (thirty-second session)
    ("sinds",
     re.compile(r"^(en |maar )?(sinds|vanaf) (wanneer|hoe lang|welk jaar) (is|geldt|gelden|bestaat|bestaan|mag|mogen|werkt|"
                r"werken|kan|kun|heeft|hebben|doet|doen) (dat|dit|het|die|deze)( \w+){0,3}\??$"),
     re.compile(r"\b(sinds|vanaf|per|in) (\d{1,2} \w+ )?(19|20)\d\d\b")),
    # 'voor welke leeftijd is dat' after Handle with Care: the ages it is for
    ("leeftijd",
     re.compile(r"^(en |maar )?((voor|vanaf|tot) (welke|wat voor|wat voor een) leeftijd|(vanaf|tot) hoe oud|"
                r"hoe oud (moet|moeten|mag|mogen|zijn|is)|welke leeftijd)( \w+){0,5}\??$"),
     re.compile(rf"\b((van )?{_AGE} (tot|en|t m) {_AGE} jaar|(tot|vanaf|onder de|boven de|jonger dan|ouder dan) {_AGE}( jaar)?|"
                r"leeftijd)\b")),
    # 'is er ook een app voor?' after the meldcode's duties: the meldcode's app (its title)
    ("app",
     re.compile(r"^(en |maar )?(is|bestaat|heb|hebben|heeft|zit) (er|je|ze|jullie|daar|dat) (\w+ ){0,3}(een |zo n )?app"
                r"( voor| van| daarvoor| voor die| bij)?( \w+){0,2}\??$"),
     re.compile(r"\bapp\b")),
)


FIRST_QUESTION_WORDS = 6
TOLD_AFTER_WORDS = 16  # ("ik ben als de dood voor het moment dat hij weer voor de deur staat", the twelfth set)


def asked_aspect(text: str) -> Optional[str]:
    """The aspect a short follow-up asks about, or None; also a short question followed or preceded by
    what the writer tells about it ("mag hij dat? hij zegt dat het straf is", thirty-third session)."""
    aspect = _aspect_in(text)
    if aspect:
        return aspect
    # (or told first: "onze dochters van 6 en 9 zien het allemaal. wat doet dat met ze", the twelfth tuning
    # conversations)
    told_first, _, last = (text or "").strip().rstrip("?").rpartition(". ")
    # (not after a story of violence, which names its own subject: "mijn buurman slaat zijn kinderen. is dat strafbaar?")
    if told_first and "?" not in told_first and 0 < len(told_first.split()) <= TOLD_AFTER_WORDS and (
            len(last.split()) <= FIRST_QUESTION_WORDS) and not is_about_violence(told_first):
        return _aspect_in(last)
    question, mark, told = (text or "").partition("?")
    if not mark or "?" in told or len(question.split()) > FIRST_QUESTION_WORDS or not 0 < len(told.split()) <= TOLD_AFTER_WORDS:
        return None
    return _aspect_in(question)


def _aspect_in(text: str) -> Optional[str]:
    folded = fold(text or "").strip()
    return next((name for name, asks, _ in ASPECTS if asks.search(folded)), None)


def entry_on_aspect(aspect: str, entries: Iterable[Optional[Dict]]) -> Optional[Dict]:
    """The first entry whose answer speaks of the aspect; else whose title ('Kost bellen met Veilig
    Thuis geld?'), else whose longer explanation does."""
    says = next(pattern for name, _, pattern in ASPECTS if name == aspect)
    known = [entry for entry in entries if entry]
    if aspect == "aangifte":
        titled = next((entry for entry in known if _REPORTING_ONE_FORM.search(fold(entry.get("title") or ""))), None)
        if titled:
            return titled
    if aspect == "geweld":
        # 'is dat nou mishandeling?' asks whether what was told is a form of violence: the entry that
        # explains one ('Ontspoorde mantelzorg', linked to respite care) before one that only names
        # violence (the local team's, the ninth tuning conversations)
        defining = [entry for entry in known
                    if entry_kind(entry.get("id") or "", entry.get("title") or "", entry.get("folder") or "") == DEFINITION]
        if defining:
            return defining[0]
    parts = _TITLE_ONLY if aspect in TITLE_ONLY_ASPECTS else ("text", "title", "long")
    return next((entry for part in parts for entry in known
                 if says.search(fold(entry.get(part) or ""))), None)


# What happens next, how to gather proof, an app, the signs and the consequences are entries of their
# own ('Wat gebeurt er na een aangifte?', 'Stalking: bewijs verzamelen en een logboek bijhouden', 'De
# meldcode-app', 'Signalen van een loverboy', 'Gevolgen van huiselijk geweld voor kinderen'): their titles say so.
TITLE_ONLY_ASPECTS = frozenset({"vervolg", "bewijs", "app", "signalen", "gevolgen", "cijfers"})
# The word that, searched with the follow-up, finds such an entry when none is linked to the answer
# before: "wat doet zoiets met een kind?" after what physical abuse of children is (thirty-fourth session).
ASPECT_SEARCH_WORDS = {"signalen": "signalen", "gevolgen": "gevolgen", "cijfers": "cijfers", "bewijs": "bewijs"}
_TITLE_ONLY = ("title",)
# Reporting one form of violence has entries of its own ('Aangifte doen van stalking'), which come
# before an answer that only names it: "kan ik daar aangifte van doen" after a tracker found got the
# tracker's answer again (the seventh tuning conversations). Not the general 'Aangifte doen bij de
# politie': after the CSG, its answer (no report needed for help) stays first.
_REPORTING_ONE_FORM = re.compile(r"\baangifte (doen )?van (?!huiselijk)\w+")


def answer_on_aspect(aspect: str, before: Optional[Dict], linked: Iterable[Optional[Dict]]) -> Optional[Dict]:
    """The answer before or a linked entry that speaks of the aspect (see entry_on_aspect). For how
    long, the answer before first, its longer explanation included: 'hoe lang mag ik daar blijven'
    after the shelter ('zo lang als nodig') got the months a pet may stay with Blijf van mijn Dier."""
    if aspect == "duur":
        # A time that something lasts before a deadline ('binnen 24 uur geef je door waar je verblijft')
        # of a linked entry or of the longer explanation before: "hoe lang duurt zo'n verbod eigenlijk"
        # from one with a ban got that deadline (the fortieth session's set 11). A deadline still answers
        # when no entry names a span, and the short answer before keeps its own.
        others: List[Dict] = [entry for entry in linked if entry]
        known = [entry for entry in (before, *others) if entry]
        without = [dict(entry, **{part: _DEADLINE.sub("", entry.get(part) or "")
                                  for part in (("long",) if entry is before else ("text", "title", "long"))})
                   for entry in known]
        found = _on_how_long(without[0] if before else None, without[1:] if before else without)
        if found is not None:
            return known[next(n for n, entry in enumerate(without) if entry is found)]
        return _on_how_long(before, others)
    if aspect in ("uitleg", "ook_bij"):
        return before  # 'snap ik niet helemaal' is about the answer given, not a linked one
    return entry_on_aspect(aspect, [before, *linked])


def _on_how_long(before: Optional[Dict], linked: List[Dict]) -> Optional[Dict]:
    # (a linked entry titled on how long it takes before one that names some time: "hoe lang duurt dat
    # allemaal" after what happens after a melding got the five days of the first assessment)
    return (entry_on_aspect("duur", [before]) or next((entry for entry in linked if _ON_HOW_LONG.search(
        fold(entry.get("title") or ""))), None) or entry_on_aspect("duur", linked))


_ON_HOW_LONG = re.compile(r"\bhoe lang (duurt|geldt|blijft|loopt)\b")
_DEADLINE = re.compile(rf"\bbinnen {_NUMBER} (dagen|weken|maanden|werkdagen|uur)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def with_the_aspect_told(aspect: str, entry: Dict, answered_before: bool = False) -> Dict:
    """The entry to answer with: when only its longer explanation speaks of the aspect ('Je blijft
    in de opvang zo kort als kan en zo lang als nodig is'), which the chat does not show, that
    sentence comes before the short answer. The answer given just before, whose short text already
    spoke of the aspect and is asked about again (`answered_before`: 'kan de politie iets doen
    voordat het gebeurt?'), comes with its longer explanation: alone it would repeat what was read."""
    says = next(pattern for name, _, pattern in ASPECTS if name == aspect)
    if says.search(fold(entry.get("text") or "")) or says.search(fold(entry.get("title") or "")):
        if answered_before and (entry.get("long") or "").strip():
            return dict(entry, text=f"{entry['text']}\n\n{entry['long'].strip()}")
        return entry
    sentence = next((part.strip() for part in _SENTENCE_END.split(entry.get("long") or "")
                     if part.strip() and says.search(fold(part))), None)
    return dict(entry, text=f"{sentence}\n\n{entry['text']}") if sentence else entry


# "geldt dat ook voor de huisarts?", "en huisartsen, doen die dat ook?" after the kindcheck: the same
# subject for another group, which a linked entry names in its title ('Kindcheck-alert voor
# huisartsen'); thirty-second session.
_FOR_ANOTHER_GROUP = re.compile(
    r"^(en |maar )?(geldt|gelden|telt|tellen|is|werkt) (dat|dit|het|die|deze) (ook |dan ook |nou ook |eigenlijk ook )"
    r"(voor|bij) (de |een |het )?(?P<a>[a-z]{4,})\??$|"
    r"^(en |maar )?(de |het )?(?P<b>[a-z]{4,}) (doen|moeten|hebben|mogen|kunnen|gebruiken) (die|zij|ze) (dat|dit|het|die) "
    r"(ook|dan ook|eigenlijk ook)\??$")


def another_group_asked(text: str) -> Optional[str]:
    """The group a follow-up asks the same about, as a stem ('huisarts' for 'huisartsen'), or None."""
    match = _FOR_ANOTHER_GROUP.search(fold(text or "").strip())
    if not match:
        return None
    group = match.group("a") or match.group("b")
    return re.sub(r"(en|s)$", "", group) if len(group) > 6 else group


def named_by_title(name: str, entries: Iterable[Optional[Dict]]) -> Optional[Dict]:
    """The first entry whose title names the group or subject (a word starting so: 'huisart' names
    'huisartsen')."""
    named = re.compile(rf"\b{re.escape(name)}")
    return next((entry for entry in entries if entry and named.search(fold(entry.get("title") or ""))), None)


# "is dat hetzelfde als ouderenmishandeling?" after ontspoorde mantelzorg: the answer before when it
# speaks of the other subject (its longer explanation too), else the entry that bears its name.
_COMPARED = re.compile(
    r"^(en |maar )?(is|zijn) (dat|dit|het|die|zoiets) (\w+ )?(hetzelfde|anders|iets anders|een vorm van) (als |dan )?"
    r"(?P<x>[a-z][a-z ]{3,40}?)\??$|"
    r"^(en |maar )?wat is (dan |eigenlijk )?het verschil met (?P<y>[a-z][a-z ]{3,40}?)\??$")


def compared_with(text: str) -> Optional[str]:
    """The other subject a follow-up compares the answer before with, folded, or None."""
    match = _COMPARED.search(fold(text or "").strip())
    return (match.group("x") or match.group("y")).strip() if match else None


def speaks_of(entry: Optional[Dict], subject: str) -> bool:
    return entry is not None and subject in fold(f"{entry.get('text') or ''} {entry.get('long') or ''}")

