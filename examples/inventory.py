# A small report over plain data: dicts, lists, loops, functions with defaults, f-string
# formatting, big integers and exception handling.

stock = [
    {"item": "apple", "qty": 120, "price": 0.45},
    {"item": "banana", "qty": 0, "price": 0.25},
    {"item": "cherry", "qty": 2500, "price": 0.08},
    {"item": "durian", "qty": 3, "price": 12.5},
]


def value(row):
    return row["qty"] * row["price"]


def restock_list(rows, threshold=10):
    low = []
    for row in rows:
        if row["qty"] < threshold:
            low.append(row["item"])
    return low


def unit_price(rows, name):
    for row in rows:
        if row["item"] == name:
            return row["price"]
    raise KeyError(name)


total = 0.0
for row in stock:
    v = value(row)
    total += v
    print(f"{row['item']:<8} {row['qty']:>5} x {row['price']:6.2f} = {v:9.2f}")
print(f"{'total':<8} {total:>26.2f}")
print("restock:", ", ".join(restock_list(stock)))

by_value = sorted(stock, key=value, reverse=True)
print("most valuable:", by_value[0]["item"])

for name in ("cherry", "mango"):
    try:
        print(name, "costs", unit_price(stock, name))
    except KeyError as e:
        print("no such item:", e)

# Python integers never overflow.
combos = 1
for n in range(1, 31):
    combos *= n
print("30! =", combos)
