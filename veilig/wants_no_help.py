"""A bystander who says the one hurt will not leave or wants no help ("mijn zus wordt door haar man
geslagen maar ze wil geen hulp", "hoe help ik iemand die niet weg wil bij haar man"). The route's
general tips ('praat rustig met de volwassene') leave out what this bystander struggles with: why
leaving is so hard, and how to stay there for her without blame (actions/routes.py)."""
import re

from veilig.text import fold

WHY_NOT_LEAVE_ENTRY = "waarom-is-weggaan-moeilijk"

_THE_ONE_HURT = r"(ze|zij|hij|die|mijn \w+|mn \w+|m n \w+)"
_REFUSES = re.compile(
    rf"\b({_THE_ONE_HURT} (wil|wilt|durft|gaat) (\w+ ){{0,2}}(niet weg|niet bij (hem|haar) weg|niet weggaan|nooit weg)|"
    # 'geen hulp' not of 'hij', who may be the one who drinks or hits ("hij wil geen hulp voor zijn drankprobleem")
    r"(ze|zij|mijn \w+|mn \w+|m n \w+) (wil|wilt|durft) (\w+ ){0,2}(geen hulp|geen aangifte)(?! (voor|bij|met) (zijn|haar))|"
    r"(iemand|haar|hem) (\w+ ){0,2}die (\w+ ){0,2}(niet weg wil|geen hulp wil|niet weg gaat|niet weggaat|bij hem blijft|"
    r"bij haar blijft)|"
    rf"{_THE_ONE_HURT} (blijft|blijven) (\w+ ){{0,2}}bij (hem|haar|die man|die vrouw)( \w+)?$)\b")


def tells_they_will_not_leave(text: str) -> bool:
    """The one hurt stays, or turns help down, as the writer tells it."""
    return bool(_REFUSES.search(fold(text or "")))


# The one hurt will not talk about it ("ze wil er nie over praten", "ze ontkent het"): stay there for her
# without pushing, and the number to give her (twenty-fourth session's probe: a choice of topics).
NOT_TALKING_ENTRY = "ze-wil-er-niet-over-praten"
_WILL_NOT_TALK = re.compile(
    rf"\b({_THE_ONE_HURT} (wil|wilt|durft) (er |het )?(\w+ )?(niet|nie|nooit) (over )?(praten|over praten|vertellen|zeggen)|"
    rf"{_THE_ONE_HURT} (ontkent|ontkende) (het|alles)|{_THE_ONE_HURT} (klapt|klapte) (helemaal |meteen |totaal )?dicht|"
    # "... en zei dat ik me er niet mee moet bemoeien" (the ninth tuning conversations)
    r"(ik|me) (me |mij )?er (\w+ )?(niet|niks|niets) mee (moet|mag|hoef) (te )?bemoeien|"
    rf"{_THE_ONE_HURT} (zegt|zei) dat er (niks|niets) (aan de hand|mis) is)\b")


def tells_they_will_not_talk(text: str) -> bool:
    """The one hurt will not talk about it, or denies it, as the writer tells it."""
    return bool(_WILL_NOT_TALK.search(fold(text or "")))
