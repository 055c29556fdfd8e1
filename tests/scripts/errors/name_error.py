def outer():
    def inner():
        return undefined_thing * 2
    return inner()

print("before")
outer()
print("after")
