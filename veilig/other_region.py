"""An answer from another region's policy document, given on a municipality's website elsewhere.

Regional entries cite one of the four regional documents ("In Noord Oost Gelderland werken
professionals volgens het stappenplan ..."). A professional in Tilburg who got that answer was told
another region's way of working as if it were theirs (twenty-fourth session's probe). The answer
stays (its facts are right for that region, and often the best we have), with a line that it comes
from that region and that their own may arrange it differently (knowledge/routes.yml,
'andere_regio')."""
import re
from typing import Dict, Optional, Tuple

from veilig.regions import find_municipality
from veilig.text import fold
from veilig.yamlfiles import load_knowledge_yaml


def _slug(name: str) -> str:
    return re.sub(r"[\s-]+", "-", fold(name or "")).strip("-")


def _document_region(entry: Dict) -> Optional[str]:
    source = entry.get("source")
    if isinstance(source, str):  # the index keeps it as text
        found = re.search(r"'document': '([^']+)'", source)
        document = found.group(1) if found else None
    else:
        document = (source or {}).get("document")
    documents = load_knowledge_yaml("bronnen.yml") or {}
    return (documents.get(document) or {}).get("regio") if document else None


def other_region(entry: Dict, municipality: Optional[str]) -> Optional[Tuple[str, str]]:
    """(the entry's region, the municipality's) when the entry comes from another region's document
    than the one of the municipality the chat runs for; None when the same, national or unknown."""
    found = find_municipality(municipality) if municipality else None
    documents_region = _document_region(entry)
    if not found or not documents_region:
        return None
    own = found.region.get("aanpak") or ""
    if _slug(own) == documents_region:
        return None
    names: Dict[str, str] = {_slug(region.get("aanpak") or ""): str(region.get("aanpak")) for region in
                             (load_knowledge_yaml("regios.yml") or {}).values() if isinstance(region, dict)}
    return names.get(documents_region, documents_region), str(own)
