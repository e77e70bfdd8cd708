# expect: output 1 [1, 2]
# expect: output 17 ['1', '2']
# expect: output 30 RuntimeError host function 'echo' cannot be called fr
# echo-host: echo
# MOAT_PAUSABLE_ITER_DEPTH (src/config.h, 16): how deep the VM looks into nested map/filter/zip/
# enumerate objects to decide whether their items need Python code. A chain of 17 maps over a host
# function pauses at each host call; a chain of 30 keeps the C path, where the host call raises
# the nested-loop RuntimeError: a clean, catchable error, never a crash or a lost pause.
for depth in (1, 17, 30):
    m = map(echo, [1, 2])
    for _ in range(depth - 1):
        m = map(str, m)
    try:
        print(depth, list(m))
    except RuntimeError as e:
        print(depth, type(e).__name__, str(e)[:40])
