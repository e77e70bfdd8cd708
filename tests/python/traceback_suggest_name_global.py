# A global misspelled inside a nested call: the innermost frame's globals are searched.
counter = 5

def inner():
    return countr + 1

def outer():
    return inner() * 2

try:
    undefined_name_far_away_xyz
except NameError as e:
    print("no suggestion in str():", e)
outer()
