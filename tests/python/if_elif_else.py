def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in (-5, 0, 3, 42):
    print(n, classify(n))
x = 5
if x > 3:
    print("gt3")
if x > 10:
    print("gt10")
else:
    print("not gt10")
