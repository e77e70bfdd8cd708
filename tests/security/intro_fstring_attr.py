# expect: output <class 'type'>
# cpython: same
x = 1
print(f"{x.__class__.__class__}")
