"""Is an unclear message about violence or worry? Then the fallback still gives 0800-2000."""
import re

from veilig.text import fold

_WORRY = re.compile(
    r"\b(geweld\w*|sla\w*|geslagen|schop\w*|mishandel\w*|bang|angst\w*|zorgen|zorg|onveilig\w*|"
    r"veilig\w*|misbruik\w*|dreig\w*|bedreig\w*|schreeuw\w*|scheld\w*|uitgescholden|pijn|"
    r"blauwe plek\w*|blauw|verwaarloos\w*|ruzie|agressie\w*|agressief|boos|woede|controle\w*|"
    r"controleert|stalk\w*|opvang|weglopen|weg van huis|thuis|huiselijk|kindermishandeling|"
    r"verkracht\w*|aangerand|aanranding|seks\w*|loverboy\w*|uitbuit\w*|eer|dwang|gedwongen|"
    r"melden|melding|veilig thuis|politie|hulp|help|huilen|huilt|verdriet\w*)\b"
)


def is_about_violence_or_worry(text: str) -> bool:
    return bool(_WORRY.search(fold(text)))
