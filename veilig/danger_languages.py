"""Acute danger in English, Polish, Romanian, Bulgarian, Turkish and Arabic (see veilig/danger.py for Dutch).

The same deterministic check as for Dutch, for the other languages residents write in: it
prefers a false alarm over a miss, but stays quiet for the past tense ("my ex hit me two years
ago"), for general or definition questions ("what is strangulation") and for everyday idioms
("I'm bored to death", "umieram z nudów", "bu sıcak beni öldürüyor").

How a message is checked, per language (as in danger.py):
  1. a definition question ("what is strangulation", "ما معنى الخنق") -> None;
  2. idioms are blanked out;
  3. a general question ("how many ...", "ce fac dacă ...") with no marker of 'now' -> None;
  4. past-only markers ("years ago", "rok temu", "قبل سنتين") with no marker of 'now' switch off
     every category but suicide (and suicide too when it is told in the past);
  5. the first category whose patterns match is returned.

Like Dutch, plain present tense violence ("bije mnie", "يضربني", "mă bate") needs a marker of
'now' or a call for help nearby, because it is just as often habitual ("my husband hits me").
English -ing and Turkish -iyor progressives are taken as 'now' by themselves ("he's hitting me",
"beni dövüyor"). Weapons, strangling, being locked in, death threats, suicide and injury need no
marker.

Some classes look at words anywhere in the message, or near each other in any order: fuel and a
lighter, pills in the hand and 'tonight', hurt and unable to get up, taken to the airport within
hours against one's will. Those patterns start with '^' and are tried once per message.
"""
import re
from functools import lru_cache
from typing import Dict, Iterator, List, Optional, Pattern, Tuple

from veilig.text import fold_any

# Patterns are written for text after fold_any(): lowercase, accents/diacritics and Arabic vowel marks removed,
# punctuation -> space, letters of every alphabet kept (e.g. 'сейчас' -> 'сеичас', 'şimdi' -> 'simdi', 'bije mnie' stays).
# On top of fold_any, _fold() maps the few letters people type both ways: Turkish dotless 'ı' -> 'i'
# (uppercase 'I' already lowercases to 'i'), Polish 'ł' -> 'l', Arabic 'ى' -> 'ي' and 'ة' -> 'ه', and drops the
# Arabic stretching stroke 'ـ'. fold_any already turns 'أ إ آ' into 'ا', 'ؤ' into 'و', 'ئ' into 'ي', 'й' into 'и'.
_EXTRA_FOLD = str.maketrans({"ı": "i", "ł": "l", "ى": "ي", "ة": "ه", "ـ": None})

CATEGORIES = ("geweld_nu", "wapen", "wurging", "opgesloten", "doodsbedreiging", "suicide", "letsel_nu")
LANGUAGES = ("en", "pl", "ro", "bg", "tr", "ar")


# ----------------------------------------------------------------------------------------------
# English. Apostrophes become spaces: "he's" -> "he s", "can't" -> "can t"; people also type "hes", "cant".
# ----------------------------------------------------------------------------------------------
_EN_NOW = (
    r"(now|right now|rn|atm|at the moment|currently|as we speak|just|just now|a minute ago|minutes ago|"
    r"(?<!for )(?<!get )(?<!find )(?<!seek )(?<!want )(?<!need )help(?!\s+(with|for|about|after|against|close|near(by)?)\b)|pls help|"
    r"please help|hurry|"
    r"call (the )?(police|cops|911|112)|police|911|112|nu)"
)
# After a violence word a bare "just" is no 'now': "his wife hits him and he just laughs it off".
_EN_NOW_AFTER = _EN_NOW.replace("|just|just now|", "|just now|")
# No bare 'kick', 'push', 'slap', 'strik...': Dutch 'een kick', 'pushen', 'slapen', 'strikt'; 'hit' but not 'een hit'.
_EN_VIOL = (
    r"((?<!een )hit|hits|hitting|hiting|hittin|beat|beats|beating|beatin|beaten|punch\w*|kicks|kicked|kicking|kickin|"
    r"slaps|slapped|slapping|smack\w*|attack\w*|hurt|hurts|hurting|assault\w*|pushes|pushed|pushing|shov\w*|"
    r"strikes|striking|abuse|abuses|abused|abusing|throw\w*( \w+){1,3} (against|at|into|down)|threw( \w+){1,3} (against|at|into|down)|"
    r"fight|fighting|fightin|whip\w*|batter(?!ij)\w*|bash\w*|choke|chokes|choking|strangl\w*|molest\w*|"
    r"rape|rapes|raping|raped|sexually assault\w*)"
)
# -ing forms that mean 'now' by themselves after "is/are/he/she/keeps ..."
_EN_ING = (
    r"(hitting|hiting|hittin|beating|beatin|punching|kicking|kickin|slapping|smacking|attacking|hurting|"
    r"choking|chocking|strangling|strangeling|stabbing|shooting at|throttling|battering|bashing|whipping|molesting|"
    r"raping|touching me|throwing)"
)
# "he is hitting me every day": the -ing form is habitual here, not 'now'.
_EN_HABITUAL = (
    r"(for (years|months|weeks|a long time|ages)|(almost |nearly )?every (day|night|week|weekend|time|evening|morning)|"
    r"everyday|all the time|always|sometimes|most (nights|days|weekends|evenings)|keeps happening|it keeps|a lot|"
    r"regularly|constantly|frequently|"
    r"often|when (he|she) (s|is|gets) (drunk|angry|mad)|when (he|she) drinks|since (years|\d+))"
)
# "I think he's hurting her": a bystander's suspicion, not what is seen or heard now.
_EN_SUSPICION = r"(i think|i thinks|i suspect|i believe|i m afraid that|im afraid that|i feel like|maybe|probably|might be|may be)"
# "mes": the Dutch word in an English message ("he is in the kitchen with a mes")
_EN_WEAPON = r"(knife|knifes|knives|blade|gun|guns|pistol|rifle|shotgun|firearm|weapon|axe|machete|cleaver|taser|mes)"
_EN_TOOL = (
    r"(knife|knives|blade|gun|pistol|rifle|shotgun|weapon|axe|machete|hammer|bat|baseball bat|belt|stick|"
    r"bottle|screwdriver|scissors|crowbar|iron|chair|brick|pan)"
)
_EN_OBJ = (
    r"(me|us|you|her|him|them|everyone|everybody|all of us|the kids|the children|the baby|"
    r"my \w+|his \w+|her \w+|our \w+|mom|mum|dad|mommy|mummy|daddy)"
)
_EN = {
    "geweld_nu": [
        rf"\b{_EN_VIOL}\b(\s+\w+){{0,3}}\s+{_EN_NOW_AFTER}\b",
        rf"\b{_EN_NOW}\b(\s+\w+){{0,3}}\s+{_EN_VIOL}\b",
        rf"^(?!.*\b{_EN_HABITUAL}\b)(?!.*\b{_EN_SUSPICION}\b).*"
        rf"\b(is|are|s|re|keeps|keep|kept|still|started|starting|he|she|they|hes|shes|theyre|dad|daddy|mom|mum|"
        rf"mommy|mummy|husband|boyfriend|bf|man|woman|guy|someone|somebody|people|neighbour|neighbor|and)\s+"
        rf"((still|now|just|really|literally|actually|again|constantly|"
        rf"keeps|keep on)\s+)?{_EN_ING}\b",
        r"\b(he|she|they|someone|somebody|man|guy)( is| s| are| re)? shooting( at| everyone| people| us|$)",
        r"\b(being|getting) (beaten|beat|hit|attacked|hurt|choked|strangled|kicked|punched|stabbed|assaulted|raped)\b",
        # Not help asked as a service ("where can i go for help with abuse", "get help for my anger").
        rf"(?<!for )(?<!get )(?<!find )(?<!seek )\bhelp\b(?!\s+(with|for|about|after|against|if|when)\b).*"
        rf"\b({_EN_VIOL}|knife|gun|kill\w*|locked|blood|bleeding)\b",
        rf"\b{_EN_VIOL}\b.*(?<!for )(?<!get )(?<!find )(?<!want )\bhelp\b(?!\s+(with|for|about|close|near(by)?)\b)",
        # Heard now, not "every night" (habitual: the bystander's route, with 112 first).
        rf"^(?!.*\b{_EN_HABITUAL}\b).*"
        r"\b(hear|hearing)\b(\s+\w+){0,5}\s+(screaming|screams|scream|shouting|yelling|banging|bangs|fighting|"
        r"hitting|gunshots|shots|shooting|crying for help|calling for help|cries for help)\b",
        r"\b(kick\w*|break\w*|bash\w*|smash\w*|bang\w*|pound\w*|forc\w*)\s+((down|in|open|on|at)\s+)?"
        r"(the|my|our|her|his|front|bedroom|bathroom)\s+(\w+\s+)?door\b",
        r"\bhiding (in|under|behind|from|inside)\b",
        r"\b(i m|im|i am|we re|we are)\s+hiding( from (him|her|them|my \w+)|$)",
        r"\b(he|she|they|hes|shes|theyre|he s|she s|they re)( is| are)? (coming|on (his|her|their) way)"
        r"( (for|after) (me|us|her|him)| to get (me|us)| (back )?here| back (for|to)| now|$)",
        r"\b(he|she|they|hes|shes|he s|she s|my ex|ex|husband|boyfriend|partner|stalker)( is| s| are| re)? "
        r"(standing |waiting )?(outside|at|in front of) (my|the|our) (door|window|house|flat|apartment|home)\b",
        r"\b(trying to|tries to|try to)\s+(break|get|force (his|her|their) way)\s+in(to)?\b|\bbreaking in\b",
        # the one feared knocking at the door now ("he is knocking on the door", twenty-second session's probe)
        r"\b(he|she|they|hes|shes|he s|she s|theyre|they re|my ex|ex|husband|boyfriend|partner|stalker)( is| s| are| re)? "
        r"(knocking|banging|pounding|hammering)\s+(on|at)\s+(the|my|our)\s+(\w+\s+)?(door|window)\b",
        r"\b(kick\w*|punch\w*|hit\w*|beat\w*)\b(\s+\w+){0,3}\s+(stomach|belly|tummy)\b",
        r"\b(drag\w*|pull\w*|yank\w*|grab\w*)\b(\s+\w+){0,3}\s+by (the|my|her|his) hair\b",
        r"\b(pulling (my|her|his) hair|dragging (me|her|him|us))\b",
        r"\b(shak\w*|shook)\s+(the|my|our|her|his|a)\s+(baby|infant|newborn|child|kid|toddler)\b",
    ],
    "wapen": [
        rf"\b(has|have|had|got|holding|holds|grabbed|grabed|grab|grabbing|grabs|took out|takes out|pulled|pulling|waving|"
        rf"waves|swinging|swings|brandishing|pointing|pointed|points|aiming|aimed|carrying)\b(\s+\w+){{0,3}}\s+{_EN_WEAPON}\b",
        # "he is now in the kitchen with a knife"
        rf"\b(is|he s|hes|she s|shes)\b(\s+\w+){{0,5}}\s+with (a|an|his|her|the) {_EN_WEAPON}\b",
        rf"\b(threaten\w*|attack\w*|hit\w*|hiting|beat\w*|came at|coming at|comes at|standing|waiting|chasing|"
        rf"chases|running|going after|went after|hurting|stabb\w*)\b(\s+\w+){{0,3}}\s+with (a|an|his|her|the|my|"
        rf"this|that)\s+(\w+\s+)?{_EN_TOOL}\b",
        r"\b(stabbed|stabbing|stab (me|her|him|us|you)|shot (me|her|him|at)|shooting at|"
        r"shoot (me|us|her|him|you|everyone)|been shot|got shot|got stabbed|knifed)\b",
        r"\b(knife|gun|pistol|rifle|blade|weapon)\b(\s+\w+){0,2}\s+(to|at|against|on)\s+(my|her|his|our|the)\s+"
        r"(head|throat|neck|chest|face|stomach)\b",
    ],
    "wurging": [
        r"\b(chok(e|es|ed|ing)|chocking|strangl(e|es|ed|ing)|strangeling|throttl(e|es|ed|ing)|"
        r"suffocat(e|es|ed|ing)|smother(s|ed|ing)?)\b",
        r"\b(hands?|arms?|knee|foot)\b(\s+\w+){0,2}\s+(around|round|on|against)\s+(my|her|his|the|our)\s+(neck|throat)\b",
        r"\b(grab\w*|squeez\w*|hold\w*|held|press\w*)\b(\s+\w+){0,3}\s+(neck|throat)\b",
        r"\b(can t|cant|cannot|can not|couldn t|could not|unable to)\s+breath(e)?\b",
    ],
    "opgesloten": [
        r"\b(lock\w*|shut|trapp\w*|keep\w*|kept)\s+(me|us|her|him|them|the kids|the children|my \w+)\s+(in|inside|up|into)\b",
        r"\b(i m|im|i am|we re|we are|she s|shes|he s|hes|is|are|am)\s+(\w+\s+)?(locked|trapped|shut) (in|inside|up|into)\b",
        # Told without "I'm": "locked in the bedroom by my husband since this morning".
        r"^(locked|trapped|shut) (in|inside|up)\b|\b(locked|trapped) (in|inside) (the|my|our|a|her|his) \w+( \w+)? by\b",
        r"\b(won t|wont|will not|doesn t|doesnt|does not|not|never|refuses to)\s+(let|letting|lets)\s+"
        r"(me|us|her|him|the kids|the children)\s+(out|leave|go|get out|escape)\b",
        r"\b(tied (me|us|her|him) up|tied up|tied to|chained (me|us|her|him|to|up)|held (hostage|captive|prisoner)|"
        r"holding (me|us|her|him) (hostage|captive|prisoner)|keeping (me|us|her|him) (prisoner|captive|locked))\b",
    ],
    "doodsbedreiging": [
        rf"\b(gonna|going to|gona|will|ll|wants to|want to|wanna|trying to|tries to|try to|threaten\w* to|about to|"
        rf"would|d)\s+(\w+\s+)?(kill|murder|stab|shoot|strangle|choke|slit|burn|hurt)\s+{_EN_OBJ}\b",
        r"\b(is|s|are|re)\s+killing\s+(me|her|him|us)\b",
        r"\b(death threats?|threaten\w* (my life|me with death))\b",
        r"\b(burn\w*|set fire to|torch\w*)\b(\s+\w+){0,4}\s+(with (us|me|the kids|them|the children)|"
        r"(house|flat|apartment|car) (down|on fire))\b",
        r"\bset (the house|us|me|her|him|the flat) on fire\b",
        r"\b(won t|wont|not going to|will not)\s+(survive|make it through)\b",
        r"\b(i|we)( ll| will| m going to| re going to| are going to| am going to) (die|be dead)\b",
    ],
    "suicide": [
        r"\b(suicide|suicidal|sucide|suicde|suiside)\b",
        r"\bkill(ing|s)?\s+(myself|herself|himself|themselves|themself|myslef|my self|her self|him self)\b",
        r"\b(end|ending|take|taking) (my|her|his|their) (own )?life\b|\bend it all\b",
        r"\b(going to|gonna|will|ll|want to|wanna|wants to) end it (all|tonight|today|now)\b",
        r"\b(is|s|hes|shes|i m|im|am|are|re|standing|sitting) on (the|a) (roof|bridge|ledge|edge of the \w+)\b",
        # Without 'to' only after a subject: Dutch "want die ..." (because those ...) is not English.
        r"\b(want|wants|wanna) to die\b|\bwanna die\b|\b(i|he|she|they|we|you|u|just)\s+(want|wants)\s+die\b",
        r"\b(don t|dont|do not|doesn t|doesnt|does not) (want|wanna)( to)? (live|be alive|exist)\b"
        r"(?!\s+(in|with|near|there|here|together))",
        r"\b(don t|dont|do not|doesn t|doesnt|does not) (want|wanna)( to)? be here (anymore|any more)\b",
        r"\b(took|taken|swallowed|swallowing|taking|ate|has taken)\b(\s+\w+){0,4}\s+(whole|all|too many|handful|"
        r"bottle|box|pack|packet|lot|bunch|strip)\b(\s+\w+){0,3}\s+(pills|tablets|painkillers|paracetamol|meds|"
        r"medication|medicine)\b",
        r"\boverdos\w*\b",
        r"\b(took|taken|swallowed|ate)\s+(\d+|twenty|thirty|forty|fifty)\s+(\w+\s+)?(pills|tablets|painkillers|paracetamol)\b",
        r"\b(gonna|going to|wants to|want to|wanna|will|ll|threaten\w* to|about to|trying to)\s+jump\b"
        r"(?!\s+(on|in|into|rope|around|up))",
        r"\bjump\w*\s+(off|from|in front of)\b",
        r"\bhang(ing)?\s+(myself|herself|himself|themselves)\b",
        r"\b(cutting|cut|cuts|slit|slitting|slashing)\s+(myself|herself|himself|themselves|"
        r"(my|her|his) (wrists?|arms?|legs?|throat))\b",
    ],
    "letsel_nu": [
        r"\bbleed\w*\b(\s+\w+){0,3}\s+(a lot|lots|heavily|badly|so much|everywhere|everywere|profusely|"
        r"really bad|bad|too much|from (my|her|his|the) (head|face|nose|mouth|neck|stomach))\b",
        r"\b(i m|im|i am|she s|shes|he s|hes|is|are|we re)\s+(\w+\s+)?bleeding\b",
        r"\b(lots of|so much|a lot of|there s|theres) blood\b|\bblood (everywhere|all over)\b",
        r"\bblood (is )?(coming|pouring|gushing|running|dripping) (out|from|down)\b",
        r"\bknocked (me|her|him|them|my \w+) (out|unconscious)\b",
        r"\b(unconscious|passed out|not breathing|isn t breathing|isnt breathing|stopped breathing|not moving|"
        r"isn t moving|isnt moving|won t wake up|wont wake up|not waking up|knocked (out|unconscious))\b",
    ],
}
_EN_PAST_ONLY = [
    r"\b(years ago|year ago|months ago|month ago|weeks ago|days ago|yesterday|the other day|"
    r"last (year|month|week|weekend|night|summer|winter|spring|autumn|fall|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"when i was (a (kid|child|teen\w*|baby|girl|boy)|little|young|younger|small|\d+|kid|child|teen\w*)|"
    r"as a (kid|child|teen\w*|little girl|little boy)|in the past|used to|back then|in (19|20)\d\d|"
    r"long time ago|long ago|in my childhood|growing up|years back)\b",
]
# "help me stop", "help me control my anger": a request to change, not a cry for help now.
_EN_HELP_TO_CHANGE = (r"\s+(to\s+)?(stop|change|control|quit|deal|cope|understand|learn|find|get|figure|with my|"
                      r"with (this|the|his|her) (anger|temper|rage|behaviou?r|problem))")
_EN_NOW_STRICT = [
    rf"\b(now|right now|rn|atm|at the moment|at this moment|this moment|currently|as we speak|still|again|tonight|"
    rf"this (morning|evening|afternoon|night)|today|hurry|(?<!who can )(?<!who could )help (me|us|her|him|my \w+)(?!{_EN_HELP_TO_CHANGE})|"
    rf"(please|pls|plz) help(?! (me|us){_EN_HELP_TO_CHANGE}))\b",
    # "he just hit me", "he is (still) here", a bare "help" to end with: now, a moment ago
    rf"\bjust {_EN_VIOL}\b|\b(he|she|they) (is|s|are|re) (here|outside|at the door|downstairs|upstairs|in the house)\b"
    r"|(?<!for )(?<!get )(?<!find )(?<!need )(?<!want )(?<!some )\bhelp$",
]
_EN_PAST_VERB = [
    r"\b(tried|attempted|wanted|threatened|committed|was|were|had|did|used to|cut|took|swallowed|jumped|overdosed|hanged)\b"
]
_EN_GENERAL_Q = [
    r"^(what is|what s|whats|what are|what does|what do|how many|how often|how common|how do (you|people)|"
    r"what (should|can|do|must|would) (i|you|we|one|someone|a person|people) do (if|when)|"
    r"what (to|can i) do (if|when)|what if|is it (illegal|a crime|normal|legal|abuse|ok|okay)|why do|why does|"
    r"can someone|define|definition)\b",
    r"\b(a |my )?question about\b|\bfor (a |my )?(school )?(project|essay|paper|assignment|presentation|thesis)\b",
]
_EN_DEFINITION_Q = [
    r"^(what|what is|what s|whats|what are|what does|define|definition of|meaning of|explain|info|information)\b"
    r"(\s+\w+){0,3}\s*(strangulation|strangling|choking|strangle|choke|suicide|suicidal|abuse|violence|coercive|"
    r"control|stalking|threat|threats|murder|femicide|domestic)\b",
]
_EN_IDIOMS = [
    # "now he is at work": the one who hurts is away, so this 'now' is no danger now (in every language below)
    r"\bnow (he|she|they)( s| is| are| re)? (at work|not (at )?home|out|gone|away|asleep|sleeping)\b"
    r"|\b(he|she|they)( s| is| are| re)? (at work|not (at )?home|out|gone|away|asleep|sleeping) (right )?now\b",
    r"\b(told|tells|said|says) (me|us)( \w+)? today\b",  # a child told the teacher today: not danger now
    r"\bdying (to|for)\b",
    r"\b(i m|im|i am|we re|we are|she s|shes|he s|hes|they re|is|it s|its|things are)( \w+)? "
    r"(fine|ok|okay|safe|alright|all right|calmer|calm|better|quiet|gone|over) now\b",
    r"\b(will|ll|might|could|would|going to|gonna) (happen|do it|do that) again\b",
    r"\b(bored|scared( me| him| her)?|worried|frightened) to death\b",
    r"\b(die|died|dying|dead) (of|from|with)? ?(laughter|laughing|embarrassment|boredom|shame|hunger|thirst|cringe|"
    r"curiosity|exhaustion)\b",
    r"\bdead (tired|serious|end|line|lines|ly)\b",
    r"\b(killing it|killed it|kill(ing|ed)? (time|the vibe|the mood)|killer|could (just )?kill for|to die for|drop dead)\b",
    r"\b(traffic|heat|job|work|homework|exam|exams|test|headache|migraine|back|feet|knees|wait|waiting|suspense|"
    r"cold|weather|song|show|joke|commute|week|day|month|semester|school|class|deadline|diet|this|that|it)\s+"
    r"(is |s |are |re )?killing me\b",
    r"\b(phone|battery) (is |s )?(dead|died|dying)\b",
    r"\b(choked up|chok\w* on)\b",
    r"\bbeat (the|my|his|her|a) (record|time|game|level|traffic|rush|odds|heat|boss)\b",
    r"\bhit (the|a) (road|jackpot|gym|button|wall|target|sack|books|ball|bottle|spot|nail)\b|\bhit (me )?up\b",
    r"\b(hit|hits|hitting) on (me|her|him|you|us|girls|women|men)\b",
    r"\b(kick(ing|ed|s)? off|kicking (a |the )?ball|punch ?line|stab at|shoot (me|us) (a|an) (message|email|text|mail|dm))\b",
    r"\bblood (test|tests|pressure|type|sugar|donation|work)\b",
    r"\b(locked out|lock ?down|lock screen)\b",
    r"\bsuicide (prevention|awareness|rates?|statistics)\b",
    # "now" that is no marker of danger: "I'm 40 now", "it's fine now"
    r"\b(\d+( years old)? now|now \d+|(fine|ok|okay|alright|safe|over|better|good|done) now|for now|by now|"
    r"until now|till now|up to now|now and then|now that)\b",
]

# ----------------------------------------------------------------------------------------------
# Polish. Folded: ą->a ę->e ó->o ś->s ż/ź->z ć->c ń->n, and ł->l. Present tense (bije, dusi) is
# also habitual, so plain violence needs 'teraz'/'pomocy'; 'się' moves around the verb. 'kopie'
# and 'bił' only with a person (Dutch 'kopie', 'bil').
# ----------------------------------------------------------------------------------------------
_PL_NOW = (
    r"(teraz|w tej chwili|wlasnie|przed chwila|w tym momencie|obecnie|pomocy|ratunku|na pomoc|pomozcie|pomoz|"
    r"prosze o pomoc|szybko|policj\w*|zadzwoncie|dzwoncie|112|997|help|nu)"
)
_PL_NOW_PL = r"(teraz|w tej chwili|wlasnie|przed chwila|pomocy|ratunku|na pomoc|pomozcie)"
_PL_VIOL = (
    r"(bije|bija|bijesz|bic|bila|bili|pobil\w*|uderza\w*|uderzyl\w*|kopie (mnie|ja|go|nas|dzieci|mame)|"
    r"(mnie|ja|go|nas) kopie|kopia (mnie|ja|go|nas)|kopnal\w*|tlucze|tluka|"
    r"oklada\w*|szarpie|szarpia|popycha\w*|leje|gwalci\w*|napada\w*|atakuje\w*|maltretuje|katuje|"
    r"zneca sie|sie zneca|gryzie|krzywdzi\w*|robi (\w+ )?krzywde|spuszcza (\w+ )?lomot)"
)
_PL_WEAPON = (
    r"(noz|noza|nozem|nozyk\w*|siekier\w*|pistolet\w*|bron|broni|bronia|strzelb\w*|karabin\w*|maczet\w*|"
    r"tasak\w*|rewolwer\w*|spluw\w*)"
)
_PL = {
    "geweld_nu": [
        rf"\b{_PL_VIOL}\b(\s+\w+){{0,3}}\s+{_PL_NOW}\b",
        rf"\b{_PL_NOW}\b(\s+\w+){{0,3}}\s+{_PL_VIOL}\b",
        rf"\b{_PL_NOW_PL}\b(\s+\w+){{0,3}}\s+(kopie|kopia|bil)\b|\b(kopie|kopia|bil)\b(\s+\w+){{0,3}}\s+{_PL_NOW_PL}\b",
        rf"\b(pomocy|ratunku|na pomoc|pomozcie|help|policj\w*)\b.*\b{_PL_VIOL}\b",
        rf"\b{_PL_VIOL}\b.*\b(pomocy|ratunku|na pomoc|pomozcie|help|policj\w*)\b",
        rf"\b{_PL_VIOL}\b(\s+\w+){{0,3}}\s+(do krwi|do nieprzytomnosci|na smierc)\b",
        r"\bslysz\w*\b(\s+\w+){0,5}\s+(krzyk\w*|wrzask\w*|uderzen\w*|bicie|halas\w*|strzal\w*|wolanie o pomoc|"
        r"lomot\w*|bijatyk\w*)",
        r"\b(wywaz\w*|wylam\w*|rozwal\w*|kopie w|dobija sie do|wali w|wali do|lomocze w)\b(\s+\w+){0,2}\s+drzwi\b",
        r"\b(wywaz\w*|wylam\w*) drzwi\b",
        r"\b(chowam sie|ukrywam sie|schowal\w* sie|chowamy sie|ukrywamy sie|sie chowam|sie ukrywam|"
        r"sie schowal\w*|jestem schowan\w*)\b",
        r"\b(sie wlamuje|wlamuje sie|sie wlamuja|wlamuja sie|wdziera sie|sie wdziera|dobija sie)\b",
        r"\bprobuje (sie )?(wejsc|wlamac|dostac)\b",
        r"\b(jest|stoi|czeka) (pod|przed|za) (drzwiami|domem|oknem|blokiem)\b",
        r"\b(jedzie|idzie|wraca) (tu|tutaj|do mnie|do nas|po mnie|po nas)\b",
        r"\b(kopie|kopal|kopnal|bije|bil|uderza|uderzyl|wali)\b(\s+\w+){0,2}\s+(w|po) brzuch\w*",
        r"\b(ciagnie|ciagnal|szarpie|szarpal|wlecze|ciagna)\b(\s+\w+){0,2}\s+za wlosy\b",
        r"\b(potrzasa|trzesie|potrzasnal|szarpie)\b(\s+\w+)?\s+(dzieckiem|niemowleciem|dzidziusiem|bobasem|"
        r"corka|synem|malym|mala)\b",
    ],
    "wapen": [
        rf"\b(ma|mial|miala|trzyma|trzymal|wyciagnal|wyciaga|wyjal|wyjmuje|wzial|wziela|bierze|chwycil|chwyta|"
        rf"zlapal|macha|wymachuje|celuje|mierzy|z)\b(\s+\w+){{0,2}}\s+{_PL_WEAPON}\b",
        rf"\b(grozi|grozia|straszy|atakuje|napada|rzuca sie|bije|uderza|goni)\b(\s+\w+){{0,3}}\s+({_PL_WEAPON}|"
        rf"mlotk\w*|kijem|pasem|paskiem|butelka|srubokret\w*|nozyczkami|palka|kijem bejsbolowym|bejsbol\w*)\b",
        r"\b(dzgnal\w*|dzgnela\w*|dzga|zadzgal\w*|pchnal nozem|postrzelil\w*|strzela|strzelil\w*|zastrzel\w*)\b",
        r"\bceluje\b(\s+\w+){0,3}\s+(do|w) (mnie|nas|niej|niego|nia)\b",
    ],
    "wurging": [
        r"\b(dusi|dusza|dusil|dusila|dusili|udusi|udusic|udusze|udusil|udusila|poddusza|poddusil|poddusila|"
        r"przydusza|przydusil|przydusila)\b",
        r"\b(sciska|zaciska|trzyma|chwycil|zlapal)\b(\s+\w+){0,3}\s+(za )?(szyj\w*|gardl\w*)\b",
        r"\b(rece|reke|dlonie)\b(\s+\w+)?\s+na (mojej|jej|jego) (szyi|gardle)\b",
        r"\bnie (moge|moze|mam czym) (oddychac|zlapac oddechu|zlapac tchu)\b",
    ],
    "opgesloten": [
        r"\b(zamknal|zamknela|zamkneli|zamyka|zamykaja|zamknie|zamkna|uwiezil\w*|wiezi)\s+(\w+\s+)?"
        r"(mnie|nas|ja|go|dzieci|mame|corke|syna)\s+(w|na|pod)\b",
        r"\b(mnie|nas)\s+(zamknal|zamknela|zamkneli|uwiezil\w*)\s+(w|na|pod)\b",  # "on mnie zamknął w mieszkaniu"
        r"\b(jestem|jestesmy|siedze|siedzimy|zostalam|zostalem|zostalismy)\s+(\w+\s+)?"
        r"(zamknie\w*|uwiezion\w*|zwiazan\w*|przywiazan\w*)\b",
        r"\bnie (pozwala|pozwoli|pozwalaja|daje)\s+(mi|nam|jej|mu|dzieciom)?\s*(wyjsc|wyjechac|odejsc|wychodzic|uciec)\b",
        r"\bnie (wypuszcza|wypuszczaja|wypusci)\s+(mnie|nas|jej|jego|dzieci)\b",
        r"\b(zwiazal|zwiazala|zwiazali|przywiazal)\w*\s+(mnie|nas|ja|go)\b",
    ],
    "doodsbedreiging": [
        r"(?<!sie )\b(zabije|zabic|zabij|zabija|zabijesz|zabijecie|zabijemy|zabijaja|zamorduje|zamordowac|zamorduja|"
        r"morduje|wykoncze|wykonczy|wykonczyc|zatluke|zatlucze|zatluc|zarzne|zarznie|zastrzele|zastrzeli|zadzgam|"
        r"zadzga)\b(?! sie\b)",
        r"\b(grozi|grozil|grozila|straszy)\b(\s+\w+){0,3}\s+(smierci\w*|zabiciem|podpaleniem)\b",
        r"\b(podpali|podpal\w*|spali)\b(\s+\w+){0,2}\s+(dom|mieszkanie|nas|mnie)\b",
        r"\bnie (przezyje|przezyjemy|przezyjesz) (tej nocy|do rana|tego)\b|\b(moja|twoja) ostatnia noc\b",
    ],
    "suicide": [
        r"\b(samobojstw\w*|samobojcz\w*|samobujstw\w*)\b",
        r"\b(zabic|zabije|zabija|zabila|zabil)\s+sie\b|\bsie\s+(zabic|zabije|zabija|zabila|zabil)\b",
        r"\bnie (chce|chcialabym|chcialbym|mam sily|chca)\s+(mi sie\s+)?(juz\s+)?(dalej\s+)?zyc\b",
        r"\bnie chce mi sie (juz )?zyc\b",
        r"\b(chce|chcialabym|chcialbym|chca|wola) (juz )?umrzec\b",
        r"\b(odebrac|odbiore|odbierze) sobie zycie\b|\bskonczy\w* (ze soba|z zyciem)\b",
        r"\bpowiesi\w* sie\b|\bsie powiesi\w*\b",
        r"\b(chce|chcialby|chcialaby|zaraz|moze|zamierza|grozi ze) skocz\w*\b",
        r"\bskocz\w* (z|pod) (mostu|balkonu|okna|dachu|pociag)",
        r"\b(polknal|polknela|polknelam|polknalem|lyknal|lyknela|zazyl|zazyla)\w*\b(\s+\w+){0,4}\s+"
        r"(tabletek|tabletki|tabletkami|lekow|leki|pigulek|pigulki|proszkow|opakowanie)\b",
        r"\bprzedawkow\w*\b|\bpodci\w* (sobie )?(zyly|nadgarstki)\b|\btnie sie\b",
    ],
    "letsel_nu": [
        r"\b(krwawie|krwawimy)\b",
        r"\b(krwawi|krwawia)\b(?!\s+(z nosa|z dziasel|po))",
        r"\b(krwawi\w*|krew leci|leci krew|krew sie leje)\b(\s+\w+){0,3}\s+(mocno|bardzo|duzo|strasznie|wszedzie|"
        r"caly|cala|z glowy|z nosa|z brzucha)\b",
        r"\b(duzo|mnostwo|pelno|wszedzie) krwi\b|\bkrew wszedzie\b",
        r"\b(nieprzytomn\w*|zemdlal\w*|stracil\w* przytomnosc|nie oddycha|nie rusza sie|sie nie rusza|nie reaguje)\b",
    ],
}
_PL_PAST_ONLY = [
    r"\b((\d+|dwa|dwie|trzy|cztery|piec|kilka|kilkanascie|wiele|pare) (lat|lata|miesiecy|miesiace|tygodni|tygodnie) temu|"
    r"rok temu|miesiac temu|tydzien temu|wczoraj|przedwczoraj|w (zeszly|ostatni) weekend|w zeszlym (roku|miesiacu|tygodniu)|w ubieglym (roku|miesiacu|tygodniu)|"
    r"kiedys|dawniej|w przeszlosci|jako dziecko|kiedy (bylam|bylem) (dzieckiem|mala|maly|mlod\w*|nastolatk\w*)|"
    r"w dziecinstwie|w (19|20)\d\d)\b",
]
_PL_NOW_STRICT = [
    r"\b(teraz|w tej chwili|wlasnie|w tym momencie|nadal|wciaz|ciagle|znowu|znow|dzisiaj|dzis|tej nocy|"
    r"(?<!szukac )(?<!szukam )(?<!potrzebuje )(?<!gdzie )(?<!o )pomocy|ratunku|na pomoc)\b",
]
_PL_PAST_VERB = [
    r"\b(probowal\w*|chcial\w*|grozil\w*|popelnil\w*|mowil\w*|zrobil\w*|byl|byla|bylo|mial|miala|polknel\w*|polknal\w*|"
    r"podcial\w*|podciela\w*|skoczyl\w*|przedawkowal\w*)\b"
]
_PL_GENERAL_Q = [
    r"^(co to (jest|sa|znaczy)|co oznacza|co znaczy|czym jest|czym sa|ile|jak czesto|jak rozpoznac|jak zglosic|"
    r"dlaczego|co (zrobic|robic|mam zrobic|mam robic|nalezy zrobic|mozna zrobic|powinnam zrobic|powinienem zrobic) "
    r"(gdy|jesli|jezeli|kiedy|jak)|czy (to jest|to) (normalne|przestepstwo|karalne|przemoc))\b",
    r"\bpytanie (o|dotyczace|na temat)\b|\bdo (szkoly|referatu|projektu|wypracowania)\b",
]
_PL_DEFINITION_Q = [
    r"^(co to jest|co to sa|co oznacza|co znaczy|czym jest|definicja|wyjasnij)\b(\s+\w+){0,3}\s*"
    r"(dusz\w*|samobojstw\w*|przemoc\w*|znecanie\w*|grozb\w*|nekanie|stalking)\b",
]
_PL_IDIOMS = [
    r"\bteraz (jest w pracy|go nie ma|jej nie ma|ich nie ma|spi|wyszedl|wyszla|jest poza domem)\b",
    r"\b(jak|jakby) w (wiezieniu|klatce)\b",  # 'like in prison': a simile for control, not a lock-in
    r"\b(umieram|umre|umrzec|umarlam|umarlem|umieramy) (z|ze) (nudow|smiechu|glodu|ciekawosci|zmeczenia|strachu|"
    r"wstydu|pragnienia)\b",
    r"\bzanudz\w* (sie )?na smierc\b|\bna smierc (sie )?(zanudz\w*|wystrasz\w*|przestrasz\w*)\b",
    r"\bdusi\w* sie ze smiechu\b|\bdus\w* (mieso|warzywa|cebule|kapuste)\b",
    r"\b(upal|nuda|praca|korek|korki|tesknota|ten upal|ta nuda|ta praca|ten bol|bol glowy) (mnie )?"
    r"(zabija|wykonczy|zabije)\b",
    r"\bzabi\w* czas\b",
    r"\b(pobic|pobil\w*|bije|bija|pobije) rekord\w*\b",
    r"\bserce (mi |jej |mu )?(bije|bilo|walilo|wali)\b|\b(bije|bija|bic) brawo\b|\bzegar (bije|wybija)\b",
    r"\bbije sie z myslami\b|\bleje (deszcz|jak z cebra)\b|\bstrzela\w* (focha|gola|bramk\w*|fotk\w*)\b",
    r"\bteraz (juz )?(jest |wszystko )?(dobrze|ok|okej|spokoj\w*|lepiej|w porzadku)\b",
]

# ----------------------------------------------------------------------------------------------
# Romanian. Folded: ă/â->a î->i ș->s ț->t; "m-a" -> "m a". Beware "acum doi ani" = two years AGO.
# ----------------------------------------------------------------------------------------------
_RO_AGO = (
    r"(\d+|un|o|doi|doua|trei|patru|cinci|sase|sapte|opt|noua|zece|cativa|cateva|multi|multe|mai multi|mai multe|"
    r"cam|vreo|vreun)"
)
_RO_NOW_WORD = (
    rf"(acum(?!\s+{_RO_AGO}\b)|chiar acum|adineauri|mai devreme|in momentul asta|in acest moment|in clipa asta|"
    rf"in clipa aceasta)"
)
_RO_HELP = r"(ajutor|ajutati\w*|ajuta ma|salvati ma|salvare|sunati\w*|politi(a|e|ei|st\w*)|help)"
_RO_NOW = rf"({_RO_NOW_WORD}|{_RO_HELP}|repede|urgent|va rog|te rog|112)"
_RO_VIOL = (
    r"(bate|bat|batut|batuta|batea|loveste|lovesc|lovit|lovita|palmuieste|pocneste|snopeste|cafteste|altoieste|"
    r"impinge|ataca|agreseaza|maltrateaza|chinuie|violeaza|da in (mine|ea|el|noi|copii)|"
    r"(imi|ii|ne) da (palme|pumni|suturi|capace))"
)
_RO_WEAPON = r"(cutit|cutitul|cutite|briceag\w*|pistol\w*|arma|arme|pusca|pusti|topor\w*|satar\w*|maceta|sabie|sabia|drujba)"
_RO = {
    "geweld_nu": [
        rf"\b{_RO_VIOL}\b(\s+\w+){{0,3}}\s+{_RO_NOW}\b",
        rf"\b{_RO_NOW}\b(\s+\w+){{0,3}}\s+{_RO_VIOL}\b",
        rf"\b{_RO_HELP}\b.*\b{_RO_VIOL}\b",
        rf"\b{_RO_VIOL}\b.*\b{_RO_HELP}\b",
        r"\b(bate|loveste|batut|lovit)\b(\s+\w+){0,3}\s+(tare|rau|de moarte|crunt|mar|cu sete|fara mila)\b",
        r"\baud\b(\s+\w+){0,5}\s+(tipete|tipat\w*|urlete|tipa|striga|strigate|bufnituri|lovituri|impuscaturi|"
        r"focuri de arma|cum (o|il|ma|ii|se) (bate|bat|loveste))\b",
        r"\b(sparge|darama|forteaza|izbeste|loveste|da cu piciorul)\b(\s+\w+){0,2}\s+(usa|usile|geamul|geamurile)\b",
        r"\b(ma ascund|ne ascundem|m am ascuns|ne am ascuns|sunt ascuns\w*|stau ascuns\w*)\b",
        r"\b(incearca|vrea|vor) sa (intre|patrunda|sparga)\b|\bintra (prin efractie|cu forta)\b",
        r"\b(vine|a venit|e|sta|asteapta)\s+(incoace|spre mine|dupa mine|la usa|in fata usii|la poarta|sub geam)\b",
        r"\b(loveste|bate|lovit|da|dat)\b(\s+\w+){0,3}\s+in burta\b",
        r"\b(trage|tras|taraste|tarat)\w*\b(\s+\w+){0,3}\s+(de par|de paru|prin casa|pe jos)\b",
        r"\b(zgaltaie|zguduie|scutura|zgaltait)\b(\s+\w+)?\s+(copilul|bebelusul|bebe|bebele|copila|fetita|"
        r"baietelul|pruncul)\b",
    ],
    "wapen": [
        rf"\b(are|avea|tine|ia|a luat|scoate|a scos|flutura|agita|ridica|indreapta|a indreptat|tinteste)\b"
        rf"(\s+\w+){{0,2}}\s+{_RO_WEAPON}\b",
        rf"\b(ameninta|amenintat|ataca|bate|loveste|loveasca|vine|alearga|fuge|sta|asteapta|e)\b(\s+\w+){{0,3}}\s+"
        rf"cu\s+(un |o |niste )?({_RO_WEAPON}|ciocan\w*|bata|curea|cureaua|surubelnit\w*|sticla|foarfec\w*|ranga)\b",
        r"\b(m|l|o|ne|i)\s+a(u)?\s+(injunghiat|impuscat|taiat cu cutitul)\b",
        r"\b(injunghie|impusca|trage cu (pistolul|arma|pusca)|a tras (cu|in))\b",
        rf"\b{_RO_WEAPON}\b(\s+\w+){{0,2}}\s+(la|spre|in|pe)\s+(gat|gatul|cap|capul|mine|noi|ea|el|burta|piept)\b",
    ],
    "wurging": [
        r"\b(strange|strans|strangea)\b(\s+\w+){0,2}\s+de gat\b",
        r"\b(sugruma|sugrumat|sugrumata|sugrume|strangula|stranguleaza|strangulat|strangulata|sufoca|sufocat\w*|sufoce)\b",
        r"\b(mainile|mana|maini)\b(\s+\w+){0,2}\s+(pe|in jurul|la)\s+(gat|gatul|gatului)\b",
        r"\bnu (mai )?(pot|poate|putem) (sa )?respir\w*\b",
    ],
    "opgesloten": [
        r"\b(m|ne|l|o|i)\s+a(u)?\s+(incuiat|inchis|legat|sechestrat|baricadat)\b",
        r"\b(ma|ne|o|il)\s+(incuie|tine (inchis\w*|incuiat\w*|sechestrat\w*))\b",
        r"\b(sunt|suntem|stau|am ramas)\s+(\w+\s+)?(incuiat\w*|inchis|inchisa|inchisi|inchise|sechestrat\w*)\b"
        r"(?!\s+(in|la) (mine|sine|noi|ea|el|casa mea de \w+)\b)",
        r"\blegat\w* (de pat|de scaun|de calorifer|cu sfoara|cu banda)\b",
        r"\bnu (ma|ne|o|il|ii) (lasa|lasau)\s+sa\s+(ies|iesim|iasa|plec|plecam|plece|ma duc|fug)\b",
    ],
    "doodsbedreiging": [
        r"(?<!\bse )(?<!\bsa se )\b(omoara|omoare|omori|ucide|ucida|omoram|omorati)\b",
        r"\b(te|va|il|o|ii)\s+omor\b",
        r"\bameninta\w* cu moartea\b",
        r"\b(da|dea|va da|o sa dea)\s+foc\s+(casei|la casa|la noi|apartamentului)\b|\bincendi(eze|aza)\b",
    ],
    "suicide": [
        r"\b(sinucid\w*|sinucigas\w*|suicid|suicidul|suicidar\w*)\b",
        r"\b(sa|o sa|vreau sa|vrea sa|va)\s+(ma|se)\s+(omor|omoare|spanzur\w*|arunc\w*|sinucid\w*)\b",
        r"\bse (omoara|spanzura)\b|\bma spanzura\b|\bspanzur\w*\b",  # not "mă omoară", he kills me
        r"\bnu (mai )?(vreau|vrea|vrem|vor) sa (mai )?(traiesc|traiasca|traim)\b",
        r"\b(vreau|vrea) sa (mor|moara|murim)\b",
        r"\b(imi|isi|mi|si)\s+(ia|iau|ie)\s+viata\b|\bpun capat vietii\b",
        r"\b(vrea|vreau|o sa|va) sa (sara|sar)\b|\bsare de pe\b",
        r"\b(a inghitit|inghite|a luat|am luat|am inghitit)\b(\s+\w+){0,2}\s+(o cutie|un pumn|toate|o folie|"
        r"un flacon|multe|prea multe|o gramada)\b(\s+\w+){0,2}\s+(pastile|pastilele|medicamente|medicamentele|"
        r"pilule|tablete|somnifere)\b",
        r"\bsupradoz\w*\b|\b(isi|imi|si|mi)\s+(taie|tai|a taiat)\s+venele\b|\btaie venele\b",
    ],
    "letsel_nu": [
        r"\b(sangerez|sangeram)\b",
        r"\b(sangereaza)\b(?!\s+(din nas|gingiile))",
        r"\bsanger\w*\b(\s+\w+){0,2}\s+(tare|mult|foarte|rau|puternic|abundent|intruna|din cap|din nas)\b",
        r"\b(mult|plin de|peste tot|curge) sange\b|\bsange peste tot\b",
        r"\b(inconstient\w*|lesinat\w*|lesina|nu (mai )?respira|nu se (mai )?misca|nu (mai )?reactioneaza|"
        r"si a pierdut cunostinta|fara cunostinta)\b",
    ],
}
_RO_PAST_ONLY = [
    rf"\b(acum {_RO_AGO}\s+(\w+\s+)?(ani|an|luni|luna|saptamani|saptamana)|anul trecut|luna trecuta|saptamana trecuta|"
    rf"ieri|alaltaieri|aseara|weekendul trecut|in trecut|cand eram (mic|mica|copil|tanar|tanara|mai mic|mai mica|adolescent\w*)|in copilarie|demult|candva|"
    rf"pe vremuri|odinioara|in (19|20)\d\d|obisnuia sa)\b",
]
_RO_NOW_STRICT = [
    rf"\b({_RO_NOW_WORD}|inca|din nou|in seara asta|la noapte|azi|astazi|(?<!nevoie de )(?<!caut )(?<!primi )(?<!exista )(?<!este )(?<!gasesc )(?<!cer )(?<!un )(?<!vreau )(?<!vrem )ajutor|ajutati\w*)\b",
]
_RO_PAST_VERB = [r"\b(a incercat|a vrut|a amenintat|voia|incerca|a spus|a zis|a facut|era|avea)\b"]
_RO_GENERAL_Q = [
    r"^(ce este|ce sunt|ce inseamna|ce e|ce reprezinta|cat de des|cate|cati|cum recunosc|cum pot|cum raportez|de ce|"
    r"ce (fac|pot face|trebuie sa fac|sa fac|faci|facem|trebuie facut) (daca|cand|in cazul)|ce se intampla daca|"
    r"este normal|e normal|este ilegal|e ilegal)\b",
    r"\b(o )?intrebare despre\b|\bpentru (un )?(proiect|referat|scoala|eseu)\b",
]
_RO_DEFINITION_Q = [
    r"^(ce este|ce sunt|ce inseamna|ce e|definitia|definitie|explica)\b(\s+\w+){0,3}\s*(strangulare|sugrumare|"
    r"sinucidere|suicid|violenta|abuz\w*|amenintare|agresiune|control)\b",
]
_RO_IDIOMS = [
    r"\bacum (nu e|nu este|nu mai e) acasa\b|\bacum (e|este) la (munca|serviciu|lucru)\b|\bacum doarme\b|\bacum a plecat\b",
    r"\b(ma|te) omoara (de ras|cu zile)\b",
    r"\b(caldura|durerea|plictiseala|foamea|munca|curiozitatea|seful|scoala)( asta)? ma omoara\b",
    r"\bma omoara (caldura|durerea|plictiseala|foamea|munca|curiozitatea)\b",
    r"\b(omor|omoara|omoram) timpul\b",
    r"\b(mor|murim|am murit|a murit|o sa mor) de (plictiseala|ras|foame|sete|dor|curiozitate|frig|cald|caldura|"
    r"oboseala|rusine)\b|\bmor dupa\b",
    r"\binima (\w+ )?bate\b",
    r"\bbate (la usa|gandul|vantul|ceasul|din palme|toba|recordul|campii|apa in piua|la cap|la ochi|saua)\b",
    r"\b(mi|i|ne) a inchis (\w+ )?(telefonul|in nas|usa)\b|\binchis in nas\b",
    r"\bacum (e |este |suntem |totul e |totul este )?(bine|ok|liniste|in regula)\b",
]

# ----------------------------------------------------------------------------------------------
# Bulgarian, in Cyrillic (й -> и after folding) and in the Latin spelling many people type
# ("shte me ubie", "pomosht"). Present tense is also habitual: plain violence needs 'сега'/'помощ'.
# ----------------------------------------------------------------------------------------------
_BG_NOW = (
    r"(сега|в момента|точно сега|току що|в този момент|в тоя момент|веднага|помощ|помогнете|помагаите|спасете|полиция\w*|"
    r"полицаи|обадете се|бързо|спешно|112|help|nu|sega|v momenta|pomosht|pomo6t|pomosh|pomognete|spasete|"
    r"policia|policiq|policiata|burzo|barzo)"
)
_BG_HELP = r"(помощ|помогнете|помагаите|спасете|полиция\w*|help|pomosht|pomo6t|pomosh|pomognete|policia|policiq)"
_BG_VIOL = (
    r"(бие|бият|биеш|пребива\w*|преби|пребил\w*|удря|удрят|удари|ударил\w*|рита|ритат|ритна|блъска|блъсна|тупа|"
    r"бъхти|шамаросва|шамароса|напада|нападна|малтретира|дърпа|скубе|хапе|изнасилва\w*|"
    r"bie|biqt|biat|biyat|udrq|udrya|udria|udari|rita (me|q|ia|go|ni)|blaska|blusk\w*)"
)
_BG_WEAPON = (
    r"(нож|ножа|ножът|пистолет\w*|оръжие\w*|пушка\w*|брадва\w*|мачете|сатър\w*|секира\w*|"
    r"noj|nozh|noz|pistolet\w*|orajie|oruzhie|bradva)"
)
_BG_PRON = r"(ме|ни|те|я|го|ви|ги|децата|me|ni|te|q|ia|go|vi|gi)"
_BG = {
    "geweld_nu": [
        rf"\b{_BG_VIOL}\b(\s+\w+){{0,3}}\s+{_BG_NOW}\b",
        rf"\b{_BG_NOW}\b(\s+\w+){{0,3}}\s+{_BG_VIOL}\b",
        rf"\b{_BG_HELP}\b.*\b{_BG_VIOL}\b",
        rf"\b{_BG_VIOL}\b.*\b{_BG_HELP}\b",
        r"\b(чувам|чуваме|chuvam)\b(\s+\w+){0,5}\s+(писъци|писък|викове|вик|крясъци|крещи|пищи|удари|изстрели|бои|"
        r"тряскане|блъскане|pisaci|pisuci|vikove|krasaci)\b",
        r"\b(разбива|разби|чупи|счупи|троши|рита|блъска|удря|razbiva)\b(\s+\w+){0,2}\s+(вратата|врата|прозореца|vratata)\b",
        r"\b(крия се|скрих се|крием се|скрихме се|скрита съм|скрит съм|се крия|се крие|kriq se|kria se|skrih se)\b",
        r"\b(опитва се|опитват се|се опитва|се опитват|иска|пробва) да (влезе|влязат|разбие|нахлуе)\b",
        r"\bвлиза с взлом\b|\bнахлу\w*\b",
        r"\b(идва|иде|тръгна|идват)\s+(насам|тук|към мен|към нас|за мен|у нас)\b",
        r"\b(е|стои|чака)\s+(пред|до)\s+(вратата|блока|къщата|прозореца)\b",
        r"\b(рита|удря|бие|ритна|удари)\b(\s+\w+){0,2}\s+(в|по)\s+корема\b",
        r"\b(влачи|дърпа|скубе|дръпна)\b(\s+\w+){0,2}\s+(за|по)\s+(косата|косите|пода)\b",
        r"\b(друса|тресе|разтърсва|разклаща|drusa)\b(\s+\w+)?\s+(бебето|детето|малкия|малката|bebeto|deteto)\b",
    ],
    "wapen": [
        rf"\b(има|имаше|държи|взе|взима|извади|вади|грабна|размахва|маха|насочи|насочва|ima|darji|durji|vze|izvadi)\b"
        rf"(\s+\w+){{0,2}}\s+{_BG_WEAPON}\b",
        rf"\b(заплашва|заплаши|напада|нападна|гони|идва|стои|чака|бие|удря|zaplashva)\b(\s+\w+){{0,2}}\s+(с|със|s)\s+"
        rf"(\w+\s+)?({_BG_WEAPON}|чук\w*|бухалк\w*|колан\w*|тояга|пръчка|бутилка|отвертка|ножица|лом)\b",
        r"\b(намушка|наръга|прободе|простреля|застреля|стреля|namushka|nalaga)\w*\b",
        rf"\b{_BG_WEAPON}\b(\s+\w+){{0,2}}\s+(към|в|на|до|срещу)\s+(мен|нас|нея|него|главата|гърлото|врата|гърдите|корема)\b",
    ],
    "wurging": [
        r"\b(души|душат|душеше|удуши|удушва|удушава|задушава|задуши|dushi|udushi|zadushava)\b",
        r"\b(стиска|стисна|хвана|държи|притиска)\b(\s+\w+){0,2}\s+(за\s+)?(гърлото|врата|шията)\b",
        r"\b(ръцете|ръце|ръка|ръката)\b(\s+\w+)?\s+(около|на|върху)\s+(врата|шията|гърлото)\b",
        r"\bне (мога|може|можем) да (дишам|диша|дишаме)\b|\bne moga da disham\b",
    ],
    "opgesloten": [
        rf"\b(заключи|заключил\w*|заключва|затвори|затворил\w*|zakluchi|zaklyuchi|zaklu4i|zakliuchi)\s+{_BG_PRON}\b",
        # The pronoun mostly stands before the verb: "мъжът ми ме заключи в банята", "ни заключи".
        r"\b(ме|ни|я|го|ги|me|ni)\s+(е\s+|са\s+|e\s+)?(заключи|заключил\w*|заключва|заключиха|zakluchi|zaklyuchi)\b(?!\s+навън)",
        r"\b(заключен\w*|затворен\w*|вързан\w*|zaklyuchena|zakluchena|zakliuchena)\s+(съм|сме|sum|sam)\b",
        r"\b(съм|сме)\s+(заключен\w*|затворен\w*|вързан\w*)\b",
        r"\bне (ме|ни|я|го|me|ni)\s+(пуска|пускат|пусна|puska|puskat)\b",
        r"\b(върза|вързаха)\s+(ме|ни|я)\b",
    ],
    "doodsbedreiging": [
        rf"\b(ще|да|shte|6te|she|sht|da)\s+{_BG_PRON}\s+(убие|убия|убият|избие|избия|заколи|застреля|намушка|очисти|"
        rf"утрепе|удуши|ubie|ubiq|ubia|ubiat|izbie|zakoli|zastrelia|zastrelq)\b",
        r"\b(ще|да|shte)\s+(убие|избие|избия|убия|ubie|izbie)\s+(всички|нас|мен|децата|vsichki)\b",
        r"\b(убива|убиват|ubiva)\s+(ме|ни|я|го|децата|me)\b",
        r"\b(ще|да)\s+(запали|подпали)\s+(къщата|апартамента|нас|ни|колата)\b",
        r"\b(смъртни заплахи|заплаши\w* със смърт|zaplashva\w* sas smart)\b",
    ],
    "suicide": [
        r"\b(самоуби\w*|samoubi\w*)\b",
        r"\b(да|ще)\s+се\s+(обеся|обеси|хвърля|хвърли|убия|убие|застрелям|застреля|нарежа|отровя|отрови)\b",
        r"\bне\s+(искам|иска|искаме|ми се|и се|му се)\s+(повече\s+)?(да\s+)?(живея|живее|живеем)\b",
        r"\bne iskam (poveche )?da (jiveq|jivea|zhivea|zhiveya|jiveia)\b",
        r"\b(искам|иска|искаме)\s+да\s+(умра|умре|умрем)\b",
        r"\b(ще|иска да|искам да|да)\s+скоч\w*\b",
        r"\b(изпи|изпих|глътна|глътнах|взе|погълна)\b(\s+\w+){0,2}\s+(цяла|цялата|всички|много|куп|шепа|кутия|"
        r"опаковка|блистер)\b(\s+\w+){0,2}\s+(хапчета|хапчетата|таблетки|таблетките|лекарства|лекарствата|приспивателни)\b",
        r"\bпредозира\w*\b|\b(реже|прерязва|прерязах|преряза|нарязва)\s+(си\s+)?(вените|китките)\b",
    ],
    "letsel_nu": [
        r"\b(кървя|кървим|karvq|kurvq)\b",
        r"\b(кърви|кървят)\b(?!\s+(от носа|венците))",
        r"\b(кърви|кървят|тече кръв)\b(\s+\w+){0,2}\s+(много|силно|обилно|навсякъде|от главата|от носа)\b",
        r"\b(много|навсякъде|цялата в|целият в|целия в|пълно с) кръв\b|\bкръв навсякъде\b",
        r"\b(в безсъзнание|загуби съзнание|изгуби съзнание|припадна|не диша|не мърда|не се движи|не реагира|"
        r"bez saznanie|bez suznanie)\b",
    ],
}
_BG_PAST_ONLY = [
    r"\b(преди\s+(\d+|две|два|три|четири|пет|няколко|много|една|един)\s+(\w+\s+)?(години|година|месеца|месец|седмици|"
    r"седмица)|вчера|онзи ден|снощи|миналия уикенд|преди години|миналата (година|седмица)|миналия месец|миналото лято|когато бях (малк\w*|дете|млад\w*)|"
    r"като (дете|малка|малък)|в детството|навремето|някога|в миналото|(през|в) (19|20)\d\d)\b",
]
_BG_NOW_STRICT = [
    r"\b(сега|в момента|точно сега|пак|отново|все още|тази нощ|довечера|днес|(?<!търся )(?<!нужда от )(?<!получа )помощ|помогнете|sega|v momenta|pomosht)\b",
]
_BG_PAST_VERB = [r"\b(опита|опитваше|искаше|заплаши|заплашваше|каза|направи|беше|имаше)\b"]
_BG_GENERAL_Q = [
    r"^(какво е|какво са|какво означава|какво значи|какво представлява|колко|колко често|как да разпозная|"
    r"как да подам|защо|какво (да правя|трябва да правя|трябва да направя|мога да направя|да направя|правиш|се прави) "
    r"(ако|когато|при)|нормално ли е|престъпление ли е|kakvo e|kakvo oznachava|kolko|kakvo da pravq)\b",
    r"\bвъпрос (за|относно)\b|\bза (проект|училище|реферат|есе)\b",
]
_BG_DEFINITION_Q = [
    r"^(какво е|какво са|какво означава|какво значи|какво представлява|определение|обяснете|kakvo e|kakvo oznachava)\b"
    r"(\s+\w+){0,3}\s*(удушаване|задушаване|самоубииство|насилие|тормоз|заплаха|заплахи|контрол|udushavane|"
    r"samoubiistvo|nasilie)\b",
]
_BG_IDIOMS = [
    r"\bсега (е на работа|го няма|я няма|ги няма|спи|не е вкъщи|излезе)\b",
    r"\b(умирам|умрях|ще умра|умря|umiram) (от|ot) (скука|смях|глад|жажда|студ|жега|любопитство|срам|умора|"
    r"skuka|smqh|smiah|glad)\b",
    r"\b(жегата|работата|скуката|тая жега|тази жега|главоболието|чакането) (ме|me) (убива|уби|ubiva)\b",
    r"\b(убива|ubiva) (ме|me) (жегата|работата|скуката|главоболието|чакането)\b",
    r"\bубивам (времето|време)\b",
    r"\bсърцето (ми |и |му )?бие\b|\bбие (рекорд\w*|дузпа|тъпан|камбана|на очи)\b|\bчасовникът бие\b",
    r"\bбие се с мисли\w*\b|\bрита (топка|топката)\b",
    r"\bсега (всичко )?(е )?(наред|добре|ок|спокоино)\b",
]

# ----------------------------------------------------------------------------------------------
# Turkish. Agglutinative: match stems (döv-, vur-, öldür-, boğ-, kilitle-). Folded: ö->o ü->u ş->s
# ç->c ğ->g, and ı->i. The progressive -iyor (dövüyor, vuruyo) counts as 'now' by itself. döv- is
# spelled out (dövüyor, dövdü, döver, dövecek, dövmek) so that Dutch 'doven' and 'dövme' (tattoo) stay out.
# ----------------------------------------------------------------------------------------------
_TR_NOW = (
    r"(su an|suan|su anda|simdi|simdii|su dakika|az once|demin|hemen|acil|imdat|yardim|yardim edin|yardim et|kurtarin|kurtar|"
    r"polis\w*|112|155|cabuk|help|nu)"
)
_TR_HELP = r"(imdat|yardim|yardim edin|yardim et|kurtarin|help|polis\w*)"
_TR_VIOL = (
    r"(dov(u|d|ec|er\b|erdi|erler|mek|meye|mesin)\w*|vur(uyor|uyo|du|dular|acak|ur|uyorlar|masin|maya)\w*|"
    r"tekme\w*|tokat\w*|yumruk\w*|sille\w*|saldir\w*|itekl\w*|itiyor\w*|hirpal\w*|siddet uygul\w*|dayak at\w*|kavga ed(iyor|iyo)\w*|tecavuz\w*)"
)
_TR_PROG = (
    r"(dov(uyor|uyo)\w*|vur(uyor|uyo)\w*|tekmel(iyor|iyo)\w*|tekme at(iyor|iyo)\w*|tokat at(iyor|iyo)\w*|"
    r"tokatl(iyor|iyo)\w*|yumruk at(iyor|iyo)\w*|yumrukl(uyor|uyo)\w*|saldir(iyor|iyo)\w*|itekl(iyor|iyo)\w*|"
    r"hirpal(iyor|iyo)\w*|dayak at(iyor|iyo)\w*|siddet uygul(uyor|uyo)\w*|tecavuz ed(iyor|iyo)\w*)"
)
# "yıllardır beni dövüyor": habitual, not 'now'.
_TR_HABITUAL = (
    r"(yillardir|yillarca|senelerdir|aylardir|haftalardir|her gun|her aksam|her gece|her zaman|surekli|hep|bazen|"
    r"sik sik|ara sira|icince|sarhos olunca|sinirlenince|kizinca)"
)
_TR_WEAPON = r"(bicak\w*|bicag\w*|silah\w*|tabanca\w*|tufek\w*|pompali\w*|balta\w*|satir(la|i|ini)|caki\w*)"
_TR = {
    "geweld_nu": [
        rf"\b{_TR_VIOL}(\s+\w+){{0,3}}\s+{_TR_NOW}\b",
        rf"\b{_TR_NOW}\b(\s+\w+){{0,3}}\s+{_TR_VIOL}",
        rf"^(?!.*\b{_TR_HABITUAL}\b).*\b{_TR_PROG}",
        rf"\b{_TR_HELP}\b.*\b{_TR_VIOL}",
        rf"\b{_TR_VIOL}.*\b{_TR_HELP}\b",
        r"\b(cigl\w*|bagir\w*|vurma ses\w*|dayak ses\w*|silah ses\w*|kavga ses\w*|darbe ses\w*|atis ses\w*|"
        r"kirilma ses\w*)(\s+\w+){0,3}\s+(duyuyorum|duyuyoruz|geliyor|duyuluyor)\b",
        r"\bkapi\w*\s+(kiriyor|kirmaya|kirdi|zorluyor|tekmeliyor|yumrukluyor|kiracak)\w*",
        r"\b(saklan(iyorum|iyoruz|dim|dik|iyor)|gizlen(iyorum|dim|iyoruz))\b",
        r"\b(eve|iceri|odaya|kapidan)\s+(zorla\s+)?girmeye (calis|ugras)\w*|\bzorla (giriyor|girdi|girmeye|giriyorlar)\b",
        r"\b(buraya|bize|kapiya|yanima)\s+(geliyor|gelecek|geliyorlar|dogru geliyor)\b|\bkapi(nin|da) (onunde|bekliyor)\b",
        r"\bkarn\w*\s+(\w+\s+)?(tekme|vur|yumruk|dov)\w*",
        r"\bsac\w*\s+(\w+\s+)?(cekiyor|cekip|surukl\w*|tutup)\b|\bsurukl(uyor|uyo)\w*",
        r"\b(bebeg\w*|bebek\w*|cocug\w*|cocuk\w*)\s+(\w+\s+)?sars(iyor|iyo|ti)\w*",
    ],
    "wapen": [
        rf"\b(elinde|eline|elindeki|belinde)\s+(bir\s+)?(\w+\s+)?{_TR_WEAPON}",
        rf"\b{_TR_WEAPON}\s+(\w+\s+)?(var|cekti|cekiyor|cekmis|aldi|aliyor|dogrult\w*|gosteriyor|salliyor|"
        rf"sallayarak|tehdit\w*)\b",
        rf"\b({_TR_WEAPON}|sopa\w*|kemer\w*|cekic\w*|tornavida\w*|beyzbol\w*)\s+(ile\s+)?(\w+\s+)?(tehdit\w*|dov\w*|"
        rf"vur(uyor|uyo|du)\w*|saldir\w*|kovaliyor|bekliyor|geliyor)",
        r"\b(bicakl(adi|iyor|iyo|ayacak|andi|andim)\w*|beni vurdu|vurdu beni|ates (etti|ediyor|acti|aciyor)|"
        r"silahla vur\w*|kursunl\w*)",
        r"\b(bicag\w*|bicak\w*|silah\w*|tabanca\w*|tufe\w*)(\s+\w+){0,2}\s+(dogrult\w*|yonelt\w*|dayad\w*|dayiyor)",
        # "Kocam bıçakla kapının önünde, bağırıyor": someone with a weapon (instrumental -la/-le) at the door
        r"\b(bicakla|silahla|tabancayla|baltayla|satirla|tufekle)\b",
    ],
    "wurging": [
        r"\bbogaz\w*\s+(\w+\s+)?(sik(iyor|iyo|ti|acak|mis)\w*|tut(uyor|tu)\w*|sar(ildi|iliyor)|yapisti|bastiriyor)",
        r"\bbog(uyor|uyo|du|acak|acagim|maya calis|mak istiyor)\w*",
        r"\bnefes (alamiyorum|alamiyor|alamiyoruz)\b",
        r"\b(ellerini|elini|elleri|eli)\s+(\w+\s+)?bogaz\w*",
    ],
    "opgesloten": [
        r"\bkilitle(di|diler|mis|niyor|ndim|ndik|ndi|yip|yecek|iyor)\w*|\bkilitli (kaldim|kaldik|tutuyor)\w*",
        r"\b(hapset|hapsed|hapsol)\w*|\besir tut\w*",
        r"\b(cikmama|cikmamiza|gitmeme|gitmemize|kacmama|ayrilmama)\s+(izin vermiyor|musaade etmiyor|izin yok)\w*",
        r"(?<!pesimi )\bbirakmiyor\w*\b(?!\s+(pesimi|rahat))",
        r"\b(bagladi|bagladilar|baglanmis\w*|bagli tutuyor)\b",
    ],
    "doodsbedreiging": [
        r"(?<!kendimi )(?<!kendini )(?<!kendisini )\boldur\w*",
        r"\b(geber(t|ir|ecek|tecek|tecegim|tirim)\w*|canini al\w*|canimi al\w*|kafani kes\w*|olum tehdid\w*|olumle tehdit\w*)",
        r"\b(evi|evimizi|bizi)\s+(yakacak|yakacagini|atese verecek\w*|yakmakla)",
    ],
    "suicide": [
        r"\bintihar\w*",
        r"\b(kendimi|kendini|kendisini)\s+(\w+\s+)?(oldur\w*|as(acag|iyor|arim|mak|ti)\w*|at(acag|iyor|arim|mak|ti)\w*|"
        r"yak(acag|iyor|mak)\w*|kes(ecek|ecegim|iyor|iyo|mek|ti)\w*|zehirle\w*)",
        r"\b(yasamak|yasamaya devam etmek)\s+istemiyo\w*|\bolmek istiyo\w*",
        r"\b(hayat\w*|canima|canina)\s+(son ver\w*|kiy\w*)|\bolsem (daha iyi|kurtulurum)\b",
        r"\b(atlayacag\w*|atlayacak\w*|atlamak istiyo\w*|atlamaya calis\w*)",
        r"\b(bir kutu|kutu|tum|butun|hepsini|cok fazla|cok|avuc dolusu|bir avuc)\s+(\w+\s+)?(ilac\w*|hap\w*)\s+(\w+\s+)?"
        r"(icti|ictim|yuttu|yuttum|aldi|aldim|icmis)\w*",
        r"\basiri doz\w*|\bbilek\w* kes\w*",
    ],
    "letsel_nu": [
        r"\b(kan kaybed\w*|kaniyor\w*|kanim durmuyor|kani durmuyor|kan (durmuyor|akiyor|fiskiriyor|geliyor)|"
        r"her yer kan|cok kan|kanlar icinde|kan revan)",
        r"\b(baygin|bayildi|bayilmis|bilinci (yok|kapali)|bilincini kaybetti|nefes almiyor|kimildamiyor|"
        r"hareket etmiyor|tepki vermiyor)\b",
    ],
}
_TR_PAST_ONLY = [
    r"\b((\d+|bir|iki|uc|dort|bes|alti|yedi|sekiz|dokuz|on|birkac|kac|cok) (yil|sene|ay|hafta) (once|evvel)|"
    r"yillar once|aylar once|gecen (yil|sene|ay|hafta|hafta sonu)|dun|dun aksam|dun gece|evvelsi gun|cocukken|kucukken|gencken|cocuklugumda|eskiden|gecmiste|"
    r"zamaninda|bir zamanlar|(19|20)\d\d(da|de|ta|te| yilinda)?)\b",
]
_TR_NOW_STRICT = [
    r"\b(su an|suan|su anda|simdi|hemen|su dakika|hala|yine|gene|tekrar|bu gece|bu aksam|bugun|imdat|yardim edin)\b",
]
_TR_PAST_VERB = [r"\b(etti|etmisti|denedi|kalkisti|kalkismisti|istedi|istiyordu|tehdit etti|calisti)\b"]
# Turkish puts the question at the end: "... ne yapmalıyım", "... nedir".
_TR_GENERAL_Q = [
    r"\b(nedir|ne demek|ne anlama gelir|ne yapmali\w*|ne yapabilirim|ne yapilir|ne yapmam gerek\w*|"
    r"nasil (anlarim|bildiririm|anlasilir|bildirilir|yardim alirim|sikayet)|kac (kadin|kisi|cocuk)|ne kadar sik|"
    r"hangi durumlarda|suc mu|normal mi)\b",
    r"\bhakkinda (bir )?soru\w*|\b(odev|proje|okul)\w* icin\b",
]
_TR_DEFINITION_Q = [
    r"\b(bogma|bogulma|intihar|siddet|aile ici siddet|tehdit|istismar)\w*\s+(nedir|ne demek|ne anlama gelir|"
    r"nasil tanimlanir)\b",
]
_TR_IDIOMS = [
    r"\bsimdi (iste|iseyerinde|is yerinde|evde degil|uyuyor|disarida|yok)\b",
    r"\b(sikintidan|acliktan|susuzluktan|gulmekten|meraktan|uykusuzluktan|yorgunluktan|sicaktan|soguktan|"
    r"can sikintisindan|korkudan) (ol|geber)\w*",
    r"\b(bu |su )?(sicak|is|trafik|ders|sinav|bas agrisi|agri|yorgunluk|sikinti|merak|bekleyis|mesai)\w* (beni )?"
    r"(olduruyor|oldurecek|bitiriyor)\b",
    r"\b(vakit|zaman) oldur\w*",
    r"\b(kalbim|kalp) (\w+ )?(carpiyor|atiyor|vuruyor)\b",
    r"\bkapiyi (caliyor|caldi)\b|\btop\w* vur\w*|\bgol at\w*",
    r"\bsimdi (iyiyiz|iyiyim|iyi|tamam|sorun yok|barist\w*)\b",
]

# ----------------------------------------------------------------------------------------------
# Arabic: standard and the dialects of our residents (Moroccan: كيضربني، دابا، غادي؛ Egyptian:
# بيضربني، دلوقتي، هيقتلني؛ Levantine: هلق، بدي؛ Gulf: الحين). Prefixes و ف ب ل ال ك and the future
# س/ه/ح stick to the word, so stems are matched without \b at the start.
# ----------------------------------------------------------------------------------------------
_AR_NOW_WORDS = (
    r"(الان|الحين|دلوقتي|دلوقت|دابا|دروك|هلق|هسه|هسا|حاليا|قبل شوي|قبل قليل|للتو|هاي اللحظه|هذه اللحظه|هاد اللحظه|في اللحظه|"
    r"ساعدوني|ساعدني|ساعدونا|النجده|نجده|الحقوني|الحقيني|الحقونا|انقذوني|انقذونا|عتقوني|عتقونا|اغيثوني|"
    r"بسرعه|الشرطه|بالشرطه|البوليس|للبوليس|البوليسيه|الاسعاف|اتصلوا|اتصلو|عيطو|112|help|nu)"
)
_AR_NOW = rf"(?<!\w)[وف]?{_AR_NOW_WORDS}(?!\w)"
_AR_HELP = (
    r"(?<!\w)[وف]?(ساعدوني|ساعدونا|النجده|الحقوني|الحقيني|انقذوني|عتقوني|اغيثوني|help|الشرطه|بالشرطه|البوليس|"
    r"اتصلوا)(?!\w)"
)
_AR_VIOL = (
    r"(يضرب|تضرب|ضربني|ضربها|ضربتني|يتضارب|يتعارك|تتعارك|يتهاوش|يخبط|يصفع|صفعني|يلطم|يركل|يرفس|يشوط|يلكم|لكمني|"
    r"يعتدي|اعتدى|يهاجم|هاجمني|يسلخ|يعذب|يدفعني|يدفعها|دفعني|يدفش|دفشني|يعنف|يغتصب|اغتصبني)"
)
_AR_WEAPON = r"(سكين|موس|جنوي|مسدس|سلاح|بندقيه|فاس|ساطور|خنجر|شاقور|سيف|كلاشن)"
_AR_WEAPON_WORD = rf"(?<!\w)(ال|بال|ب|و|ف)?{_AR_WEAPON}(ه|ها|و)?(?!\w)"
_AR = {
    "geweld_nu": [
        rf"{_AR_VIOL}\S*(\s+\S+){{0,3}}\s+{_AR_NOW}",
        rf"{_AR_NOW}(\s+\S+){{0,3}}\s+\S*{_AR_VIOL}",
        rf"{_AR_HELP}.*{_AR_VIOL}",
        rf"{_AR_VIOL}\S*\s+(\S+\s+){{0,2}}(بقوه|بعنف|بشده|بوحشيه|بزاف)(?!\w)",
        rf"{_AR_VIOL}.*{_AR_HELP}",
        r"^(?!.*(كثيرا|كتير|احيانا|غالبا|دايما|دائما|كل يوم|كل ليله))"
        r".*سمع\S*\s+(\S+\s+){0,3}\S*(صراخ|صريخ|صياح|صويت|عياط|ضرب|رصاص|طلقات|استغاث|تكسير)",
        r"(يكسر|يهرس|يخلع|يحطم|يخبط|يرفس)\S*\s+(\S+\s+)?(على\s+)?(ال)?باب",
        r"(مختبي|مختبا|مستخبي|متخبي|اختبي|تخبيت|تخبينا|خبيت روحي|مستخبيه|متخبيه)",
        r"(يحاول|يريد|بدو|عايز)\s+(ان\s+)?(يدخل|يقتحم|يكسر)|يقتحم|اقتحم",
        r"واقف\S*\s+(عند|على|قدام|برا)\s+(ال)?باب",
        rf"{_AR_VIOL}\S*\s+(\S+\s+)?(في|ف|على)\s*بطن",
        r"(يسحب|يجر|يشد|يجرجر|كيجر|يجبد)\S*\s+(\S+\s+)?من\s+شعر",
        r"(يهز|يرج|يخض)\S*\s+(ال)?(طفل|رضيع|بيبي|بيبه|صغير)",
    ],
    "wapen": [
        rf"(معه|معاه|معو|عنده|عندو|بيده|بايده|في يده|في ايده|ف يدو|بيدو|ماسك|شاد|شايل|يحمل|حامل|جاب|جايب|طلع|سحب|"
        rf"اخرج|يلوح|رافع|مشهر|يشهر|شهر|اخذ)\s+(\S+\s+){{0,2}}{_AR_WEAPON_WORD}",
        rf"(يهدد|هدد|تهدد|يهاجم|هاجم|يضرب|ضرب|جا|جاي|واقف|يجري|يلحق)\S*\s+(\S+\s+){{0,2}}(ب|بال)({_AR_WEAPON}|عصا|"
        rf"حزام|مطرقه|شاكوش|قرعه|زجاجه|مفك|مقص|سمطه)",
        r"(طعن|يطعن|بيطعن|اطلق النار|يطلق النار|بيطلق النار|يطخ|طخني|قوسني)",
        r"(وجه|يوجه|موجه|صوب|يصوب|حاطط|حط)\S*\s+(\S+\s+)?(ال)?(مسدس|سلاح|بندقيه|سكين)",
        rf"{_AR_WEAPON_WORD}\s+(\S+\s+)?(على|فوق|نحو)\s+(رقبت|راس|صدر|بطن|وجه|نحوي|علي)",
    ],
    "wurging": [
        r"(يخنق|تخنق|خنقني|خنقها|خنقتني|يكتم (نفس|انفاس)|يكتم علي)",
        r"(ما|مش|لا|مو|ماني)\s+(\S+\s+)?(اقدر|قادر|قادره|بقدر|نقدر|استطيع|اقدرش)\s+(ان\s+)?(اتنفس|نتنفس|التنفس|تنفس)",
        r"(يد|ايد|ايدي|يدي|ايديه|يديه|ايدو)\S*\s+(\S+\s+)?(على|حول|ف|في)\s+رقب",
        r"(يمسك|ماسك|شاد|يعصر|يضغط)\S*\s+(\S+\s+)?(من|على)?\s*رقب",
    ],
    "opgesloten": [
        r"(حبسني|حبسنا|حبسها|حبسه|يحبس|محبوس|محبوسه|مسجون|مسجونه|محتجز|محتجزه|احتجزني|حابسني|حابسنا|حابسها)",
        r"(?<!\w)[وف]?(قفل|سكر|سد|غلق|اغلق|مقفل|مقفول|مسكر|مسدود)\S*\s+(\S+\s+)?(علي|عليا|علينا|عليها|عليه)(?!\w)",
        r"(?<!\w)(لا|ما|مش|مو)\s+(\S+\s+)?(يسمح|يخليني|يخلينا|بيخليني|خلاني|يتركني|يدعني|كيخليني|كيخلينيش|"
        r"يخلينيش|بيخلينيش|خلانيش)\S*\s+(\S+\s+)?(اخرج|نخرج|اطلع|نطلع|بالخروج|الخروج|امشي|نمشي|اروح|نروح|اهرب)",
        r"(ربطني|ربطوني|مربوط|مربوطه|كتفني|مكتف|مقيد|قيدني)",
    ],
    "doodsbedreiging": [
        r"(يقتل|تقتل|نقتل|اقتل|قتلي|قتلك|قتلها|قتلنا|قتلكم|قتلهم)\S*(?!\S)(?!\s+(نفس|روح|حال))",
        r"(يذبح|نذبح|اذبح|ذبحني|يموتني|نموتك|نقضي عليك|يخلص علي|يصفيني|بالقتل|بالموت|تهديد\S* بالقتل)",
        r"(يحرق|حيحرق|يولع|يشعل)\S*\s+(\S+\s+)?(البيت|الدار|فينا|علينا|بينا|الشقه)|يحرقنا",
    ],
    "suicide": [
        r"(نتحر|نتحار)",
        r"(اقتل|يقتل|تقتل|نقتل|قتل|بقتل|يموت|اموت|نموت)\S*\s+(نفس|روح)",
        r"(?<!\w)(لا|ما|مش|مو|ماني|معاد)\s+(\S+\s+)?(اريد|ابي|ابغى|بدي|بغيت|عايز|عايزه|حابب|حابه|باغي|باغيه|تريد|"
        r"يريد)\s+(ان\s+)?(اعيش|نعيش|تعيش|يعيش|العيش|الحياه|عيش)",
        r"(اريد|ابي|ابغى|بدي|بغيت|عايز|عايزه|باغي|باغيه|تريد|يريد|نفسي)\s+(ان\s+)?(اموت|نموت|تموت|يموت|الموت|موت)",
        r"(يقفز|يقفذ|تقفز|ينط|تنط|يرمي نفس|ترمي نفس|ارمي نفس|نرمي راس)",
        r"(بلع|ابتلع|اخذ|اخدت|شرب|كلا)\S*\s+(\S+\s+){0,2}(علبه|كل|كثير|بزاف|شريط)\s+(\S+\s+)?(ال)?(حبوب|حبات|دواء|"
        r"ادويه|اقراص|دوا)",
        r"جرعه (زايده|مفرطه)",
        r"(يشنق|تشنق|اشنق|نشنق|شنق)\S*\s+(نفس|روح)|(يقطع|تقطع|اقطع|قطع|يجرح|تجرح|اجرح)\S*\s+(\S+\s+)?(شرايين|عروق|نفس|روح)",
    ],
    "letsel_nu": [
        r"(انزف|ينزف|تنزف|بنزف|ننزف|نازف|نزيف)",
        r"(?<!\w)(دم|الدم|دمي|دمها)\s+(\S+\s+)?(في كل مكان|كثير|بزاف|كتير|يسيل|ينزل|سايل|نازل)",
        r"(كثير|بزاف|كتير) (من )?(ال)?دم(?!\w)|مليان\S* دم|غرقان\S* (في|ف|ب)\s*(ال)?دم",
        r"(فاقد\S* (ال)?وعي|مغمى علي|مغمي علي|اغمي علي|اغمى علي|مغشي علي|فقد\S* (ال)?وعي)",
        r"(?<!\w)(ما|لا|مش)\s+(بيتنفس|يتنفس|تتنفس|بتتنفس|كيتنفس|يتحرك|تتحرك|بيتحرك|بتتحرك|كيتحرك)",
    ],
}
_AR_PAST_ONLY = [
    r"(?<!\w)(قبل\s+(\d+|سنه|سنتين|سنين|سنوات|شهر|شهرين|اشهر|شهور|اسبوع|اسبوعين|اسابيع|مده|فتره|زمان|عام|عامين|اعوام)|"
    r"امس|البارحه|مبارح|امبارح|السنه الماضيه|السنه اللي فاتت|العام الماضي|الشهر الماضي|الشهر اللي فات|الاسبوع الماضي|"
    r"(لما|عندما|ملي|حين) كنت (صغير|صغيرا|صغيره|طفل|طفلا|طفله)|في صغري|في طفولتي|في الماضي|زمان|سابقا|"
    r"في (19|20)\d\d|كان\s+(\S+\s+)?ي\S+)",
]
_AR_NOW_STRICT = [
    r"(?<!\w)[وف]?(الان|الحين|دلوقتي|دلوقت|دابا|دروك|هلق|هسه|حاليا|الليله|اليوم|مره ثانيه|مره اخرى|من جديد|لا يزال|"
    r"مازال|ما زال|لسه|لساته|ساعدوني|النجده|الحقوني|انقذوني|عتقوني)(?!\w)",
]
_AR_PAST_VERB = [r"(?<!\w)(حاول|حاولت|اراد|ارادت|هدد|هددت|كان|كانت|قال|قالت)(?!\w)"]
_AR_GENERAL_Q = [
    r"^(ما هو|ما هي|ما هم|ماهو|ماهي|ما معنى|ماذا يعني|شو يعني|شو هو|شو هي|ايش هو|ايش يعني|اشنو هو|اشنو|كم|"
    r"كيف (اعرف|يمكن|ابلغ|اتعامل|نعرف|اتصرف)|ماذا (افعل|اعمل|نفعل|يجب ان افعل|علي ان افعل)\s+(اذا|لو|ان|عندما|حين)|"
    r"شو (اعمل|بعمل|لازم اعمل)\s+(اذا|لو)|اش (ندير|نعمل)\s+(اذا|ايلا|الا)|هل (هذا|هو|يعتبر) (طبيعي|جريمه|عنف))(?!\w)",
    r"سؤال (عن|حول)(?!\w)|(?<!\w)(ل|في )(مشروع|بحث|واجب|المدرسه)(?!\w)",
]
_AR_DEFINITION_Q = [
    r"^(ما هو|ما هي|ماهو|ماهي|ما معنى|ماذا يعني|شو يعني|ايش يعني|اشنو هو|اشنو هي|معنى|تعريف)\s+(\S+\s+){0,3}"
    r"\S*(خنق|انتحار|عنف|اساءه|تهديد|اعتداء|تعنيف)",
]
_AR_IDIOMS = [
    r"(الان|هلا|هلق|هلأ)\s+(هو\s+)?(في|ب)\s*(الشغل|العمل|الخارج)|(الان|هلا|هلق)\s+(نايم|نائم|مش بالبيت|مش في البيت|ليس في البيت|برا)",
    r"(قال|قالت|حكى|حكت|قالي|قالتلي)\s+(لي|لنا)?\s*اليوم",  # "he told me today": what was told, not now
    r"(اموت|بموت|نموت|ميت|ميته|مت|موت|يموت|هموت|حموت)\s+(من|م|ب)\s*(ال)?(ضحك|ملل|جوع|عطش|برد|حر|تعب|خوف|شوق|فضول|نوم)",
    r"(اموت|بموت|نموت|ميت|ميته|هموت|حموت)\s+(فيك|فيكي|فيه|فيها|عليك|عليكي|عليه|عليها)(?!\w)",
    r"(ال)?(حر|ملل|شوق|ضحك|جوع|برد|انتظار|صداع|فضول|شغل|دوام)\s+(\S+\s+)?(يقتلني|بيقتلني|قاتلني|موتني)",
    r"(يقتلني|بيقتلني|قاتلني)\s+(ال)?(حر|ملل|شوق|ضحك|جوع|برد|انتظار|صداع|فضول)",
    r"الله (ي|لا )?(قتلك|يقتلك|ياخذك|ياخدك)",
    r"ضرب\S*\s+(ال)?(شمس|موعد|مثل|امثال|الرقم القياسي|الجرس)|يضرب\S* عن (ال)?طعام|اضراب|قتل (ال)?وقت",
    r"(الان|دلوقتي|هلق|دابا|الحين) (كل شيء|كل شي|كلشي)\s*(بخير|تمام|مزيان|منيح)",
]


PATTERNS: Dict[str, Dict[str, List[str]]] = {"en": _EN, "pl": _PL, "ro": _RO, "bg": _BG, "tr": _TR, "ar": _AR}
# Someone is screaming or calling for help ("a woman keeps yelling help", "kobieta woła o pomoc",
# "imdat diye çığlık"): danger now, whoever writes it.
_CALLS_FOR_HELP = {
    "en": r"\b(yell\w*|scream\w*|shout\w*|cry|cries|crying|calling|calls)\s+(for\s+)?help\b",
    "pl": r"\b(krzycz\w*|wola\w*|wzywa\w*|placze\w*)\s+(o\s+)?pomoc\w*\b|\bratunku\b",
    "ro": r"\b(striga\w*|tipa\w*|cheama\w*|plange\w*)\s+(dupa\s+)?ajutor\b",
    "bg": r"\b(вика\w*|крещ\w*|пищ\w*|зове\w*)\s+(за\s+)?помощ\b",
    "tr": r"\bimdat\b|\byardim (diye )?(bagir\w*|cigli\w*|isti\w*)",
    # Arabic, also in Latin letters with digits (Arabizi: "sa3douni", "ilha2ouni").
    "ar": r"(تطلب|يطلب|تستغيث|يستغيث|تصرخ|يصرخ|تصيح|يصيح)\S*\s+(\S+\s+)?(النجده|المساعده)|(?<!\w)النجده(?!\w)|"
          r"\b(sa3douni|sa3dooni|sa3dony|sa3edni|sa3idni|ilha2ouni|el7a2ouni|ilhaqouni|n2zouni|in2izouni)\b",
}
for _language, _pattern in _CALLS_FOR_HELP.items():
    PATTERNS[_language]["geweld_nu"].append(_pattern)
# English, heard or told as it happens: "screaming right now", "begging him to stop", "he's here help".
_EN["geweld_nu"] += [
    r"\b(screaming|yelling|fighting|smashing|breaking things|things breaking)\b(\s+\w+){0,3}\s+(right now|now)\b",
    r"\b(begging|pleading with|crying for) (him|her|them) to stop\b",
    r"\b(he s|hes|he is|she s|shes|she is|they re|theyre|they are) (here|back|outside|inside)\b.*\bhelp\b",
]
_EN["doodsbedreiging"].append(r"\b(or|and|to|then)\s+kill\s+(me|us|her|him|my \w+)\b")
_EN["suicide"].append(r"\b(have|holding|hold|got|with|taking)\s+(all\s+)?(the\s+|my\s+|a bottle of\s+|a box of\s+)?"
                      r"(pills|tablets|meds)\s+(in my hand|in front of me|ready|right here|here)\b")
_AR["doodsbedreiging"].append(  # Arabizi: "2al hayo2tolni el leila", "bado yo2tolni"
    r"\b(ha|hay|ra7 |rah |bado |bade |3ayez |hayi|h)?(yo2tol|y2tol|ye2tol|o2tol|2tol)(ni|na|ha|ak|ik)\b")
# "What do I do now?" asks for advice; it does not make what is told happen now.
for _language, _pattern in {
    "en": r"\bwhat (do|should|can|must) (i|we) do now\b|\bwhat now\b",
    "pl": r"\bco (mam|powinnam|powinienem|moge) teraz zrobic\b|\bco teraz\b",
    "ro": r"\bce (sa |pot sa |trebuie sa )?fac acum\b",
    "bg": r"\bкакво да (правя|направя) сега\b",
    "tr": r"\bsimdi ne (yapmaliyim|yapayim|yapacagim)\b",
    "ar": r"(ماذا|شو|ايش|اش) (افعل|اعمل|بعمل|نعمل|ندير) (الان|هلق|دلوقتي|دابا)",
}.items():
    {"en": _EN_IDIOMS, "pl": _PL_IDIOMS, "ro": _RO_IDIOMS, "bg": _BG_IDIOMS, "tr": _TR_IDIOMS, "ar": _AR_IDIOMS}[_language].append(_pattern)
# Asking where to find help, or how to help someone, asks for advice: it is no cry for help now
# ("where can I get help for my anger", "how can I help her", "unde pot găsi ajutor", "gdzie szukać
# pomocy", "къде мога да намеря помощ", "nereden yardım alabilirim"). Violence told with it still
# gets the person's own route with the 112 line first; 'now', weapons, strangling stay acute.
for _language, _pattern in {
    "en": r"\b(how|where|who) (can|could|do|should|would|might|to) ((i|we) )?(best )?(get|find|go (to )?for|look for|"
          r"ask for|seek|turn to for) (some |professional |the right |more )?help\b"
          r"|\bhow (can|could|do|should|would|might|to) ((i|we) )?(best )?help (her|him|them|my \w+|his \w+|their \w+|"
          r"a friend|someone|a \w+)\b"
          r"|\b(get|getting|find|finding|seek|seeking|looking for|ask for|asking for) (some |professional |the right )?"
          r"help (for|with|to stop|to change|to control)\b",
    "pl": r"\b(gdzie|jak|skad|u kogo) (\w+ ){0,2}(szukac|znalezc|znajde|dostac|dostane|uzyskac|otrzymac|szukam|"
          r"moge dostac|moge znalezc) pomoc\w*\b|\bjak (moge |mam |moglabym |moglbym )?(jej|mu|im|jemu) pomoc\b",
    "ro": r"\b(unde|cum|de unde|la cine|cine) (\w+ ){0,2}(gasi|gasesc|gasim|primi|primesc|cere|cer|obtine|obtin|caut|"
          r"cauta) ajutor\b|\bcum (sa |pot sa |as putea sa |o pot |il pot |ii pot )?(o |il |ii |le )?ajut\w*\b",
    "bg": r"\b(къде|как|откъде|от къде) (\w+ ){0,2}(намеря|намерим|получа|получим|потърся|търся) помощ\b",
    "tr": r"\b(nereden|nerden|nasil|nerede|kimden|nereye) (\w+ ){0,2}yardim (alabilir|alirim|alabil|bulabilir|"
          r"isteyebilir|istey)\w*|\bnasil yardim (edebilir|ederim|edebil|etmeli|edeyim)\w*|\byardim almak istiyor\w*",
}.items():
    {"en": _EN_IDIOMS, "pl": _PL_IDIOMS, "ro": _RO_IDIOMS, "bg": _BG_IDIOMS, "tr": _TR_IDIOMS}[_language].append(_pattern)

def _near(*parts: str, span: int = 5) -> str:
    """All `parts` (word patterns) within `span` words of each other, in any order: the word order of
    Polish, Bulgarian or Turkish is free ("chcę to dziś skończyć", "dziś to skończę")."""
    window = rf"(?:\w+\s+){{0,{span - 1}}}"
    # Only where the first (the rarest) part occurs at all: one scan for most messages.
    return rf"^(?=.*?\b(?:{parts[0]})).*?\b" + "".join(rf"(?={window}(?:{part})\b)" for part in parts)


_LANGS = {"en": _EN, "pl": _PL, "ro": _RO, "bg": _BG, "tr": _TR, "ar": _AR}


def _add(kind: str, patterns: Dict[str, List[str]]) -> None:
    for language, extra in patterns.items():
        _LANGS[language][kind].extend(extra)


# Fuel poured or lit, gas opened, a home blown up or set on fire "with us inside": a threat to kill,
# in every language ("poured petrol in the hallway and says she will light it", "oblał mieszkanie
# benzyną", "a turnat benzină", "поля всичко с бензин", "evin her yerine benzin döktü", "كب بنزين").
# A fuel word alone ("petrol station") is nothing.
_FUEL = {
    "en": r"(petrol|gasoline|fuel|diesel|kerosene|paraffin|lighter fluid|white spirit|accelerant|lamp oil)",
    "pl": r"(benzyn\w*|paliw\w*|nafte|nafta|ropa|rope|ropy|spirytus\w*|rozpuszczalnik\w*|denatur\w*)",
    "ro": r"(benzin\w*|motorin\w*|combustibil\w*|petrol lampant|spirt\w*|diluant\w*|gaz lampant)",
    "bg": r"(бензин\w*|нафта\w*|газ\w* за запалки|спирт\w*|разредител\w*|запалителн\w*)",
    "tr": r"(benzin\w*|mazot\w*|tiner\w*|gazyag\w*|ispirto\w*|alkol\w*)",
    "ar": r"(بنزين\S*|بانزين\S*|مازوت\S*|كاز\S*|سولار\S*|وقود\S*|ليصانص\S*|تنر\S*|تينر\S*|"
          r"banzin\w*|benzin\w*|mazout\w*)",
}
_POUR = {
    "en": r"(pour\w*|dous\w*|soak\w*|splash\w*|sprinkl\w*|spray\w*|drench\w*)",
    "pl": r"(oblal\w*|oblewa\w*|oblac|oblej\w*|polal\w*|polewa\w*|wylal\w*|wylewa\w*|rozlal\w*|rozlewa\w*|chlusn\w*|"
          r"wyla\w*|obleje|obleja)",
    "ro": r"(turnat|toarna|turna|stropit\w*|stropeste|stropi|varsat|varsa|udat|uda|imbibat\w*)",
    "bg": r"(поля|полива|полял\w*|изля|излива|излял\w*|разля|разлива|разлял\w*|заля|залива|залял\w*|напръска\w*|пръска\w*)",
    "tr": r"(dok(tu|uyor|uyo|ecek|eceg|mus|erek|up|er|mek|meye)\w*|serp(ti|iyor|mis|ip|ecek)\w*|sac(ti|iyor|mis|ip)\w*|"
          r"bula(di|mis|yor)\w*)",
    "ar": r"((?<!\w)[وف]?(ي|ت|ب|بي|بت|رح ي)?(سكب|كب|رش|صب|دلق)(ت|و|وا|ها|هم|لي|ني|نا)?(?!\w)|"
          r"\b(sakab|sakabet|sakabo|kabb|kabbet|kabbo|rash|rashsh|rashet|rasho|sabb|sabbet|dala2|ykebb|bikebb)\b)",
}
_LIGHT = {
    "en": r"(light|lights|lighting|lit|ignite\w*|set (\w+ ){0,3}(on )?fire|fire|burn\w*|lighter|matches|flame\w*|torch\w*)",
    "pl": r"(podpal\w*|zapal\w*|spalic|spale|spalil\w*|ogien|ognia|ogniem|zapalniczk\w*|zapalki|zapalke|zapalek|zapalka)",
    "ro": r"(foc|focul|aprind\w*|aprinde|aprinda|incendi\w*|bricheta|brichete|chibrit\w*|arde|ard|arda)",
    "bg": r"(запал\w*|подпал\w*|изгор\w*|огън|огъня|запалка\w*|кибрит\w*|пламн\w*)",
    "tr": r"(yak(acak|acag|ar|arim|mak|maya|iyor|ti|tim)\w*|ates\w*|cakmak\w*|kibrit\w*|tutustur\w*)",
    "ar": r"((?<!\w)[وف]?(ي|ت|ب|بي|بت|رح ي|رح ا|ح|س|ا)?(ولع|حرق|شعل|اشعل)\S*|(?<!\w)(ال|بال|ب)?(نار|ولاعه|قداحه|كبريت)(?!\w)|"
          r"(y7ra2|ya7ra2|7ara2|7ra2|ywalle3|walla3|wala3|yechal|wella3|wal3a|wala3a)\w*)",
}
_WITH_US_INSIDE = {
    "en": r"\bwith (all of )?(us|me|the kids|the children|them|everyone|everybody|my \w+) (still )?(inside|in it|in there|in the house)\b",
    "pl": r"\bz (nami|mna|dziecmi|nia|nim) (w srodku|wewnatrz|w domu|w mieszkaniu)\b",
    "ro": r"\bcu (noi|mine|copiii|ea|el) (toti )?(inauntru|in casa|in apartament)\b",
    "bg": r"\bс (нас|мен|децата|нея|него) (вътре|в къщата|в апартамента)\b",
    "tr": r"\b(biz|hepimiz|cocuklar|ben) (icerideyken|icindeyken|evdeyken|iceride)\b",
    "ar": r"(ونحن|واحنا|ونحنا|واحنا|وانا|والاولاد|والاطفال)\s+(جوا|جوه|بالداخل|داخل|فيه|فيها|جواها|جواه|بالبيت|بالدار)(?!\w)",
}
_add("doodsbedreiging", {
    language: [
        _near(_FUEL[language] if language != "en" else r"(gas|" + _FUEL["en"][1:], _POUR[language], span=6),
        rf"^(?=.*{_FUEL[language]}).*{_LIGHT[language]}" if language == "ar" else rf"^(?=.*\b{_FUEL[language]}\b).*\b{_LIGHT[language]}\b",
        rf"^(?=.*\b{_LIGHT[language]}\b).*{_WITH_US_INSIDE[language]}" if language != "ar"
        else rf"^(?=.*{_LIGHT[language]}).*{_WITH_US_INSIDE[language]}",
    ] for language in _LANGS
})
_add("doodsbedreiging", {
    "en": [r"\b(open\w*|turn\w* on|turning on|left on)\s+(all\s+)?(of\s+)?(the\s+)?gas\s+(tap|taps|valve|valves|pipe|pipes|bottle)\b",
           r"\bblow\w*\s+(us|them|the (house|flat|apartment|building|place|kids)|everything|everyone|everybody)\s+up\b",
           r"\b(he|she|they|hes|shes)( ll| will| s going to| is going to| s gonna| is gonna| wants to| threatens to| threatened to)?"
           r" (burn|torch)\w* (us|me|the house|the flat|the place|the kids|everything)( down)?\b"],
    "pl": [r"\b(odkrecil\w*|odkreca\w*|odkreci\w*|puscil\w*|otworzyl\w*)\s+(\w+\s+)?gaz\w*",
           r"\b(wysadzi\w*|wysadz\w*)\s+(\w+\s+)?(nas|mnie|dom|mieszkanie|blok|wszystko)\b",
           r"\b(podpali|spali|podpalic|spalic)\s+(\w+\s+)?(nas|mnie|was|dzieci|wszystk\w*)\b"],
    "ro": [r"\b(a dat|da|dat) drumul la gaz\w*|\ba deschis (\w+ )?gaz\w*",
           r"\b(arunca|arunce|aruncam) in aer\b",
           r"\b(sa|o sa|va|vrea sa|ameninta ca)\s+(ne|ma|le|te)\s+(dea|da)\s+foc\b|\bne (da|dea) foc\b|\b(dea|da) foc la tot\b"],
    "bg": [r"\b(пусна|пуска|пуснал\w*|отвори|отваря|отворил\w*)\s+(\w+\s+)?газта\b",
           r"\b(ще|да)\s+(\w+\s+)?(взриви|взривя|взривят)\b",
           r"\b(ще|да)\s+(ни|ме|я|го|ги)\s+(запали|подпали|изгори|изгорят|запалят)\b"],
    "tr": [r"\bgaz\w*\s+(\w+\s+)?(acti|acmis|acik birakti|acacak|aciyor)\b",
           r"\b(havaya uc\w*)",
           r"\b(hepimizi|beni|bizi|cocuklari)\s+(\w+\s+)?(yakacak\w*|yakacag\w*|atese verecek\w*|atese vereceg\w*|yakmakla)"],
    "ar": [r"(يفجر|بيفجر|رح يفجر|حيفجر|تفجير)\S*\s+(\S+\s+)?(البيت|الدار|الشقه|فينا|علينا|العماره)",
           r"\b(y7ra2na|ya7ra2na|ra7 y7ra2|bado y7ra2|7ay7ra2)\w*"],
})

# Hurt now and unable to get up, or someone lying on the floor who does not get up or answer: an
# injury now ("pushed me down the stairs ... i cant stand up", "nie mogę wstać", "nu mă pot ridica",
# "не мога да стана", "kalkamıyorum", "ما فيني قوم"), told with violence, a fall or the floor.
_HURT_CONTEXT = {
    "en": r"(hit|hits|beat|beats|beaten|kick\w*|punch\w*|push\w*|shov\w*|threw|thrown|throw\w*|stabb\w*|attack\w*|"
          r"fell|fall|fallen|falling|stairs|staircase|floor|ground|knocked)",
    "pl": r"(bije|bil|pobil\w*|uderzyl\w*|uderza\w*|kopn\w*|kopie|pchnal\w*|popchn\w*|zepchn\w*|rzucil\w*|upadl\w*|"
          r"spadl\w*|przewrocil\w*|schod\w*|podlod\w*|ziemi)",
    "ro": r"(bate|batut\w*|lovit\w*|loveste|impins\w*|impinge|aruncat\w*|trantit\w*|cazut\w*|cad|scari|scara|jos|podea|pamant)",
    "bg": r"(бие|преби\w*|удари\w*|удря|ритна\w*|рита|бутна\w*|блъсна\w*|хвърли\w*|падна\w*|паднах|стълби\w*|пода|земята)",
    "tr": r"(itti|itekledi|dovdu|vurdu|tekme\w*|yumruk\w*|dustum|dustu|dusurdu|yigildi\w*|merdiven\w*|firlatti)",
    "ar": r"((?<!\w)[وف]?(ب|ل|ع|عال|بال|ال)?(ضرب|دفع|دفش|زق|رمي|رما|رفس|وقع|طح|طاح|سقط|درج|ارض)\S{0,4}(?!\w)|"
          r"(drob|drab|darb|dafa3|daf3|zat|wa2a3|w2e3|wi2i3|ta7|d[ae]raj)\w*)",
}
_CANNOT_GET_UP = {
    "en": r"\b(can t|cant|cannot|can not|unable to|not able to)\s+(get up|stand up|walk|move( my (legs?|arms?|body))?|"
          r"feel my (legs?|arms?))\b(?!\s+(on|out|in|house|away|to|abroad|back|it|him|her|them|this|that|the|anymore|"
          r"any more|being|living|for|in the morning|early|him anymore))"
          r"|\b(won t|wont|doesn t|doesnt|does not|isn t|isnt|is not|not|can t|cant|cannot)\s+(get(ting)? up|stand(ing)? up|"
          r"wake up|waking up)\b(?!\s+(in the morning|early|for|before|till|until|from bed|out of bed))",
    "pl": r"\bnie (moge|moze|mozemy|jestem w stanie|daje rady)\s+(sie\s+)?(wstac|podniesc|ruszyc|chodzic|stanac|poruszac)\b"
          r"|\bnie (wstaje|podnosi sie|budzi sie|otwiera oczu)\b(?!\s+z (lozka|lozeczka))",
    "ro": r"\bnu (ma )?(mai )?(pot|poate|putem)\s+(sa\s+)?(ma |se |ne )?(ridic\w*|scol\w*|misc\w*)\b"
          r"|\bnu (mai )?se (ridica|scoala|trezeste)\b(?!\s+din pat)",
    "bg": r"\bне (мога|може|можем)\s+да\s+(стана|стане|станем|се изправя|се изправи|мръдна|мръдне|се движа|се движи)\b"
          r"|\bне се (изправя|събужда|буди)\b",
    "tr": r"\b(ayaga )?kalkamiyor\w*|\byuruyemiyor\w*|\bkimildayamiyor\w*|\bhareket edemiyor\w*|\bkalkmiyor\w*",
    "ar": r"(?<!\w)[وف]?(ما|مش|مو|لا|ماني)\s+(\S+\s+)?(اقدر|قادر|قادره|بقدر|نقدر|فيني|فيه|فيها|استطيع|يقدر|تقدر|عم)\s+(ان\s+)?"
          r"(اقوم|قوم|يقوم|تقوم|نوض|انوض|اوقف|اتحرك|يتحرك|تتحرك|نتحرك|الوقوف|الحركه)(?!\w)"
          r"|(?<!\w)[وف]?(ما|مش)\s+(بيقوم|بتقوم|عم يقوم|عم تقوم|بيصحى|بتصحى|عم يصحى|عم تصحى|بيوعى|بتوعى|عم يوعى|عم توعى|يفيق|تفيق|فاق|فاقت)(?!\w)"
          r"|\b(ma|mish|mesh|mush)\s+(\w+\s+)?(fini|fiyi|2adra|2ader|9adra|9ader|b2dar|ba2der|n9der)\s+(2oum|2um|a2oum|noudh|nod)\b",
}
_add("letsel_nu", {
    language: [(rf"^(?=.*{_HURT_CONTEXT[language]}).*(?:{_CANNOT_GET_UP[language]})" if language == "ar" else
                rf"^(?=.*\b{_HURT_CONTEXT[language]}\b).*(?:{_CANNOT_GET_UP[language]})")]
    for language in _LANGS
})
_add("letsel_nu", {  # unconscious or not waking, whatever else is told
    "en": [r"\b(unresponsive|won t wake|wont wake|doesn t wake|doesnt wake|can t wake (her|him|them|my \w+)|cant wake (her|him|them|my \w+))\b",
           r"\b(lying|laying|lies|lays)\s+(on|at)\s+the\s+(floor|ground|bottom of the stairs)\b(\s+\w+){0,4}\s+"
           r"(not moving|and not|doesn t|doesnt|won t|wont|isn t|isnt|not answering|not responding|bleeding|unconscious)\b"],
    "pl": [r"\bnie (moge|mozemy) (jej|go|ich) (obudzic|dobudzic|ocucic)\b|\blezy na (podlodze|ziemi)\b(\s+\w+){0,3}\s+i nie\b"],
    "ro": [r"\bnu (o|il|ii) (pot|putem) trezi\b|\b(zace|sta intins\w*|e intins\w*) (pe jos|pe podea|la pamant)\b(\s+\w+){0,3}\s+si nu\b"],
    "bg": [r"\bне (мога|можем) да (я|го|ги) (събудя|събудим|свестя)\b|\bлежи на (пода|земята)\b(\s+\w+){0,3}\s+и не\b"],
    "tr": [r"\b(uyanmiyor|uyandiramiyorum|ayiltamiyorum|gozlerini acmiyor)\w*|\byerde yatiyor\w*(\s+\w+){0,3}\s+(kalkmiyor|"
           r"cevap vermiyor|kimildamiyor|tepki vermiyor)"],
    "ar": [r"(ما|مش|مو)\s+(عم\s+)?(بيصحى|بتصحى|يصحى|تصحى|يفيق|تفيق|بيفيق|بتفيق|يوعى|توعى)(?!\w)"
           r"(?!\s+(لل|على|ع|عال|بكير|بدري|الصبح|من بكير|من النوم بكير))|(مرمي|مرميه|ملقى|ملقاه)\S*\s+(على|ع|عال)\s*(ال)?ارض"],
})
# "He'll finish me off", "ще ме довърши", "o să mă termine", "beni bitirecek": a threat to kill;
# "he'll finish it" only with violence told.
_add("doodsbedreiging", {
    "en": [r"\bfinish (me|us|her|him|you) off\b|\bfinish (the job|what (he|she|they) started)\b",
           r"\b(he|she|they)( ll| will| s going to| is going to| s gonna| is gonna| wants to| threatens to| threatened to| d| would)"
           r"\s+finish (me|us|her|him|you)\b",
           rf"^(?=.*\b{_HURT_CONTEXT['en']}\b).*\b(he|she|they)( ll| will| s going to| is going to| s gonna| is gonna| wants to| d)"
           r"\s+finish (it|this)\b"],
    "pl": [r"\b(dokonczy|wykonczy|dobije)\s+(mnie|nas|ja|go)\b|\b(mnie|nas|ja|go)\s+(dokonczy|wykonczy|dobije)\b"],
    "ro": [r"\b(o sa|va|vrea sa)\s+(ma|ne|o|il)\s+(termine|termina|omoare)\b|\b(ma|ne) termina\b"],
    "bg": [r"\b(ще|да)\s+(ме|ни|я|го)\s+(довърши|довършат|доубие|доубият|затрие)\b"],
    "tr": [r"\b(beni|bizi|onu)\s+(\w+\s+)?(bitirecek|bitirecegini|bitirecekmis|gebertecek)\w*|\bisimi bitirecek\w*"],
    "ar": [r"(رح|حي|ح|بدو|بده|راح|غادي|هي)\s*(يكمل|يخلص)\s+(علي|عليا|علينا|عليها)(?!\w)"],
})

# Pills ready in the hand or in front of the writer, and ending it tonight, in every language ("mam
# tabletki w ręce i chcę to dziś skończyć", "държа хапчетата в ръка. искам тази вечер всичко да
# свърши", "hapları önüme koydum").
_PILLS = {
    "en": r"(pills|tablets|meds|medication|medicine|painkillers|sleeping pills|paracetamol|pill bottle)",
    "pl": r"(tabletk\w*|pigulk\w*|leki|lekow|lekami|lekarstw\w*|proszki|proszkow|prochy|prochow)",
    "ro": r"(pastil\w*|tablet\w*|medicament\w*|somnifer\w*|pilule\w*)",
    "bg": r"(хапче\w*|таблетк\w*|лекарств\w*|приспивателн\w*)",
    "tr": r"(hap|haplar\w*|hapi|hapimi|haplari\w*|ilac\w*|uyku ilac\w*)",
    "ar": r"((حبوب|حبات|دوا|ادويه|اقراص|بنادول|منوم)\S*|(7boub|7bub|7oboub|7ebbet|dawa|dwa|adwye)\w*)",
}
_IN_HAND = {
    "en": r"(in my hands?|in front of me|lined up|counted out|all out on the table|on the table in front of me)",
    "pl": r"(w (rece|reku|dloni|dloniach|garsci)|przed soba|przede mna|przygotowan\w*|wysypal\w*)",
    "ro": r"(in mana|in maini|in palma|in palme|in fata mea|pregatit\w*|pe masa in fata mea)",
    "bg": r"(в ръка\w*|в ръцете|в шепата|пред мен|приготвен\w*|държа)",
    "tr": r"(elimde|avucumda|ellerimde|onumde|onume|hazirladim|dizdim)",
    "ar": r"(بيدي|بايدي|في يدي|في ايدي|بين ايدي|قدامي|امامي|ماسكه|ماسك|حضرت|جهزت|(b2idi|bi2idi|b2edi|bideyi|2eddeme|"
          r"2edemi|odami|9damiya|gedami)\w*)",
}
_TONIGHT = {
    "en": r"(tonight|today|this evening|this night|now)",
    "pl": r"(dzis|dzisiaj|tej nocy|dzis w nocy|wieczorem|jeszcze dzis|teraz)",
    "ro": r"(in seara asta|diseara|deseara|la noapte|azi|astazi|acum|noaptea asta)",
    "bg": r"(тази вечер|довечера|тази нощ|днес|още днес|сега)",
    "tr": r"(bu gece|bu aksam|bugun|simdi|artik)",
    "ar": r"((?<!\w)(الليله|اليوم|الان|هلق|دابا|هالليله|هاي الليله)(?!\w)|\b(el ?leile|el ?leila|el ?lela|ellela|lyom|el ?yom|hala2|daba)\b)",
}
_END_IT = {
    "en": r"(end (it|it all|everything|my life)(?!\s+with)|(it all|everything) (to end|to be over|ends|will end|will be over))",
    "pl": r"((to|z tym|wszystko|ze wszystkim|z soba|z zyciem)\s+(\w+\s+){0,2}(skoncze|skonczyc|zakoncze|zakonczyc|skonczy|"
          r"zakonczy|skonczyl\w*)|(skoncze|skonczyc|zakoncze|zakonczyc)\s+(\w+\s+){0,2}(to|z tym|wszystko|ze wszystkim|z soba|"
          r"z zyciem)(?!\s+(prac\w*|zadani\w*|projekt\w*|szkol\w*|zmian\w*)))",
    "ro": r"((termin|terminam|sfarsesc|inchei|pun capat)\s+(\w+\s+)?(cu totul|cu tot|cu toate|cu viata|cu mine|la tot)|"
          r"(totul|tot) (sa se termine|se termina|se va termina))",
    "bg": r"((искам|иска ми се|искаше ми се|ще)\s+(\w+\s+){0,3}всичко\s+(\w+\s+)?да\s+(свърши|приключи)|"
          r"(да|ще)\s+(свърша|приключа|сложа краи)\s+(\w+\s+)?(с всичко|с живота|със себе си|на всичко|на живота си))",
    "tr": r"((her seyi|hersey\w*|hayatim\w*|her seye|kendimi)\s+(\w+\s+)?(bitir\w*|son ver\w*)|(her sey|hersey) (bitecek|bitsin))",
    "ar": r"((?<!\w)(اخلص|نخلص|بخلص|انهي|ننهي|اتخلص|بدي خلص|بدي اخلص)\S*\s+(\S+\s+){0,2}(كل شي|كلشي|حياتي|من حالي|من نفسي|من روحي|عمري)|"
          r"(?<!\w)(انهي|ننهي|اخلص)\s+حياتي|\b(5alles|khalles|khallis|ne5las|nkhallas|5alas)\b(\s+\w+){0,2}\s+(kel|kil|kol)\s+(shi|shi2|chi))",
}
_add("suicide", {
    language: [
        (_near(_PILLS[language], _IN_HAND[language], span=5) if language != "ar"
         else rf"^(?=.*?{_PILLS['ar']}).*?({_PILLS['ar']}\s+(\S+\s+){{0,3}}{_IN_HAND['ar']}|{_IN_HAND['ar']}\s+(\S+\s+){{0,3}}"
              rf"{_PILLS['ar']})"),
        (_near(rf"(?:{_END_IT[language]})", _TONIGHT[language], span=7) if language not in ("ar", "en") else
         rf"^(?=.*?{_END_IT[language]})(.*{_TONIGHT[language]}.*{_END_IT[language]}|.*{_END_IT[language]}.*{_TONIGHT[language]})"
         if language == "ar" else
         rf"\b(want|wants|wanna|going to|gonna|will|ll|need to|have to|m going to|am going to)\s+(\w+\s+){{0,2}}"
         rf"{_END_IT['en']}\b(\s+\w+){{0,2}}\s+{_TONIGHT['en']}\b(?!\s+with)"),
    ] for language in _LANGS
})
_add("suicide", {  # "I want everything to end tonight", "tonight I'll end it"
    "en": [r"\b(want|wish|need) (it all|everything|all of it|my life) to (end|be over)\b",
           r"\b(tonight|today)\s+(i ll|ill|i will|i m going to|im going to|i m gonna|im gonna)\s+(end|finish) "
           r"(it|it all|everything|my life)\b"],
    # Levantine "myself" is حالي: "بدي ارمي حالي", "رح اقتل حالي".
    "ar": [r"(اقتل|يقتل|تقتل|نقتل|قتل|بقتل|ارمي|يرمي|ترمي|نرمي|اشنق|يشنق|تشنق|اموت|اذبح|احرق|يحرق|تحرق)\S*\s+(\S+\s+)?"
           r"(حالي|حاله|حالها|حالو|حالك|حالنا)(?!\w)"],
})

# Arabic in Latin letters (Arabizi), now: "howe 3am yedrabni hala2", "daba kaydrebni", and hiding or
# locked in "3a 7ali bel hammam". "3am" + verb is the Levantine progressive, like English -ing.
_AZ_STEM = r"(drob|drab|darb|dreb|dorb|darab|dafa3|daf3|sfa2|sfe2)"
_AZ_VIOL = rf"\w*{_AZ_STEM}\w*"
_AZ_NOW = r"(hala2|halla2|hallaa|halla|hal2|hl2|hla2|halla2a|delwa2ti|dilwa2ti|delwa2t|dlw2ty|daba|dba|hadi l2a|l2an|al2an|el2an|2lan)"
_AZ_HABITUAL = r"(kel|kil|koll|kol)\s+(yom|youm|leile|leila|lele|marra|mara|wa2t|nhar)|dayman|daymen|3ala tool|3a tool"
_AZ_HIDE = (r"(khaby|khabby|5aby|5abby|khabay|5abay|khabbet|5abbet|khabbayt|5abbayt|stakhb|sta5b|tkhabb|t5abb|khebbi|5ebbi)\w*"
            r"|\b(msak+[ae]?r\w*|m2af[ae]?l\w*|ma2foul\w*|sakkart\w*|sakkaret\w*|2afalt\w*)\s+(3a|3al|3ala|3le|3la)\s+"
            r"(7ali|7alna|7ale|nafsi|nafse|rou7i|ro7i)\b")
# Arabizi, locked in by someone: "sakkar 3layi el bab", "2afal 3alayna", "7abasni".
_AZ_LOCKED = (r"\b(sakkar|sakkaro|sakker|2afal|2afalo|2fol|msakker|m2afel)\w*\s+(el bab\s+|l bab\s+|lbab\s+|el beb\s+|"
              r"3al beb\s+)?(3layi|3alayi|3alaya|3lay|3layna|3alayna|3lina)\b|\b(7abasni|7abesni|7absni|7abasna|ma7bous\w*|m7bous\w*)\b")
_add("opgesloten", {"ar": [_AZ_LOCKED]})

# The one who hurts is coming or is here now, told in the middle of a conversation: "on idzie
# teraz", "vine acum acasa, e beat", "sotul meu e aici acum", "той идва сега", "kocam geliyor simdi",
# "هو قادم الان", "howa jay daba". Only English had it ("he is coming now"); the others got "is
# there danger now?" and a sorry.
_add("geweld_nu", {  # (only at the end of the message or with home: not "idzie teraz do sklepu")
    "pl": [r"\b(idzie|jedzie|wraca|przychodzi|przyjezdza)\s+(teraz|juz|zaraz)(\s+(do domu|tu|tutaj|do mnie|do nas|po mnie))?$",
           r"\b(teraz|juz)\s+(idzie|jedzie|wraca|przychodzi)(\s+(do domu|tu|tutaj|do mnie|do nas))?$",
           r"\b(on|ona|maz|partner|byly|ojciec|tata|ojczym)\s+(jest|stoi)\s+(tu|tutaj|pod drzwiami|przed drzwiami|pod domem|"
           r"przed domem|pod oknem)\b"],
    "ro": [r"\b(vine|intra)\s+(acum|acuma)\s+(acasa|aici|spre mine|spre noi)\b", r"\b(vine|intra)\s+(acum|acuma)$",
           r"\b(acum|acuma)\s+(vine|intra)(\s+(acasa|aici))?$",
           r"\b(e|este|sta)\s+(aici|la usa|in fata usii|la poarta)\s+(acum|acuma)\b"],
    "bg": [r"(идва|иде|идват|връща се|прибира се)\s+(сега|веднага)(\s+(тук|насам|у нас|вкъщи))?$",
           r"(сега|вече)\s+(идва|иде|идват|се връща|се прибира)(\s+(тук|насам|у нас|вкъщи))?$",
           r"(той|тя|мъжът ми|съпругът ми)\s+(е|стои)\s+(тук|пред вратата|на вратата|пред къщата)",
           r"\b(idva|ide|idvat)\s+(sega|vednaga)$", r"\b(sega|veche)\s+(idva|ide)$",
           r"\b(toi|tia|mazhat mi|maje mi|sapragat mi)\s+(e|stoi)\s+(tuk|pred vratata)\b"],
    "tr": [r"\b(geliyor|geliyo|gelecek|geliyorlar)\s+(simdi|su an|suan|hemen)$",
           r"\b(simdi|su an|suan|hemen)\s+(eve\s+)?(geliyor|geliyo|geliyorlar)$",
           r"\b(burada|kapida|kapinin onunde)\s+(simdi|su an|suan)\b"],
    "ar": [r"(قادم|جاي|جايه|راجع|جاء|يجي|بيجي|وصل)\S*\s+(\S+\s+)?(الان|هلق|هلا|الحين|دابا|حالا|هسه|دلوقتي)$",
           r"(الان|هلق|الحين|دابا|هسه|دلوقتي)\s+(\S+\s+)?(هنا|عالباب|على الباب)",
           r"(هو|هي|زوجي|جوزي)\s+(هنا|عالباب|على الباب|قدام الباب)\s+(الان|هلق|الحين|دابا|هسه)",
           rf"\b(jay|jaye|jaya|jayi|jey|raje3|raj3|wasal|wsel)\b\s+(\w+\s+)?{_AZ_NOW}$",
           rf"\b{_AZ_NOW}\s+(\w+\s+)?(jay|jaye|jaya|raje3|raj3|wasal|wsel)$"],
})
_add("geweld_nu", {
    "ar": [rf"^(?=.*?{_AZ_STEM})(?:.*\s)?(?:{_AZ_VIOL}(\s+\w+){{0,3}}\s+{_AZ_NOW}\b|{_AZ_NOW}(\s+\w+){{0,3}}\s+{_AZ_VIOL}\b)",
           rf"^(?!.*\b({_AZ_HABITUAL})\b).*\b(3am|3m|3ammo|3amma)\s+(y|ye|yi|t|te|ti)?(drob|drab|darb|dreb|dorb|dafa3|daf3|"
           r"sfa2)\w*",
           rf"^(?!.*({_AZ_HABITUAL}|كل يوم|دايما|دائما|كل ليله))(?:.*\s)?(عم|قاعد|قاعده|كاي|راه)\s+[كب]?[يت]?(ضرب|دفش|رفس)\S*"],
})
_add("wurging", {"ar": [r"\b\w*(khna2|5na2|5ne2|khne2|5an2|khan2|5ane2)\w*"]})  # Arabizi: "3am ykhna2ni", "5ana2ni"
_AR_NOW_STRICT.append(rf"\b{_AZ_NOW}\b")
# Heard "all the time" or "every night" is habitual: the bystander's route (with the 112 line first).
_HEARD_HABITUALLY = {
    "pl": r"(caly czas|codziennie|co noc|co wieczor|co tydzien|zawsze|czesto|od (miesiecy|lat|tygodni))",
    "ro": r"(mereu|tot timpul|in fiecare (zi|seara|noapte)|zilnic|deseori|adesea|de (luni|ani) de zile)",
    "bg": r"(постоянно|всеки ден|всяка вечер|всяка нощ|винаги|често|от месеци|от години)",
}
# A moment ago is now ("he punched me a minute ago", "uderzył mnie przed chwilą", "удари ме току що", "az
# önce beni dövdü"), and so is violence heard as it happens ("słyszę, jak ją bije", "aud cum o bate",
# "чувам как я бие"; not "słyszę, że", I hear that).
for _language, _pattern in {
    "en": r"\b(a (minute|moment|second|few minutes|couple of minutes) ago|(\d+|two|five|ten) minutes ago|moments ago)\b",
    "pl": r"\b(przed chwila|chwile temu|(\d+|pare|kilka) minut temu)\b"
          rf"|^(?!.*\b{_HEARD_HABITUALLY['pl']}\b).*\b(slysze jak|slyszymy jak)\b",
    "ro": r"\b(adineauri|acum (cateva|un|doua) (minute|minut|clipe))\b"
          rf"|^(?!.*\b{_HEARD_HABITUALLY['ro']}\b).*\b(aud cum|auzim cum)\b",
    "bg": r"\b(току що|преди малко|преди (\d+|няколко|пет|десет) минути)\b"
          rf"|^(?!.*\b{_HEARD_HABITUALLY['bg']}\b).*\b(чувам как|чуваме как)\b",
    "tr": r"\b(az once|demin|(\d+|birkac|bes|on) dakika once)\b",
    "ar": r"(?<!\w)(قبل شوي|قبل شويه|قبل قليل|للتو|من شوي)(?!\w)",
}.items():
    {"en": _EN_NOW_STRICT, "pl": _PL_NOW_STRICT, "ro": _RO_NOW_STRICT, "bg": _BG_NOW_STRICT, "tr": _TR_NOW_STRICT,
     "ar": _AR_NOW_STRICT}[_language].append(_pattern)

# Hiding from someone, or locked in by oneself ("locked myself in the bathroom", "zamknęłam się w
# łazience", "m-am încuiat în baie", "заключих се в банята", "kendimi banyoya kilitledim", "msakkra 3a
# 7ali"): danger now for the writer (see writer_in_danger_now).
_HIDING = {
    "en": [r"\b(i m|im|i am|we re|we are|i ve been|we ve been)\s+(still\s+|now\s+)?hiding(\s+(from|in|under|behind|inside)\b|$)"
           r"|\bhiding (in|under|behind|inside)\b",
           r"\b(lock\w*|barricad\w*|shut)\s+(myself|ourselves|herself|himself)\s+(in|inside|into|up)\b",
           r"\b(hid|hidden)\s+(myself\s+|ourselves\s+)?(in|under|behind|inside)\s+(the|my|a|our)\b"],
    "pl": [r"\b(zamknel\w*|zamknal\w*|zabarykadowal\w*|zamykam|zamykamy)\s+sie\s+(w|na)\b(?!\s+sobie)|\bsie\s+(zamknel\w*|"
           r"zamknal\w*|zabarykadowal\w*)\s+(w|na)\b(?!\s+sobie)",
           r"\b(chowam sie|ukrywam sie|schowal\w* sie|chowamy sie|ukrywamy sie|sie chowam|sie ukrywam|sie schowal\w*|"
           r"jestem schowan\w*)\b"],
    "ro": [r"\b(m|ne)\s+am\s+(incuiat|inchis|baricadat|ascuns)\s+(in|la|sub)\s+(baie|camera|dormitor|debara|toaleta|bucatarie|"
           r"balcon|masina|pivnita|dulap|pat|cada)\b",
           r"\b(ma ascund|ne ascundem|m am ascuns|ne am ascuns|sunt ascuns\w*|stau ascuns\w*)\b"],
    "bg": [r"\b(заключих|заключихме|барикадирах|барикадирахме)\s+се\b(?!\s+навън)|\bсе\s+(заключих|заключихме|барикадирах)\b(?!\s+навън)",
           r"\b(крия се|скрих се|крием се|скрихме се|скрита съм|скрит съм|се крия|kriq se|kria se|skrih se)\b"],
    "tr": [r"\bkendimi\s+(\w+\s+)?(kilitledim|sakladim)\b", r"\b(saklan(iyorum|iyoruz|dim|dik)|gizlen(iyorum|dim|iyoruz))\b"],
    "ar": [_AZ_HIDE, r"(مختبي|مختبا|مستخبي|متخبي|تخبيت|تخبينا|خبيت روحي|مستخبيه|متخبيه)"
                     r"|(?<!\w)[وف]?(قفلت|سكرت|غلقت|مقفل\S*|مسكر\S*)\s+(\S+\s+)?(علي|ع)\s+(حالي|نفسي|روحي|حالنا|نفسنا)(?!\w)"],
}
_add("geweld_nu", _HIDING)

# Breaking in now or just now ("my ex just broke in through the back window", "włamał się", "a intrat
# prin efracție", "влезе с взлом", "camdan içeri girdi", "كسر الباب").
_BREAK_IN = {
    "en": [r"\b(broke|broken|breaks|bust\w*|forced (his|her|their|a) way|smashed (his|her|their) way|kicked (his|her|their) way)"
           r"\s+(in|into|inside|through)\b(?!\s+(my|her|his|our|the|an|a)?\s*(account\w*|email|e mail|phone|computer|laptop|car|"
           r"instagram|facebook|snapchat|whatsapp|icloud|tears|laughter|laugh\w*|song|sweat|smile|grin|run|pieces|dance|applause))"],
    "pl": [r"\b(wlamal\w*\s+sie|sie\s+wlamal\w*)\b(?!\s+(na|do) (\w+ )?(konto|poczt\w*|"
           r"telefon\w*|komputer\w*|facebook\w*|instagram\w*|skrzynk\w*|maila|emaila))",
           r"\b(wtargn\w*|wdarl\w* sie|wszedl\w* (sila|przez okno|przez balkon|oknem))\b"],
    "ro": [r"\ba(u)? intrat (prin efractie|cu forta|peste noi|pe geam|pe fereastra|pe balcon)\b|"
           r"\b(a|au) spart (usa|geamul|fereastra|broasca|yala)\b|\bne a(u)? spart (usa|casa|geamul)\b"],
    "bg": [r"\b(влезе|влязоха|влязъл|проникна|проникнаха)\s+(с взлом|насила|през прозореца|през балкона)\b"],
    "tr": [r"\b(camdan|pencereden|balkondan|kapiyi kirip|kapiyi kirarak|kilidi kirip)\s+(\w+\s+)?(iceri\s+|eve\s+)?"
           r"(girdi|daldi|girmis|giriyor|girdiler)\b"],
    "ar": [r"(?<!\w)(كسر|خلع|كاسر|كسرو|خلعو)\S*\s+(\S+\s+)?(ال)?(باب|شباك|نافذه|قفل)",
           r"(?<!\w)[وف]?(دخل|فات|نط|طب|اقتحم)\S*\s+(\S+\s+)?(بالقوه|غصب|بالغصب|من الشباك|من النافذه|من البلكون|عالبيت غصب)",
           r"\b(kasar|ksar|kassar|kesser|yekser|yeksar|bikassir)\w*\s+(el|l|al)\s*(beb|bab|shebbek|chebbek)\b"],
}
_add("geweld_nu", _BREAK_IN)

# Heard now, through the wall or next door ("słyszę jak sąsiad bije żonę za ścianą", "komşuda bir
# kadın şu an çığlık atıyor", "asma3 el jiran hala2 el mara 3am tsarrikh"); not "every night".
_add("geweld_nu", {
    "en": [rf"^(?!.*\b{_EN_HABITUAL}\b).*\b(through|behind) the (wall|walls|door)\b.*\b(scream\w*|yell\w*|hitting|beating|bang\w*|"
           r"thud\w*|smash\w*|crying|fighting)\b",
           rf"^(?!.*\b{_EN_HABITUAL}\b).*\b(scream\w*|yell\w*|hitting|beating|bang\w*|thud\w*|smash\w*|crying|fighting)\b.*\b"
           r"(through|behind) the (wall|walls)\b"],
    "pl": [r"^(?!.*\b(codziennie|co noc|co wieczor|czesto|zawsze|regularnie|od miesiecy|od lat|czasami|czasem)\b).*"
           r"\bslysz\w*\s+(jak|ze)\s+(\w+\s+){0,3}(bije|bija|tlucze|tluka|krzycz\w*|wrzeszcz\w*|placze|wola|uderza|kopie|dusi)\b",
           r"\b(krzycz\w*|wrzeszcz\w*|placze|wola o pomoc|bije|bija|tlucze|tluka)\b(\s+\w+){0,3}\s+(teraz|w tej chwili|wlasnie)\b"
           r"|\b(teraz|w tej chwili|wlasnie)\b(\s+\w+){0,3}\s+(krzycz\w*|wrzeszcz\w*|placze|wola o pomoc)\b"],
    "ro": [r"^(?!.*\b(in fiecare (zi|seara|noapte)|mereu|des|adesea|uneori|de luni|de ani)\b).*\baud\s+(cum|ca)\s+(\w+\s+){0,3}"
           r"(o bate|il bate|ii bate|se bat|tipa|striga|urla|plange|loveste)\b",
           r"\b(tipa|striga|urla|plange)\b(\s+\w+){0,3}\s+(acum|chiar acum|in momentul asta)\b|\b(acum|chiar acum)\b(\s+\w+){0,3}\s+"
           r"(tipa|striga|urla)\b"],
    "bg": [r"^(?!.*\b(всеки ден|всяка вечер|всяка нощ|често|винаги|понякога|от месеци|от години)\b).*\b(чувам|чуваме|chuvam)\s+"
           r"(как|че)\s+(\w+\s+){0,3}(бие|бият|удря|крещи|пищи|вика|плаче|рита)\b",
           r"\b(крещи|пищи|вика за помощ|плаче)\b(\s+\w+){0,3}\s+(сега|в момента|точно сега)\b|\b(сега|в момента|точно сега)\b(\s+\w+)"
           r"{0,3}\s+(крещи|пищи|вика за помощ)\b"],
    "tr": [r"\b(su an|suan|su anda|simdi|su dakika)\b(\s+\w+){0,3}\s+(cigli\w*|bagir\w*|feryat\w*|imdat\w*)|"
           r"\b(cigli\w*|bagir\w*|feryat\w*)(\s+\w+){0,2}\s+(su an|suan|su anda|simdi)\b",
           r"\b(dovdugunu|vurdugunu|dovuldugunu|bagirdigini|cigligini|ciglik attigini|agladigini)\s+(\w+\s+)?duyuyor\w*"],
    "ar": [r"(?<!\w)[وف]?(صراخ|صريخ|تصرخ|يصرخ|تصيح|يصيح|تستغيث|يستغيث|عياط|تعيط|صويت)\S*\s+(\S+\s+){0,3}[وف]?(الان|هلق|هلا|دلوقتي|دابا|الحين|هسه)(?!\w)"
           r"|(?<!\w)[وف]?(الان|هلق|دلوقتي|دابا|الحين|هسه)\s+(\S+\s+){0,3}\S*(صراخ|صريخ|تصرخ|يصرخ|تصيح|يصيح|تستغيث|يستغيث|تعيط|عياط)",
           r"\b(asma3|esma3|bisma3|besma3|sami3|sem3a|sam3a|sam3ah|sam3in|3am esma3)\b(\s+\w+){0,6}\s+\w*(sar+i[kx5]h?|sr[ae]+[kx5]h?|"
           r"sreekh|3ay+e?t|3yat|dr[ao]b|darb|kas+[ae]r|kas+ir)\w*",
           rf"\b(3am|3m)\s+t?(sar+i[kx5]h?|3ay+e?t)\w*(\s+\w+){{0,3}}\s+{_AZ_NOW}\b|\b{_AZ_NOW}\b(\s+\w+){{0,5}}\s+(3am|3m)\s+t?"
           r"(sar+i[kx5]h?|3ay+e?t)\w*"],
})
# Violence told with 'just now' or 'a minute ago' anywhere in the message (not 'now' alone: "I'm 40 now").
_add("geweld_nu", {
    "en": [rf"\b{_EN_VIOL}\b.*\b(just now|a (minute|moment|few minutes|second) ago|minutes ago|moments ago|as we speak)\b",
           rf"\b(just now|a (minute|moment|few minutes) ago|minutes ago|moments ago)\b.*\b{_EN_VIOL}\b"],
    "pl": [rf"\b{_PL_VIOL}\b.*\bprzed chwila\b|\bprzed chwila\b.*\b{_PL_VIOL}\b"],
    "ro": [rf"\b{_RO_VIOL}\b.*\b(adineauri|acum (cateva|un|doua) (minute|minut|clipe))\b|\b(adineauri|acum (cateva|un|doua) (minute|minut|clipe))\b.*\b{_RO_VIOL}\b"],
    "bg": [rf"\b{_BG_VIOL}\b.*\b(току що|преди малко)\b|\b(току що|преди малко)\b.*\b{_BG_VIOL}\b"],
    "tr": [rf"\b{_TR_VIOL}.*\b(az once|demin)\b|\b(az once|demin)\b.*\b{_TR_VIOL}"],
})
# "pushed me down the stairs", "threw her down the stairs": violence that injures, told as it happened.
_add("geweld_nu", {
    "en": [r"\b(push\w*|shov\w*|threw|throw\w*|kick\w*)\s+(me|her|him|us|my \w+)\s+(down|off)\s+the\s+(stairs|staircase|balcony)\b"],
    "pl": [r"\b(zepchn\w*|zrzuci\w*|zrzucil\w*)\s+(\w+\s+)?(ze schodow|z balkonu)\b"],
    "ro": [r"\b(impins\w*|aruncat\w*|imbrancit\w*)\s+(\w+\s+){0,2}(pe scari|de pe scari|de pe balcon)\b"],
    "bg": [r"\b(бутна|блъсна|хвърли)\w*\s+(\w+\s+)?(по стълбите|от стълбите|от балкона)\b"],
    "tr": [r"\bmerdiven\w*\s+(\w+\s+)?(itti|itekledi|atti|yuvarladi|dusurdu)\b"],
    "ar": [r"(دفع|دفش|زق|رمى|رماني|رماها|دفعني|دفشني)\S*\s+(\S+\s+)?(عن|من|على|ع)\s*(ال)?درج"],
})

# Taken away abroad, to the airport or to be married, within hours ("they take me to the airport ...
# we leave in 1 hour"): the writer is being held and moved against their will now.
_AWAY = {
    "en": r"(airport|abroad|out of the country|on a plane|plane|flight|back to (pakistan|morocco|turkey|afghanistan|somalia|iraq|"
          r"syria|india|bangladesh|egypt|eritrea|nigeria|my country|the home country|my home country|their country)|to (pakistan|"
          r"morocco|turkey|afghanistan|somalia|iraq|syria|india|bangladesh|egypt|eritrea|nigeria))",
    "pl": r"(lotnisk\w*|za granic\w*|samolot\w*|wywioz\w*|wywiez\w*|do (pakistanu|maroka|turcji|polski|kraju))",
    "ro": r"(aeroport\w*|in strainatate|peste granita|avion\w*|in (tara|pakistan|turcia|romania|maroc))",
    "bg": r"(летище\w*|в чужбина|самолет\w*|в (пакистан|турция|мароко|българия)|извън страната)",
    "tr": r"(havaalan\w*|havaliman\w*|yurt ?dis\w*|ucag\w*|ucak\w*|memleket\w*|pakistan\w*|turkiye\w*)",
    "ar": r"(مطار\S*|طياره\S*|(?<!\w)(الخارج|لبلدي|للبلد|لبرا)(?!\w)|\b(el ?matar|l ?matar|matar|airport)\b)",
}
_SOON = {
    "en": r"(tonight|today|right now|in (an|one|1|2|two|three|3|a few|few|\d+|half an) (hour|hours|hrs|hr|minutes|mins)|"
          r"this (evening|afternoon|morning)|within (hours|the hour)|we leave|leaving (now|tonight|today|in))",
    "pl": r"(dzis|dzisiaj|dzis wieczorem|tej nocy|zaraz|za (godzine|\d+ godzin\w*|pare godzin|kilka godzin|chwile))",
    "ro": r"(azi|astazi|in seara asta|diseara|la noapte|peste (o|\d+|cateva|doua) (ora|ore|ceasuri)|in (\d+|o|cateva) ore)",
    "bg": r"(днес|тази вечер|довечера|тази нощ|след (час|един час|\d+ часа|няколко часа|малко))",
    "tr": r"(bugun|bu gece|bu aksam|hemen|(\d+|bir|iki|birkac) saat (sonra|icinde)|yarim saat)",
    "ar": r"((?<!\w)(الليله|اليوم)(?!\w)|بعد\s+(ساعه|ساعتين|\d+\s+ساع\S*|كم ساعه|شي ساعه)|"
          r"\b(el ?leile|el ?leila|lyom|ba3d (sa3a|se3a|sa3ten|\d+ sa3at))\b)",
}
# Words of force, not of a wedding or a trip alone ("I'm flying to Morocco today for my sister's wedding").
_FORCED = {
    "en": r"(forc\w*|against my will|whether i (want|like)|don t want to|dont want to|do not want to|won t let me|make me marry|"
          r"making me marry|marry me off|married off|(say|says|said|decided) (that )?(i m|im|i am|i will be|i ll be) (getting )?married|"
          r"(taking|sending|take|send|bringing|bring|flying|fly|driving|drive) (me|her) (\w+ ){0,6}(to marry|to be married|"
          r"to get married|for (a|the) (marriage|wedding)))",
    "pl": r"(zmusza\w*|zmusi\w*|wbrew|bez mojej zgody|nie chce|wydac mnie|wyda mnie|wydaja mnie|wywioz\w*|sila)",
    "ro": r"(forta|fortez\w*|impotriva vointei|fara voia mea|vreau sau nu|nu vreau|sa ma marite|ma marita|ma marite)",
    "bg": r"(насила|против волята|искам или не|не искам|да ме омъжат|ще ме омъжат|ме омъжват|да ме оженят|ще ме оженят)",
    "tr": r"(evlendir\w*|zorla|istemesem de|istemiyorum|rizam olmadan)",
    "ar": r"((يزوجوني|تزويجي|يجوزوني|جوزوني|زوجوني|غصب|بالقوه|رغما عني|غصبا عني|ما بدي|مش عايزه|مش بدي|يسفروني|بيسفروني)\S*|"
          r"\b(yjawzouni|yzawjouni|gha9ban|ghasban|ghasb|ma baddi|mish baddi)\b)",
}
_TAKEN_AWAY = {language: (rf"^(?=.*{_AWAY[language]})(?=.*{_SOON[language]}).*{_FORCED[language]}" if language == "ar" else
                          rf"^(?=.*\b{_AWAY[language]}\b)(?=.*\b{_SOON[language]}\b).*\b{_FORCED[language]}\b")
               for language in _LANGS}
_add("opgesloten", {language: [pattern] for language, pattern in _TAKEN_AWAY.items()})

# An offer or a wish to help is no cry for help: "I want to help but ...", "can u help me? he hit me
# yesterday"; a fear that it happens again does not make it happen now ("scared that it happens
# again", "boję się, że znowu", "mi-e frică să nu se repete din nou").
for _language, _pattern in {
    "en": r"\b(want|wanna|wants|would like|d like|trying|try|tries|tried|how|way|ways|able|what can i do|do|love) to help\b"
          r"|\b(can|could|would|will|cn) (you|u|ya|someone|anyone|somebody|some1|any1) (please |pls |plz )?help( me| us)?\b"
          r"|\b(scared|afraid|worried|terrified|frightened|fear|fears|afraid that|scared that|what if)\b(\s+\w+){0,5}\s+"
          r"(happens|happen|will happen|ll happen|is going to happen|could happen|might happen|does it|do it|does that|"
          r"will do it|ll do it) again\b|\b(it|this|that) (happens|will happen|ll happen|could happen|might happen) again\b",
    "pl": r"\b(boje sie|obawiam sie|strach mnie|martwie sie)\b(\s+\w+){0,2}\s+(ze|iz)\s+(\w+\s+){0,2}(znowu|znow|ponownie)\b",
    "ro": r"\b(mi e frica|mi e teama|ma tem|ma sperii)\b(\s+\w+){0,2}\s+(ca|sa)\s+(\w+\s+){0,3}(din nou|iar)\b",
    "bg": r"\b(страх ме е|страхувам се|боя се|притеснявам се)\b(\s+\w+){0,2}\s+(че|да)\s+(\w+\s+){0,3}(пак|отново)\b",
    "tr": r"\b(yine|tekrar|gene)\b(\s+\w+){0,3}\s+diye\s+(\w+\s+)?kork\w*",
    "ar": r"(خايف|خايفه|اخاف|بخاف|خوفي)\S*\s+(\S+\s+){0,4}(مره ثانيه|مره تانيه|من جديد|كمان مره)",
}.items():
    {"en": _EN_IDIOMS, "pl": _PL_IDIOMS, "ro": _RO_IDIOMS, "bg": _BG_IDIOMS, "tr": _TR_IDIOMS, "ar": _AR_IDIOMS}[_language].append(_pattern)
_EN_IDIOMS.append(r"\b(add\w*|pour\w*|throw\w*) (more )?fuel (on|to|into) the (fire|flames)\b")
# Bulgarian "души" is also "people" after a number ("живеем 8 души в една къща", "няколко души"), not "strangles".
_BG_IDIOMS.append(r"\b(\d+|две|два|двама|три|трима|четири|четирима|пет|петима|шест|шестима|седем|седмина|осем|осмина|девет|"
                  r"деветима|десет|десетима|\w+надесет|\w+десет|сто|стотина|"
                  r"няколко|много|малко|колко|хиляди|стотици|десетки|милиони|мнозина) души\b")

# Words of going on rather than of now ("I still live with him", "ciągle krzyczy"): they cancel a
# past-only marker, but they do not make violence acute (says_now).
_ONGOING = {
    "en": r"\b(still|again)\b", "pl": r"\b(nadal|wciaz|ciagle|znowu|znow)\b", "ro": r"\b(inca|din nou)\b",
    "bg": r"\b(пак|отново|все още)\b", "tr": r"\b(hala|yine|gene|tekrar)\b",
    "ar": r"(?<!\w)[وف]?(مره ثانيه|مره اخرى|من جديد|لا يزال|مازال|ما زال|لسه|لساته)(?!\w)",
}
PAST_ONLY: Dict[str, List[str]] = {
    "en": _EN_PAST_ONLY, "pl": _PL_PAST_ONLY, "ro": _RO_PAST_ONLY,
    "bg": _BG_PAST_ONLY, "tr": _TR_PAST_ONLY, "ar": _AR_PAST_ONLY,
}
NOW: Dict[str, List[str]] = {  # markers of 'now' that cancel a past-only marker and a general question
    "en": _EN_NOW_STRICT, "pl": _PL_NOW_STRICT, "ro": _RO_NOW_STRICT,
    "bg": _BG_NOW_STRICT, "tr": _TR_NOW_STRICT, "ar": _AR_NOW_STRICT,
}
PAST_VERB: Dict[str, List[str]] = {  # suicide told in the past ("she tried to ... years ago")
    "en": _EN_PAST_VERB, "pl": _PL_PAST_VERB, "ro": _RO_PAST_VERB,
    "bg": _BG_PAST_VERB, "tr": _TR_PAST_VERB, "ar": _AR_PAST_VERB,
}
GENERAL_Q: Dict[str, List[str]] = {
    "en": _EN_GENERAL_Q, "pl": _PL_GENERAL_Q, "ro": _RO_GENERAL_Q,
    "bg": _BG_GENERAL_Q, "tr": _TR_GENERAL_Q, "ar": _AR_GENERAL_Q,
}
DEFINITION_Q: Dict[str, List[str]] = {
    "en": _EN_DEFINITION_Q, "pl": _PL_DEFINITION_Q, "ro": _RO_DEFINITION_Q,
    "bg": _BG_DEFINITION_Q, "tr": _TR_DEFINITION_Q, "ar": _AR_DEFINITION_Q,
}
IDIOMS: Dict[str, List[str]] = {
    "en": _EN_IDIOMS, "pl": _PL_IDIOMS, "ro": _RO_IDIOMS,
    "bg": _BG_IDIOMS, "tr": _TR_IDIOMS, "ar": _AR_IDIOMS,
}


def _join(patterns: List[str]) -> Pattern[str]:
    # Folded like the text: Arabic 'على' is matched as 'علي', 'ة' as 'ه'.
    return re.compile("|".join(f"(?:{p})" for p in patterns).translate(_EXTRA_FOLD))


def _anchored(pattern: str) -> bool:
    """The whole pattern starts with '^' (no '|' outside brackets): it can only match at the start."""
    if not pattern.startswith("^"):
        return False
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return False
    return True


def _join_category(patterns: List[str]) -> List[Pattern[str]]:
    """One alternation for the patterns that may match anywhere, and one '^(?:...)' for those that
    look at the whole message ("^(?=.*petrol).*light"): tried at the start only, and they no longer
    spoil the quick scan for the first letters of the others."""
    anchored = [p[1:] for p in patterns if _anchored(p)]
    anywhere = [p for p in patterns if not _anchored(p)]
    compiled = [_join(anywhere)] if anywhere else []
    if anchored:
        compiled.append(re.compile(("^(?:" + "|".join(f"(?:{p})" for p in anchored) + ")").translate(_EXTRA_FOLD)))
    return compiled


# One alternation per language and category (two with whole-message patterns): a message is checked
# in all six languages on every turn, and one search per category costs a fraction of one per pattern.
# Seen in the fifteenth session's probes: someone at the door with a word between ("on jest teraz pod
# drzwiami", "той е на вратата сега", "toi e pred vratata sega", "howe 3al bab hala2"), a knife in
# Arabizi ("jozi m3o sakin hala2") and Turkish "boğazlıyor" typed without its letters.
_add("geweld_nu", {
    "pl": [r"\b(jest|stoi|czeka)\s+(\w+\s+)?(pod|przed|za)\s+(drzwiami|domem|oknem|blokiem)\b"],
    "bg": [r"\b(е|стои|чака)\s+(\w+\s+)?(пред|до|на)\s+(вратата|блока|къщата|прозореца)\b",
           r"\b(e|stoi|chaka)\s+(\w+\s+)?(pred|do|na)\s+(vratata|bloka|kashtata|prozoreca)\b"],
    "ar": [rf"\b(howe|huwe|hoe|huwa|howa|hiye|hiya)\s+(\w+\s+)?(3al|3a|3ala|3end|3and|barra|bara)\s+(el\s+|l\s*)?(bab|beb)\b.*\b{_AZ_NOW}\b"
           rf"|\b{_AZ_NOW}\b.*\b(3al|3a|3ala|3end)\s+(el\s+|l\s*)?(bab|beb)\b"],
})
_add("wapen", {
    "ar": [r"\b(m3o|ma3o|ma3ah|m3ah|ma3a|m3a|m3ah|3ando|3ndo|3andu|ma3ou)\s+(\w+\s+)?(sakin|sekeen|sikkin|sekin|sakkin|skin|s2keen|"
           r"sekkine|sikkine|sakkine|sekkina|sikkina|moos|mos|fard|mousad)\b"],
})
_add("wurging", {
    "tr": [r"\b(bogazliyor|bogazlayacak|bogazladi|bogazlamak)\w*"],
})

_COMPILED = {
    lang: {kind: _join_category(kinds[kind]) if kinds.get(kind) else [] for kind in CATEGORIES}
    for lang, kinds in PATTERNS.items()
}
_PAST_ONLY_RE = {lang: _join(p) for lang, p in PAST_ONLY.items()}
_NOW_RE = {lang: _join(p) for lang, p in NOW.items()}
_PAST_VERB_RE = {lang: _join(p) for lang, p in PAST_VERB.items()}
_GENERAL_Q_RE = {lang: _join(p) for lang, p in GENERAL_Q.items()}
_DEFINITION_Q_RE = {lang: _join(p) for lang, p in DEFINITION_Q.items()}
_IDIOMS_RE = {lang: _join(p) for lang, p in IDIOMS.items()}
_ONGOING_RE = {lang: re.compile(p) for lang, p in _ONGOING.items()}
_SPACES = re.compile(r"\s+")


def _fold(text: str) -> str:
    return _SPACES.sub(" ", fold_any(text).translate(_EXTRA_FOLD)).strip()


def detect_danger_in(text: str, language: str) -> Optional[str]:
    """Return the first danger category found in a message written in `language`, or None.

    `language` is one of en, pl, ro, bg, tr, ar (a longer code such as 'en-GB' or 'pl_PL' is cut to
    its first two letters). For any other language every language is tried, as a miss costs more
    than a false alarm."""
    lang = (language or "").strip().lower()[:2]
    if lang not in _COMPILED:
        return detect_danger_any(text)
    return _detect_folded(_fold(text), lang)


@lru_cache(maxsize=1024)
def languages_with_danger(text: str) -> Tuple[Tuple[str, str], ...]:
    """(language, first danger category) for each of the six languages whose check matches, in
    the order of LANGUAGES. Remembered per text: the language detection and the gateway's safety
    net both ask on every message."""
    folded = _fold(text)
    found = ((lang, _detect_folded(folded, lang)) for lang in LANGUAGES)
    return tuple((lang, kind) for lang, kind in found if kind)


def danger_language(text: str) -> Optional[str]:
    """The first of the six languages whose danger check matches the message, or None."""
    found = languages_with_danger(text)
    return found[0][0] if found else None


def detect_danger_any(text: str) -> Optional[str]:
    """Try every language in turn (a message may be mixed or its language misdetected)."""
    found = languages_with_danger(text)
    return found[0][1] if found else None


def says_now(text: str, language: str) -> bool:
    """The message has a marker of 'now' ("right now", "teraz", "acum", "сега", "şu an", "الآن") in its
    language (or, for an unknown language, in any)."""
    folded = _fold(text)
    languages = [language[:2]] if language[:2] in _NOW_RE else list(LANGUAGES)
    return any(_NOW_RE[lang].search(_ONGOING_RE[lang].sub(" ", _IDIOMS_RE[lang].sub(" ", folded))) for lang in languages)


# Violence told as something that keeps happening ("keeps getting hit", "every night", "caly czas",
# "her gün"): a bystander's account of it is habitual, not danger this minute.
_TOLD_AS_HABITUAL_RE = {lang: re.compile(p.translate(_EXTRA_FOLD)) for lang, p in {
    "en": rf"\b({_EN_HABITUAL}|keeps getting|keep getting|keeps being|regularly|again and again)\b",
    "pl": rf"\b{_HEARD_HABITUALLY['pl']}\b", "ro": rf"\b{_HEARD_HABITUALLY['ro']}\b",
    "bg": rf"\b{_HEARD_HABITUALLY['bg']}\b", "tr": rf"\b{_TR_HABITUAL}\b",
    "ar": rf"\b({_AZ_HABITUAL})\b|(كل يوم|دايما|دائما|كل ليله)",
}.items()}


def told_as_habitual(text: str, language: str) -> bool:
    pattern = _TOLD_AS_HABITUAL_RE.get(language[:2])
    return bool(pattern and pattern.search(_fold(text)))


def danger_kinds(text: str, language: str) -> List[str]:
    """Every danger category the message matches in `language` (or, for an unknown language, in
    any): "locked us in and a colleague is bleeding" is a lock-in and an injury at once."""
    folded = _fold(text)
    languages = [language[:2]] if language[:2] in _COMPILED else list(LANGUAGES)
    return [kind for lang in languages for kind in _kinds_folded(folded, lang)]


# The writer is locked in themselves, now ("he locked me in", "zamknął nas w kontenerze",
# "ne-a încuiat în casă", "заключи ни", "bizi kilitledi", "حبسنا"): danger now whoever writes,
# unlike a lock-in told of someone else ("locks him in as a punishment") or control ("won't let me
# go out", "nu mă lasă să ies"), which can be habitual.
_LOCKS_IN_THE_WRITER = {
    "en": r"\b(lock\w*|trapp\w*)\s+(me|us)\s+(in|inside|up|into)\b|\bshut\s+(me|us)\s+(in|inside|into)\b"
          r"|\b(i m|im|i am|we re|we are|been|got|i ve been|we ve been)\s+(\w+\s+)?(locked|trapped|shut)\s+(in|inside|up|into)\b"
          r"|^(locked|trapped|shut) (in|inside|up)\b",
    "pl": r"\b(zamknal|zamknela|zamkneli|zamyka|zamykaja|uwiezil\w*|wiezi)\s+(\w+\s+)?(mnie|nas)\b"
          r"|\b(mnie|nas)\s+(zamknal|zamknela|zamkneli|uwiezil\w*)\b"
          r"|\b(jestem|jestesmy|siedze|siedzimy|zostalam|zostalem|zostalismy)\s+(\w+\s+)?(zamknie\w*|uwiezion\w*)",
    "ro": r"\b(m|ne)\s+a(u)?\s+(incuiat|inchis|sechestrat|baricadat)\b|\b(ma|ne)\s+(incuie|tine (inchis\w*|incuiat\w*))\b"
          r"|\b(sunt|suntem|stau|am ramas)\s+(\w+\s+)?(incuiat\w*|sechestrat\w*)\b",
    "bg": r"\b(заключи|заключил\w*|заключва|затвори|затворил\w*)\s+(ме|ни)\b"
          r"|\b(ме|ни)\s+(е\s+|са\s+)?(заключи|заключил\w*|заключва|заключиха)\b(?!\s+навън)"
          r"|\b(заключен\w*|затворен\w*)\s+(съм|сме)\b|\b(съм|сме)\s+(заключен\w*|затворен\w*)\b",
    "tr": r"\b(beni|bizi)\s+(\w+\s+)?(kilitle|hapset)\w*|\bkilitle(ndim|ndik)\w*|\bkilitli (kaldim|kaldik)\b",
    "ar": r"(حبسني|حبسنا|حابسني|حابسنا|احتجزني|احتجزنا|محبوس|محبوسه|محبوسين|محتجز)"
          r"|(?<!\w)[وف]?(قفل|سكر|غلق|اغلق)\S*\s+(\S+\s+)?(علي|عليا|علينا)(?!\w)",
}
_LOCKS_IN_THE_WRITER["ar"] += "|" + _AZ_LOCKED  # Arabizi: "sakkar 3layi", "7abasni", "ana ma7bouse"
_LOCKS_IN_THE_WRITER_RE = {lang: re.compile(p.translate(_EXTRA_FOLD)) for lang, p in _LOCKS_IN_THE_WRITER.items()}
# Danger now for whoever writes, never habitual: locked in, hiding from someone, a break-in, or taken
# away abroad within hours (see _HIDING, _BREAK_IN, _TAKEN_AWAY).
_WRITER_IN_DANGER_NOW_RE = {
    lang: _join([_LOCKS_IN_THE_WRITER[lang], *_HIDING.get(lang, []), *_BREAK_IN.get(lang, []), _TAKEN_AWAY[lang]])
    for lang in LANGUAGES
}


def locks_in_the_writer(text: str, language: str) -> bool:
    """The writer says they are locked in (see _LOCKS_IN_THE_WRITER), in `language` or, unknown, in any."""
    folded = _fold(text)
    languages = [language[:2]] if language[:2] in _LOCKS_IN_THE_WRITER_RE else list(LANGUAGES)
    return any(_LOCKS_IN_THE_WRITER_RE[lang].search(_IDIOMS_RE[lang].sub(" ", folded)) for lang in languages)


def writer_in_danger_now(text: str, language: str) -> bool:
    """Locked in, hiding, broken in on or taken away now (see _WRITER_IN_DANGER_NOW_RE), in `language` or,
    unknown, in any: acute whatever route the words point to."""
    folded = _fold(text)
    languages = [language[:2]] if language[:2] in _WRITER_IN_DANGER_NOW_RE else list(LANGUAGES)
    return any(_WRITER_IN_DANGER_NOW_RE[lang].search(_IDIOMS_RE[lang].sub(" ", folded)) for lang in languages)


def _detect_folded(folded: str, lang: str) -> Optional[str]:
    return next(_kinds_folded(folded, lang), None)


def _kinds_folded(folded: str, lang: str) -> Iterator[str]:
    if not folded:
        return
    if _DEFINITION_Q_RE[lang].search(folded):
        return
    cleaned = _SPACES.sub(" ", _IDIOMS_RE[lang].sub(" ", folded)).strip()
    has_now = bool(_NOW_RE[lang].search(cleaned))
    if _GENERAL_Q_RE[lang].search(cleaned) and not has_now:
        return
    past_only = bool(_PAST_ONLY_RE[lang].search(cleaned)) and not has_now
    for kind in CATEGORIES:
        # Suicide talk counts even alongside the past, unless it is itself told in the past.
        if past_only and (kind != "suicide" or _PAST_VERB_RE[lang].search(cleaned)):
            continue
        if any(p.search(cleaned) for p in _COMPILED[lang][kind]):
            yield kind
