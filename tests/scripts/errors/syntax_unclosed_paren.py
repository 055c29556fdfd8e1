# A SyntaxError is reported before anything runs.
print("never printed")
x = (1 + 2
print(x)
