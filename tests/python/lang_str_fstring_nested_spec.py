w, p = 10, 3
x = 3.14159
print(f"[{x:{w}.{p}f}]", f"[{'hi':{'*'}^{w}}]", f"[{x:>{w}}]")
for fill in "-=":
    print(f"{'t':{fill}<5}")
