# No candidate is close enough: the last line has no suggestion.
values = {"a": 1}
print(values["a"])
print(completely_unrelated_identifier_qq)
