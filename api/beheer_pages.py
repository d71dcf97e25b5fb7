"""The HTML of /beheer, rendered on the server: no script, a chart as inline SVG, every value
escaped. Dutch, for the municipality's editors and policy staff."""
from html import escape
from typing import Dict, Iterable, List, Sequence

from api.insight import KINDS, SMALL, shown

KIND_LABELS = {
    "gesprek": "Gesprekken", "bericht": "Berichten", "route:112": "112 gegeven", "route:veilig_thuis": "Veilig Thuis gegeven",
    "route:lokaal_team": "Lokaal team gegeven", "route:kindertelefoon": "Kindertelefoon gegeven", "route:csg": "CSG gegeven",
    "kennis:antwoord": "Kennisantwoord", "kennis:keuzes": "Keuzes aangeboden", "kennis:geen": "Geen antwoord",
    "noodantwoord": "Noodantwoord (bot niet bereikbaar)", "snel_weg": "Snel weg gebruikt",
}
CHART_KINDS = ("gesprek", "route:veilig_thuis", "route:lokaal_team")


def page(title: str, body: str, csrf: str = "") -> str:
    logout = (f'<form method="post" action="/beheer/uitloggen" class="uit"><input type="hidden" name="csrf" value="{escape(csrf)}">'
              '<button type="submit">Uitloggen</button></form>') if csrf else ""
    nav = ('<nav><a href="/beheer">Overzicht</a> <a href="/beheer/kennis">Kennis testen en bewerken</a> '
           '<a href="/beheer/controle">Controle</a> <a href="/beheer/wijzigingen">Wijzigingen</a></nav>') if csrf else ""
    return (f'<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>{escape(title)} - Veilig Verder beheer</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/static/beheer.css">'
            f'</head><body><header><h1>Veilig Verder beheer</h1>{nav}{logout}</header><main><h2>{escape(title)}</h2>{body}</main></body></html>')


def login(message: str = "") -> str:
    note = f'<p class="fout" role="alert">{escape(message)}</p>' if message else ""
    return page("Inloggen", f'''{note}<form method="post" action="/beheer/inloggen">
<label for="token">Beheersleutel</label><input id="token" name="token" type="password" autocomplete="current-password" required>
<button type="submit">Inloggen</button></form>
<p>Hier ziet u alleen tellingen: geen berichten, geen gesprekken, geen namen.</p>''')


def _bar_chart(weeks: Sequence[str], series: Dict[str, Dict[str, int]]) -> str:
    """Grouped bars per week, as inline SVG (no script, no chart library)."""
    if not weeks:
        return '<p>Nog geen tellingen.</p>'
    top = max([SMALL] + [v for values in series.values() for v in values.values()])
    width, height, group = 60 * len(weeks) + 40, 180, 60
    bars = []
    for w, week in enumerate(weeks):
        for k, kind in enumerate(CHART_KINDS):
            value = series.get(kind, {}).get(week, 0)
            # A count below 10 is a token mark, not a height that would give the number away.
            h = 2 if 0 < value < SMALL else int(140 * value / top)
            x = 30 + w * group + k * 16
            bars.append(f'<rect class="s{k}" x="{x}" y="{150 - h}" width="14" height="{h}"><title>{escape(KIND_LABELS[kind])}, '
                        f'{escape(week)}: {escape(shown(value))}</title></rect>')
        bars.append(f'<text x="{30 + w * group}" y="170">{escape(week[5:])}</text>')
    legend = "".join(f'<li class="s{k}">{escape(KIND_LABELS[kind])}</li>' for k, kind in enumerate(CHART_KINDS))
    return (f'<svg role="img" aria-label="Tellingen per week" viewBox="0 0 {width} {height}" width="{width}" height="{height}">'
            f'{"".join(bars)}</svg><ul class="legenda">{legend}</ul>')


def _gap_words(words: Sequence[Dict]) -> str:
    if not words:
        return "<p>Nog geen woorden: een woord verschijnt pas als het in minstens 5 verschillende gesprekken voorkwam.</p>"
    rows = "".join(f'<tr><td>{escape(w["week"])}</td><td>{escape(w["woord"])}</td><td>{w["gesprekken"]}</td></tr>' for w in words)
    return (f'<table><caption>Woorden in vragen zonder antwoord (alle gemeenten)</caption><thead><tr><th>week</th>'
            f'<th>woord</th><th>gesprekken</th></tr></thead><tbody>{rows}</tbody></table>')


def dashboard(rows: List[Dict], municipalities: Dict[str, str], chosen: str, csrf: str,
              gap_words: Sequence[Dict] = ()) -> str:
    chosen_rows = [r for r in rows if not chosen or r["gemeente"] == chosen]
    weeks = sorted({r["week"] for r in chosen_rows})
    totals: Dict[str, Dict[str, int]] = {}
    for r in chosen_rows:
        totals.setdefault(r["soort"], {}).setdefault(r["week"], 0)
        totals[r["soort"]][r["week"]] += r["aantal"]
    options = "".join(f'<option value="{escape(key)}"{" selected" if key == chosen else ""}>{escape(name)}</option>'
                      for key, name in sorted(municipalities.items(), key=lambda p: p[1]))
    head = "".join(f"<th scope=\"col\">{escape(w)}</th>" for w in weeks)
    body = "".join(f'<tr><th scope="row">{escape(KIND_LABELS[kind])}</th>'
                   + "".join(f"<td>{escape(shown(totals.get(kind, {}).get(w, 0)))}</td>" for w in weeks) + "</tr>"
                   for kind in KINDS)
    return page("Overzicht", f'''<form method="get" action="/beheer" class="kies"><label for="gemeente">Gemeente</label>
<select id="gemeente" name="gemeente"><option value="">Alle gemeenten</option>{options}</select><button type="submit">Toon</button></form>
{_bar_chart(weeks, totals)}
<table><caption>Tellingen per week (aantallen onder 10 als "&lt; 10")</caption><thead><tr><th scope="col">Wat</th>{head}</tr></thead>
<tbody>{body}</tbody></table>
<p><a href="/beheer/export.csv{'?gemeente=' + escape(chosen) if chosen else ''}">Download als CSV</a></p>
<h3>Kennisgaten</h3>{_gap_words(gap_words)}
<p>Alleen losse woorden uit het Nederlandse woordenboek, na het weghalen van namen, plaatsen, adressen en nummers;
een woord staat er pas als het uit minstens 5 verschillende gesprekken kwam. Berichten worden nooit bewaard.</p>
<p>Er wordt niets bewaard wat iemand schreef: alleen deze tellingen per dag, gemeente en taal.</p>''', csrf)


def workbench(question: str, hits: Iterable[Dict], answer: List[Dict], csrf: str) -> str:
    rows = "".join(
        f'<tr><td>{escape(h["id"])}</td><td>{escape(h["title"])}</td><td>{h["score"]:.3f}</td><td>{h["coverage"]:.2f}</td>'
        f'<td>{"ja" if h["confident"] else "nee"}</td><td><a href="/beheer/kennis/{escape(h["id"])}">bewerken</a></td></tr>'
        for h in hits)
    table = (f'<table><caption>Gevonden items, best eerst</caption><thead><tr><th>id</th><th>titel</th><th>score</th>'
             f'<th>dekking</th><th>zeker</th><th></th></tr></thead><tbody>{rows}</tbody></table>') if rows else ""
    shown_answer = "".join(f'<div class="antwoord">{escape(m["text"])}'
                           + "".join(f'<span class="knop">{escape(b["title"])}</span>' for b in m.get("buttons") or [])
                           + "</div>" for m in answer)
    answer_block = f"<h3>Zo antwoordt de bot uit de kennisbank</h3>{shown_answer}" if question else ""
    return page("Kennis testen en bewerken", f'''<form method="get" action="/beheer/kennis"><label for="vraag">Vraag</label>
<input id="vraag" name="vraag" value="{escape(question)}" maxlength="500"><button type="submit">Zoek</button></form>
{table}{answer_block}''', csrf)


def edit_form(entry_id: str, title: str, short: str, synonyms: List[str], csrf: str, message: str = "",
              problems: Sequence[str] = (), preview: str = "") -> str:
    note = f'<p class="{"fout" if problems else "melding"}" role="status">{escape(message)}</p>' if message else ""
    problem_list = "".join(f"<li>{escape(p)}</li>" for p in problems)
    preview_block = f'<h3>Voorbeeld</h3><div class="antwoord">{escape(preview)}</div>' if preview else ""
    return page(f"Bewerken: {title}", f'''{note}{f"<ul class=fout>{problem_list}</ul>" if problem_list else ""}
<form method="post" action="/beheer/kennis/{escape(entry_id)}"><input type="hidden" name="csrf" value="{escape(csrf)}">
<label for="kort">Kort antwoord (B1, telefoonnummers als {{tel:veilig_thuis}})</label>
<textarea id="kort" name="kort" rows="8" maxlength="2000" required>{escape(short)}</textarea>
<label for="synoniemen">Synoniemen (een per regel)</label>
<textarea id="synoniemen" name="synoniemen" rows="8">{escape(chr(10).join(synonyms))}</textarea>
<button type="submit" name="actie" value="voorbeeld">Voorbeeld</button>
<button type="submit" name="actie" value="opslaan">Controleren en opslaan</button></form>{preview_block}''', csrf)


def problems_page(problems: Sequence[str], missing_teams: Sequence[str], csrf: str) -> str:
    items = "".join(f"<li>{escape(p)}</li>" for p in problems) or "<li>Geen problemen gevonden.</li>"
    teams = ", ".join(escape(t) for t in missing_teams) or "geen"
    return page("Controle van de kennisbank", f"<ul>{items}</ul><p>Gemeenten zonder lokaal team: {teams}</p>", csrf)


def changes_page(changes: Sequence[Dict[str, str]], csrf: str) -> str:
    rows = "".join(f'<tr><td>{escape(c["wanneer"])}</td><td>{escape(c["item"])}</td><td>{escape(c["door"])}</td></tr>'
                   for c in changes)
    return page("Wijzigingen", f'<table><thead><tr><th>wanneer</th><th>item</th><th>door</th></tr></thead><tbody>{rows}</tbody></table>', csrf)
