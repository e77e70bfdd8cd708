try:
    {}["missing"]
except KeyError as e:
    raise RuntimeError("explicit cause") from e
