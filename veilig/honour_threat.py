"""Violence or threats in the name of the family's honour, told by the one threatened or someone
close ("ik ben bang dat ze me iets aandoen, ze zeggen dat het om de eer gaat", "mijn broer zegt dat
ik de familie te schande heb gemaakt"). The route's general advice ("praat rustig met degene om wie
je je zorgen maakt") can be dangerous here: the family must not know. The one threatened needs to
hear that the police take it seriously, the wijkagent, and Veilig Thuis (actions/routes.py)."""
import re

from veilig.text import fold

HONOUR_ENTRY = "hulp-bij-eergerelateerd-geweld"

_HONOUR = re.compile(
    r"\b(eerwraak|eergerelateerd\w*|eer gerelateerd|familie-?eer|"
    r"(de|onze|hun|zijn|mijn) eer (van|voor) (de|onze|mijn|hun|zijn) familie|"
    r"(om|voor|vanwege|uit naam van) (de|onze|hun|zijn) (familie )?eer|"
    r"(eer|naam) van (de|onze|mijn|hun) familie (\w+ ){0,2}(geschonden|bezoedeld|te grabbel|kapot)|"
    r"(te )?schande (\w+ ){0,2}(gemaakt|maakt|maak|maken|gebracht|brengt|breng)|(een )?schande (voor|over) (de|onze|mijn|hun) familie|"
    # threats by the family over a boyfriend ("haar broers dreigen haar iets aan te doen omdat ze een vriend heeft")
    r"(broer|broers|vader|papa|familie|oom|ooms|neef|neven|ouders|moeder|mama) (\w+ ){0,3}(dreig\w*|bedreig\w*) (\w+ ){0,6}omdat (ze|zij|ik) (\w+ )?(een )?(vriend|vriendje|jongen|relatie|vriendin)( \w+)? "
    r"(heeft|heb|had|hebt)|"
    # ... and as a condition: "mijn broers zeggen dat ze me iets aandoen als ik bij mijn vriend blijf"
    r"(broer|broers|vader|papa|familie|oom|ooms|neef|neven|ouders|moeder|mama) (\w+ ){0,2}(zegt|zeggen|dreigt|dreigen|zei|zeiden) "
    r"(\w+ ){0,2}(dat )?(ze|hij|zij) (me|mij|haar|hem) (\w+ )?(iets (zullen |gaan )?(aandoen|aan doen|aandoet)|vermoorden|doodmaken|"
    r"dood maken|pijn doen) (\w+ ){0,2}als (ik|ze|zij|hij) (\w+ ){0,4}(vriend|vriendje|jongen|relatie|vriendin)\b)\b")


def tells_of_honour_threat(text: str) -> bool:
    """The family's honour named as the reason for threats, control or shame put on someone."""
    return bool(_HONOUR.search(fold(text or "")))
