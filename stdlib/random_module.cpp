// The random module: CPython's Mersenne Twister and CPython's algorithms on
// top of it, so that a seeded generator produces exactly CPython's sequences.
//
// The generator core is MT19937 as in CPython's _randommodule.c: seeding by
// init_by_array over the 32-bit words of abs(seed) (str and bytes seeds first
// become int.from_bytes(s + sha512(s).digest()), as random.seed version 2
// does), random() from two 32-bit outputs with 53 bits of precision, and
// getrandbits(k) filling words from the least significant end. Everything
// above the core (randrange, choice, shuffle, sample, choices, the real-valued
// distributions) follows Lib/random.py step by step: the same calls to
// random()/_randbelow() in the same order, and Python arithmetic where
// random.py mixes the caller's numbers into the result.
//
// Subclasses: a Python class may derive from Random. When it overrides
// random() or getrandbits(), the other methods call the overrides, choosing
// _randbelow the way Random.__init_subclass__ does.
//
// Under the GIL a method runs without interruption, as in CPython; the
// no-GIL mode will need a per-generator lock around the core.

#include <cmath>
#include <cstring>
#include <mutex>
#include <vector>

#include "runtime/args.h"
#include "runtime/bytes_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/ops.h"
#include "runtime/set_object.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/utf8.h"
#include "stdlib/module_util.h"
#include "stdlib/sha512.h"

namespace gilt {

namespace {

// ------------------------------------------------------------------ the Mersenne Twister

constexpr int kN = 624;
constexpr int kM = 397;

struct RandomObject : Object {
  uint32_t mt[kN];
  int index;       // next word of mt to temper; kN: regenerate first
  Ref gauss_next;  // gauss()'s second value, or null (None)
  Ref dict;        // instance attributes (subclasses)
};

Type random_type;

RandomObject* as_random(Value v) { return v.as<RandomObject>(); }

void init_genrand(RandomObject* r, uint32_t s) {
  r->mt[0] = s;
  for (int i = 1; i < kN; i++)
    r->mt[i] = 1812433253u * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
  r->index = kN;
}

void init_by_array(RandomObject* r, const std::vector<uint32_t>& key) {
  init_genrand(r, 19650218u);
  uint32_t* mt = r->mt;
  size_t i = 1, j = 0;
  for (size_t k = std::max<size_t>(kN, key.size()); k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
    i++, j++;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= key.size()) j = 0;
  }
  for (size_t k = kN - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
    i++;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000u;  // a non-zero initial state
}

uint32_t genrand_uint32(RandomObject* r) {
  constexpr uint32_t kMatrixA = 0x9908b0dfu, kUpper = 0x80000000u, kLower = 0x7fffffffu;
  uint32_t* mt = r->mt;
  if (r->index >= kN) {
    auto twist = [&](int k, int next, int far) {
      uint32_t y = (mt[k] & kUpper) | (mt[next] & kLower);
      mt[k] = mt[far] ^ (y >> 1) ^ ((y & 1) ? kMatrixA : 0);
    };
    int k = 0;
    for (; k < kN - kM; k++) twist(k, k + 1, k + kM);
    for (; k < kN - 1; k++) twist(k, k + 1, k + kM - kN);
    twist(kN - 1, 0, kM - 1);
    r->index = 0;
  }
  uint32_t y = mt[r->index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

// A float in [0, 1) with 53 random bits.
double genrand_res53(RandomObject* r) {
  uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// getrandbits(k) for k <= 64: words from the least significant end, the
// last one keeping its high bits.
uint64_t genrand_bits64(RandomObject* r, int k) {
  if (k <= 32) return k ? genrand_uint32(r) >> (32 - k) : 0;
  uint64_t low = genrand_uint32(r);
  uint64_t high = genrand_uint32(r) >> (64 - k);
  return low | (high << 32);
}

BigInt genrand_bits(RandomObject* r, uint64_t k) {
  if (k <= 64) return BigInt(genrand_bits64(r, static_cast<int>(k)));
  size_t words = (k - 1) / 32 + 1;
  std::vector<uint8_t> bytes(words * 4);
  for (size_t i = 0; i < words; i++, k -= 32) {
    uint32_t w = genrand_uint32(r);
    if (k < 32) w >>= 32 - k;
    for (int b = 0; b < 4; b++) bytes[i * 4 + b] = static_cast<uint8_t>(w >> (8 * b));
  }
  return BigInt::from_bytes(bytes.data(), bytes.size(), true, false);
}

// Seeds from a non-negative int: its 32-bit words, least significant first.
void seed_from_bigint(RandomObject* r, const BigInt& n) {
  uint64_t bits = n.bit_length();
  size_t words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
  std::vector<uint8_t> bytes;
  n.to_bytes(bytes, words * 4, true, false);
  std::vector<uint32_t> key(words);
  for (size_t i = 0; i < words; i++)
    key[i] = bytes[i * 4] | (bytes[i * 4 + 1] << 8) | (bytes[i * 4 + 2] << 16) |
             (uint32_t(bytes[i * 4 + 3]) << 24);
  init_by_array(r, key);
}

void seed_from_urandom(RandomObject* r) {
  std::vector<uint32_t> key(kN);
  fill_random_bytes(key.data(), key.size() * sizeof(uint32_t));
  init_by_array(r, key);
}

// _random.Random.seed(n): None from the OS, ints by absolute value, anything
// else by its hash as an unsigned number.
void seed_core(RandomObject* r, Value n) {
  if (n.is_null() || n.is_none()) return seed_from_urandom(r);
  if (is_int(n)) return seed_from_bigint(r, int_to_bigint(n).abs());
  seed_from_bigint(r, BigInt(static_cast<uint64_t>(hash(n))));
}

// ------------------------------------------------------------------ subclass dispatch

// Method descriptors of random_type, to tell when a subclass overrides one.
Value native_random_method, native_getrandbits_method;

// Where a generator's randomness comes from: the native core, or the
// random()/getrandbits()/_randbelow() a Python subclass defines.
struct Source {
  Value self;
  RandomObject* r;
  Ref random_fn;                     // an overriding random(), bound; null: native
  Ref getrandbits_fn;                // an overriding getrandbits(), bound; null: native
  Ref randbelow_fn;                  // a _randbelow defined in Python, bound
  bool without_getrandbits = false;  // _randbelow from random() alone

  explicit Source(Value s) : self(s), r(as_random(s)) {
    Type* t = type_of(s);
    if (t == &random_type) return;
    Value rnd = type_lookup(t, GILT_NAME("random"));
    if (!rnd.is(native_random_method)) random_fn = get_attr(s, GILT_NAME("random"));
    Value bits = type_lookup(t, GILT_NAME("getrandbits"));
    if (!bits.is(native_getrandbits_method)) getrandbits_fn = get_attr(s, GILT_NAME("getrandbits"));
    // Random.__init_subclass__: the first class along the MRO that defines
    // _randbelow, getrandbits or random decides.
    std::vector<Type*> chain{t};
    auto* mro = t->mro.as<TupleObject>();
    for (int64_t i = 0; i < mro->size; i++) chain.push_back(mro->items()[i].as<Type>());
    for (Type* c : chain) {
      if (c == &random_type) break;
      auto* d = c->dict.as<DictObject>();
      if (!dict_get_str(d, GILT_NAME("_randbelow")).is_null()) {
        randbelow_fn = get_attr(s, GILT_NAME("_randbelow"));
        break;
      }
      if (!dict_get_str(d, GILT_NAME("getrandbits")).is_null()) break;
      if (!dict_get_str(d, GILT_NAME("random")).is_null()) {
        without_getrandbits = true;
        break;
      }
    }
  }

  double random() {
    if (random_fn.is_null()) return genrand_res53(r);
    return to_double(call(random_fn, {}));
  }

  Ref random_value() {
    if (random_fn.is_null()) return new_float(genrand_res53(r));
    return call(random_fn, {});
  }

  Ref getrandbits(uint64_t k) {
    if (getrandbits_fn.is_null()) return int_from_bigint(genrand_bits(r, k));
    return call(getrandbits_fn, {int_from_int64(static_cast<int64_t>(k))});
  }

  // A random int in [0, n) for an int n > 0 (random.py's _randbelow).
  Ref randbelow(Value n) {
    if (!randbelow_fn.is_null()) return call(randbelow_fn, {n});
    if (without_getrandbits) return randbelow_from_random(n);
    int64_t small;
    if (getrandbits_fn.is_null() && n.is_small_int() && (small = n.small_int()) > 0) {
      int k = 64 - __builtin_clzll(static_cast<uint64_t>(small));
      uint64_t v = genrand_bits64(r, k);
      while (v >= static_cast<uint64_t>(small)) v = genrand_bits64(r, k);
      return int_from_int64(static_cast<int64_t>(v));
    }
    BigInt limit = int_to_bigint(n);
    uint64_t k = limit.bit_length();
    Ref v = getrandbits(k);
    while (compare_bool(v, n, CompareOp::Ge)) v = getrandbits(k);
    return v;
  }

  Ref randbelow_from_random(Value n) {
    const double maxsize = 9007199254740992.0;  // 2**53
    Ref big = int_from_int64(int64_t(1) << 53);
    if (compare_bool(n, big, CompareOp::Ge)) return int_from_double(std::floor(random() * to_double(n)));
    int64_t m = index_int64(n);
    double rem = static_cast<double>((int64_t(1) << 53) % m);
    double limit = (maxsize - rem) / maxsize;
    double x = random();
    while (x >= limit) x = random();
    return int_from_int64(static_cast<int64_t>(std::floor(x * maxsize)) % m);
  }
};

// ------------------------------------------------------------------ helpers

std::string qualified(const char* method) { return std::string("Random.") + method; }

Ref op(Value a, BinaryOp o, Value b) { return binary_op(a, b, o); }
Ref num(double d) { return new_float(d); }
Value or_default(Value v, Value d) { return v.is_null() ? d : v; }

// Python's operator.index(x), as randrange's _index.
Ref as_index(Value v) { return index_value(v); }

Ref math_floor_of(double d) { return int_from_double(std::floor(d)); }

double checked_exp(double x) {
  double r = std::exp(x);
  if (std::isinf(r) && std::isfinite(x)) raise_overflow_error("math range error");
  return r;
}

double checked_log(double x) {
  if (!(x > 0)) raise_value_error("math domain error");
  return std::log(x);
}

// bisect.bisect_right(a, x, lo, hi)
int64_t bisect_right(Value a, Value x, int64_t lo, int64_t hi) {
  while (lo < hi) {
    int64_t mid = (lo + hi) / 2;
    Ref item = get_item(a, Value::small_int(mid));
    if (compare_bool(x, item, CompareOp::Lt))
      hi = mid;
    else
      lo = mid + 1;
  }
  return lo;
}

// list(itertools.accumulate(iterable))
Ref accumulate_list(Value iterable) {
  Ref result = new_list();
  Ref it = get_iter(iterable);
  Ref total;
  for (Ref x = iter_next(it); !x.is_null(); x = iter_next(it)) {
    total = total.is_null() ? x : op(total, BinaryOp::Add, x);
    list_append(result, total);
  }
  return result;
}

// ------------------------------------------------------------------ core methods

Ref random_seed_impl(Value self, Value a, Value version) {
  RandomObject* r = as_random(self);
  Ref seed = Ref(a.is_null() ? Value::none() : a);
  bool v1 = !version.is_null() && equals(version, Value::small_int(1));
  bool v2 = version.is_null() || equals(version, Value::small_int(2));
  if (v1 && (is_str(a) || is_bytes(a))) {
    // Python 2's string hashing, for reproducing very old sequences.
    std::vector<uint32_t> chars;
    if (is_str(a)) {
      std::string_view s = str_view(a);
      for (size_t i = 0; i < s.size();) chars.push_back(utf8::decode(s, i));
    } else {
      for (char c : a.as<BytesObject>()->view()) chars.push_back(static_cast<uint8_t>(c));
    }
    uint64_t x = chars.empty() ? 0 : uint64_t(chars[0]) << 7;
    for (uint32_t c : chars) x = (1000003 * x) ^ c;
    x ^= chars.size();
    seed = int_from_bigint(BigInt(x));
  } else if (v2 && (is_str(a) || is_bytes(a))) {
    std::string data(is_str(a) ? str_view(a) : a.as<BytesObject>()->view());
    auto digest = sha512(data);
    data.append(reinterpret_cast<const char*>(digest.data()), digest.size());
    seed = int_from_bigint(
        BigInt::from_bytes(reinterpret_cast<const uint8_t*>(data.data()), data.size(), false, false));
  } else if (!a.is_null() && !a.is_none() && !is_int(a) && !is_float(a) && !is_str(a) && !is_bytes(a)) {
    raise_type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  }
  seed_core(r, seed);
  r->gauss_next.reset();
  return Ref(Value::none());
}

Ref random_seed(Value self, CallArgs args) {
  Value a[2];
  bind_python_args(qualified("seed"), args, {"a", "version"}, 0, a, -1, 1);
  return random_seed_impl(self, a[0], a[1]);
}

Ref random_random(Value self, CallArgs args) {
  check_exact_args("random", args, 0);
  return num(genrand_res53(as_random(self)));
}

Ref random_getrandbits(Value self, CallArgs args) {
  check_exact_args("getrandbits", args, 1);
  if (is_float(args.args[0])) raise_type_error("'float' object cannot be interpreted as an integer");
  int64_t k = index_int64(args.args[0]);
  if (k < 0) raise_value_error("number of bits must be non-negative");
  if (k > INT32_MAX) raise_overflow_error("Python int too large to convert to C int");
  return int_from_bigint(genrand_bits(as_random(self), static_cast<uint64_t>(k)));
}

Ref random_randbytes(Value self, CallArgs args) {
  Value a[1];
  bind_python_args(qualified("randbytes"), args, {"n"}, 1, a, -1, 1);
  int64_t n = index_int64(a[0]);
  if (n < 0) raise_value_error("negative count");
  Source src(self);
  Ref bits = src.getrandbits(static_cast<uint64_t>(n) * 8);
  std::vector<uint8_t> out;
  if (int_to_bigint(bits).to_bytes(out, static_cast<size_t>(n), true, false) != BigInt::ToBytesStatus::Ok)
    raise_overflow_error("int too big to convert");
  return new_bytes(std::string_view(reinterpret_cast<const char*>(out.data()), out.size()));
}

Ref random_getstate(Value self, CallArgs args) {
  check_exact_args("getstate", args, 0);
  RandomObject* r = as_random(self);
  Ref state = new_tuple(kN + 1);
  for (int i = 0; i < kN; i++) tuple_init_item(state, i, int_from_int64(r->mt[i]));
  tuple_init_item(state, kN, int_from_int64(r->index));
  Value gauss = r->gauss_next.is_null() ? Value::none() : Value(r->gauss_next);
  return make_tuple({Value::small_int(3), state, gauss});
}

void set_core_state(RandomObject* r, Value state, bool version2) {
  if (!is_tuple(state)) raise_type_error("state vector must be a tuple");
  auto* t = state.as<TupleObject>();
  if (t->size != kN + 1) raise_value_error("state vector is the wrong size");
  uint32_t mt[kN];
  for (int i = 0; i < kN; i++) {
    Value x = t->items()[i];
    if (!is_int(x)) raise_type_error("an integer is required");
    BigInt v = int_to_bigint(x);
    if (version2) v = BigInt::mod(v, BigInt(uint64_t(1) << 32));
    if (v.is_negative()) raise_overflow_error("can't convert negative value to unsigned int");
    if (!v.fits_uint64()) raise_overflow_error("Python int too large to convert to C unsigned long");
    mt[i] = static_cast<uint32_t>(v.to_uint64());
  }
  int64_t index = index_int64(t->items()[kN]);
  if (index < 0 || index > kN) raise_value_error("invalid state");
  std::memcpy(r->mt, mt, sizeof mt);
  r->index = static_cast<int>(index);
}

Ref random_setstate(Value self, CallArgs args) {
  Value a[1];
  bind_python_args(qualified("setstate"), args, {"state"}, 1, a, -1, 1);
  Value state = a[0];
  Ref version = get_item(state, Value::small_int(0));
  bool v3 = equals(version, Value::small_int(3)), v2 = equals(version, Value::small_int(2));
  if (!v3 && !v2)
    raise_value_error("state with version " + str_string(version) +
                      " passed to Random.setstate() of version 3");
  int64_t n = length(state);
  if (n != 3)
    raise_value_error(n > 3 ? "too many values to unpack (expected 3)"
                            : "not enough values to unpack (expected 3, got " + std::to_string(n) + ")");
  Ref internal = get_item(state, Value::small_int(1));
  Ref gauss = get_item(state, Value::small_int(2));
  RandomObject* r = as_random(self);
  r->gauss_next = gauss.get().is_none() ? Ref() : gauss;
  set_core_state(r, internal, v2);
  return Ref(Value::none());
}

// ------------------------------------------------------------------ integers

// randrange's conversion of one argument: operator.index(v), else int(v)
// when that equals v (CPython 3.11 also warns that this is deprecated; gilt
// has no warnings to show).
Ref randrange_arg(Value v, const char* which) {
  try {
    return as_index(v);
  } catch (PyException& e) {
    if (!type_of(e.exception)->is_subtype_of(&exc::TypeError)) throw;
  }
  Ref i = call(Value::object(&int_type), {v});
  if (!equals(i, v)) raise_value_error(std::string("non-integer ") + which + " for randrange()");
  return i;
}

Ref randrange_impl(Source& src, Value start, Value stop, Value step) {
  Ref istart = randrange_arg(start, "arg 1");
  if (stop.is_null() || stop.is_none()) {
    if (!step.is_null()) raise_type_error("Missing a non-None stop argument");
    if (compare_bool(istart, Value::small_int(0), CompareOp::Gt)) return src.randbelow(istart);
    raise_value_error("empty range for randrange()");
  }
  Ref istop = randrange_arg(stop, "stop");
  Ref width = op(istop, BinaryOp::Sub, istart);
  Ref istep = step.is_null() ? Ref(Value::small_int(1)) : randrange_arg(step, "step");
  if (equals(istep, Value::small_int(1))) {
    if (compare_bool(width, Value::small_int(0), CompareOp::Gt))
      return op(istart, BinaryOp::Add, src.randbelow(width));
    raise_value_error("empty range for randrange() (" + str_string(istart) + ", " + str_string(istop) + ", " +
                      str_string(width) + ")");
  }
  Ref n;
  if (compare_bool(istep, Value::small_int(0), CompareOp::Gt))
    n = op(op(op(width, BinaryOp::Add, istep), BinaryOp::Sub, Value::small_int(1)), BinaryOp::FloorDiv,
           istep);
  else if (compare_bool(istep, Value::small_int(0), CompareOp::Lt))
    n = op(op(op(width, BinaryOp::Add, istep), BinaryOp::Add, Value::small_int(1)), BinaryOp::FloorDiv,
           istep);
  else
    raise_value_error("zero step for randrange()");
  if (compare_bool(n, Value::small_int(0), CompareOp::Le)) raise_value_error("empty range for randrange()");
  return op(istart, BinaryOp::Add, op(istep, BinaryOp::Mul, src.randbelow(n)));
}

Ref random_randrange(Value self, CallArgs args) {
  Value a[3];
  bind_python_args(qualified("randrange"), args, {"start", "stop", "step"}, 1, a, -1, 1);
  Source src(self);
  return randrange_impl(src, a[0], a[1], a[2]);
}

Ref random_randint(Value self, CallArgs args) {
  Value a[2];
  bind_python_args(qualified("randint"), args, {"a", "b"}, 2, a, -1, 1);
  Source src(self);
  Ref stop = op(a[1], BinaryOp::Add, Value::small_int(1));
  return randrange_impl(src, a[0], stop, Value());
}

Ref random_randbelow(Value self, CallArgs args) {
  Value a[1];
  bind_python_args(qualified("_randbelow_with_getrandbits"), args, {"n"}, 1, a, -1, 1);
  Source src(self);
  return src.randbelow(a[0]);
}

// ------------------------------------------------------------------ sequences

Ref random_choice(Value self, CallArgs args) {
  Value a[1];
  bind_python_args(qualified("choice"), args, {"seq"}, 1, a, -1, 1);
  int64_t n = length(a[0]);
  if (n == 0) raise_index_error("Cannot choose from an empty sequence");
  Source src(self);
  return get_item(a[0], src.randbelow(Value::small_int(n)));
}

Ref random_shuffle(Value self, CallArgs args) {
  Value a[1];
  bind_python_args(qualified("shuffle"), args, {"x"}, 1, a, -1, 1);
  Value x = a[0];
  Source src(self);
  for (int64_t i = length(x) - 1; i >= 1; i--) {
    Ref j = src.randbelow(Value::small_int(i + 1));
    Ref xi = get_item(x, Value::small_int(i));
    Ref xj = get_item(x, j);
    set_item(x, Value::small_int(i), xj);
    set_item(x, j, xi);
  }
  return Ref(Value::none());
}

bool is_sequence(Value v) {
  for (Type* t : {&list_type, &tuple_type, &str_type, &bytes_type, &range_type})
    if (type_of(v)->is_subtype_of(t)) return true;
  return false;
}

Ref sample_impl(Value self, Value population, Value k, Value counts) {
  if (!is_sequence(population))
    raise_type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
  int64_t n = length(population);
  if (!counts.is_null() && !counts.is_none()) {
    Ref cum_counts = accumulate_list(counts);
    if (length(cum_counts) != n) raise_value_error("The number of counts does not match the population");
    Ref total = as_list(cum_counts)->items.back();
    as_list(cum_counts)->items.pop_back();
    if (!is_int(total)) raise_type_error("Counts must be integers");
    if (compare_bool(total, Value::small_int(0), CompareOp::Le))
      raise_value_error("Total of counts must be greater than zero");
    Ref range = call(Value::object(&range_type), {total});
    Ref selections = sample_impl(self, range, k, Value());
    Ref result = new_list();
    int64_t hi = length(cum_counts);
    for (const Ref& s : as_list(selections)->items)
      list_append(result, get_item(population, Value::small_int(bisect_right(cum_counts, s, 0, hi))));
    return result;
  }
  Source src(self);
  Ref kk = as_index(k);
  int64_t count;
  if (!int_to_int64(kk, count) || count < 0 || count > n)
    raise_value_error("Sample larger than population or is negative");
  Ref result = new_list(count);
  auto& out = as_list(result)->items;
  int64_t setsize = 21;  // random.py's estimate of a small set's size, in list slots
  if (count > 5)
    setsize += static_cast<int64_t>(std::pow(4.0, std::ceil(std::log(count * 3.0) / std::log(4.0))));
  if (n <= setsize) {
    // Track the pool of candidates in a list.
    Ref pool = list_from_iterable(population);
    auto& items = as_list(pool)->items;
    for (int64_t i = 0; i < count; i++) {
      int64_t j = index_int64(src.randbelow(Value::small_int(n - i)));
      out.push_back(items[j]);
      items[j] = items[n - i - 1];
    }
  } else {
    // Track the selections in a set.
    Ref selected = new_set();
    for (int64_t i = 0; i < count; i++) {
      Ref j = src.randbelow(Value::small_int(n));
      while (set_contains(selected, j)) j = src.randbelow(Value::small_int(n));
      set_add(selected, j);
      out.push_back(get_item(population, j));
    }
  }
  return result;
}

Ref random_sample(Value self, CallArgs args) {
  Value a[3];
  bind_python_args(qualified("sample"), args, {"population", "k", "counts"}, 2, a, 2, 1);
  return sample_impl(self, a[0], a[1], a[2]);
}

Ref random_choices(Value self, CallArgs args) {
  Value a[4];
  bind_python_args(qualified("choices"), args, {"population", "weights", "cum_weights", "k"}, 1, a, 2, 1);
  Value population = a[0], weights = or_default(a[1], Value::none()), cum = or_default(a[2], Value::none());
  Value k = or_default(a[3], Value::small_int(1));
  Source src(self);
  int64_t n = length(population);
  Ref result = new_list();
  Ref cum_weights;
  if (cum.is_none()) {
    if (weights.is_none()) {
      double nf = static_cast<double>(n);
      if (is_float(k)) raise_type_error("'float' object cannot be interpreted as an integer");
      for (int64_t i = 0, count = index_int64(k); i < count; i++)
        list_append(result, get_item(population, math_floor_of(src.random() * nf)));
      return result;
    }
    try {
      cum_weights = accumulate_list(weights);
    } catch (PyException& e) {
      if (!type_of(e.exception)->is_subtype_of(&exc::TypeError) || !is_int(weights)) throw;
      raise_type_error("The number of choices must be a keyword argument: k=" + repr_string(weights));
    }
  } else {
    if (!weights.is_none()) raise_type_error("Cannot specify both weights and cumulative weights");
    cum_weights = Ref(cum);
  }
  if (length(cum_weights) != n) raise_value_error("The number of weights does not match the population");
  Ref total = op(get_item(cum_weights, Value::small_int(-1)), BinaryOp::Add, num(0.0));
  if (compare_bool(total, num(0.0), CompareOp::Le))
    raise_value_error("Total of weights must be greater than zero");
  if (!std::isfinite(to_double(total))) raise_value_error("Total of weights must be finite");
  if (is_float(k)) raise_type_error("'float' object cannot be interpreted as an integer");
  for (int64_t i = 0, count = index_int64(k); i < count; i++) {
    Ref x = op(src.random_value(), BinaryOp::Mul, total);
    list_append(result, get_item(population, Value::small_int(bisect_right(cum_weights, x, 0, n - 1))));
  }
  return result;
}

// ------------------------------------------------------------------ real-valued distributions

constexpr double kTwoPi = 2.0 * M_PI;

Ref random_uniform(Value self, CallArgs args) {
  Value a[2];
  bind_python_args(qualified("uniform"), args, {"a", "b"}, 2, a, -1, 1);
  Source src(self);
  return op(a[0], BinaryOp::Add, op(op(a[1], BinaryOp::Sub, a[0]), BinaryOp::Mul, src.random_value()));
}

Ref random_triangular(Value self, CallArgs args) {
  Value a[3];
  bind_python_args(qualified("triangular"), args, {"low", "high", "mode"}, 0, a, -1, 1);
  Ref low = a[0].is_null() ? num(0.0) : Ref(a[0]);
  Ref high = a[1].is_null() ? num(1.0) : Ref(a[1]);
  Source src(self);
  Ref u = src.random_value();
  Ref c;
  try {
    c = a[2].is_null() || a[2].is_none()
            ? num(0.5)
            : op(op(a[2], BinaryOp::Sub, low), BinaryOp::TrueDiv, op(high, BinaryOp::Sub, low));
  } catch (PyException& e) {
    if (!type_of(e.exception)->is_subtype_of(&exc::ZeroDivisionError)) throw;
    return low;
  }
  if (compare_bool(u, c, CompareOp::Gt)) {
    u = op(num(1.0), BinaryOp::Sub, u);
    c = op(num(1.0), BinaryOp::Sub, c);
    std::swap(low, high);
  }
  double root = std::sqrt(to_double(op(u, BinaryOp::Mul, c)));
  return op(low, BinaryOp::Add, op(op(high, BinaryOp::Sub, low), BinaryOp::Mul, num(root)));
}

// mu + z * sigma, with Python arithmetic on the caller's mu and sigma.
Ref shift_scale(double z, Value mu, Value sigma) {
  return op(mu, BinaryOp::Add, op(num(z), BinaryOp::Mul, sigma));
}

double normal_z(Source& src) {
  const double magic = 4 * std::exp(-0.5) / std::sqrt(2.0);  // NV_MAGICCONST
  for (;;) {
    double u1 = src.random();
    double u2 = 1.0 - src.random();
    double z = magic * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -checked_log(u2)) return z;
  }
}

Ref random_normalvariate(Value self, CallArgs args) {
  Value a[2];
  bind_python_args(qualified("normalvariate"), args, {"mu", "sigma"}, 0, a, -1, 1);
  Source src(self);
  double z = normal_z(src);
  return shift_scale(z, a[0].is_null() ? Value(num(0.0)) : a[0], a[1].is_null() ? Value(num(1.0)) : a[1]);
}

Ref random_gauss(Value self, CallArgs args) {
  Value a[2];
  bind_python_args(qualified("gauss"), args, {"mu", "sigma"}, 0, a, -1, 1);
  Source src(self);
  RandomObject* r = as_random(self);
  Ref z = r->gauss_next;
  r->gauss_next.reset();
  if (z.is_null()) {
    double x2pi = src.random() * kTwoPi;
    double g2rad = std::sqrt(-2.0 * checked_log(1.0 - src.random()));
    z = num(std::cos(x2pi) * g2rad);
    r->gauss_next = num(std::sin(x2pi) * g2rad);
  }
  Ref mu = a[0].is_null() ? num(0.0) : Ref(a[0]);
  Ref sigma = a[1].is_null() ? num(1.0) : Ref(a[1]);
  return op(mu, BinaryOp::Add, op(z, BinaryOp::Mul, sigma));
}

Ref random_lognormvariate(Value self, CallArgs args) {
  Value a[2];
  bind_python_args(qualified("lognormvariate"), args, {"mu", "sigma"}, 2, a, -1, 1);
  Source src(self);
  return num(checked_exp(to_double(shift_scale(normal_z(src), a[0], a[1]))));
}

Ref random_expovariate(Value self, CallArgs args) {
  Value a[1];
  bind_python_args(qualified("expovariate"), args, {"lambd"}, 1, a, -1, 1);
  Source src(self);
  return op(num(-checked_log(1.0 - src.random())), BinaryOp::TrueDiv, a[0]);
}

Ref random_vonmisesvariate(Value self, CallArgs args) {
  Value a[2];
  bind_python_args(qualified("vonmisesvariate"), args, {"mu", "kappa"}, 2, a, -1, 1);
  Source src(self);
  double kappa = to_double(a[1]);
  if (kappa <= 1e-6) return num(kTwoPi * src.random());
  double s = 0.5 / kappa;
  double r = s + std::sqrt(1.0 + s * s);
  double z;
  for (;;) {
    double u1 = src.random();
    z = std::cos(M_PI * u1);
    double d = z / (r + z);
    double u2 = src.random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * checked_exp(d)) break;
  }
  double q = 1.0 / r;
  double f = (q + z) / (1.0 + q * z);
  double u3 = src.random();
  BinaryOp sign = u3 > 0.5 ? BinaryOp::Add : BinaryOp::Sub;
  return op(op(a[0], sign, num(std::acos(f))), BinaryOp::Mod, num(kTwoPi));
}

double gamma_sample(Source& src, double alpha, double beta) {
  if (alpha <= 0.0 || beta <= 0.0) raise_value_error("gammavariate: alpha and beta must be > 0.0");
  if (alpha > 1.0) {
    // Cheng's algorithm GB.
    const double log4 = std::log(4.0), sg_magic = 1.0 + std::log(4.5);
    double ainv = std::sqrt(2.0 * alpha - 1.0);
    double bbb = alpha - log4;
    double ccc = alpha + ainv;
    for (;;) {
      double u1 = src.random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      double u2 = 1.0 - src.random();
      double v = checked_log(u1 / (1.0 - u1)) / ainv;
      double x = alpha * checked_exp(v);
      double z = u1 * u1 * u2;
      double r = bbb + ccc * v - x;
      if (r + sg_magic - 4.5 * z >= 0.0 || r >= checked_log(z)) return x * beta;
    }
  }
  if (alpha == 1.0) return -checked_log(1.0 - src.random()) * beta;
  // alpha < 1: ALGORITHM GS of Statistical Computing, Kennedy & Gentle.
  double x;
  for (;;) {
    double u = src.random();
    double b = (M_E + alpha) / M_E;
    double p = b * u;
    x = p <= 1.0 ? std::pow(p, 1.0 / alpha) : -checked_log((b - p) / alpha);
    double u1 = src.random();
    if (p > 1.0) {
      if (u1 <= std::pow(x, alpha - 1.0)) break;
    } else if (u1 <= checked_exp(-x)) {
      break;
    }
  }
  return x * beta;
}

Ref random_gammavariate(Value self, CallArgs args) {
  Value a[2];
  bind_python_args(qualified("gammavariate"), args, {"alpha", "beta"}, 2, a, -1, 1);
  Source src(self);
  return num(gamma_sample(src, to_double(a[0]), to_double(a[1])));
}

Ref random_betavariate(Value self, CallArgs args) {
  Value a[2];
  bind_python_args(qualified("betavariate"), args, {"alpha", "beta"}, 2, a, -1, 1);
  Source src(self);
  double y = gamma_sample(src, to_double(a[0]), 1.0);
  if (y == 0) return num(0.0);
  return num(y / (y + gamma_sample(src, to_double(a[1]), 1.0)));
}

Ref random_paretovariate(Value self, CallArgs args) {
  Value a[1];
  bind_python_args(qualified("paretovariate"), args, {"alpha"}, 1, a, -1, 1);
  Source src(self);
  double u = 1.0 - src.random();
  return op(num(u), BinaryOp::Pow, op(num(-1.0), BinaryOp::TrueDiv, a[0]));
}

Ref random_weibullvariate(Value self, CallArgs args) {
  Value a[2];
  bind_python_args(qualified("weibullvariate"), args, {"alpha", "beta"}, 2, a, -1, 1);
  Source src(self);
  double u = 1.0 - src.random();
  return op(a[0], BinaryOp::Mul,
            op(num(-checked_log(u)), BinaryOp::Pow, op(num(1.0), BinaryOp::TrueDiv, a[1])));
}

// ------------------------------------------------------------------ the type

Ref random_new(Type* type, CallArgs) { return Ref::steal(alloc_instance<RandomObject>(type)); }

// Random(x=None): seed(x), through an overriding seed() if there is one.
void random_init(Value self, CallArgs args) {
  Value a[1];
  bind_python_args(qualified("__init__"), args, {"x"}, 0, a, -1, 1);
  Value x = a[0].is_null() ? Value::none() : a[0];
  if (type_of(self) == &random_type)
    random_seed_impl(self, x, Value());
  else
    call(get_attr(self, GILT_NAME("seed")), {x});
  as_random(self)->gauss_next.reset();
}

Ref random_getattr(Value self, StrObject* name) {
  if (name->view() == "gauss_next") {
    Ref g = as_random(self)->gauss_next;
    return g.is_null() ? Ref(Value::none()) : g;
  }
  return generic_getattr(self, name);
}

void random_setattr(Value self, StrObject* name, Value value) {
  if (name->view() == "gauss_next" && !value.is_null()) {
    as_random(self)->gauss_next = value.is_none() ? Ref() : Ref(value);
    return;
  }
  generic_setattr(self, name, value);
}

Ref* random_dict(Object* o) { return &static_cast<RandomObject*>(o)->dict; }

// Subclasses of Random keep their attributes in `dict`.
void random_traverse(Object* o, const Visitor& visit) {
  auto* r = static_cast<RandomObject*>(o);
  visit(r->gauss_next);
  visit(r->dict);
}

void random_clear(Object* o) {
  auto* r = static_cast<RandomObject*>(o);
  Ref gauss_next = std::move(r->gauss_next), dict = std::move(r->dict);
}

void init_random_type() {
  set_gc_slots(random_type, random_traverse, random_clear);
  random_type.new_instance = random_new;
  random_type.init = random_init;
  random_type.repr = native_object_repr;
  random_type.getattr = random_getattr;
  random_type.setattr = random_setattr;
  random_type.hash = identity_hash;
  init_static_type(random_type, "Random", sizeof(RandomObject), dealloc_object<RandomObject>);
  random_type.instance_dict = random_dict;
  set_type_module(random_type, "random");
  dict_set(random_type.dict.as<DictObject>(), Value::object(intern("VERSION")), Value::small_int(3));
  static const FunctionDef methods[] = {
      {"seed", random_seed},
      {"random", random_random},
      {"getrandbits", random_getrandbits},
      {"getstate", random_getstate},
      {"setstate", random_setstate},
      {"randbytes", random_randbytes},
      {"_randbelow", random_randbelow},
      {"randrange", random_randrange},
      {"randint", random_randint},
      {"choice", random_choice},
      {"shuffle", random_shuffle},
      {"sample", random_sample},
      {"choices", random_choices},
      {"uniform", random_uniform},
      {"triangular", random_triangular},
      {"normalvariate", random_normalvariate},
      {"gauss", random_gauss},
      {"lognormvariate", random_lognormvariate},
      {"expovariate", random_expovariate},
      {"vonmisesvariate", random_vonmisesvariate},
      {"gammavariate", random_gammavariate},
      {"betavariate", random_betavariate},
      {"paretovariate", random_paretovariate},
      {"weibullvariate", random_weibullvariate},
  };
  for (const FunctionDef& d : methods) add_method(random_type, d.name, d.fn);
  finish_static_types();
  native_random_method = dict_get_str(random_type.dict.as<DictObject>(), intern("random"));
  native_getrandbits_method = dict_get_str(random_type.dict.as<DictObject>(), intern("getrandbits"));
}

}  // namespace

Ref make_random_module(InterpreterState*) {
  static std::once_flag once;
  std::call_once(once, init_random_type);
  Ref m = new_module("random");
  module_set(m, "Random", Value::object(&random_type));
  // The module's functions are the bound methods of one hidden instance.
  Ref inst = call(Value::object(&random_type), {});
  module_set(m, "_inst", inst);
  for (const char* name :
       {"seed",           "random",          "uniform",      "triangular",  "randint",       "choice",
        "randrange",      "sample",          "shuffle",      "choices",     "normalvariate", "lognormvariate",
        "expovariate",    "vonmisesvariate", "gammavariate", "gauss",       "betavariate",   "paretovariate",
        "weibullvariate", "getstate",        "setstate",     "getrandbits", "randbytes"})
    module_set(m, name, get_attr(inst, name));
  return m;
}

}  // namespace gilt
