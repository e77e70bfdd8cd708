# gc-stress: every 397
# (a random differential test: a collection on every allocation would take minutes, see scripts/gc-stress-cli.sh)
# larger json round trip and lru_cache evictions (dict insert/delete churn)
import functools, json
@functools.lru_cache(maxsize=4)
def sq(x):
    return x * x
print(sum(sq(i % 50) for i in range(5000)), sq.cache_info())
data = [{"id": i, "name": f"item{i}", "tags": ["a", "b"], "price": i * 1.5} for i in range(2000)]
s = json.dumps(data)
print(len(s), len(json.loads(s)))
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
