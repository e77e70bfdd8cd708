# raise ... from ... prints the cause first, then "The above exception was the direct cause".
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("bad config value") from e

print(load("12"))
load("twelve")
