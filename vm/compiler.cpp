// compile(): scope analysis, then code generation; errors become SyntaxErrorInfo.
#include "vm/compiler.h"

#include "vm/codegen.h"
#include "vm/compile_error.h"
#include "vm/symtable.h"

namespace gilt {

namespace {

// The text of 1-based line `line` of `source`, without its newline.
std::string source_line(const std::string& source, int line) {
  size_t start = 0;
  for (int i = 1; i < line; ++i) {
    start = source.find('\n', start);
    if (start == std::string::npos) return {};
    ++start;
  }
  size_t end = source.find('\n', start);
  std::string text = source.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (!text.empty() && text.back() == '\r') text.pop_back();
  return text;
}

SyntaxErrorInfo to_error_info(const CompileError& err, const std::string& filename, const std::string* source) {
  SyntaxErrorInfo info;
  info.type = err.type;
  info.message = err.message;
  info.filename = filename;
  if (err.pos.line > 0) {
    // CPython 3.11 reports the compiler's offsets as UTF-8 byte offsets + 1
    // (not characters, unlike the parser's); gilt prints what it prints.
    info.line = err.pos.line;
    info.col = err.pos.col + 1;
    info.end_line = err.pos.end_line;
    info.end_col = err.pos.end_col + 1;
    if (source) info.text = source_line(*source, err.pos.line);
  }
  return info;
}

}  // namespace

CompileResult compile(const ast::Module& module, const std::string& filename, ParseMode mode,
                      std::shared_ptr<const std::string> source) {
  CompileResult result;
  try {
    std::unique_ptr<SymbolTable> symbols = SymbolTable::build(module);
    CodeGenerator generator(*symbols, filename, mode, source);
    result.code = generator.compile_module(module);
  } catch (const CompileError& err) {
    result.code = Ref();
    result.error = to_error_info(err, filename, source.get());
  }
  return result;
}

}  // namespace gilt
