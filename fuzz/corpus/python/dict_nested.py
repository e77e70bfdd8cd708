data = {"users": [{"name": "ann", "age": 31}, {"name": "bob", "age": 25}], "count": 2}
print(data["users"][1]["name"])
data["users"][0]["age"] += 1
print(data)
total = 0
for u in data["users"]:
    total += u["age"]
print(total)
