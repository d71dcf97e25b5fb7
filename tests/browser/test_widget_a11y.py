"""Accessibility: axe-core, small screens, 200% zoom, reduced motion, and the docs screenshot."""
from pathlib import Path

import os

import pytest

if os.environ.get("VV_REQUIRE_BROWSER") != "1":
    pytest.importorskip("playwright.sync_api", reason="run scripts/install_browser_deps.sh")

from tests.browser.helpers import box, inside_viewport, open_demo, open_widget, overlaps, send, wait_count  # noqa: E402

# Screenshots of each run go to results/; docs/demo.png is the committed copy for the docs.
DOCS = Path(__file__).resolve().parents[2] / "results" / "screenshots"


def _axe(page, axe_source):
    # The page's CSP allows no inline scripts, so axe goes in through the DevTools protocol.
    page.evaluate(Path(axe_source).read_text(encoding="utf-8") + "\n;0")
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact,
            nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}));
    }""")
    return [v for v in result if v["impact"] in ("serious", "critical")]


def test_axe_no_serious_violations(page, gateway, axe_source):
    open_demo(page, gateway)
    assert _axe(page, axe_source) == []  # launcher only
    open_widget(page)
    send(page, "hallo")
    assert _axe(page, axe_source) == []  # conversation with quick replies
    send(page, "mijn nummer is 0612345678", wait_for_reply=False)
    page.locator(".vv-warning").wait_for(state="visible")
    assert _axe(page, axe_source) == []  # personal data warning
    page.click("text=Aanpassen")
    page.click("text=Zo wis je je geschiedenis")
    assert _axe(page, axe_source) == []  # history help


def _check_controls(page):
    send_box, exit_box, input_box, close_box = (box(page, s) for s in
                                                (".vv-send", ".vv-panel .vv-exit", "#vv-input", ".vv-close"))
    for b in (send_box, exit_box, input_box, close_box):
        assert b and b["width"] > 20 and b["height"] > 20
        assert inside_viewport(page, b), b
    assert not overlaps(send_box, exit_box)
    assert not overlaps(exit_box, close_box)
    assert not overlaps(send_box, input_box)
    for selector in (".vv-send", ".vv-panel .vv-exit", ".vv-header a[href='tel:112']",
                     ".vv-header a[href='tel:08002000']"):
        assert page.locator(selector).is_visible()
        b = box(page, selector)
        assert inside_viewport(page, b), (selector, b)


def test_small_screen_360px(context_factory, gateway):
    page = context_factory(viewport={"width": 360, "height": 640}, is_mobile=True, has_touch=True,
                           device_scale_factor=2).new_page()
    open_demo(page, gateway)
    launcher, exit_button = box(page, ".vv-launcher"), box(page, ".vv-launcher-bar .vv-exit")
    assert inside_viewport(page, launcher) and inside_viewport(page, exit_button)
    assert not overlaps(launcher, exit_button)
    open_widget(page)
    panel = box(page, ".vv-panel")
    assert panel["width"] == pytest.approx(360, abs=1)  # full width
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    send(page, "hallo")
    _check_controls(page)
    DOCS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(DOCS / "demo-360.png"))


def test_zoom_200_percent(context_factory, gateway):
    # A 1280x720 screen at 200% zoom: the page gets 640x360 CSS pixels at twice the density.
    page = context_factory(viewport={"width": 640, "height": 360}, device_scale_factor=2).new_page()
    open_demo(page, gateway)
    open_widget(page)
    send(page, "hallo")
    _check_controls(page)
    assert box(page, ".vv-messages")["height"] >= 60  # there is still room to read
    assert page.evaluate("getComputedStyle(document.querySelector('.vv-bubble')).fontSize") == "16px"


def test_reduced_motion(page, gateway):
    page.emulate_media(reduced_motion="reduce")
    open_demo(page, gateway)
    open_widget(page)
    page.fill("#vv-input", "langzaam")
    page.press("#vv-input", "Enter")
    page.wait_for_selector(".vv-typing:has-text('De chatbot typt...')")
    name = page.evaluate("getComputedStyle(document.querySelector('.vv-typing'), '::after').animationName")
    assert name == "none"
    wait_count(page, ".vv-msg--bot", 3)


def test_screenshot_for_docs(context_factory, gateway):
    page = context_factory(viewport={"width": 1280, "height": 800}).new_page()
    open_demo(page, gateway)
    open_widget(page)
    send(page, "hallo")
    page.click("text=Hulp in mijn gemeente")
    wait_count(page, ".vv-msg--bot", 4)
    send(page, "Voorbeeld")
    page.locator(".vv-reply").first.wait_for()
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.mouse.move(0, 0)
    DOCS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(DOCS / "demo.png"))
    assert (DOCS / "demo.png").stat().st_size > 10000
