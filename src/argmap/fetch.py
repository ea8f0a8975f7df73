"""Fetch a web page with the standard library, bounded in time, size and redirects.

Only what can be an article gets through: an ``http``/``https`` URL answering 2xx with an
HTML or text body. Every failure is an :class:`InputError` naming the URL, on one line.
This module is imported only when a URL is given (``urllib.request`` is slow to import).
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from typing import NamedTuple
from urllib.parse import urlsplit

from . import __version__
from .errors import InputError

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
}


class Fetched(NamedTuple):
    """A fetched body; unpacks as ``(data, content_type, final_url)``."""

    data: bytes
    content_type: str
    """The ``Content-Type`` header as sent (with any ``charset``), or ``""`` if absent."""
    final_url: str
    """Where the body came from, after redirects."""


def fetch_url(
    url: str,
    *,
    timeout: float = 10.0,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = 5,
) -> Fetched:
    """GET ``url`` and return its body, refusing anything that cannot be an article.

    ``timeout`` bounds the connection and each wait for data, and the download as a whole
    stops once it has passed (checked between chunks). The body is read in chunks and
    abandoned as soon as it passes ``max_bytes``.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError(f"{url}: only http:// and https:// URLs can be fetched")
    if not parts.hostname:
        raise InputError(f"{url}: no host name in the URL")
    opener = urllib.request.build_opener(_redirect_limit(url, max_redirects))
    request = urllib.request.Request(url, headers=_HEADERS)
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get("Content-Type", "")
            _check_headers(url, content_type, response.headers.get("Content-Length"), max_bytes)
            data = _read_body(response, url, max_bytes, deadline, timeout)
            final_url = response.geturl()
    except urllib.error.HTTPError as err:
        err.close()
        raise InputError(f"{url}: HTTP {err.code} {_one_line(err.reason)}") from None
    except urllib.error.URLError as err:
        if isinstance(err.reason, TimeoutError):
            raise InputError(f"{url}: timed out after {timeout:g} s") from None
        raise InputError(f"{url}: cannot connect ({_describe(err.reason)})") from None
    except TimeoutError:
        raise InputError(f"{url}: timed out after {timeout:g} s") from None
    except (OSError, http.client.HTTPException) as err:
        raise InputError(f"{url}: connection failed ({_describe(err)})") from None
    if not data:
        raise InputError(f"{url}: empty response, nothing to map")
    return Fetched(data, content_type, final_url)


def _redirect_limit(url: str, limit: int) -> urllib.request.HTTPRedirectHandler:
    """A redirect handler that refuses the ``limit + 1``-th hop and non-web schemes."""

    class RedirectLimit(urllib.request.HTTPRedirectHandler):
        # urllib's own loop detection raises a multi-line error; keep it out of the way.
        max_repeats = max_redirections = limit + 2
        hops = 0

        def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
            self.hops += 1
            if self.hops > limit:
                fp.close()
                raise InputError(f"{url}: more than {limit} redirects (stopped at {newurl})")
            if urlsplit(newurl).scheme.lower() not in ("http", "https"):
                fp.close()
                raise InputError(f"{url}: redirects to {newurl}, which is not an http(s) URL")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return RedirectLimit()


def _check_headers(url: str, content_type: str, length: str | None, max_bytes: int) -> None:
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type and media_type not in ARTICLE_TYPES:
        raise InputError(f"{url}: serves {media_type}, not a web page or text")
    if length is not None and length.strip().isdigit():
        size = int(length)
        if size > max_bytes:
            raise InputError(
                f"{url}: larger than the {max_bytes:,}-byte limit ({size:,} bytes announced)"
            )


def _read_body(
    response: http.client.HTTPResponse,
    url: str,
    max_bytes: int,
    deadline: float,
    timeout: float,
) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(min(_CHUNK, max_bytes + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{url}: larger than the {max_bytes:,}-byte limit")
        if time.monotonic() > deadline:
            raise InputError(f"{url}: timed out after {timeout:g} s")
    return b"".join(chunks)


def _describe(reason: object) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return _one_line(reason.strerror)
    return _one_line(str(reason)) or type(reason).__name__


def _one_line(text: object) -> str:
    return " ".join(str(text).split())
