# expect: exception RecursionError
# limits: --recursion-depth 200
# echo-host: tool
# Inline dunder frames count against the Python recursion limit (no C stack growth).
class R:
    def __getitem__(self, k):
        tool(k)
        return self[k + 1]
R()[0]
