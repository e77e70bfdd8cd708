# expect: limit instructions
# limits: --instructions 1000000
while True:
    try:
        raise ValueError("x" * 100)
    except ValueError:
        pass
