#!/usr/bin/env python3
"""Checks a bilingual HTML edition (bitext export --as bilingual-html) in a real browser.

Usage: check_bilingual_html.py PAGE.html SCREENSHOT_DIR [--source-lang en] [--target-lang fa]
                               [--allow-untranslated]

Opens the page from file:// in headless Chromium (selenium 4, /usr/bin/chromedriver) at window
widths 1280 and 400 and asserts, from the live page:
  * every translated .target cell has lang=TARGET and computed direction rtl and text-align right,
    every .source cell lang=SOURCE, direction ltr, text-align left (an untranslated .target cell
    keeps the source's lang and direction, and is a failure unless --allow-untranslated);
  * no cell overflows its box (scrollWidth <= clientWidth + 1) or sticks out of the window, and the
    document does not scroll horizontally (documentElement.scrollWidth <= innerWidth; in an rtl
    document content overflowing to the right is unreachable rather than scrollable, hence the
    per-cell checks);
  * at 1280 each pair's two cells are side by side (same top), at 400 stacked (target below);
  * the browser console logged no SEVERE message.
Saves bilingual-1280.png and bilingual-400.png (full page) in SCREENSHOT_DIR.
Exits 0 when every check passes, 1 with the failures listed otherwise, 2 when the browser
cannot be started (what to install is printed).
"""
import argparse
import base64
import os
import shutil
import sys

INSTALL_HINT = ("install them with: apt-get install -y chromium chromium-driver && "
                "python3 -m pip install selenium")

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
except ImportError:
    print("check_bilingual_html: the Python package selenium is missing; " + INSTALL_HINT, file=sys.stderr)
    sys.exit(2)

CHROMEDRIVER = "/usr/bin/chromedriver"
WIDTHS = (1280, 400)
HEIGHT = 900

# Everything measured in one round trip: per pair, the two cells' attributes, computed style
# and geometry.
MEASURE = """
const cell = (element) => {
  if (!element) return null;
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return {
    className: element.className, lang: element.getAttribute('lang'), dir: element.getAttribute('dir'),
    direction: style.direction, textAlign: style.textAlign, fontFamily: style.fontFamily,
    top: box.top + window.scrollY, left: box.left, right: box.right, width: box.width,
    scrollWidth: element.scrollWidth, clientWidth: element.clientWidth,
    text: element.textContent.trim().slice(0, 60),
  };
};
return {
  innerWidth: window.innerWidth,
  scrollWidth: document.documentElement.scrollWidth,
  scrollHeight: document.documentElement.scrollHeight,
  pairs: Array.from(document.querySelectorAll('.pair')).map((pair) => ({
    className: pair.className,
    source: cell(pair.querySelector(':scope > .source')),
    target: cell(pair.querySelector(':scope > .target')),
  })),
};
"""


def start_browser():
    if not os.path.exists(CHROMEDRIVER):
        print(f"check_bilingual_html: {CHROMEDRIVER} is missing; " + INSTALL_HINT, file=sys.stderr)
        sys.exit(2)
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--hide-scrollbars", "--force-device-scale-factor=1", f"--window-size=1280,{HEIGHT}"):
        options.add_argument(argument)
    for binary in ("/usr/bin/chromium", "/usr/lib/chromium/chromium"):
        if os.path.exists(binary):
            options.binary_location = binary
            break
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    except Exception as error:  # selenium raises several kinds; all mean "no browser"
        print(f"check_bilingual_html: cannot start headless Chromium: {error}\n" + INSTALL_HINT, file=sys.stderr)
        sys.exit(2)


def screenshot(driver, path, width, height):
    """The whole page, beyond the viewport, through the DevTools protocol; the viewport if that fails."""
    try:
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
        })
        with open(path, "wb") as file:
            file.write(base64.b64decode(shot["data"]))
    except Exception:
        driver.save_screenshot(path)


def platform_fonts(driver, selector):
    """The fonts Chromium actually drew the first matching element's text with (informational)."""
    try:
        driver.execute_cdp_cmd("DOM.enable", {})
        driver.execute_cdp_cmd("CSS.enable", {})
        root = driver.execute_cdp_cmd("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        node = driver.execute_cdp_cmd("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        fonts = driver.execute_cdp_cmd("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        return ", ".join(f"{font['familyName']} ({font['glyphCount']} glyphs)" for font in fonts)
    except Exception as error:
        return f"unknown ({error.__class__.__name__})"


def check_width(driver, width, args, failures):
    driver.set_window_size(width, HEIGHT)
    driver.refresh()
    page = driver.execute_script(MEASURE)
    where = f"[{width}px]"
    pairs = page["pairs"]
    if not pairs:
        failures.append(f"{where} the page has no .pair rows")
        return page
    if page["scrollWidth"] > page["innerWidth"]:
        failures.append(f"{where} the document scrolls horizontally: scrollWidth {page['scrollWidth']} "
                        f"> innerWidth {page['innerWidth']}")
    untranslated = 0
    for index, pair in enumerate(pairs, 1):
        source, target = pair["source"], pair["target"]
        label = f"{where} pair {index} ({pair['className']})"
        if source is None or target is None:
            failures.append(f"{label}: missing {'.source' if source is None else '.target'} cell")
            continue
        expectations = [(".source", source, args.source_lang, "ltr", "left")]
        if "untranslated" in target["className"].split():
            untranslated += 1
            if not args.allow_untranslated:
                failures.append(f"{label}: target is untranslated: {target['text']!r}")
            expectations.append((".target.untranslated", target, args.source_lang, "ltr", "left"))
        else:
            expectations.append((".target", target, args.target_lang, "rtl", "right"))
        for name, values, lang, direction, align in expectations:
            if values["lang"] != lang:
                failures.append(f"{label}: {name} lang={values['lang']!r}, expected {lang!r}")
            if values["direction"] != direction:
                failures.append(f"{label}: {name} computed direction {values['direction']!r}, expected {direction!r}")
            if values["textAlign"] != align:
                failures.append(f"{label}: {name} computed text-align {values['textAlign']!r}, expected {align!r}")
            if values["scrollWidth"] > values["clientWidth"] + 1:
                failures.append(f"{label}: {name} overflows its box: scrollWidth {values['scrollWidth']} "
                                f"> clientWidth {values['clientWidth']} ({values['text']!r})")
            if values["left"] < -1 or values["right"] > page["innerWidth"] + 1:
                failures.append(f"{label}: {name} is not inside the window: left {values['left']:.0f}, "
                                f"right {values['right']:.0f}, window width {page['innerWidth']}")
        if width >= 1000 and abs(target["top"] - source["top"]) > 1:
            failures.append(f"{label}: not side by side: source top {source['top']:.1f}, target top {target['top']:.1f}")
        if width < 700 and not target["top"] > source["top"]:
            failures.append(f"{label}: not stacked: source top {source['top']:.1f}, target top {target['top']:.1f}")
    print(f"{where} innerWidth {page['innerWidth']}, document {page['scrollWidth']}x{page['scrollHeight']}, "
          f"{len(pairs)} pairs ({untranslated} untranslated); first pair: source at "
          f"({pairs[0]['source']['left']:.0f}, {pairs[0]['source']['top']:.0f}) w {pairs[0]['source']['width']:.0f}, "
          f"target at ({pairs[0]['target']['left']:.0f}, {pairs[0]['target']['top']:.0f}) w {pairs[0]['target']['width']:.0f}; "
          f"target text-align {pairs[0]['target']['textAlign']!r}, direction {pairs[0]['target']['direction']!r}")
    return page


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("page")
    parser.add_argument("screenshots")
    parser.add_argument("--source-lang", default="en")
    parser.add_argument("--target-lang", default="fa")
    parser.add_argument("--allow-untranslated", action="store_true")
    args = parser.parse_args()
    page_path = os.path.abspath(args.page)
    if not os.path.isfile(page_path):
        print(f"check_bilingual_html: no such file: {page_path}", file=sys.stderr)
        return 2
    os.makedirs(args.screenshots, exist_ok=True)

    failures = []
    driver = start_browser()
    try:
        print(f"browser: {driver.capabilities.get('browserName')} {driver.capabilities.get('browserVersion')}")
        driver.get("file://" + page_path)
        for width in WIDTHS:
            page = check_width(driver, width, args, failures)
            if width == WIDTHS[0]:
                print(f"fonts drawing the first Persian cell: {platform_fonts(driver, '.target:not(.untranslated)')}")
            path = os.path.join(args.screenshots, f"bilingual-{width}.png")
            screenshot(driver, path, page["innerWidth"], page["scrollHeight"])
            print(f"screenshot: {path}")
        # The page is loaded once per width, so the same message may come more than once.
        for entry in driver.get_log("browser"):
            if entry.get("level") == "SEVERE":
                message = f"browser console: {entry.get('message')}"
                if message not in failures:
                    failures.append(message)
            else:
                print(f"browser console ({entry.get('level')}): {entry.get('message')}")
    finally:
        driver.quit()

    if failures:
        print(f"FAIL: {len(failures)} problem(s) in {page_path}:", file=sys.stderr)
        for failure in failures[:100]:
            print("  " + failure, file=sys.stderr)
        if len(failures) > 100:
            print(f"  ... and {len(failures) - 100} more", file=sys.stderr)
        return 1
    print(f"OK: {page_path} passes every check at widths {', '.join(map(str, WIDTHS))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
