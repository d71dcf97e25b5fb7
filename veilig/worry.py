"""Is a message about violence or worry? Then even an unclear or off-topic answer gives 0800-2000."""
import re

from veilig.child_abduction import tells_of_child_abduction
from veilig.coercive_control import tells_of_coercive_control
from veilig.doer import puts_the_writer_down
from veilig.economic_violence import tells_of_economic_violence
from veilig.genital_mutilation import tells_of_genital_mutilation
from veilig.forced_marriage import tells_of_forced_marriage
from veilig.loverboy_signs import tells_of_grooming, tells_of_loverboy_signs
from veilig.need import CHILDREN_TURNED_AGAINST_ME, PASSPORT_TAKEN, without_idioms
from veilig.stalking import tells_of_a_tracker, tells_of_stalking
from veilig.text import fold

# Words that on their own point at violence, abuse or fear.
_VIOLENCE = re.compile(
    r"\b(geweld\w*|sla|slaat|slaan|sloeg\w*|geslagen|schop\w*|mishandel\w*|bang|angst\w*|onveilig\w*|misbruik\w*|"
    r"duwt|duwde|duwden|geduwd|trapt|trapte|getrapt|stompt|stompte|gestompt|knijpt|kneep|geknepen|wurg\w*|gewurgd|"
    r"geschreeuw\w*|gescheld|gegil|gekrijs|"
    # parents or partners who fight, as a child or a grandparent tells it ("papa en mama vechten 's avonds");
    # not "vechten voor je rechten" or a sport
    r"(ouders|papa en mama|mama en papa|pappa en mamma|mamma en pappa|vader en moeder|moeder en vader) "
    r"(\w+ ){0,4}(vechten|vochten)|(vecht|vocht|vechten|vochten) (\w+ ){0,2}met (mijn|mn|m n|onze|haar|zijn|de) "
    r"(moeder|vader|mama|papa|vrouw|man|vriendin|vriend|partner)|"
    # injuries a professional or a neighbour sees: "een leerling heeft een brandwond op zijn arm"
    r"brandwond\w*|brandplek\w*|verwonding\w*|botbreuk\w*|striemen|bijtwond\w*|gebroken (arm|been|pols|rib|ribben|neus)|"
    # signs of abusive head trauma in a baby a nurse or doctor sees: "netvliesbloedingen en een subduraal hematoom"
    r"netvliesbloeding\w*|subduraal\w*|subdurale|hersenbloeding\w*|schedelbreuk\w*|door elkaar (\w+ )?geschud|"
    # idioms of fear and blows at home: "ik liep op eieren", "een moeder met losse handjes"
    r"op eieren (lopen|loop|liep|liepen|gelopen)|(lopen|loop|liep|liepen) (\w+ ){0,3}op eieren|losse (handjes|handen)|"
    r"dreig\w*|bedreig\w*|schreeuw\w*|scheld\w*|uitgescholden|(doet|deed|doen) (me|mij|haar|hem|ons) pijn|pijn (gedaan|doen)|blauwe plek\w*|verwaarloos\w*|"
    r"agressie\w*|agressief|hardhandig\w*|grensoverschrijd\w*|stalk\w*|verkracht\w*|aangerand|aanranding|loverboy\w*|uitbuit\w*|betast\w*|"
    r"bevredig\w*|pijpen|aangedaan|gooide(\s+\w+){0,4}\s+(naar|tegen|door)|smeet|"
    # thrown: "vorige week heeft hij me tegen de muur gegooid", "dan gooit ze met spullen naar mij"
    r"(tegen de muur|tegen de kast|op de grond|van de trap|door de kamer) (\w+ )?(gegooid|gesmeten|geduwd|gesleurd)|"
    r"(gooit|gooien|smijt|smijten)( \w+){0,4} (naar|tegen) (me|mij|haar|hem|ons|mijn|mn)|"
    r"(gooit|gooien|smijt|smijten) met (spullen|dingen|borden|stoelen|alles)|(geef|gaf|geven)( ik| je| we)? (hem|haar|ze|hen) een (tik|klap|pak slaag)|draai om (de|zijn|haar|mijn) oren|hand schoot uit|"
    # blows received: "ik moet op mijn zusjes passen en krijg klappen als het mis gaat"
    r"(krijg|krijgt|kreeg|kregen|krijgen)( (ik|je|hij|ze|zij|we|wij|soms|vaak|altijd|weer|dan|nog|ook)){0,2} "
    r"(klappen|slaag|een klap|een pak slaag|een tik|tikken|een schop|schoppen)|"
    r"gedwongen|dwingt|huiselijk\w*|opsluit|opsluiten|opgesloten|sluit (me|mij|haar|hem|ons|hen) (\w+ ){0,3}op|"
    # boundaries crossed by an adult at home: "die kijkt raar naar me en komt de badkamer in als ik douch"
    r"(komt|kwam|loopt|liep) (\w+ ){0,2}(de badkamer|de douche|mijn kamer|mn kamer) (\w+ )?(in|binnen) (als|terwijl|wanneer) "
    r"(ik|k) (\w+ )?(douch\w*|in bad|me omkleed|aan het omkleden|slaap|sliep|naakt)|kijkt (raar|vies|eng) naar (me|mij)|"
    # one who wants the violence to stop, not the relationship: "ik wil alleen dat hij stopt, ik wil niet scheiden"
    r"(wil|wilt) (alleen |gewoon |echt |enkel )?dat (hij|zij|ze|het) (stopt|ophoudt)"
    r"(?!\s+met\s+(?!slaan|schreeuwen|schelden|dreigen|duwen|drinken))|"
    # one who wants it to stop without reporting it: "ik wil geen aangifte doen, alleen dat het stopt"
    r"(geen|niet) aangifte (\w+ ){0,2}(doen|tegen|maar|alleen)|"
    r"kindermishandeling|vrouwenopvang|weglopen|gevlucht|vluchten|gevaar\w*|"
    # a passport taken abroad (achterlating), and an older person left lying
    rf"{PASSPORT_TAKEN}|paspoort\w* afgepakt|achterlating|"
    # a child left alone night after night (neglect): "mijn buurjongen van 10 zit elke avond tot laat alleen buiten"
    r"((elke|iedere) (avond|nacht)|tot laat|s nachts|hele nachten|dagen) (\w+ ){0,3}alleen (thuis|buiten|op straat)|"
    r"alleen (thuis|buiten|op straat) (\w+ ){0,3}((elke|iedere) (avond|nacht)|tot laat|s nachts|hele nachten)|"
    # a child's needs left unmet (neglect), as a teacher sees it: "komt steeds zonder ontbijt en in vieze kleren"
    r"(komt|komen|kwam|zit|zitten) (\w+ ){0,2}zonder (ontbijt|eten|lunch|brood|jas)|in (vieze|smerige|stinkende) kleren|"
    r"(krijgt|krijgen|heeft|hebben) (\w+ ){0,2}(nooit|geen) (eten|ontbijt|lunch|schone kleren)|"
    # money taken from someone, most often an older person: "mijn moeder wordt door mijn broer bestolen"
    r"bestolen|besteelt|(steelt|stal|pakt|pakte|neemt|nam|haalt|haalde) (\w+ ){0,2}(haar|zijn|mijn|mn|z n|d r) "
    r"(geld|pinpas|bankpas|pensioen|spaargeld)|financiele uitbuiting|financieel misbruik\w*|"
    r"uithuwelijk\w*|lag( \w+){0,2} (de hele nacht|urenlang|uren|dagen)( \w+){0,3} op de (grond|vloer)|"
    # money taken from a parent's account: "mijn broer neemt steeds geld van de rekening van onze moeder"
    r"(neemt|nam|pakt|pakte|haalt|haalde|steelt|stal) (\w+ ){0,2}geld (\w+ ){0,4}(van|uit|af) (\w+ ){0,3}"
    r"(onze|mijn|mn|haar|zijn) (moeder|vader|ouders|oma|opa|moeders|vaders)|"
    # an adult who courts a child online: "praat in fortnite met een volwassen man die hem cadeautjes geeft"
    r"(volwassen|oudere|vreemde) (man|vrouw|kerel|jongen|meneer) (\w+ ){0,6}(cadeau\w*|geld|foto\w*|filmpje\w*|"
    r"webcam|afspreken|geheim)|"
    rf"{CHILDREN_TURNED_AGAINST_ME})\b"
)
# Words that suggest worry or a need for help, but also occur in everyday questions.
_WORRY = re.compile(
    r"\b(zorgen|zorg|ruzie|boos|woede|controle\w*|controleert|thuis|eer|dwang|seks\w*|melden|melding|"
    r"veilig\w*|politie|hulp|help|huilen|huilt|verdriet\w*)\b"
)
_PERSONAL = re.compile(r"\b(ik|mij|me|mijn|mn|wij|we|ons|onze|thuis)\b")


def is_about_violence(text: str) -> bool:
    """Violence words outside everyday idioms ('die regel slaat nergens op' is not violence), or a
    situation told without them: a partner who holds the writer's money or controls them ('mijn
    vriendin wil niet dat ik met mijn familie omga'), children taken abroad, a girl to be cut, a
    young girl with a much older man who gives her presents, a marriage forced by the family, an ex
    who keeps messaging or following ('mijn ex blijft me berichtjes sturen'), or a tracker ('AirTag
    beweegt met je mee, wat nu?'), one who is told they are worthless ('mijn vriend zegt dat ik niks
    waard ben')."""
    return bool(_VIOLENCE.search(without_idioms(fold(text)))) or any(
        tells(text) for tells in (tells_of_economic_violence, tells_of_child_abduction, tells_of_genital_mutilation,
                                  tells_of_loverboy_signs, tells_of_grooming, tells_of_coercive_control, tells_of_forced_marriage,
                                  tells_of_stalking, tells_of_a_tracker, puts_the_writer_down))


def is_about_violence_or_worry(text: str) -> bool:
    folded = fold(text)
    return bool(_VIOLENCE.search(folded) or _WORRY.search(folded))


def is_personal_worry(text: str) -> bool:
    """Someone speaks about their own situation ('mijn man slaat me, wat is een huisverbod')."""
    folded = fold(text)
    return bool((_VIOLENCE.search(folded) or _WORRY.search(folded)) and _PERSONAL.search(folded))
