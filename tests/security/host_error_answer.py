# expect: exception RuntimeError
# function: fail
fail(1)
