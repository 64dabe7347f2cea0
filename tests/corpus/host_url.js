// URL: WHATWG parsing (special and non-special schemes, hosts, percent-encoding, relative
// resolution), the attributes and setters, and URLSearchParams.
const parts = ["href", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash", "origin"];
function show(input, base) {
  try {
    const u = base === undefined ? new URL(input) : new URL(input, base);
    console.log(JSON.stringify([input, base]), JSON.stringify(parts.map((p) => u[p])));
  } catch (e) {
    console.log(JSON.stringify([input, base]), e.constructor.name, e.message);
  }
}
const absolute = [
  "https://example.com", "HTTPS://EXAMPLE.COM:443/A/./b/../c?Q=1#F", "http://user:pa:ss@host:8080/p",
  "http://@host/", "http://user@/", "http://a b.com/", "http://exa%41mple.com/", "http://[::1]:80/",
  "http://[2001:db8:0:0:1:0:0:1]/", "http://[::ffff:192.168.0.1]/", "http://[1:2:3:4:5:6:7:8:9]/", "http://[::1/",
  "http://192.168.0.1/", "http://0x7f.1/", "http://0300.0250.0.1/", "http://4294967295/", "http://4294967296/",
  "http://1.2.3.4.5/", "http://1.2.3.09/", "http://example.com./", "http://ex%00ample/", "http://EXAMPLE.com:65535/",
  "http://example.com:65536/", "http://example.com:/x", "http://example.com:0080/", "https://example.com:80/",
  "ftp://f.com:21/", "ws://w.com:80/", "wss://w.com:443/", "file:///C:/dir/../x.txt", "file://localhost/etc/passwd",
  "file://host/share/f", "file:c:\\windows\\sys", "mailto:someone@example.com?subject=hi there",
  "javascript:alert(1) ", "data:text/plain,a b#frag", "urn:isbn:0451450523", "foo://host/path with space",
  "foo://HOST:99/%7e", "foo:/a/../../b", "foo:////x", "sc://ñ.test/", "blob:https://example.com/uuid", "blob:foo:bar",
  "http://example.com/a b/c\"d<e>f`g{h}i|j^k", "http://example.com/?a b\"c'd<e>", "foo://x/?a'b",
  "http://example.com/#a b\"c<d>e`f", "http://example.com/\u00e9?\u00e9#\u00e9", "http://ex\tam\nple.com/\r",
  "  http://trim.com/  ", "http:\\\\back\\slash\\p", "http:/one-slash.com/", "http:example.com/", "https://%zz/",
  "", "nope", "http://", "http://a:b@/", "//no-scheme.com", "http://münchen.de/", "http://XN--MNCHEN-3YA.de/",
  "http://xn--/", "http://faß.de/", "http://%E2%98%83.net/", "http://a..b/", "HTTP://a.b/%2e%2E/c/%2e",
  "non-spec:/.//p", "http://example.com/\ud800", "http://h/?q=\ud83d\ude00",
];
for (const s of absolute) show(s);
const base = "http://user:pw@a.example/b/c/d;p?q#f";
for (const r of ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "", ".", "./", "..",
  "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g",
  "./g/.", "g/./h", "g/../h", "http:g", "https:g", "\\\\server\\x", "  g  ", "%zz", "g?a=1&b=2#x y"]) show(r, base);
show("x", "mailto:a@b");
show("#frag", "mailto:a@b");
show("../y", "file:///C:/a/b");
show("/z", "file:///C:/a/b");
show("?q", "file:///tmp/f");
show("x", "not a url");
show("b", "foo://host/a/");
console.log(URL.canParse("https://ok"), URL.canParse("nope"), URL.canParse("x", "https://b/"), URL.canParse("x", "bad"));
// setters
const u = new URL("https://user:pw@example.com:8080/path/to?x=1#top");
for (const [attr, value] of [["protocol", "http"], ["protocol", "ftp:"], ["protocol", "mailto"], ["protocol", "1bad"],
  ["username", "n@me"], ["password", "p:ss w"], ["host", "other.org:81"], ["hostname", "h.net"], ["hostname", "bad host"],
  ["port", "443"], ["port", "21"], ["port", "99999"], ["port", "12abc"], ["port", ""], ["pathname", "/a b/../c"],
  ["pathname", "no-slash"], ["search", "?q=a b&r=#"], ["search", "plain"], ["search", ""], ["hash", "#x y"], ["hash", "z"],
  ["hash", ""], ["href", "http://new.example/"], ["protocol", "https"]]) {
  u[attr] = value;
  console.log(attr, JSON.stringify(value), u.href);
}
try { u.href = "not valid"; } catch (e) { console.log("href setter:", e.constructor.name); }
const m = new URL("mailto:x@y.z");
m.host = "ignored";
m.pathname = "ignored";
m.port = "1";
m.username = "u";
console.log(m.href, m.host, m.origin);
const f = new URL("file:///x");
f.host = "server";
f.port = "8";
console.log(f.href);
// URLSearchParams
const sp = new URLSearchParams("?a=1&b=2&a=3&c=%20x+y&d&=e&f=%zz&g=%E2%82%AC&&h=a=b");
console.log(sp.toString(), sp.size, sp.get("a"), sp.get("zz"), JSON.stringify(sp.getAll("a")), sp.has("d"), sp.has("a", "3"),
  sp.has("a", "4"), JSON.stringify(sp.get("c")), sp.get(""), sp.get("f"), sp.get("g"), sp.get("h"));
sp.append("sp ace", "v&=+?/\u00e9\ud83d\ude00~*-._!'()");
sp.set("a", "only");
sp.delete("b");
sp.delete("d", "nope");
console.log(sp.toString());
sp.delete("a", "only");
sp.sort();
console.log([...sp].join(" | "), [...sp.keys()].join(), [...sp.values()].join());
console.log(new URLSearchParams([["x", "1"], ["y", "2"]]).toString(), new URLSearchParams({ p: "1", q: "\ud800" }).toString(),
  new URLSearchParams(new Map([["m", "v"]])).toString(), new URLSearchParams(undefined).toString(), new URLSearchParams("").size);
for (const bad of [[["only-one"]], [1], [["a", "b", "c"]]]) {
  try { new URLSearchParams(bad); } catch (e) { console.log("init", JSON.stringify(bad), e.constructor.name); }
}
const sorted = new URLSearchParams("z=1&\ufb03=2&\ud83d\ude00=3&a=4&z=0&A=5");
sorted.sort();
console.log(sorted.toString());
const linked = new URL("https://h/p?one=1");
const params = linked.searchParams;
params.append("two", "2 2");
console.log(linked.href, linked.searchParams === params);
linked.search = "?three=3";
console.log(params.toString(), params.get("three"));
params.delete("three");
console.log(linked.href, JSON.stringify(linked.search));
const visited = [];
new URLSearchParams("a=1&b=2").forEach(function (v, k, o) { visited.push(k + "=" + v, o instanceof URLSearchParams, this.t); }, { t: "T" });
console.log(visited.join());
const it = new URLSearchParams("k=v")[Symbol.iterator]();
console.log(Object.prototype.toString.call(it), JSON.stringify(it.next()), JSON.stringify(it.next()));
console.log(JSON.stringify({ u: new URL("http://j.son/") }), String(new URL("http://s.tr/")), `${new URL("http://t.pl/")}`);
console.log(Object.prototype.toString.call(new URL("http://x/")), Object.prototype.toString.call(sp), URL.length,
  typeof Object.getOwnPropertyDescriptor(URL.prototype, "href").set, Object.getOwnPropertyDescriptor(URL.prototype, "origin").set);
try { URL.prototype.href; } catch (e) { console.log("brand check:", e.constructor.name); }
try { new URL(); } catch (e) { console.log("no argument:", e.constructor.name); }
