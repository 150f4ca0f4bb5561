#!/usr/bin/env python3
"""The room end to end in a real headless browser (issue 13), run by scripts/test.

`noaber serve` runs Tests/browser/zaal.xml on loopback. Three participants join in separate browser sessions and
answer the ranking and the Likert step; meanwhile the griffier types a fourth participant's answers at the console
(the serve process's stdin). The facilitator shows the results from the facilitator page, and the projector shows
the aggregated result through its server-sent events. Every other werkvorm's page is opened too. axe-core reports
0 violations at WCAG 2.1 AA (tags wcag2a, wcag2aa, wcag21a, wcag21aa) on the join page, every werkvorm page, the
projector and the facilitator page. At the end a participant's personal report downloads and passes
../shared/tools/odf-check.

Needs Debian's chromium and chromium-driver (scripts/bootstrap) and the PyPI packages selenium and
axe-selenium-python, with selenium-axe-python beside it (installed here when missing). Every page is checked by
both: axe-selenium-python's newest release (2.1.6) bundles axe-core 3.1.1 of 2018, which predates most of axe's
WCAG 2.1 rules, so selenium-axe-python's axe-core 4.9 runs as well; a violation from either fails the test.

    python3 Tests/browser/room_e2e.py [--binary .build/debug/noaber]
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def ensure_packages():
    missing = []
    for module, package in (("selenium", "selenium"), ("axe_selenium_python", "axe-selenium-python"),
                            ("selenium_axe_python", "selenium-axe-python==2.2.0")):
        try:
            __import__(module)
        except ImportError:
            missing.append(package)
    if missing:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", *missing], check=True)


ensure_packages()
from axe_selenium_python import Axe as AxeCore3  # noqa: E402
from selenium_axe_python import Axe as AxeCore4  # noqa: E402
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class Server:
    """`noaber serve` with its console on a pipe; every console line it prints is collected."""

    def __init__(self, binary, folder):
        self.process = subprocess.Popen(
            [binary, "serve", os.path.join(HERE, "zaal.xml"), "--store", os.path.join(folder, "noaber.sqlite"),
             "--port", "0", "--session-id", "e2e", "--export-to", os.path.join(folder, "export")],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
        self.lines, self.cursor, self.lock = [], 0, threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()
        base = self.wait_for(r"deelnemers:\s+(http://\S+)/\?code=(\S+)")
        self.base, self.code = base.group(1), base.group(2)
        self.secret = self.wait_for(r"gespreksleider:\s+http://\S+/leiding/(\S+)").group(1)

    def _read(self):
        for line in self.process.stdout:
            with self.lock:
                self.lines.append(line.rstrip("\n"))
                self.lock.notify_all()

    def wait_for(self, pattern, timeout=30):
        deadline = time.time() + timeout
        with self.lock:
            while True:
                for index in range(self.cursor, len(self.lines)):
                    if match := re.search(pattern, self.lines[index]):
                        self.cursor = index + 1
                        return match
                left = deadline - time.time()
                if left <= 0 or self.process.poll() is not None:
                    raise Failure(f"serve printed no line matching {pattern!r}:\n" + "\n".join(self.lines[-20:]))
                self.lock.wait(left)

    def console(self, command, expect=r"^ok"):
        """Types a command at the griffier's console and waits for its `ok` line."""
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.wait_for(expect)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
                raise Failure("serve did not stop within 15 s of SIGTERM")


def browser(width=1280, height=900):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={width},{height}", "--lang=nl"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                              options=options)
    driver.implicitly_wait(0)
    return driver


class Accessibility:
    """Runs axe-core on pages and collects every violation with the page it was on."""

    def __init__(self):
        self.checked, self.violations = [], []

    def self_test(self, driver):
        """axe must see a planted violation (an image without alt text), or a clean result would prove nothing."""
        driver.execute_script("var i = document.createElement('img'); i.src = 'x.png'; i.id = 'geplant';"
                              "document.body.appendChild(i);")
        before = len(self.violations)
        self.check(driver, "zelftest")
        planted = [v for v in self.violations[before:] if "image-alt" in v and "geplant" in v]
        versions = {re.search(r"axe-core ([0-9.]+)", v).group(1) for v in planted}
        check(len(versions) == 2, f"not every axe-core reported a planted image without alt text (only {versions})")
        del self.violations[before:]
        self.checked.pop()
        driver.refresh()

    def check(self, driver, name):
        self.checked.append(name)
        # Each package injects its own axe-core as window.axe; run them one after the other on the same page.
        for axe_class in (AxeCore3, AxeCore4):
            axe_class(driver).inject()
            version = driver.execute_script("return axe.version;")
            # axe-core 3.1 has no WCAG 2.1 tags yet (asking for them is an error) and ignores resultTypes.
            tags = AXE_TAGS if not version.startswith("3.") else [t for t in AXE_TAGS if not t.startswith("wcag21")]
            options = json.dumps({"runOnly": {"type": "tag", "values": tags}, "resultTypes": ["violations"]})
            results = driver.execute_async_script(
                "var done = arguments[arguments.length - 1];"
                f"axe.run(document, {options}).then(done, function (e) {{ done({{error: String(e)}}); }});")
            check("error" not in results, f"axe-core {version} failed on {name}: {results.get('error')}")
            for violation in results["violations"]:
                targets = "; ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
                self.violations.append(
                    f"{name} (axe-core {version}): {violation['id']} ({violation['impact']}): {violation['help']}"
                    f" [{targets}]")


def check_reflow(driver, name):
    """WCAG 1.4.10: no horizontal scrolling at 320 CSS px (a 360 px phone; 1280 px at 400 % zoom, 640 at 200 %)."""
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
    check(overflow <= 1, f"{name} scrolls sideways by {overflow} px at {driver.execute_script('return innerWidth')} px")


def wait_until(driver, condition, message, timeout=10):
    try:
        WebDriverWait(driver, timeout, poll_frequency=0.1).until(lambda d: condition(d))
    except Exception as error:
        raise Failure(f"{message} (within {timeout} s)") from error


def join(driver, server, name, axe=None):
    driver.get(f"{server.base}/?code={server.code}")
    if axe:
        axe.check(driver, "aanmelden")
    driver.find_element(By.ID, "naam").send_keys(name)
    driver.find_element(By.CSS_SELECTOR, "form[action='/aanmelden'] button[type=submit]").click()
    wait_until(driver, lambda d: d.current_url.endswith("/stap") or "/stap#" in d.current_url, f"{name} did not join")


def answer_ranking(driver, order):
    driver.get(driver.current_url.split("#")[0])
    for place, item in enumerate(order, start=1):
        Select(driver.find_element(By.NAME, f"plaats_{item}")).select_by_value(str(place))
    driver.find_element(By.CSS_SELECTOR, "form[action='/stap/waarden'] button[type=submit]").click()
    wait_until(driver, lambda d: "eigen" in d.current_url and "Uw inbreng" in d.page_source, "ranking not stored")


def answer_likert(driver, answers):
    driver.get(driver.current_url.split("#")[0])
    for statement, value in answers.items():
        field = driver.find_element(By.CSS_SELECTOR, f"input[type=radio][name$='{statement}'][value='{value}']")
        driver.execute_script("arguments[0].click();", field)
    driver.find_element(By.CSS_SELECTOR, "form[action='/stap/stellingen'] button[type=submit]").click()
    wait_until(driver, lambda d: "eigen" in d.current_url and "Uw inbreng" in d.page_source, "answers not stored")


def facilitator_action(driver, server, action, step):
    driver.get(f"{server.base}/leiding/{server.secret}")
    driver.find_element(
        By.XPATH, f"//form[substring(@action, string-length(@action) - {len(action)})='/{action}']"
        f"[input[@name='stap' and @value='{step}']]//button").click()
    wait_until(driver, lambda d: "gedaan=" in d.current_url, f"facilitator action {action} {step} failed")


def projector_text(driver):
    return driver.find_element(By.ID, "scherm").text


def run(binary, folder, odf_check, shots=None):
    axe = Accessibility()
    server = Server(binary, folder)
    drivers = []
    try:
        leader = browser()
        drivers.append(leader)
        leader.get(f"{server.base}/leiding/{server.secret}")
        axe.self_test(leader)
        axe.check(leader, "gespreksleider")
        leader.execute_script("window.open('about:blank', 'scherm')")
        main_window = leader.current_window_handle
        leader.switch_to.window("scherm")
        leader.get(f"{server.base}/leiding/{server.secret}/scherm")
        axe.check(leader, "scherm (welkom)")
        check(server.code in projector_text(leader), "the projector does not show the join code")
        qr = urllib.request.urlopen(f"{server.base}/leiding/{server.secret}/scherm/qr.svg").read().decode()
        check(qr.startswith("<svg") and "<path" in qr, "the QR code is no SVG")
        leader.switch_to.window(main_window)

        people = []
        # The third participant has a 360 px wide phone.
        for number, name in enumerate(("Anna de Vries", "Bram Jansen", "Chantal Bakker"), start=1):
            driver = browser(360, 740) if number == 3 else browser()
            drivers.append(driver)
            join(driver, server, name, axe if number == 1 else None)
            people.append(driver)
        axe.check(people[0], "wachten")

        server.console("open waarden")
        orders = [
            ["transparantie", "legitimiteit", "participatie", "gelijkheid"],
            ["transparantie", "participatie", "legitimiteit", "gelijkheid"],
            ["legitimiteit", "transparantie", "gelijkheid", "participatie"],
        ]
        people[0].get(f"{server.base}/stap")
        axe.check(people[0], "werkvorm rank")
        # The griffier types for a fourth participant while the others answer on their phones.
        typing = threading.Thread(target=lambda: (
            server.console('join "Dirk Visser"', r"^ok p4"),
            server.console("submit p4 waarden transparantie legitimiteit gelijkheid participatie", r"^ok i")))
        typing.start()
        for driver, order in zip(people, orders):
            answer_ranking(driver, order)
        typing.join(timeout=30)
        axe.check(people[0], "werkvorm rank (beantwoord)")

        leader.switch_to.window("scherm")
        wait_until(leader, lambda d: "4 van de 4 deelnemers hebben geantwoord" in projector_text(d),
                   "the projector did not count four answers live")
        leader.switch_to.window(main_window)
        facilitator_action(leader, server, "tonen", "waarden")
        leader.switch_to.window("scherm")
        wait_until(leader, lambda d: "overeenstemming" in projector_text(d), "the projector shows no ranking result")
        screen = projector_text(leader)
        check(screen.index("1. Transparantie") < screen.index("Legitimiteit"), "the consensus order is wrong")
        for name in ("Anna", "Bram", "Chantal", "Dirk"):
            check(name not in screen, f"the projector shows a participant's name ({name})")
        axe.check(leader, "scherm (rangorde)")
        if shots:
            leader.save_screenshot(os.path.join(shots, "scherm-rangorde.png"))
        leader.set_window_size(640, 900)  # the projector at 200 % zoom
        check_reflow(leader, "scherm (200 %)")
        if shots:
            leader.save_screenshot(os.path.join(shots, "scherm-200.png"))
        leader.set_window_size(1280, 900)
        leader.switch_to.window(main_window)

        server.console("close waarden")
        server.console("open stellingen")
        people[1].get(f"{server.base}/stap")
        axe.check(people[1], "werkvorm likert")
        for driver, values in zip(people, ((4, 1, 3), (3, 2, 4), (2, 2, 2))):
            answer_likert(driver, {"doen-1": values[0], "doen-2": values[1], "raad-1": values[2]})
        server.console("submit p4 stellingen doen-1=3 doen-2=2 raad-1=3", r"^ok i")
        facilitator_action(leader, server, "tonen", "stellingen")
        leader.switch_to.window("scherm")
        wait_until(leader, lambda d: "Score per thema" in projector_text(d) and "4 van de 4" in projector_text(d),
                   "the projector shows no theme scores")
        axe.check(leader, "scherm (thema's)")
        leader.switch_to.window(main_window)
        server.console("close stellingen")

        for step, kind in (("ideeen", "brainstorm"), ("toelichting", "open"), ("rollen", "roleplay"),
                           ("cijfers", "rate"), ("stemmen", "vote"), ("indelen", "classify"), ("acties", "actions")):
            server.console(f"open {step}")
            people[2].get(f"{server.base}/stap")
            axe.check(people[2], f"werkvorm {kind}")
            check_reflow(people[2], f"werkvorm {kind}")
            if kind == "brainstorm":
                people[2].find_element(By.CSS_SELECTOR, "form[action='/stap/ideeen'] textarea, "
                                       "form[action='/stap/ideeen'] input:not([type=hidden])").send_keys("Meer bankjes")
                people[2].find_element(By.CSS_SELECTOR, "form[action='/stap/ideeen'] button[type=submit]").click()
                wait_until(people[2], lambda d: "Meer bankjes" in d.page_source, "brainstorm item not stored")
                axe.check(people[2], "werkvorm brainstorm (beantwoord)")
                facilitator_action(leader, server, "tonen", "ideeen")
                leader.switch_to.window("scherm")
                wait_until(leader, lambda d: "Meer bankjes" in projector_text(d), "the projector shows no items")
                axe.check(leader, "scherm (punten)")
                leader.switch_to.window(main_window)
            server.console(f"close {step}")
        leader.get(f"{server.base}/leiding/{server.secret}")
        axe.check(leader, "gespreksleider (na afloop)")

        server.console("end")
        people[0].get(f"{server.base}/stap")
        axe.check(people[0], "einde")
        token = people[0].get_cookie("noaber_deelnemer")["value"]
        link = people[0].find_element(By.CSS_SELECTOR, "a[href$='.odt']").get_attribute("href")
        request = urllib.request.Request(link, headers={"Cookie": f"noaber_deelnemer={token}"})
        report = os.path.join(folder, "persoonlijk.odt")
        with urllib.request.urlopen(request) as response, open(report, "wb") as out:
            out.write(response.read())
        if odf_check:
            result = subprocess.run([odf_check, report], capture_output=True, text=True)
            check(result.returncode == 0, f"odf-check refused the personal report:\n{result.stdout}{result.stderr}")
            print(f"room_e2e: the personal report ({os.path.getsize(report)} bytes) passed odf-check")
        else:
            print("room_e2e: ../shared/tools/odf-check not found; the report was not checked", file=sys.stderr)
    finally:
        for driver in drivers:
            driver.quit()
        server.stop()
    check(not axe.violations, "axe-core found violations:\n  " + "\n  ".join(axe.violations))
    return axe.checked


def main():
    parser = argparse.ArgumentParser(description="The room end to end in headless Chromium, with axe-core.")
    parser.add_argument("--screenshots", help="folder for screenshots of the projector")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/debug/noaber"))
    parser.add_argument("--odf-check", default=os.environ.get("ODF_CHECK", os.path.join(ROOT, "../shared/tools/odf-check")))
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="noaber-browser-")
    started = time.time()
    try:
        odf_check = args.odf_check if os.access(args.odf_check, os.X_OK) else None
        checked = run(args.binary, folder, odf_check, args.screenshots)
    except Failure as failure:
        print(f"room_e2e: FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"room_e2e: axe-core found no violations on {len(checked)} pages: {', '.join(checked)}")
    print(f"room_e2e: {time.time() - started:.0f} s")
    print("room_e2e: ok")


if __name__ == "__main__":
    main()
