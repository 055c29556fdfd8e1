// SHA-512 (FIPS 180-4), for random.seed() of str and bytes, which CPython
// seeds from the input followed by its SHA-512 digest.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace gilt {

std::array<uint8_t, 64> sha512(std::string_view data);

}  // namespace gilt
