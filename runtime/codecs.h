// Text codecs: str <-> bytes in UTF-8, ASCII and Latin-1.
//
// The error handlers are 'strict', 'ignore' and 'replace' (encoding also
// knows 'backslashreplace' and 'xmlcharrefreplace', decoding
// 'backslashreplace'). Errors are CPython's: LookupError for an unknown
// encoding or handler (a handler is looked up only when an error occurs, as in
// CPython), UnicodeEncodeError / UnicodeDecodeError with CPython's messages.
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace gilt {

// bytes -> str: `data.decode(encoding, errors)`.
Ref decode_bytes(std::string_view data, std::string_view encoding, std::string_view errors);
// The canonical name of a supported encoding ("utf-8", "ascii" or
// "latin-1"); LookupError "unknown encoding: x" for any other.
const char* canonical_encoding(std::string_view encoding);
// str -> bytes content: `text.encode(encoding, errors)`; text is gilt's UTF-8.
std::string encode_str(std::string_view utf8, std::string_view encoding, std::string_view errors);

}  // namespace gilt
