class Broken:
    def __repr__(self):
        raise ValueError("repr failed")

items = [1, Broken()]
print(items)
