print(..., Ellipsis, ... is Ellipsis, NotImplemented, type(...).__name__, type(NotImplemented).__name__)
def stub(): ...
print(stub(), __name__)
if __name__ == "__main__":
    print("main guard")
print(bool(None), repr(None), None.__class__.__name__)
