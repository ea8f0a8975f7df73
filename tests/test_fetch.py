"""fetch_url and URL sources, against a real HTTP server on 127.0.0.1 (never the outside)."""

from __future__ import annotations

import gzip
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from argmap import InputError, read_article
from argmap.fetch import fetch_url
from argmap.reading import load_article

PAGE = """\
<!DOCTYPE html><html><head><title>Keep the night buses</title></head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport section</a> <a href="/weather">Weather</a></nav>
<article><h1>Keep the night buses</h1>
<p>City councils are weighing cuts to overnight bus service, and those cuts would be a
mistake because the savings are small and the harm falls on shift workers.</p>
<h2>The numbers</h2>
<p>“For nurses and cleaners, the night bus is the only way home,” said Luis Fernandes,
an organizer with the Riverside Workers Union, at a hearing last week.</p></article>
<div id="comments"><p>First! Reader comment that should not be kept.</p></div>
<footer>Copyright 2024 Example Media · Privacy · Terms</footer></body></html>
""".encode()

BIG = b"word " * 40_000  # 200,000 bytes
SLOW_SECONDS = 1.5
DRIP_SECONDS = 0.2
ESCAPED = b"Council cuts \\x1b[31mhurt\\u202e riders, said Ann Lee \xe9.\n"  # not UTF-8


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        route = self.path
        if route == "/article":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif route == "/plain":
            self._send(200, "text/plain", "Plain “text” article.\r\n".encode("cp1252"))
        elif route == "/loop":
            self._redirect("/loop")
        elif route.startswith("/hop/"):
            left = int(route.rsplit("/", 1)[1])
            self._redirect(f"/hop/{left - 1}" if left > 1 else "/article")
        elif route == "/to-ftp":
            self._redirect("ftp://127.0.0.1/article.txt")
        elif route == "/missing":
            self.send_error(404)
        elif route == "/image":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64))
        elif route == "/empty":
            self._send(200, "text/html", b"")
        elif route == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(200, "text/plain", b"Too late.")
        elif route == "/big":
            self._send(200, "text/plain", BIG)
        elif route == "/big-stream":  # no Content-Length: the cap must stop the reading
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for start in range(0, len(BIG), 8192):
                self.wfile.write(BIG[start : start + 8192])
        elif route == "/drip":  # one header every DRIP_SECONDS: each wait is short, the sum is not
            self.send_response(200)
            for n in range(40):
                self.send_header(f"X-Drip-{n}", "x")
                self.flush_headers()
                time.sleep(DRIP_SECONDS)
            self.end_headers()
        elif route == "/gzip":
            self._send(200, "text/html; charset=utf-8", gzip.compress(PAGE), "gzip")
        elif route == "/gzip-bomb":
            self._send(200, "text/plain", gzip.compress(b"word " * 2_000_000), "gzip")
        elif route == "/brotli":
            self._send(200, "text/plain", b"\x0b\x02\x80", "br")
        elif route == "/evil-reason":
            self.send_response(400, "Bad\x1b[2J\x9bRed")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif route == "/evil-type":
            self._send(200, "image/x\x1b[31m", b"x")
        elif route == "/escape-charset":
            self._send(200, "text/plain; charset=unicode_escape", ESCAPED)
        elif route == "/to-local":
            self._redirect(f"http://localhost:{self.server.server_address[1]}/article")
        else:
            self.send_error(500)

    def _send(self, status: int, content_type: str, body: bytes, encoding: str = "") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        pass  # a client that gave up (timeout, size cap) is expected here


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy set in the environment must not stand between the test and 127.0.0.1."""
    for name in ("http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)


def test_fetches_a_page(server):
    data, content_type, final_url = fetch_url(f"{server}/article")
    assert data == PAGE
    assert content_type == "text/html; charset=utf-8"
    assert final_url == f"{server}/article"


def test_url_article_is_extracted_without_boilerplate(server):
    article = load_article(f"{server}/article")
    assert article.name == f"{server}/article"
    assert (article.media_type, article.encoding, article.extracted) == ("text/html", "utf-8", True)
    assert article.title == "Keep the night buses"
    assert article.text.startswith("# Keep the night buses\n\nCity councils")
    assert "## The numbers" in article.text
    for boilerplate in ("Sport section", "Weather", "Reader comment", "Copyright", "Privacy"):
        assert boilerplate not in article.text


def test_plain_text_url_is_decoded_not_extracted(server):
    article = load_article(f"{server}/plain")
    assert article.text == "Plain “text” article.\r\n"
    assert (article.media_type, article.encoding, article.extracted) == (
        "text/plain",
        "cp1252",
        False,
    )
    assert read_article(f"{server}/plain") == article.text


def test_follows_redirects_up_to_the_limit(server):
    assert fetch_url(f"{server}/hop/5", max_redirects=5).final_url == f"{server}/article"
    with pytest.raises(InputError, match="more than 5 redirects"):
        fetch_url(f"{server}/hop/6", max_redirects=5)


def test_redirect_loop(server):
    with pytest.raises(InputError, match=r"/loop: more than 5 redirects"):
        fetch_url(f"{server}/loop")


@pytest.mark.parametrize(
    ("route", "message"),
    [
        ("/missing", r": HTTP 404 Not Found$"),
        ("/image", r": serves image/png, not a web page or text$"),
        ("/empty", r": empty response, nothing to map$"),
        ("/to-ftp", r": redirects to ftp://"),
    ],
)
def test_refuses_what_cannot_be_an_article(server, route, message):
    with pytest.raises(InputError, match=message) as info:
        load_article(f"{server}{route}")
    assert str(info.value).startswith(f"{server}{route}: ")
    assert "\n" not in str(info.value)


def test_timeout(server):
    started = time.monotonic()
    with pytest.raises(InputError, match=r"/slow: timed out after 0\.3 s$"):
        fetch_url(f"{server}/slow", timeout=0.3)
    assert time.monotonic() - started < SLOW_SECONDS


@pytest.mark.parametrize("route", ["/big", "/big-stream"])
def test_size_cap(server, route):
    with pytest.raises(InputError, match=r"larger than the 50,000-byte limit"):
        fetch_url(f"{server}{route}", max_bytes=50_000)
    assert len(fetch_url(f"{server}{route}", max_bytes=len(BIG)).data) == len(BIG)


def test_size_cap_applies_to_url_sources(server):
    with pytest.raises(InputError, match="limit"):
        read_article(f"{server}/big", max_size=1_000)


def test_connection_refused():
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(InputError, match=r"cannot connect \("):
        fetch_url(f"http://127.0.0.1:{port}/article", timeout=2)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file:///etc/passwd", "only http:// and https://"),
        ("ftp://127.0.0.1/a.txt", "only http:// and https://"),
        ("http:///no-host", "no host name"),
    ],
)
def test_only_web_urls(url, message):
    with pytest.raises(InputError, match=message):
        fetch_url(url)


def test_one_deadline_covers_the_headers(server):
    """Each header arrives well within the timeout, but all of them together do not."""
    started = time.monotonic()
    with pytest.raises(InputError, match=r"/drip: timed out after 1 s$"):
        fetch_url(f"{server}/drip", timeout=1.0)
    assert time.monotonic() - started < 2.5


def test_gzip_body_is_decompressed(server):
    assert fetch_url(f"{server}/gzip").data == PAGE
    assert load_article(f"{server}/gzip").title == "Keep the night buses"


def test_gzip_bomb_stops_at_the_cap_on_decompressed_bytes(server):
    with pytest.raises(InputError, match=r"larger than the 50,000-byte limit once decompressed"):
        fetch_url(f"{server}/gzip-bomb", max_bytes=50_000)


def test_unknown_content_encoding_is_refused(server):
    with pytest.raises(InputError, match=r"Content-Encoding br, unsupported"):
        fetch_url(f"{server}/brotli")


@pytest.mark.parametrize("route", ["/evil-reason", "/evil-type"])
def test_outside_text_in_messages_is_escaped(server, route):
    with pytest.raises(InputError) as info:
        fetch_url(f"{server}{route}")
    message = str(info.value)
    assert "\\x1b" in message
    assert not any(ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F for ch in message)


def test_non_text_codec_in_charset_is_never_used(server):
    article = load_article(f"{server}/escape-charset")
    assert article.text.startswith("Council cuts \\x1b[31mhurt\\u202e riders")
    assert "\x1b" not in article.text and "\u202e" not in article.text
    assert article.encoding != "unicode-escape"


def _stub_resolver(monkeypatch, table):
    import argmap.fetch

    monkeypatch.setattr(argmap.fetch, "_resolve", lambda host, port: table.get(host, []))


def test_redirect_from_a_public_address_to_a_local_one_is_refused(server, monkeypatch):
    # The stub says 127.0.0.1 is a public address; the connection itself stays on 127.0.0.1.
    _stub_resolver(monkeypatch, {"127.0.0.1": ["93.184.216.34"], "localhost": ["127.0.0.1"]})
    with pytest.raises(InputError, match=r"a private or local address \(127\.0\.0\.1\); refused"):
        fetch_url(f"{server}/to-local")


def test_local_urls_given_directly_still_work(server):
    assert fetch_url(f"{server}/to-local").final_url.endswith("/article")


@pytest.mark.parametrize("address", ["169.254.169.254", "fe80::1", "::ffff:169.254.169.254"])
def test_link_local_is_always_refused(monkeypatch, address):
    _stub_resolver(monkeypatch, {"metadata.test": [address]})
    with pytest.raises(InputError, match=r"link-local address .* refused"):
        fetch_url("http://metadata.test/latest/meta-data/")
