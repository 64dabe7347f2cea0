"""GetValue / PutValue on a nullish base throw before the key's ToPropertyKey (6.2.5.5, 6.2.5.6),
with V8's wording (no "(reading ...)" part for an object key)."""
import pytest


@pytest.mark.parametrize("src,message", [
    ("null[{ toString() { throw new Error('key'); } }]", "TypeError: Cannot read properties of null"),
    ("var b; b[{ toString() { throw new Error('key'); } }] ^= 1", "TypeError: Cannot read properties of undefined"),
    ("var b = null; b[{ toString() { throw new Error('key'); } }] = 1", "TypeError: Cannot set properties of null"),
    ("null[1]", "TypeError: Cannot read properties of null (reading '1')"),
    ("undefined.x = 1", "TypeError: Cannot set properties of undefined (setting 'x')"),
])
def test_nullish_base(js_error, src, message):
    assert js_error(src) == message
