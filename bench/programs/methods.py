# Method calls and attribute access on small classes.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, k):
        self.count += k
        return self.count


def main():
    c = Counter()
    v = Vec(0, 0)
    step = Vec(1, 2)
    checksum = 0
    for i in range(2500000):
        v = v.add(step)
        checksum = (checksum + v.dot(step) + c.bump(i % 7)) % 1000000007
    print(checksum, v.x, v.y, c.count)


main()
