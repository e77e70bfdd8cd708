its = [iter([1]), iter([]), iter([3])]
print(list(map(next, its)))
def stopper(x):
    if x == 2:
        raise StopIteration
    return x
print(list(map(stopper, [1, 2, 3])), list(filter(lambda v: stopper(v) or True, [1, 2, 3])))
print(list(zip([1, 2], map(stopper, [1, 2, 3]))))
