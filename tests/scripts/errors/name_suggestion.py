def total(values):
    result = 0
    for value in values:
        result += valeu
    return result

total([1, 2])
