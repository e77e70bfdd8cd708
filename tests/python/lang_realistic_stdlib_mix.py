import json, re, itertools, functools, operator
from dataclasses import dataclass, field, asdict
from collections import OrderedDict, deque, ChainMap
from typing import List, Dict, Optional
@dataclass
class Task:
    name: str
    priority: int = 0
    tags: List[str] = field(default_factory=list)
    done: bool = False
tasks = [Task("write", 2, ["doc"]), Task("test", 1), Task("ship", 3, ["rel", "doc"], True)]
print(json.dumps([asdict(t) for t in tasks], indent=2, sort_keys=True))
for k, g in itertools.groupby(sorted(tasks, key=lambda t: t.done), key=lambda t: t.done):
    print(k, [t.name for t in g])
print(re.sub(r"(\w+)@(\w+)", lambda m: m.group(2).upper() + "#" + m.group(1), "ana@x bo@y"))
print(functools.reduce(operator.mul, range(1, 10)), list(itertools.accumulate([1, 2, 3])), list(itertools.combinations("abc", 2)))
dq = deque(maxlen=3)
for i in range(5): dq.append(i)
print(dq, ChainMap({"a": 1}, {"a": 2, "b": 3})["b"], OrderedDict(a=1))
def find(name: str) -> Optional[Task]:
    return next((t for t in tasks if t.name == name), None)
print(find("test"), find("nope"))
print(json.loads('{"a": [1, 2.5, null, true, "\\u00e9"]}'))
print(sorted(tasks, key=operator.attrgetter("priority"))[0].name, max(tasks, key=lambda t: (len(t.tags), t.priority)).name)
