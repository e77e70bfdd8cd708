x = 5
print(-x, +x, ~x, --x, -(-x), ~~x, -+-x)
print(-2.5, +2.5, -0.0, -(10 ** 30))
print(not -x, -True, ~False)
