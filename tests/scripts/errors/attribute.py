class Config:
    def __init__(self):
        self.name = "cfg"

def describe(obj):
    return obj.name.upper() + obj.missing_attribute

describe(Config())
