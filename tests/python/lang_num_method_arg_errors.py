for f in (lambda: (1).bit_length(1), lambda: (1).bit_count(2), lambda: (1.5).is_integer(1), lambda: (1.5).hex(2), lambda: float.fromhex(), lambda: (1).conjugate(1), lambda: (2.5).as_integer_ratio(0)):
    try:
        f()
    except TypeError as e:
        print(e)
