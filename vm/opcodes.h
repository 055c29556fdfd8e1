// The opcode table: the single source of truth for gilt's bytecode.
//
// The enum, the names, operand kinds, stack effects, the disassembler and the
// interpreter's dispatch table are all generated from GILT_OPCODES below.
//
// Encoding. An instruction is one 32-bit word: the opcode in the low 8 bits
// and its argument `arg` in the upper 24 bits. Instructions whose Words column
// is 2 are followed by a second word, `arg2` (an inline-cache index or a
// second operand). Jump targets are absolute word indices into the code.
//
// Stack notation in the comments: `[a, b] -> [c]` means the instruction pops
// b (the top) and a, then pushes c. `null` is an empty slot (Value()).
//
// Columns: X(NAME, ARG_KIND, WORDS, STACK_EFFECT, JUMP_STACK_EFFECT)
//   ARG_KIND tells the disassembler how to show arg: None, Const, Name (co_names),
//     Local (co_varnames), Deref (cells then free vars), Jump, Count, BinOp,
//     CmpOp, Flags.
//   STACK_EFFECT is the net stack change when execution falls through, and
//   JUMP_STACK_EFFECT when it jumps; both may use `arg`.
#pragma once

#include <cstdint>

namespace gilt {

#define GILT_OPCODES(X)                                                                       \
  /* Does nothing. */                                                                         \
  X(NOP, None, 1, 0, 0)                                                                       \
  /* [a] -> [] */                                                                             \
  X(POP_TOP, None, 1, -1, -1)                                                                 \
  /* [] -> [null]: the empty "self" slot of a plain call (see CALL). */                      \
  X(PUSH_NULL, None, 1, 1, 1)                                                                 \
  /* [.., x(arg-th from top, 1 = top)] -> [.., x, .., x] */                                   \
  X(COPY, Count, 1, 1, 1)                                                                     \
  /* Swap the top with the arg-th item from the top (arg >= 2). */                            \
  X(SWAP, Count, 1, 0, 0)                                                                     \
  /* [] -> [consts[arg]] */                                                                   \
  X(LOAD_CONST, Const, 1, 1, 1)                                                               \
  /* [] -> [local arg]; UnboundLocalError if unbound. */                                      \
  X(LOAD_FAST, Local, 1, 1, 1)                                                                \
  /* [v] -> [], local arg = v */                                                              \
  X(STORE_FAST, Local, 1, -1, -1)                                                             \
  /* Unbind local arg; UnboundLocalError if already unbound. */                               \
  X(DELETE_FAST, Local, 1, 0, 0)                                                              \
  /* [] -> [cell arg's contents]; NameError/UnboundLocalError if empty. */                    \
  X(LOAD_DEREF, Deref, 1, 1, 1)                                                               \
  /* [v] -> [], cell arg's contents = v */                                                    \
  X(STORE_DEREF, Deref, 1, -1, -1)                                                            \
  X(DELETE_DEREF, Deref, 1, 0, 0)                                                             \
  /* [] -> [the cell object arg itself] (to build a closure tuple). */                        \
  X(LOAD_CLOSURE, Deref, 1, 1, 1)                                                             \
  /* Class bodies: [] -> [locals[name] if present, else the free cell arg's contents]. */     \
  X(LOAD_CLASSDEREF, Deref, 1, 1, 1)                                                          \
  /* Unoptimized scopes (module, class body): locals mapping, then globals, then builtins. */ \
  X(LOAD_NAME, Name, 1, 1, 1)                                                                 \
  X(STORE_NAME, Name, 1, -1, -1)                                                              \
  X(DELETE_NAME, Name, 1, 0, 0)                                                               \
  /* [] -> [globals or builtins [names[arg]]]; arg2 is an inline cache index. */              \
  X(LOAD_GLOBAL, Name, 2, 1, 1)                                                               \
  X(STORE_GLOBAL, Name, 1, -1, -1)                                                            \
  X(DELETE_GLOBAL, Name, 1, 0, 0)                                                             \
  /* [obj] -> [obj.names[arg]]; arg2 is an inline cache index. */                             \
  X(LOAD_ATTR, Name, 2, 0, 0)                                                                 \
  /* [v, obj] -> [], obj.names[arg] = v; arg2 is an inline cache index. */                    \
  X(STORE_ATTR, Name, 2, -2, -2)                                                              \
  /* [obj] -> [] */                                                                           \
  X(DELETE_ATTR, Name, 1, -1, -1)                                                             \
  /* [obj] -> [method, obj] when names[arg] is a plain method found on the type,            \
     else [obj.names[arg], null]. Followed by CALL. arg2 is an inline cache index. */         \
  X(LOAD_METHOD, Name, 2, 1, 1)                                                               \
  /* [callable, self_or_null, a1..a_arg] -> [result]. When self_or_null is not null the      \
     call receives it as an extra first argument (it sits right below the arguments). */      \
  X(CALL, Count, 1, -1 - arg, -1 - arg)                                                       \
  /* Like CALL, but the last len(consts[arg2]) arguments are keyword arguments whose names   \
     are the tuple consts[arg2]. */                                                           \
  X(CALL_KW, Count, 2, -1 - arg, -1 - arg)                                                    \
  /* [callable, self_or_null, args_tuple, kwargs_dict_if(arg & 1)] -> [result]:               \
     f(*args, **kwargs). */                                                                   \
  X(CALL_EX, Flags, 1, -2 - (arg & 1), -2 - (arg & 1))                                       \
  /* [v] -> return v to the caller. */                                                        \
  X(RETURN_VALUE, None, 1, -1, -1)                                                            \
  /* [a, b] -> [a op b]; arg is a BinaryOp. */                                                \
  X(BINARY_OP, BinOp, 1, -1, -1)                                                              \
  /* [a, b] -> [a op= b]; arg is a BinaryOp. */                                               \
  X(INPLACE_OP, BinOp, 1, -1, -1)                                                             \
  /* [a] -> [-a], [+a], [~a], [not a] */                                                      \
  X(UNARY_NEGATIVE, None, 1, 0, 0)                                                            \
  X(UNARY_POSITIVE, None, 1, 0, 0)                                                            \
  X(UNARY_INVERT, None, 1, 0, 0)                                                              \
  X(UNARY_NOT, None, 1, 0, 0)                                                                 \
  /* [a, b] -> [a op b]; arg is a CompareOp. */                                               \
  X(COMPARE_OP, CmpOp, 1, -1, -1)                                                             \
  /* [a, b] -> [a is b] (arg 0) or [a is not b] (arg 1). */                                   \
  X(IS_OP, Flags, 1, -1, -1)                                                                  \
  /* [a, b] -> [a in b] (arg 0) or [a not in b] (arg 1). */                                   \
  X(CONTAINS_OP, Flags, 1, -1, -1)                                                            \
  /* Jump to arg. Forward only: no eval-breaker check. */                                     \
  X(JUMP_FORWARD, Jump, 1, 0, 0)                                                              \
  /* Jump to arg, backwards: checks the eval breaker (signals, GIL drop requests). */         \
  X(JUMP_BACKWARD, Jump, 1, 0, 0)                                                             \
  /* [v] -> []; jump to arg if v is false / true. */                                          \
  X(POP_JUMP_IF_FALSE, Jump, 1, -1, -1)                                                       \
  X(POP_JUMP_IF_TRUE, Jump, 1, -1, -1)                                                        \
  /* [v] -> []; jump to arg if v is None / is not None. */                                    \
  X(POP_JUMP_IF_NONE, Jump, 1, -1, -1)                                                        \
  X(POP_JUMP_IF_NOT_NONE, Jump, 1, -1, -1)                                                    \
  /* [v] -> [v] and jump to arg if v is false (true); else [v] -> [] and fall through. */     \
  X(JUMP_IF_FALSE_OR_POP, Jump, 1, -1, 0)                                                     \
  X(JUMP_IF_TRUE_OR_POP, Jump, 1, -1, 0)                                                      \
  /* [obj] -> [iter(obj)] */                                                                  \
  X(GET_ITER, None, 1, 0, 0)                                                                  \
  /* [it] -> [it, next(it)]; when exhausted [it] -> [] and jump to arg. */                    \
  X(FOR_ITER, Jump, 1, 1, -1)                                                                 \
  /* [a1..a_arg] -> [tuple], [list], [set] */                                                 \
  X(BUILD_TUPLE, Count, 1, 1 - arg, 1 - arg)                                                  \
  X(BUILD_LIST, Count, 1, 1 - arg, 1 - arg)                                                   \
  X(BUILD_SET, Count, 1, 1 - arg, 1 - arg)                                                    \
  /* [k1, v1, .. k_arg, v_arg] -> [dict] */                                                   \
  X(BUILD_MAP, Count, 1, 1 - 2 * arg, 1 - 2 * arg)                                            \
  /* [s1..s_arg] -> [s1 + .. + s_arg] (strings, for f-strings) */                             \
  X(BUILD_STRING, Count, 1, 1 - arg, 1 - arg)                                                 \
  /* [lower, upper] or [lower, upper, step] (arg = 2 or 3) -> [slice] */                      \
  X(BUILD_SLICE, Count, 1, 1 - arg, 1 - arg)                                                  \
  /* [list, .., v] -> [list, ..]: list.append(v), the list is arg items below v (1 = right    \
     below). SET_ADD likewise; MAP_ADD pops [.., k, v] and sets dict[k] = v. */                \
  X(LIST_APPEND, Count, 1, -1, -1)                                                            \
  X(SET_ADD, Count, 1, -1, -1)                                                                \
  X(MAP_ADD, Count, 1, -2, -2)                                                                \
  /* [list, .., iterable] -> [list, ..]: list.extend(iterable), list arg items below. */      \
  X(LIST_EXTEND, Count, 1, -1, -1)                                                            \
  X(SET_UPDATE, Count, 1, -1, -1)                                                             \
  /* [dict, .., mapping] -> [dict, ..]: dict.update(mapping); TypeError                        \
     "'int' object is not a mapping" for non-mappings. */                                     \
  X(DICT_UPDATE, Count, 1, -1, -1)                                                            \
  /* Like DICT_UPDATE for f(**m): a repeated key raises "f() got multiple values for         \
     keyword argument 'k'"; the callable is found at stack position arg + 2 below. */        \
  X(DICT_MERGE, Count, 1, -1, -1)                                                             \
  /* [list] -> [tuple(list)] */                                                               \
  X(LIST_TO_TUPLE, None, 1, 0, 0)                                                             \
  /* [seq] -> [x_arg, .., x1]: unpack exactly arg items, the first ending on top. */          \
  X(UNPACK_SEQUENCE, Count, 1, arg - 1, arg - 1)                                              \
  /* a, *b, c = seq: arg = before | (after << 8); pushes after items, the starred list,      \
     then before items, the first ending on top. */                                           \
  X(UNPACK_EX, Count, 1, (arg & 0xFF) + (arg >> 8), (arg & 0xFF) + (arg >> 8))                \
  /* [obj, key] -> [obj[key]] */                                                              \
  X(BINARY_SUBSCR, None, 1, -1, -1)                                                           \
  /* [v, obj, key] -> [], obj[key] = v */                                                     \
  X(STORE_SUBSCR, None, 1, -3, -3)                                                            \
  /* [obj, key] -> [], del obj[key] */                                                        \
  X(DELETE_SUBSCR, None, 1, -2, -2)                                                           \
  /* f-string field: [v] or [v, spec] (arg & 4) -> [formatted str]. arg & 3 is the            \
     conversion: 0 none, 1 str, 2 repr, 3 ascii. */                                           \
  X(FORMAT_VALUE, Flags, 1, -((arg & 4) >> 2), -((arg & 4) >> 2))                             \
  /* [defaults_tuple if arg&1, kwdefaults_dict if arg&2, annotations if arg&4,                \
     closure_tuple if arg&8, code] -> [function] */                                           \
  X(MAKE_FUNCTION, Flags, 1, -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1)), \
    -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1)))                    \
  /* [] -> [builtins.__build_class__] */                                                      \
  X(LOAD_BUILD_CLASS, None, 1, 1, 1)                                                          \
  /* [] -> [AssertionError] */                                                                \
  X(LOAD_ASSERTION_ERROR, None, 1, 1, 1)                                                      \
  /* arg 0: re-raise the exception being handled; arg 1: [exc] -> raise exc;                 \
     arg 2: [exc, cause] -> raise exc from cause. */                                          \
  X(RAISE_VARARGS, Count, 1, -arg, -arg)                                                      \
  /* [exc] -> raise exc again, without adding a traceback entry (end of a handler). */        \
  X(RERAISE, None, 1, -1, -1)                                                                 \
  /* Handler entry: [exc] -> [previously handled exc or None, exc], and exc becomes the       \
     exception being handled (sys.exc_info()). */                                             \
  X(PUSH_EXC_INFO, None, 1, 1, 1)                                                             \
  /* [prev_exc] -> [], restoring prev_exc as the exception being handled. */                  \
  X(POP_EXCEPT, None, 1, -1, -1)                                                              \
  /* [exc, type] -> [rest, match] when type matches exc or part of its group (rest: None     \
     when nothing is left; match becomes the exception being handled), else [exc, None]. The \
     test of an except* clause; TypeError for invalid types and for exception groups. */     \
  X(CHECK_EG_MATCH, None, 1, 0, 0)                                                            \
  /* [original, raised_list] -> [exception to raise, or None]: the end of a try/except*. */  \
  X(PREP_RERAISE_STAR, None, 1, -1, -1)                                                       \
  /* [exc, type] -> [exc, isinstance(exc, type)]; TypeError if type is not an exception       \
     class or a tuple of them. */                                                             \
  X(CHECK_EXC_MATCH, None, 1, 0, 0)                                                           \
  /* [mgr] -> [mgr.__exit__ (bound), enter, self_or_null]; a CALL 0 follows, so a             \
     Python __enter__ runs in this loop. */                                                   \
  X(BEFORE_WITH, None, 1, 2, 2)                                                               \
  /* [exit, prev_exc, exc] -> [exit, prev_exc, exc, exit(type(exc), exc, exc.__traceback__)] */ \
  X(WITH_EXCEPT_START, None, 1, 1, 1)                                                         \
  /* [v] -> []: REPL echo of an expression statement (repr to stdout, sets builtins._). */   \
  X(PRINT_EXPR, None, 1, -1, -1)                                                              \
  /* [level, fromlist] -> [module]: import names[arg]. */                                     \
  X(IMPORT_NAME, Name, 1, -1, -1)                                                             \
  /* [module] -> [module, module.names[arg]] (ImportError when missing). */                   \
  X(IMPORT_FROM, Name, 1, 1, 1)                                                               \
  /* [module] -> []: from module import * */                                                  \
  X(IMPORT_STAR, None, 1, -1, -1)                                                             \
  /* Creates __annotations__ in the locals mapping if missing. */                             \
  X(SETUP_ANNOTATIONS, None, 1, 0, 0)                                                         \
  /* [v] -> [sent]: the generator parks here, handing v to whoever resumed it; resuming     \
     pushes the value sent in. arg 1 marks the yield of a `yield from`/`await` loop, whose    \
     delegate is then the item below (gi_yieldfrom). */                                       \
  X(YIELD_VALUE, Count, 1, 0, 0)                                                              \
  /* First instruction of generator code: the new frame becomes a generator object, which is  \
     returned to the caller; the frame is parked here until the first resume. */              \
  X(RETURN_GENERATOR, None, 1, 1, 1)                                                          \
  /* [receiver, v] -> [receiver, yielded]: receiver.send(v) (next() when v is None);          \
     when the receiver returns r instead: [r] and jump to arg. The `yield from` loop. */      \
  X(SEND, Jump, 1, 0, -1)                                                                     \
  /* [x] -> [iter(x)], except that generators (and coroutines) stay themselves. */           \
  X(GET_YIELD_FROM_ITER, None, 1, 0, 0)                                                       \
  /* BINARY_OP and INPLACE_OP for + and -, the commonest operators, with the operator         \
     fixed, so the handler has no operator switch and the branch predictor sees them          \
     apart. Only the assembler writes them (specialized_op); the disassembler shows           \
     the general form. */                                                                     \
  X(BINARY_ADD, BinOp, 1, -1, -1)                                                             \
  X(BINARY_SUB, BinOp, 1, -1, -1)                                                             \
  X(INPLACE_ADD, BinOp, 1, -1, -1)                                                            \
  X(INPLACE_SUB, BinOp, 1, -1, -1)

enum class Op : uint8_t {
#define GILT_OPCODE_ENUM(name, kind, words, effect, jump_effect) name,
  GILT_OPCODES(GILT_OPCODE_ENUM)
#undef GILT_OPCODE_ENUM
};

enum class ArgKind : uint8_t { None, Const, Name, Local, Deref, Jump, Count, BinOp, CmpOp, Flags };

inline constexpr int kOpcodeCount = 0
#define GILT_OPCODE_COUNT(name, kind, words, effect, jump_effect) +1
    GILT_OPCODES(GILT_OPCODE_COUNT)
#undef GILT_OPCODE_COUNT
    ;

struct OpcodeInfo {
  const char* name;
  ArgKind arg_kind;
  int words;  // 1, or 2 when a second word (arg2) follows
};

const OpcodeInfo& opcode_info(Op op);

// The specialized form the assembler writes for `op` with `arg` (else `op`),
// and back (the disassembler's view).
Op specialized_op(Op op, uint32_t arg);
Op general_op(Op op);
// Net stack change of an instruction; `jump` selects the branch-taken effect.
int stack_effect(Op op, int arg, bool jump);

// Instruction words.
inline constexpr uint32_t encode(Op op, uint32_t arg) { return static_cast<uint32_t>(op) | (arg << 8); }
inline constexpr Op decode_op(uint32_t word) { return static_cast<Op>(word & 0xFF); }
inline constexpr uint32_t decode_arg(uint32_t word) { return word >> 8; }
inline constexpr uint32_t kMaxArg = (1u << 24) - 1;

}  // namespace gilt
