from collections import defaultdict, Counter
orders = [
    {"id": 1, "customer": "ana", "items": [{"sku": "A1", "qty": 2, "price": 9.99}, {"sku": "B2", "qty": 1, "price": 24.5}], "status": "shipped"},
    {"id": 2, "customer": "bo", "items": [{"sku": "A1", "qty": 1, "price": 9.99}], "status": "pending"},
    {"id": 3, "customer": "ana", "items": [{"sku": "C3", "qty": 5, "price": 1.25}], "status": "shipped"},
    {"id": 4, "customer": "cy", "items": [], "status": "cancelled"},
]
def total(o): return round(sum(i["qty"] * i["price"] for i in o["items"]), 2)
by_customer = defaultdict(list)
for o in orders:
    by_customer[o["customer"]].append(total(o))
print(dict(by_customer))
print({c: round(sum(v), 2) for c, v in sorted(by_customer.items(), key=lambda kv: -sum(kv[1]))})
skus = Counter(i["sku"] for o in orders for i in o["items"] for _ in range(i["qty"]))
print(skus.most_common(2), sorted(skus.elements())[:4])
status = Counter(o["status"] for o in orders)
print(sorted(status.items()), max(orders, key=total)["id"], [o["id"] for o in orders if not o["items"]])
grouped = {}
for o in sorted(orders, key=lambda o: (o["status"], -o["id"])):
    grouped.setdefault(o["status"], []).append(o["id"])
print(grouped)
