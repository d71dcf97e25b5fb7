"""Deterministic check for acute danger (Dutch here; six more languages in danger_languages).

Runs on every message (in the Rasa pipeline and again in the gateway) so that the 112 answer
never depends on the classifier alone. It works on folded text (lowercase, no accents) and
prefers a false alarm over a miss, but stays quiet for the past tense, for questions about a
concept ("wat is wurging?") and for everyday idioms ("doodmoe", "mes-scherp").
"""
import re
from dataclasses import dataclass
from typing import Optional

from veilig.danger_languages import detect_danger_any
from veilig.meldcode.profession import speaks_as_professional
from veilig.text import fold

# Verbs of physical violence, present tense or progressive, with common typos.
_VIOLENCE = (
    r"(slaat|slaan|sla|slaaat|schopt|schoppen|trapt|trappen|duwt|stompt|stompen|mept|"
    r"mishandelt|mishandeld|mishandelen|aangevallen|valt\w* aan|steekt|knijpt|"
    r"smijt|gooit \w+ (tegen|naar)|gooit met \w+|sleurt|trekt aan (mijn|haar|zijn) haar|"
    r"in elkaar|bont en blauw|vecht(?!scheiding)\w*|geslagen|geschopt|aan het slaan|aan het schoppen)"
)
_NOW = r"(nu|nou|op dit moment|op het moment|zojuist|net|bezig|help|snel)"

_PATTERNS = {
    # violence with a marker of 'now' close by, in either order
    "geweld_nu": [
        rf"\b{_VIOLENCE}\b(\s+\w+){{0,3}}\s+{_NOW}\b",
        rf"\b{_NOW}\b(\s+\w+){{0,3}}\s+{_VIOLENCE}\b",
        r"\b(is|zijn|ben)\b(\s+\w+){0,3}\s+aan het (slaan|schoppen|vechten|mishandelen|wurgen|trappen)\b",
        r"\bik hoor\b(\s+\w+){0,6}\s+(gegil|geschreeuw|gillen|schreeuwen|klappen|gebonk|slaan|huilen|vechten|ruzie)",
        # "de buren zijn weer bezig, ik hoor glas kapot gaan en het kleintje krijst" (the twelfth tuning
        # conversations: not ours)
        r"\bik hoor\b(?! dat\b)(\s+\w+){0,6}\s+(gilt|schreeuwt|(glas|borden|servies|dingen|spullen) "
        r"(\w+ )?(kapot|breken|rinkelen|stuk))\b",
        # just heard: "net hoorde ik een harde klap en een kindje gillen" (twenty-eighth session's probe)
        r"\b(net|zojuist|daarnet|nu net|nu) (hoorde|hoor) (ik|we) (\w+ ){0,3}(klap|klappen|bonk|gebonk|gil|gegil|geschreeuw|"
        r"gillen|schreeuwen|gehuil|slaan)\b",
        r"\b(hoorde|hoor) (ik|we) (net|zojuist|daarnet|nu net) (\w+ ){0,3}(klap|klappen|bonk|gebonk|gil|gegil|geschreeuw|"
        r"gillen|schreeuwen|gehuil|slaan)\b",
        r"\b(nu|nou|op dit moment)\b(\s+\w+){0,2}\s+(onveilig|in gevaar|in levensgevaar)\b",
        r"\b(gegil|geschreeuw|gillen|gekrijs)\b(\s+\w+){0,4}\s+(nu|op dit moment)\b",
        r"\bhelp\b.*\b(slaat|schopt|wurgt|mes|vermoord|dood|steekt|pistool|opgesloten|bloed|gooit (met|naar)|smijt|sloopt)",
        # hiding from someone raging now: "mijn vader is heel boos en gooit met dingen ik zit in de wc"
        r"\b(ik|we|wij) (zit|zitten|lig|liggen|sta|staan) (\w+ ){0,2}(in|op|onder|achter) (de|het|mijn|m n|mn|een) "
        r"(wc|toilet|badkamer|kast|bed|zolder|schuur|kelder|deur)\b.*\b(woedend|gooit|smijt|slaat|schopt|sloopt|mes|"
        r"door het lint|agressief|tekeer|heel boos|erg boos|super boos|te schreeuwen|aan het schreeuwen|te tieren)\b",
        # ... also after a blow just received: "ik heb net een klap gehad en hij staat beneden te schreeuwen.
        # ik zit op de wc op slot" (twenty-first session's probe: the pleger's route)
        r"\b(woedend|gooit|smijt|slaat|schopt|sloopt|mes|door het lint|agressief|tekeer|heel boos|erg boos|super boos|"
        r"te schreeuwen|aan het schreeuwen|te tieren|klap gehad|klap gekregen)\b"
        r".*\b(ik|we|wij) (zit|zitten|lig|liggen|sta|staan) (\w+ ){0,2}(in|op|onder|achter) (de|het|mijn|m n|mn|een) "
        r"(wc|toilet|badkamer|kast|bed|zolder|schuur|kelder)\b",
        # someone waiting for the writer now: "hij staat nu bij mijn auto op de parkeerplaats van mijn werk"
        r"\b(hij|zij|ze|mijn ex|mn ex|m n ex) (staat|zit|wacht|loopt|rijdt) (nu|weer|alweer|hier) (\w+ ){0,3}"
        r"(bij|voor|naast|rond|achter|om|op) (mijn|m n|mn|ons|onze|de) (auto|werk|huis|deur|voordeur|school|flat|"
        r"parkeerplaats|raam|ramen)\b",
        # raging now after violence told: "hij slaat me en hij is nu beneden aan het schreeuwen"
        rf"\b{_VIOLENCE}\b.*\b(is|zijn) (nu|op dit moment) (\w+ ){{0,2}}aan het (schreeuwen|tieren|razen|slopen|gooien|"
        r"flippen|ontploffen)\b",
        # one who uses violence losing control now: "ze zit nu in de slaapkamer en ik sta alweer te koken,
        # ik weet niet wat ik ga doen als ze er weer uit komt" (fortieth session's set 11: the pleger's
        # route and "ik begrijp niet helemaal wat je bedoelt")
        r"\bik weet (echt |gewoon )?niet (meer )?wat ik (ga|zal) doen als (ze|zij|hij) "
        r"((?!(morgen|overmorgen|volgende|volgend|later|ooit|straks|weekend|maandag|dinsdag|woensdag|donderdag|vrijdag|"
        r"zaterdag|zondag)\b)\w+ ){0,3}"
        r"(komt|kom|terugkomt|thuiskomt|binnenkomt|uitkomt|uit komt|terug is|thuis is)\b",
        # coming up to the writer now: "wacht hij komt de trap op"
        r"\b(hij|zij|ze|mijn \w+|mn \w+|papa|mama) (komt|loopt|rent) (nu |net |weer )?(de trap op|naar boven)\b",
        r"\b(hij|zij|ze|mijn \w+|mn \w+) (komt|staat|is) (nu |weer |alweer |net )?(nu |weer )?"
        r"(al (een |\w+ )?(uur|uren|tijdje|poos|kwartier|half uur) )?(er ?aan|binnen|"
        r"voor (de|mijn|mn|m n|ons|onze) (deur|voordeur|raam|ramen|huis)|op (de|mijn|onze) stoep|in (de|mijn|onze) tuin|"
        r"bij (de|mijn|mn|m n|onze|ons) (deur|voordeur|ramen|raam|huis))\b",
        # "hij heeft het huisverbod overtreden en staat nu aan de deur" (twenty-third session's probe)
        r"\b(staat|is|zit) (nu|weer|alweer|nu weer) (aan|voor|bij) (de|mijn|mn|m n|onze|ons) (deur|voordeur|raam)\b",
        # an ex of two words, the article left out: "mijn ex vriend staat voor deur" (set 7, a Romanian writer)
        r"\b(mijn|mn|m n) ex ?(vriend|vriendin|man|vrouw|partner)? (staat|is|zit|wacht) (nu |weer |alweer )?"
        r"(aan|voor|bij) (de |mijn |mn |onze |ons )?(deur|voordeur|raam)\b",
        # an ex who says he is outside, or whose car stands at the door (twenty-eighth session's
        # probe: "het is 3 uur en mijn ex ... zegt dat hij buiten staat" got a bystander's tips)
        r"\b(zegt|zei|appt|appte|schrijft|schreef|stuurt|laat weten) (\w+ ){0,2}dat (hij|zij|ze) (nu |al |weer )?"
        r"(buiten|voor (de|mijn|mn|m n|ons|onze) (deur|voordeur|huis|raam)|beneden|in (de|mijn|onze) (straat|tuin|portiek)|"
        r"bij (mijn|mn|m n|ons|onze) (huis|deur|voordeur)) (staat|is|zit|wacht)\b(?! te \w+)",
        r"\bik zie (zijn|haar|z n|zn) (auto|wagen|busje|scooter) (nu |weer |net )?(voor (de|mijn|mn|ons|onze) (deur|huis|voordeur)|"
        r"bij (mijn|mn|ons|onze) (huis|deur))\b",
        # "mn ex belt steeds aan": someone at the door who will not go
        r"\b(hij|zij|ze|mijn \w+) (belt|bonkt|klopt) (\w+ ){0,2}(steeds|maar|constant|de hele tijd|al uren|"
        r"al een uur|aan een stuk) (aan|op (de|het) (deur|raam))\b",
        r"\b(breekt|trapt|beukt) (de|mijn|onze) deur\b",
        r"\b(net|zojuist|nu)\b(\s+\w+){0,3}\s+(voor)?deur\s+(ingetrapt|ingebeukt|opengebroken|ingeslagen|opengetrapt)\b",
        r"\bslaat (de|mijn|onze|m n|mn) (voor)?deur (in|kapot|stuk)\b",
        r"\bdeur\b(\s+\w+){0,2}\s+(open|in) ?(te )?(breken|trappen|beuken|breekt|trapt|beukt)\b",
        rf"\b{_VIOLENCE}\b.*\bhelp\b",
        rf"\b{_VIOLENCE}\b.*\b(ik )?(zie|hoor) (het|dat|ze|hem|haar)\s+(nu|op dit moment)\b",
        rf"\b{_VIOLENCE}\b(\s+\w+){{0,8}}\s+(nu|op dit moment)$",
        r"\bkom (snel|alsjeblieft|alstublieft|nu|gauw|helpen|me helpen|ons helpen)\b",
        r"\b(om hulp (roepen|roept|schreeuwen|schreeuwt|gillen)|hulpgeroep)\b",
        r"\b(zit|zitten|heb|hebben)\b(\s+\w+){0,4}\s+verstopt\b",
        r"\bschudt\b(\s+\w+){0,3}\s+door elkaar\b",
        r"\b(sleept|sleurt|trekt)\b(\s+\w+){0,4}\s+(aan|bij) (haar|zijn|mijn|m n|mn) haren\b",
        r"\bhoofd onder (water|het water)\b",
        r"\b(achter (me|mij|ons|haar) aan|ben net ontsnapt|net gevlucht)\b",
        r"\b(schoten|geschoten|schiet (op|naar)|schieten (op|naar)|schiet (me|mij|ons|haar|hem|je) (neer|dood)|gaat schieten|wil schieten)\b",
        r"\b(in de fik|in brand)\b(\s+\w+){0,4}\s*(steekt|steken|zetten|zet)?\b.*\b(ons|mij|me|huis|kinderen)\b",
        r"\bgas\w* (open|aan)\b",
        r"\b(breekt|brak|breken)\b(\s+\w+){0,3}\s+in\b",
        r"\b(bewegingloos|beweegt niet meer|reageert niet meer|ademt niet)\b",
        r"\b(ligt|lag)\b(\s+\w+){0,2}\s+op de (grond|vloer)\b(\s+\w+){0,3}\s+(beweegt|reageert|ademt) niet\b(?! op\b)",
        r"\bzie\b(\s+\w+){0,3}\s+bloed\b",
        r"\b(van het balkon|uit het raam|van de trap)\b(\s+\w+){0,2}\s+(te )?(gooien|duwen|gooit|duwt)\b",
        r"\b(gevecht|vechtpartij)\b(\s+\w+){0,3}\s+(in huis|thuis|nu|hier)\b",
        r"\bin (mijn|haar|de) buik\b",
        r"\bterug ?komt\b(\s+\w+){0,6}\s+(pakken|slaan|vermoorden|afmaken)\b",
        r"\bprobeert\b(\s+\w+){0,3}\s+binnen te komen\b",
        rf"\bligt (\w+ ){{0,2}}op de (grond|vloer)\b.*\b{_VIOLENCE}\b",
        rf"\b{_VIOLENCE}\b.*\bligt (\w+ ){{0,2}}op de (grond|vloer)\b",
        # 'net' is just now, also with a past form: "hij heeft me net tegen de muur gegooid".
        r"\b(heeft|hebben)\s+(me|mij|haar|hem|ons|mijn \w+)\s+net\b(\s+\w+){0,4}\s+(gegooid|geduwd|geslagen|"
        r"geschopt|getrapt|gestompt|geknepen|gesmeten|gebeten|gesleurd)\b",
        r"\b(duwde|gooide|smeet|sloeg|schopte|trapte|stompte)\s+(me|mij|haar|hem|ons)\s+net\b",
        # 'net' before the one it was done to: "hij heeft net mijn moeder tegen de muur gegooid"
        r"\b(heeft|hebben)\s+net\b(\s+\w+){0,6}\s+(gegooid|geduwd|geslagen|geschopt|getrapt|gestompt|geknepen|"
        r"gesmeten|gebeten|gesleurd|mishandeld)\b",
        r"\b(bonkt|bonst|beukt|ramt|slaat|trapt|schopt)\s+(op|tegen|aan) (de|mijn|onze|m n|mn) (voordeur|deur|ramen|raam)\b",
        r"\b(staat|is)\b(\s+\w+){0,3}\s+(op|tegen|aan) (de|mijn|onze|m n|mn) (voordeur|deur|ramen|raam) te "
        r"(bonken|bonzen|beuken|rammen|slaan|trappen|schoppen)\b",
        r"\b(staat|is)\s+te\s+(bonken|bonzen|beuken|rammen|trappen|schoppen)\s+(op|tegen|aan) (de|mijn|onze|m n|mn) "
        r"(voordeur|deur|ramen|raam)\b",
        # "hij gooit nu met spullen", "nu heeft hij mijn telefoon kapot gegooid, ik typ via de laptop"
        # (twenty-fourth session's probe: the bystander's tips)
        r"\b(hij|zij|ze|mijn (man|vrouw|vriend|vriendin|vader|moeder|partner|ex|stiefvader|stiefmoeder|broer))\s+"
        r"(gooit|smijt)\s+(nu|nou|op dit moment)\s+met\b",
        r"\b(nu|zojuist|net)\s+(heeft|hebben)\s+(hij|zij|ze)\b(\s+\w+){0,4}\s+(kapot|stuk)\s*"
        r"(gegooid|geslagen|getrapt|gesmeten)\b",
        r"\b(sloopt|slaat|gooit|smijt|trapt)\s+(alles|de boel|het hele huis|het huis)\s+(kapot|stuk|in elkaar|overhoop)\b|"
        r"\bsloopt (de boel|alles|het hele huis|het huis)\b",
        r"\b(houdt|pakt|grijpt)\s+(me|mij|haar|hem)\s+vast\b(\s+\w+){0,4}\s+(laat|wil)\s+(me |mij |haar |hem )?niet los\b",
        r"\b(gaat|zal|komt)\s+(me|mij|ons|haar|de kinderen)\s+(iets )?(aandoen|aan doen|pakken|te grazen nemen)\b",
        r"\b(me|mij|ons|haar|de kinderen)\s+(iets )?(gaat|zal|komt)\s+(aandoen|aan doen|pakken)\b",
        r"\b(ben|zijn) net (weg ?gerend|weg ?gelopen)\b.*\b(hij|zij|ze|hem|haar)\b",
        r"\b(is|gaat|raakt)\b(\s+\w+){0,2}\s+door het (lint|dolle heen)\b.*\b(bang|gooit|slaat|schreeuwt|sloopt|smijt)\b",
    ],
    "wapen": [
        r"\b(heeft|pakt|pakte|houdt|zwaait|zwaaide|dreigt|met|trekt|haalt)\b(\s+\w+){0,3}\s+"
        r"(een |het |zijn |haar )?(mes|messen|keukenmes|pistool|vuurwapen|wapen|geweer|bijl)\b",
        r"\b(heeft|pakt|pakte|zwaait|zwaaide|dreigt|slaat|slaan|wacht|staat|loopt|komt|is|zit)\b(\s+\w+){0,3}\s+met\s+"
        r"(een |het |zijn |haar )?(knuppel|honkbalknuppel|schroevendraaier|riem|stok|koevoet|hamer|schaar|ijzeren staaf)\b",
        r"\b(bedreigd|bedreigt|bedreigen|dreigt|aangevallen) met (een|het|zijn|haar)\b",
        r"\b(neer te steken|neersteken|neer steken|steek je neer|neerschieten|neer te schieten)\b",
        r"\b(mes|pistool|wapen|geweer|bijl)\b(\s+\w+){0,2}\s+(op|tegen|naar|bij)\s+(mijn|haar|zijn|m|me|mij|de)\s*(keel|hals|nek|hoofd|buik|borst|gezicht)?\b",
        r"\b(gestoken|neergestoken|neergeschoten|beschoten)\b",
    ],
    "wurging": [
        r"\b(wurgt|wurgen|wurgde|gewurgd|wurgd|wurg|verwurgt|verstikt|smoort)\b",
        r"\bkeel\b(\s+\w+){0,2}\s+(dicht|dichtknijpen|dichtgeknepen|dichtdrukt|dichtduwt|dichtgedrukt)",
        r"\b(bij|aan) (de|mijn|m n|mn|haar|zijn) (keel|hals|strot)\b(\s+\w+){0,2}\s+(gegrepen|gepakt|vastgepakt|greep|grijpt|pakt|pakte)\b",
        r"\b(greep|grijpt|pakt|pakte)\b(\s+\w+){0,2}\s+(bij|aan) (de|mijn|m n|mn|haar|zijn) (keel|hals|strot)\b",
        r"\b(knijpt|drukt|knijpen)\b(\s+\w+){0,3}\s+(keel|hals|nek)\b",
        r"\bhanden?\b(\s+\w+){0,2}\s+om\s+(mijn|haar|zijn|m n|mn|me)\s+(keel|hals|nek)\b",
        r"\b(houdt|pakt|grijpt|knijpt)\b(\s+\w+){0,3}\s+(bij|om|in) (de|haar|zijn|mijn|m n|mn) (nek|keel|hals)\b",
        # the verb after: "om haar keel kneep"; a neck squeezed till one turned blue: "papa mama 'heel hard
        # in haar nek kneep' en dat mama blauw werd" (the tenth tuning conversations)
        r"\b(in|om|aan) (de|haar|zijn|mijn|m n|mn) (keel|hals)\b(\s+\w+){0,1}\s+(kneep|knepen|knijpt|knijpen|"
        r"geknepen|drukte|drukt|gedrukt)\b",
        r"\b(nek|keel|hals)\b.{0,60}\bblauw (werd|wordt|werden|aanliep|aangelopen|zag)\b",
        r"\b(krijg|kreeg|kan) (bijna )?geen (lucht|adem)\b",
        # grabbing for the throat; with a possessive, as "het greep me naar de keel" only moves someone
        r"\b(greep|grepen|grijpt|grijpen|pakte|kneep|vloog)\b(\s+\w+){0,3}\s+naar (haar|zijn|mijn|m n|mn) (keel|hals)\b",
    ],
    "opgesloten": [
        r"\b(zit|zitten|ben|zijn|word|wordt|worden)\b(\s+\w+){0,4}\s+(opgesloten|opgeslote|op ?gesloten|vast ?gezet)\b",
        r"\b(sluit|sloot)\b(\s+\w+){0,2}\s+(me|mij|ons|haar|hem|de kinderen|het kind)\s+op\b",
        r"\b(heeft|hebben)\b(\s+\w+){0,2}\s+(me|mij|ons|haar|hem)\s+(op ?gesloten|opgeslote)\b",
        # where, between: "mijn zoon heeft mij in de slaapkamer opgesloten" (thirty-sixth session's set 7)
        # (not a time told between: "hij heeft me gisteren opgesloten in de kelder, nu ben ik bij een vriendin")
        r"\b(heeft|hebben)\b(\s+\w+){0,2}\s+(me|mij|ons)\s+((?!(gisteren|eergisteren|vroeger|toen|vorige|vorig|laatst|"
        r"ooit|eens|vaak|altijd|weleens|soms|vannacht|vanochtend|vanmorgen|vaker|elke|iedere)\b)\w+\s+){1,3}"
        r"(op ?gesloten|opgeslote)\b",
        r"\b(laat|laten)\b(\s+\w+){0,2}\s+(me|mij|ons)\s+(er )?niet (weg|gaan|naar buiten|eruit|uit huis)\b",
        r"\b(vastgebonden|vast gebonden|vastgeketend)\b",
        r"\b(kan|kunnen) (nergens heen|er niet uit|niet weg)\b"
        # not leaving the relationship for want of money or a home: "ik kan niet weg ik heb geen geld"
        r"(?!,? ?(want|omdat|ik heb|we hebben|heb) (\w+ ){0,2}(geen|niet genoeg) (geld|huis|woning|plek|werk|inkomen)\b)"
        r"(?! (bij hem|bij haar|uit (de|deze|mijn) relatie|van hem|van haar)\b)",
        # Hiding behind a locked door from someone: "ik heb me opgesloten in de badkamer, hij is woedend".
        r"\bheb (me|mij|ons) (op ?gesloten|ingesloten|verstopt)\b.*\b(hij|zij|ze)\b",
        r"\bmag\b(\s+\w+){0,3}\s+niet uit\b",
        r"\b(deuren?|deur) (op slot|dicht) (gedraaid|gedaan|gezet)\b",
        r"\bkan (er )?niet (weg|naar buiten|eruit)\b(\s+\w+){0,4}\s+(hij|zij|ze|deur|op slot)\b",
        # hiding from someone: "ik heb me opgesloten in de badkamer met mijn dochter"
        # (not "ik heb me opgesloten in mijn kamer om te leren")
        # (three words between: "ik heb me op de wc opgesloten", the sixth tuning conversations)
        r"\b(ik|we|wij) (heb|hebben) (me|mij|ons|mezelf|onszelf) (\w+ ){0,3}(opgesloten|ingesloten|verschanst)\b"
        r"(?!(\s+\w+){0,4}\s+om\b)",
        # Not daring to leave the room, or threatened for opening its door: "mijn kleinzoon staat in de
        # gang en eist geld ... ik durf de kamer niet uit", "hij zegt dat hij me met zn riem slaat als ik
        # mn deur open doe" (fortieth session's set 11: the bystander's and the child's routes)
        r"\b(ik|we|wij) (durf|durven) (\w+ ){0,2}(de|mijn|mn|m n|onze|deze) (kamer|slaapkamer|badkamer|wc|zolder) "
        r"niet (uit|af)\b",
        r"\b(slaat|slaan|sla|pakt|pakken|vermoordt|vermoorden|afmaakt|riem|klap|klappen)\b(\s+\w+){0,6}\s+(als|zodra) "
        r"(ik|we|wij) (mijn|mn|m n|de|onze) (\w+ )?deur (open doe|opendoe|open maak|openmaak|open|uit kom|uitkom)\b",
    ],
    # A young child locked out in the cold or at night, no one opening (twenty-fifth session's probe:
    # "het kind van de buren (ongeveer 5 jaar) staat al een half uur buiten in de kou in zn pyjama,
    # de deur is dicht" got "ik weet niet zeker of ik je goed begrijp"): the police now.
    "buitengesloten": [
        r"^(?=.*\b(kind|kindje|kinderen|jongetje|meisje|meisjes|peuter|kleuter|baby|zoontje|dochtertje|"
        r"klein kind|[1-9] jaar)\b)(?=.*\b(buiten|op straat|op het balkon|buitengesloten|buiten gesloten|buitengezet)\b)"
        r"(?=.*\b(niemand doet (de deur )?open|deur is dicht|deur zit op slot|op slot|buitengesloten|buiten gesloten|"
        r"buitengezet|buiten gezet|(zet|zette|zetten) (\w+ ){0,5}buiten|pyjama|huilt|huilen|te huilen|alleen)\b)"
        r"(?!.*\b(als|wanneer) het (\w+ )?(koud|donker)\b)"
        # not the writer outside with a baby after fleeing ("ik sta buiten in mijn pyjama met de baby"):
        # a place for tonight, the victim's route
        r"(?!.*\b((ik|we|wij) (sta|staan|zit|zitten|ben|zijn) (\w+ ){0,2}buiten|weggerend|weggelopen|gevlucht)\b)"
        r"(?=.*\b(kou|koud|koude|vriest|pyjama|nacht|s nachts|vannacht|s avonds|donker|laat)\b)",
    ],
    "doodsbedreiging": [
        r"\b(vermoord|vermoordt|vermoorden|vermoorde|doodmaken|dood maken|dood te maken|doodschieten|"
        r"doodsteken|af te maken|afmaken|koud maken|kapot maken)\b",
        r"\b(me|mij|je|jou|haar|hem|ons|jullie) om zeep (helpen|helpt|help|brengen|brengt|geholpen|gebracht)\b",
        r"\bmaak (je|jou|jullie|u|haar|hem) dood\b",
        # the verb first: "anders maakt hij me dood" (thirty-fourth session)
        r"\b(maakt|maken|maakte) (hij|zij|ze|die|mijn \w+|mn \w+) (me|mij|ons|haar|hem|jou|je|de kinderen) dood\b",
        # (not "ze dreigt zichzelf iets aan te doen als ik wegga": a threat of suicide, below, with 113)
        r"\b(dreigt|dreigde|dreigen)\b(?!\s+(zichzelf|zich zelf|zich)\s+(iets\s+)?(aan te doen|van kant)\b)(\s+\w+){0,5}\s+(dood|vermoord\w*|af te maken|iets aan te doen|pijn te doen)\b",
        r"\bdoodsbedreiging\w*\b",
        # a threat left unsaid for when the doer comes back: "hij zei als ik er nog ben als hij terug is dan"
        # (the tenth tuning conversations: taken for a child's worry)
        r"\bals (ik|we|wij|jij|je) (er|hier) (\w+ ){0,2}(ben|bent|zijn|zit|zitten)\s+(als|wanneer|tegen de tijd dat) "
        r"(hij|zij|ze) (\w+ ){0,2}terug ?(is|komt|kom|zijn|komen)\b",
        r"\b(als|wanneer) (hij|zij|ze) terug ?(is|komt)\b(\s+\w+){0,2}\s+en (ik|we|wij|jij|je) (ben|bent|zijn|zit|zitten) "
        r"(er|hier) nog\b",
        # someone at the door who threatens unless it is opened: "hij zegt hij maakt alles kapot als ik niet
        # open" (thirty-sixth session's set 7: taken for not ours)
        r"\b(kapot|stuk|vermoord\w*|dood|afmaken|inslaan|intrappen|in elkaar|openbreken|in ?trappen)\b(\s+\w+){0,4}\s+"
        r"als (ik|we|wij|jij|je) (\w+ ){0,2}niet (open|opendoe|opendoen|open doe|open doen|opendoet|open maak|opent)\b",
        r"\bals (ik|we|wij) (\w+ ){0,2}niet (open|opendoe|opendoen|open doe|open doen|open maak)\b(\s+\w+){0,3}\s+"
        r"(\w+ )?(kapot|vermoord\w*|dood|afmaken|inslaan|intrappen|in elkaar|openbreken)\b",
        r"\b(doodmaakt|dood maakt|vermoordt|afmaakt)\b",
        r"\b(laatste nacht|niet overleef\w*|niet overleven|overleef (het|dit) niet|ga eraan)\b",
        r"\bmet (ons|de kinderen) erin\b",
        r"\b(slaat|sla|slaan|schopt|trapt) (me|mij|je|haar|hem|ons) dood\b",
        # "hij zegt dat hij zichzelf en de kinderen iets aandoet als ik weg ga"
        r"\b(zegt|dreigt|zei|dreigde) dat (hij|zij|ze) (\w+ ){0,3}(de kinderen|mijn kinderen|mn kinderen|ons|mij|me|haar) "
        r"iets (aandoet|aan doet|aandoen|zal aandoen|gaat aandoen)\b",
    ],
    "suicide": [
        r"\b(zelfmoord|zelf moord|suicide|suicidaal|zelfdoding|suiside|zelfmord)\b",
        r"\b(zichzelf|mezelf|mijzelf|zichzelve|zich zelf|me zelf) (iets )?(aandoen|aan doen|aandoet|aan doet|van kant|ophangen|doodmaken)\b",
        r"\b(zich|me|mij)\b(\s+\w+){0,2}\s+(ophangen|op te hangen|verdrinken|van kant)\b",
        r"\b(wil|wilt|gaat|ga) (van\s+\w+\s+\w+ )?springen\b",
        r"\b(ik|k) (wil|wou) (eigenlijk |gewoon |echt |soms |liever |het liefst )*dood\b",
        r"\bstaat op (het|de) (dak|brug|balkon|rand)\b",
        r"\b(zichzelf|mezelf|mijzelf|zich) (iets )?(aan te doen|van kant te maken|op te hangen)\b",
        r"\b(wil|wilt|willen|ga|gaat) (niet meer )?(leven|dood)\b(?! *(verveel|moe))",
        r"\bniet meer (willen |wil )?leven\b",
        # "soms denk ik dat het beter is als ik er niet meer ben"
        r"\b(beter|fijner|makkelijker) (is |zijn |zou zijn )?(als|wanneer|zonder dat) (ik|ik er) (er )?niet meer (ben|zou zijn|was)\b",
        r"\b(ik )?(wil|wou) (er )?(gewoon |echt |liever )?niet meer zijn\b",
        r"\b(ik wil|wil ik) (niet meer wakker worden|er een (eind|einde) aan maken|verdwijnen van de aarde)\b",
        r"\b(ik ben )?(liever|beter) dood\b",
        r"\bvan het leven (beroven|beroofd|beroven|te beroven)\b",
        r"\b(een )?(eind|einde) aan (mijn|zijn|haar|m n|mn|het) leven\b",
        r"\b(springen|spring) (van|voor) (het dak|de brug|de trein|een trein|de flat)\b",
        r"\b(pillen|pil) (ingenomen|geslikt|slikken)\b",
        r"\b(heb|heeft)\b(\s+\w+){0,2}\s+(een hoop |veel |heel veel |al mijn |alle |een doosje |een strip )?(pillen|slaappillen|"
        r"tabletten) (genomen|ingenomen|geslikt|gepakt|opgegeten)\b(?! (tegen|voor)\b)",
    ],
    "letsel_nu": [
        r"\b(bloed|bloedt|bloeden)\b(\s+\w+){0,3}\s+(erg|heel|veel|hevig|nu|overal)\b",
        # "mijn papa heeft mn mama geslagen en nu bloedt ze" ('en nu' itself is taken for an idiom)
        r"\b(ze|hij|mama|papa|mijn (moeder|vader|zus|broer|mama|papa)) bloedt\b|\bbloedt (ze|hij|mama|papa)\b",
        r"\b(bloed|bloedt)\s+(uit|aan)\s+(mijn|haar|zijn)\b",
        r"\b(ligt|zit|staat)\b(\s+\w+){0,3}\s+te bloeden\b|\bik bloed\b",
        # a child driven by a drunk parent: "hij is stomdronken en rijdt nu met haar in de auto"
        r"\b(dronken|stomdronken|bezopen|straalbezopen|ladderzat)\b.*\b(rijdt|gaat rijden|wil rijden|in de auto|"
        r"met de auto (weg|rijden|gaan))\b.*\b(kind|kinderen|dochter|zoon|baby|haar|hem|ze)\b",
        r"\b(is|ligt|raakte)\b(\s+\w+){0,2}\s+(bewusteloos|buiten bewustzijn|flauw ?gevallen)\b",
        # a baby limp or not waking ("ik heb hem geschud, hij doet nu een beetje slap")
        r"\b(baby|babytje|kindje|zoontje|dochtertje|kleintje|het kind|mijn kind|mn kind)\b(\s+\w+){0,3}\s+"
        r"(doet|is|wordt|lijkt|ligt|hangt|reageert)\b(\s+\w+){0,3}\s+(slap|suf|niet (meer )?wakker|bijna niet)\b",
        r"\b(hij|zij|ze)\s+(doet|is|wordt|lijkt|ligt|hangt)\s+(nu|opeens|ineens|plots|heel|erg)\b(\s+\w+){0,2}\s+slap\b",
        r"\b(krijg|krijgen|kan)\s+(hem|haar|het|m|mijn baby|de baby|mn baby)\s+niet (meer )?wakker\b",
        r"\b(wordt|werd) (ineens |opeens )?niet (meer )?wakker\b",
        r"\bik ben (zo )?bang dat (hij|zij|ze) (me|mij|ons|haar|hem) (iets aandoet|iets aan doet|vermoordt|doodmaakt)\b",
    ],
}
# One alternation per category (checked on every message; one search beats one per pattern).
_COMPILED = {kind: [re.compile("|".join(f"(?:{p})" for p in pats))] for kind, pats in _PATTERNS.items()}

# Clearly in the past, with no marker of 'now' in the same message.
_PAST_ONLY = re.compile(
    r"\b(vroeger|jaren geleden|jaar geleden|vorig jaar|vorige week|vorige maand|toen ik|"
    r"als kind|in het verleden|vroeger al|destijds|weken geleden|maanden geleden|in (19|20)\d\d)\b"
)
_NOW_STRICT = re.compile(r"\b(nu(?! \d)|op dit moment|nog steeds|weer|vannacht|vanavond|straks|help)\b")
_PAST_VERB = re.compile(r"\b(dreigde|wilde|probeerde|pleegde|deed|zei|had)\b")
# A general or hypothetical question ("wat moet ik doen als iemand ...", "hoeveel ...") with no
# sign that it is happening now.
_GENERAL_Q = re.compile(
    r"^(wat is|wat zijn|wat betekent|wat houdt|hoeveel|hoe vaak|hoe herken|hoe kan ik|"
    r"wat (moet|kan) (ik|je|jij|men) doen als|wat doe je als|wat te doen als|wat als|is het strafbaar)\b"
)

# Asking what a word means is not an emergency.
_DEFINITION_Q = re.compile(
    r"^(wat|wat is|wat zijn|wat betekent|wat houdt|wat bedoelen|hoe vaak|hoeveel|"
    r"uitleg|definitie|info|informatie)\b(\s+\w+){0,3}\s*"
    r"(wurging|wurgen|zelfmoord|zelfdoding|suicide|doodsbedreiging|mishandeling|opsluiting|huiselijk)\b"
)
# Idioms with words that look dangerous but are not.
_IDIOMS = re.compile(
    r"\b(dood ?moe|dood ?verveel\w*|verveelt zich dood|verveel me dood|doodziek|doodeng|"
    r"dood ?gewoon|doodnormaal|doodstil|lachen me dood|lach me dood|mes ?scherp\w*|"
    r"als een mes|messen in de (keuken|la)|dood ?op|zich dood ?schrikken|dood ?geschrokken|"
    r"net als|net zo|net wat|net niet|mes en vork|wat nu|"
    # 'en nu?' is 'what now', but "... en nu slaat hij de kinderen" is violence now
    # ("... en nu heeft hij mijn telefoon kapot gegooid" is something done now too)
    rf"en nu(?!(\s+\w+){{0,2}}\s+{_VIOLENCE}\b)(?!\s+(heeft|hebben)\s+(hij|zij|ze)\b)|"
    r"hoe nu verder|nu wel|nu niet|"
    # 'nou' as a sigh, not 'now': "wie gelooft nou een man", "nou ja", "het is nou eenmaal zo"
    r"(wie|wat|waarom|hoe|wat moet ik) (\w+ ){0,2}nou|nou (ja|eenmaal|en|eens|maar)|^nou|"
    # "nu" as "as a result", asking about the law: "ik heb mijn vrouw geslagen, krijg ik nu een strafblad?"
    r"(krijg|word|ga|moet|kom|ben|heb) (ik|hij|zij|ze|je|we) nu (\w+ ){0,3}(strafblad|straf|aangifte|cel|gevangenis|"
    r"opgepakt|gearresteerd|veroordeeld|boete|ontslagen|bak|vast|huisverbod|celstraf|taakstraf|een zaak)|"
    # ... and as "so", judging oneself: "ben ik nu iemand die haar mishandelt?" (a carer, the seventh
    # tuning conversations: 112 first)
    r"(ben|word|is) (ik|hij|zij|ze) nu (\w+ ){0,2}(iemand die|een (dader|pleger|mishandelaar|slechte))|"
    r"ga dood van|gaan dood van|dood van de \w+|"
    r"dood van (honger|dorst|verveling|schaamte|de honger)|"
    # 'dichtslaan' is to clam up: "nu slaat zij dicht over dit onderwerp" is no blow now.
    r"(slaat|sloeg|slaan) (\w+ ){0,2}dicht|dicht ?(slaan|geslagen|klappen|geklapt)|klapt dicht|"
    # Broken by words or inside, not killed: "hij kon mij met woorden echt kapot maken".
    r"met (zijn |haar )?woorden (\w+ ){0,3}kapot ?(maken|maakt|maakte|gemaakt)|"
    r"(geestelijk|emotioneel|mentaal|psychisch) (\w+ ){0,1}kapot ?(maken|maakt|maakte|gemaakt)|"
    # A bond or a thing broken, not a person: "ik wil de relatie met mijn dochter niet kapot maken".
    r"(relatie|band|huwelijk|gezin|vriendschap|contact|vertrouwen|sfeer|familie)( met(\s+\w+){1,3})?"
    r"(\s+\w+){0,2}\s+kapot ?(maken|maakt|maakte|gemaakt))\b"
)


# 'Help', 'snel' and 'alsjeblieft' next to a violence word are a weak sign: a teacher who writes
# "ik vermoed dat een leerling mishandeld wordt, help me de meldcode doorlopen" asks for help
# with a case, not for rescue. Without these words the message must still match to be strong.
_WEAK_NOW = re.compile(r"(?<!kom )(?<!zeep )\b(help|helpen|snel|alsjeblieft|alstublieft|aub)\b")


# A professional who passes on what someone told them ("ik ben leerkracht en een leerling vertelde
# vandaag dat ze thuis wordt opgesloten") asks about a case, not for rescue before their eyes: the
# 112 line first, then the answer to the request, as for the weak signs above.
_TOLD = re.compile(r"\b(vertelde|vertelden|vertelt|verteld|zei|zegt|zeiden|gaf aan|geeft aan)\b(\s+\w+){0,3}\s+dat\b")


# "maar nu slaat ze hem zelfs af en toe", "ik hoor de buren elke nacht ruzie maken": 'nu' is
# nowadays and the violence comes now and then. A weak sign: 112 first, then the route with its number.
_HABITUAL = re.compile(
    r"\b(af en toe|soms|regelmatig|vaak|geregeld|steeds vaker|wel eens|weleens|tegenwoordig|telkens|de laatste tijd|"
    r"(elke|iedere) (dag|week|avond|nacht|keer))\b")
_VIOLENCE_WORD = re.compile(rf"\b{_VIOLENCE}\b")
_NOW_NOT_NOWADAYS = re.compile(
    r"\b(op dit moment|op het moment|zojuist|net|bezig|vannacht|vanavond|straks|nou|nog steeds|meteen|direct|help)\b")


def _now_means_nowadays(text: str) -> bool:
    """A word of habit, and no clause with 'nu' and violence without one ("maar nu slaat ze hem
    zelfs af en toe"); "hij slaat me nu, hij doet dit vaak" and "hij slaat me elke dag, nu slaat
    hij de kinderen" are now."""
    lowered = (text or "").lower().replace("af en toe", "afentoe")
    clauses = [fold(c.replace("afentoe", "af en toe"))
               for c in re.split(r"[,.;:!?\n]|\b(?:en|maar|want|dus|toen)\b", lowered) if c]
    if any(re.search(r"\bnu\b", c) and _VIOLENCE_WORD.search(c) and not _HABITUAL.search(c) for c in clauses):
        return False
    return any(_HABITUAL.search(c) for c in clauses)


@dataclass(frozen=True)
class DangerSignal:
    kind: str  # which category matched; safe to log, it holds no user text
    strong: bool = True  # False: only 'help' or the like marks it as now; 112 first, then the request
    habitual: bool = False  # weak because it is told as a habit ('elke nacht', 'als straf'), not as now


_NOT_DANGER = "geen"  # the Dutch check has decided: no danger (a definition or general question)


def detect_danger(text: str) -> Optional[DangerSignal]:
    """Return the first danger category found in the message, or None."""
    signal = _dutch(text)
    if signal == _NOT_DANGER:
        return None
    return signal or _other_language(text)


def detect_dutch_danger(text: str) -> Optional[DangerSignal]:
    """The Dutch check alone (the language detection asks whether a short message is Dutch danger)."""
    signal = _dutch(text)
    return None if signal == _NOT_DANGER else signal


def _dutch(text: str):
    folded = fold(text)
    if not folded:  # nothing in Latin script: Arabic or Bulgarian
        return None
    if _DEFINITION_Q.search(folded):
        return _NOT_DANGER
    cleaned = _IDIOMS.sub(" ", folded)
    has_now = bool(_NOW_STRICT.search(cleaned))
    if _GENERAL_Q.search(cleaned) and not has_now:
        return _NOT_DANGER
    past_only = bool(_PAST_ONLY.search(cleaned)) and not has_now
    kind = _first_kind(cleaned, past_only)
    if kind is None:
        return None
    strong = _first_kind(_WEAK_NOW.sub(" ", cleaned), past_only) is not None
    if strong and _TOLD.search(cleaned) and speaks_as_professional(text):
        strong = False
    habitual = False
    if strong and kind == "geweld_nu" and _now_means_nowadays(text) and not _NOW_NOT_NOWADAYS.search(cleaned):
        strong, habitual = False, True
    if strong and kind == "opgesloten" and _locked_in_as_a_habit(cleaned):
        strong, habitual = False, True
    if (strong and kind == "geweld_nu" and _HEARS_CRYING.search(cleaned) and not has_now
            and not _VIOLENCE_WORD.search(cleaned) and not _SOUNDS_OF_VIOLENCE.search(cleaned)):
        strong, habitual = False, True
    if strong and kind == "geweld_nu" and _now_only_where_the_writer_is_now(text):
        strong = False
    if strong and kind == "geweld_nu" and _now_only_across_sentences(text, past_only):
        strong = False
    if strong and kind == "geweld_nu" and _violence_now_only_across_sentences(text):
        strong = False
    if (strong and kind == "doodsbedreiging" and _FEARED_IF_THEY_KNEW.search(cleaned)
            and not _THREAT_SAID.search(_FEARED_IF_THEY_KNEW.sub(" ", cleaned))):
        strong = False
    if (strong and kind == "geweld_nu" and _NOW_IN_A_LATER_CLAUSE.search(cleaned) and not _PRESENT_BLOW.search(cleaned)
            and not any(p.search(cleaned) for other, patterns in _COMPILED.items() if other != kind for p in patterns)):
        # "mijn ex heeft me jaren mishandeld en wil nu dat de kinderen bij hem slapen" (thirty-fourth
        # session: 'Bel nu 112' for a question about access): the blows are past, 'nu' belongs to
        # what he wants now. A weak sign: 112 first, then the answer.
        strong = False
    return DangerSignal(kind, strong=strong, habitual=habitual)


def _now_only_across_sentences(text: str, past_only: bool) -> bool:
    """Folding drops the full stop, so "... vertelde ze dat papa haar slaat. wat moet ik nu doen?"
    reads as 'slaat ... nu': the violence and the 'now' are in sentences of their own, and no
    sentence alone tells violence now. A weak sign: 112 first, then the request (thirty-second
    session, a bso worker passing on what a girl told her got only the acute answer)."""
    sentences = [fold(s) for s in _SENTENCE.split(text or "") if fold(s)]
    with_now = [s for s in sentences if _NOW_STRICT.search(s) or _NOW_WORD.search(s)]
    if len(sentences) < 2 or not with_now or not all(_WHAT_NOW.match(s) for s in with_now):
        return False
    return not any(_first_kind(_IDIOMS.sub(" ", s), past_only) == "geweld_nu" for s in sentences)


# "ik durf het niet aan mijn ouders te zeggen, mijn vader vermoordt me", "mn ouders vermoorden me als
# ze dit horen": the writer's fear of what telling would bring, which no one said; in some homes it
# is meant, so a weak sign: 112 first, then the answer (thirty-seventh session: 112 alone for a girl
# blackmailed with images who asked for help). A threat someone said ('hij zegt dat hij me vermoordt
# als ik het vertel') stays strong.
_FEARED_IF_THEY_KNEW = re.compile(
    r"\b(als (hij|ze|zij|mijn \w+|mn \w+) (dit|het|dat|er) (\w+ )?(hoort|horen|hoorde|weet|weten|ziet|zien|ontdekt|"
    r"ontdekken|merkt|merken|achter komt|achter komen|achterkomt|achterkomen)|"
    r"durf (het |dat |dit )?(\w+ ){0,5}niet (\w+ ){0,4}(te )?(zeggen|vertellen))\b")
_THREAT_SAID = re.compile(r"\b(zegt|zei|zeggen|zeiden|dreigt|dreigde|dreigen|riep|roept|schreeuwt|appt|appte|stuurt|gezegd)\b")


def _violence_now_only_across_sentences(text: str) -> bool:
    """No sentence alone tells violence now, and none has a blow in the present tense or a plea; only
    the words of two read as one do ("... na weer een avond vol geschreeuw en geduw. we slapen nu bij
    mijn moeder" read as 'geduw we slapen nu': 'Bel nu 112.' alone for one who left a week ago,
    thirty-seventh session). A weak sign: 112 first."""
    sentences = [_IDIOMS.sub(" ", fold(s)) for s in _SENTENCE.split(text or "") if fold(s)]
    if len(sentences) < 2 or any(_PRESENT_BLOW.search(s) or _PLEA.search(s) for s in sentences):
        return False  # "hij slaat me. help nu": a blow in the present tense, or a plea, with a 'now'
    for sentence in sentences:
        now = bool(_NOW_STRICT.search(sentence))
        if _first_kind(sentence, bool(_PAST_ONLY.search(sentence)) and not now) == "geweld_nu":
            return False
    return True


# Only a question what to do ("wat moet ik nu doen?") carries the 'now'; a plea ("help snel",
# "nu!") keeps it danger now.
_NOW_WORD = re.compile(rf"\b{_NOW}\b")
_WHAT_NOW = re.compile(r"^(en )?(wat|hoe) (moet|kan|zal|moeten|kunnen) (ik|je|we|wij) nu( (doen|verder|doen met \w+))?$")


# "hij heeft me geslagen. ik zit nu bij mijn moeder", "10 dagen huisverbod omdat ik mn vrouw heb
# geslagen. slaap nu in mn auto": the blow is past, and 'nu' tells where the writer is now, in a
# sentence of its own. A weak sign: 112 first, then the route (not the acute answer, whose
# follow-ups keep asking whether there is danger).
_SENTENCE = re.compile(r"[.!?\n]+")
_PAST_BLOW = re.compile(r"\b(geslagen|geschopt|getrapt|geduwd|gestompt|mishandeld|geknepen|gegooid|gesmeten|"
                        r"sloeg|schopte|duwde|trapte|stompte|gooide|smeet)\b")


def _now_only_where_the_writer_is_now(text: str) -> bool:
    sentences = [fold(s) for s in _SENTENCE.split(text or "") if fold(s)]
    if len(sentences) < 2:
        return False
    with_now = [s for s in sentences if _NOW_STRICT.search(s)]
    with_blow = [s for s in sentences if _VIOLENCE_WORD.search(s) or _PAST_BLOW.search(s)]
    return (bool(with_now) and bool(with_blow) and not set(with_now) & set(with_blow)
            and all(_PAST_BLOW.search(s) and not _PRESENT_BLOW.search(s) for s in with_blow)
            and not any(_first_kind(_IDIOMS.sub(" ", s), False) or _PLEA.search(s) for s in with_now))


_PLEA = re.compile(r"\b(help|snel|kom|alsjeblieft|alstublieft|aub)\b")
# A past blow, then a new clause whose 'nu' tells what someone wants, says or does now.
_NOW_IN_A_LATER_CLAUSE = re.compile(
    r"\b(geslagen|geschopt|getrapt|geduwd|gestompt|mishandeld|geknepen|bedreigd|sloeg|schopte|duwde|mishandelde)\b"
    r"(\s+\w+){0,3}\s+(en|maar) (hij|zij|ze|die )?(wil|wilt|zegt|vraagt|eist|woont|werkt) "
    r"(nu|nou)\b")
_PRESENT_BLOW = re.compile(r"\b(slaat|slaan|schopt|trapt|duwt|stompt|knijpt|wurgt|steekt|gooit|smijt|mishandelt)\b")


# "ik hoor haar kinderen huilen": crying heard, and no blows, screams or 'now' told with it, is a
# worry to act on, not violence before one's ears. A weak sign: 112 first, then the route.
_HEARS_CRYING = re.compile(r"\bik hoor\b(\s+\w+){0,6}\s+huilen\b")
_SOUNDS_OF_VIOLENCE = re.compile(r"\b(gegil|geschreeuw|gillen|gilt|schreeuwen|schreeuwt|klappen|gebonk|bonken|slaan|"
                                 r"vechten|ruzie|gekrijs|krijsen|om hulp)\b")


# "ik word thuis opgesloten in mijn kamer als straf", "ze sluit me vaak op": a habit of punishment,
# told, not a lock-in happening now. A weak sign: 112 first, then the route with its number.
_PUNISHMENT = re.compile(r"\b((als|voor|om) (straf|een straf|strafje)|als (ik|we|wij) (\w+ )?(niet luister|stout|"
                         r"iets fout|ongehoorzaam|brutaal))")
_HERE_AND_NOW = re.compile(r"\b(nu|weer|hier|al uren|al de hele)\b")


# "ik denk dat mijn buurjongen door zijn ouders wordt opgesloten": a bystander's suspicion about
# someone else, not the writer locked in now.
_SUSPECTS = re.compile(r"\b(ik denk dat|ik vermoed dat|volgens mij|ik heb het idee dat|ik heb het gevoel dat|"
                       r"ik heb het vermoeden dat)\b")
_WRITER_LOCKED_IN = re.compile(r"\b((ik|we|wij) (word|worden|ben|zijn|zit|zitten) (\w+ ){0,4}opgesloten|"
                               r"(sluit|sluiten|sloot|sloten) (\w+ ){0,2}(me|mij|ons) (\w+ ){0,4}op)\b")


def _locked_in_as_a_habit(cleaned: str) -> bool:
    if _SUSPECTS.search(cleaned) and not _WRITER_LOCKED_IN.search(cleaned) and not _HERE_AND_NOW.search(cleaned):
        return True
    return bool((_PUNISHMENT.search(cleaned) or _HABITUAL.search(cleaned)) and not _NOW_NOT_NOWADAYS.search(cleaned)
                and not _HERE_AND_NOW.search(cleaned))


def _other_language(text: str) -> Optional[DangerSignal]:
    """English, Polish, Romanian, Bulgarian, Turkish, Arabic: 112 whatever language the message
    is detected as (veilig/danger_languages.py); there every sign counts as strong."""
    kind = detect_danger_any(text)
    return DangerSignal(kind) if kind else None


def _first_kind(cleaned: str, past_only: bool) -> Optional[str]:
    for kind, patterns in _COMPILED.items():
        # Suicide talk counts even alongside the past, unless it is itself told in the past.
        if past_only and (kind != "suicide" or _PAST_VERB.search(cleaned)):
            continue
        if any(p.search(cleaned) for p in patterns):
            return kind
    return None


def tells_of_strangling(text: str) -> bool:
    """Strangling told, now or before ("hij heeft me net bij mn keel gepakt"), whatever else the message tells."""
    return any(pattern.search(fold(text or "")) for pattern in _COMPILED["wurging"])


def detect_strong_danger(text: str) -> Optional[DangerSignal]:
    """Only the signs that get the acute answer alone (violence now, weapons, strangling, ...)."""
    signal = detect_danger(text)
    return signal if signal and signal.strong else None


# "mama en haar vriend vechten en ze huilt, moet ik 112 bellen? ik ben 11": whether to call 112
# or the police, asked about what happens as the writer writes, is a yes and 112 now, before
# anything else ("wanneer moet ik 112 bellen?" and "als hij haar slaat, bel ik dan 112?" ask in
# general, and are answered from the knowledge base).
_ASKS_TO_CALL_112 = re.compile(
    r"\b((moet|mag|kan|zal) (ik|k|we|wij) (\w+ ){0,2}(112|de politie|politie|het alarmnummer) (\w+ )?bellen|"
    r"(112|de politie|politie) bellen\s*\?|bel (ik|k) (\w+ )?(112|de politie|politie))")
_GOING_ON = re.compile(r"\b(vechten|vecht|slaat|slaan|schopt|schoppen|trapt|duwt|gillen|gilt|schreeuwen|schreeuwt|"
                       r"huilt|huilen|krijst|bonkt|bonken|dreigt|sloopt|gooit|smijt)\b")
_IN_GENERAL = re.compile(r"\b(als|wanneer|stel dat|zodra|indien|bijvoorbeeld|soms|vaak|regelmatig|wel eens|weleens|"
                         r"vroeger|af en toe|elke|iedere)\b")


def asks_whether_to_call_112_now(text: str) -> bool:
    """Asks whether to call 112 (or the police) about violence going on as they write."""
    folded = fold(text or "")
    return bool(_ASKS_TO_CALL_112.search(folded) and _GOING_ON.search(folded) and not _IN_GENERAL.search(folded))


# Blows denied: "ze slaat me niet dus telt het eigenlijk wel", "hij heeft me nog nooit geslagen. is
# dit dan wel echt geweld", "hij slaat niet hoor" (the classifier took each for danger now; thirty-
# fourth and thirty-fifth sessions' tuning conversations).
_BLOWS_DENIED = re.compile(
    r"\b(slaat|sloeg|schopt|duwt|slaan) (me |mij |ons |haar |hem |jou )?(eigenlijk |verder |echt |zelf )?(niet|nooit)\b|"
    r"\b(nog )?nooit (\w+ )?(geslagen|geschopt|geduwd|aangeraakt|pijn gedaan)\b|\bgeen (klappen|klap|tik)\b")


def denies_blows(text: str) -> bool:
    """The message says there were no blows (and tells no danger: detect_danger decides that)."""
    return bool(_BLOWS_DENIED.search(fold(text or "")))
