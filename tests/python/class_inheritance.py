class Animal:
    sound = "..."
    def speak(self):
        return type(self).__name__ + " says " + self.sound
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
for a in (Animal(), Dog(), Puppy()):
    print(a.speak())
print(isinstance(Puppy(), Animal), issubclass(Dog, Puppy))
