# expect: limit memory
# limits: --memory-bytes 8000000 --instructions 1000000000
e = None
while True:
    try:
        raise ValueError("x" * 100) from e
    except ValueError as err:
        e = err
