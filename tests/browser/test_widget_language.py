"""The language choice: labels from the gateway, lang/dir on the dialog, taal sent, numbers always there."""
import json
import os
import urllib.request
from pathlib import Path

import pytest

if os.environ.get("VV_REQUIRE_BROWSER") != "1":
    pytest.importorskip("playwright.sync_api", reason="run scripts/install_browser_deps.sh")

from tests.browser.helpers import (bot_texts, box, inside_viewport, notice_texts, open_demo, open_widget,  # noqa: E402
                                   overlaps, send, wait_count)

LANGUAGE_NAMES = ["Nederlands", "English", "Polski", "Română", "Български", "Türkçe", "العربية"]
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _labels(gateway, taal):
    with urllib.request.urlopen(f"{gateway.url}/api/widget-teksten/{taal}", timeout=5) as response:
        return json.load(response)["teksten"]


def _chat_requests(page):
    """The JSON bodies the widget posts to /api/chat, collected from now on."""
    bodies = []
    page.on("request", lambda r: bodies.append(json.loads(r.post_data))
            if r.url.endswith("/api/chat") and r.method == "POST" else None)
    return bodies


def _choose(page, taal):
    page.select_option("#vv-language", taal)
    page.wait_for_selector(f".vv-panel[lang='{taal}']", state="attached")


def _visible_labels(page):
    text = page.locator
    return {
        "title": text(".vv-title").inner_text(),
        "subtitle": text(".vv-subtitle").inner_text(),
        "robot": text(".vv-robot").inner_text(),
        "call112": text(".vv-header a[href='tel:112']").inner_text(),
        "callVT": text(".vv-header a[href='tel:08002000']").inner_text(),
        "quickExit": text(".vv-panel .vv-exit").inner_text(),
        "quickExitHint": text("#vv-exit-hint").text_content(),
        "historyLink": text(".vv-header .vv-link").inner_text(),
        "inputLabel": text("label[for='vv-input']").inner_text(),
        "inputHint": text("#vv-input-hint").inner_text(),
        "send": text(".vv-send").inner_text(),
        "launcher": text(".vv-launcher").text_content(),
        "close": page.get_attribute(".vv-close", "aria-label"),
        "dialogLabel": page.get_attribute(".vv-panel", "aria-label"),
    }


def _expected(labels, gemeente="Voorbeeld"):
    wanted = {key: labels[key] for key in ("title", "robot", "call112", "callVT", "quickExit", "quickExitHint",
                                           "historyLink", "inputLabel", "inputHint", "send", "launcher", "close",
                                           "dialogLabel")}
    wanted["subtitle"] = labels["subtitle"].replace("{gemeente}", gemeente)
    return wanted


def _axe_wcag21aa(page, axe_source):
    page.evaluate(Path(axe_source).read_text(encoding="utf-8") + "\n;0")
    return page.evaluate("""async (tags) => {
        const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact,
            nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}));
    }""", WCAG_21_AA)


def test_choosing_english_changes_labels_and_sends_taal(page, gateway):
    open_demo(page, gateway)
    bodies = _chat_requests(page)
    open_widget(page)
    # The choice has a visible label and every language in its own name.
    assert page.locator("label[for='vv-language']").is_visible()
    assert page.locator("#vv-language option").all_inner_texts() == LANGUAGE_NAMES
    assert page.input_value("#vv-language") == "nl"
    assert page.get_attribute(".vv-panel", "lang") == "nl"
    # The built-in Dutch labels are the same as the gateway's Dutch ones.
    assert _visible_labels(page) == _expected(_labels(gateway, "nl"))

    _choose(page, "en")
    english = _labels(gateway, "en")
    assert _visible_labels(page) == _expected(english)
    assert page.locator(".vv-header a[href='tel:112']").inner_text() == "Call 112 in danger"
    assert page.locator(".vv-subtitle").inner_text() == "Chat for residents of Voorbeeld"
    assert page.get_attribute(".vv-panel", "dir") == "ltr"
    assert page.inner_text("#vv-counter") == "0 of 1000 characters"
    assert english["welcome"] in bot_texts(page) and english["peopleAvailable"] in bot_texts(page)
    assert page.evaluate("sessionStorage.getItem('vv-widget:taal')") == "en"

    send(page, "hallo")
    assert bodies and bodies[-1]["taal"] == "en" and bodies[-1]["message"] == "hallo"
    assert page.get_attribute(".vv-panel", "lang") == "en"  # a short word keeps the chosen language
    page.fill("#vv-input", "langzaam")
    page.press("#vv-input", "Enter")
    page.wait_for_selector(".vv-typing:has-text('The chatbot is typing...')")
    wait_count(page, ".vv-msg--bot", 4)
    assert [b["taal"] for b in bodies] == ["en", "en"]

    send(page, "my number is 0612345678", wait_for_reply=False)
    warning = page.locator(".vv-warning")
    warning.wait_for(state="visible")
    assert english["privacyWarning"] in warning.inner_text()
    assert page.locator(".vv-warning button").all_inner_texts() == [english["sendAnyway"], english["edit"]]
    page.click(f"text={english['edit']}")

    # The choice lasts while the tab is open.
    page.reload()
    page.wait_for_selector(".vv-panel[lang='en']", state="visible")
    assert page.input_value("#vv-language") == "en"
    assert page.locator(".vv-send").inner_text() == "Send"

    # Back to Dutch: the built-in texts.
    _choose(page, "nl")
    assert _visible_labels(page) == _expected(_labels(gateway, "nl"))
    send(page, "hallo")
    assert bodies[-1]["taal"] == "nl"


def test_the_widget_follows_the_language_the_person_writes(page, gateway):
    open_demo(page, gateway)
    bodies = _chat_requests(page)
    open_widget(page)
    send(page, "my husband hits me, what can I do?")
    page.wait_for_selector(".vv-panel[lang='en']", state="attached")
    assert bodies[-1]["taal"] == "nl"  # sent before the switch
    assert page.input_value("#vv-language") == "en"
    assert page.locator(".vv-send").inner_text() == "Send"
    assert page.evaluate("sessionStorage.getItem('vv-widget:taal')") == "en"
    assert page.get_attribute(".vv-msg--user .vv-bubble", "lang") == "en"
    send(page, "Venlo")
    assert bodies[-1]["taal"] == "en"
    send(page, "Ik wil graag weten waar ik in mijn gemeente hulp kan krijgen voor mijn moeder")
    page.wait_for_selector(".vv-panel[lang='nl']", state="attached")
    assert page.locator(".vv-send").inner_text() == "Versturen"


def test_arabic_is_right_to_left_and_passes_axe(page, gateway, axe_source):
    open_demo(page, gateway)
    open_widget(page)
    _choose(page, "ar")
    assert page.get_attribute(".vv-panel", "dir") == "rtl"
    assert page.get_attribute(".vv-widget", "dir") == "rtl"
    assert page.get_attribute(".vv-panel", "role") == "dialog"
    assert page.evaluate("getComputedStyle(document.querySelector('.vv-panel')).direction") == "rtl"
    arabic = _labels(gateway, "ar")
    assert page.locator(".vv-send").inner_text() == arabic["send"]
    # The layout is mirrored and nothing overlaps: title on the right, close button on the left.
    title, close, exit_button = box(page, ".vv-title"), box(page, ".vv-close"), box(page, ".vv-panel .vv-exit")
    assert close["x"] < exit_button["x"] < title["x"]
    assert not overlaps(close, exit_button) and not overlaps(exit_button, title)
    send_box, input_box = box(page, ".vv-send"), box(page, "#vv-input")
    assert send_box["x"] < input_box["x"] and not overlaps(send_box, input_box)
    for selector in (".vv-send", "#vv-input", ".vv-panel .vv-exit", ".vv-close", "#vv-language",
                     ".vv-header a[href='tel:112']", ".vv-header a[href='tel:08002000']"):
        assert page.locator(selector).is_visible()
        assert inside_viewport(page, box(page, selector)), selector
    assert _axe_wcag21aa(page, axe_source) == []

    send(page, "زوجي يضربني، ماذا أفعل؟")
    last = page.locator(".vv-msg--bot .vv-bubble").last
    assert last.get_attribute("lang") == "ar" and last.get_attribute("dir") == "rtl"
    assert _axe_wcag21aa(page, axe_source) == []  # conversation
    send(page, "رقمي 0612345678", wait_for_reply=False)
    page.locator(".vv-warning").wait_for(state="visible")
    assert _axe_wcag21aa(page, axe_source) == []  # personal data warning
    page.click(f"text={arabic['edit']}")
    page.click(".vv-header .vv-link")
    page.locator(".vv-history").wait_for(state="visible")
    assert page.get_attribute(".vv-history-body", "lang") == "nl"  # the explanation is only in Dutch
    assert _axe_wcag21aa(page, axe_source) == []  # history help
    page.click(f"text={arabic['historyBack']}")

    # Closed: the launcher stays in the corner, quick exit next to it.
    page.click(".vv-close")
    launcher, launcher_exit = box(page, ".vv-launcher"), box(page, ".vv-launcher-bar .vv-exit")
    assert launcher_exit["x"] < launcher["x"] and not overlaps(launcher, launcher_exit)
    assert page.locator(".vv-launcher").inner_text() == arabic["launcher"]
    assert _axe_wcag21aa(page, axe_source) == []


@pytest.mark.parametrize("viewport", [{"width": 360, "height": 640}, {"width": 640, "height": 360}])
def test_arabic_fits_small_screens_and_zoom(context_factory, gateway, viewport):
    page = context_factory(viewport=viewport).new_page()
    open_demo(page, gateway)
    open_widget(page)
    _choose(page, "ar")
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    for selector in (".vv-send", "#vv-input", ".vv-panel .vv-exit", ".vv-close", "#vv-language",
                     ".vv-header a[href='tel:112']", ".vv-header a[href='tel:08002000']"):
        assert page.locator(selector).is_visible()
        assert inside_viewport(page, box(page, selector)), selector
    assert box(page, ".vv-messages")["height"] >= 60


def _numbers_visible(page):
    emergency = page.locator(".vv-header a[href='tel:112']")
    helpline = page.locator(".vv-header a[href='tel:08002000']")
    assert emergency.is_visible() and "112" in emergency.inner_text()
    assert helpline.is_visible() and "0800-2000" in helpline.inner_text()


def test_numbers_stay_after_switching_and_when_the_gateway_is_stopped(context_factory, own_gateway):
    page = context_factory().new_page()
    page.goto(own_gateway.url + "/")
    page.wait_for_selector(".vv-launcher", state="visible")
    open_widget(page)
    for taal in ("en", "pl", "ro", "bg", "tr", "ar", "nl", "pl"):
        _choose(page, taal)
        _numbers_visible(page)
    polish = page.locator(".vv-send").inner_text()

    own_gateway.stop()
    page.select_option("#vv-language", "tr")  # cannot be loaded now
    page.wait_for_timeout(500)
    assert page.get_attribute(".vv-panel", "lang") == "pl"  # the labels stay as they were
    assert page.locator(".vv-send").inner_text() == polish
    _numbers_visible(page)
    send(page, "merhaba, orada kimse var mı?")
    notice = notice_texts(page)[-1]
    assert "112" in notice and "0800-2000" in notice
    assert page.locator(".vv-msg--notice a[href='tel:112']").count() == 1
    assert page.locator(".vv-msg--notice a[href='tel:08002000']").count() == 1
    assert page.input_value("#vv-input") == "merhaba, orada kimse var mı?"
    _numbers_visible(page)


def test_dutch_labels_stay_when_the_gateway_is_down_before_the_choice(context_factory, own_gateway):
    page = context_factory().new_page()
    page.goto(own_gateway.url + "/")
    page.wait_for_selector(".vv-launcher", state="visible")
    own_gateway.stop()
    open_widget(page)
    page.select_option("#vv-language", "en")
    page.wait_for_timeout(500)
    assert page.get_attribute(".vv-panel", "lang") == "nl"
    assert page.locator(".vv-header a[href='tel:112']").inner_text() == "Bel 112 bij gevaar"
    assert page.locator(".vv-header a[href='tel:08002000']").inner_text() == "Veilig Thuis 0800-2000 (gratis, 24/7)"
    _numbers_visible(page)
    send(page, "hello, is anyone there?")
    notice = notice_texts(page)[-1]
    assert notice.startswith("Sorry, de chat werkt nu even niet") and "112" in notice and "0800-2000" in notice


def test_quick_exit_forgets_the_language(page, gateway, fake_rasa):
    open_demo(page, gateway)
    open_widget(page)
    _choose(page, "tr")
    assert page.evaluate("sessionStorage.getItem('vv-widget:taal')") == "tr"
    page.click(".vv-panel .vv-exit")
    page.wait_for_url(fake_rasa.url + "/neutraal")
    page.goto(gateway.url + "/")
    page.wait_for_selector(".vv-launcher", state="visible")
    assert page.evaluate("Object.keys(sessionStorage).filter(k => k.startsWith('vv-widget:'))") == []
    assert page.locator(".vv-launcher").inner_text() == "Chat over geweld thuis"
