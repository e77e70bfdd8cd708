rows = [("Widget", 1234, 3.5), ("Gadget", 87, 12.25), ("Thingamajig", 5, 1999.999), ("Nut", 100000, 0.01)]
w = max(len(r[0]) for r in rows)
header = f"{'Item':<{w}} | {'Qty':>8} | {'Price':>10} | {'Total':>12}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    t = qty * price
    grand += t
    print(f"{name:<{w}} | {qty:>8,} | {price:>10.2f} | {t:>12,.2f}")
print("=" * len(header))
print(f"{'TOTAL':<{w}} | {'':>8} | {'':>10} | {grand:>12,.2f}")
print(f"{grand:.3e} {grand / len(rows):_.1f} {0.4567:.1%} {-42:+05d} {'centered':^20}|")
pct = {"a": 0.5, "b": 0.25, "c": 0.125}
for k, v in pct.items():
    bar = "#" * int(v * 40)
    print(f"{k}: {bar:<20} {v:>6.1%}")
print("%-10s|%10.3f|%5d" % ("left", 3.14159, 42))
print("{:>12}".format("{:.2f}".format(3.14159)), str(round(2.675, 2)).rjust(8, "."))
