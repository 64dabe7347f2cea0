"""Host globals from the web platform standards that node and browsers share (not ECMA-262):
DOMException, atob/btoa, TextEncoder/TextDecoder, structuredClone, URL/URLSearchParams, and
Intl (ECMA-402, en-US) with the locale-sensitive methods of ECMA-262 rebuilt on it. ``install_web_apis(realm)``
adds them to a realm's global object; an embedding that wants a bare ECMAScript global leaves
them out (``Context(web_apis=False)``). Timers and setImmediate belong to the event loop
(engine/host.py)."""
from __future__ import annotations

from typing import Any

from . import base64, dom_exception, encoding, intl, structured_clone, url

MODULES = (dom_exception, base64, encoding, structured_clone, url, intl)


def install_web_apis(realm: Any) -> None:
    """Define the web platform globals on ``realm``'s global object."""
    from ..realm import set_current_realm
    prev = set_current_realm(realm)
    try:
        for mod in MODULES:
            mod.setup(realm)
    finally:
        if prev is not None:
            set_current_realm(prev)
