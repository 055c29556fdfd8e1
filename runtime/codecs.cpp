// Text codecs (see codecs.h).
#include "runtime/codecs.h"

#include <cctype>

#include "runtime/bytes_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/int_object.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/utf8.h"

namespace gilt {

namespace {

enum class Codec { Utf8, Ascii, Latin1 };

Codec lookup_codec(std::string_view encoding) {
  std::string n;
  for (char c : encoding) n += (c == '_' || c == ' ') ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf" || n == "cp65001") return Codec::Utf8;
  if (n == "ascii" || n == "us-ascii" || n == "646" || n == "us") return Codec::Ascii;
  if (n == "latin-1" || n == "latin1" || n == "latin" || n == "l1" || n == "iso-8859-1" || n == "iso8859-1" ||
      n == "8859" || n == "cp819" || n == "iso-ir-100")
    return Codec::Latin1;
  raise(&exc::LookupError, "unknown encoding: " + std::string(encoding));
}

const char* codec_name(Codec c) { return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1"; }

enum class ErrorMode { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, Unknown };

ErrorMode lookup_errors(std::string_view errors) {
  if (errors == "strict") return ErrorMode::Strict;
  if (errors == "ignore") return ErrorMode::Ignore;
  if (errors == "replace") return ErrorMode::Replace;
  if (errors == "backslashreplace") return ErrorMode::BackslashReplace;
  if (errors == "xmlcharrefreplace") return ErrorMode::XmlCharRefReplace;
  return ErrorMode::Unknown;  // CPython only looks the handler up when it needs it
}

[[noreturn]] void unknown_handler(std::string_view errors) {
  raise(&exc::LookupError, "unknown error handler name '" + std::string(errors) + "'");
}

const char kHex[] = "0123456789abcdef";

// '\xe9' / '\u20ac' / '\U0001f600', as CPython names a character in messages.
std::string escaped_code_point(uint32_t cp) {
  std::string out = "\\";
  int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
  out += cp < 0x100 ? 'x' : cp < 0x10000 ? 'u' : 'U';
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 15];
  return out;
}

}  // namespace

const char* canonical_encoding(std::string_view encoding) { return codec_name(lookup_codec(encoding)); }

std::string encode_str(std::string_view text, std::string_view encoding, std::string_view errors) {
  Codec codec = lookup_codec(encoding);
  uint32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
  auto encodable = [&](uint32_t cp) {
    if (codec == Codec::Utf8) return cp < 0xD800 || cp > 0xDFFF;
    return cp < limit;
  };
  if (codec != Codec::Latin1 && utf8::is_ascii(text)) return std::string(text);
  std::u32string cps;
  for (size_t k = 0; k < text.size();) cps += utf8::decode(text, k);
  std::string out;
  out.reserve(cps.size());
  for (size_t i = 0; i < cps.size();) {
    uint32_t cp = cps[i];
    if (encodable(cp)) {
      if (codec == Codec::Utf8) utf8::append(out, cp);
      else out += static_cast<char>(cp);
      i++;
      continue;
    }
    size_t end = i + 1;
    while (end < cps.size() && !encodable(cps[end])) end++;
    switch (lookup_errors(errors)) {
      case ErrorMode::Strict: {
        // (encoding, object, start, end, reason): str() of the error builds the message.
        std::string reason = codec == Codec::Utf8 ? "surrogates not allowed"
                                                  : "ordinal not in range(" + std::to_string(limit) + ")";
        raise(new_exception(
            &exc::UnicodeEncodeError,
            make_tuple({new_str(codec_name(codec)), new_str(text), int_from_int64(static_cast<int64_t>(i)),
                        int_from_int64(static_cast<int64_t>(end)), new_str(reason)})));
      }
      case ErrorMode::Ignore: break;
      case ErrorMode::Replace: out.append(end - i, '?'); break;
      case ErrorMode::BackslashReplace:
        for (size_t k = i; k < end; k++) out += escaped_code_point(cps[k]);
        break;
      case ErrorMode::XmlCharRefReplace:
        for (size_t k = i; k < end; k++) out += "&#" + std::to_string(cps[k]) + ";";
        break;
      case ErrorMode::Unknown: unknown_handler(errors);
    }
    i = end;
  }
  return out;
}

Ref decode_bytes(std::string_view data, std::string_view encoding, std::string_view errors) {
  Codec codec = lookup_codec(encoding);
  if (codec != Codec::Latin1 && utf8::is_ascii(data)) return new_str(data);
  if (codec == Codec::Utf8 && utf8::valid_prefix(data) == data.size()) return new_str(data);
  std::string out;
  out.reserve(data.size());
  auto byte = [&](size_t i) { return static_cast<unsigned char>(data[i]); };
  // Handles the invalid bytes [start, end) per `errors`.
  auto fail = [&](size_t start, size_t end, const char* reason) {
    switch (lookup_errors(errors)) {
      case ErrorMode::Strict: {
        raise(new_exception(&exc::UnicodeDecodeError,
                            make_tuple({new_str(codec_name(codec)), new_bytes(data),
                                        int_from_int64(static_cast<int64_t>(start)),
                                        int_from_int64(static_cast<int64_t>(end)), new_str(reason)})));
      }
      case ErrorMode::Ignore: break;
      case ErrorMode::Replace: utf8::append(out, 0xFFFD); break;
      case ErrorMode::BackslashReplace:
        for (size_t k = start; k < end; k++) out += escaped_code_point(byte(k));
        break;
      case ErrorMode::XmlCharRefReplace:
        raise_type_error("don't know how to handle UnicodeDecodeError in error callback");
      case ErrorMode::Unknown: unknown_handler(errors);
    }
  };
  size_t i = 0;
  while (i < data.size()) {
    unsigned char c = byte(i);
    if (c < 0x80) {
      out += static_cast<char>(c);
      i++;
      continue;
    }
    if (codec == Codec::Latin1) {
      utf8::append(out, c);
      i++;
      continue;
    }
    if (codec == Codec::Ascii) {
      fail(i, i + 1, "ordinal not in range(128)");
      i++;
      continue;
    }
    // UTF-8: the length the lead byte announces and the range of its second byte.
    size_t n;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c >= 0xE0 && c <= 0xEF) n = 3, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    else if (c >= 0xF0 && c <= 0xF4) n = 4, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    else {
      fail(i, i + 1, "invalid start byte");
      i++;
      continue;
    }
    size_t k = 1;
    for (; k < n; k++) {
      if (i + k >= data.size()) break;
      unsigned char cc = byte(i + k);
      if (k == 1 ? (cc < lo || cc > hi) : (cc & 0xC0) != 0x80) break;
    }
    if (k == n) {
      out.append(data.substr(i, n));
      i += n;
    } else if (i + k >= data.size()) {
      fail(i, data.size(), "unexpected end of data");
      i = data.size();
    } else {
      fail(i, i + k, "invalid continuation byte");
      i += k;
    }
  }
  return new_str(out);
}

}  // namespace gilt
