class MyErr(Exception): pass
def f(): raise MyErr
f()
