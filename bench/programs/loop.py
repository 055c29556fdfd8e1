# A while loop of integer arithmetic (stays within 64 bits).
def main():
    i = 0
    total = 0
    while i < 9000000:
        total = (total + i * 7) % 1000003
        if i % 3 == 0:
            total += 1
        i += 1
    print(total)


main()
