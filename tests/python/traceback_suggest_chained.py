# With a chained exception, the last line is the final exception's, suggestion included.
config = {"name": "x"}
try:
    confg["name"]
except NameError:
    config.iteems()
