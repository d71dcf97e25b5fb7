"""Who used violence: the writer, or someone else? And who writes: the one it is done to, or a helper?

The classifier may take a victim for a pleger. One who asks "komt de dader mijn gegevens te weten
als ik aangifte doe?" should not get the pleger's line ("ook voor mensen die zelf geweld gebruiken
..."), unless they say they are the doer themselves ("als ik zelf de dader ben"); one who writes
"mijn moeder slaat me met de slof" gets the victim's route (veilig/dialogue_order.py), unless they
tell of violence of their own ("ik sla terug"). Nor should one who wants to leave ("waar kan ik heen
met mijn kinderen als ik weg moet", "ik wil met de relatie stoppen maar ik durf niet") or tells of
another's anger or control ("anders wordt hij boos"), and of no violence, anger or control of their own.
"""
import re

from veilig.need import CHILDREN_TURNED_AGAINST_ME
from veilig.stalking import tells_of_stalking
from veilig.text import fold

_THE_OTHER_AS_DOER = re.compile(r"\b(de|die|deze) (dader|verdachte|pleger)\b")
_SELF_AS_DOER = re.compile(r"\b(ik ben|zelf) (de |een )?(dader|pleger)\b")


def speaks_of_the_doer_as_another(text: str) -> bool:
    """'de dader', 'die verdachte' ... without 'ik ben (zelf) de dader'."""
    folded = fold(text or "")
    return bool(_THE_OTHER_AS_DOER.search(folded)) and not _SELF_AS_DOER.search(folded)


# Violence done to the writer by someone else: "mijn moeder slaat me met de slof", also with the
# verb last ("dat mijn moeder me met een riem slaat", "hij heeft me geslagen", "ik word geslagen").
_HURTS = (r"slaat|sloeg|schopt|schopte|trapt|trapte|mishandelt|mishandelde|bedreigt|bedreigde|duwt|duwde|knijpt|kneep|"
          r"wurgt|wurgde|stompt|stompte|pest|kleineert|vernedert|scheldt|schold|dwingt|dwingen|dwong")
_HURT = (r"geslagen|geschopt|getrapt|mishandeld|bedreigd|geduwd|geknepen|gewurgd|gestompt|gepest|gekleineerd|vernederd|"
         r"uitgescholden|gecontroleerd|gestalkt|opgesloten|achtervolgd|gedwongen|uitgehuwelijkt")
# Up to four words between 'me' and the verb, none of them one that starts another clause or
# person ("ze vertelde me dat hij haar slaat"); "volgens mij" is no object.
_BETWEEN = r"((?!(dat|hem|haar|hen|hoe|wie|zijn|die|ze|zij|hij)\b)\w+ ){0,4}"
# The writer's body as the object: "hij heeft mijn hoofd tegen de muur geslagen".
_MY_BODY = r"(mijn|mn|m n) (hoofd|gezicht|keel|nek|arm|armen|pols|haar|haren|buik|rug|been|benen|lichaam)"
_MY_PARTNER = r"(mijn|mn|m n) (vriend|vriendje|vriendin|man|vrouw|partner|echtgenoot|echtgenote|verloofde|ex)"
# Words that put the writer down: "mijn vriend zegt dat ik niks waard ben", "hij noemt me een hoer"
# (psychological violence; the one who says it to another, "ik zeg dat ze dom is", is not matched).
_PUT_DOWN = (r"(dom|lelijk|dik|vet|gek|waardeloos|nutteloos|stom|debiel|achterlijk|een mislukking|een hoer|een slet|"
             r"een nul|een niemand|niks|niets|een slechte (moeder|vader|vrouw|man))")
_DEGRADES_ME_WORDS = (
    rf"(zegt|zei|roept|riep|vindt|vond|schreeuwt|schreeuwde) (\w+ ){{0,3}}(dat )?(ik|k) (\w+ ){{0,3}}"
    rf"((niks|niets|nergens) (\w+ )?waard|{_PUT_DOWN}) (ben|was|bent)\b|"
    rf"(noemt|noemde|noemen|noemden) (me|mij) (\w+ ){{0,2}}{_PUT_DOWN}\b|"
    r"(ik|k) (ben|was) (\w+ ){0,2}(niks|niets) waard volgens (hem|haar|hen|mijn|mn)\b")
_DONE_TO_ME = re.compile(
    rf"\b({_DEGRADES_ME_WORDS}|({_HURTS}) (me|mij)|(?<!volgens )(me|mij) {_BETWEEN}({_HURTS})|"
    rf"(heeft|hebben|had) ((hij|zij|ze) )?(me|mij) (\w+ ){{0,4}}({_HURT}|gegooid|gesmeten|gesleurd)|(ik|k) (word|werd|ben) (\w+ ){{0,6}}({_HURT})|"
    # the subject and the writer first in a clause: "nadat hij me had geslagen", "omdat ze me geslagen heeft"
    rf"(hij|zij|ze) (me|mij) (\w+ ){{0,2}}((heeft|had|hebben) ({_HURT})|({_HURT}) (heeft|had|hebben))|"
    # the verb last in a clause: "als mijn baas weet dat ik thuis geslagen word"
    rf"(ik|k) (\w+ ){{0,4}}({_HURT}) (word|werd|ben)|"
    rf"(heeft|had) ((hij|zij|ze) )?{_MY_BODY} (\w+ ){{0,4}}({_HURT}|gegooid|gebonkt|gebeukt|vastgepakt)|"
    rf"({_HURTS}|bonkt|bonkte|beukt|beukte) (\w+ )?{_MY_BODY}|"
    # blows received: "dus kreeg ik ook slaag", "ik krijg klappen", "ik heb net een klap gehad"
    r"(heb|had) (ik |k )?(\w+ ){0,2}(een klap|klappen|een pak slaag|slaag|een tik|een trap|een schop|een stomp) (gehad|gekregen)|"
    r"(kreeg|krijg) (ik|k) (\w+ )?(slaag|klappen|een klap|een pak slaag)|(ik|k) (kreeg|krijg) (\w+ )?(slaag|klappen|een klap)|"
    # 'ik' left out after 'en': "ik moet op mijn zusjes passen en krijg klappen"
    r"(en|dan|maar) (kreeg|krijg) (\w+ )?(slaag|klappen|een klap|een pak slaag)|"
    # something thrown at the writer: "gisteren heeft hij een bord naar mijn hoofd gegooid"
    rf"(heeft|had) (hij|zij|ze) (\w+ ){{0,4}}(naar|tegen) ((me|mij)|{_MY_BODY}) (\w+ ){{0,2}}(gegooid|gesmeten)|"
    rf"(hij|zij|ze|(mijn|mn|m n) \w+) (gooit|gooide|smijt|smeet) (\w+ ){{0,4}}(naar|tegen) ((me|mij)|{_MY_BODY})|"
    # ... with the subject after the verb: "als ze boos is gooit ze met spullen naar mij"
    rf"(gooit|gooide|smijt|smeet) (hij|zij|ze) (\w+ ){{0,4}}(naar|tegen) ((me|mij)|{_MY_BODY})|"
    # a partner who decides what the writer may do: "mn vriend zegt dat ik niet meer met mn
    # vriendinnen mag afspreken", "mijn man bepaalt wat ik mag uitgeven"
    rf"{_MY_PARTNER} (zegt|bepaalt|beslist|eist|wil) (\w+ ){{0,2}}(dat|met wie|waar|wanneer|wat|hoe|hoeveel) (ik|k) (\w+ ){{0,6}}(mag|mogen|moet)|"
    rf"{_MY_PARTNER} (verbiedt|verbood) (me|mij)|"
    # ... told after another word of it: "hij is gewoon heel jaloers en bepaalt met wie ik afspreek" (fortieth
    # session's set 11: the bystander's route)
    r"(hij|zij|ze) (\w+ ){0,6}(bepaalt|beslist|controleert) (met wie|waar|wanneer|wat|hoe|alles wat) (ik|k)\b|"
    # a partner who knows what the writer only wrote to others, and calls the writer mad for noticing:
    # "mijn vriend weet dingen die ik alleen via whatsapp aan mijn moeder heb gestuurd. hij zegt dat ik
    # paranoide ben" (the same set: the pleger's route)
    rf"{_MY_PARTNER} (weet|wist|leest|las|checkt|controleert) (\w+ ){{0,2}}(dingen|alles|mijn (berichten|appjes|apps|"
    r"whatsapp|mail|mails|telefoon|mobiel))\b|"
    r"(hij|zij|ze) (zegt|zei|noemt|noemde) (\w+ )?(dat ik|me|mij) (\w+ )?(paranoide|paranoia|gek|overdreven|hysterisch)\b|"
    # what the writer needs taken away: "mijn partner pakt mijn rolstoel af als hij boos is"
    rf"{_MY_PARTNER} (pakt|pakte|neemt|nam|houdt|hield|verstopt|verstopte) (\w+ ){{0,2}}(mijn|mn|m n) (rolstoel|rollator|"
    r"scootmobiel|krukken|hoortoestel|bril|medicijnen|medicatie|telefoon|mobiel|paspoort|sleutels|bankpas|pinpas|geld)\b|"
    # a false accusation turned round: "ze vertelt iedereen dat ik haar sla, maar het is andersom"
    r"(zegt|vertelt|beweert|roept|zei|vertelde) (\w+ ){0,3}dat (ik|k) (haar|hem|de kinderen) (\w+ )?(sla|mishandel|bedreig|"
    r"sloeg|mishandelde)\w*,? (maar )?(het is|t is|het zit) (juist |precies |net )?(andersom|omgekeerd)|"
    # a jealous partner and what the writer may no longer do: "mijn vriendin is super jaloers en ik
    # mag niet meer met vrienden afspreken" (got the bystander's route for a friend's worry)
    rf"{_MY_PARTNER} (\w+ ){{0,2}}(is|wordt|doet) (\w+ ){{0,2}}(jaloers|bezitterig|controlerend)\b.{{0,60}}"
    r"\b(ik|k) (mag|mocht) (\w+ ){0,2}(niet|geen|nooit|niks|nergens)\b|"
    # "mijn vriendin wil niet dat ik met mijn familie omga"
    rf"{_MY_PARTNER} (wil|wilt) (\w+ )?niet (meer )?dat (ik|k)|"
    # done to the writer and those with them: "mijn moeder ... scheldt ons uit"
    rf"({_HURTS}|scheld) ons\b|"
    # grabbed hard: "gisteren pakte hij mn arm zo hard vast dat ik blauwe plekken heb"
    rf"(pakte|pakt|greep|grijpt|kneep|knijpt) (hij|zij|ze) (\w+ )?{_MY_BODY}|"
    rf"(hij|zij|ze) (pakte|pakt|greep|grijpt|kneep|knijpt) (\w+ )?{_MY_BODY}|"
    r"dat (ik|k) (\w+ )?blauwe plekken (heb|had|kreeg|krijg|heb gekregen)|"
    # a blow given to the writer: "hij heeft me gisteren een klap gegeven"
    r"(heeft|had|hebben) (\w+ ){0,2}(me|mij) (\w+ ){0,3}(een|n) (duw|klap|trap|schop|tik|stomp|mep|oorvijg|kopstoot) gegeven|"
    # harm feared from another: "ik ben bang dat ze me iets aandoen" (a girl threatened over the
    # family's honour, taken for a bystander, got "praat rustig met degene om wie je je zorgen maakt")
    r"bang dat (\w+ ){0,2}(me|mij) (iets |wat )?(aandoen|aandoet|aan doen|aan doet|aan zullen doen|vermoorden|vermoordt|"
    r"doodmaken|doodmaakt|dood maken|dood maakt|pijn doen|pijn doet)|"
    r"(gaan|gaat|willen|wil|zullen|zal) (me|mij) (\w+ )?(vermoorden|doodmaken|dood maken|iets aandoen)|"
    # threatened: "mijn broers zeggen dat ze me iets aandoen als ik bij mijn vriend blijf"
    r"(zegt|zeggen|dreigt|dreigen|zei|zeiden) (\w+ ){0,2}dat (hij|zij|ze) (me|mij) (iets |wat )?(aandoen|aandoet|aan doen|"
    r"aan doet|vermoorden|vermoordt|doodmaken|doodmaakt|dood maken|pijn doen|pijn doet)|"
    # by more than one: "de biologische ouders bedreigen ons", "ze slaan me"
    # ("we slaan ons er wel doorheen" is an idiom)
    r"(slaan|bedreigen|bedreigden|mishandelen|schoppen|duwen|pesten|kleineren|vernederen|intimideren|stalken) (ons|me|mij)\b"
    r"(?! er (\w+ )?door))\b")
_I_DO_IT = re.compile(r"\b(ik|ikzelf) (sla|sloeg|schop|schopte|trap|mishandel|bedreig|duw|knijp|wurg|stomp|scheld|schold|"
                      r"heb (\w+ ){0,3}(geslagen|geschopt|mishandeld|bedreigd|geduwd|gewurgd))\b|\bterug (te )?slaan\b|"
                      r"\b(sla|sloeg|schop|schopte|trap|duw|duwde|knijp|kneep|stomp|stompte) (ik|ikzelf)\b")


_DEGRADES_ME = re.compile(rf"\b({_DEGRADES_ME_WORDS})")


def puts_the_writer_down(text: str) -> bool:
    """Someone tells the writer they are worthless ('mijn vriend zegt dat ik niks waard ben')."""
    return bool(_DEGRADES_ME.search(fold(text or "")))


def hurt_by_another(text: str) -> bool:
    """Someone does violence to the writer ('mijn man slaat me'), whatever the writer does too."""
    return bool(_DONE_TO_ME.search(fold(text or "")))


# Denied: "is dat ook mishandeling? ze slaat ons niet" asks about what is done instead (the tenth tuning
# conversations: it got the victim's route as a victim's question the knowledge base could not answer).
_DENIED = re.compile(r"\s+(niet|nooit)\b")


def _done_to_me_not_denied(folded: str) -> bool:
    return any(not _DENIED.match(folded, match.end()) for match in _DONE_TO_ME.finditer(folded))


def done_to_the_writer_only(text: str) -> bool:
    """Someone does violence to the writer ('... slaat me'), and the writer tells of none of their
    own ('ik sla', 'ik heb hem geslagen', 'terug slaan'): a victim, not a pleger."""
    folded = fold(text or "")
    return _done_to_me_not_denied(folded) and not _I_DO_IT.search(folded)


# Signs that the writer uses violence, anger or control, or fears to: "ik heb hem geslagen", "als ik
# boos word", "mijn agressie", "ik heb een huisverbod", "ik ben de dader". Passive forms ("ik word
# geslagen") and anger of someone else ("hij wordt boos") do not count.
_OWN_VIOLENCE = re.compile(
    r"\b(huisverbod\w*|reclassering|daders|ik ben (de |een )?(dader|pleger)|(een|als|zelf de) (dader|pleger)|"
    # a blow given: "ik heb haar vorige week ook al een duw gegeven"
    r"(ik|k) (heb|had) (\w+ ){0,5}(een|n) (duw|klap|trap|schop|tik|stomp|mep|oorvijg|kopstoot)( \w+)? gegeven|"
    r"reageer (me|mij) (\w+ )?af op|gillend|(verlies|verloor) (ik|je) (soms |wel eens |weleens )?(de )?controle|"
    r"(ik|k) (ben|word|werd|was) (\w+ ){0,2}(te )?(hardhandig|ruw)|"
    r"(ik ben )?degene die (slaat|schreeuwt|slaan)|"
    r"(mijn|mn|m n) (woede\w*|boosheid|agressie\w*|drift\w*|anger|gedrag)|anger issues|lontje|"
    r"agressie ?(training|regulatie|therapie)|"
    r"(ik|k) (word|werd|ben|was|raak|wordt) (\w+ ){0,2}(boos|kwaad|agressief|jaloers|driftig|woedend|hysterisch)|"
    r"(ik|k) (\w+ ){0,3}(boos|kwaad|agressief|gewelddadig|jaloers|driftig|woedend) (word|ben|werd|was|wordt)|"
    r"(word|werd|ben|was) (ik|k) (\w+ )?(boos|kwaad|agressief|gewelddadig|jaloers|driftig|woedend|gek)|"
    r"(ik|k) (ontplof|explodeer)\w*|(zelf )?geweld (ge)?bruik\w*|beheers\w*|tekeer( ga| gaan)|uit (mijn|m n) slof|"
    r"niet in de hand|hand (schoot|schiet) uit|van mezelf|(bang|angst) (voor|van) (me|mij)\b|"
    r"gevaar voor (mezelf en|anderen)|(ik|k) (\w+ ){0,3}te ver|te hard aanpak\w*|"
    r"(af van|stoppen met|ophouden met|stop ik met|niet meer te) (\w+ ){0,3}(het )?(slaan|schreeuwen|geweld|slaag|bedreigen)|"
    r"(mannen|vrouwen|mensen|ouders) die (hun \w+ |thuis |zelf )?(slaan|geweld gebruiken|agressief zijn)|"
    r"aangifte tegen mij|(ik|k) (\w+ ){0,4}(iets (aandoe|aandoen|aan doe|aan doen|aan te doen|zou aandoen)|pijn (aandoe|aandoen|doe|zou doen))|"
    r"(ik|k) (heb|had) (\w+ ){0,6}(gegooid|geslagen|gepakt|gegeven|gezet|aangedaan|bedreigd|gedreigd|geduwd|geschopt|"
    r"geschreeuwd|uitgescholden|vastgepakt|gekrabd|geknepen|geschud)|"
    r"(ik|k) (\w+ ){0,6}(gegooid|geslagen|gegeven|aangedaan|bedreigd|geduwd|geschopt|geschreeuwd|uitgescholden) (heb|had)|"
    r"(ik|k) (\w+ ){0,6}(heb|had) (gegooid|geslagen|gegeven|aangedaan|bedreigd|geduwd|geschopt|geschreeuwd|uitgescholden)|"
    r"(ik|k) (\w+ ){0,3}(ga|ging) (\w+ )?(slaan|schreeuwen|schoppen|duwen)|"
    # the verb before 'ik': "gisteren heb ik tegen hem geschreeuwd en hem aan zijn arm getrokken"
    r"(heb|had) (ik|k) (\w+ ){0,6}(gegooid|geslagen|geschreeuwd|geduwd|geschopt|vastgepakt|geknepen|geschud|"
    r"uitgescholden|bedreigd)|aan (zijn|haar|hun) (arm|armen|haar|haren|oor) (ge)?trokken|"
    r"(ben|was|word|werd) (ik|k) (\w+ ){0,2}(te )?(hardhandig|ruw))\b"
    r"|\b(ik|k)\b(?! (word|werd|wordt|ben|was|zag|hoor|hoorde|zie|van)\b)( \w+){0,3}? (sla|sloeg|schop|schopte|"
    r"duw|duwde|knijp|kneep|wurg|wurgde|stomp|stompte|schud|schudde|gooi|gooide|smijt|smeet|"
    r"schreeuw|schreeuwde|gil|gilde|scheld|schold|dreig|dreigde|bedreig|bedreigde|mishandel|mishandelde|"
    r"tik|tikje|klap|klapje|pets|pak slaag|draai om|controleer|check|bind|sluit (\w+ ){0,4}op)\b"
    # a blow received is no blow given: "ik heb net een klap gehad en hij staat beneden te schreeuwen"
    r"(?! (gehad|gekregen|gevangen)\b)"
    r"|\b(sla|sloeg|schop|duw|gooi|gooide|geef|gaf|knijp|kneep|schud|schudde) (ik|k)\b")

# Wanting to leave a partner or home: "ik wil bij hem weg", "als ik weg moet", "de relatie stoppen".
_WANTS_TO_LEAVE = re.compile(
    r"\b(weg (moet|moeten|wil|willen|ga|gaan|durf|kan)|(wil|moet|durf|kan) (\w+ ){0,3}weg\b|bij (hem|haar|hun|mijn \w+) weg|"
    r"(relatie|huwelijk) (\w+ )?(stoppen|beeindigen|verbreken|uitmaken|opzeggen)|(stoppen|breken) met (de|onze|mijn|die) relatie|"
    r"uit elkaar|scheiden|vluchten|gevlucht|opvang|blijf van mijn lijf|"
    r"waar (kan|moet) ik (\w+ ){0,3}(heen|naartoe|terecht|slapen|wonen))")


# Anger, threat or control of someone else aimed at the writer: "anders wordt hij boos", "mijn
# vriend wil dat ik mijn wachtwoorden geef", "mijn man bepaalt wat ik aantrek".
_DONE_BY_ANOTHER = re.compile(
    r"\b((hij|zij|ze) (wordt|werd|is|was|raakt) (\w+ ){0,2}(boos|kwaad|agressief|jaloers|woedend|driftig)|"
    r"(wordt|werd|is|was) (hij|zij|ze) (\w+ ){0,2}(agressief|agressiever|gewelddadig|gewelddadiger|woedend|driftig)|"
    # the partner named: "mijn man is agressief", "mijn partner is gewelddadig"
    r"(mijn|mn|m n) (vriend|vriendin|vriendje|man|vrouw|partner|ex|exman|exvrouw|echtgenoot|echtgenote) (is|wordt|was|werd) "
    r"(\w+ ){0,2}(agressief|agressiever|aggressive|aggressief|gewelddadig|gewelddadiger|violent|woedend|driftig|gevaarlijk)\b|"
    r"anders (wordt|word|gaat|slaat|schopt|dreigt) (hij|zij|ze)|"
    # the anger with the verb last, things thrown, an injury stitched: "mijn vriendin gooit met spullen als ze
    # boos is en vorige week moest mijn wenkbrauw gehecht worden" (fortieth session's set 11: the pleger's route)
    r"als (hij|zij|ze) (\w+ )?(boos|kwaad|woedend|driftig|dronken) (is|wordt|was|werd)|"
    r"(mijn|mn|m n) (vriend|vriendin|vriendje|man|vrouw|partner|ex|vader|moeder|broer|zus|stiefvader|stiefmoeder) "
    r"(gooit|smijt|gooide|smeet) (\w+ ){0,2}(met|naar)|"
    r"(mijn|mn|m n) (wenkbrauw|lip|neus|arm|pols|hoofd|oog|kaak|rib|ribben|hand|vinger) (\w+ ){0,2}(gehecht|gebroken|gekneusd)|"
    # not safe at home, also half in English: "ik feel niet safe thuis", "ik voel me niet veilig bij hem"
    r"(ik|k) (voel|feel) (me |mij )?(niet|not) (veilig|safe)\b|"
    # another's anger with the verb last: "en als hij boos op me wordt"
    r"(hij|zij|ze) (\w+ ){0,2}(boos|kwaad|woedend|agressief) (op|tegen) (me|mij) (wordt|werd|is|was)\b|"
    r"(mijn|mn|m n) (vriend|vriendin|vriendje|man|vrouw|partner|ex|vader|moeder|broer|zus|stiefvader|stiefmoeder) "
    r"(wil dat ik|eist|dreigt|controleert|leest|checkt|bepaalt|verbiedt|volgt|kleineert|vernedert|scheldt)|"
    # fear of another: "ik ben bang dat ze me daar achterlaten", "ik ben bang voor mijn vader"
    r"(ik|k) (ben|was|word) (\w+ )?(bang|doodsbang) (dat (hij|zij|ze|mijn \w+|mn \w+) (\w+ ){0,3}(me|mij)\b|"
    r"(voor|van) (hem|haar|mijn|mn|m n) (?!eigen)\w+)|"
    # fear of losing one's children: "ik ben bang dat ze mijn kinderen afpakken als ik bel"
    r"(bang|angst|schrik) (dat|om) (\w+ ){0,8}(mijn|mn|m n) (kind|kinderen|zoon|dochter|baby) (\w+ ){0,2}"
    r"(kwijt|afpakken|afpakt|afnemen|afneemt|weghalen|weghaalt|uit huis)|"
    r"(mijn|mn|m n) (kind|kinderen|zoon|dochter|baby) (\w+ ){0,2}kwijt (te )?(raken|raak)|"
    # violence named as done by someone of the writer's: "wat kan ik doen tegen stalking door mijn ex"
    r"(stalking|stalken|geweld|mishandeling|bedreiging\w*|misbruik|intimidatie|controle|terreur|dreigementen) "
    r"(\w+ ){0,2}(door|van) (mijn|mn|m n) (ex|exman|exvrouw|man|vrouw|partner|vriend|vriendin|vader|moeder|stiefvader|"
    r"stiefmoeder|broer|zus|zoon|dochter|schoonfamilie|schoonmoeder|schoonvader)\b|"
    # meanness aimed at the writer: "als ze drinkt is ze gemeen tegen me"
    r"(is|doet|wordt|werd|was|doen|zijn) (\w+ ){0,2}(gemeen|agressief|gewelddadig|eng|naar|lelijk|rot) (tegen|op) (me|mij)\b|"
    # harassment aimed at the writer: "m'n ex blijft me appen en staat soms voor m'n deur"
    r"(blijft|bleef|blijven) (me|mij) (\w+ )?(appen|bellen|berichten|sturen|volgen|lastigvallen|lastig vallen|stalken|"
    r"opwachten|opzoeken|bedreigen)|(staat|stond|staan|wacht|wachtte) (\w+ ){0,2}(voor|bij) (mijn|mn|m n) (deur|huis|werk|school)|"
    # turning others against the writer: "mijn ex zet de kinderen tegen mij op"
    r"tegen (me|mij) (op ?zet|op ?zetten|op ?hitst|op ?hitsen|op ?stookt|op ?stoken)\b|"
    r"(zet|zette|zetten|hitst|stookt) (\w+ ){0,4}tegen (me|mij) op\b|"
    # victims as a group: "hulp voor mannen die geslagen worden door hun vrouw"
    r"(mannen|vrouwen|mensen|jongens|meisjes|vaders|moeders|ouders) die (\w+ ){0,4}(geslagen|mishandeld|bedreigd|"
    r"gestalkt|misbruikt|vernederd|gecontroleerd|uitgescholden) (worden|zijn)\b|"
    # reporting another to the police: "als ik aangifte doe tegen mijn man"
    r"aangifte (\w+ ){0,2}tegen (mijn|mn|m n|hem|haar) ?(man|vrouw|partner|ex|vriend|vriendin|vader|moeder|"
    r"stiefvader|stiefmoeder|broer|zus|zoon|dochter|schoonvader|schoonmoeder)?)")


# A house ban someone else got: "mijn man heeft een huisverbod gekregen" is told by the one he hurt.
_ANOTHERS_HOUSE_BAN = re.compile(
    r"\b(((mijn|mn|m n) (\w+ )?(man|vrouw|partner|vriend|vriendin|ex|vader|moeder|stiefvader|stiefmoeder|broer|zus|"
    r"zoon|dochter|schoonvader|schoonmoeder|schoonzoon)|hij|zij) (heeft|had|kreeg|krijgt|is|zit) (\w+ ){0,4}"
    r"huisverbod\w*( (gekregen|opgelegd|gehad))?|"
    r"(mijn|mn|m n|hem|haar) (\w+ )?(een )?huisverbod\w* (gegeven|opgelegd)|"
    r"huisverbod\w* (\w+ ){0,2}(voor|aan|tegen) (mijn|mn|m n|hem|haar)\b( \w+)?|"
    # one the writer wants for someone else: "kan ik een huisverbod aanvragen", "hoe krijg ik een
    # huisverbod (voor hem)", or a question how one gets it: "wanneer krijgt iemand een huisverbod"
    r"huisverbod\w* (aan ?vragen|aanvraag|regelen|laten opleggen)|(vraag|vraagt) (ik|je) (\w+ )?huisverbod\w* aan|"
    r"(hoe|wanneer|waar) (krijg|kan|kun|krijgt|vraag|regel) (ik|je|iemand|u|men) (\w+ ){0,3}huisverbod\w*)")


def tells_of_own_violence(text: str) -> bool:
    """The writer tells of violence, anger or control of their own, or fears it in themselves."""
    return bool(_OWN_VIOLENCE.search(_ANOTHERS_HOUSE_BAN.sub(" ", fold(text or ""))))


# A parent afraid of what they may do, or who shook a child: "ik ben bang dat ik mijn kind iets aandoe
# als hij weer zo krijst". The classifier took it for a worried bystander, whose tips tell to talk with
# "the adult"; the pleger's route says to step away now and where help to stop is.
_FEARS_HURTING = re.compile(
    r"\b(bang|angst|schrik) (dat|om) (ik|k) (\w+ ){0,4}(iets (aandoe|aan doe|zal aandoen|ga aandoen)|"
    r"pijn (doe|zal doen|ga doen)|ga slaan|sla)\b|"
    r"\b(ik|k) (heb|had) (mijn \w+|mn \w+|hem|haar|de baby|ons \w+) (\w+ ){0,3}door elkaar (geschud|gerammeld)\b")


def fears_hurting_someone(text: str) -> bool:
    return bool(_FEARS_HURTING.search(fold(text or "")))


# Hitting back to defend oneself ("ik heb hem terug geslagen uit zelfverdediging, ben ik nu ook
# dader?"): told by the one attacked, whose route is the victim's.
_SELF_DEFENCE = re.compile(r"\b(zelfverdediging|zelfverweer|uit noodweer|(om|omdat ik) (me|mij|mezelf) (te )?(verdedigen|verdedigde)|"
                           # held or pushed away while being hit: "vorige week heb ik haar arm vastgepakt en haar
                           # weggeduwd toen ze weer sloeg" (fortieth session's set 11: the pleger's route)
                           r"(vastgepakt|vastgehouden|weggeduwd|afgeweerd|tegengehouden) (\w+ ){0,2}(toen|terwijl) (hij|zij|ze) "
                           r"(me |mij )?(weer |opnieuw )?(sloeg|aanviel|schopte|krabde|beet))\b")


# Narrower than wanting to leave in general: a partner named ("ik wil weg bij mijn vriend", "ik durf niet bij hem weg").
_LEAVES_A_PARTNER = re.compile(
    r"\b((wil|moet|ga|durf|kan) (\w+ ){0,2}weg bij (mijn|mn|m n) (vriend|man|partner|vrouw|vriendin|echtgenoot|echtgenote)|"
    r"(wil|moet|durf) (\w+ ){0,2}bij (hem|haar) weg|"
    r"(wil|moet|durf) (\w+ ){0,2}(mijn|mn|m n) (vriend|man|partner|vrouw|vriendin) (verlaten|uit huis zetten))\b")


def wants_to_leave_a_partner(text: str) -> bool:
    """'ik wil weg bij mijn vriend', 'ik durf niet bij hem weg'."""
    return bool(_LEAVES_A_PARTNER.search(fold(text or "")))

def a_victim_not_a_pleger(text: str) -> bool:
    """Someone whom the classifier may take for a pleger, who wants to get away ('waar kan ik heen
    met mijn kinderen als ik weg moet'), tells of another's anger or control aimed at them ('mijn
    vriend wil dat ik mijn wachtwoorden geef anders wordt hij boos') or of being stalked ('mijn ex
    komt steeds langs terwijl dat niet mag'), and of no violence of their own."""
    folded = fold(text or "")
    if _SELF_DEFENCE.search(folded):
        return True
    return (bool(_WANTS_TO_LEAVE.search(folded) or _DONE_BY_ANOTHER.search(folded)
                 or _ANOTHERS_HOUSE_BAN.search(folded)) or tells_of_stalking(folded)) and not tells_of_own_violence(folded)


# Another close to the writer is the one hurt: "mijn zus wordt geslagen door haar man maar ze wil niet
# weg". The classifier may take the writer for the victim, who then reads "het is niet jouw schuld".
_ANOTHER_HURT = re.compile(
    r"\b(mijn|mn|m n) (zus|zusje|broer|broertje|moeder|vader|vriendin|vriend|buurvrouw|buurman|collega|dochter|zoon|"
    r"nicht|neef|tante|oom|schoonzus|schoonzoon|schoondochter|oma|opa|beste vriendin|beste vriend) "
    r"(wordt|werd|is|was) (\w+ ){0,4}(geslagen|mishandeld|bedreigd|geschopt|gewurgd|opgesloten|uitgescholden|"
    r"vernederd|gecontroleerd|gestalkt)\b|"
    # done by another to them: "mijn beste vriend woont samen met zijn vriend en die slaat hem" (the twelfth tuning
    # conversations: "het is niet jouw schuld")
    r"\b(mijn|mn|m n) (beste )?(zus|zusje|broer|broertje|moeder|vader|vriendin|vriend|buurvrouw|buurman|collega|dochter|"
    r"zoon|nicht|neef|tante|oom|oma|opa) (\w+ ){0,8}(die|hij|zij|ze|haar \w+|zijn \w+) (slaat|sloeg|mishandelt|schopt|"
    r"bedreigt|wurgt|duwt) (hem|haar)\b")


# Someone told the writer that another hurts them: "een vrouw uit mijn moskee vertelde me dat haar man
# haar slaat" (twenty-third session's probe: an imam got "het is niet jouw schuld").
_TOLD_OF_ANOTHER_HURT = re.compile(
    r"\b(vertelde|vertelt|vertellen|vertelden|zei|zegt|zeggen|heeft (me|mij|ons) verteld)( me| mij| ons)? dat "
    r"(haar|zijn|hun) (man|vrouw|vriend|vriendin|partner|ex|vader|moeder|stiefvader|stiefmoeder|broer|zus|zoon|dochter|"
    r"schoonfamilie|familie) (haar|hem|hen|ze) (\w+ ){0,3}(slaat|sloeg|mishandelt|mishandelde|bedreigt|bedreigde|schopt|"
    r"wurgt|opsluit|sluit|slaan|mishandelen|bedreigen)\b")


def tells_of_another_hurt(text: str) -> bool:
    """One close to the writer is hurt, or someone told the writer they are, and the message tells
    of nothing done to the writer."""
    folded = fold(text or "")
    if _TOLD_OF_ANOTHER_HURT.search(folded):
        rest = _TOLD_OF_ANOTHER_HURT.sub(" ", folded)
        return not done_to_the_writer_only(rest) and not re.search(r"\b(mij|ik word|ik werd|ik ook|mij ook)\b", rest)
    return bool(_ANOTHER_HURT.search(folded)) and not done_to_the_writer_only(folded) and not re.search(
        r"\b(me|mij|ik word|ik werd|ik ook|mij ook)\b", folded)


# Asking how to help someone else: "hoe help ik een vriendin die niet weg wil bij haar man".
_HELPS_ANOTHER = re.compile(
    r"\b(hoe|wat|kan|mag|moet|wil)\b.{0,25}\b(help|helpen|steun|steunen|ondersteunen|bijstaan)\b.{0,25}\b(haar|hem|hen|"
    r"een (vriendin|vriend|collega|buurvrouw|buurman|kennis)|(mijn|mn) (zus|zusje|broer|broertje|moeder|vader|dochter|"
    r"zoon|buurvrouw|buurman|collega|vriendin|nicht|neef|tante|oom|schoonzus|kleinkind\w*|kleindochter|kleinzoon))\b")


def asks_how_to_help_another(text: str) -> bool:
    """The writer asks how to help someone else, and tells of nothing done to themselves: a
    bystander, whom the classifier may take for a victim."""
    folded = fold(text or "")
    return bool(_HELPS_ANOTHER.search(folded)) and not _DONE_TO_ME.search(folded)


# Someone of the writer's is afraid of or hurt by a third person: "mijn vriendin is bang voor haar
# vader", "haar man slaat haar". With no violence of the writer's own, the writer is a bystander.
_ANOTHER_IS_HURT = re.compile(
    r"\b((mijn|mn|m n) (vriendin|vriend|zus|zusje|broer|broertje|moeder|vader|dochter|zoon|buurvrouw|buurman|collega|"
    r"nicht|nichtje|neef|neefje|tante|oom|schoonzus|kleinkind|kleindochter|kleinzoon|oma|opa|buurmeisje|buurjongen|"
    r"klasgenoot|klasgenote) (is|wordt|werd|was) (\w+ ){0,3}(bang|doodsbang|geslagen|mishandeld|bedreigd|misbruikt|"
    r"uitgescholden|opgesloten|gestalkt|uitgebuit)|"
    r"(haar|zijn) (vader|moeder|man|vrouw|vriend|vriendin|partner|ex|stiefvader|stiefmoeder|broer|zus|ouders) "
    r"(slaat|sloeg|schopt|mishandelt|bedreigt|misbruikt|scheldt|slaan|mishandelen)|"
    r"(de (buurman|buurvrouw|vader|moeder)|(mijn|mn|m n) (buurman|buurvrouw|overbuurman|overbuurvrouw|onderbuurman|bovenbuurman)|"
    r"hij|zij) (slaat|sloeg|schopt|mishandelt|bedreigt) (zijn|haar) "
    r"(vrouw|man|vriendin|vriend|kinderen|kind|kindje|dochter|zoon|moeder|vader|hond)|"
    # another who hurts her or him: "mijn dochter zegt dat papa haar slaat"
    r"(papa|mama|vader|moeder|stiefvader|stiefmoeder|hij|zij|ze|(mijn|mn|m n) (man|vrouw|ex|exman|exvrouw|vriend|vriendin)) "
    r"((\w+ ){0,2}(slaat|sloeg|schopt|schopte|mishandelt|mishandelde|bedreigt|misbruikt|misbruikte) (haar|hem|hen)|"
    # and in a clause after 'dat': "... zegt dat papa haar slaat"
    r"(haar|hem|hen) (\w+ ){0,2}(slaat|sloeg|schopt|schopte|mishandelt|mishandelde|bedreigt|misbruikt|misbruikte))\b|"
    # what another told of someone who hurts her or him, whoever it is: "mijn kleindochter van 7 zei dat
    # de nieuwe vriend van mijn dochter haar slaat" (thirty-third session)
    r"(zei|zegt|zeggen|vertelde|vertelt|vertelden|verteld|schreef|appte) (me |mij |ons )?dat (\w+ ){1,7}(haar|hem|hen) "
    r"(\w+ )?(slaat|sloeg|schopt|schopte|mishandelt|mishandelde|misbruikt|misbruikte|pijn doet|pijn deed)|"
    # the writer's partner or parent hurting the children: "mijn vrouw drinkt en scheldt de kinderen uit"
    r"(mijn|mn|m n) (vrouw|man|partner|vriend|vriendin|ex|exman|exvrouw|moeder|vader|schoonmoeder|schoonvader|"
    r"stiefvader|stiefmoeder) (\w+ ){0,4}(slaat|sloeg|schopt|mishandelt|bedreigt|scheldt|schold|kleineert|vernedert) "
    r"(de|onze|mijn|mn|m n) (kinderen|kind|kindje|zoon|dochter|baby|kids)\b|"
    # one parent hurting the other, seen by their child ("vorige week heb ik gezien dat mijn vader mijn
    # moeder wurgde. ik ben 15" got the pleger's route: twenty-sixth session's probe)
    r"(mijn|mn|m n) (vader|papa|pa|moeder|mama|ma|stiefvader|stiefmoeder) (\w+ ){0,2}(mijn|mn|m n) (moeder|mama|ma|vader|papa|pa|"
    r"stiefvader|stiefmoeder) (\w+ ){0,2}(wurgde|wurgt|wurgen|sloeg|slaat|schopte|schopt|duwde|duwt|mishandelt|mishandelde|"
    r"bedreigt|bedreigde|pijn doet|pijn deed)|"
    # fear for the children: "ik ben bang dat ze de kinderen iets aandoet"
    r"(bang|angst|vrees) dat (hij|zij|ze|mijn \w+|mn \w+) (\w+ ){0,3}(iets aandoet|iets aan doet|pijn doet|slaat|"
    r"vermoordt|mishandelt|misbruikt|verwaarloost|"
    # "ik ben bang dat mijn vriendin haar baby door elkaar schudt als hij huilt" (twenty-first session)
    r"(\w+ ){0,2}door elkaar (schudt|rammelt)))\b")


def a_bystander_not_a_pleger(text: str) -> bool:
    """Someone whom the classifier may take for a pleger, who tells of another person hurt or afraid
    ('mijn vriendin is bang voor haar vader') and of no violence of their own."""
    folded = fold(text or "")
    return bool(_ANOTHER_IS_HURT.search(folded)) and not tells_of_own_violence(folded) and not _DONE_TO_ME.search(folded)


# Someone of the writer's own home hurts or threatens, and the writer is afraid: "mijn vader heeft
# mijn moeder mishandeld en komt binnenkort vrij, ik ben bang". A child or partner in that home,
# whom the classifier may take for a bystander; a bystander's tips ("praat rustig met de
# volwassene") do not fit them. Not "mijn vriend": he may be a friend a bystander tells of.
_HOUSEHOLD_DOER = re.compile(
    r"\b(mijn|mn|m n) (vader|moeder|stiefvader|stiefmoeder|pa|ma|papa|mama|man|vrouw|partner|ex|exman|"
    r"ex-man) (\w+ ){0,12}(slaat|sloeg|schopt|schopte|mishandelt|mishandelde|bedreigt|bedreigde|dreigt|dreigde|"
    r"wurgt|wurgde|heeft (\w+ ){0,3}(geslagen|mishandeld|bedreigd|geschopt|gewurgd|neergestoken|aangevallen))\b")
_WRITER_AFRAID = re.compile(r"\b(ik|k) (ben|was|word) (\w+ )?(bang|doodsbang|angstig)\b")


# A parent who hurts the other parent: "mn pa slaat mn moeder" (not a partner, whom an adult names).
_PARENT_HURTS = re.compile(
    r"\b(mijn|mn|m n) (vader|moeder|stiefvader|stiefmoeder|pa|ma) (\w+ ){0,3}(slaat|sloeg|schopt|schopte|mishandelt|"
    r"mishandelde|bedreigt|bedreigde|wurgt|wurgde) (\w+ ){0,2}(mijn|mn|m n) (moeder|vader|stiefmoeder|stiefvader|ma|pa)\b|"
    r"\b(papa|mama) (\w+ ){0,3}(slaat|sloeg|schopt|schopte|mishandelt|bedreigt|wurgt) (\w+ ){0,2}(papa|mama)\b")


def a_parent_hurts_the_other(text: str) -> bool:
    """One parent hurts the other, and the writer tells no violence of their own: a child who sees
    it at home ("mn pa slaat mn moeder en ik ben nu groot genoeg om terug te slaan", taken for a
    pleger), whom the Kindertelefoon fits first."""
    folded = fold(text or "")
    return bool(_PARENT_HURTS.search(folded)) and not tells_of_own_violence(folded)


def fears_someone_at_home(text: str) -> bool:
    """The writer is afraid, and the one who hurts is of the writer's own home (a parent or partner)."""
    folded = fold(text or "")
    return bool(_HOUSEHOLD_DOER.search(folded) and _WRITER_AFRAID.search(folded)) and not tells_of_own_violence(folded)


# Self-harm: "ik snij mezelf omdat het thuis zo erg is". Violence against oneself is no pleger's.
_HURTS_THEMSELVES = re.compile(
    r"\b((ik|k) (\w+ ){0,2}(snij|sneed|kras|kraste|beschadig|verwond|bijt|brand) (\w+ )?(mezelf|mijzelf|me)\b|"
    r"(mezelf|mijzelf) (\w+ )?(snijden|krassen|beschadigen|verwonden|pijn doen|pijn te doen)|zelfbeschadig\w*|"
    r"automutil\w*)")


def hurts_themselves(text: str) -> bool:
    """The writer harms themselves (cutting, scratching), which the classifier may take for a pleger."""
    return bool(_HURTS_THEMSELVES.search(fold(text or "")))


_CHILDREN_TURNED = re.compile(rf"\b({CHILDREN_TURNED_AGAINST_ME})\b")


def turns_the_children_against_the_writer(text: str) -> bool:
    """Another turns the writer's children against them, and the writer tells of no violence of their own."""
    folded = fold(text or "")
    return bool(_CHILDREN_TURNED.search(folded)) and not tells_of_own_violence(folded)


# What the writer hears or sees at the neighbours': "mijn buurvrouw schreeuwt elke avond en ik hoor
# klappen", "bij de buren huilt steeds een kind". Without a parent or partner of the writer's own,
# or anything done to the writer, the writer is a bystander (the classifier may guess a child).
_NEIGHBOURS = re.compile(
    r"\b(buren|bovenburen|onderburen|benedenburen|achterburen|overburen|buurvrouw|buurman|buurjongen|buurmeisje|"
    r"buurkind\w*|hiernaast|naast ons|boven ons|onder ons)\b")
_OWN_PARENT_OR_PARTNER = re.compile(
    r"\b(mijn|mn|m n) (vader|moeder|stiefvader|stiefmoeder|pa|ma|papa|mama|man|vrouw|partner|vriend|vriendin|ex|"
    r"ouders)\b|\b(papa|mama)\b")
# The writer as the one something is done to ("hij dwong me tegen de grond"), or who fled to the
# neighbours ("ik ben naar de buren gevlucht"), is no bystander.
_WRITER_AS_OBJECT = re.compile(r"\b(me|mij)\b")
_WRITER_AT_THE_NEIGHBOURS = re.compile(
    r"\b(ik|k|we|wij) (ben|zijn|was|waren|ging|gingen|vlucht|vluchtte|vluchtten|rende|renden|sliep|sliepen|slaap) "
    r"(\w+ ){0,3}(naar|bij) (de|mijn|onze) (buren|buurvrouw|buurman)\b")


def tells_of_the_neighbours(text: str) -> bool:
    """The writer tells what goes on at the neighbours', with nothing done to the writer and no
    parent or partner of their own in it."""
    folded = fold(text or "")
    return bool(_NEIGHBOURS.search(folded)) and not (
        _OWN_PARENT_OR_PARTNER.search(folded) or _DONE_TO_ME.search(folded) or _WRITER_AS_OBJECT.search(folded)
        or _WRITER_AT_THE_NEIGHBOURS.search(folded) or tells_of_own_violence(folded))
