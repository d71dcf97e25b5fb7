"""Does a message tell of sexual violence done to the writer or someone close?

Used by the decision order: someone who writes that they were raped, assaulted or abused gets
the Centrum Seksueel Geweld route, also when the classifier reads the story as a victim of other
violence, as unclear or as not ours. Deterministic, on folded text (lowercase, no accents).
"""
import re

from veilig.text import fold

# Someone else doing it: 'ik deed mijn broek uit' is no disclosure.
_SOMEONE = (r"hij|ze|zij|jongen|jongens|man|mannen|vent|kerel|oom|trainer|leraar|docent|vader|stiefvader|"
            r"broer|neef|opa|buurman|buurjongen|vriend|ex|baas")
# Disclosures in plain words, done to the writer: clothes pulled off, touching of intimate parts
# (children's words too).
_PLAIN_WORDS = (
    rf"({_SOMEONE})(\s+\w+){{0,10}}\s+(trok|trekt|deed|doet|rukte|rukt|scheurde)\s+(mijn|m n|mn)\s+"
    r"(broek|onderbroek|rok|rokje|slipje|kleren|bh)\s+(uit|af|open)|"
    rf"({_SOMEONE})\s+(mijn|m n|mn)\s+(broek|onderbroek|rok|rokje|slipje|kleren)\s+(uitdeed|uittrok|afrukte|afscheurde)|"
    r"aan (mijn|m n|mn) (borsten|billen|kruis|piemel|plassertje|plasser|vagina|geslachtsdeel\w*|intieme delen)"
)

# Made to do sexual acts ('ik moest seksuele handelingen verrichten'), and saying plainly that one
# went through it ('ik heb te maken gehad met seksueel misbruik').
_FORCED_ACTS = (r"(moest|moesten|dwong|dwingt|gedwongen|verplicht)( \w+){0,6} seksuele handelingen|"
                r"seksuele handelingen (moeten |te )?(verrichten|ondergaan|doen)|"
                # forced prostitution by a partner: 'mijn vriend zegt dat ik met andere mannen moet slapen voor geld'
                r"(met|voor) (andere |vreemde )?(mannen|klanten|vrienden van hem)( \w+){0,3} (slapen|naar bed|seks hebben)|"
                r"(moet|moest|moeten|dwingt|dwong|gedwongen|laat)( \w+){0,4} (tot |in de )?(prostitutie|tippelen|als escort)")
_TOLD_PLAINLY = r"(ik|heb|had|ben)( \w+){0,4} te maken (gehad|gekregen) met (seksueel (misbruik|geweld)|verkrachting|incest)"
# Forced to have sex, in everyday words ('mijn man dwingt me tot seks als ik geen zin heb', the ninth
# tuning conversations: the victim's route without the CSG).
_FORCED_SEX_TO_THE_WRITER = (r"(dwingt|dwong|dwingen|dwongen|forceert|forceerde|pusht) (me|mij)( \w+){0,3} (tot|om) "
                             r"(seks|te vrijen)|(dwingt|dwong) (me|mij) (\w+ ){0,2}met (hem|haar) naar bed|(me|mij) (\w+ ){0,2}(gedwongen|geforceerd) (tot|om) (seks|te vrijen)|"
                             r"seks (\w+ ){0,3}(terwijl|als|ook als|wanneer) ik (\w+ ){0,2}(geen zin heb|het niet wil|nee zeg)")

# Nude images of someone shared or spread ('mijn ex heeft naaktfoto's van mij gedeeld', 'er gaat een
# naaktfilmpje van me rond'): image-based sexual abuse.
_NUDES = r"(naaktfoto|naaktfotos|naaktfoto s|naaktbeeld|naaktbeelden|naaktfilmpje|naaktfilmpjes|naaktvideo|wraakporno)"
_SHARED = (r"(gedeeld|verspreid|verspreidt|rondgestuurd|doorgestuurd|online gezet|op internet gezet|gepost|deelt|rond|"
           r"gezet|geplaatst|gepubliceerd|geupload|ge upload)")
# 'mijn ex heeft naaktfotos van mij op een nep instagram account gezet'
_NUDES_SHARED = rf"{_NUDES}( \w+){{0,8}} {_SHARED}|{_SHARED}( \w+){{0,3}} {_NUDES}"

# Asked for nude images, most often online ("iemand op insta wil dat ik fotos stuur", "hij vraagt steeds om
# naaktfoto's"): grooming or the start of sextortion. Photos alone count only when asked online or by
# someone the writer does not know; "oma wil dat ik foto's van de vakantie stuur" is none.
_PICTURES = r"(foto|fotos|foto s|filmpje|filmpjes|plaatje|plaatjes|pics|nudes)"
_ASKED_FOR_IMAGES = (
    r"(wil|wilt|willen|vraagt|vroeg|vragen|dwingt|dwong|blijft)( \w+){0,4} (naaktfoto\w*|naaktbeeld\w*|nudes|"
    rf"{_PICTURES} (van (mezelf|mijzelf|mijn lichaam)|(in|zonder) (mijn |m n |mn )?(ondergoed|kleren|bh)))|"
    r"(insta|instagram|snap|snapchat|tiktok|discord|whatsapp|online|internet|gamen|game|chat|iemand die ik niet ken)"
    rf"( \w+){{0,6}} (wil|wilt|vraagt|vroeg|blijft vragen)( \w+){{0,4}} {_PICTURES}")

# Blackmail with images ('ik word gechanteerd met een filmpje', 'hij chanteert me met mijn foto's'):
# sextortion, also when the images are not called nude.
_BLACKMAILED = (r"(gechanteerd|chanteert|chanteerde|chanteren|chantage|afgeperst|perst (me|mij) af)( \w+){0,4} "
                rf"({_PICTURES}|video|videos|video s|beelden|naaktfoto\w*)|"
                rf"{_PICTURES}( \w+){{0,6}} (chanteren|chanteert|chanteerde|gechanteerd|afpersen|afgeperst)|"
                # money asked for nude images the writer sent ("ik heb een naakt foto gestuurd en nu wil hij
                # geld anders stuurt hij ze door"), and the threat in a clause of its own ("dat hij mijn
                # foto's online zet als ik het uitmaak")
                rf"naakt ({_PICTURES})( \w+){{0,10}} (geld|betalen|betaal|euro|anders|doorsturen|stuurt)|"
                rf"(de|mijn|m n|mn|die) ({_PICTURES}|beelden) (online|op internet|op insta\w*|op snap\w*) "
                r"(zet|zetten|gooit|plaatst|post|verspreidt|deelt)|"
                # images of the writer held over a break-up: "hij heeft ook foto's van mij en zegt dat hij ze naar
                # iedereen stuurt als ik het uitmaak" (the tenth tuning conversations)
                rf"({_PICTURES}|beelden|filmpjes|filmpje|videos|video s) van (mij|me)( \w+){{0,8}} (stuurt|sturen|verspreidt|"
                r"verspreiden|deelt|delen|zet|zetten|post|posten|laat zien)( \w+){0,4} (als|tenzij|anders)|"
                # money for not sending images the writer sent: "ik heb fotos gestuurd naar een jongen van insta en
                # nu zegt hij dat hij ze naar mn hele school stuurt als ik geen 200 euro betaal" (fortieth session)
                rf"({_PICTURES}|beelden|filmpjes|filmpje|videos|video s)( \w+){{0,20}} (stuurt|sturen|doorstuurt|verspreidt|"
                r"verspreiden|deelt|delen|zet|zetten|post|posten)( \w+){0,6} (als|tenzij|anders)( \w+){0,4} "
                r"(euro|geld|betaal|betalen|betaalt)\b")

# Intimate parts, in adults' and children's words ("opa zit aan haar plasser").
_INTIMATE_PARTS = (r"borsten|billen|kruis|vagina|intieme delen|piemel|plasser|plassertje|geslachtsdeel\w*|"
                   r"poes|poesje|spleetje|penis")

_SEXUAL_VIOLENCE = re.compile(
    r"\b(verkracht\w*|aangerand|aanrand\w*|aanranding|seksueel (misbruikt|misbruik\w*|geweld|benaderd|lastig ?gevallen)|"
    r"misbruikt (me|mij|haar|hem)|(me|mij) (seksueel )?misbruikt|(ik|ze|zij|hij) (ben|werd|is|was|word|wordt) (\w+ ){0,3}misbruikt(?! (voor|als))|betast\w*|handtastelijk\w*|bevredig\w*|pijpen|gepijpt|"
    r"ongewenst\w* (seks|aanraking\w*|betasting)|aan (me|mij) (gezeten|zitten|zat)|"
    # told about another: 'dat haar stiefvader aan haar zit'
    r"(\w*vader|\w*moeder|oom|opa|\w*broer|neef|buurman|trainer|leraar|vriend|hij|ze|zij) aan (haar|hem) "
    r"((heeft|had|hebben|hadden) )?(zit|zat|zitten|zaten|gezeten)\b|"
    # 'een begeleider raakt haar aan waar ze dat niet wil'
    r"(raakt|raakte|raken|raakten) (me|mij|haar|hem) (\w+ ){0,2}aan (op plekken |op plaatsen )?(waar|terwijl) "
    r"(ik|ze|zij|hij) (dat |het )?niet (wil|wilde|willen)|"
    r"(zat|zit) (hij|ze|zij) aan (me|mij)|"
    # 'mijn begeleider op de woongroep zit aan me' (not 'hij zit aan me te trekken', pulling at one)
    r"(\w*vader|\w*moeder|oom|opa|\w*broer|neef|buurman|trainer|leraar|begeleider|verzorger|collega|baas|man|vriend|"
    r"hij|ze|zij)( \w+){0,4} (zit|zat|zitten|zaten) (steeds |altijd |vaak |soms |weer )?aan (me|mij)(?! te\b)|"
    # a child's words: 'mijn oom komt aan me waar het niet mag', 'hij zit aan me op plekken die niet mogen'
    r"(komt|kwam|zit|zat|komen|zitten) (\w+ ){0,2}aan (me|mij|haar|hem) (op plekken |op plaatsen )?(waar|die) "
    r"(het |dat |ik |ze |hij )?niet (mag|mogen|wil|wilde)|seks\w* (tegen|zonder) (mijn|haar) (wil|zin)|"
    r"tegen (mijn|haar) wil (in )?(seks|gezoend|aangeraakt|betast|gekust)|"
    rf"{_PLAIN_WORDS}|aan (haar|zijn|hun) ({_INTIMATE_PARTS})|incest|{_FORCED_ACTS}|{_TOLD_PLAINLY}|{_FORCED_SEX_TO_THE_WRITER}|"
    # a toddler's words: "papa doet pijn bij mijn plassertje" (twenty-eighth session's probe)
    rf"(doet|deed|doen|deden) (\w+ )?pijn (bij|aan|in|op) (mijn|haar|zijn|m n|mn) ({_INTIMATE_PARTS})|"
    # sextortion: a threat to put images online, or money asked for nudes one has of the writer
    rf"({_NUDES}|nudes?)( \w+){{0,6}} (wil|eist|vraagt|wilt|moet)( \w+){{0,3}} (\d+ )?(euro|geld|betalen|betaal)|"
    r"sextortion|(zet|zetten|zal|gaat|dreigt)( \w+){0,4} (de|mijn|die|m n|mn|haar) (beelden|naaktfoto s|naaktfotos|"
    r"naaktbeelden|fotos|foto s|filmpjes|filmpje|video s|videos|video)( \w+){0,2} (online|te (verspreiden|delen|versturen))|"
    # nude images shared: 'mijn ex heeft naaktfoto's van mij gedeeld'
    rf"{_NUDES_SHARED}|{_ASKED_FOR_IMAGES}|{_BLACKMAILED})\b"
)
# Done to the writer: 'heeft me verkracht', 'ik werd aangerand', 'hij deed mijn broek uit'.
_TO_THE_WRITER = re.compile(
    r"\b((heeft|hebben|had|hadden) (me|mij)( \w+){0,3} (verkracht|aangerand|misbruikt|betast)|"
    r"(ik ben|ik werd|werd ik|ben ik)( \w+){0,3} (verkracht|aangerand|misbruikt|betast)|"
    rf"(verkracht\w*|betast\w*|misbruikt|aangerand) (me|mij)|(me|mij) (seksueel )?misbruikt|{_PLAIN_WORDS}|"
    r"(me|mij)( \w+){0,2} te (betasten|verkrachten|misbruiken|aanranden)|"
    # "dat mn opa aan me zat toen ik klein was", "hij heeft aan mij gezeten"
    r"aan (me|mij) (gezeten|zat|zit|zaten)|(zat|zit|zaten) (\w+ ){0,2}aan (me|mij) (te )?(\w+ )?(toen|als|wanneer|terwijl|op|in|bij)|"
    r"(me|mij)( \w+){0,14} handtastelijk\w*|handtastelijk\w* (tegen|naar|bij) (me|mij)|"
    rf"ik( \w+){{0,3}} (moest|werd gedwongen)( \w+){{0,6}} seksuele handelingen|{_TOLD_PLAINLY}|{_FORCED_SEX_TO_THE_WRITER}|"
    rf"{_NUDES} van (me|mij)( \w+){{0,4}} {_SHARED}|(mijn|mn|m n) {_NUDES}( \w+){{0,6}} {_SHARED})\b"
)


# Many tell it without any of those words: how they froze or could not say no, about kissing or
# being undressed ('na het zoenen ... ik bevroor', 'zonder kleren ... ik wilde iets zeggen maar
# kon het niet'). Both kinds of words in one message, in the first person, count as telling it.
_FROZE = re.compile(
    r"\b(ik )?(bevroor|verstijfde|verlamd van angst|kon me niet (meer )?(verzetten|bewegen)|wilde me verzetten|"
    r"(ik )?(wilde|zei) (nee|stop)|ik wilde (het )?niet|kon (niks|niets) (zeggen|doen)|"
    r"(iets|nee) wilde zeggen,? maar|niet fijn vond|overviel me|ik wou (het )?niet|"
    # pushing him off is not wanting it either: 'stopte pas toen ik hem wegduwde'
    r"(hem|haar) (van me af )?(wegduwde|weg ?duwde|weggeduwd|afduwde|van me af duwde))\b"
)
_INTIMATE = re.compile(
    r"\b(zoen\w*|(me|mij) (te )?kussen|kuste|kusten|gekust|tong in (mijn|m n|mn) mond|zonder kleren|naakt|uitgekleed|kleren uit|"
    r"seks\w*|in (mijn|m n|mn) (broek|onderbroek|slipje)|"
    # where it is done: "heeft een jongen die ik ken me mee naar boven genomen en... ik wilde het niet" (the
    # twelfth tuning conversations: not ours)
    r"(me|mij) (\w+ )?mee (naar|in) (boven|zijn kamer|de slaapkamer|een kamer|een slaapkamer|zijn bed|bed))\b"
)
_FIRST_PERSON = re.compile(r"\b(ik|me|mij)\b")


def _froze_in_an_intimate_moment(folded: str) -> bool:
    return bool(_FROZE.search(folded) and _INTIMATE.search(folded) and _FIRST_PERSON.search(folded))


# Froze, or did not say no or push away, told after sexual violence: "ik heb niet eens nee geroepen of hem
# weggeduwd, ik bevroor gewoon" (the twelfth tuning conversations: not ours). It is still rape.
NO_RESISTANCE_ENTRY = "verkrachting-zonder-verzet"
_NO_RESISTANCE = re.compile(
    r"\b(niet (eens )?(nee|stop) (gezegd|gezegt|geroepen|geschreeuwd|kunnen zeggen)|(geen|nooit) nee (gezegd|gezegt|geroepen)|"
    r"(me|mij) niet (eens )?(verzet|verdedigd)|niet (eens )?(gevochten|tegengestribbeld)|"
    r"(hem|haar) niet (eens )?(weggeduwd|weg geduwd|tegengehouden)|deed (niks|niets) terug|"
    r"bevroor|verstijfde|verlamd van angst|kon me niet (meer )?(verzetten|bewegen)|kon (niks|niets) (zeggen|doen))\b")


def tells_of_not_resisting(text: str) -> bool:
    return bool(_NO_RESISTANCE.search(fold(text or "")))


def tells_of_sexual_violence(text: str) -> bool:
    folded = fold(text or "")
    return bool(_SEXUAL_VIOLENCE.search(folded)) or _froze_in_an_intimate_moment(folded)


def done_to_the_writer(text: str) -> bool:
    """The writer tells it happened to them (not to someone else, not done by them)."""
    folded = fold(text or "")
    return bool(_TO_THE_WRITER.search(folded)) or _froze_in_an_intimate_moment(folded)


# Images: a threat to put them online, their being shared or asked for ('iemand dreigt mijn naaktfoto's
# te verspreiden', 'er gaat een naaktfoto van mij rond', 'iemand op insta wil dat ik fotos stuur'). Help is removing them and stopping the threat
# (Helpwanted), not the first week's medical care.
_ONLINE_IMAGES = re.compile(
    r"\b(sextortion|wraakporno|naaktfoto\w*|naaktbeeld\w*|naaktfilmpje\w*|nudes?|"
    r"(zet|zetten|zal|gaat|dreigt)( \w+){0,4} (de|mijn|die|m n|mn|haar) (beelden|fotos|foto s|filmpjes|filmpje|"
    r"video s|videos|video)( \w+){0,2} (online|te (verspreiden|delen|versturen))|"
    rf"{_ASKED_FOR_IMAGES}|{_BLACKMAILED})\b")


# Help with images put online or threatened to be: removing them, evidence, chat and mail; and
# "moet ik betalen?" later in that conversation: do not pay (its answer says so).
ONLINE_ABUSE_ENTRY = "helpwanted-hulp-bij-online-misbruik"
# After it, a young person who does not dare tell the parents: someone else to trust first.
IMAGES_PARENTS_ENTRY = "naaktfoto-en-je-durft-het-niet-aan-je-ouders-te-vertellen"
_ASKS_ABOUT_PAYING = re.compile(r"\b(betalen|betaal|geen geld|(geld|euro|bedrag) (geven|sturen|overmaken|overboeken)|"
                                r"(wat|hoeveel) (moet|wil) (hij|ze|zij) (hebben|van me|van mij)|tikkie)\b")


def asks_about_paying(text: str) -> bool:
    return bool(_ASKS_ABOUT_PAYING.search(fold(text or "")))


# More told about the images a moment after Helpwanted's answer ("ik heb er al 1 gestuurd", "hij
# zegt dat hij hem doorstuurt als ik niet meer stuur"): that answer again, not "ik begrijp niet".
_MORE_ABOUT_IMAGES = re.compile(
    r"\b(gestuurd|opgestuurd|verstuurd|doorsturen|doorstuurt|doorgestuurd|verspreid\w*|verspreiden|online zet\w*|"
    r"online zetten|op internet|deelt|delen|gedeeld|foto\w*|filmpje\w*|video\w*|naakt\w*|nudes?|"
    r"(meer|nog) (\w+ )?(sturen|stuur|stuurt))\b")


def tells_more_about_images(text: str) -> bool:
    return bool(_MORE_ABOUT_IMAGES.search(fold(text or "")))


# Sexual violence to the body, for which the first week's medical care matters whatever else happened.
_TO_THE_BODY = re.compile(r"\b(verkracht\w*|aangerand|aanrand\w*|betast\w*|misbruik\w*|vinger\w*|penetr\w*|"
                          r"aan (me|mij) (gezeten|zitten|zat)|(zat|zit) (hij|ze|zij) aan (me|mij)|gedwongen)\b")


# Images or data misused ("Mijn foto of gegevens worden misbruikt. Wat kan ik doen?" got the CSG's
# words on rape, thirtieth session's probe): the misuse is of the images, not of the body.
_IMAGES_MISUSED = re.compile(
    r"\b((mijn|m n|mn|haar|zijn) (\w+ )?(foto|fotos|foto s|beelden|filmpje|filmpjes|video|videos|video s|gegevens)"
    r"( (of|en) (mijn |m n |mn )?\w+)? (worden|wordt|zijn|is|werd|werden) (\w+ )?misbruikt|"
    r"misbruikt? (\w+ )?(mijn|m n|mn) (foto|fotos|foto s|beelden|filmpjes|video s|videos))\b")


# A parent whose own child shared someone's nude images ("mijn zoon van 15 heeft een naaktfoto van een
# meisje uit zn klas doorgestuurd naar vrienden"): not Helpwanted's help for one whose images go
# round, but when sexting is a crime (thirty-second session).
SEXTING_ENTRY = "sexting"
_OWN_CHILD_SHARED = re.compile(
    r"\b(mijn|mn|m n) (zoon|zoontje|dochter|kind)( van \d+( jaar)?)? (\w+ ){0,3}(heeft|had) (\w+ ){0,10}"
    r"(doorgestuurd|verspreid|gedeeld|rondgestuurd|online gezet|gepost|geplaatst)\b")
_IMAGES = re.compile(r"\b(naaktfoto\w*|naaktbeeld\w*|foto|fotos|foto s|beelden|filmpje\w*|video\w*|nudes?)\b")


def own_child_shared_images(text: str) -> bool:
    folded = fold(text or "")
    return bool(_OWN_CHILD_SHARED.search(folded) and _IMAGES.search(folded))


def tells_of_online_image_abuse_only(text: str) -> bool:
    """Images put online or threatened to be, or misused, and no sexual violence to the body told with it."""
    folded = fold(text or "")
    misused = _IMAGES_MISUSED.search(folded)
    rest = _IMAGES_MISUSED.sub(" ", folded)
    return bool(misused or _ONLINE_IMAGES.search(folded)) and not _TO_THE_BODY.search(rest)


# Told as something of long ago ('mijn opa heeft vroeger aan mij gezeten, ik ben nu 30'): the first
# week's medical care no longer applies; reporting and help after years do.
_LONG_AGO = re.compile(r"\b(vroeger|(jaren|jaar|\d+ jaar|lang) geleden|toen ik (klein|jong|een kind|kind|\d+)|als kind|"
                       r"in mijn (jeugd|kindertijd|tienertijd)|mijn (jeugd|kindertijd))\b")
_RECENT = re.compile(r"\b(gisteren|gisteravond|vannacht|vandaag|vanochtend|vanmorgen|net|zojuist|vorige week|deze week|"
                     r"afgelopen (nacht|weekend|week)|(paar|twee|drie) dagen|weekend|nu)\b")


def tells_it_was_long_ago(text: str) -> bool:
    """Long ago, and nothing of the last days told with it ('2 jaar geleden en gisteren weer'); 'ik
    ben nu 30' tells an age, not a time."""
    folded = fold(text or "")
    return bool(_LONG_AGO.search(folded)) and not _RECENT.search(_LONG_AGO.sub(" ", folded).replace("ik ben nu", ""))


# After the CSG's route: the first week's medical care answers "moet ik naar de dokter", "kan ik
# zwanger zijn", "moet ik me laten testen op soa".
FIRST_WEEK_ENTRY = "eerste-week-na-seksueel-geweld"
_MEDICAL = re.compile(r"\b(dokter|huisarts|arts|ziekenhuis|eerste hulp|seh|onderzo\w*|onderzocht|nakijken|nagekeken|"
                      r"soa\w*|zwanger\w*|morning ?after\w*|pil|douchen|sporen|bewijs)\b")


def asks_about_medical_care(text: str) -> bool:
    return bool(_MEDICAL.search(fold(text or "")))
