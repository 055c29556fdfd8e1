// gilt::BigInt — arbitrary-precision signed integer with Python 3.11 `int`
// semantics (floor division, infinite two's-complement bitwise ops, hash,
// correctly rounded conversion to float, int(s, base) parsing rules).
//
// Self-contained: depends only on the C++ standard library.
//
// Representation: sign + magnitude, 32-bit limbs, little-endian limb order,
// normalized (no leading zero limbs; zero has size 0 and is non-negative).
// Magnitudes of up to kInlineLimbs limbs (128 bits) are stored inline, so
// values that merely overflow int64 do not touch the heap.
//
// Error conditions that Python reports as exceptions are never thrown here;
// they are reported through return values (std::optional, status enums,
// bool results) and the caller raises the Python exception. Documented
// preconditions (e.g. non-zero divisor) are the caller's responsibility.
// The only C++ exceptions are std::bad_alloc / std::length_error when a
// result would be absurdly large (the caller may map these to MemoryError /
// OverflowError).
#pragma once

#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gilt {

class BigInt {
 public:
  using Limb = std::uint32_t;
  static constexpr unsigned kLimbBits = 32;
  static constexpr std::uint32_t kInlineLimbs = 4;

  // ---- hashing constants (CPython sys.hash_info: width 64, modulus 2**61-1)
  static constexpr unsigned kHashBits = 61;
  static constexpr std::uint64_t kHashModulus = (std::uint64_t{1} << kHashBits) - 1;

  // CPython's default limit for int<->str conversion of non power-of-two bases
  // (sys.get_int_max_str_digits()).
  static constexpr std::size_t kDefaultMaxStrDigits = 4300;

  // ---- construction -------------------------------------------------------
  BigInt() noexcept : size_(0), cap_(kInlineLimbs), neg_(false) { inline_[0] = 0; }
  // Implicit from any built-in integer type (exact).
  template <std::integral T>
  BigInt(T v) noexcept : BigInt() {  // NOLINT(google-explicit-constructor)
    if constexpr (std::is_signed_v<T>) {
      set_int64(static_cast<std::int64_t>(v));
    } else {
      set_uint64(static_cast<std::uint64_t>(v));
    }
  }
  static BigInt from_int64(std::int64_t v) noexcept { return BigInt(v); }
  static BigInt from_uint64(std::uint64_t v) noexcept { return BigInt(v); }
  // Truncates toward zero. Precondition: std::isfinite(d).
  static BigInt from_double(double d);

  BigInt(const BigInt& o);
  BigInt(BigInt&& o) noexcept;
  BigInt& operator=(const BigInt& o);
  BigInt& operator=(BigInt&& o) noexcept;
  ~BigInt();

  // ---- parsing ------------------------------------------------------------
  enum class ParseStatus {
    Ok,
    Invalid,        // ValueError: invalid literal for int() with base B: '...'
    TooManyDigits,  // ValueError: Exceeds the limit (L digits) ...: value has N digits ...
  };
  struct ParseResult;  // defined after the class
  // Exactly Python's int(s, base) for an ASCII string: surrounding ASCII
  // whitespace (" \t\n\v\f\r"), optional sign, optional 0x/0o/0b prefix when
  // it matches the base (base 0 = auto-detect; then non-zero decimal numbers
  // may not have leading zeros), single underscores between digits and after
  // a prefix. Precondition: base == 0 or 2 <= base <= 36.
  // max_str_digits: CPython's int_max_str_digits (0 = unlimited); applies to
  // bases that are not powers of two, counted as CPython counts them.
  // Non-ASCII input (Unicode digits/spaces) must be transformed to ASCII by
  // the caller first, as CPython does; any other non-ASCII byte is Invalid.
  static ParseResult parse_ex(std::string_view s, int base,
                              std::size_t max_str_digits = kDefaultMaxStrDigits);
  // Same rules, no digit limit; nullopt for invalid input.
  static std::optional<BigInt> parse(std::string_view s, int base);
  // Parses the cleaned text of a source literal: "123", "0x1f", "0o17",
  // "0b101" (prefix letters in either case; no sign, no underscores, no
  // whitespace). nullopt if malformed. No digit limit is applied: the caller
  // applies CPython's limit to the decimal digit count (text length).
  static std::optional<BigInt> parse_literal(std::string_view text);

  // ---- formatting ---------------------------------------------------------
  // Lowercase digits, leading '-' for negatives, no prefix. 2 <= base <= 36.
  std::string to_string(int base = 10) const;
  // A cheap upper bound on the number of decimal digits of |*this| (sign not
  // counted; 1 for zero). At most 2 too large below ~2^28 bits.
  std::size_t decimal_digits_upper_bound() const noexcept;
  // Writes to_string(10) (no digit limit; meant for diagnostics and tests).
  friend std::ostream& operator<<(std::ostream& os, const BigInt& v);
  // Exact check used by str()/repr(): true iff the decimal representation of
  // |*this| has more than max_digits digits (CPython: "Exceeds the limit (4300
  // digits) for integer string conversion"). max_digits == 0 means unlimited
  // (always false). Cheap unless the value is right at the boundary.
  bool exceeds_decimal_digits(std::size_t max_digits) const;

  // ---- inspection ---------------------------------------------------------
  bool is_zero() const noexcept { return size_ == 0; }
  bool is_negative() const noexcept { return neg_; }
  int sign() const noexcept { return neg_ ? -1 : (size_ == 0 ? 0 : 1); }
  bool is_odd() const noexcept { return size_ != 0 && (limbs()[0] & 1u); }
  std::size_t limb_count() const noexcept { return size_; }
  std::uint64_t bit_length() const noexcept;  // of |x|; 0 for zero
  std::uint64_t bit_count() const noexcept;   // popcount of |x|

  bool fits_int64() const noexcept;
  // [-2^62, 2^62 - 1]: the range of gilt's unboxed small ints.
  bool fits_small() const noexcept;
  bool fits_uint64() const noexcept;
  // Precondition: fits_int64() / fits_uint64().
  std::int64_t to_int64() const noexcept;
  std::uint64_t to_uint64() const noexcept;
  std::optional<std::int64_t> try_int64() const noexcept;

  // Correctly rounded (round-half-even). Returns false on overflow
  // (OverflowError: int too large to convert to float); out is untouched.
  bool to_double(double& out) const noexcept;
  // Exact comparison with a double (like Python's int/float comparisons).
  // Precondition: d is finite (caller handles inf/nan).
  int compare_double(double d) const;

  // ---- hashing ------------------------------------------------------------
  // CPython's hash(int): sign(x) * (|x| mod (2^61 - 1)), with -1 -> -2.
  std::int64_t hash() const noexcept;
  static std::int64_t hash_int64(std::int64_t v) noexcept;

  // ---- comparison ---------------------------------------------------------
  static int compare(const BigInt& a, const BigInt& b) noexcept;  // -1/0/1
  static int compare(const BigInt& a, std::int64_t b) noexcept;
  static int compare_abs(const BigInt& a, const BigInt& b) noexcept;
  friend bool operator==(const BigInt& a, const BigInt& b) noexcept { return compare(a, b) == 0; }
  // Exact comparison with any built-in integer type (including uint64 values
  // above INT64_MAX).
  template <std::integral T>
  static int compare(const BigInt& a, T b) noexcept {
    if constexpr (std::is_signed_v<T>) {
      return compare(a, static_cast<std::int64_t>(b));
    } else {
      if (static_cast<std::uint64_t>(b) <= static_cast<std::uint64_t>(INT64_MAX)) {
        return compare(a, static_cast<std::int64_t>(b));
      }
      return compare(a, BigInt(b));
    }
  }
  template <std::integral T>
  friend bool operator==(const BigInt& a, T b) noexcept {
    return compare(a, b) == 0;
  }
  friend std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) noexcept {
    return compare(a, b) <=> 0;
  }
  template <std::integral T>
  friend std::strong_ordering operator<=>(const BigInt& a, T b) noexcept {
    return compare(a, b) <=> 0;
  }

  // ---- arithmetic ---------------------------------------------------------
  BigInt operator-() const;
  BigInt abs() const;
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);  // Karatsuba for big operands
  BigInt& operator+=(const BigInt& b) { return *this = *this + b; }
  BigInt& operator-=(const BigInt& b) { return *this = *this - b; }
  BigInt& operator*=(const BigInt& b) { return *this = *this * b; }

  // Python floor division and modulo (remainder takes the divisor's sign).
  // Precondition for all three: !b.is_zero() (ZeroDivisionError is the
  // caller's job). No operator/ is provided to avoid confusion with
  // truediv; operator% is Python's %.
  static BigInt floordiv(const BigInt& a, const BigInt& b);
  static BigInt mod(const BigInt& a, const BigInt& b);
  static std::pair<BigInt, BigInt> divmod(const BigInt& a, const BigInt& b);
  friend BigInt operator%(const BigInt& a, const BigInt& b) { return mod(a, b); }
  // C-style truncating division (quotient toward zero, remainder has a's sign).
  // Precondition: !b.is_zero().
  static std::pair<BigInt, BigInt> divmod_trunc(const BigInt& a, const BigInt& b);

  // a / b as a correctly rounded double (CPython int.__truediv__).
  // Precondition: !b.is_zero(). Returns false on overflow (OverflowError:
  // integer division result too large for a float). 0 / negative gives -0.0
  // as in CPython.
  static bool truediv(const BigInt& a, const BigInt& b, double& out);

  // base ** exp for exp >= 0 (precondition). Throws std::length_error if the
  // result would need more than 2^37 bits (Python: MemoryError).
  static BigInt pow(const BigInt& base, std::uint64_t exp);
  static BigInt pow(const BigInt& base, const BigInt& exp);
  // pow(base, exp, mod) with Python semantics: negative exp uses the modular
  // inverse of base; the result has the sign of mod (0 <= r < mod or
  // mod < r <= 0). Precondition: !mod.is_zero() (caller raises "pow() 3rd
  // argument cannot be 0"). Returns nullopt iff exp < 0 and base is not
  // invertible (ValueError: base is not invertible for the given modulus).
  static std::optional<BigInt> pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod);
  // Inverse of a modulo m (result in [0, |m|)), nullopt if gcd(a, m) != 1.
  // Precondition: !m.is_zero(). Modulus ±1 gives 0.
  static std::optional<BigInt> mod_inverse(const BigInt& a, const BigInt& m);

  static BigInt gcd(const BigInt& a, const BigInt& b);  // non-negative; gcd(0,0) = 0
  // floor(sqrt(n)). Precondition: n >= 0 (math.isqrt raises ValueError).
  static BigInt isqrt(const BigInt& n);

  // ---- bitwise (infinite two's complement, as Python) ---------------------
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  BigInt operator~() const;  // -(x + 1)
  // Shift counts are non-negative (negative counts are the caller's
  // "ValueError: negative shift count"). Left shifts that would produce more
  // than ~2^37 bits throw std::length_error. Right shifts round toward -inf.
  BigInt operator<<(std::uint64_t n) const;
  BigInt operator>>(std::uint64_t n) const;

  // ---- bytes --------------------------------------------------------------
  enum class ToBytesStatus {
    Ok,
    Overflow,          // OverflowError: int too big to convert
    NegativeUnsigned,  // OverflowError: can't convert negative int to unsigned
  };
  // Writes exactly `length` bytes to out (int.to_bytes). out may be null when
  // length == 0. On error the content of out is unspecified.
  ToBytesStatus to_bytes(std::uint8_t* out, std::size_t length, bool little_endian, bool is_signed) const;
  ToBytesStatus to_bytes(std::vector<std::uint8_t>& out, std::size_t length, bool little_endian,
                         bool is_signed) const;
  // int.from_bytes.
  static BigInt from_bytes(const std::uint8_t* data, std::size_t length, bool little_endian, bool is_signed);

 private:
  const Limb* limbs() const noexcept { return cap_ == kInlineLimbs ? inline_ : heap_; }
  Limb* limbs() noexcept { return cap_ == kInlineLimbs ? inline_ : heap_; }
  // Makes room for n limbs (contents unspecified), sets size_ = n.
  Limb* resize_uninit(std::size_t n);
  void trim() noexcept;  // drop leading zero limbs; zero is non-negative
  void set_uint64(std::uint64_t v) noexcept;
  void set_int64(std::int64_t v) noexcept;
  void release() noexcept;
  static BigInt from_mag(const Limb* p, std::size_t n, bool neg);
  static BigInt add_signed(const BigInt& a, bool a_neg, const BigInt& b, bool b_neg);
  static void divmod_mag(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
  enum class BitOp { And, Or, Xor };
  static BigInt bitwise(const BigInt& a, const BigInt& b, BitOp op);

  std::uint32_t size_;
  std::uint32_t cap_;  // == kInlineLimbs: inline storage; otherwise heap capacity
  bool neg_;
  union {
    Limb inline_[kInlineLimbs];
    Limb* heap_;
  };
};

struct BigInt::ParseResult {
  ParseStatus status = ParseStatus::Invalid;
  std::size_t digits = 0;  // for TooManyDigits: the digit count CPython reports
  BigInt value;            // valid only when status == Ok
};

}  // namespace gilt
