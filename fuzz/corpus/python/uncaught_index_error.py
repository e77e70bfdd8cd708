def last(items):
    return items[len(items)]
def process():
    data = [1, 2, 3]
    print(data[0])
    return last(data)
process()
