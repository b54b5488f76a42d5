"""Headless Chromium for the report tests, driven over the DevTools protocol on a pipe.

``--remote-debugging-pipe``: commands on fd 3, replies on fd 4, each a JSON text ended by
NUL. The tests see every uncaught exception, console error, failed load and CSP violation,
and every request; a ``Tab`` also evaluates JavaScript, clicks and types as a user does
(real mouse and keyboard events) and takes screenshots at a chosen width.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .system_tools import installed

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--remote-debugging-pipe",
]  # fmt: skip


def chromium_binary() -> str:
    return installed(("chromium", "chromium-browser"), "chromium")


@dataclass
class Loaded:
    dom: str
    errors: list[str]
    requests: list[str]
    url: str


class Chromium:
    """Headless Chromium over the DevTools pipe: open files in tabs, collect what went wrong."""

    def __init__(self, binary: str, profile: Path) -> None:
        cmd_read, self._cmd = map(_high, os.pipe())
        self._res, res_write = map(_high, os.pipe())

        def child() -> None:  # the browser reads commands on fd 3 and answers on fd 4
            os.dup2(cmd_read, 3)
            os.dup2(res_write, 4)

        self.process = subprocess.Popen(
            [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=child,
            close_fds=False,  # our pipe ends are close-on-exec; fds 3 and 4 are not
        )
        os.close(cmd_read)
        os.close(res_write)
        self._buffer = b""
        self._id = 0
        self.events: list[dict[str, Any]] = []

    def send(self, method: str, params: dict[str, object] | None = None, session: str = "") -> dict:
        self._id += 1
        message: dict[str, object] = {"id": self._id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._cmd, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._receive()
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]  # type: ignore[no-any-return]
            self.events.append(reply)

    def _receive(self, timeout: float = 60.0) -> dict:
        deadline = time.monotonic() + timeout
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._res], [], [], left)[0]:
                raise TimeoutError("chromium did not answer")
            chunk = os.read(self._res, 1 << 16)
            if not chunk:
                raise EOFError("chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)  # type: ignore[no-any-return]

    def open(
        self, path: Path | str, width: int = 1366, height: int = 900, *, scripts: bool = True
    ) -> Tab:
        """A new tab showing the file (or the URL, a str), loaded, at the given viewport
        size; ``scripts=False``: with JavaScript disabled, as a user may have it."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        for domain in ("Runtime", "Log", "Network", "Page"):
            self.send(f"{domain}.enable", session=session)
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
            session=session,
        )
        if not scripts:
            self.send("Emulation.setScriptExecutionDisabled", {"value": True}, session=session)
        url = path if isinstance(path, str) else path.resolve().as_uri()
        tab = Tab(self, target, session, url)
        self.send("Page.navigate", {"url": tab.url}, session=session)
        while not any(
            e.get("method") == "Page.loadEventFired" and e.get("sessionId") == session
            for e in self.events
        ):
            self.events.append(self._receive())
        return tab

    def load(self, path: Path) -> Loaded:
        """Open, read the DOM back, close."""
        with self.tab(path) as tab:
            dom = tab.evaluate("document.documentElement.outerHTML")
            return Loaded(dom, tab.errors(), tab.requests(), tab.url)

    def tab(self, path: Path | str, width: int = 1366, *, scripts: bool = True) -> _Closing:
        return _Closing(self.open(path, width, scripts=scripts))

    def close(self) -> None:
        try:
            self.send("Browser.close")
            self.process.wait(timeout=10)
        except (OSError, EOFError, TimeoutError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        finally:
            os.close(self._cmd)
            os.close(self._res)


class Tab:
    """One page in the browser: evaluate, click, type, screenshot; its errors and requests."""

    def __init__(self, browser: Chromium, target: str, session: str, url: str) -> None:
        self.browser, self.target, self.session, self.url = browser, target, session, url

    def send(self, method: str, params: dict[str, object] | None = None) -> dict:
        return self.browser.send(method, params, session=self.session)

    def evaluate(self, expression: str) -> Any:
        reply = self.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
        )
        if "exceptionDetails" in reply:
            raise RuntimeError(f"{expression}: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def _centre(self, selector: str) -> tuple[float, float]:
        box = self.evaluate(
            f"(() => {{ const el = document.querySelector({json.dumps(selector)});"
            " if (!el) return null; el.scrollIntoView({block: 'center'});"
            " const r = el.getBoundingClientRect();"
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()"
        )
        if box is None:
            raise LookupError(f"no element matches {selector}")
        return box[0], box[1]

    def click(self, selector: str) -> None:
        """A real left click at the element's centre (scrolled into view first)."""
        x, y = self._centre(selector)
        for kind in ("mousePressed", "mouseReleased"):
            self.send(
                "Input.dispatchMouseEvent",
                {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1},
            )
        self.evaluate("0")  # let the handlers run

    def type(self, selector: str, text: str) -> None:
        """Focus the field by clicking it, select what it holds, type the text over it."""
        self.click(selector)
        self.evaluate(f"document.querySelector({json.dumps(selector)}).select()")
        self.send("Input.insertText", {"text": text})
        self.evaluate("0")

    def select(self, selector: str, value: str) -> None:
        """Choose an option of a <select> as the keyboard would (change event fires)."""
        self.evaluate(
            f"(() => {{ const el = document.querySelector({json.dumps(selector)});"
            f" el.focus(); el.value = {json.dumps(value)};"
            " el.dispatchEvent(new Event('change', {bubbles: true})); })()"
        )

    def frames(self) -> list[Tab]:
        """The page's out-of-process frames (a sandboxed iframe runs in a process of its
        own), each attached as a Tab: evaluate in it, read its errors (the log entries and
        console messages from before the attach are replayed by Log/Runtime.enable). Do not
        ``close`` one: it goes with its page."""
        frames = []
        for info in self.browser.send("Target.getTargets")["targetInfos"]:
            if info["type"] != "iframe" or info.get("parentId") != self.target:
                continue
            session = self.browser.send(
                "Target.attachToTarget", {"targetId": info["targetId"], "flatten": True}
            )["sessionId"]
            for domain in ("Runtime", "Log", "Network"):
                self.browser.send(f"{domain}.enable", session=session)
            frames.append(Tab(self.browser, info["targetId"], session, info["url"]))
        return frames

    def set_files(self, selector: str, paths: list[Path]) -> None:
        """Choose files on an ``<input type=file>`` as its file picker would (works with
        JavaScript disabled: DOM domain, not Runtime)."""
        root = self.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        node = self.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        if not node:
            raise LookupError(f"no element matches {selector}")
        files = [str(p.resolve()) for p in paths]
        self.send("DOM.setFileInputFiles", {"files": files, "nodeId": node})

    def outer_html(self, selector: str = "html") -> str | None:
        """The element's HTML read through the DOM domain (JavaScript may be off); None
        when nothing matches (or the page is between two documents)."""
        try:
            root = self.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
            node = self.send("DOM.querySelector", {"nodeId": root, "selector": selector})
        except RuntimeError:
            return None
        if not node["nodeId"]:
            return None
        try:
            return str(self.send("DOM.getOuterHTML", {"nodeId": node["nodeId"]})["outerHTML"])
        except RuntimeError:  # the document changed under us
            return None

    def screenshot(self, path: Path, max_height: int = 4000) -> Path:
        """The page as PNG from its top, as wide as the page lays itself out (wider than
        the viewport where something overflows it) and at most ``max_height`` px tall."""
        width, height = self.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]"
        )
        clip = {"x": 0, "y": 0, "width": width, "height": min(height, max_height), "scale": 1}
        data = self.send(
            "Page.captureScreenshot",
            {"format": "png", "clip": clip, "captureBeyondViewport": True},
        )
        path.write_bytes(base64.b64decode(data["data"]))
        return path

    def navigate(self, url: str) -> None:
        before = len(self.browser.events)
        self.send("Page.navigate", {"url": url})
        while not any(
            e.get("method") == "Page.loadEventFired" and e.get("sessionId") == self.session
            for e in self.browser.events[before:]
        ):
            self.browser.events.append(self.browser._receive())
        self.url = url

    def _events(self) -> Iterator[tuple[str, dict]]:
        for event in self.browser.events:
            if event.get("sessionId") == self.session:
                yield event.get("method", ""), event.get("params") or {}

    def errors(self) -> list[str]:
        out = []
        for method, params in self._events():
            if method == "Runtime.exceptionThrown":
                details = params["exceptionDetails"]
                description = details.get("exception", {}).get("description") or details
                out.append(f"exception: {description}")
            elif method == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert"):
                out.append(f"console.{params['type']}: {params['args']}")
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                out.append(f"log: {params['entry']['text']}")
        return out

    def requests(self) -> list[str]:
        return [
            params["request"]["url"]
            for method, params in self._events()
            if method == "Network.requestWillBeSent"
        ]

    def close(self) -> None:
        self.browser.send("Target.closeTarget", {"targetId": self.target})
        self.browser.events = [e for e in self.browser.events if e.get("sessionId") != self.session]


class _Closing:
    def __init__(self, tab: Tab) -> None:
        self.tab = tab

    def __enter__(self) -> Tab:
        return self.tab

    def __exit__(self, *_: object) -> None:
        self.tab.close()


def _high(fd: int) -> int:
    """Move an fd out of the way of 3 and 4 (close-on-exec)."""
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return moved


OVERFLOW_JS = """(() => {
  const out = {page: document.documentElement.scrollWidth, tables: [], cells: []};
  document.querySelectorAll('table').forEach((t, i) => {
    if (!t.checkVisibility()) return;  // not displayed (a folded or hidden document)
    const box = t.parentElement;
    const wide = t.getBoundingClientRect().width > box.clientWidth + 0.5
      || box.scrollWidth > box.clientWidth;
    if (wide) out.tables.push(
      (t.closest('[data-path]') || {}).dataset?.path + ' #' + i + ' ' + t.className
      + ': ' + Math.round(t.getBoundingClientRect().width) + ' > ' + box.clientWidth);
    t.querySelectorAll('td').forEach((td) => {
      if (td.scrollWidth > td.clientWidth + 1) out.cells.push(
        (t.closest('[data-path]') || {}).dataset?.path + ' ' + td.textContent.slice(0, 40));
    });
  });
  return out;
})()"""
"""The page's scroll width, every displayed table wider than its container and every
cell whose content overflows it."""


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header."""
    data = path.read_bytes()[16:24]
    return int.from_bytes(data[:4], "big"), int.from_bytes(data[4:], "big")
