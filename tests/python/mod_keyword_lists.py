# keyword: the keyword lists and the two predicates
import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print(sorted(keyword.__all__))
for w in ['for', 'False', 'None', 'async', 'await', 'match', 'case', '_', 'type', 'print', 'For', '']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(keyword.kwlist == sorted(keyword.kwlist), len(keyword.kwlist), len(keyword.softkwlist))
