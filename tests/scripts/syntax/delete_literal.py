x = 1
del 5
