def lookup(d, key):
    return d[key]
def main():
    config = {"host": "x"}
    print(lookup(config, "host"))
    print(lookup(config, "port"))
main()
