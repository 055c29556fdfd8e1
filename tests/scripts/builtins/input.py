# input(): the prompt goes to stdout, the line comes from stdin without its
# newline, and the end of input raises EOFError.
name = input("name? ")
print("hello", name)
print(repr(input()))
print(repr(input(42)))
try:
    input("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    input("last? ")
except EOFError as e:
    print(type(e).__name__, e)
