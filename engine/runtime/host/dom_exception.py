"""DOMException (WebIDL 2.8.1 and 3.14): the error type of the host APIs. Its prototype
inherits from %Error.prototype%; instances have [[ErrorData]] (they are JSError objects, with
a ``stack``), and ``name`` / ``message`` / ``code`` are attributes of the prototype."""
from __future__ import annotations

from typing import Any, NoReturn

from ..conversions import to_string
from ..errors import JSError, JSThrow, install_stack
from ..objects import JSObject
from ..realm import current_realm
from ..shapes import CONFIGURABLE, WRITABLE
from .webidl import attribute, constant, define_interface, new_instance, this_of

# The legacy code of each error name (WebIDL 2.8.1, the error names table), in code order;
# the constants are named after them.
LEGACY_CODES = (
    ("IndexSizeError", "INDEX_SIZE_ERR"), (None, "DOMSTRING_SIZE_ERR"),
    ("HierarchyRequestError", "HIERARCHY_REQUEST_ERR"), ("WrongDocumentError", "WRONG_DOCUMENT_ERR"),
    ("InvalidCharacterError", "INVALID_CHARACTER_ERR"), (None, "NO_DATA_ALLOWED_ERR"),
    ("NoModificationAllowedError", "NO_MODIFICATION_ALLOWED_ERR"), ("NotFoundError", "NOT_FOUND_ERR"),
    ("NotSupportedError", "NOT_SUPPORTED_ERR"), ("InUseAttributeError", "INUSE_ATTRIBUTE_ERR"),
    ("InvalidStateError", "INVALID_STATE_ERR"), ("SyntaxError", "SYNTAX_ERR"),
    ("InvalidModificationError", "INVALID_MODIFICATION_ERR"), ("NamespaceError", "NAMESPACE_ERR"),
    ("InvalidAccessError", "INVALID_ACCESS_ERR"), (None, "VALIDATION_ERR"),
    ("TypeMismatchError", "TYPE_MISMATCH_ERR"), ("SecurityError", "SECURITY_ERR"),
    ("NetworkError", "NETWORK_ERR"), ("AbortError", "ABORT_ERR"), ("URLMismatchError", "URL_MISMATCH_ERR"),
    ("QuotaExceededError", "QUOTA_EXCEEDED_ERR"), ("TimeoutError", "TIMEOUT_ERR"),
    ("InvalidNodeTypeError", "INVALID_NODE_TYPE_ERR"), ("DataCloneError", "DATA_CLONE_ERR"),
)
_CODE_OF = {name: float(i + 1) for i, (name, _) in enumerate(LEGACY_CODES) if name}


class DOMExceptionObject(JSError):
    """A DOMException: its [[name]] and [[message]]."""

    __slots__ = ("exc_name", "exc_message")
    class_name = "DOMException"

    def __init__(self, proto: JSObject | None, message: str = "", name: str = "Error") -> None:
        super().__init__(proto)
        self.exc_name = name
        self.exc_message = message
        install_stack(self, name, message)


def dom_exception(message: str, name: str) -> DOMExceptionObject:
    """A new DOMException of the current realm (for the host APIs to throw)."""
    return DOMExceptionObject(current_realm().intrinsics["%DOMException.prototype%"], message, name)


def throw_dom_exception(message: str, name: str) -> NoReturn:
    raise JSThrow(dom_exception(message, name))


def _construct(args: list, new_target: JSObject) -> DOMExceptionObject:
    """new DOMException(message = "", options or name = "Error")."""
    message = "" if not args or args[0] is None else to_string(args[0])
    options = args[1] if len(args) > 1 else None
    cause = None
    if isinstance(options, JSObject):
        has_cause = options.has_property("cause")
        if has_cause:
            cause = options.get("cause", options)
        name = options.get("name", options)
        name = "Error" if name is None else to_string(name)
    else:
        has_cause = False
        name = "Error" if options is None else to_string(options)
    o = new_instance(new_target, "DOMException", DOMExceptionObject, message, name)
    if has_cause:
        o.define_data("cause", cause, WRITABLE | CONFIGURABLE)
    return o


def setup(realm: Any) -> None:
    ctor, proto = define_interface(realm, "DOMException", 0, _construct,
                                   realm.intrinsics["%Error.prototype%"])
    attribute(proto, realm, "name", lambda this, args: this_of(this, DOMExceptionObject, "DOMException").exc_name)
    attribute(proto, realm, "message",
              lambda this, args: this_of(this, DOMExceptionObject, "DOMException").exc_message)
    attribute(proto, realm, "code",
              lambda this, args: _CODE_OF.get(this_of(this, DOMExceptionObject, "DOMException").exc_name, 0.0))
    for i, (_, const) in enumerate(LEGACY_CODES):
        constant((ctor, proto), const, float(i + 1))
