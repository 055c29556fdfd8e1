def area(width, height):
    return width * height

shapes = [(2, 3), (4,)]
for shape in shapes:
    print(area(*shape))
