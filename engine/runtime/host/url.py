"""URL and URLSearchParams (WHATWG URL 6), on the parser of url_parser.py."""
from __future__ import annotations

from typing import Any

from ..access import call, create_array_from_list, get_method, is_callable
from ..errors import throw_type_error
from ..iteration import create_iter_result, iterate_to_list
from ..objects import JSObject
from ..realm import current_realm
from ..shapes import CONFIGURABLE, WRITABLE
from ..values import JSNull, JSSymbol, WellKnown, from_host_str, to_host_str
from . import url_parser as P
from .webidl import (attribute, define_interface, new_instance, operation, require_args, this_of,
                     to_usv_string)


def _usv(v: Any) -> str:
    """A USVString argument as a Python string of code points."""
    return to_host_str(to_usv_string(v))


def _parse(text: str, base: str | None) -> P.URLRecord | None:
    """The API URL parser (URL 6.1): None for failure."""
    try:
        parsed_base = None if base is None else P.basic_parse(base)
        return P.basic_parse(text, parsed_base)
    except P.ParseFailure:
        return None


class URLObject(JSObject):
    __slots__ = ("url", "query_object")
    class_name = "URL"

    def __init__(self, proto: JSObject | None, url: P.URLRecord) -> None:
        super().__init__(proto)
        self.url = url
        self.query_object = new_search_params(self)


class URLSearchParamsObject(JSObject):
    __slots__ = ("pairs", "url_object")
    class_name = "URLSearchParams"

    def __init__(self, proto: JSObject | None) -> None:
        super().__init__(proto)
        self.pairs: list[list[str]] = []   # [name, value] in code points
        self.url_object: URLObject | None = None

    def update(self) -> None:
        """The update steps (URL 6.2): the URL's query follows the list."""
        u = self.url_object
        if u is None:
            return
        serialized = P.form_urlencoded_serialize(self.pairs)
        u.url.query = serialized or None
        if serialized == "":
            _strip_trailing_spaces_from_opaque_path(u)


def new_search_params(url_object: URLObject) -> URLSearchParamsObject:
    sp = URLSearchParamsObject(current_realm().intrinsics["%URLSearchParams.prototype%"])
    sp.url_object = url_object
    query = url_object.url.query
    sp.pairs = P.form_urlencoded_parse(query) if query is not None else []
    return sp


def _strip_trailing_spaces_from_opaque_path(u: URLObject) -> None:
    """strip trailing spaces from an opaque path (URL 6.1)."""
    url = u.url
    if url.has_opaque_path() and url.fragment is None and url.query is None:
        url.path = url.path.rstrip(" ")


def _invalid_url() -> None:
    throw_type_error("Invalid URL")


def _url_construct(args: list, new_target: JSObject) -> URLObject:
    """new URL(url, base) (URL 6.1)."""
    require_args(args, 1, ("url",))
    text = _usv(args[0])
    base = _usv(args[1]) if len(args) > 1 and args[1] is not None else None
    url = _parse(text, base)
    if url is None:
        _invalid_url()
    return new_instance(new_target, "URL", URLObject, url)


def _can_parse(this: Any, args: list) -> bool:
    require_args(args, 1, ("url",))
    base = _usv(args[1]) if len(args) > 1 and args[1] is not None else None
    return _parse(_usv(args[0]), base) is not None


def _this_url(this: Any) -> URLObject:
    return this_of(this, URLObject, "URL")


def _set_href(u: URLObject, value: str) -> None:
    url = _parse(value, None)
    if url is None:
        _invalid_url()
    u.url = url
    u.query_object.pairs = P.form_urlencoded_parse(url.query) if url.query is not None else []


def _set_with_override(u: URLObject, value: str, state: int) -> None:
    """Run the basic URL parser on a copy with a state override; keep it only on success."""
    copy = _copy_record(u.url)
    try:
        P.basic_parse(value, None, copy, state)
    except P.ParseFailure:
        return
    u.url = copy


def _copy_record(url: P.URLRecord) -> P.URLRecord:
    copy = P.URLRecord()
    for field in P.URLRecord.__slots__:
        setattr(copy, field, getattr(url, field))
    copy.path = url.path if url.has_opaque_path() else list(url.path)
    return copy


def _set_protocol(u: URLObject, value: str) -> None:
    _set_with_override(u, value + ":", P.SCHEME_START)


def _set_username(u: URLObject, value: str) -> None:
    if not u.url.cannot_have_credentials_or_port():
        u.url.username = P.encode_userinfo(value)


def _set_password(u: URLObject, value: str) -> None:
    if not u.url.cannot_have_credentials_or_port():
        u.url.password = P.encode_userinfo(value)


def _set_host(u: URLObject, value: str) -> None:
    if not u.url.has_opaque_path():
        _set_with_override(u, value, P.HOST)


def _set_hostname(u: URLObject, value: str) -> None:
    if not u.url.has_opaque_path():
        _set_with_override(u, value, P.HOSTNAME)


def _set_port(u: URLObject, value: str) -> None:
    if u.url.cannot_have_credentials_or_port():
        return
    if value == "":
        u.url.port = None
    else:
        _set_with_override(u, value, P.PORT)


def _set_pathname(u: URLObject, value: str) -> None:
    if u.url.has_opaque_path():
        return
    copy = _copy_record(u.url)
    copy.path = []
    try:
        P.basic_parse(value, None, copy, P.PATH_START)
    except P.ParseFailure:
        return
    u.url = copy


def _set_search(u: URLObject, value: str) -> None:
    url = u.url
    if value == "":
        url.query = None
        u.query_object.pairs = []
        _strip_trailing_spaces_from_opaque_path(u)
        return
    text = value[1:] if value.startswith("?") else value
    url.query = ""
    P.basic_parse(text, None, url, P.QUERY)
    u.query_object.pairs = P.form_urlencoded_parse(text)


def _set_hash(u: URLObject, value: str) -> None:
    url = u.url
    if value == "":
        url.fragment = None
        _strip_trailing_spaces_from_opaque_path(u)
        return
    url.fragment = ""
    P.basic_parse(value[1:] if value.startswith("#") else value, None, url, P.FRAGMENT)


def _host(url: P.URLRecord) -> str:
    if url.host is None:
        return ""
    return url.host if url.port is None else f"{url.host}:{url.port}"


_URL_ATTRIBUTES = (
    ("href", lambda url: P.serialize(url), _set_href),
    ("origin", P.origin, None),
    ("protocol", lambda url: url.scheme + ":", _set_protocol),
    ("username", lambda url: url.username, _set_username),
    ("password", lambda url: url.password, _set_password),
    ("host", _host, _set_host),
    ("hostname", lambda url: url.host or "", _set_hostname),
    ("port", lambda url: "" if url.port is None else str(url.port), _set_port),
    ("pathname", P.serialize_path, _set_pathname),
    ("search", lambda url: "?" + url.query if url.query else "", _set_search),
    ("hash", lambda url: "#" + url.fragment if url.fragment else "", _set_hash),
)


def _url_getter(read):
    return lambda this, args: from_host_str(read(_this_url(this).url))


def _url_setter(write):
    def setter(this: Any, args: list) -> None:
        u = _this_url(this)
        require_args(args, 1, ("value",))
        write(u, _usv(args[0]))
    return setter


# ---------------------------------------------------------------------------------------------
# URLSearchParams
# ---------------------------------------------------------------------------------------------

def _pair_of(v: Any) -> list[str]:
    if not isinstance(v, JSObject) or get_method(v, WellKnown.iterator) is None:
        throw_type_error("Each query pair must be an iterable [name, value] tuple")
    items = iterate_to_list(v)
    if len(items) != 2:
        throw_type_error("Each query pair must be an iterable [name, value] tuple")
    return [_usv(items[0]), _usv(items[1])]


def _search_params_construct(args: list, new_target: JSObject) -> URLSearchParamsObject:
    """new URLSearchParams(init) (URL 6.2): pairs, a record, or a query string."""
    sp = new_instance(new_target, "URLSearchParams", URLSearchParamsObject)
    init = args[0] if args else None
    if isinstance(init, JSObject):
        method = get_method(init, WellKnown.iterator)
        if method is not None:
            sp.pairs = [_pair_of(item) for item in iterate_to_list(init)]
        else:
            for key in init.own_property_keys():
                desc = init.get_own_property(key)
                if desc is not None and desc.enumerable:
                    if type(key) is JSSymbol:
                        throw_type_error("Cannot convert a Symbol value to a string")
                    sp.pairs.append([_usv(key), _usv(init.get(key, init))])
    elif init is not None:
        text = _usv(init)
        sp.pairs = P.form_urlencoded_parse(text[1:] if text.startswith("?") else text)
    return sp


def _this_params(this: Any) -> URLSearchParamsObject:
    return this_of(this, URLSearchParamsObject, "URLSearchParams")


def _append(this: Any, args: list) -> None:
    sp = _this_params(this)
    require_args(args, 2, ("name", "value"))
    sp.pairs.append([_usv(args[0]), _usv(args[1])])
    sp.update()


def _delete(this: Any, args: list) -> None:
    sp = _this_params(this)
    require_args(args, 1, ("name",))
    name = _usv(args[0])
    if len(args) > 1 and args[1] is not None:
        value = _usv(args[1])
        sp.pairs = [p for p in sp.pairs if not (p[0] == name and p[1] == value)]
    else:
        sp.pairs = [p for p in sp.pairs if p[0] != name]
    sp.update()


def _get(this: Any, args: list) -> Any:
    sp = _this_params(this)
    require_args(args, 1, ("name",))
    name = _usv(args[0])
    for p in sp.pairs:
        if p[0] == name:
            return from_host_str(p[1])
    return JSNull


def _get_all(this: Any, args: list) -> Any:
    sp = _this_params(this)
    require_args(args, 1, ("name",))
    name = _usv(args[0])
    return create_array_from_list([from_host_str(p[1]) for p in sp.pairs if p[0] == name])


def _has(this: Any, args: list) -> bool:
    sp = _this_params(this)
    require_args(args, 1, ("name",))
    name = _usv(args[0])
    if len(args) > 1 and args[1] is not None:
        value = _usv(args[1])
        return any(p[0] == name and p[1] == value for p in sp.pairs)
    return any(p[0] == name for p in sp.pairs)


def _set(this: Any, args: list) -> None:
    sp = _this_params(this)
    require_args(args, 2, ("name", "value"))
    name, value = _usv(args[0]), _usv(args[1])
    out, found = [], False
    for p in sp.pairs:
        if p[0] == name:
            if not found:
                out.append([name, value])
                found = True
        else:
            out.append(p)
    if not found:
        out.append([name, value])
    sp.pairs = out
    sp.update()


def _utf16_key(pair: list[str]) -> str:
    """Names compare by UTF-16 code units (URL 6.2, sort)."""
    return from_host_str(pair[0])


def _sort(this: Any, args: list) -> None:
    sp = _this_params(this)
    sp.pairs.sort(key=_utf16_key)
    sp.update()


def _for_each(this: Any, args: list) -> None:
    sp = _this_params(this)
    fn = args[0] if args else None
    if not is_callable(fn):
        throw_type_error('The "callback" argument must be of type function')
    this_arg = args[1] if len(args) > 1 else None
    i = 0
    while i < len(sp.pairs):
        name, value = sp.pairs[i]
        call(fn, this_arg, [from_host_str(value), from_host_str(name), sp])
        i += 1


class _ParamsIterator(JSObject):
    __slots__ = ("params", "kind", "index")
    class_name = "URLSearchParams Iterator"

    def __init__(self, proto: JSObject, params: URLSearchParamsObject, kind: str) -> None:
        super().__init__(proto)
        self.params = params
        self.kind = kind
        self.index = 0


def _iterator_next(this: Any, args: list) -> JSObject:
    it = this_of(this, _ParamsIterator, "URLSearchParams Iterator")
    pairs = it.params.pairs
    if it.index >= len(pairs):
        return create_iter_result(None, True)
    name, value = pairs[it.index]
    it.index += 1
    if it.kind == "key":
        return create_iter_result(from_host_str(name), False)
    if it.kind == "value":
        return create_iter_result(from_host_str(value), False)
    return create_iter_result(create_array_from_list([from_host_str(name), from_host_str(value)]), False)


def _iterator_method(kind: str):
    def method(this: Any, args: list) -> JSObject:
        sp = _this_params(this)
        return _ParamsIterator(current_realm().intrinsics["%URLSearchParamsIteratorPrototype%"], sp, kind)
    return method


def setup(realm: Any) -> None:
    _, sp_proto = define_interface(realm, "URLSearchParams", 0, _search_params_construct)
    for name, length, fn in (("append", 2, _append), ("delete", 1, _delete), ("get", 1, _get),
                             ("getAll", 1, _get_all), ("has", 1, _has), ("set", 2, _set), ("sort", 0, _sort),
                             ("forEach", 1, _for_each), ("keys", 0, _iterator_method("key")),
                             ("values", 0, _iterator_method("value"))):
        operation(sp_proto, realm, name, length, fn)
    entries = operation(sp_proto, realm, "entries", 0, _iterator_method("key+value"))
    sp_proto.define_data(WellKnown.iterator, entries, WRITABLE | CONFIGURABLE)
    operation(sp_proto, realm, "toString", 0,
              lambda this, args: from_host_str(P.form_urlencoded_serialize(_this_params(this).pairs)))
    attribute(sp_proto, realm, "size", lambda this, args: float(len(_this_params(this).pairs)))
    it_proto = JSObject(realm.intrinsics["%IteratorPrototype%"])
    operation(it_proto, realm, "next", 0, _iterator_next)
    it_proto.define_data(WellKnown.toStringTag, "URLSearchParams Iterator", CONFIGURABLE)
    realm.intrinsics["%URLSearchParamsIteratorPrototype%"] = it_proto

    url_ctor, proto = define_interface(realm, "URL", 1, _url_construct)
    for name, read, write in _URL_ATTRIBUTES:
        attribute(proto, realm, name, _url_getter(read), _url_setter(write) if write else None)
    attribute(proto, realm, "searchParams", lambda this, args: _this_url(this).query_object)
    href = lambda this, args: from_host_str(P.serialize(_this_url(this).url))  # noqa: E731
    operation(proto, realm, "toString", 0, href)
    operation(proto, realm, "toJSON", 0, href)
    operation(url_ctor, realm, "canParse", 1, _can_parse)
