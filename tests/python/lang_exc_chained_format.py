import traceback
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        if s == "cause":
            raise KeyError("k") from e
        raise KeyError("ctx")
for mode in ("cause", "context"):
    try:
        parse(mode)
    except KeyError as e:
        text = "".join(traceback.format_exception(e))
        print([l for l in text.splitlines() if not l.startswith(" ")])
