# keyword: kwlist, softkwlist, iskeyword.
import keyword
print(keyword.kwlist)
print(keyword.softkwlist)
print(keyword.iskeyword("for"), keyword.iskeyword("print"), keyword.issoftkeyword("match"))
