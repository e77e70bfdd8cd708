# json.dumps of a ~1 MB document (5,000 records of mixed values), 10 times.
import json
records = [{"id": i, "name": f"user{i}", "email": f"user{i}@example.com", "active": i % 3 == 0,
            "score": i * 0.731, "balance": -i * 12.5 + 0.01, "tags": ["alpha", "beta", str(i % 11)],
            "address": {"street": f"{i} Main St", "city": "Zürich", "zip": 10000 + i},
            "note": None if i % 4 else "line one\nline \"two\"", "ratio": i / 7}
           for i in range(5000)]
total = 0
for _ in range(10):
    s = json.dumps(records)
    total += len(s)
print(len(s), total)
