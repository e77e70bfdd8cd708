# Captures store into whatever scope the name has: module, class body, function, cell, global.
match (1, 2):
    case (mod_a, mod_b):
        pass
print(mod_a, mod_b)

class C:
    match {"x": 10}:
        case {"x": cls_x}:
            doubled = cls_x * 2
print(C.cls_x, C.doubled)

def outer():
    match [3, 4]:
        case [cell, other]:
            pass
    def inner():
        return cell + other
    return inner()
print(outer())

def counter():
    total = 0
    def add(v):
        nonlocal total
        match v:
            case int(total):
                pass
        return total
    return add
add = counter()
print(add(5), add("x"))

g_val = None
def set_global(v):
    global g_val
    match v:
        case [g_val, *_]:
            return True
    return False
print(set_global([7, 8]), g_val, set_global([]), g_val)

# Comprehension scopes: a match in a lambda's called function.
def pick(v):
    match v:
        case {"id": i}:
            return i
print([pick(d) for d in ({"id": 1}, {"id": 2}, {})])

# __private names are mangled in class bodies.
class P:
    match 5:
        case __hidden:
            pass
print(P._P__hidden)
