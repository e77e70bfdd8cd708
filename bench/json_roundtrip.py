# The json module (written in Python inside Moat): dumps and loads of nested data.
import json
data = [{"id": i, "name": f"item{i}", "tags": ["a", "b", str(i % 7)], "price": i * 1.25, "ok": i % 2 == 0}
        for i in range(20000)]
s = json.dumps(data)
back = json.loads(s)
print(len(s), back[19999]["name"], sum(d["price"] for d in back))
