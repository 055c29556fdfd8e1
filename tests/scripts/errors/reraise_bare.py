def parse(text):
    try:
        return int(text)
    except ValueError:
        print("could not parse", repr(text))
        raise

parse("12")
parse("twelve")
