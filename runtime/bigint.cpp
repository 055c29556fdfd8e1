// gilt::BigInt implementation. See bigint.h for the contract.
#include "runtime/bigint.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>
#include <new>
#include <ostream>
#include <stdexcept>

namespace gilt {

namespace {

using Limb = BigInt::Limb;
using DLimb = std::uint64_t;
constexpr unsigned kBits = BigInt::kLimbBits;
constexpr DLimb kLimbMask = 0xffffffffu;

// Multiplication switches from schoolbook to Karatsuba at this many limbs.
constexpr std::size_t kKaratsubaThreshold = 40;
// Hard cap on result sizes (in bits) for pow and <<; beyond this we refuse.
constexpr std::uint64_t kMaxResultBits = std::uint64_t{1} << 37;

std::size_t mag_trim(const Limb* p, std::size_t n) {
  while (n > 0 && p[n - 1] == 0) --n;
  return n;
}

int mag_cmp(const Limb* a, std::size_t na, const Limb* b, std::size_t nb) {
  na = mag_trim(a, na);
  nb = mag_trim(b, nb);
  if (na != nb) return na < nb ? -1 : 1;
  for (std::size_t i = na; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

// r[0..na) = a + b (na >= nb); returns the carry out. r may alias a.
Limb mag_add(Limb* r, const Limb* a, std::size_t na, const Limb* b, std::size_t nb) {
  DLimb carry = 0;
  std::size_t i = 0;
  for (; i < nb; ++i) {
    DLimb s = DLimb{a[i]} + b[i] + carry;
    r[i] = static_cast<Limb>(s);
    carry = s >> kBits;
  }
  for (; i < na; ++i) {
    DLimb s = DLimb{a[i]} + carry;
    r[i] = static_cast<Limb>(s);
    carry = s >> kBits;
  }
  return static_cast<Limb>(carry);
}

// r[0..na) = a - b (na >= nb); returns the borrow out. r may alias a.
Limb mag_sub(Limb* r, const Limb* a, std::size_t na, const Limb* b, std::size_t nb) {
  Limb borrow = 0;
  std::size_t i = 0;
  for (; i < nb; ++i) {
    Limb ai = a[i], bi = b[i];
    Limb t = ai - bi;
    Limb b1 = ai < bi;
    Limb t2 = t - borrow;
    Limb b2 = t < borrow;
    r[i] = t2;
    borrow = b1 | b2;
  }
  for (; i < na; ++i) {
    Limb ai = a[i];
    r[i] = ai - borrow;
    borrow = ai < borrow;
  }
  return borrow;
}

// a[0..n) += b[0..nb), nb <= n; returns carry out of a[n-1].
Limb mag_add_in(Limb* a, std::size_t n, const Limb* b, std::size_t nb) { return mag_add(a, a, n, b, nb); }
Limb mag_sub_in(Limb* a, std::size_t n, const Limb* b, std::size_t nb) { return mag_sub(a, a, n, b, nb); }

// a[0..n) = a * m + add; returns the carry limb.
Limb mag_mul1_add(Limb* a, std::size_t n, Limb m, Limb add) {
  DLimb carry = add;
  for (std::size_t i = 0; i < n; ++i) {
    DLimb p = DLimb{a[i]} * m + carry;
    a[i] = static_cast<Limb>(p);
    carry = p >> kBits;
  }
  return static_cast<Limb>(carry);
}

// q[0..n) = a / d; returns the remainder. q may alias a.
Limb mag_div1(Limb* q, const Limb* a, std::size_t n, Limb d) {
  DLimb rem = 0;
  for (std::size_t i = n; i-- > 0;) {
    DLimb cur = (rem << kBits) | a[i];
    q[i] = static_cast<Limb>(cur / d);
    rem = cur % d;
  }
  return static_cast<Limb>(rem);
}

// mag_div1 for a compile-time divisor (the compiler replaces the division by
// a multiplication): used for decimal conversion.
template <Limb D>
Limb mag_div1_const(Limb* q, const Limb* a, std::size_t n) {
  DLimb rem = 0;
  for (std::size_t i = n; i-- > 0;) {
    DLimb cur = (rem << kBits) | a[i];
    q[i] = static_cast<Limb>(cur / D);
    rem = cur % D;
  }
  return static_cast<Limb>(rem);
}

Limb mag_mod1(const Limb* a, std::size_t n, Limb d) {
  DLimb rem = 0;
  for (std::size_t i = n; i-- > 0;) rem = ((rem << kBits) | a[i]) % d;
  return static_cast<Limb>(rem);
}

// r[0..na+nb) = a * b (schoolbook). r must not alias a or b.
void mul_school(Limb* r, const Limb* a, std::size_t na, const Limb* b, std::size_t nb) {
  std::fill(r, r + na + nb, Limb{0});
  for (std::size_t i = 0; i < nb; ++i) {
    DLimb bi = b[i];
    if (bi == 0) continue;
    DLimb carry = 0;
    Limb* ri = r + i;
    for (std::size_t j = 0; j < na; ++j) {
      DLimb t = a[j] * bi + ri[j] + carry;
      ri[j] = static_cast<Limb>(t);
      carry = t >> kBits;
    }
    ri[na] = static_cast<Limb>(carry);
  }
}

void sqr_school(Limb* r, const Limb* a, std::size_t n) {
  // Off-diagonal products once, doubled, plus the squares on the diagonal.
  std::fill(r, r + 2 * n, Limb{0});
  for (std::size_t i = 0; i + 1 < n; ++i) {
    DLimb ai = a[i];
    if (ai == 0) continue;
    DLimb carry = 0;
    Limb* ri = r + 2 * i + 1;
    for (std::size_t j = i + 1; j < n; ++j) {
      DLimb t = ai * a[j] + ri[j - i - 1] + carry;
      ri[j - i - 1] = static_cast<Limb>(t);
      carry = t >> kBits;
    }
    r[i + n] = static_cast<Limb>(carry);
  }
  // Double.
  Limb top = 0;
  for (std::size_t i = 0; i < 2 * n; ++i) {
    Limb v = r[i];
    r[i] = (v << 1) | top;
    top = v >> 31;
  }
  // Add diagonal squares.
  DLimb carry = 0;
  for (std::size_t i = 0; i < n; ++i) {
    DLimb sq = DLimb{a[i]} * a[i];
    DLimb lo = DLimb{r[2 * i]} + (sq & kLimbMask) + carry;
    r[2 * i] = static_cast<Limb>(lo);
    DLimb hi = DLimb{r[2 * i + 1]} + (sq >> kBits) + (lo >> kBits);
    r[2 * i + 1] = static_cast<Limb>(hi);
    carry = hi >> kBits;
  }
}

// r[0..na+nb) = a * b. r must not alias a or b. Inputs need not be trimmed.
void mul_rec(Limb* r, const Limb* a, std::size_t na, const Limb* b, std::size_t nb) {
  if (na < nb) {
    std::swap(a, b);
    std::swap(na, nb);
  }
  if (nb == 0) {
    std::fill(r, r + na, Limb{0});
    return;
  }
  if (nb < kKaratsubaThreshold) {
    if (a == b && na == nb) {
      sqr_school(r, a, na);
    } else {
      mul_school(r, a, na, b, nb);
    }
    return;
  }
  if (na >= 2 * nb) {
    // Unbalanced: multiply b by nb-limb slices of a.
    std::fill(r, r + na + nb, Limb{0});
    std::vector<Limb> tmp(2 * nb);
    for (std::size_t i = 0; i < na; i += nb) {
      std::size_t len = std::min(nb, na - i);
      mul_rec(tmp.data(), a + i, len, b, nb);
      Limb c = mag_add_in(r + i, na + nb - i, tmp.data(), len + nb);
      assert(c == 0);
      (void)c;
    }
    return;
  }
  // Karatsuba: a = a1*B^h + a0, b = b1*B^h + b0, with h < nb <= na < 2*nb.
  const bool square = (a == b && na == nb);
  const std::size_t h = na / 2;
  const std::size_t na1 = na - h, nb1 = nb - h;
  mul_rec(r, a, h, b, h);                      // z0 -> r[0, 2h)
  mul_rec(r + 2 * h, a + h, na1, b + h, nb1);  // z2 -> r[2h, na+nb)
  std::vector<Limb> sa(na1 + 1);
  sa[na1] = mag_add(sa.data(), a + h, na1, a, h);
  std::size_t la = mag_trim(sa.data(), na1 + 1);
  std::vector<Limb> sb;
  std::size_t lb;
  if (square) {
    lb = la;
  } else {
    std::size_t mb = std::max(h, nb1);
    sb.assign(mb + 1, 0);
    if (nb1 >= h) {
      sb[mb] = mag_add(sb.data(), b + h, nb1, b, h);
    } else {
      sb[mb] = mag_add(sb.data(), b, h, b + h, nb1);
    }
    lb = mag_trim(sb.data(), mb + 1);
  }
  std::vector<Limb> z1(la + lb + 1, 0);
  mul_rec(z1.data(), sa.data(), la, square ? sa.data() : sb.data(), lb);
  std::size_t lz = la + lb;
  Limb bw = mag_sub_in(z1.data(), lz, r, mag_trim(r, 2 * h));
  bw |= mag_sub_in(z1.data(), lz, r + 2 * h, mag_trim(r + 2 * h, na1 + nb1));
  assert(bw == 0);
  (void)bw;
  lz = mag_trim(z1.data(), lz);
  Limb c = mag_add_in(r + h, na + nb - h, z1.data(), lz);
  assert(c == 0);
  (void)c;
}

// Knuth algorithm D. a has na limbs, b has nb >= 2 limbs with b[nb-1] != 0,
// na >= nb. q receives na-nb+1 limbs (may be null), r receives nb limbs
// (may be null).
void mag_divmod_knuth(const Limb* a, std::size_t na, const Limb* b, std::size_t nb, Limb* q, Limb* r) {
  const int s = std::countl_zero(b[nb - 1]);
  std::vector<Limb> v(nb), u(na + 1);
  if (s == 0) {
    std::copy(b, b + nb, v.begin());
    std::copy(a, a + na, u.begin());
    u[na] = 0;
  } else {
    for (std::size_t i = nb - 1; i > 0; --i) v[i] = (b[i] << s) | (b[i - 1] >> (kBits - s));
    v[0] = b[0] << s;
    u[na] = a[na - 1] >> (kBits - s);
    for (std::size_t i = na - 1; i > 0; --i) u[i] = (a[i] << s) | (a[i - 1] >> (kBits - s));
    u[0] = a[0] << s;
  }
  const DLimb vtop = v[nb - 1], vnext = v[nb - 2];
  for (std::size_t j = na - nb + 1; j-- > 0;) {
    DLimb num = (DLimb{u[j + nb]} << kBits) | u[j + nb - 1];
    DLimb qhat = num / vtop;
    DLimb rhat = num % vtop;
    while (qhat > kLimbMask || qhat * vnext > ((rhat << kBits) | u[j + nb - 2])) {
      --qhat;
      rhat += vtop;
      if (rhat > kLimbMask) break;
    }
    // u[j .. j+nb] -= qhat * v
    DLimb carry = 0;
    Limb borrow = 0;
    for (std::size_t i = 0; i < nb; ++i) {
      DLimb p = qhat * v[i] + carry;
      carry = p >> kBits;
      Limb pl = static_cast<Limb>(p);
      Limb ui = u[i + j];
      Limb t = ui - pl;
      Limb b1 = ui < pl;
      Limb t2 = t - borrow;
      Limb b2 = t < borrow;
      u[i + j] = t2;
      borrow = b1 | b2;
    }
    std::int64_t top = static_cast<std::int64_t>(u[j + nb]) - static_cast<std::int64_t>(carry) -
                       static_cast<std::int64_t>(borrow);
    u[j + nb] = static_cast<Limb>(top);
    if (top < 0) {
      // qhat was one too large: add v back.
      --qhat;
      DLimb c = 0;
      for (std::size_t i = 0; i < nb; ++i) {
        DLimb t = DLimb{u[i + j]} + v[i] + c;
        u[i + j] = static_cast<Limb>(t);
        c = t >> kBits;
      }
      u[j + nb] = static_cast<Limb>(u[j + nb] + c);
    }
    if (q) q[j] = static_cast<Limb>(qhat);
  }
  if (r) {
    if (s == 0) {
      std::copy(u.begin(), u.begin() + static_cast<std::ptrdiff_t>(nb), r);
    } else {
      for (std::size_t i = 0; i + 1 < nb; ++i) r[i] = (u[i] >> s) | (u[i + 1] << (kBits - s));
      r[nb - 1] = u[nb - 1] >> s;
    }
  }
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Largest power of base that fits in a limb, and its exponent.
void chunk_for_base(int base, Limb& chunk, int& ndigits) {
  DLimb c = static_cast<DLimb>(base);
  int n = 1;
  while (c * static_cast<DLimb>(base) <= kLimbMask) {
    c *= static_cast<DLimb>(base);
    ++n;
  }
  chunk = static_cast<Limb>(c);
  ndigits = n;
}

constexpr char kDigitChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

}  // namespace

// ---------------------------------------------------------------------------
// storage

BigInt::BigInt(const BigInt& o) : BigInt() {
  Limb* p = resize_uninit(o.size_);
  if (o.size_) std::memcpy(p, o.limbs(), o.size_ * sizeof(Limb));
  neg_ = o.neg_;
}

BigInt::BigInt(BigInt&& o) noexcept : size_(o.size_), cap_(o.cap_), neg_(o.neg_) {
  if (o.cap_ == kInlineLimbs) {
    std::memcpy(inline_, o.inline_, sizeof(inline_));
  } else {
    heap_ = o.heap_;
    o.cap_ = kInlineLimbs;
  }
  o.size_ = 0;
  o.neg_ = false;
}

BigInt& BigInt::operator=(const BigInt& o) {
  if (this != &o) {
    Limb* p = resize_uninit(o.size_);
    if (o.size_) std::memcpy(p, o.limbs(), o.size_ * sizeof(Limb));
    neg_ = o.neg_;
  }
  return *this;
}

BigInt& BigInt::operator=(BigInt&& o) noexcept {
  if (this != &o) {
    release();
    size_ = o.size_;
    cap_ = o.cap_;
    neg_ = o.neg_;
    if (o.cap_ == kInlineLimbs) {
      std::memcpy(inline_, o.inline_, sizeof(inline_));
    } else {
      heap_ = o.heap_;
      o.cap_ = kInlineLimbs;
    }
    o.size_ = 0;
    o.neg_ = false;
  }
  return *this;
}

BigInt::~BigInt() { release(); }

void BigInt::release() noexcept {
  if (cap_ != kInlineLimbs) {
    delete[] heap_;
    cap_ = kInlineLimbs;
  }
}

BigInt::Limb* BigInt::resize_uninit(std::size_t n) {
  if (n > cap_) {
    if (n > std::numeric_limits<std::uint32_t>::max() / 2) throw std::length_error("BigInt too large");
    std::size_t newcap = std::max<std::size_t>(n, kInlineLimbs + 1);
    Limb* p = new Limb[newcap];
    release();
    heap_ = p;
    cap_ = static_cast<std::uint32_t>(newcap);
  }
  size_ = static_cast<std::uint32_t>(n);
  return limbs();
}

void BigInt::trim() noexcept {
  const Limb* p = limbs();
  std::size_t n = size_;
  while (n > 0 && p[n - 1] == 0) --n;
  size_ = static_cast<std::uint32_t>(n);
  if (n == 0) neg_ = false;
}

void BigInt::set_uint64(std::uint64_t v) noexcept {
  // Fits inline: never allocates.
  Limb* p = limbs();
  p[0] = static_cast<Limb>(v);
  p[1] = static_cast<Limb>(v >> 32);
  size_ = v == 0 ? 0 : (v >> 32 ? 2 : 1);
  neg_ = false;
}

void BigInt::set_int64(std::int64_t v) noexcept {
  std::uint64_t mag = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
  set_uint64(mag);
  neg_ = v < 0;
}

BigInt BigInt::from_mag(const Limb* p, std::size_t n, bool neg) {
  n = mag_trim(p, n);
  BigInt r;
  Limb* d = r.resize_uninit(n);
  if (n) std::memcpy(d, p, n * sizeof(Limb));
  r.neg_ = neg && n != 0;
  return r;
}

// ---------------------------------------------------------------------------
// inspection / conversion

std::uint64_t BigInt::bit_length() const noexcept {
  if (size_ == 0) return 0;
  return std::uint64_t{size_ - 1} * kBits +
         static_cast<std::uint64_t>(kBits - std::countl_zero(limbs()[size_ - 1]));
}

std::uint64_t BigInt::bit_count() const noexcept {
  std::uint64_t c = 0;
  const Limb* p = limbs();
  for (std::size_t i = 0; i < size_; ++i) c += static_cast<std::uint64_t>(std::popcount(p[i]));
  return c;
}

bool BigInt::fits_uint64() const noexcept { return !neg_ && size_ <= 2; }

std::uint64_t BigInt::to_uint64() const noexcept {
  const Limb* p = limbs();
  std::uint64_t v = 0;
  if (size_ > 0) v = p[0];
  if (size_ > 1) v |= std::uint64_t{p[1]} << 32;
  return v;
}

bool BigInt::fits_int64() const noexcept {
  if (size_ > 2) return false;
  std::uint64_t m = to_uint64();
  return neg_ ? m <= (std::uint64_t{1} << 63) : m < (std::uint64_t{1} << 63);
}

bool BigInt::fits_small() const noexcept {
  if (size_ > 2) return false;
  std::uint64_t m = to_uint64();
  return neg_ ? m <= (std::uint64_t{1} << 62) : m < (std::uint64_t{1} << 62);
}

std::int64_t BigInt::to_int64() const noexcept {
  std::uint64_t m = to_uint64();
  return neg_ ? static_cast<std::int64_t>(0 - m) : static_cast<std::int64_t>(m);
}

std::optional<std::int64_t> BigInt::try_int64() const noexcept {
  if (!fits_int64()) return std::nullopt;
  return to_int64();
}

bool BigInt::to_double(double& out) const noexcept {
  if (size_ <= 2) {
    double d = static_cast<double>(to_uint64());  // correctly rounded by the FPU
    out = neg_ ? -d : d;
    return true;
  }
  const std::uint64_t nbits = bit_length();
  if (nbits > 1024) return false;
  // Top 64 bits with a sticky bit for everything below; the hardware's
  // round-to-nearest-even conversion of that is the correctly rounded value.
  const std::uint64_t shift = nbits - 64;
  const Limb* p = limbs();
  const std::size_t ls = static_cast<std::size_t>(shift / kBits);
  const unsigned bs = static_cast<unsigned>(shift % kBits);
  auto limb_at = [&](std::size_t i) -> std::uint64_t { return i < size_ ? p[i] : 0; };
  // 96-bit window starting at limb ls.
  std::uint64_t lo = limb_at(ls) | (limb_at(ls + 1) << 32);
  std::uint64_t hi = limb_at(ls + 2);
  std::uint64_t top = bs == 0 ? lo : ((lo >> bs) | (hi << (64 - bs)));
  bool sticky = (bs != 0 && (lo & ((std::uint64_t{1} << bs) - 1)) != 0);
  for (std::size_t i = 0; i < ls && !sticky; ++i) sticky = p[i] != 0;
  if (sticky) top |= 1;
  double d = std::ldexp(static_cast<double>(top), static_cast<int>(shift));
  if (std::isinf(d)) return false;
  out = neg_ ? -d : d;
  return true;
}

BigInt BigInt::from_double(double d) {
  double t = std::trunc(d);
  if (t == 0.0) return BigInt();
  bool neg = t < 0;
  int e = 0;
  double m = std::frexp(std::fabs(t), &e);  // |t| = m * 2^e, m in [0.5, 1)
  std::uint64_t mant = static_cast<std::uint64_t>(std::ldexp(m, 53));
  BigInt r(mant);
  if (e >= 53) {
    r = r << static_cast<std::uint64_t>(e - 53);
  } else {
    r = r >> static_cast<std::uint64_t>(53 - e);  // exact: t is integral
  }
  if (neg) r.neg_ = !r.is_zero();
  return r;
}

int BigInt::compare_double(double d) const {
  double t = std::trunc(d);
  int c = compare(*this, from_double(t));
  if (c != 0) return c;
  if (d > t) return -1;
  if (d < t) return 1;
  return 0;
}

// ---------------------------------------------------------------------------
// hashing

namespace {
std::uint64_t hash_step(std::uint64_t h, Limb limb) {
  // h * 2^32 mod (2^61-1) is a 61-bit rotation by 32, then add the limb.
  const std::uint64_t P = BigInt::kHashModulus;
  h = ((h << 32) & P) | (h >> (BigInt::kHashBits - 32));
  h += limb;
  if (h >= P) h -= P;
  return h;
}
}  // namespace

std::int64_t BigInt::hash() const noexcept {
  std::uint64_t h = 0;
  const Limb* p = limbs();
  for (std::size_t i = size_; i-- > 0;) h = hash_step(h, p[i]);
  std::int64_t r = static_cast<std::int64_t>(h);
  if (neg_) r = -r;
  return r == -1 ? -2 : r;
}

std::int64_t BigInt::hash_int64(std::int64_t v) noexcept {
  std::uint64_t mag = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
  std::int64_t r = static_cast<std::int64_t>(mag % kHashModulus);
  if (v < 0) r = -r;
  return r == -1 ? -2 : r;
}

// ---------------------------------------------------------------------------
// comparison

int BigInt::compare_abs(const BigInt& a, const BigInt& b) noexcept {
  return mag_cmp(a.limbs(), a.size_, b.limbs(), b.size_);
}

int BigInt::compare(const BigInt& a, const BigInt& b) noexcept {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  int c = compare_abs(a, b);
  return a.neg_ ? -c : c;
}

int BigInt::compare(const BigInt& a, std::int64_t b) noexcept {
  bool bneg = b < 0;
  if (a.neg_ != bneg) return a.neg_ ? -1 : 1;
  if (a.size_ > 2) return a.neg_ ? -1 : 1;
  std::uint64_t am = a.to_uint64();
  std::uint64_t bm = bneg ? 0 - static_cast<std::uint64_t>(b) : static_cast<std::uint64_t>(b);
  int c = am < bm ? -1 : (am > bm ? 1 : 0);
  return a.neg_ ? -c : c;
}

// ---------------------------------------------------------------------------
// add / sub / mul

BigInt BigInt::operator-() const {
  BigInt r(*this);
  if (r.size_) r.neg_ = !r.neg_;
  return r;
}

BigInt BigInt::abs() const {
  BigInt r(*this);
  r.neg_ = false;
  return r;
}

BigInt BigInt::add_signed(const BigInt& a, bool a_neg, const BigInt& b, bool b_neg) {
  const Limb* pa = a.limbs();
  const Limb* pb = b.limbs();
  std::size_t na = a.size_, nb = b.size_;
  BigInt r;
  if (a_neg == b_neg) {
    if (na < nb) {
      std::swap(pa, pb);
      std::swap(na, nb);
    }
    Limb* pr = r.resize_uninit(na + 1);
    pr[na] = mag_add(pr, pa, na, pb, nb);
    r.neg_ = a_neg;
  } else {
    int c = mag_cmp(pa, na, pb, nb);
    if (c == 0) return BigInt();
    if (c < 0) {
      std::swap(pa, pb);
      std::swap(na, nb);
      a_neg = b_neg;
    }
    Limb* pr = r.resize_uninit(na);
    mag_sub(pr, pa, na, pb, nb);
    r.neg_ = a_neg;
  }
  r.trim();
  return r;
}

BigInt operator+(const BigInt& a, const BigInt& b) { return BigInt::add_signed(a, a.neg_, b, b.neg_); }

BigInt operator-(const BigInt& a, const BigInt& b) {
  return BigInt::add_signed(a, a.neg_, b, !b.neg_ && b.size_ != 0);
}

BigInt operator*(const BigInt& a, const BigInt& b) {
  if (a.size_ == 0 || b.size_ == 0) return BigInt();
  BigInt r;
  const std::size_t n = std::size_t{a.size_} + b.size_;
  if (a.size_ <= 2 && b.size_ <= 2 && n <= BigInt::kInlineLimbs) {
    Limb tmp[4];
    mul_school(tmp, a.limbs(), a.size_, b.limbs(), b.size_);
    Limb* pr = r.resize_uninit(n);
    std::memcpy(pr, tmp, n * sizeof(Limb));
  } else {
    std::vector<Limb> tmp(n);
    mul_rec(tmp.data(), a.limbs(), a.size_, b.limbs(), b.size_);
    Limb* pr = r.resize_uninit(n);
    std::memcpy(pr, tmp.data(), n * sizeof(Limb));
  }
  r.neg_ = a.neg_ != b.neg_;
  r.trim();
  return r;
}

// ---------------------------------------------------------------------------
// division

// Truncating division of magnitudes; q and r receive non-negative results.
void BigInt::divmod_mag(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  const std::size_t na = a.size_, nb = b.size_;
  assert(nb != 0);
  if (mag_cmp(a.limbs(), na, b.limbs(), nb) < 0) {
    if (r) {
      *r = a;
      r->neg_ = false;
    }
    if (q) *q = BigInt();
    return;
  }
  if (nb == 1) {
    BigInt qq;
    Limb* pq = qq.resize_uninit(na);
    Limb rem = mag_div1(pq, a.limbs(), na, b.limbs()[0]);
    qq.trim();
    if (q) *q = std::move(qq);
    if (r) *r = BigInt(rem);
    return;
  }
  std::vector<Limb> qv(q ? na - nb + 1 : 0), rv(r ? nb : 0);
  mag_divmod_knuth(a.limbs(), na, b.limbs(), nb, q ? qv.data() : nullptr, r ? rv.data() : nullptr);
  if (q) *q = from_mag(qv.data(), qv.size(), false);
  if (r) *r = from_mag(rv.data(), rv.size(), false);
}

std::pair<BigInt, BigInt> BigInt::divmod_trunc(const BigInt& a, const BigInt& b) {
  BigInt q, r;
  divmod_mag(a, b, &q, &r);
  if (q.size_) q.neg_ = a.neg_ != b.neg_;
  if (r.size_) r.neg_ = a.neg_;
  return {std::move(q), std::move(r)};
}

std::pair<BigInt, BigInt> BigInt::divmod(const BigInt& a, const BigInt& b) {
  // Fast path: both fit in int64 (and not the INT64_MIN / -1 overflow case).
  if (a.size_ <= 2 && b.size_ <= 2 && a.fits_int64() && b.fits_int64()) {
    std::int64_t x = a.to_int64(), y = b.to_int64();
    if (!(y == -1 && x == std::numeric_limits<std::int64_t>::min())) {
      std::int64_t q = x / y, r = x % y;
      if (r != 0 && ((r < 0) != (y < 0))) {
        q -= 1;
        r += y;
      }
      return {BigInt(q), BigInt(r)};
    }
  }
  auto [q, r] = divmod_trunc(a, b);
  if (r.size_ != 0 && a.neg_ != b.neg_) {
    q = q - BigInt(1);
    r = r + b;
  }
  return {std::move(q), std::move(r)};
}

BigInt BigInt::floordiv(const BigInt& a, const BigInt& b) { return divmod(a, b).first; }

BigInt BigInt::mod(const BigInt& a, const BigInt& b) {
  if (b.size_ == 1 && a.size_ > 2) {
    Limb rem = mag_mod1(a.limbs(), a.size_, b.limbs()[0]);
    BigInt r(rem);
    if (rem != 0) {
      r.neg_ = a.neg_;
      if (a.neg_ != b.neg_) r = r + b;
    }
    return r;
  }
  return divmod(a, b).second;
}

bool BigInt::truediv(const BigInt& a, const BigInt& b, double& out) {
  const bool negate = a.neg_ != b.neg_;
  if (a.size_ == 0) {
    out = negate ? -0.0 : 0.0;
    return true;
  }
  const std::int64_t na = static_cast<std::int64_t>(a.bit_length());
  const std::int64_t nb = static_cast<std::int64_t>(b.bit_length());
  if (na <= DBL_MANT_DIG && nb <= DBL_MANT_DIG) {
    // Both exactly representable: IEEE division is correctly rounded.
    double x = static_cast<double>(a.to_uint64()), y = static_cast<double>(b.to_uint64());
    double q = x / y;
    out = negate ? -q : q;
    return true;
  }
  const std::int64_t diff = na - nb;  // quotient in [2^(diff-1), 2^(diff+1))
  if (diff > DBL_MAX_EXP) return false;
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
    out = negate ? -0.0 : 0.0;
    return true;
  }
  // Scale so that the integer quotient has DBL_MANT_DIG+2 or +3 bits (or
  // fewer in the subnormal range, where the result's lsb is fixed).
  const std::int64_t shift = std::max<std::int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  BigInt x = a.abs();
  bool inexact = false;
  if (shift <= 0) {
    x = x << static_cast<std::uint64_t>(-shift);
  } else {
    BigInt shifted = x >> static_cast<std::uint64_t>(shift);
    inexact = (shifted << static_cast<std::uint64_t>(shift)) != x;
    x = std::move(shifted);
  }
  BigInt q, r;
  divmod_mag(x, b, &q, &r);
  if (!r.is_zero()) inexact = true;
  assert(q.fits_uint64());
  std::uint64_t qv = q.to_uint64();
  const std::int64_t q_bits = static_cast<std::int64_t>(q.bit_length());
  const std::int64_t extra = std::max<std::int64_t>(q_bits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  assert(extra >= 2 && extra < 63);
  const std::uint64_t half = std::uint64_t{1} << (extra - 1);
  const std::uint64_t low_mask = (half << 1) - 1;
  const std::uint64_t low = qv & low_mask;
  qv &= ~low_mask;
  if ((low & half) && ((low & (half - 1)) || inexact || (qv & (half << 1)))) qv += half << 1;
  double d = std::ldexp(static_cast<double>(qv), static_cast<int>(shift));
  if (std::isinf(d)) return false;
  out = negate ? -d : d;
  return true;
}

// ---------------------------------------------------------------------------
// pow / modular arithmetic / gcd / isqrt

BigInt BigInt::pow(const BigInt& base, std::uint64_t exp) {
  if (exp == 0) return BigInt(1);
  if (base.size_ == 0) return BigInt();
  if (base.size_ == 1 && base.limbs()[0] == 1) {
    return (base.neg_ && (exp & 1)) ? BigInt(-1) : BigInt(1);
  }
  const std::uint64_t bl = base.bit_length();
  if (exp > kMaxResultBits / bl) throw std::length_error("BigInt pow result too large");
  // Power of two: a shift.
  if (base.bit_count() == 1) {
    BigInt r = BigInt(1) << ((bl - 1) * exp);
    if (base.neg_ && (exp & 1)) r.neg_ = true;
    return r;
  }
  BigInt result(1);
  const int top = 63 - std::countl_zero(exp);
  for (int i = top; i >= 0; --i) {
    result = result * result;
    if ((exp >> i) & 1) result = result * base;
  }
  return result;
}

BigInt BigInt::pow(const BigInt& base, const BigInt& exp) {
  if (exp.fits_uint64()) return pow(base, exp.to_uint64());
  // Astronomically large exponent: only trivial bases are computable.
  if (base.size_ == 0) return BigInt();
  if (base.size_ == 1 && base.limbs()[0] == 1) {
    return (base.neg_ && exp.is_odd()) ? BigInt(-1) : BigInt(1);
  }
  throw std::length_error("BigInt pow result too large");
}

std::optional<BigInt> BigInt::mod_inverse(const BigInt& a, const BigInt& m) {
  BigInt mm = m.abs();
  if (mm == 1) return BigInt();
  BigInt old_r = mod(a, mm), r = mm;
  BigInt old_s(1), s(0);
  while (!r.is_zero()) {
    auto [qq, rr] = divmod(old_r, r);
    old_r = std::move(r);
    r = std::move(rr);
    BigInt ns = old_s - qq * s;
    old_s = std::move(s);
    s = std::move(ns);
  }
  if (old_r != 1) return std::nullopt;
  return mod(old_s, mm);
}

std::optional<BigInt> BigInt::pow_mod(const BigInt& base, const BigInt& exp, const BigInt& m) {
  const bool neg_out = m.neg_;
  BigInt mm = m.abs();
  if (mm == 1) return BigInt();
  BigInt b;
  if (exp.neg_) {
    auto inv = mod_inverse(base, mm);
    if (!inv) return std::nullopt;
    b = std::move(*inv);
  } else {
    b = mod(base, mm);
  }
  BigInt result(1);
  const std::uint64_t ebits = exp.bit_length();
  const Limb* ep = exp.limbs();
  for (std::uint64_t i = ebits; i-- > 0;) {
    result = mod(result * result, mm);
    if ((ep[i / kBits] >> (i % kBits)) & 1) result = mod(result * b, mm);
  }
  result = mod(result, mm);  // covers exp == 0
  if (neg_out && !result.is_zero()) result = result - mm;
  return result;
}

BigInt BigInt::gcd(const BigInt& a0, const BigInt& b0) {
  BigInt a = a0.abs(), b = b0.abs();
  while (!b.is_zero()) {
    if (a.size_ <= 2 && b.size_ <= 2) {
      std::uint64_t x = a.to_uint64(), y = b.to_uint64();
      while (y != 0) {
        std::uint64_t t = x % y;
        x = y;
        y = t;
      }
      return BigInt(x);
    }
    BigInt r;
    divmod_mag(a, b, nullptr, &r);
    a = std::move(b);
    b = std::move(r);
  }
  return a;
}

BigInt BigInt::isqrt(const BigInt& n) {
  if (n.size_ == 0) return BigInt();
  if (n.size_ <= 2) {
    std::uint64_t v = n.to_uint64();
    std::uint64_t x = static_cast<std::uint64_t>(std::sqrt(static_cast<double>(v)));
    // Fix up the floating-point estimate.
    while (x > 0 && (x > 0xffffffffu || x * x > v)) --x;
    while (x + 1 <= 0xffffffffu && (x + 1) * (x + 1) <= v) ++x;
    return BigInt(x);
  }
  // Newton from above: x0 = 2^ceil(bits/2) >= sqrt(n).
  const std::uint64_t bits = n.bit_length();
  BigInt x = BigInt(1) << ((bits + 1) / 2);
  for (;;) {
    BigInt q;
    divmod_mag(n, x, &q, nullptr);
    BigInt y = (x + q) >> 1;
    if (y >= x) return x;
    x = std::move(y);
  }
}

// ---------------------------------------------------------------------------
// shifts and bitwise

BigInt BigInt::operator<<(std::uint64_t n) const {
  if (size_ == 0 || n == 0) return *this;
  if (n > kMaxResultBits) throw std::length_error("BigInt shift result too large");
  const std::size_t ls = static_cast<std::size_t>(n / kBits);
  const unsigned bs = static_cast<unsigned>(n % kBits);
  BigInt r;
  const std::size_t nn = size_ + ls + 1;
  Limb* pr = r.resize_uninit(nn);
  const Limb* p = limbs();
  std::fill(pr, pr + ls, Limb{0});
  if (bs == 0) {
    std::copy(p, p + size_, pr + ls);
    pr[nn - 1] = 0;
  } else {
    Limb carry = 0;
    for (std::size_t i = 0; i < size_; ++i) {
      pr[ls + i] = (p[i] << bs) | carry;
      carry = p[i] >> (kBits - bs);
    }
    pr[nn - 1] = carry;
  }
  r.neg_ = neg_;
  r.trim();
  return r;
}

BigInt BigInt::operator>>(std::uint64_t n) const {
  if (size_ == 0 || n == 0) return *this;
  if (n >= bit_length()) return neg_ ? BigInt(-1) : BigInt();
  const std::size_t ls = static_cast<std::size_t>(n / kBits);
  const unsigned bs = static_cast<unsigned>(n % kBits);
  const Limb* p = limbs();
  bool dropped = false;
  if (neg_) {
    for (std::size_t i = 0; i < ls && !dropped; ++i) dropped = p[i] != 0;
    if (bs && (p[ls] & ((Limb{1} << bs) - 1))) dropped = true;
  }
  BigInt r;
  const std::size_t nn = size_ - ls;
  Limb* pr = r.resize_uninit(nn + 1);
  p = limbs();
  if (bs == 0) {
    std::copy(p + ls, p + size_, pr);
  } else {
    for (std::size_t i = 0; i < nn; ++i) {
      Limb hi = (ls + i + 1 < size_) ? p[ls + i + 1] : 0;
      pr[i] = (p[ls + i] >> bs) | (hi << (kBits - bs));
    }
  }
  pr[nn] = 0;
  if (dropped) {
    // Floor for negatives: magnitude rounds up.
    Limb one = 1;
    mag_add_in(pr, nn + 1, &one, 1);
  }
  r.neg_ = neg_;
  r.trim();
  return r;
}

BigInt BigInt::operator~() const {
  // ~x == -(x + 1)
  return -(*this + BigInt(1));
}

BigInt BigInt::bitwise(const BigInt& a, const BigInt& b, BitOp op) {
  const std::size_t n = std::max(a.size_, b.size_) + 1;
  // Two's complement images over n limbs.
  auto image = [n](const BigInt& x, std::vector<Limb>& out) {
    out.assign(n, 0);
    std::copy(x.limbs(), x.limbs() + x.size_, out.begin());
    if (x.neg_) {
      // -m == ~(m - 1)
      Limb one = 1;
      mag_sub_in(out.data(), n, &one, 1);
      for (auto& l : out) l = ~l;
    }
  };
  std::vector<Limb> ia, ib;
  image(a, ia);
  image(b, ib);
  for (std::size_t i = 0; i < n; ++i) {
    switch (op) {
      case BitOp::And:
        ia[i] &= ib[i];
        break;
      case BitOp::Or:
        ia[i] |= ib[i];
        break;
      case BitOp::Xor:
        ia[i] ^= ib[i];
        break;
    }
  }
  const bool neg = (ia[n - 1] >> 31) != 0;
  if (neg) {
    // magnitude = ~r + 1
    for (auto& l : ia) l = ~l;
    Limb one = 1;
    mag_add_in(ia.data(), n, &one, 1);
  }
  return from_mag(ia.data(), n, neg);
}

BigInt operator&(const BigInt& a, const BigInt& b) {
  if (!a.neg_ && !b.neg_) {
    std::size_t n = std::min(a.size_, b.size_);
    BigInt r;
    Limb* pr = r.resize_uninit(n);
    for (std::size_t i = 0; i < n; ++i) pr[i] = a.limbs()[i] & b.limbs()[i];
    r.trim();
    return r;
  }
  return BigInt::bitwise(a, b, BigInt::BitOp::And);
}

BigInt operator|(const BigInt& a, const BigInt& b) { return BigInt::bitwise(a, b, BigInt::BitOp::Or); }

BigInt operator^(const BigInt& a, const BigInt& b) { return BigInt::bitwise(a, b, BigInt::BitOp::Xor); }

// ---------------------------------------------------------------------------
// bytes

BigInt::ToBytesStatus BigInt::to_bytes(std::uint8_t* out, std::size_t length, bool little_endian,
                                       bool is_signed) const {
  if (neg_ && !is_signed) return ToBytesStatus::NegativeUnsigned;
  const std::uint64_t bits = bit_length();
  const std::uint64_t avail = std::uint64_t{length} * 8;
  if (!neg_) {
    if (bits > avail || (is_signed && bits != 0 && bits == avail)) return ToBytesStatus::Overflow;
  } else {
    // Needs |x| <= 2^(avail-1).
    // (CPython quirk, reproduced: (-1).to_bytes(0, signed=True) == b''.)
    bool ok = bits < avail || (bits == avail && bit_count() == 1) || bits == 1;
    if (!ok) return ToBytesStatus::Overflow;
  }
  const Limb* p = limbs();
  unsigned borrow = neg_ ? 1 : 0;  // two's complement: ~m + 1, byte by byte
  for (std::size_t i = 0; i < length; ++i) {
    const std::size_t li = i / 4;
    unsigned byte = li < size_ ? (p[li] >> (8 * (i % 4))) & 0xffu : 0u;
    if (neg_) {
      unsigned v = (~byte & 0xffu) + borrow;
      borrow = v >> 8;
      byte = v & 0xffu;
    }
    out[little_endian ? i : length - 1 - i] = static_cast<std::uint8_t>(byte);
  }
  return ToBytesStatus::Ok;
}

BigInt::ToBytesStatus BigInt::to_bytes(std::vector<std::uint8_t>& out, std::size_t length, bool little_endian,
                                       bool is_signed) const {
  out.assign(length, 0);
  return to_bytes(out.data(), length, little_endian, is_signed);
}

BigInt BigInt::from_bytes(const std::uint8_t* data, std::size_t length, bool little_endian, bool is_signed) {
  if (length == 0) return BigInt();
  BigInt r;
  const std::size_t n = (length + 3) / 4;
  Limb* pr = r.resize_uninit(n);
  std::fill(pr, pr + n, Limb{0});
  for (std::size_t i = 0; i < length; ++i) {
    std::uint8_t byte = data[little_endian ? i : length - 1 - i];
    pr[i / 4] |= Limb{byte} << (8 * (i % 4));
  }
  const std::uint8_t msb = data[little_endian ? length - 1 : 0];
  r.trim();
  if (is_signed && (msb & 0x80)) {
    r = r - (BigInt(1) << (std::uint64_t{length} * 8));
  }
  return r;
}

// ---------------------------------------------------------------------------
// parsing

BigInt::ParseResult BigInt::parse_ex(std::string_view s, int base, std::size_t max_str_digits) {
  ParseResult res;
  res.status = ParseStatus::Invalid;
  if (base != 0 && (base < 2 || base > 36)) return res;
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n && is_space(s[i])) ++i;
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    ++i;
  }
  auto at = [&](std::size_t k) -> char { return k < n ? s[k] : '\0'; };
  bool zeros_only = false;  // base 0 with a leading '0' and no prefix
  if (base == 0) {
    if (at(i) != '0') {
      base = 10;
    } else {
      char c = at(i + 1);
      if (c == 'x' || c == 'X')
        base = 16;
      else if (c == 'o' || c == 'O')
        base = 8;
      else if (c == 'b' || c == 'B')
        base = 2;
      else {
        base = 10;
        zeros_only = true;
      }
    }
  }
  if (at(i) == '0') {
    char c = at(i + 1);
    if ((base == 16 && (c == 'x' || c == 'X')) || (base == 8 && (c == 'o' || c == 'O')) ||
        (base == 2 && (c == 'b' || c == 'B'))) {
      i += 2;
      if (at(i) == '_') ++i;  // one underscore allowed after the prefix
    }
  }
  if (at(i) == '_') return res;
  // Scan the digit run.
  const std::size_t start = i;
  std::size_t digits = 0;
  char prev = '\0';
  while (i < n && (digit_value(s[i]) < base || s[i] == '_')) {
    if (s[i] == '_') {
      if (prev == '_') return res;
    } else {
      ++digits;
    }
    prev = s[i];
    ++i;
  }
  if (prev == '_') return res;
  const std::size_t end = i;
  const bool pow2 = (base & (base - 1)) == 0;
  if (!pow2 && max_str_digits > 0 && digits > max_str_digits) {
    res.status = ParseStatus::TooManyDigits;
    res.digits = digits;
    return res;
  }
  if (digits == 0) return res;
  while (i < n && is_space(s[i])) ++i;
  if (i != n) return res;

  // Convert s[start, end) (digits and single underscores).
  std::vector<Limb> mag;
  if (pow2) {
    const int bpd = std::countr_zero(static_cast<unsigned>(base));
    mag.assign((digits * static_cast<std::size_t>(bpd) + kBits - 1) / kBits + 1, 0);
    std::uint64_t bitpos = 0;
    for (std::size_t k = end; k-- > start;) {
      if (s[k] == '_') continue;
      DLimb v = static_cast<DLimb>(digit_value(s[k]));
      std::size_t li = static_cast<std::size_t>(bitpos / kBits);
      unsigned bo = static_cast<unsigned>(bitpos % kBits);
      DLimb sh = v << bo;
      mag[li] |= static_cast<Limb>(sh);
      if (sh >> kBits) mag[li + 1] |= static_cast<Limb>(sh >> kBits);
      bitpos += static_cast<std::uint64_t>(bpd);
    }
  } else {
    Limb chunk_base;
    int chunk_digits;
    chunk_for_base(base, chunk_base, chunk_digits);
    const double bits_per_digit = std::log2(static_cast<double>(base));
    mag.reserve(static_cast<std::size_t>(static_cast<double>(digits) * bits_per_digit / kBits) + 2);
    std::size_t used = 0;
    Limb acc = 0, mult = 1;
    int cnt = 0;
    auto flush = [&]() {
      Limb carry = mag_mul1_add(mag.data(), used, mult, acc);
      if (carry) {
        if (used < mag.size())
          mag[used] = carry;
        else
          mag.push_back(carry);
        ++used;
      }
      acc = 0;
      mult = 1;
      cnt = 0;
    };
    for (std::size_t k = start; k < end; ++k) {
      if (s[k] == '_') continue;
      acc = acc * static_cast<Limb>(base) + static_cast<Limb>(digit_value(s[k]));
      mult *= static_cast<Limb>(base);
      if (++cnt == chunk_digits) flush();
    }
    if (cnt) flush();
    mag.resize(used);
  }
  BigInt v = from_mag(mag.data(), mag.size(), neg);
  if (zeros_only && !v.is_zero()) return res;
  res.status = ParseStatus::Ok;
  res.value = std::move(v);
  return res;
}

std::optional<BigInt> BigInt::parse(std::string_view s, int base) {
  ParseResult r = parse_ex(s, base, 0);
  if (r.status != ParseStatus::Ok) return std::nullopt;
  return std::move(r.value);
}

std::optional<BigInt> BigInt::parse_literal(std::string_view text) {
  int base = 10;
  if (text.size() >= 2 && text[0] == '0') {
    char c = text[1];
    if (c == 'x' || c == 'X')
      base = 16;
    else if (c == 'o' || c == 'O')
      base = 8;
    else if (c == 'b' || c == 'B')
      base = 2;
    if (base != 10) text.remove_prefix(2);
  }
  if (text.empty()) return std::nullopt;
  for (char c : text) {
    if (digit_value(c) >= base) return std::nullopt;
  }
  // Decimal literals with leading zeros ("00") are zero; the lexer rejects
  // "0123"-style literals, but be lenient here.
  return parse(text, base);
}

// ---------------------------------------------------------------------------
// formatting

std::size_t BigInt::decimal_digits_upper_bound() const noexcept {
  if (size_ == 0) return 1;
  // digits = floor(log10 |x|) + 1 <= floor(bits * log10(2)) + 1; 0.30103 > log10(2).
  return static_cast<std::size_t>(bit_length() * 30103 / 100000 + 1);
}

bool BigInt::exceeds_decimal_digits(std::size_t max_digits) const {
  if (max_digits == 0 || size_ == 0) return false;
  const std::uint64_t bits = bit_length();
  // Lower bound: |x| >= 2^(bits-1), digits >= floor((bits-1)*log10 2) + 1.
  const std::uint64_t lower = (bits - 1) * 30102 / 100000 + 1;
  if (lower > max_digits) return true;
  if (decimal_digits_upper_bound() <= max_digits) return false;
  // Borderline: digits > max_digits  <=>  |x| >= 10^max_digits.
  return compare_abs(*this, pow(BigInt(10), static_cast<std::uint64_t>(max_digits))) >= 0;
}

std::string BigInt::to_string(int base) const {
  if (base < 2 || base > 36) base = 10;
  if (size_ == 0) return "0";
  std::string out;
  const Limb* p = limbs();
  if ((base & (base - 1)) == 0) {
    const unsigned bpd = static_cast<unsigned>(std::countr_zero(static_cast<unsigned>(base)));
    const std::uint64_t bits = bit_length();
    const std::uint64_t nd = (bits + bpd - 1) / bpd;
    out.reserve(static_cast<std::size_t>(nd) + 1);
    for (std::uint64_t d = 0; d < nd; ++d) {
      std::uint64_t bitpos = d * bpd;
      std::size_t li = static_cast<std::size_t>(bitpos / kBits);
      unsigned bo = static_cast<unsigned>(bitpos % kBits);
      DLimb w = p[li] >> bo;
      if (bo + bpd > kBits && li + 1 < size_) w |= DLimb{p[li + 1]} << (kBits - bo);
      out.push_back(kDigitChars[w & ((1u << bpd) - 1)]);
    }
  } else {
    Limb chunk_base;
    int chunk_digits;
    chunk_for_base(base, chunk_base, chunk_digits);
    std::vector<Limb> work(p, p + size_);
    std::size_t n = size_;
    out.reserve(
        static_cast<std::size_t>(static_cast<double>(bit_length()) / std::log2(static_cast<double>(base))) +
        2);
    while (n > 0) {
      Limb rem = base == 10 ? mag_div1_const<1000000000u>(work.data(), work.data(), n)
                            : mag_div1(work.data(), work.data(), n, chunk_base);
      n = mag_trim(work.data(), n);
      for (int k = 0; k < chunk_digits; ++k) {
        if (n == 0 && rem == 0) break;  // no leading zeros in the top chunk
        out.push_back(kDigitChars[rem % static_cast<Limb>(base)]);
        rem /= static_cast<Limb>(base);
      }
    }
  }
  if (neg_) out.push_back('-');
  std::reverse(out.begin(), out.end());
  return out;
}

std::ostream& operator<<(std::ostream& os, const BigInt& v) { return os << v.to_string(10); }

}  // namespace gilt
