-- A while loop of integer arithmetic (same as loop.py).
local function main()
  local i = 0
  local total = 0
  while i < 9000000 do
    total = (total + i * 7) % 1000003
    if i % 3 == 0 then
      total = total + 1
    end
    i = i + 1
  end
  print(total)
end

main()
