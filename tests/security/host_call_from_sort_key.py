# expect: exception RuntimeError
# echo-host: echo
# A host call cannot pause inside a nested VM loop (DESIGN.md section 1): sort keys run inline now
# (vm.c, "pausable builtins"), but the comparisons of the C sort still call __lt__ from C.
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return echo(self.v) < other.v
sorted([K(3), K(1), K(2)])
