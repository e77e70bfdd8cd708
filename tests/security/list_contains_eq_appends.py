# expect: output False
# cpython: same
class A:
    n = 0
    def __eq__(self, other):
        A.n += 1
        if A.n < 100:
            data.append(A())
        return False
data = [A()]
print(5 in data)
