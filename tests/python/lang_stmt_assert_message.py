try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], {"k": 1}
except AssertionError as e:
    print(e.args)
assert True, "never"
print("ok")
