"""Tier 2's second backend: a VLIW machine model (bundles, predicates, speculative loads,
branch preparation), its scheduler and a cycle-counting simulator (docs/VLIW.md)."""
