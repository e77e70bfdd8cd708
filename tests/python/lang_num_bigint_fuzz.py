state = 987654321
def rnd(bits):
    global state
    r = 0
    for _ in range((bits + 63) // 64):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        r = (r << 64) | state
    return r >> ((bits + 63) // 64 * 64 - bits)
for i in range(60):
    a = rnd(1 + rnd(3) * 150) - rnd(300)
    b = rnd(1 + rnd(3) * 60) - rnd(200) or 7
    q, r = divmod(a, b)
    assert q * b + r == a
    print(a + b, a - b, a * b, q, r, a & b, a | b, a ^ b, a >> (i % 70), (a << (i % 33)) % (abs(b) + 1), pow(a, 3, abs(b) + 2))
    print(hex(a), oct(b), int(str(a)) == a, int(hex(a), 16) == a, len(bin(a)))
