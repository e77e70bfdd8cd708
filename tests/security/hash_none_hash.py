# expect: exception TypeError
# cpython: same
class A:
    __hash__ = None
{A()}
