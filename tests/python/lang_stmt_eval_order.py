x = [0, 0]; i = 0
x[i] = i = 1
print(x, i)
log = []
def t(v):
    log.append(v); return v
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(log); log.clear()
def f(*a, **k): pass
f(t(1), t(2), k=t(3), *[t(4)], **{"z": t(5)})
print(log); log.clear()
t([])[t(0):t(1)] = t([9])
print(log); log.clear()
a = t(1) + t(2) * t(3)
print(log); log.clear()
print(t(1) < t(2) < t(0) < t(99), log)
