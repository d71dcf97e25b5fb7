"""Does the writer ask whether this chat is kept, read or can be seen by someone at home?

"wordt dit gesprek opgeslagen?", "kan mijn man zien dat ik hier heb gechat?", "leest er iemand
mee?": a frightened person asks this before telling anything. The answer says what the chat
really does (knowledge/routes.yml, bot_privacy): nothing kept after the conversation, the quick
exit, and the browser's history, which the chat cannot wipe.
"""
import re

from veilig.text import fold

_CHAT = r"(dit|het|dat|ons|deze|mijn|m n|mn) (gesprek|chat|chatgesprek|bericht|berichten)"
_KEPT = r"(opgeslagen|bewaard|gelezen|doorgestuurd|gedeeld|bijgehouden|vastgelegd|geregistreerd)"
_ASKS = re.compile(
    rf"\b((wordt|worden|word|blijft|blijven) {_CHAT}\w* (\w+ ){{0,2}}{_KEPT}|"
    rf"(sla|slaan|slaat|bewaar|bewaren|bewaart|lees|lezen|leest) (jullie|je|jij|u) {_CHAT}\w*|"
    r"(kan|kun|kunnen|ziet|zien) (hij|zij|ze|iemand|anderen|de politie|mijn \w+|mn \w+|m n \w+) (\w+ ){0,4}"
    r"(zien|lezen|terugzien|terug zien|weten|merken) ((op|in|aan) (mijn|m n|mn|de) \w+ )?(dat|wat) ik (hier |met jou |met je |met jullie )?(heb )?"
    r"(gechat|getypt|geschreven|chat|typ|schrijf|gevraagd|vraag|verteld|vertel)|"
    # "kan hij zien dat ik deze chat heb gebruikt?"
    rf"(kan|kun|kunnen|ziet|zien) (hij|zij|ze|iemand|anderen|mijn \w+|mn \w+|m n \w+) (\w+ ){{0,2}}(zien|merken|weten) "
    rf"dat ik {_CHAT}\w* (heb )?(gebruikt|gebruik|open|geopend|gedaan)|"
    # "kan mijn man zien dat ik hier was?"
    r"(kan|kun|kunnen|ziet|zien) (hij|zij|ze|iemand|anderen|mijn \w+|mn \w+|m n \w+) (\w+ ){0,2}(zien|merken|weten) "
    r"dat ik hier (was|ben geweest|ben|zat)|"
    r"leest (er )?(iemand|een mens|een medewerker) mee|wie leest (dit|dat|mijn berichten|mee)|"
    # "kan hij deze chat zien?" (twenty-eighth session's probe got the Kindertelefoon's privacy)
    rf"(kan|kun|kunnen) (hij|zij|ze|iemand|anderen|mijn \w+|mn \w+|m n \w+) {_CHAT}\w* (\w+ ){{0,2}}"
    r"(zien|lezen|terugzien|terug zien|terugvinden|vinden)|"
    # "wat als mijn vader het ziet?", "en als hij dit leest": someone at home seeing this chat
    r"^(en )?(wat )?als (hij|zij|ze|iemand|mijn \w+|mn \w+|m n \w+) (dit|het|dat|deze chat|dit gesprek|mijn berichten) "
    r"(ziet|leest|terugziet)$|"
    # found or discovered: only this chat itself ("en als hij dat ontdekt?" after a question about
    # reporting anonymously is about the report)
    r"^(en )?(wat )?als (hij|zij|ze|iemand|mijn \w+|mn \w+|m n \w+) (dit|deze chat|dit gesprek|mijn berichten) "
    r"(vindt|ontdekt)$|"
    r"is (deze|dit|de) (chat|gesprek) (wel )?(anoniem|prive|veilig|geheim)|"
    # wiping the chat before someone sees it: "hoe wis ik deze chat zodat mijn man het niet ziet"
    rf"(wis|wissen|verwijder|verwijderen|delete|deleten) (ik |je )?{_CHAT}\w*|{_CHAT}\w* (\w+ )?(wissen|verwijderen|deleten))\b")


# A question about another service's records ("worden mijn berichten aan veilig thuis bewaard?").
_ANOTHER_SERVICE = re.compile(r"\b(veilig thuis|politie|kindertelefoon|huisarts|school|melding|dossier)\b")


def asks_whether_this_chat_is_kept(text: str) -> bool:
    folded = fold(text or "")
    return bool(_ASKS.search(folded)) and not _ANOTHER_SERVICE.search(folded)
