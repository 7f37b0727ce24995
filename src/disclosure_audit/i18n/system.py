"""What the system and the libraries say, in the user's language.

A problem's ``reason`` is often an operating-system error (``No such file or directory``) and
its ``detail`` a library's message (PyYAML's ``mapping values are not allowed here``, zipfile's
``File is not a zip file``): English only. In Chinese they become catalogue text (``os.*``,
``lib.*``); a message not known here stays as the library wrote it, which beats guessing.
"""

from __future__ import annotations

import errno
import functools
import os
import re

OS_ERRORS = {
    errno.ENOENT: "os.enoent", errno.EACCES: "os.eacces", errno.EPERM: "os.eacces",
    errno.EISDIR: "os.eisdir", errno.ENOTDIR: "os.enotdir", errno.EEXIST: "os.eexist",
    errno.ENOSPC: "os.enospc", errno.EROFS: "os.erofs", errno.ELOOP: "os.eloop",
    errno.ENAMETOOLONG: "os.enametoolong", errno.EDQUOT: "os.enospc", errno.EIO: "os.eio",
    errno.ENOTEMPTY: "os.enotempty", errno.EXDEV: "os.exdev", errno.EBUSY: "os.ebusy",
    errno.ECONNREFUSED: "os.econnrefused", errno.ECONNRESET: "os.econnreset",
    errno.ETIMEDOUT: "os.etimedout", errno.EHOSTUNREACH: "os.eunreach",
    errno.ENETUNREACH: "os.eunreach",
}
LIBRARY = [  # (what the message contains, catalogue key); the first that matches is used
    ("File is not a zip file", "lib.not-zip"),
    ("Cannot read an empty file", "lib.empty"),
    ("Stream has ended unexpectedly", "lib.truncated"),
    ("EOF marker not found", "lib.truncated"),
    ("All connection attempts failed", "lib.connect"),
    # A link's probe: the TLS library's words, and httpx's error names (links/probe.py records
    # the name when the error has no words of its own)
    ("CERTIFICATE_VERIFY_FAILED", "lib.tls-certificate"),
    ("[SSL", "lib.tls"),
    ("RemoteProtocolError", "lib.http-protocol"),
    ("LocalProtocolError", "lib.http-protocol"),
    ("ReadError", "lib.connection-broken"),
    ("WriteError", "lib.connection-broken"),
    ("ConnectError", "lib.connect"),
    ("NetworkError", "lib.connection-broken"),
    ("ProxyError", "lib.connect"),
    ("UnsupportedProtocol", "lib.unsupported-protocol"),
    ("DecodingError", "lib.decoding"),
    ("InvalidURL", "lib.invalid-url"),
    ("mapping values are not allowed", "lib.yaml-mapping-values"),  # "here" / "in this context"
    ("could not find expected ':'", "lib.yaml-expected-colon"),
    ("did not find expected key", "lib.yaml-expected-key"),
    ("did not find expected '-' indicator", "lib.yaml-expected-dash"),
    ("did not find expected node content", "lib.yaml-node-content"),
    ("found undefined alias", "lib.yaml-alias"),
    ("found unexpected end of stream", "lib.yaml-end-of-stream"),
    ("found unknown escape character", "lib.yaml-escape"),
    ("found character that cannot start any token", "lib.yaml-token"),
    ("that cannot start any token", "lib.yaml-token"),
    ("expected <block end>", "lib.yaml-block-end"),
    ("expected ',' or ']'", "lib.yaml-flow-sequence"),
    ("expected ',' or '}'", "lib.yaml-flow-mapping"),
    ("Expecting value", "lib.json-value"),
    ("Expecting property name enclosed in double quotes", "lib.json-property"),
    ("Expecting ',' delimiter", "lib.json-comma"),
    ("Expecting ':' delimiter", "lib.json-colon"),
    ("Unterminated string", "lib.json-string"),
    ("Extra data", "lib.json-extra"),
    ("Invalid control character", "lib.json-control"),
    ("unexpected end of data", "lib.csv-end"),
    ("field larger than field limit", "lib.csv-field-limit"),
    ("new-line character seen in unquoted field", "lib.csv-newline"),
]
TRANSLATED = ("reason", "detail")
"""The parameters of a problem that carry the system's or a library's words."""


@functools.cache
def _by_strerror() -> dict[str, str]:
    return {os.strerror(code): key for code, key in OS_ERRORS.items()}


def system_text(text: object, lang: str) -> object:
    """``text`` (an OS error or a library's message) in ``lang``; English is kept as it is."""
    if lang == "en" or not isinstance(text, str):
        return text
    from disclosure_audit.i18n import t

    # "ConnectionRefusedError: [Errno 111] Connection refused": the exception's name, then
    # the OS's words
    plain = re.sub(r"^(?:[A-Za-z]+(?:Error|Exception): )?\[Errno \d+\] ", "", text.strip())
    key = _by_strerror().get(plain.split(":")[0].strip()) or next(
        (k for known, k in LIBRARY if known in plain), None)
    return t(key, lang) if key else text
