"""Fetch a web page with the standard library, bounded in time, size, redirects and reach.

Only what can be an article gets through: an ``http``/``https`` URL answering 2xx with an
HTML or text body. Every failure is an :class:`InputError` naming the URL, on one line, with
outside text (URLs, reason phrases, header values) passed through
:func:`~argmap.safe_text.printable`.

* **Time:** one deadline covers the whole fetch: connecting, the status line and headers,
  every redirect and the body. A watchdog shuts the socket when it passes, so a server that
  drips one header every few seconds cannot hold argmap past it.
* **Size:** the body is read in chunks and abandoned once it passes ``max_bytes``; a
  gzip/deflate body is decompressed incrementally and the cap applies to the decompressed
  bytes, so a compression bomb stops at the cap.
* **Reach:** link-local addresses (169.254.0.0/16, fe80::/10: cloud metadata services) are
  always refused; a redirect from a public address to a private, loopback, link-local or
  reserved one is refused. A URL naming a local address directly still works (local
  servers, tests). The check resolves the host name itself; a DNS answer that changes
  between the check and the connection is not caught.

This module is imported only when a URL is given (``urllib.request`` is slow to import).
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import threading
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import urlsplit

from . import __version__
from .errors import InputError
from .safe_text import printable

DEFAULT_MAX_BYTES = 20_000_000
"""Bytes; the same cap as for files."""

ARTICLE_TYPES = frozenset(
    {"text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown"}
)
"""Content types worth reading; anything else (images, PDF, JSON, scripts) is refused."""

_CHUNK = 65_536
_HEADERS = {
    "User-Agent": f"argmap/{__version__} (article reader)",
    "Accept": "text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8",
    "Accept-Encoding": "gzip, deflate",
}
_ZLIB_WBITS = {"gzip": 31, "x-gzip": 31, "deflate": 47}
"""Content-Encoding → zlib ``wbits``: 31 reads gzip; 47 reads gzip or zlib (deflate)."""


class Fetched(NamedTuple):
    """A fetched body; unpacks as ``(data, content_type, final_url)``."""

    data: bytes
    content_type: str
    """The ``Content-Type`` header as sent (with any ``charset``), or ``""`` if absent."""
    final_url: str
    """Where the body came from, after redirects."""


@dataclass
class _Deadline:
    """One fetch's time limit, and the watchdogs that shut its sockets when it passes."""

    seconds: float
    end: float
    timers: list[threading.Timer] = field(default_factory=list)

    @classmethod
    def after(cls, seconds: float) -> _Deadline:
        return cls(seconds, time.monotonic() + seconds)

    def remaining(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise TimeoutError("deadline passed")
        return left

    def passed(self) -> bool:
        return time.monotonic() >= self.end

    def watch(self, sock: socket.socket) -> None:
        """Shut ``sock`` when the deadline passes: a blocked read then returns at once."""
        timer = threading.Timer(self.remaining(), _shut, (sock,))
        timer.daemon = True
        self.timers.append(timer)
        timer.start()

    def cancel(self) -> None:
        for timer in self.timers:
            timer.cancel()


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed: nothing left to interrupt
        sock.shutdown(socket.SHUT_RDWR)


def fetch_url(
    url: str,
    *,
    timeout: float = 10.0,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = 5,
) -> Fetched:
    """GET ``url`` and return its body, refusing anything that cannot be an article.

    ``timeout`` is one deadline for the whole fetch (connection, headers, redirects, body).
    The body is read in chunks and abandoned as soon as it passes ``max_bytes``
    (decompressed, when the server compressed it).
    """
    shown = printable(url)
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError(f"{shown}: only http:// and https:// URLs can be fetched")
    if not parts.hostname:
        raise InputError(f"{shown}: no host name in the URL")
    deadline = _Deadline.after(timeout)
    origin_public = _check_reach(shown, url, origin_public=None)
    opener = urllib.request.build_opener(
        _BoundedHTTP(deadline),
        _BoundedHTTPS(deadline),
        _redirect_guard(shown, max_redirects, origin_public),
    )
    request = urllib.request.Request(url, headers=_HEADERS)
    try:
        with opener.open(request, timeout=deadline.remaining()) as response:
            content_type = response.headers.get("Content-Type", "")
            _check_headers(shown, content_type, response.headers.get("Content-Length"), max_bytes)
            encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
            data = _read_body(response, shown, max_bytes, deadline, encoding)
            final_url = response.geturl()
    except urllib.error.HTTPError as err:
        err.close()
        raise InputError(f"{shown}: HTTP {err.code} {_one_line(err.reason)}") from None
    except (OSError, http.client.HTTPException) as err:
        if deadline.passed() or _timed_out(err):
            raise InputError(f"{shown}: timed out after {timeout:g} s") from None
        if isinstance(err, urllib.error.URLError):
            raise InputError(f"{shown}: cannot connect ({_describe(err.reason)})") from None
        raise InputError(f"{shown}: connection failed ({_describe(err)})") from None
    finally:
        deadline.cancel()
    if not data:
        raise InputError(f"{shown}: empty response, nothing to map")
    return Fetched(data, content_type, final_url)


def _timed_out(err: BaseException) -> bool:
    reason = getattr(err, "reason", None)
    return isinstance(err, TimeoutError) or isinstance(reason, TimeoutError)


def _bounded(base: type[http.client.HTTPConnection], deadline: _Deadline) -> type:
    """``base`` whose connection waits at most until ``deadline`` and is then shut."""

    class Bounded(base):  # type: ignore[valid-type,misc]
        def connect(self) -> None:
            self.timeout = deadline.remaining()
            super().connect()
            deadline.watch(self.sock)

    return Bounded


class _BoundedHTTP(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._connection = _bounded(http.client.HTTPConnection, deadline)

    def http_open(self, req):  # type: ignore[no-untyped-def]
        return self.do_open(self._connection, req)


class _BoundedHTTPS(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._connection = _bounded(http.client.HTTPSConnection, deadline)

    def https_open(self, req):  # type: ignore[no-untyped-def]
        return self.do_open(self._connection, req, context=self._context)


# --------------------------------------------------------------------------- reach


def _resolve(host: str, port: int | None) -> list[str]:
    """The addresses ``host`` resolves to (none if it does not resolve: connecting says so)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return []
    return [str(info[4][0]) for info in infos]


def _not_global(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
    )


def _check_reach(shown: str, url: str, *, origin_public: bool | None) -> bool:
    """Refuse a link-local host, or a non-public one reached from a public origin.

    Returns whether every address of the host is public (for the first URL: the origin).
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    addresses = []
    for text in _resolve(host, parts.port):
        try:
            ip = ipaddress.ip_address(text.split("%", 1)[0])
        except ValueError:
            continue
        mapped = getattr(ip, "ipv4_mapped", None)
        addresses.append(mapped or ip)
    for ip in addresses:
        if ip.is_link_local:
            raise InputError(
                f"{shown}: {printable(host)} is a link-local address ({ip}), such as a cloud"
                " metadata service; refused"
            )
        if origin_public and _not_global(ip):
            raise InputError(
                f"{shown}: redirects to {printable(url)}, a private or local address ({ip});"
                " refused"
            )
    return bool(addresses) and not any(_not_global(ip) for ip in addresses)


def _redirect_guard(
    shown: str, limit: int, origin_public: bool
) -> urllib.request.HTTPRedirectHandler:
    """A redirect handler that refuses the ``limit + 1``-th hop, non-web schemes, and hops
    from a public origin to a private address."""

    class RedirectGuard(urllib.request.HTTPRedirectHandler):
        # urllib's own loop detection raises a multi-line error; keep it out of the way.
        max_repeats = max_redirections = limit + 2
        hops = 0

        def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
            self.hops += 1
            if self.hops > limit:
                fp.close()
                raise InputError(
                    f"{shown}: more than {limit} redirects (stopped at {printable(newurl)})"
                )
            if urlsplit(newurl).scheme.lower() not in ("http", "https"):
                fp.close()
                raise InputError(
                    f"{shown}: redirects to {printable(newurl)}, which is not an http(s) URL"
                )
            try:
                _check_reach(shown, newurl, origin_public=origin_public)
            except InputError:
                fp.close()
                raise
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return RedirectGuard()


# --------------------------------------------------------------------------- body


def _check_headers(shown: str, content_type: str, length: str | None, max_bytes: int) -> None:
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type and media_type not in ARTICLE_TYPES:
        raise InputError(f"{shown}: serves {printable(media_type)}, not a web page or text")
    if length is not None and length.strip().isdigit():
        size = int(length)
        if size > max_bytes:
            raise InputError(
                f"{shown}: larger than the {max_bytes:,}-byte limit ({size:,} bytes announced)"
            )


def _read_body(
    response: http.client.HTTPResponse,
    shown: str,
    max_bytes: int,
    deadline: _Deadline,
    encoding: str,
) -> bytes:
    """The body, decompressed if need be, refused as soon as it passes ``max_bytes``."""
    if encoding in ("", "identity"):
        decoder = None
    elif encoding in _ZLIB_WBITS:
        decoder = zlib.decompressobj(_ZLIB_WBITS[encoding])
    else:
        raise InputError(f"{shown}: sent with Content-Encoding {printable(encoding)}, unsupported")
    too_large = f"{shown}: larger than the {max_bytes:,}-byte limit"
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(_CHUNK if decoder else min(_CHUNK, max_bytes + 1 - size)):
        if decoder is not None:
            try:
                chunk = decoder.decompress(chunk, max_bytes + 1 - size)
            except zlib.error as err:
                raise InputError(
                    f"{shown}: cannot decompress the {encoding} body ({err})"
                ) from None
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(too_large + (" once decompressed" if decoder else ""))
        if deadline.passed():
            raise TimeoutError
    if deadline.passed():  # the watchdog ends a dripping response early, as if complete
        raise TimeoutError
    if decoder is not None and not decoder.eof:
        raise InputError(f"{shown}: the {encoding} body is cut off")
    return b"".join(chunks)


def _describe(reason: object) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return _one_line(reason.strerror)
    return _one_line(str(reason)) or type(reason).__name__


def _one_line(text: object) -> str:
    return printable(" ".join(str(text).split()))
