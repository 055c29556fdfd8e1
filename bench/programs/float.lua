-- Float arithmetic: midpoint-rule integration of 4 / (1 + x^2) over [0, 1] (same as float.py).
local function integrate(n)
  local h = 1.0 / n
  local total = 0.0
  local i = 0
  while i < n do
    local x = (i + 0.5) * h
    total = total + 4.0 / (1.0 + x * x)
    i = i + 1
  end
  return total * h
end

print(string.format("%.10f", integrate(6000000)))
