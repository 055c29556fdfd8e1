// String literals: prefixes, escape sequences, implicit concatenation and
// f-strings (Python 3.11 rules: a replacement field may not contain a
// backslash, a comment or the enclosing quote). The expression of each
// replacement field is parsed by a sub-parser (parse_fstring_expr in
// parse.cpp) at its real position in the file.
//
// As in CPython 3.11, the Constant and FormattedValue parts of a JoinedStr,
// and a format spec's JoinedStr, carry the position of the whole
// (concatenated) literal; only the embedded expressions have their own.

#include <string>

#include "grammar/build.h"
#include "grammar/literals.h"

namespace gilt::grammar {

using namespace ast;

namespace {

struct Prefix {
  bool bytes = false, raw = false, fstring = false, u = false;
  int len = 0;
};

Prefix read_prefix(std::string_view text) {
  Prefix p;
  while (text[p.len] != '\'' && text[p.len] != '"') {
    switch (text[p.len] | 0x20) {
      case 'b': p.bytes = true; break;
      case 'r': p.raw = true; break;
      case 'f': p.fstring = true; break;
      case 'u': p.u = true; break;
    }
    ++p.len;
  }
  return p;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

bool decode_escapes(std::string_view body, bool bytes, std::string& out, std::string& error) {
  out.reserve(out.size() + body.size());
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c != '\\' || i + 1 >= body.size()) {
      out += c;
      continue;
    }
    size_t start = i;
    char e = body[++i];
    switch (e) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = static_cast<uint32_t>(e - '0');
        for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; ++k)
          v = v * 8 + static_cast<uint32_t>(body[++i] - '0');
        if (bytes) out += static_cast<char>(v & 0xFF);
        else append_utf8(out, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        if (bytes && e != 'x') {
          out += '\\';
          out += e;
          break;
        }
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t v = 0;
        int got = 0;
        while (got < digits && i + 1 < body.size() && hex_value(body[i + 1]) >= 0) {
          v = v * 16 + static_cast<uint32_t>(hex_value(body[++i]));
          ++got;
        }
        if (got < digits) {
          if (bytes) {
            error = "(value error) invalid \\x escape at position " + std::to_string(start);
          } else {
            const char* what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                                                              : "truncated \\UXXXXXXXX escape";
            error = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(start) +
                    "-" + std::to_string(i) + ": " + what;
          }
          return false;
        }
        if (bytes) {
          out += static_cast<char>(v);
        } else if (v > 0x10FFFF) {
          error = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(start) +
                  "-" + std::to_string(i) + ": illegal Unicode character";
          return false;
        } else {
          append_utf8(out, v);
        }
        break;
      }
      case 'N':
        if (!bytes) {
          // Character names need the Unicode name database, which gilt does
          // not carry; report it the way CPython reports an unknown name.
          size_t close = body.find('}', i);
          size_t end = close == std::string_view::npos ? body.size() - 1 : close;
          error = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(start) +
                  "-" + std::to_string(end) + ": unknown Unicode character name";
          return false;
        }
        [[fallthrough]];
      default:
        // Unknown escapes are kept verbatim (CPython only warns).
        out += '\\';
        out += e;
        break;
    }
  }
  return true;
}

namespace {

// One part of a JoinedStr under construction.
struct Part {
  std::string literal;  // when expr is null
  ExprPtr expr;         // a FormattedValue
};

class FStringParser {
 public:
  FStringParser(ParseCtx* ctx, const Token& tok, const Token& after, Pos whole)
      : ctx_(ctx), tok_(tok), after_(after), whole_(whole) {}

  // Parses the body [begin, end) of the token (offsets into ctx->src).
  bool parse(size_t begin, size_t end, bool raw, std::vector<Part>& parts) {
    raw_ = raw;
    end_ = end;
    size_t i = begin;
    return parse_parts(i, 0, parts);
  }

 private:
  char at(size_t i) const { return i < end_ ? ctx_->src[i] : '\0'; }

  bool fail(std::string msg) {
    ctx_->fail_at(std::move(msg), after_.line, after_.col + 1, after_.line, after_.col + 1);
    return false;
  }

  bool add_literal(std::vector<Part>& parts, size_t from, size_t to) {
    if (from >= to) return true;
    std::string text;
    std::string_view chunk = ctx_->src.substr(from, to - from);
    if (raw_) {
      text = std::string(chunk);
    } else {
      std::string err;
      if (!decode_escapes(chunk, false, text, err)) return fail(err);
    }
    if (!parts.empty() && !parts.back().expr) parts.back().literal += text;
    else parts.push_back(Part{std::move(text), nullptr});
    return true;
  }

  // Literal text and replacement fields up to the end of the body (level 0)
  // or up to the `}` closing a format spec (level 1).
  bool parse_parts(size_t& i, int level, std::vector<Part>& parts) {
    size_t lit = i;
    while (i < end_) {
      char c = at(i);
      if (c == '\\' && !raw_ && i + 1 < end_) {
        // An escape; `\N{...}` braces are not fields.
        if (at(i + 1) == 'N' && at(i + 2) == '{') {
          size_t close = ctx_->src.find('}', i);
          i = close == std::string_view::npos || close >= end_ ? end_ : close + 1;
        } else {
          i += 2;
        }
        continue;
      }
      if (c == '{') {
        if (level == 0 && at(i + 1) == '{') {
          if (!add_literal(parts, lit, i + 1)) return false;
          i += 2;
          lit = i;
          continue;
        }
        if (!add_literal(parts, lit, i)) return false;
        if (!field(i, level, parts)) return false;
        lit = i;
        continue;
      }
      if (c == '}') {
        if (level > 0) break;
        if (at(i + 1) == '}') {
          if (!add_literal(parts, lit, i + 1)) return false;
          i += 2;
          lit = i;
          continue;
        }
        return fail("f-string: single '}' is not allowed");
      }
      ++i;
    }
    return add_literal(parts, lit, i);
  }

  // A replacement field starting at the `{` at i; leaves i after its `}`.
  bool field(size_t& i, int level, std::vector<Part>& parts) {
    if (level >= 2) return fail("f-string: expressions nested too deeply");
    size_t start = ++i;
    std::vector<char> brackets;
    char quote = 0;
    bool triple = false;
    for (; i < end_; ++i) {
      char c = at(i);
      if (c == '\\') return fail("f-string expression part cannot include a backslash");
      if (quote) {
        if (c == quote && (!triple || (at(i + 1) == quote && at(i + 2) == quote))) {
          if (triple) i += 2;
          quote = 0;
        }
        continue;
      }
      if (c == '\'' || c == '"') {
        quote = c;
        triple = at(i + 1) == c && at(i + 2) == c;
        if (triple) i += 2;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        if (brackets.size() >= 200) return fail("f-string: too many nested parenthesis");
        brackets.push_back(c);
        continue;
      }
      if (c == '#') return fail("f-string expression part cannot include '#'");
      if (c == ')' || c == ']' || (c == '}' && !brackets.empty())) {
        if (brackets.empty()) return fail(std::string("f-string: unmatched '") + c + "'");
        char open = brackets.back();
        char want = open == '(' ? ')' : open == '[' ? ']' : '}';
        if (c != want)
          return fail(std::string("f-string: closing parenthesis '") + c + "' does not match opening parenthesis '" +
                      open + "'");
        brackets.pop_back();
        continue;
      }
      if (!brackets.empty()) continue;
      if ((c == '=' || c == '!' || c == '<' || c == '>') && at(i + 1) == '=') {
        ++i;
        continue;
      }
      if (c == '}' || c == ':' || c == '!' || c == '=') break;
    }
    if (quote) return fail("f-string: unterminated string");
    if (i >= end_) {
      if (!brackets.empty()) return fail(std::string("f-string: expecting '}'"));
      return fail("f-string: expecting '}'");
    }
    size_t expr_end = i;
    std::string_view text = ctx_->src.substr(start, expr_end - start);
    if (text.find_first_not_of(" \t\n\r\f") == std::string_view::npos)
      return fail("f-string: empty expression not allowed");
    Expr* value = parse_fstring_expr(ctx_, start, expr_end, tok_);
    if (!value) return false;
    auto fv = std::make_unique<FormattedValue>();
    fv->value.reset(value);
    fv->pos = whole_;
    bool self_doc = false;
    if (at(i) == '=') {
      self_doc = true;
      ++i;
      while (at(i) == ' ' || at(i) == '\t' || at(i) == '\n' || at(i) == '\r' || at(i) == '\f') ++i;
      std::string doc(ctx_->src.substr(start, i - start));
      if (!parts.empty() && !parts.back().expr) parts.back().literal += doc;
      else parts.push_back(Part{std::move(doc), nullptr});
    }
    if (at(i) == '!') {
      char conv = at(i + 1);
      if (i + 1 >= end_ || (conv != 's' && conv != 'r' && conv != 'a'))
        return fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      fv->conversion = conv;
      i += 2;
    }
    if (at(i) == ':') {
      ++i;
      std::vector<Part> spec_parts;
      if (!parse_parts(i, level + 1, spec_parts)) return false;
      fv->format_spec.reset(joined(spec_parts));
    }
    if (i >= end_ || at(i) != '}') return fail("f-string: expecting '}'");
    ++i;
    if (self_doc && fv->conversion == -1 && !fv->format_spec) fv->conversion = 'r';
    parts.push_back(Part{std::string(), std::move(fv)});
    return true;
  }

 public:
  JoinedStr* joined(std::vector<Part>& parts) {
    auto* j = new JoinedStr;
    j->pos = whole_;
    for (Part& p : parts) {
      if (p.expr) {
        j->values.push_back(std::move(p.expr));
      } else if (!p.literal.empty()) {
        auto* c = new Constant;
        c->type = Constant::Type::Str;
        c->str = std::move(p.literal);
        c->pos = whole_;
        j->values.emplace_back(c);
      }
    }
    return j;
  }

 private:
  ParseCtx* ctx_;
  const Token& tok_;
  const Token& after_;
  Pos whole_;
  bool raw_ = false;
  size_t end_ = 0;
};

}  // namespace

EV strings(ParseCtx* ctx, StrRange r) {
  const std::vector<Token>& toks = *ctx->tokens;
  const Token& first = toks[static_cast<size_t>(r.first)];
  const Token& last = toks[static_cast<size_t>(r.last)];
  const Token& after = toks[static_cast<size_t>(r.last) + 1 < toks.size() ? static_cast<size_t>(r.last) + 1
                                                                           : static_cast<size_t>(r.last)];
  Pos whole = join(tp(first), tp(last));
  bool any_bytes = false, any_str = false, any_f = false;
  std::vector<Part> parts;
  bool ok = true;
  for (int k = r.first; k <= r.last && ok; ++k) {
    const Token& t = toks[static_cast<size_t>(k)];
    std::string_view text = ctx->text(t);
    Prefix p = read_prefix(text);
    (p.bytes ? any_bytes : any_str) = true;
    if (any_bytes && any_str) {
      ctx->fail_at("cannot mix bytes and nonbytes literals", after.line, after.col + 1, after.line, after.col + 1);
      ok = false;
      break;
    }
    size_t q = text[static_cast<size_t>(p.len)] == text[static_cast<size_t>(p.len) + 1] &&
                       text.size() >= static_cast<size_t>(p.len) + 6 &&
                       text[static_cast<size_t>(p.len) + 2] == text[static_cast<size_t>(p.len)]
                   ? 3
                   : 1;
    size_t body_begin = t.begin + static_cast<size_t>(p.len) + q;
    size_t body_end = t.end - q;
    if (p.fstring) {
      any_f = true;
      FStringParser fp(ctx, t, after, whole);
      ok = fp.parse(body_begin, body_end, p.raw, parts);
      continue;
    }
    std::string_view body = ctx->src.substr(body_begin, body_end - body_begin);
    std::string value;
    if (p.bytes) {
      for (unsigned char ch : body) {
        if (ch >= 0x80) {
          ctx->fail("bytes can only contain ASCII literal characters", tp(t));
          ok = false;
          break;
        }
      }
      if (!ok) break;
    }
    if (p.raw) {
      value = std::string(body);
    } else {
      std::string err;
      if (!decode_escapes(body, p.bytes, value, err)) {
        ctx->fail_at(err, after.line, after.col + 1, after.line, after.col + 1);
        ok = false;
        break;
      }
    }
    if (!parts.empty() && !parts.back().expr) parts.back().literal += value;
    else parts.push_back(Part{std::move(value), nullptr});
  }
  if (any_f && ok) {
    FStringParser fp(ctx, first, after, whole);
    return ev(ctx, fp.joined(parts), whole, 3);
  }
  auto* c = new Constant;
  c->type = any_bytes ? Constant::Type::Bytes : Constant::Type::Str;
  c->kind_u = read_prefix(ctx->text(first)).u;
  if (ok)
    for (Part& p : parts) c->str += p.literal;
  return ev(ctx, c, whole, 1);
}

}  // namespace gilt::grammar
