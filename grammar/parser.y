// The Python 3.11 grammar (minus `match` and type parameters) as a Lemon
// LALR(1) grammar. Actions are one-liners calling build.h; positions and the
// CPython error messages live there.
//
// How CPython's PEG grammar was made LALR(1):
//  * Assignment, del and for targets are parsed as expressions and checked
//    afterwards (build.cpp sets Store/Del context and words CPython's "cannot
//    assign to ..." messages). `for` and comprehension targets are parsed at
//    the bitwise_or level, so that `in` is never taken as a comparison:
//      for x in y: ...          targets ::= bitwise_or ... then IN
//  * Keyword arguments are `named_expr EQUAL expression`, checked to be a name:
//      f(a=1)                   `a` reduces to named_expr, then `=` is shifted
//  * `:=` is `expression COLONEQUAL expression`, checked to be a name.
//  * Chained comparisons and and/or chains use separate list nonterminals
//    (cmp_list, or_list, and_list), so that a parenthesized `(a < b) < c`
//    stays nested while `a < b < c` becomes one Compare.
//  * The parenthesized with-statement form `with (a as b, c):` cannot be told
//    from a parenthesized expression with one token of lookahead; the driver
//    (parse.cpp) looks ahead to the matching `)` and, when it is followed by
//    `:` and the parentheses hold a top-level `as` or comma, hands the `(` in
//    as WITH_LPAR.
//  * Strings are concatenated as runs of STRING tokens (strings); the action
//    decodes them and parses f-string replacement fields with a sub-parser.
//
// There are no precedence declarations: every operator level is its own
// nonterminal, and Lemon reports no conflicts.
//
// Known differences from CPython's messages: where the PEG parser has a
// specialized "invalid_*" rule that needs more than LALR(1) context (for
// example "Missing parentheses in call to 'print'", "':' expected after
// dictionary key", "invalid syntax" pointing at the `for` of a generator
// expression used as a base class), this grammar reports "invalid syntax" at
// the first token that cannot be shifted. The driver (parse.cpp) rewords the
// common cases by probing which tokens the parser state would accept:
// "expected ':'", "expected '('", "expected 'except' or 'finally' block",
// "expected 'else' after 'if' expression", "expected an indented block after
// ...", "unexpected indent", "Perhaps you forgot a comma?".

%name gilt_parser
%token_prefix TK_
%token_type {gilt::grammar::Token}
%extra_context {gilt::grammar::ParseCtx* ctx}
%stack_size 4000
%start_symbol start

%include {
#include <cassert>
#include <cstdlib>
#include <vector>

#include "grammar/build.h"

using namespace gilt;
using namespace gilt::grammar;
using ast::BinOpKind;
using ast::UnaryOpKind;
using ast::Constant;
using ast::ExprKind;
using ast::StmtKind;

static bool parser_would_accept(void* parser, int token);
}

%syntax_error {
  ctx->generic_error = true;
  ctx->error_token = TOKEN;
  ctx->colon_expected = parser_would_accept(yypParser, TK_COLON);
  ctx->except_expected = parser_would_accept(yypParser, TK_EXCEPT) && parser_would_accept(yypParser, TK_FINALLY) &&
                         !parser_would_accept(yypParser, TK_ELSE);
  ctx->else_expected = parser_would_accept(yypParser, TK_ELSE) && TOKEN.type != TK_ELSE;
  ctx->lpar_expected = parser_would_accept(yypParser, TK_LPAR) && !parser_would_accept(yypParser, TK_DOT);
  if (!ctx->error) ctx->fail("invalid syntax", TOKEN.pos());
}
%stack_overflow { ctx->overflow = true; ctx->fail("too complex", Pos{}, "MemoryError"); }

%token NAME NUMBER STRING NEWLINE INDENT DEDENT ERRORTOKEN.
%token MODE_FILE MODE_EVAL MODE_FSTRING WITH_LPAR.
%token LPAR RPAR LSQB RSQB LBRACE RBRACE COLON COLONEQUAL COMMA SEMI DOT ELLIPSIS.
%token PLUS MINUS STAR DOUBLESTAR SLASH DOUBLESLASH PERCENT AT VBAR AMPER CIRCUMFLEX TILDE.
%token LEFTSHIFT RIGHTSHIFT RARROW EQUAL CMPOP AUGASSIGN.
%token FALSE NONE TRUE AND AS ASSERT ASYNC AWAIT BREAK CLASS CONTINUE DEF DEL ELIF ELSE EXCEPT.
%token FINALLY FOR FROM GLOBAL IF IMPORT IN IS LAMBDA NONLOCAL NOT OR PASS RAISE RETURN TRY.
%token WHILE WITH YIELD.

%type expression {EV}
%destructor expression { free_ev($$); }
%type named_expr {EV}
%destructor named_expr { free_ev($$); }
%type disjunction {EV}
%destructor disjunction { free_ev($$); }
%type conjunction {EV}
%destructor conjunction { free_ev($$); }
%type inversion {EV}
%destructor inversion { free_ev($$); }
%type comparison {EV}
%destructor comparison { free_ev($$); }
%type cmp_list {EV}
%destructor cmp_list { free_ev($$); }
%type bitwise_or {EV}
%destructor bitwise_or { free_ev($$); }
%type bitwise_xor {EV}
%destructor bitwise_xor { free_ev($$); }
%type bitwise_and {EV}
%destructor bitwise_and { free_ev($$); }
%type shift_expr {EV}
%destructor shift_expr { free_ev($$); }
%type sum {EV}
%destructor sum { free_ev($$); }
%type term {EV}
%destructor term { free_ev($$); }
%type factor {EV}
%destructor factor { free_ev($$); }
%type power {EV}
%destructor power { free_ev($$); }
%type await_primary {EV}
%destructor await_primary { free_ev($$); }
%type primary {EV}
%destructor primary { free_ev($$); }
%type atom {EV}
%destructor atom { free_ev($$); }
%type star_expressions {EV}
%destructor star_expressions { free_ev($$); }
%type star_expr {EV}
%destructor star_expr { free_ev($$); }
%type star_named {EV}
%destructor star_named { free_ev($$); }
%type yield_expr {EV}
%destructor yield_expr { free_ev($$); }
%type rhs {EV}
%destructor rhs { free_ev($$); }
%type lambdef {EV}
%destructor lambdef { free_ev($$); }
%type slice {EV}
%destructor slice { free_ev($$); }
%type slices {EV}
%destructor slices { free_ev($$); }
%type opt_expr {EV}
%destructor opt_expr { free_ev($$); }
%type target_item {EV}
%destructor target_item { free_ev($$); }
%type return_opt {EV}
%destructor return_opt { free_ev($$); }

%type star_expr_list {Seq*}
%destructor star_expr_list { delete $$; }
%type star_named_seq {Seq*}
%destructor star_named_seq { delete $$; }
%type or_list {Seq*}
%destructor or_list { delete $$; }
%type and_list {Seq*}
%destructor and_list { delete $$; }
%type targets {Seq*}
%destructor targets { delete $$; }
%type target_list {Seq*}
%destructor target_list { delete $$; }
%type assign_chain {Seq*}
%destructor assign_chain { delete $$; }
%type slice_seq {Seq*}
%destructor slice_seq { delete $$; }
%type comp_ifs {Seq*}
%destructor comp_ifs { delete $$; }
%type decorators {Seq*}
%destructor decorators { delete $$; }

%type comp_fors {CompList*}
%destructor comp_fors { delete $$; }
%type comp_for {ast::Comprehension*}
%destructor comp_for { delete $$; }
%type call_args {ArgList*}
%destructor call_args { delete $$; }
%type class_args {ArgList*}
%destructor class_args { delete $$; }
%type call_arg {ArgItem}
%destructor call_arg { free_arg($$); }
%type params {ParamList*}
%destructor params { delete $$; }
%type params_opt {ParamList*}
%destructor params_opt { delete $$; }
%type lparams {ParamList*}
%destructor lparams { delete $$; }
%type param {ParamItem}
%destructor param { free_param($$); }
%type lparam {ParamItem}
%destructor lparam { free_param($$); }
%type tfpdef {ast::Arg*}
%destructor tfpdef { delete $$; }
%type dict_items {DictList*}
%destructor dict_items { delete $$; }
%type dict_item {DictItem}
%destructor dict_item { free_ev($$.key); free_ev($$.value); }
%type comp_op {int}
%type dots {int}
%type strings {StrRange}

%type stmts {ast::StmtList*}
%destructor stmts { delete $$; }
%type simple_stmts {ast::StmtList*}
%destructor simple_stmts { delete $$; }
%type simple_list {ast::StmtList*}
%destructor simple_list { delete $$; }
%type block {ast::StmtList*}
%destructor block { delete $$; }
%type elif_else {ast::StmtList*}
%destructor elif_else { delete $$; }
%type else_opt {ast::StmtList*}
%destructor else_opt { delete $$; }
%type finally_opt {ast::StmtList*}
%destructor finally_opt { delete $$; }
%type simple_stmt {ast::Stmt*}
%destructor simple_stmt { delete $$; }
%type compound_stmt {ast::Stmt*}
%destructor compound_stmt { delete $$; }
%type funcdef {ast::Stmt*}
%destructor funcdef { delete $$; }
%type classdef {ast::Stmt*}
%destructor classdef { delete $$; }
%type if_stmt {ast::Stmt*}
%destructor if_stmt { delete $$; }
%type while_stmt {ast::Stmt*}
%destructor while_stmt { delete $$; }
%type for_stmt {ast::Stmt*}
%destructor for_stmt { delete $$; }
%type try_stmt {ast::Stmt*}
%destructor try_stmt { delete $$; }
%type with_stmt {ast::Stmt*}
%destructor with_stmt { delete $$; }
%type handlers {HandlerList*}
%destructor handlers { delete $$; }
%type handler {HandlerV}
%destructor handler { delete $$.h; }
%type with_items {WithList*}
%destructor with_items { delete $$; }
%type dotted_name {Dotted*}
%destructor dotted_name { delete $$; }
%type from_module {Dotted*}
%destructor from_module { delete $$; }
%type dotted_as_names {AliasList*}
%destructor dotted_as_names { delete $$; }
%type import_as_names {AliasList*}
%destructor import_as_names { delete $$; }
%type import_targets {AliasList*}
%destructor import_targets { delete $$; }
%type name_list {NameList*}
%destructor name_list { delete $$; }

// ------------------------------------------------------------------ inputs
// The driver passes a first token choosing what to parse.

start ::= MODE_FILE file_input.
start ::= MODE_EVAL eval_input.
start ::= MODE_FSTRING star_expressions(E). { ctx->expr.reset(E.e); }

file_input ::= .
file_input ::= stmts(S). { ctx->body = std::move(*S); delete S; }

eval_input ::= star_expressions(E) eval_newlines. { ctx->expr.reset(E.e); }
eval_newlines ::= .
eval_newlines ::= eval_newlines NEWLINE.

// -------------------------------------------------------------- statements

stmts(A) ::= simple_stmts(A).
stmts(A) ::= compound_stmt(S). { A = stmts1(S); }
stmts(A) ::= stmts(A) simple_stmts(B). { stmts_append(A, B); }
stmts(A) ::= stmts(A) compound_stmt(S). { A->emplace_back(S); }

simple_stmts(A) ::= simple_list(A) NEWLINE.
simple_stmts(A) ::= simple_list(A) SEMI NEWLINE.
simple_list(A) ::= simple_stmt(S). { A = stmts1(S); }
simple_list(A) ::= simple_list(A) SEMI simple_stmt(S). { A->emplace_back(S); }

block(A) ::= simple_stmts(A).
block(A) ::= NEWLINE INDENT stmts(B) DEDENT. { A = B; }

// `x = y = 1` is an assign_chain whose last element is the value.
simple_stmt(A) ::= star_expressions(E). { A = expr_stmt(ctx, E); }
simple_stmt(A) ::= yield_expr(E). { A = expr_stmt(ctx, E); }
simple_stmt(A) ::= assign_chain(C). { A = assign(ctx, C); }
simple_stmt(A) ::= star_expressions(T) AUGASSIGN(O) rhs(V). { A = aug_assign(ctx, T, O, V); }
simple_stmt(A) ::= star_expressions(T) COLON expression(N). { A = ann_assign(ctx, T, N, EV{nullptr, {}, 0, false}); }
simple_stmt(A) ::= star_expressions(T) COLON expression(N) EQUAL rhs(V). { A = ann_assign(ctx, T, N, V); }
simple_stmt(A) ::= PASS(K). { A = keyword_stmt(ctx, K, StmtKind::Pass); }
simple_stmt(A) ::= BREAK(K). { A = keyword_stmt(ctx, K, StmtKind::Break); }
simple_stmt(A) ::= CONTINUE(K). { A = keyword_stmt(ctx, K, StmtKind::Continue); }
simple_stmt(A) ::= DEL(K) targets(T). { A = del_stmt(ctx, K, T); }
simple_stmt(A) ::= RETURN(K). { A = return_stmt(ctx, K, EV{nullptr, {}, 0, false}); }
simple_stmt(A) ::= RETURN(K) star_expressions(E). { A = return_stmt(ctx, K, E); }
simple_stmt(A) ::= RAISE(K). { A = raise_stmt(ctx, K, EV{nullptr, {}, 0, false}, EV{nullptr, {}, 0, false}); }
simple_stmt(A) ::= RAISE(K) expression(E). { A = raise_stmt(ctx, K, E, EV{nullptr, {}, 0, false}); }
simple_stmt(A) ::= RAISE(K) expression(E) FROM expression(C). { A = raise_stmt(ctx, K, E, C); }
simple_stmt(A) ::= GLOBAL(K) name_list(N). { A = names_stmt(ctx, K, N, true); }
simple_stmt(A) ::= NONLOCAL(K) name_list(N). { A = names_stmt(ctx, K, N, false); }
simple_stmt(A) ::= ASSERT(K) expression(T). { A = assert_stmt(ctx, K, T, EV{nullptr, {}, 0, false}); }
simple_stmt(A) ::= ASSERT(K) expression(T) COMMA expression(M). { A = assert_stmt(ctx, K, T, M); }
simple_stmt(A) ::= IMPORT(K) dotted_as_names(N). { A = import_stmt(ctx, K, N); }
simple_stmt(A) ::= FROM(K) from_module(M) IMPORT import_targets(N). { A = import_from(ctx, K, M, N); }

assign_chain(A) ::= star_expressions(T) EQUAL rhs(V). { A = seq_push(seq1(T), V); }
assign_chain(A) ::= yield_expr(T) EQUAL rhs(V). { A = seq_push(seq1(T), V); }
assign_chain(A) ::= assign_chain(A) EQUAL rhs(V). { seq_push(A, V); }
rhs(A) ::= star_expressions(A).
rhs(A) ::= yield_expr(A).

name_list(A) ::= NAME(N). { A = names_push(ctx, nullptr, N); }
name_list(A) ::= name_list(A) COMMA NAME(N). { names_push(ctx, A, N); }

dotted_name(A) ::= NAME(N). { A = dotted_push(ctx, nullptr, N); }
dotted_name(A) ::= dotted_name(A) DOT NAME(N). { dotted_push(ctx, A, N); }
dotted_as_names(A) ::= dotted_name(D). { A = alias_push(ctx, nullptr, D, nullptr); }
dotted_as_names(A) ::= dotted_name(D) AS NAME(N). { A = alias_push(ctx, nullptr, D, &N); }
dotted_as_names(A) ::= dotted_as_names(A) COMMA dotted_name(D). { alias_push(ctx, A, D, nullptr); }
dotted_as_names(A) ::= dotted_as_names(A) COMMA dotted_name(D) AS NAME(N). { alias_push(ctx, A, D, &N); }
from_module(A) ::= dotted_name(A).
from_module(A) ::= dots(N). { A = new Dotted; A->level = N; }
from_module(A) ::= dots(N) dotted_name(D). { A = D; A->level = N; }
dots(A) ::= DOT. { A = 1; }
dots(A) ::= ELLIPSIS. { A = 3; }
dots(A) ::= dots(B) DOT. { A = B + 1; }
dots(A) ::= dots(B) ELLIPSIS. { A = B + 3; }
import_targets(A) ::= STAR(S). { A = alias_push(ctx, nullptr, new Dotted{"*", tp(S), 0}, nullptr); }
import_targets(A) ::= LPAR import_as_names(B) RPAR(R). { A = B; A->end = tp(R); }
import_targets(A) ::= LPAR import_as_names(B) COMMA RPAR(R). { A = B; A->end = tp(R); }
import_targets(A) ::= import_as_names(A).
import_as_names(A) ::= NAME(D). { A = alias_push(ctx, nullptr, dotted_push(ctx, nullptr, D), nullptr); }
import_as_names(A) ::= NAME(D) AS NAME(N). { A = alias_push(ctx, nullptr, dotted_push(ctx, nullptr, D), &N); }
import_as_names(A) ::= import_as_names(A) COMMA NAME(D). { alias_push(ctx, A, dotted_push(ctx, nullptr, D), nullptr); }
import_as_names(A) ::= import_as_names(A) COMMA NAME(D) AS NAME(N). { alias_push(ctx, A, dotted_push(ctx, nullptr, D), &N); }

// ------------------------------------------------------- compound statements

compound_stmt(A) ::= if_stmt(A).
compound_stmt(A) ::= while_stmt(A).
compound_stmt(A) ::= for_stmt(A).
compound_stmt(A) ::= try_stmt(A).
compound_stmt(A) ::= with_stmt(A).
compound_stmt(A) ::= funcdef(A).
compound_stmt(A) ::= classdef(A).
compound_stmt(A) ::= ASYNC(K) funcdef(S). { A = make_async(ctx, K, S); }
compound_stmt(A) ::= ASYNC(K) for_stmt(S). { A = make_async(ctx, K, S); }
compound_stmt(A) ::= ASYNC(K) with_stmt(S). { A = make_async(ctx, K, S); }
compound_stmt(A) ::= decorators(D) funcdef(S). { A = decorate(ctx, D, S); }
compound_stmt(A) ::= decorators(D) classdef(S). { A = decorate(ctx, D, S); }
compound_stmt(A) ::= decorators(D) ASYNC(K) funcdef(S). { A = decorate(ctx, D, make_async(ctx, K, S)); }

decorators(A) ::= AT named_expr(E) NEWLINE. { A = seq1(E); }
decorators(A) ::= decorators(A) AT named_expr(E) NEWLINE. { seq_push(A, E); }

// An `elif` is an If alone in the orelse of the one before.
if_stmt(A) ::= IF(K) named_expr(T) COLON block(B) elif_else(E). { A = if_stmt(ctx, K, T, B, E); }
elif_else(A) ::= . { A = nullptr; }
elif_else(A) ::= ELSE COLON block(B). { A = B; }
elif_else(A) ::= ELIF(K) named_expr(T) COLON block(B) elif_else(E). { A = stmts1(if_stmt(ctx, K, T, B, E)); }
else_opt(A) ::= . { A = nullptr; }
else_opt(A) ::= ELSE COLON block(B). { A = B; }

while_stmt(A) ::= WHILE(K) named_expr(T) COLON block(B) else_opt(E). { A = while_stmt(ctx, K, T, B, E); }
for_stmt(A) ::= FOR(K) targets(T) IN star_expressions(I) COLON block(B) else_opt(E). { A = for_stmt(ctx, K, T, I, B, E); }

try_stmt(A) ::= TRY(K) COLON block(B) FINALLY COLON block(F). { A = try_stmt(ctx, K, B, nullptr, nullptr, F); }
try_stmt(A) ::= TRY(K) COLON block(B) handlers(H) else_opt(E) finally_opt(F). { A = try_stmt(ctx, K, B, H, E, F); }
finally_opt(A) ::= . { A = nullptr; }
finally_opt(A) ::= FINALLY COLON block(B). { A = B; }
handlers(A) ::= handler(H). { A = handlers_push(ctx, nullptr, H); }
handlers(A) ::= handlers(A) handler(H). { handlers_push(ctx, A, H); }
handler(A) ::= EXCEPT(K) COLON block(B). { A = handler(ctx, K, EV{nullptr, {}, 0, false}, nullptr, B, false); }
handler(A) ::= EXCEPT(K) expression(T) COLON block(B). { A = handler(ctx, K, T, nullptr, B, false); }
handler(A) ::= EXCEPT(K) expression(T) AS NAME(N) COLON block(B). { A = handler(ctx, K, T, &N, B, false); }
handler(A) ::= EXCEPT(K) STAR expression(T) COLON block(B). { A = handler(ctx, K, T, nullptr, B, true); }
handler(A) ::= EXCEPT(K) STAR expression(T) AS NAME(N) COLON block(B). { A = handler(ctx, K, T, &N, B, true); }

with_stmt(A) ::= WITH(K) with_items(I) COLON block(B). { A = with_stmt(ctx, K, I, B); }
with_stmt(A) ::= WITH(K) WITH_LPAR with_items(I) RPAR COLON block(B). { A = with_stmt(ctx, K, I, B); }
with_stmt(A) ::= WITH(K) WITH_LPAR with_items(I) COMMA RPAR COLON block(B). { A = with_stmt(ctx, K, I, B); }
with_items(A) ::= expression(E). { A = with_push(ctx, nullptr, E, EV{nullptr, {}, 0, false}); }
with_items(A) ::= expression(E) AS target_item(T). { A = with_push(ctx, nullptr, E, T); }
with_items(A) ::= with_items(A) COMMA expression(E). { with_push(ctx, A, E, EV{nullptr, {}, 0, false}); }
with_items(A) ::= with_items(A) COMMA expression(E) AS target_item(T). { with_push(ctx, A, E, T); }

funcdef(A) ::= DEF(K) NAME(N) LPAR params_opt(P) RPAR return_opt(R) COLON block(B). { A = funcdef(ctx, K, N, P, R, B); }
return_opt(A) ::= . { A = EV{nullptr, {}, 0, false}; }
return_opt(A) ::= RARROW expression(B). { A = B; }
params_opt(A) ::= . { A = nullptr; }
params_opt(A) ::= params(A).
params_opt(A) ::= params(A) COMMA.
params(A) ::= param(P). { A = params_push(nullptr, P); }
params(A) ::= params(A) COMMA param(P). { params_push(A, P); }
param(A) ::= tfpdef(T). { A = param(ctx, ParamItem::Plain, T, Token{}, EV{nullptr, {}, 0, false}); }
param(A) ::= tfpdef(T) EQUAL expression(D). { A = param(ctx, ParamItem::Plain, T, Token{}, D); }
param(A) ::= SLASH(S). { A = param(ctx, ParamItem::Slash, nullptr, S, EV{nullptr, {}, 0, false}); }
param(A) ::= STAR(S). { A = param(ctx, ParamItem::Star, nullptr, S, EV{nullptr, {}, 0, false}); }
param(A) ::= STAR(S) tfpdef(T). { A = param(ctx, ParamItem::StarArg, T, S, EV{nullptr, {}, 0, false}); }
param(A) ::= DOUBLESTAR(S) tfpdef(T). { A = param(ctx, ParamItem::DoubleStarArg, T, S, EV{nullptr, {}, 0, false}); }
tfpdef(A) ::= NAME(N). { A = make_arg(ctx, N, EV{nullptr, {}, 0, false}); }
tfpdef(A) ::= NAME(N) COLON expression(E). { A = make_arg(ctx, N, E); }

classdef(A) ::= CLASS(K) NAME(N) class_args(C) COLON block(B). { A = classdef(ctx, K, N, C, B); }
class_args(A) ::= . { A = nullptr; }
class_args(A) ::= LPAR RPAR. { A = new ArgList; }
class_args(A) ::= LPAR call_args(B) RPAR. { A = B; }
class_args(A) ::= LPAR call_args(B) COMMA RPAR. { A = B; }

// ------------------------------------------------------------- expressions

star_expressions(A) ::= star_expr_list(S). { A = tuple_or_single(ctx, S); }
star_expressions(A) ::= star_expr_list(S) COMMA(C). { A = tuple_or_single(ctx, seq_comma(S, C)); }
star_expr_list(A) ::= star_expr(E). { A = seq1(E); }
star_expr_list(A) ::= star_expr_list(A) COMMA star_expr(E). { seq_push(A, E)->comma = true; }
star_expr(A) ::= expression(A).
star_expr(A) ::= STAR(S) bitwise_or(E). { A = starred(ctx, S, E); }

// for/del/comprehension targets, at the bitwise_or level (see the top).
targets(A) ::= target_list(A).
targets(A) ::= target_list(S) COMMA(C). { A = seq_comma(S, C); }
target_list(A) ::= target_item(E). { A = seq1(E); }
target_list(A) ::= target_list(A) COMMA target_item(E). { seq_push(A, E)->comma = true; }
target_item(A) ::= bitwise_or(A).
target_item(A) ::= STAR(S) bitwise_or(E). { A = starred(ctx, S, E); }

yield_expr(A) ::= YIELD(K). { A = yield_(ctx, K, EV{nullptr, {}, 0, false}); }
yield_expr(A) ::= YIELD(K) star_expressions(E). { A = yield_(ctx, K, E); }
yield_expr(A) ::= YIELD(K) FROM expression(E). { A = yield_from(ctx, K, E); }

named_expr(A) ::= expression(A).
named_expr(A) ::= expression(T) COLONEQUAL expression(V). { A = namedexpr(ctx, T, V); }

expression(A) ::= disjunction(A).
expression(A) ::= disjunction(B) IF disjunction(T) ELSE expression(C). { A = ifexp(ctx, B, T, C); }
expression(A) ::= lambdef(A).

lambdef(A) ::= LAMBDA(K) COLON expression(B). { A = lambda(ctx, K, nullptr, B); }
lambdef(A) ::= LAMBDA(K) lparams(P) COLON expression(B). { A = lambda(ctx, K, P, B); }
lambdef(A) ::= LAMBDA(K) lparams(P) COMMA COLON expression(B). { A = lambda(ctx, K, P, B); }
lparams(A) ::= lparam(P). { A = params_push(nullptr, P); }
lparams(A) ::= lparams(A) COMMA lparam(P). { params_push(A, P); }
lparam(A) ::= NAME(N). { A = param(ctx, ParamItem::Plain, make_arg(ctx, N, EV{nullptr, {}, 0, false}), Token{}, EV{nullptr, {}, 0, false}); }
lparam(A) ::= NAME(N) EQUAL expression(D). { A = param(ctx, ParamItem::Plain, make_arg(ctx, N, EV{nullptr, {}, 0, false}), Token{}, D); }
lparam(A) ::= SLASH(S). { A = param(ctx, ParamItem::Slash, nullptr, S, EV{nullptr, {}, 0, false}); }
lparam(A) ::= STAR(S). { A = param(ctx, ParamItem::Star, nullptr, S, EV{nullptr, {}, 0, false}); }
lparam(A) ::= STAR(S) NAME(N). { A = param(ctx, ParamItem::StarArg, make_arg(ctx, N, EV{nullptr, {}, 0, false}), S, EV{nullptr, {}, 0, false}); }
lparam(A) ::= DOUBLESTAR(S) NAME(N). { A = param(ctx, ParamItem::DoubleStarArg, make_arg(ctx, N, EV{nullptr, {}, 0, false}), S, EV{nullptr, {}, 0, false}); }

disjunction(A) ::= conjunction(A).
disjunction(A) ::= or_list(L). { A = boolop(ctx, ast::BoolOpKind::Or, L); }
or_list(A) ::= conjunction(B) OR conjunction(C). { A = seq_push(seq1(B), C); }
or_list(A) ::= or_list(A) OR conjunction(C). { seq_push(A, C); }
conjunction(A) ::= inversion(A).
conjunction(A) ::= and_list(L). { A = boolop(ctx, ast::BoolOpKind::And, L); }
and_list(A) ::= inversion(B) AND inversion(C). { A = seq_push(seq1(B), C); }
and_list(A) ::= and_list(A) AND inversion(C). { seq_push(A, C); }
inversion(A) ::= NOT(K) inversion(B). { A = unary(ctx, K, UnaryOpKind::Not, B); }
inversion(A) ::= comparison(A).

comparison(A) ::= bitwise_or(A).
comparison(A) ::= cmp_list(A).
cmp_list(A) ::= bitwise_or(L) comp_op(O) bitwise_or(R). { A = compare(ctx, L, O, R); }
cmp_list(A) ::= cmp_list(L) comp_op(O) bitwise_or(R). { A = compare_more(ctx, L, O, R); }
comp_op(A) ::= CMPOP(T). { A = T.aux; }
comp_op(A) ::= IN. { A = int(ast::CmpOpKind::In); }
comp_op(A) ::= NOT IN. { A = int(ast::CmpOpKind::NotIn); }
comp_op(A) ::= IS. { A = int(ast::CmpOpKind::Is); }
comp_op(A) ::= IS NOT. { A = int(ast::CmpOpKind::IsNot); }

bitwise_or(A) ::= bitwise_or(L) VBAR bitwise_xor(R). { A = binop(ctx, L, BinOpKind::BitOr, R); }
bitwise_or(A) ::= bitwise_xor(A).
bitwise_xor(A) ::= bitwise_xor(L) CIRCUMFLEX bitwise_and(R). { A = binop(ctx, L, BinOpKind::BitXor, R); }
bitwise_xor(A) ::= bitwise_and(A).
bitwise_and(A) ::= bitwise_and(L) AMPER shift_expr(R). { A = binop(ctx, L, BinOpKind::BitAnd, R); }
bitwise_and(A) ::= shift_expr(A).
shift_expr(A) ::= shift_expr(L) LEFTSHIFT sum(R). { A = binop(ctx, L, BinOpKind::LShift, R); }
shift_expr(A) ::= shift_expr(L) RIGHTSHIFT sum(R). { A = binop(ctx, L, BinOpKind::RShift, R); }
shift_expr(A) ::= sum(A).
sum(A) ::= sum(L) PLUS term(R). { A = binop(ctx, L, BinOpKind::Add, R); }
sum(A) ::= sum(L) MINUS term(R). { A = binop(ctx, L, BinOpKind::Sub, R); }
sum(A) ::= term(A).
term(A) ::= term(L) STAR factor(R). { A = binop(ctx, L, BinOpKind::Mult, R); }
term(A) ::= term(L) SLASH factor(R). { A = binop(ctx, L, BinOpKind::Div, R); }
term(A) ::= term(L) DOUBLESLASH factor(R). { A = binop(ctx, L, BinOpKind::FloorDiv, R); }
term(A) ::= term(L) PERCENT factor(R). { A = binop(ctx, L, BinOpKind::Mod, R); }
term(A) ::= term(L) AT factor(R). { A = binop(ctx, L, BinOpKind::MatMult, R); }
term(A) ::= factor(A).
factor(A) ::= PLUS(K) factor(B). { A = unary(ctx, K, UnaryOpKind::UAdd, B); }
factor(A) ::= MINUS(K) factor(B). { A = unary(ctx, K, UnaryOpKind::USub, B); }
factor(A) ::= TILDE(K) factor(B). { A = unary(ctx, K, UnaryOpKind::Invert, B); }
factor(A) ::= power(A).
// `**` binds tighter than a unary operator on its left and looser on its
// right: -2**-1 is -(2**(-1)).
power(A) ::= await_primary(L) DOUBLESTAR factor(R). { A = binop(ctx, L, BinOpKind::Pow, R); }
power(A) ::= await_primary(A).
await_primary(A) ::= AWAIT(K) primary(B). { A = await_(ctx, K, B); }
await_primary(A) ::= primary(A).

primary(A) ::= atom(A).
primary(A) ::= primary(B) DOT NAME(N). { A = attribute(ctx, B, N); }
primary(A) ::= primary(B) LPAR(L) RPAR(R). { A = call(ctx, B, L, nullptr, R); }
primary(A) ::= primary(B) LPAR(L) call_args(C) RPAR(R). { A = call(ctx, B, L, C, R); }
primary(A) ::= primary(B) LPAR(L) call_args(C) COMMA RPAR(R). { C->trailing_comma = true; A = call(ctx, B, L, C, R); }
primary(A) ::= primary(B) LSQB slices(S) RSQB(R). { A = subscript(ctx, B, S, R); }

call_args(A) ::= call_arg(I). { A = new ArgList; A->items.push_back(I); }
call_args(A) ::= call_args(A) COMMA call_arg(I). { A->items.push_back(I); }
call_arg(A) ::= named_expr(E). { A = arg_item(ArgItem::Positional, E, E.span); }
call_arg(A) ::= named_expr(E) comp_fors(C). { A = generator_arg(E, C); }
call_arg(A) ::= STAR(S) expression(E). { A = arg_item(ArgItem::Star, starred(ctx, S, E), join(tp(S), E.span)); }
call_arg(A) ::= DOUBLESTAR(S) expression(E). { A = arg_item(ArgItem::DoubleStar, E, join(tp(S), E.span)); }
call_arg(A) ::= named_expr(N) EQUAL(Q) expression(E). { A = keyword_arg(ctx, N, Q, E); }

slices(A) ::= slice_seq(S). { A = slices(ctx, S); }
slices(A) ::= slice_seq(S) COMMA(C). { A = slices(ctx, seq_comma(S, C)); }
slice_seq(A) ::= slice(E). { A = seq1(E); }
slice_seq(A) ::= slice_seq(A) COMMA slice(E). { seq_push(A, E)->comma = true; }
slice(A) ::= named_expr(A).
slice(A) ::= STAR(S) bitwise_or(E). { A = starred(ctx, S, E); }
slice(A) ::= opt_expr(L) COLON(C) opt_expr(U). { A = slice(ctx, L, C, U, nullptr, EV{nullptr, {}, 0, false}); }
slice(A) ::= opt_expr(L) COLON(C) opt_expr(U) COLON(D) opt_expr(S). { A = slice(ctx, L, C, U, &D, S); }
opt_expr(A) ::= . { A = EV{nullptr, {}, 0, false}; }
opt_expr(A) ::= expression(A).

atom(A) ::= NAME(T). { A = name(ctx, T); }
atom(A) ::= NUMBER(T). { A = number(ctx, T); }
atom(A) ::= strings(S). { A = strings(ctx, S); }
atom(A) ::= NONE(T). { A = constant(ctx, T, Constant::Type::None); }
atom(A) ::= TRUE(T). { A = constant(ctx, T, Constant::Type::True); }
atom(A) ::= FALSE(T). { A = constant(ctx, T, Constant::Type::False); }
atom(A) ::= ELLIPSIS(T). { A = constant(ctx, T, Constant::Type::Ellipsis); }
atom(A) ::= LPAR(L) RPAR(R). { A = empty_tuple(ctx, L, R); }
atom(A) ::= LPAR(L) yield_expr(E) RPAR(R). { A = regroup(E, L, R); }
atom(A) ::= LPAR(L) star_named_seq(S) RPAR(R). { A = paren(ctx, L, S, R); }
atom(A) ::= LPAR(L) star_named_seq(S) COMMA(C) RPAR(R). { A = paren(ctx, L, seq_comma(S, C), R); }
atom(A) ::= LPAR(L) star_named(E) comp_fors(C) RPAR(R). { A = comprehension(ctx, ExprKind::GeneratorExp, L, E, EV{nullptr, {}, 0, false}, C, R); }
atom(A) ::= LSQB(L) RSQB(R). { A = list_display(ctx, L, nullptr, R); }
atom(A) ::= LSQB(L) star_named_seq(S) RSQB(R). { A = list_display(ctx, L, S, R); }
atom(A) ::= LSQB(L) star_named_seq(S) COMMA RSQB(R). { A = list_display(ctx, L, S, R); }
atom(A) ::= LSQB(L) star_named(E) comp_fors(C) RSQB(R). { A = comprehension(ctx, ExprKind::ListComp, L, E, EV{nullptr, {}, 0, false}, C, R); }
atom(A) ::= LBRACE(L) RBRACE(R). { A = dict_display(ctx, L, nullptr, R); }
atom(A) ::= LBRACE(L) dict_items(D) RBRACE(R). { A = dict_display(ctx, L, D, R); }
atom(A) ::= LBRACE(L) dict_items(D) COMMA RBRACE(R). { A = dict_display(ctx, L, D, R); }
atom(A) ::= LBRACE(L) star_named_seq(S) RBRACE(R). { A = set_display(ctx, L, S, R); }
atom(A) ::= LBRACE(L) star_named_seq(S) COMMA RBRACE(R). { A = set_display(ctx, L, S, R); }
atom(A) ::= LBRACE(L) star_named(E) comp_fors(C) RBRACE(R). { A = comprehension(ctx, ExprKind::SetComp, L, E, EV{nullptr, {}, 0, false}, C, R); }
atom(A) ::= LBRACE(L) dict_item(D) comp_fors(C) RBRACE(R). { A = dict_comprehension(ctx, L, D, C, R); }

strings(A) ::= STRING(T). { A = StrRange{T.index, T.index}; }
strings(A) ::= strings(B) STRING(T). { A = StrRange{B.first, T.index}; }

star_named_seq(A) ::= star_named(E). { A = seq1(E); }
star_named_seq(A) ::= star_named_seq(A) COMMA star_named(E). { seq_push(A, E)->comma = true; }
star_named(A) ::= named_expr(A).
star_named(A) ::= STAR(S) bitwise_or(E). { A = starred(ctx, S, E); }

dict_items(A) ::= dict_item(I). { A = dict_push(nullptr, I); }
dict_items(A) ::= dict_items(A) COMMA dict_item(I). { dict_push(A, I); }
dict_item(A) ::= expression(K) COLON expression(V). { A = DictItem{K, V, join(K.span, V.span)}; }
dict_item(A) ::= DOUBLESTAR(S) bitwise_or(V). { A = DictItem{EV{nullptr, {}, 0, false}, V, join(tp(S), V.span)}; }

comp_fors(A) ::= comp_for(C). { A = new CompList; A->push_back(std::move(*C)); delete C; }
comp_fors(A) ::= comp_fors(A) comp_for(C). { A->push_back(std::move(*C)); delete C; }
comp_for(A) ::= FOR targets(T) IN disjunction(I) comp_ifs(F). { A = comp_for(ctx, T, I, F, false); }
comp_for(A) ::= ASYNC FOR targets(T) IN disjunction(I) comp_ifs(F). { A = comp_for(ctx, T, I, F, true); }
comp_ifs(A) ::= . { A = nullptr; }
comp_ifs(A) ::= comp_ifs(B) IF disjunction(C). { A = B ? seq_push(B, C) : seq1(C); }

%code {
// Whether `token` would be shifted (after any reductions) in the parser's
// current state; used to word errors such as "expected ':'". It simulates
// the LALR automaton on a copy of the state stack, running no actions.
static bool parser_would_accept(void* parser, int token) {
  yyParser* p = static_cast<yyParser*>(parser);
  std::vector<YYACTIONTYPE> states;
  for (yyStackEntry* e = p->yystack; e <= p->yytos; ++e) states.push_back(e->stateno);
  for (int guard = 0; guard < 100000 && !states.empty(); ++guard) {
    YYACTIONTYPE act = yy_find_shift_action(static_cast<YYCODETYPE>(token), states.back());
    if (act >= YY_MIN_REDUCE && act <= YY_MAX_REDUCE) {
      unsigned rule = act - YY_MIN_REDUCE;
      int size = yyRuleInfoNRhs[rule];  // negative
      if (static_cast<int>(states.size()) + size < 1) return false;
      states.resize(states.size() + size);
      YYACTIONTYPE next = yy_find_reduce_action(states.back(), yyRuleInfoLhs[rule]);
      states.push_back(next);
      continue;
    }
    return act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
  }
  return false;
}
}
