"""Per-client-IP rate limiting for /api/auth (password guessing, sign-up spam).

A fixed window per client, like express-rate-limit's memory store, with the same
headers as the TypeScript version: `RateLimit` / `RateLimit-Policy` (IETF draft 8)
on every response and `Retry-After` on a 429. Counts live in this process's memory:
with several workers or instances, keep them in Redis instead.
"""

import hashlib
import math
import threading
import time
from base64 import b64encode
from dataclasses import dataclass

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.errors import error_response


@dataclass
class _Window:
    hits: int
    resets_at: float


class FixedWindowCounter:
    def __init__(self, limit: int, window_seconds: float) -> None:
        self.limit = limit
        self.window_seconds = window_seconds
        self._windows: dict[str, _Window] = {}
        self._lock = threading.Lock()
        self._next_sweep = time.monotonic() + window_seconds

    def hit(self, key: str) -> tuple[int, float]:
        """Counts one request; returns (hits in the current window, seconds until it resets)."""
        now = time.monotonic()
        with self._lock:
            if now >= self._next_sweep:  # forget clients whose window is over
                self._windows = {k: w for k, w in self._windows.items() if w.resets_at > now}
                self._next_sweep = now + self.window_seconds
            window = self._windows.get(key)
            if window is None or window.resets_at <= now:
                window = self._windows[key] = _Window(0, now + self.window_seconds)
            window.hits += 1
            return window.hits, window.resets_at - now


def _policy_name(limit: int, window_seconds: float) -> str:
    """express-rate-limit's policy names: "20-in-15min", "5-in-30sec", "100-in-1hr"."""

    def number(x: float) -> str:
        return str(int(x)) if x == int(x) else str(x)

    if window_seconds < 60:
        return f"{limit}-in-{number(window_seconds)}sec"
    if window_seconds < 3600:
        return f"{limit}-in-{number(window_seconds / 60)}min"
    if window_seconds < 86400:
        hours = window_seconds / 3600
        return f"{limit}-in-{number(hours)}hr{'s' if hours > 1 else ''}"
    days = window_seconds / 86400
    return f"{limit}-in-{number(days)}day{'s' if days > 1 else ''}"


class AuthRateLimit:
    """ASGI middleware: limits requests whose path starts with `prefix`, before the body is read."""

    def __init__(
        self, app: ASGIApp, *, prefix: str, limit: int, window_ms: int, trust_proxy: bool
    ) -> None:
        self.app = app
        self.prefix = prefix
        self.counter = FixedWindowCounter(limit, window_ms / 1000)
        self.name = _policy_name(limit, window_ms / 1000)
        self.trust_proxy = trust_proxy

    def client_key(self, scope: Scope) -> str:
        client = scope.get("client")
        host: str = client[0] if client else "unknown"
        if self.trust_proxy:
            return host
        # uvicorn replaces the client address with the X-Forwarded-For value when the request
        # comes from an address in FORWARDED_ALLOW_IPS (127.0.0.1 by default). Unless
        # TRUST_PROXY says a proxy sets that header, anybody can: then every request carrying
        # it counts as coming from one client (the proxy), so a made-up header gains nothing.
        if any(name == b"x-forwarded-for" for name, _ in scope["headers"]):
            return "x-forwarded-for"
        return host

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        if scope["type"] != "http" or not (
            path == self.prefix or path.startswith(self.prefix + "/")
        ):
            await self.app(scope, receive, send)
            return

        key = self.client_key(scope)
        hits, resets_in = self.counter.hit(key)
        limit = self.counter.limit
        reset_seconds = max(0, math.ceil(resets_in))
        partition = b64encode(hashlib.sha256(key.encode()).hexdigest()[:12].encode()).decode()
        headers = {
            "RateLimit": f'"{self.name}"; r={max(limit - hits, 0)}; t={reset_seconds}',
            "RateLimit-Policy": (
                f'"{self.name}"; q={limit}; w={math.ceil(self.counter.window_seconds)}; '
                f"pk=:{partition}:"
            ),
        }

        if hits > limit:
            response = error_response(
                429, "RATE_LIMITED", "Too many requests, please try again later"
            )
            response.headers.update({**headers, "Retry-After": str(reset_seconds)})
            await response(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message).update(headers)
            await send(message)

        await self.app(scope, receive, send_with_headers)
