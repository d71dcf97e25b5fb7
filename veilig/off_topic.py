"""Which kind answer a message that is not about violence gets (issue: knowing what is not ours).

Municipal services get a pointer to the municipality's website, everyday worries a kind,
general pointer (huisarts, the local team), and the rest (chit-chat) what the bot can do.
"""
import re

from veilig.text import fold

_SERVICES = re.compile(
    r"\b(paspoort\w*|id ?kaart\w*|identiteitskaart\w*|rijbewijs\w*|afval\w*|grofvuil|container\w*|kliko\w*|"
    r"vuilnis\w*|milieustraat|parkeer\w*|parkeren|vergunning\w*|verhuiz\w*|verhuis\w*|adreswijziging|"
    r"belasting\w*|woz|aanslag\w*|kwijtschelding|uitkering\w*|bijstand|participatiewet|toeslag\w*|"
    r"uittreksel\w*|brp|geboorteaangifte|aangifte van (geboorte|overlijden)|trouwen|huwelijk|"
    r"geregistreerd partnerschap|gemeentehuis|stadhuis|balie|afspraak|subsidie\w*|bouwen|verbouw\w*|"
    r"bestemmingsplan|omgevingsvergunning|kapvergunning|lantaarnpaal|stoep|straatverlichting|"
    r"openbare ruimte|melding openbare|hondenbelasting|hond|evenement\w*|markt|sportpark|zwembad|"
    r"bibliotheek|digid|mijnoverheid|wmo|huishoudelijke hulp|scootmobiel|rolstoel|leerlingenvervoer|"
    r"kinderopvangtoeslag|schuldhulp\w*|gemeente\w*|loket|openingstijd\w*|begraaf\w*|naturalisatie|"
    r"inburger\w*|stemmen|verkiezing\w*|stempas|huur\w*|woning\w*|sociale huur|"
    # More errands of municipal FAQ pages: waste, streets and green, parking, taxes, registration.
    r"bsn|burgerservicenummer|inschrijv\w*|schrijf ik me in|\w*belasting|ozb|verordening\w*|riool\w*|"
    r"\w*afval|huisvuil|oud papier|pmd|pbd|diftar|batterij\w*|verfrest\w*|laadpa\w*|kenteken\w*|"
    r"bezoekersregeling|\w*parkeerkaart|standplaats\w*|snippergroen|speeltoestel\w*|speelplek\w*|"
    r"boom|bomen|gekapt|gat in de weg|wegdek|ongedierte|gevonden voorwerp\w*|kwijtgeraakt|minimaregeling\w*|"
    r"persoonlijke verzorging|hulp bij het huishouden)\b"
)
# Money for victims is no municipal errand: "Hoe hoog is de uitkering van het Schadefonds?" got
# "paspoort, afval, belasting" (thirtieth session's probe).
_FOR_VICTIMS = re.compile(r"\b(schadefonds\w*|smartengeld|slachtoffer\w*|geweldsmisdrij\w*)\b")
_LIFE = re.compile(
    r"\b(stress\w*|gestrest|\w*examen\w*|toets\w*|geslaagd|trots|waterpokken|koorts|griep|verkouden|mis (mijn|mn)|heimwee|verdriet\w*|verdrietig|eenzaam\w*|overleden|"
    r"dood gegaan|rouw\w*|ontslagen|ontslag|werkloos|schulden|schuld|geldzorgen|ziek|ziekte|depressie\w*|"
    r"somber\w*|moe|slapen|slaap|burn ?out|angstig|zenuw\w*|piekeren|pieker\w*|scheiden|scheiding|"
    r"relatie|verliefd|uit elkaar|kat|hond|huisdier|telefoon|kapot|kwijt|lawaai|geluidsoverlast|overlast|"
    r"ruzie|pesten|gepest|gamen|gamet|puber|opvoed\w*|zwanger\w*|verslav\w*|alcohol|drank|"
    # Life events and care questions: a family member named in them is not a sign of violence.
    r"verjaardag\w*|jarig|cadeau\w*|gedicht\w*|dagje uit|lunch|baby|geboren|kinderdagverblijf|"
    r"huiswerk|tiktok|studie|schooladvies|groep [1-8]|school|pensioen|emigr\w*|buitenland|missen|logeren|"
    r"snurk\w*|hertrouw\w*|alzheimer|dementie|kanker|heup|revalid\w*|verpleeghuis|maaltijd\w*|koken|"
    r"plast|zindelijk\w*|krampjes|graf|luier\w*)\b"
)


def is_everyday(text: str) -> bool:
    """About a municipal service or everyday life (the two off-topic answers other than chit-chat)."""
    return off_topic_route(text) != "buiten_scope"


def off_topic_route(text: str) -> str:
    """The name of the route in knowledge/routes.yml for a message that is not about violence."""
    folded = fold(text)
    if _SERVICES.search(folded) and not _FOR_VICTIMS.search(folded):
        return "buiten_scope_gemeente"
    if _LIFE.search(folded):
        return "buiten_scope_zorgen"
    return "buiten_scope"
