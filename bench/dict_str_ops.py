# Dicts and strings: word counting, formatting and joins.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
counts = {}
for i in range(200_000):
    w = words[i % 8] + str(i % 100)
    counts[w] = counts.get(w, 0) + 1
lines = [f"{k}:{v}" for k, v in sorted(counts.items())]
print(len(counts), len(",".join(lines)), lines[:2])
