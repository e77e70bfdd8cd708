# expect: exception TypeError
# cpython: same
{[]: 1}
