try:
    1 / 0
except ZeroDivisionError as e:
    e.add_note("while dividing")
    raise
