counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
LIMIT = 3
def over(n):
    return n > LIMIT
print(over(2), over(5))
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
