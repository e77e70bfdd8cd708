# An endless loop is stopped by the instruction (or time) limit: a LimitError on stderr, exit 3,
# not catchable by the program (CPython would loop forever).
print("start")
try:
    while True:
        pass
except BaseException:
    print("caught: must not happen")
