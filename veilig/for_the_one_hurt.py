"""Some answers on reporting are written to bystanders: that the family does not hear who reported,
what anonymous reporting costs. The one who is hurt asks the same words with another fear: will he
find out that I called? On the victim's route those answers give way to the one written for them
(actions/knowledge_answer.answer_messages): "kan dat anoniem?" after "mijn vriend slaat me" gets
that the call can be anonymous and does not show on the phone bill, not that the family may
suspect the neighbours."""
from typing import Optional

# A bystander's answer -> the answer for the one hurt.
COUNTERPART = {
    "anoniem-melden": "ziet-iemand-dat-je-veilig-thuis-hebt-gebeld",
    "weet-het-gezin-wie-gemeld-heeft": "ziet-iemand-dat-je-veilig-thuis-hebt-gebeld",
}
VICTIM_ROUTE = "slachtoffer"


def counterpart_for_the_one_hurt(entry_id: str, route: Optional[str]) -> Optional[str]:
    return COUNTERPART.get(entry_id) if route == VICTIM_ROUTE else None
