import sys
class Point:
    def __init__(self):
        self.value = 1
    def compute(self):
        return 2
def f():
    counter = 1
    try:
        return countr
    except NameError as e:
        print(e)
    try:
        Point().valeu
    except AttributeError as e:
        print(e)
f()
try:
    prnt("x")
except NameError as e:
    print(e)
[].apend(1)
