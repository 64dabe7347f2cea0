"""The en-US data of CLDR, from Babel's copy (loaded on first use: Intl costs nothing until a
script touches it)."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..dependencies import require


@lru_cache(maxsize=None)
def locale() -> Any:
    return require("babel", "babel", "Intl (its CLDR data)").Locale("en", "US")


def data(key: str) -> Any:
    """A top-level entry of the locale data (unit_patterns, date_fields, ...)."""
    return locale()._data[key]


def plural_category(operand: Any, ordinal: bool = False) -> str:
    """The CLDR plural category of a Decimal (its exponent gives the visible fraction digits)."""
    rule = locale().ordinal_form if ordinal else locale().plural_form
    return rule(operand)


def currency_digits(code: str) -> int:
    """The ISO 4217 minor unit digits of a currency (2 for unknown codes)."""
    return require("babel.numbers", "babel", "Intl (its CLDR data)").get_currency_precision(code)
