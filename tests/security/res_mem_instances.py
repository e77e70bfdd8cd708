# expect: limit memory
# limits: --memory-bytes 8000000 --instructions 1000000000
class A:
    def __init__(self, n):
        self.n = n
        self.pad = [n] * 10
xs = []
while True:
    xs.append(A(len(xs)))
