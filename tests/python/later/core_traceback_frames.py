def inner(): raise RuntimeError("deep")
def outer(): inner()
try: outer()
except RuntimeError as err:
    tb = err.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    print(err.__traceback__.tb_frame.f_globals is globals())
