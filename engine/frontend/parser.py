"""The parser: esprima-fork's, extended with `using` and `await using` declarations
(Explicit Resource Management, 14.3.1 UsingDeclaration / AwaitUsingDeclaration), then the
early-error validation esprima runs.

A using declaration is a ``VariableDeclaration`` of kind ``"const"`` (so scope analysis and
esprima's validator treat its names as const bindings) whose ``using`` attribute is
``"using"`` or ``"await using"``; its declarators bind identifiers. In a `for` head it is rewritten here:
``for (using x of it) body`` becomes ``for (const x of it) { using <x> = x; body }`` (each
iteration's value is disposed when the iteration ends), and ``for (using x = e; t; u) body``
becomes ``{ using x = e; for (; t; u) body }`` (disposed when the loop ends).
"""
from __future__ import annotations

import re
from typing import Any

from esprima import nodes as Node
from esprima.messages import Messages
from esprima.parser import Parser as EsprimaParser
from esprima.token import Token
from esprima.validation import _Context

from .scope import is_strict_body

#: the validator's complaints about top-level await in a context that allows it
_AWAIT_CONTEXT = ("await is not valid", "for await is only valid")
_LINE_TERMINATOR = re.compile("[\n\r\u2028\u2029]")
#: tokens that may span lines (a line continuation in a string, a template's text)
_MULTILINE_TOKENS = (Token.StringLiteral, Token.Template)


class Parser(EsprimaParser):
    """esprima's parser with using declarations."""

    def _peek(self, n: int) -> list:
        """The ``n`` tokens after the lookahead (without consuming them)."""
        state = self.scanner.saveState()
        out = []
        for _ in range(n):
            self.scanner.scanComments()
            out.append(self.scanner.lex())
        self.scanner.restoreState(state)
        return out

    @staticmethod
    def _ident(tok: Any, value: str | None = None) -> bool:
        return tok.type is Token.Identifier and (value is None or tok.value == value)

    def _using_at(self, toks: list, await_: bool) -> bool:
        """Do ``toks`` (from the lookahead on) start a (await) using declaration?"""
        if await_:
            if not (self.context.allowAwait and self._ident(toks[0], "await") and self._ident(toks[1], "using")
                    and toks[1].lineNumber == toks[0].lineNumber):
                return False
            toks = toks[1:]
        first, name = toks[0], toks[1]
        return (self._ident(first, "using") and not getattr(first, "escaped", False)
                and name.lineNumber == first.lineNumber and self._ident(name)
                and not (name.value == "await" and not await_ and self.context.allowAwait))

    def _using_kind(self) -> str | None:
        la = self.lookahead
        if la.type is not Token.Identifier or la.value not in ("using", "await"):
            return None
        toks = [la] + self._peek(2)
        if self._using_at(toks, False):
            return "using"
        if self._using_at(toks, True):
            return "await using"
        return None

    def nextToken(self, allowEscaped: bool = False) -> Any:
        """esprima decides whether a line terminator precedes the new lookahead by comparing
        the tokens' line numbers, which are where each token ends: wrong for a string literal
        with a line continuation or a template spanning lines. For those the source between
        the two tokens is searched instead (comments included: a multi-line comment counts as
        a line terminator)."""
        token = super().nextToken(allowEscaped)
        nxt = self.lookahead
        if self.hasLineTerminator and nxt.type in _MULTILINE_TOKENS:
            self.hasLineTerminator = _LINE_TERMINATOR.search(self.scanner.source, token.end, nxt.start) is not None
        return token

    def peekToken(self) -> Any:
        """The token after the lookahead, with the line it starts on as its ``lineNumber``
        (esprima's is the line it ends on): every caller compares it with the lookahead's to
        find a line terminator between them (`static async 'a\\<LF>b'() {}`)."""
        state = self.scanner.saveState()
        curly = self.scanner.curlyStack[:]
        try:
            self.scanner.scanComments()
            line = self.scanner.lineNumber
            token = self.scanner.lex()
            token.lineNumber = line
            return token
        finally:
            self.scanner.restoreState(state)
            self.scanner.curlyStack = curly

    def parseReturnStatement(self) -> Any:
        """ReturnStatement (14.10) with `return [no LineTerminator here] Expression`; esprima
        worked around its line numbers by always taking a string or template as the argument,
        which made ``return\n"x"`` return "x"."""
        if not self.context.inFunctionBody:
            self.tolerateError(Messages.IllegalReturn)
        node = self.createNode()
        self.expectKeyword("return")
        has_argument = (not self.match(";") and not self.match("}") and not self.hasLineTerminator
                        and self.lookahead.type is not Token.EOF)
        argument = self.parseExpression() if has_argument else None
        self.consumeSemicolon()
        return self.finalize(node, Node.ReturnStatement(argument))

    def parseStatementListItem(self) -> Any:
        kind = self._using_kind()
        if kind is None:
            return super().parseStatementListItem()
        node = self.createNode()
        decl = self._using_declaration(kind, node, in_for=False)
        self.consumeSemicolon()
        return decl

    def _using_declaration(self, kind: str, node: Any, in_for: bool) -> Any:
        self.nextToken()
        if kind == "await using":
            self.nextToken()
        declarations = []
        while True:
            dnode = self.createNode()
            ident = self.parseVariableIdentifier("const")
            if ident.name == "let":
                self.throwError("let is disallowed as a lexically bound name")
            init = None
            if self.match("="):
                self.nextToken()
                init = self.isolateCoverGrammar(self.parseAssignmentExpression)
            elif not (in_for and self.matchContextualKeyword("of")):
                self.throwError(f"Missing initializer in {kind} declaration")
            declarations.append(self.finalize(dnode, Node.VariableDeclarator(ident, init)))
            if not self.match(","):
                break
            self.nextToken()
        return _using(self.finalize(node, Node.VariableDeclaration(declarations, "const")), kind)

    def parseLeftHandSideExpressionAllowCall(self) -> Any:
        """Annex B "Runtime Errors for Function Call Assignment Targets": in sloppy code a
        call (not an optional chain, not ``super()``) may be the target of ``=``, a compound
        assignment, ``++``/``--`` and a for-in/of head; evaluating it calls the function and
        then throws a ReferenceError. The validator rejects it in strict code and inside
        destructuring patterns."""
        expr = super().parseLeftHandSideExpressionAllowCall()
        if (expr.type == "CallExpression" and not self.context.strict
                and expr.callee.type != "Super" and not expr.optional):
            self.context.isAssignmentTarget = True
        return expr

    def parseAssignmentExpression(self) -> Any:
        expr = super().parseAssignmentExpression()
        if (expr.type == "AssignmentExpression" and expr.operator in ("&&=", "||=", "??=")
                and expr.left.type == "CallExpression"):
            # a call's AssignmentTargetType is web-compat, not simple (13.15.1)
            self.throwError("Invalid left-hand side in assignment")
        return expr

    def parseForStatement(self) -> Any:
        toks = self._peek(5)
        at = 1 if self._ident(toks[0], "await") else 0
        if not (toks[at].type is Token.Punctuator and toks[at].value == "("):
            return super().parseForStatement()
        head = toks[at + 1:]
        kind = None
        if self._using_at(head, False) and (head[1].value != "of" or head[2].value == "="):
            kind = "using"  # `for (using of ...` is an expression, `for (using of = ...` not
        elif self._using_at(head, True):
            kind = "await using"
        if kind is None:
            return super().parseForStatement()
        node = self.createNode()
        self.expectKeyword("for")
        is_await = bool(at)
        if is_await:
            if not self.context.allowAwait:
                self.throwUnexpectedToken(self.lookahead)
            self.nextToken()
        self.expect("(")
        dnode = self.createNode()
        previous_in = self.context.allowIn
        self.context.allowIn = False
        decl = self._using_declaration(kind, dnode, in_for=True)
        self.context.allowIn = previous_in
        if self.matchContextualKeyword("of"):
            if len(decl.declarations) != 1 or decl.declarations[0].init is not None:
                self.throwError("Invalid left-hand side in for-of loop")
            self.nextToken()
            right = self.parseAssignmentExpression()
            self.expect(")")
            body = self._loop_body()
            return self.finalize(node, Node.ForOfStatement(self._per_iteration(decl), right,
                                                           self._dispose_each(decl, body), is_await))
        if self.matchKeyword("in"):
            self.throwError(f"for-in loops cannot use a '{kind}' declaration")
        self.expect(";")
        test = None if self.match(";") else self.parseExpression()
        self.expect(";")
        update = None if self.match(")") else self.parseExpression()
        self.expect(")")
        body = self._loop_body()
        loop = self.finalize(node, Node.ForStatement(None, test, update, body))
        return self.finalize(node, Node.BlockStatement([decl, loop]))

    def _loop_body(self) -> Any:
        previous = self.context.inIteration
        self.context.inIteration = True
        body = self.isolateCoverGrammar(self.parseStatement)
        self.context.inIteration = previous
        return body

    def _per_iteration(self, decl: Any) -> Any:
        """The loop's own binding: a const declaration of the same name."""
        return copy_position(Node.VariableDeclaration(decl.declarations, "const"), decl)

    def _dispose_each(self, decl: Any, body: Any) -> Any:
        """``{ using <name> = name; body }``: the iteration's value is disposed after the body."""
        ident = decl.declarations[0].id
        hidden = copy_position(Node.Identifier(f"%using {ident.name}"), ident)
        ref = copy_position(Node.Identifier(ident.name), ident)
        d = copy_position(Node.VariableDeclarator(hidden, ref), ident)
        using = _using(copy_position(Node.VariableDeclaration([d], "const"), decl), decl.using)
        return copy_position(Node.BlockStatement([using, body]), body)


def _using(decl: Any, kind: str) -> Any:
    decl.using = kind
    return decl


def copy_position(node: Any, like: Any) -> Any:
    """``node`` (a synthetic node) with the source position of ``like``."""
    for key in ("range", "loc", "_start", "_end", "_line", "_column"):
        if hasattr(like, key):
            setattr(node, key, getattr(like, key))
    return node


def parse_source(source: str, *, module: bool = False, allow_await: bool = False,
                 in_function: bool = False, in_method: bool = False, in_derived_ctor: bool = False,
                 private_names: frozenset = frozenset(), strict: bool = False) -> Any:
    """Parse a Script (or a Module) and validate its early errors. ``allow_await``: the
    top level may await (a REPL input). The eval code of a direct eval (19.2.1.1 PerformEval
    steps 10-11): ``in_function``: run inside a function, where new.target is allowed;
    ``in_method``: that function has a super binding (super properties are allowed);
    ``in_derived_ctor``: it is a derived constructor (super() is allowed);
    ``private_names``: the private names (``#x``) of the classes around it; ``strict``:
    strict code from the start (a direct eval in strict code). Raises esprima.Error."""
    text = source if source.isascii() else _code_points(source)
    parser = Parser(text, options={"range": True, "loc": True, "sourceType": "module" if module else "script"})
    if in_function:
        parser.context.inFunctionBody = True
    if allow_await:
        parser.context.allowAwait = True
    if strict:
        parser.context.strict = True
    ast = parser.parseModule() if module else parser.parseScript()

    def report(message: str, node: Any) -> None:
        if allow_await and message.startswith(_AWAIT_CONTEXT):
            return
        if message.startswith("Private name '") and message.split("'")[1] in private_names:
            return  # declared by a class around the direct eval (19.2.1.1 PerformEval)
        line = getattr(node, "_line", None) or 1
        column = getattr(node, "_column", None) or 0
        raise parser.errorHandler.createError(getattr(node, "_start", 0) or 0, line, column + 1, message)
    _validate(ast, report, text, _Context(strict=strict, new_target=in_function, super_property=in_method,
                                          super_call=in_derived_ctor))
    if text is not source:
        _utf16_names(ast)
    return ast


def _validate(ast: Any, report: Any, text: str, context: Any) -> None:
    """esprima's early-error validation. A Script validated in a ``context`` other than the
    default one (strict from the start, or eval code that may use new.target or super) is
    checked statement by statement in it, as its own Program would be."""
    from esprima import validation
    if context == _Context() or ast.sourceType == "module":
        validation._validate_parsed_program(ast, report, 2026, text)
        return
    checker = validation._Validator(report, 2026, parser_tree=True, no_var=False)
    context = context._replace(strict=context.strict or is_strict_body(ast.body))
    checker.scope(ast.body, context, "script")
    for statement in ast.body:
        checker.visit(statement, context, "Program")


def _code_points(source: str) -> str:
    """The source (UTF-16 code units) with its surrogate pairs joined, as esprima reads
    identifiers (its positions stay in UTF-16 code units); lone surrogates are kept."""
    if not any(0xD800 <= ord(c) <= 0xDBFF for c in source):
        return source
    return source.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _utf16_names(node: Any) -> None:
    """Identifier names as JS strings (an astral character is a surrogate pair)."""
    from ..runtime.values import from_host_str
    stack = [node]
    while stack:
        n = stack.pop()
        if n.type in ("Identifier", "PrivateIdentifier"):
            if not n.name.isascii():
                n.name = from_host_str(n.name)
            continue
        for key, v in vars(n).items():
            if key[0] == "_" or key in ("range", "loc", "type"):
                continue
            for x in v if isinstance(v, list) else (v,):
                if type(getattr(x, "type", None)) is str:
                    stack.append(x)
