"""Economic violence told ("mijn man controleert mijn bankrekening en ik krijg alleen 20 euro per
week", "mijn vriend pakt elke maand mijn salaris af", "ik mag van hem geen geld uitgeven"). The
classifier takes money talk for not ours, so these words count as violence (veilig/worry.py);
on the victim's route what economic violence is follows the number (actions/routes.py)."""
import re

from veilig.text import fold

ECONOMIC_VIOLENCE_ENTRY = "economisch-geweld"

_PARTNER = r"(man|vrouw|vriend|vriendin|partner|ex|echtgenoot|echtgenote|hij|zij|ze)"
_MONEY = (r"(geld|bankrekening|rekening|bankpas|pinpas|salaris|loon|inkomen|uitkering|toeslag|toeslagen|"
          r"uitgaven|bankapp|spaargeld)")
_SIGNS = re.compile(
    rf"\b({_PARTNER} (controleert|checkt|pakt|neemt|nam|pakte|beheert al|houdt al) (\w+ ){{0,2}}"
    rf"(mijn|mn|m n|ons|onze) {_MONEY}|"
    rf"(ik|k) (krijg|kreeg) (van (hem|haar) )?(maar|alleen|slechts|nog geen|amper) (\w+ ){{0,2}}\d+ euro (per|in de|de) (week|maand|dag)|"
    rf"(ik|k) (mag|mocht) (van (hem|haar|mijn \w+|mn \w+) )?(\w+ ){{0,2}}(geen|niks|niets) (geld|uitgeven|kopen|pinnen)|"
    rf"(ik|k) (moet|moest) (\w+ ){{0,3}}(mijn|mn|m n) (hele )?(salaris|loon|uitkering|geld) (\w+ ){{0,3}}(afgeven|inleveren|afstaan)|"
    rf"(schulden|leningen) (\w+ ){{0,2}}op (mijn|mn|m n) naam|"
    # 'ik' left out, and work forbidden: "mn man bepaalt alles, ik mag niet werken, krijg 20 euro in de
    # week en hij controleert de bonnetjes"
    rf"(en|dan|maar|werken) (krijg|kreeg) (van (hem|haar) )?((maar|alleen|slechts|nog geen|amper) )?(\w+ ){{0,2}}\d+ euro "
    rf"(per|in de|de) (week|maand|dag)(?! (zakgeld|kostgeld))|"
    rf"{_PARTNER} (controleert|checkt) (\w+ ){{0,2}}(bonnetjes|bonnen|uitgaven|aankopen|kassabonnen))\b")
# Work forbidden, by a partner named in the message ("ik mag niet werken want ik ben ziek" is not it).
_WORK_FORBIDDEN = re.compile(r"\b(ik|k) (mag|mocht) (van (hem|haar|mijn \w+|mn \w+) )?(niet|geen|nooit) (meer )?"
                             r"(werken|gaan werken|baan hebben|een baan)\b")
_A_PARTNER = re.compile(r"\b((mijn|mn|m n) (man|vrouw|vriend|vriendin|partner|echtgenoot|echtgenote)|van (hem|haar))\b")


def tells_of_economic_violence(text: str) -> bool:
    """A partner holds the writer's money: controls their account or receipts, takes their pay,
    leaves them a few euros, forbids them to work, or makes debts in their name."""
    folded = fold(text or "")
    return bool(_SIGNS.search(folded) or (_WORK_FORBIDDEN.search(folded) and _A_PARTNER.search(folded)))
