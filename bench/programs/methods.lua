-- Method calls and field access on small classes (same as methods.py).
local Vec = {}
Vec.__index = Vec

function Vec.new(x, y)
  return setmetatable({x = x, y = y}, Vec)
end

function Vec:add(other)
  return Vec.new(self.x + other.x, self.y + other.y)
end

function Vec:dot(other)
  return self.x * other.x + self.y * other.y
end

local Counter = {}
Counter.__index = Counter

function Counter.new()
  return setmetatable({count = 0}, Counter)
end

function Counter:bump(k)
  self.count = self.count + k
  return self.count
end

local function main()
  local c = Counter.new()
  local v = Vec.new(0, 0)
  local step = Vec.new(1, 2)
  local checksum = 0
  for i = 0, 2500000 - 1 do
    v = v:add(step)
    checksum = (checksum + v:dot(step) + c:bump(i % 7)) % 1000000007
  end
  print(string.format("%d %d %d %d", checksum, v.x, v.y, c.count))
end

main()
