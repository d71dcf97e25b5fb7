"""Small actions on the widget, shared by the browser tests."""
WIDGET_KEYS_JS = "Object.keys(sessionStorage).filter(k => k.startsWith('vv-widget:'))"


def open_demo(page, gateway):
    page.goto(gateway.url + "/")
    page.wait_for_selector(".vv-launcher", state="visible")


def open_widget(page):
    page.click(".vv-launcher")
    page.wait_for_selector(".vv-panel", state="visible")


_TEXTS_JS = """sel => [...document.querySelectorAll(sel)].map(b => [...b.childNodes]
    .filter(n => !(n.classList && n.classList.contains('vv-sr-only'))).map(n => n.textContent).join(''))"""


def bot_texts(page):
    """Texts of the bot bubbles, without the screen-reader prefix."""
    return page.evaluate(_TEXTS_JS, ".vv-msg--bot .vv-bubble")


def user_texts(page):
    return page.evaluate(_TEXTS_JS, ".vv-msg--user .vv-bubble")


def notice_texts(page):
    return page.evaluate(_TEXTS_JS, ".vv-msg--notice .vv-bubble")


def send(page, text, wait_for_reply=True):
    """Types text and presses Enter; waits until the bot (or a notice) answered."""
    before = page.locator(".vv-msg--bot, .vv-msg--notice").count()
    page.fill("#vv-input", text)
    page.press("#vv-input", "Enter")
    if wait_for_reply:
        wait_count(page, ".vv-msg--bot, .vv-msg--notice", before + 1)


def wait_count(page, selector, at_least):
    """Waits until at least this many elements match (no wait_for_function: the page's CSP forbids eval)."""
    page.locator(selector).nth(at_least - 1).wait_for(state="attached")


def box(page, selector):
    return page.locator(selector).bounding_box()


def overlaps(a, b):
    return not (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
                or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])


def inside_viewport(page, b):
    size = page.viewport_size
    return b["x"] >= 0 and b["y"] >= 0 and b["x"] + b["width"] <= size["width"] + 0.5 \
        and b["y"] + b["height"] <= size["height"] + 0.5
