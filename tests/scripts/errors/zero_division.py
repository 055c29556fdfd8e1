# An uncaught exception inside a function: traceback on stderr, exit status 1.
def divide(a, b):
    return a / b


print("before")
print(divide(1, 0))
print("not reached")
