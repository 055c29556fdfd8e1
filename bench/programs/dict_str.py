# dict and str work: word counting, joins, f-strings.
WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]


def make_text(n):
    out = []
    seed = 12345
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(WORDS[seed % len(WORDS)] + str(seed % 13))
    return " ".join(out)


def main():
    counts = {}
    total_len = 0
    for _ in range(100):
        text = make_text(20000)
        for word in text.split(" "):
            counts[word] = counts.get(word, 0) + 1
        total_len += len(text)
    lines = []
    for word in sorted(counts):
        lines.append(f"{word}={counts[word]}")
    report = ";".join(lines)
    checksum = 0
    for ch in report:
        checksum = (checksum * 31 + ord(ch)) % 1000000007
    print(len(counts), total_len, len(report), checksum)


main()
