scores = {"ann": 90, "bob": 72, "cy": 85}
for name, score in scores.items():
    print(name, score)
best = None
for name in scores:
    if best is None or scores[name] > scores[best]:
        best = name
print("best", best)
