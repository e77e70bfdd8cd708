# keyword for Moat: Python 3.11's keyword lists (kwlist, softkwlist) and the predicates
# iskeyword/issoftkeyword. Written for Moat from the language reference ("Keywords" and "Soft
# Keywords"); the lists are sorted as CPython's are. Nothing is left out.

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

# Reserved words of the 3.11 grammar; the capitalized constants sort first (ASCII order).
kwlist = sorted("""
    False None True and as assert async await break class continue def del elif else except
    finally for from global if import in is lambda nonlocal not or pass raise return try while
    with yield""".split())

# Words that are keywords only in some contexts (match statements) in 3.11.
softkwlist = ["_", "case", "match"]

iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
