def describe(name, age, city="?"):
    print(name, age, city)
describe("ann", 30)
describe(age=5, name="kid")
describe("bob", city="Paris", age=40)
