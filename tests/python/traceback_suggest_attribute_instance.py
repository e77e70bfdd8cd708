# Instance and class attributes of a user class are candidates (dir() of the instance).
class Ship:
    def __init__(self):
        self.velocity = 3

    def accelerate(self):
        self.velocity += 1

s = Ship()
s.accelerate()
print(s.velocity)
print(s.velocty)
