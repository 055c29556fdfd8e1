def compute(values, index):
    total = values[0] * 2
    return total + values[index]   +   1

print(compute([1, 2, 3], 1))
result = compute([1, 2, 3], 10)
