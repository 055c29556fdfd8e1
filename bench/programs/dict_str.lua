-- Table and string work: word counting, joins, formatting (same as dict_str.py).
local WORDS = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"}

local function make_text(n)
  local out = {}
  local seed = 12345
  for k = 1, n do
    seed = (seed * 1103515245 + 12345) % 2147483648
    out[k] = WORDS[seed % #WORDS + 1] .. tostring(seed % 13)
  end
  return table.concat(out, " ")
end

local function main()
  local counts = {}
  local ncounts = 0
  local total_len = 0
  for _ = 1, 100 do
    local text = make_text(20000)
    for word in string.gmatch(text, "[^ ]+") do
      local c = counts[word]
      if c == nil then
        ncounts = ncounts + 1
        c = 0
      end
      counts[word] = c + 1
    end
    total_len = total_len + #text
  end
  local keys = {}
  for word in pairs(counts) do
    keys[#keys + 1] = word
  end
  table.sort(keys)
  local lines = {}
  for k, word in ipairs(keys) do
    lines[k] = string.format("%s=%d", word, counts[word])
  end
  local report = table.concat(lines, ";")
  local checksum = 0
  for k = 1, #report do
    checksum = (checksum * 31 + string.byte(report, k)) % 1000000007
  end
  print(string.format("%d %d %d %d", ncounts, total_len, #report, checksum))
end

main()
