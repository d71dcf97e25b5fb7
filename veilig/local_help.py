"""Which local-help answer a place name gets, and the fields to fill in, in any language."""
from typing import Dict, List, Tuple

from veilig.contacts import phone
from veilig.regions import find_municipality, find_other_municipality
from veilig.routes import route_messages


def local_help_route(place_text: str, phone_label: str = "", website_label: str = "") -> Tuple[str, Dict[str, str], bool]:
    """(route name, fields, whether the team's contact is missing) for the place typed."""
    municipality = find_municipality(place_text)
    if municipality:
        team = municipality.local_team
        parts = []
        if team.get("telefoon"):
            parts.append(f"{phone_label}{phone(team['telefoon'])}.")
        if team.get("website"):
            parts.append(f"{website_label}{team['website']}")
        fields = {"gemeente": municipality.name, "lokaal_team": team.get("naam") or "het lokale (wijk)team",
                  "lokaal_contact": " ".join(parts), "veilig_thuis_organisatie": municipality.veilig_thuis}
        return "lokaal", fields, not parts
    other = find_other_municipality(place_text)
    if other:
        return "lokaal_buiten_regio", {"gemeente": other}, False
    return "lokaal_niet_herkend", {}, False


def local_help_messages(place_text: str) -> List[Dict]:
    """The local team of the place (or that none is known) and the region's Veilig Thuis."""
    route, fields, no_contact = local_help_route(place_text, "Telefoon: ", "Website: ")
    messages = route_messages(route, **fields)
    if no_contact:
        messages += route_messages("lokaal_onbekend_contact", gemeente=fields["gemeente"])
    return messages
