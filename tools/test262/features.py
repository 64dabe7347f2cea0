"""Which tests this host can run at all: features the host cannot provide (agents and shared
memory, Intl, Temporal, deferred and source-phase imports, ...) and [[CanBlock]] (the main agent cannot block). Everything else runs, and fails if unimplemented.
"""
from __future__ import annotations

from .frontmatter import TestMeta

#: test262 feature tags whose tests are skipped by default (--run-all-features runs them).
UNSUPPORTED_FEATURES = frozenset({
    "Atomics", "Atomics.pause", "Atomics.waitAsync", "SharedArrayBuffer",
    "Temporal", "ShadowRealm", "decorators", "tail-call-optimization",
    "import-defer", "source-phase-imports", "source-phase-imports-module-source",
    "Intl.DurationFormat", "Intl.Locale-info",
    "intl-normative-optional", "Intl.Era-monthcode",
})

#: Directories of test262 that need ECMA-402 (skipped by discovery unless asked for).
INTL_DIRS = ("intl402", "staging/intl402")

CAN_BLOCK = False


def skip_reason(meta: TestMeta, html_dda: bool,
                excluded: frozenset[str] = UNSUPPORTED_FEATURES) -> str | None:
    """Why a test cannot run on this host, or None if it can."""
    if meta.has("CanBlockIsTrue") and not CAN_BLOCK:
        return "needs [[CanBlock]] true"
    if meta.has("CanBlockIsFalse") and CAN_BLOCK:
        return "needs [[CanBlock]] false"
    if "IsHTMLDDA" in meta.features and not html_dda:
        return "host has no $262.IsHTMLDDA"
    missing = sorted(f for f in meta.features if f in excluded)
    if missing:
        return f"unsupported feature: {', '.join(missing)}"
    return None
