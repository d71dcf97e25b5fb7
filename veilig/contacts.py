"""Phone numbers and services: knowledge/contacten.yml is the single source."""
import re
from typing import Dict

from veilig.yamlfiles import load_knowledge_yaml

PLACEHOLDER = re.compile(r"\{tel:([a-z0-9_]+)\}")
# Something that looks like a Dutch phone number typed by hand (for the editors' check).
PHONE_LIKE = re.compile(r"(?<![\w{:])(0[0-9]{2,3}[- ]?[0-9]{2,4}[- ]?[0-9]{2,4}|\b112\b|\b14 ?0[0-9]{2,3}\b)")


def contacts() -> Dict[str, dict]:
    return load_knowledge_yaml("contacten.yml")


def phone(key: str) -> str:
    return str(contacts()[key]["telefoon"])


def render(text: str) -> str:
    """Replace {tel:key} by the number from contacten.yml; unknown keys raise KeyError."""
    table = contacts()
    return PLACEHOLDER.sub(lambda m: str(table[m.group(1)]["telefoon"]), text)
