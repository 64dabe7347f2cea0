"""Expression compilation (mixin of FunctionCompiler). Every ``expr`` pushes exactly one value."""
from __future__ import annotations

from typing import Any

from ..runtime.conversions import number_to_string
from ..runtime.values import JSNull, from_host_str
from .compiler import CompileError, FunctionCompilerBase
from .emitter import Label

BINARY = {
    "+": "ADD", "-": "SUB", "*": "MUL", "/": "DIV", "%": "MOD", "**": "POW",
    "&": "BITAND", "|": "BITOR", "^": "BITXOR", "<<": "SHL", ">>": "SAR", ">>>": "SHR",
    "==": "EQ", "!=": "NE", "===": "SEQ", "!==": "SNE", "<": "LT", ">": "GT", "<=": "LE",
    ">=": "GE", "in": "IN", "instanceof": "INSTANCEOF",
}
UNARY = {"-": "NEG", "+": "PLUS", "!": "NOT", "~": "BITNOT"}
ANONYMOUS_FN = ("FunctionExpression", "ArrowFunctionExpression", "ClassExpression")


def bigint_value(digits: str) -> int:
    """The value of a BigInt literal's digits (decimal, 0x, 0o or 0b; separators allowed)."""
    digits = digits.replace("_", "")
    return int(digits, 0) if digits[:2].lower() in ("0x", "0o", "0b") else int(digits)


def ref_name(target: Any) -> str | None:
    """The name NamedEvaluation gives an anonymous function assigned to ``target``: the
    identifier's when IsIdentifierRef holds, so not for a parenthesized one (13.15.2)."""
    if target.type == "Identifier" and not getattr(target, "_parenthesized", False):
        return target.name
    return None


class ExpressionCompiler(FunctionCompilerBase):
    chain_exits: list | None = None

    def expr(self, node: Any) -> None:
        self.at(node)
        m = getattr(self, "e_" + node.type, None)
        if m is None:
            raise CompileError(f"Unsupported syntax: {node.type}", node)
        m(node)

    def expr_named(self, node: Any, name: str | None) -> None:
        """Compile ``node``; an anonymous function or class gets ``name`` (NamedEvaluation)."""
        if name is not None and node.type in ANONYMOUS_FN and getattr(node, "id", None) is None:
            if node.type == "ClassExpression":
                self.class_value(node, name)
            else:
                self.function_value(node, name)
        else:
            self.expr(node)

    # ---- primaries -----------------------------------------------------------------------
    def e_Literal(self, node: Any) -> None:
        regex = getattr(node, "regex", None)
        if regex is not None:
            self.emit("REGEXP", self.const((from_host_str(regex.pattern), regex.flags)))
            return
        bigint = getattr(node, "bigint", None)
        if bigint is not None:
            self.emit("CONST", self.const(bigint_value(bigint)))
            return
        v = node.value
        if v is None:
            self.emit("CONST", self.const(JSNull))
        elif type(v) is str:
            self.emit("CONST", self.const(from_host_str(v)))
        elif type(v) is bool:
            self.emit("CONST", self.const(v))
        elif isinstance(v, (int, float)):
            self.emit("CONST", self.const(float(v)))
        else:
            raise CompileError(f"Unsupported literal {node.raw}", node)

    def e_Identifier(self, node: Any) -> None:
        b, _, withs = self.lookup("undefined") if node.name == "undefined" else (True, 0, ())
        if b is None and not withs:  # the global's undefined is non-writable and non-configurable
            self.emit("UNDEF")
            return
        self.load_name(node.name, node)

    def e_ThisExpression(self, node: Any) -> None:
        self.emit("THIS")

    def e_MetaProperty(self, node: Any) -> None:
        if node.meta.name == "new" and node.property.name == "target":
            self.emit("NEW_TARGET")
            return
        if self.unit.module is None:
            raise CompileError("Cannot use 'import.meta' outside a module", node)
        self.emit("IMPORT_META", self.const_obj(self.unit.module))

    def e_ImportExpression(self, node: Any) -> None:
        """import(specifier, options) (13.3.10): the host loads, links and evaluates."""
        self.expr(node.source)
        if getattr(node, "options", None) is not None:
            self.expr(node.options)
        else:
            self.emit("UNDEF")
        self.at(node)
        self.emit("IMPORT_CALL", self.const_obj(self.unit.referrer))

    def e_TemplateLiteral(self, node: Any) -> None:
        quasis = node.quasis
        self.emit("CONST", self.const(from_host_str(quasis[0].value.cooked)))
        for e, q in zip(node.expressions, quasis[1:]):
            self.expr(e)
            self.emit("TO_STRING")
            self.emit("ADD")
            if q.value.cooked:
                self.emit("CONST", self.const(from_host_str(q.value.cooked)))
                self.emit("ADD")

    def e_TaggedTemplateExpression(self, node: Any) -> None:
        self.callee_and_this(node.tag)
        q = node.quasi
        site = ([None if x.value.cooked is None else from_host_str(x.value.cooked) for x in q.quasis],
                [from_host_str(x.value.raw) for x in q.quasis], [])
        self.code.consts.append(site)
        self.emit("TEMPLATE_OBJ", len(self.code.consts) - 1)
        for e in q.expressions:
            self.expr(e)
        self.emit("CALL", 1 + len(q.expressions), -(1 + len(q.expressions)) - 1)

    def e_ArrayExpression(self, node: Any) -> None:
        els = node.elements
        if all(e is not None and e.type != "SpreadElement" for e in els):
            for e in els:
                self.expr(e)
            self.emit("NEW_ARRAY", len(els), 1 - len(els))
            return
        self.emit("NEW_ARRAY", 0, 1)
        for e in els:
            if e is None:
                self.emit("ARRAY_HOLE")
            elif e.type == "SpreadElement":
                self.expr(e.argument)
                self.iter_site(e.argument)
                self.emit("ARRAY_SPREAD")
            else:
                self.expr(e)
                self.emit("ARRAY_PUSH")

    def e_ObjectExpression(self, node: Any) -> None:
        self.emit("NEW_OBJECT")
        for p in node.properties:
            self.at(p)
            if p.type == "SpreadElement":
                self.expr(p.argument)
                self.emit("COPY_PROPS")
                continue
            if p.kind in ("get", "set") or p.method:
                self.property_key(p)
                self.function_value(p.value, self.static_key_name(p), method=p,
                                    accessor=p.kind if p.kind in ("get", "set") else None)
                self.emit("DEFINE_METHOD", 4 | {"init": 0, "get": 1, "set": 2}[p.kind])
                continue
            if not p.computed and not p.shorthand and self.static_key_name(p) == "__proto__":
                self.expr(p.value)
                self.emit("SET_PROTO_LIT")
                continue
            if p.computed:
                self.expr(p.key)
                self.emit("TO_PROPKEY")
                self.expr(p.value)
                if p.value.type in ANONYMOUS_FN and getattr(p.value, "id", None) is None:
                    self.emit("SET_FN_NAME", 0)
                self.emit("DEFINE_ELEM")
            else:
                name = self.static_key_name(p)
                self.expr_named(p.value, name)
                self.emit("DEFINE_FIELD", self.const(name))

    def static_key_name(self, p: Any) -> str | None:
        k = p.key
        if p.computed:
            return None
        if k.type == "Identifier":
            return k.name
        if k.type == "PrivateIdentifier":
            return "#" + k.name
        bigint = getattr(k, "bigint", None)
        if bigint is not None:  # a BigInt literal key names its decimal digits
            return str(bigint_value(bigint))
        v = k.value
        if type(v) is str:
            return v
        from ..runtime.conversions import number_to_string
        return number_to_string(float(v))

    def property_key(self, p: Any) -> None:
        """Push the key of a property / method definition."""
        if p.computed:
            self.expr(p.key)
            self.emit("TO_PROPKEY")
        else:
            self.emit("CONST", self.const(self.static_key_name(p)))

    def e_FunctionExpression(self, node: Any) -> None:
        self.function_value(node)

    e_ArrowFunctionExpression = e_FunctionExpression

    def e_ClassExpression(self, node: Any) -> None:
        self.class_value(node)

    def e_SequenceExpression(self, node: Any) -> None:
        for i, e in enumerate(node.expressions):
            self.expr(e)
            if i < len(node.expressions) - 1:
                self.emit("POP")

    def e_ConditionalExpression(self, node: Any) -> None:
        else_l, end = Label(), Label()
        self.expr(node.test)
        self.jump("JUMP_IF_FALSE", else_l)
        self.expr(node.consequent)
        self.jump("JUMP", end)
        self.depth -= 1
        self.mark(else_l)
        self.expr(node.alternate)
        self.mark(end)

    # ---- operators -----------------------------------------------------------------------
    def e_UnaryExpression(self, node: Any) -> None:
        op, arg = node.operator, node.argument
        if op == "typeof" and arg.type == "Identifier":
            b, depth, withs = self.lookup(arg.name)

            def static() -> None:
                if b is None or b.loc == "global":
                    self.emit("TYPEOF_GLOBAL", self.const(arg.name))
                else:
                    self.load_binding(b, depth, self.tdz_check_needed(b, arg))
                    self.emit("TYPEOF")

            def on_object(wb: Any) -> None:
                self.emit("WITH_GET", self.const(arg.name))
                self.emit("TYPEOF")
            if withs:
                self.with_dispatch(withs, arg.name, on_object, static)
            else:
                static()
            return
        if op == "typeof":
            self.expr(arg)
            self.emit("TYPEOF")
        elif op == "void":
            self.expr(arg)
            self.emit("POP")
            self.emit("UNDEF")
        elif op == "delete":
            self.delete_expr(arg)
        else:
            self.expr(arg)
            self.emit(UNARY[op])

    def delete_expr(self, arg: Any) -> None:
        if arg.type == "ChainExpression":
            inner = arg.expression
            self.with_chain(lambda: self.delete_expr(inner), ("TRUE",))
            return
        if arg.type == "MemberExpression":
            if arg.object.type == "Super":
                self.emit("THROW_ERROR", self.const(("ReferenceError", "Unsupported reference to 'super'")))
                self.emit("CONST", self.const(True))
                return
            self.expr(arg.object)
            if arg.optional:
                self.optional_check()
            if arg.computed:
                self.expr(arg.property)
            else:
                self.emit("CONST", self.const(arg.property.name))
            self.emit("DELETE_PROP")
        elif arg.type == "Identifier":
            if self.scope.strict:
                raise CompileError("Delete of an unqualified identifier in strict mode.", arg)
            b, _, withs = self.lookup(arg.name)

            def static() -> None:
                if b is None or b.loc == "global":
                    self.emit("DELETE_NAME", self.const(arg.name))
                else:
                    self.emit("CONST", self.const(False))

            def on_object(wb: Any) -> None:
                self.emit("CONST", self.const(arg.name))
                self.emit("DELETE_PROP")
            if withs:
                self.with_dispatch(withs, arg.name, on_object, static)
            else:
                static()
        else:
            self.expr(arg)
            self.emit("POP")
            self.emit("CONST", self.const(True))

    def e_BinaryExpression(self, node: Any) -> None:
        if node.left.type == "PrivateIdentifier":
            self.private_name(node.left)
            self.expr(node.right)
            self.emit("HAS_PRIVATE")
            return
        self.expr(node.left)
        self.expr(node.right)
        self.emit(BINARY[node.operator])

    def e_LogicalExpression(self, node: Any) -> None:
        end = Label()
        self.expr(node.left)
        op = {"&&": "JUMP_IF_FALSE_KEEP", "||": "JUMP_IF_TRUE_KEEP", "??": "JUMP_IF_NOT_NULLISH_KEEP"}[node.operator]
        self.jump(op, end, -1)
        self.expr(node.right)
        self.mark(end)

    def e_UpdateExpression(self, node: Any) -> None:
        op = "INC" if node.operator == "++" else "DEC"
        arg = node.argument
        if arg.type == "Identifier" and self.lookup(arg.name)[2]:
            self.with_update(node, self.lookup(arg.name)[2])
            return
        if arg.type == "Identifier":
            self.load_name(arg.name, arg)
            self.emit("TO_NUMERIC")
            if node.prefix:
                self.emit(op)
                self.store_name(arg.name, arg, keep=True)
            else:
                self.emit("DUP")
                self.emit(op)
                self.store_name(arg.name, arg)
            return
        if arg.type == "CallExpression":
            self.call_target(arg)
            self.emit("UNDEF")  # not reached: keeps the stack depth of an expression
            return
        if arg.type != "MemberExpression":
            raise CompileError("Invalid left-hand side expression in update operation", arg)
        self.member_ref_load(arg)
        self.emit("TO_NUMERIC")
        self.update_and_store(node.prefix, op, lambda: self.member_ref_store(arg))

    def update_and_store(self, prefix: bool, op: str, store: Any) -> None:
        """[ref n] -> [result] of ``++``/``--`` (``op``) on a reference: ``store`` emits
        [ref value] -> [value]; a postfix update's result is the old value ``n``."""
        if prefix:
            self.emit(op)
            store()
            return
        t = self.temp()
        self.emit("SET_LOCAL", t)
        self.emit(op)
        store()
        self.emit("POP")
        self.emit("GET_LOCAL", t)
        self.free(t)

    # member references: push [obj] or [obj, key] (the "reference"), then load / store
    def member_ref(self, node: Any, for_read: bool = False) -> None:
        """Push the reference of a member target: [obj] or [obj, key]. A computed key stays
        unconverted for a plain store (PutValue converts it after the right-hand side); a
        reference that is read first (compound assignment, ++) checks the base and converts
        the key once, as GetValue does (6.2.5.5)."""
        if node.object.type == "Super":
            self.super_ref(node)
            return
        self.expr(node.object)
        if node.property.type == "PrivateIdentifier":
            self.private_name(node.property)
        elif node.computed:
            self.expr(node.property)
            if for_read:
                self.emit("TO_PROPKEY_BASE")

    def member_ref_load(self, node: Any) -> None:
        """[ref] -> [ref value], keeping the reference for a later store."""
        self.member_ref(node, for_read=True)
        if node.object.type == "Super":
            self.emit("GET_SUPER_REF")
        elif node.property.type == "PrivateIdentifier":
            self.emit("DUP2")
            self.emit("GET_PRIVATE")
        elif node.computed:
            self.emit("DUP2")
            self.emit("GET_ELEM")
        else:
            self.emit("GET_PROP_KEEP", self.const(node.property.name))

    def member_ref_store(self, node: Any) -> None:
        """[ref value] -> [value]."""
        if node.object.type == "Super":
            self.emit("SET_SUPER")
        elif node.property.type == "PrivateIdentifier":
            self.emit("SET_PRIVATE")
        elif node.computed:
            self.emit("SET_ELEM")
        else:
            self.emit("SET_PROP", self.const(node.property.name))

    def super_ref(self, node: Any) -> None:
        """Push a super reference [this key base] (13.3.7.1): the this binding is read before
        the key expression runs, the base (GetSuperBase) after it; the key is converted only
        when the reference is used (GetValue, or PutValue after the right-hand side)."""
        self.emit("THIS")
        if node.computed:
            self.expr(node.property)
        else:
            self.emit("CONST", self.const(node.property.name))
        self.emit("SUPER_BASE")

    def private_name(self, ident: Any) -> None:
        b, depth, _ = self.lookup("#" + ident.name)
        if b is None:
            raise CompileError(f"Private field '#{ident.name}' must be declared in an enclosing class", ident)
        self.load_binding(b, depth, False)

    def call_target(self, call: Any) -> None:
        """A call as the target of an assignment in sloppy code (Annex B, Runtime Errors for
        Function Call Assignment Targets): the call runs, then PutValue of its value, which
        is not a Reference, throws a ReferenceError (6.2.5.6 step 1)."""
        self.expr(call)
        self.emit("POP")
        self.emit("THROW_ERROR", self.const(("ReferenceError", "Invalid left-hand side in assignment")))

    def e_AssignmentExpression(self, node: Any) -> None:
        op, left = node.operator, node.left
        if left.type == "CallExpression":
            self.call_target(left)
            self.emit("UNDEF")  # not reached: keeps the stack depth of an expression
            return
        if left.type == "Identifier" and op not in ("&&=", "||=", "??="):
            withs = self.lookup(left.name)[2]
            if withs:
                self.with_assignment(left, op, node.right, withs)
                return
        if op == "=":
            if left.type in ("ObjectPattern", "ArrayPattern"):
                self.expr(node.right)
                self.emit("DUP")
                self.assign_pattern(left, self.destructured_source(node.right))
                return
            if left.type == "Identifier":
                if self.scope.strict and self.lookup(left.name)[0] is None:
                    self.emit("RESOLVE_GLOBAL", self.const(left.name))
                    self.expr_named(node.right, ref_name(left))
                    self.emit("PUT_GLOBAL_REF", self.const(left.name))
                    return
                self.expr_named(node.right, ref_name(left))
                self.store_name(left.name, left, keep=True)
                return
            if left.type != "MemberExpression":
                raise CompileError("Invalid left-hand side in assignment", left)
            self.member_ref(left)
            self.expr(node.right)
            self.member_ref_store(left)
            return
        if op in ("&&=", "||=", "??="):
            self.logical_assign(node)
            return
        binop = BINARY[op[:-1]]
        if left.type == "Identifier":
            self.load_name(left.name, left)
            self.expr(node.right)
            self.emit(binop)
            self.store_name(left.name, left, keep=True)
            return
        if left.type != "MemberExpression":
            raise CompileError("Invalid left-hand side in assignment", left)
        self.member_ref_load(left)
        self.expr(node.right)
        self.emit(binop)
        self.member_ref_store(left)

    def with_assignment(self, left: Any, op: str, right: Any, withs: list) -> None:
        """``x = v`` / ``x op= v`` (and ``var x = v``) inside ``with``: the reference (an
        object environment or the static binding) is resolved once, before the right-hand
        side runs (13.15.2, 14.3.2.1)."""
        name = left.name

        def on_object(wb: Any) -> None:
            if op == "=":
                self.expr_named(right, ref_name(left))
            else:
                self.emit("DUP")
                self.emit("WITH_GET", self.const(name))
                self.expr(right)
                self.emit(BINARY[op[:-1]])
            self.emit("WITH_SET", self.const(name))

        def static() -> None:
            b, depth, _ = self.lookup_static(name)
            if op == "=":
                self.expr_named(right, ref_name(left))
            else:
                self.load_name_static(name, left, b, depth)
                self.expr(right)
                self.emit(BINARY[op[:-1]])
            self.store_static(name, left, b, depth, keep=True)
        self.with_dispatch(withs, name, on_object, static)

    def with_update(self, node: Any, withs: list) -> None:
        """``x++`` / ``--x`` inside ``with``: the reference is resolved once (13.4)."""
        name = node.argument.name
        op = "INC" if node.operator == "++" else "DEC"

        def on_object(wb: Any) -> None:
            self.emit("DUP")
            self.emit("WITH_GET", self.const(name))
            self.emit("TO_NUMERIC")
            self.update_and_store(node.prefix, op, lambda: self.emit("WITH_SET", self.const(name)))

        def static() -> None:
            b, depth, _ = self.lookup_static(name)
            self.load_name_static(name, node.argument, b, depth)
            self.emit("TO_NUMERIC")
            if not node.prefix:
                self.emit("DUP")
            self.emit(op)
            self.store_static(name, node.argument, b, depth, keep=True)
            if not node.prefix:
                self.emit("POP")
        self.with_dispatch(withs, name, on_object, static)

    def logical_assign(self, node: Any) -> None:
        left = node.left
        jump = {"&&=": "JUMP_IF_FALSE_KEEP", "||=": "JUMP_IF_TRUE_KEEP", "??=": "JUMP_IF_NOT_NULLISH_KEEP"}[node.operator]
        end = Label()
        if left.type == "Identifier":
            self.load_name(left.name, left)
            self.jump(jump, end, -1)
            self.expr_named(node.right, ref_name(left))
            self.store_name(left.name, left, keep=True)
            self.mark(end)
            return
        self.member_ref_load(left)
        base = self.depth
        skip = Label()
        self.jump(jump, skip, -1)
        self.expr(node.right)
        self.member_ref_store(left)
        self.jump("JUMP", end)
        # short-circuit: [ref value] -> [value]
        self.depth = base
        self.mark(skip)
        if left.object.type == "Super":
            nref = 3
        else:
            nref = 1 if (not left.computed and left.property.type != "PrivateIdentifier") else 2
        for _ in range(nref):
            self.emit("SWAP")
            self.emit("POP")
        self.mark(end)

    # ---- member access and calls ---------------------------------------------------------
    def e_MemberExpression(self, node: Any) -> None:
        if node.object.type == "Super":
            self.super_ref(node)
            self.emit("GET_SUPER")
            return
        self.expr(node.object)
        if node.optional:
            self.optional_check()
        self.member_get(node)

    def member_get(self, node: Any) -> None:
        self.at(node.property)  # V8 reports a failed access at the property name
        if node.property.type == "PrivateIdentifier":
            self.private_name(node.property)
            self.emit("GET_PRIVATE")
        elif node.computed:
            self.expr(node.property)
            self.emit("GET_ELEM")
        else:
            self.emit("GET_PROP", self.const(node.property.name))

    def optional_check(self) -> None:
        if self.chain_exits is None:
            raise CompileError("Optional chain outside a chain expression", None)
        lab = Label()
        self.jump("JUMP_IF_NULLISH", lab, 0)
        self.chain_exits.append((lab, self.depth))

    def e_ChainExpression(self, node: Any) -> None:
        self.with_chain(lambda: self.expr(node.expression), ("UNDEF",))

    def with_chain(self, inner: Any, fill: tuple) -> None:
        """Compile an optional chain: ``inner`` emits it; a short-circuit (a nullish base)
        drops what the chain pushed so far and pushes ``fill`` instead."""
        outer = self.chain_exits
        self.chain_exits = []
        base = self.depth
        inner()
        exits, self.chain_exits = self.chain_exits, outer
        if not exits:
            return
        result_depth = self.depth
        end = Label()
        self.jump("JUMP", end)
        for lab, depth in exits:
            self.mark(lab)
            self.depth = depth
            while self.depth > base:
                self.emit("POP")
            for op in fill:
                if op == "TRUE":
                    self.emit("CONST", self.const(True))
                else:
                    self.emit(op)
            self.jump("JUMP", end)
        self.depth = result_depth
        self.mark(end)

    def callee_and_this(self, callee: Any) -> None:
        """Push [this, function] for a call of ``callee``."""
        if callee.type == "MemberExpression":
            if callee.object.type == "Super":
                self.super_ref(callee)
                self.emit("GET_SUPER_KEEP")
                return
            self.expr(callee.object)
            if callee.optional:
                self.optional_check()
            self.at(callee.property)
            if callee.property.type == "PrivateIdentifier":
                self.emit("DUP")
                self.private_name(callee.property)
                self.emit("GET_PRIVATE")
            elif callee.computed:
                self.expr(callee.property)
                self.emit("GET_ELEM_KEEP")
            else:
                self.emit("GET_PROP_KEEP", self.const(callee.property.name))
            return
        if callee.type == "Identifier":
            b, depth, withs = self.lookup(callee.name)
            if withs:
                def on_obj(wb: Any) -> None:
                    if wb.kind == "evalvars":  # an eval-created var: called with this undefined
                        self.emit("WITH_GET", self.const(callee.name))
                        self.emit("UNDEF")
                        self.emit("SWAP")
                        return
                    self.emit("DUP")
                    self.emit("WITH_GET", self.const(callee.name))

                def static() -> None:
                    self.emit("UNDEF")
                    self.load_name_static(callee.name, callee, b, depth)
                self.with_dispatch(withs, callee.name, on_obj, static)
                self.depth += 0
                return
        if callee.type == "ChainExpression" and callee.expression.type == "MemberExpression":
            # (a?.b)() keeps a as this
            member = callee.expression
            self.with_chain(lambda: self.callee_and_this(member), ("UNDEF", "UNDEF"))
            return
        self.emit("UNDEF")
        self.expr(callee)

    def load_name_static(self, name: str, node: Any, b: Any, depth: int) -> None:
        if b is None:
            self.emit("GET_GLOBAL", self.const(name))
        else:
            self.load_binding(b, depth, self.tdz_check_needed(b, node))

    def arguments(self, args: list) -> int:
        """Push the arguments; returns their count, or -1 when they were collected into one
        array because of a spread."""
        if any(a.type == "SpreadElement" for a in args):
            self.arguments_array(args)
            return -1
        for a in args:
            self.expr(a)
        return len(args)

    def arguments_array(self, args: list) -> None:
        """Push one array holding the arguments (spreads expanded)."""
        self.emit("NEW_ARRAY", 0, 1)
        for a in args:
            if a.type == "SpreadElement":
                self.expr(a.argument)
                self.code.site_text[self.pc] = ("spread", self.source_or_name(a.argument))
                self.emit("ARRAY_SPREAD")
            else:
                self.expr(a)
                self.emit("ARRAY_PUSH")

    def e_CallExpression(self, node: Any) -> None:
        callee = node.callee
        if callee.type == "Super":
            self.arguments_array(node.arguments)
            self.emit("SUPER_CALL")
            return
        if callee.type == "Identifier" and callee.name == "eval" and node.arguments and not node.optional:
            # a direct eval (19.2.1.1); `eval?.(x)` is an ordinary call: an indirect eval
            self.callee_and_this(callee)
            self.arguments_array(node.arguments)
            self.emit("EVAL_CALL", self.const_obj(self.eval_info()), -2)
            return
        self.callee_and_this(callee)
        if node.optional:
            self.optional_check()
        n = self.arguments(node.arguments)
        self.at(callee.property if callee.type == "MemberExpression" else callee)
        self.code.site_text[self.pc] = self.render(callee)
        self.last_call = (node, self.pc)
        if n < 0:
            self.emit("CALL_SPREAD", 0, -2)
        else:
            self.emit("CALL", n, -n - 1)

    def render(self, node: Any) -> str:
        """How V8 names an expression in "x is not a function" messages."""
        t = node.type
        if t == "Identifier":
            return node.name
        if t == "ThisExpression":
            return "this"
        if t == "Super":
            return "super"
        if t == "MemberExpression":  # a parenthesized optional chain as the object is a value
            obj = "(intermediate value)" if node.object.type == "ChainExpression" else self.render(node.object)
            dot = "?." if getattr(node, "optional", False) else "."
            key = node.property
            if node.computed:
                lit = self.render_literal(key)
                if lit is not None and lit[0] == '"':
                    return f"{obj}{dot}{lit[1:-1]}"  # V8 prints o['m'] as o.m
                bracket = "?.[" if dot == "?." else "["
                return f"{obj}{bracket}{key.name if key.type == 'Identifier' else lit or '...'}]"
            if key.type == "PrivateIdentifier":
                return f"{obj}[#{key.name}]"  # V8 prints this.#x as this[#x]
            return f"{obj}{dot}{key.name}"
        if t == "ChainExpression":
            return self.render(node.expression)
        if t == "CallExpression" and node.callee.type != "Super":
            return f"{self.render(node.callee)}(...)"
        if t == "ObjectExpression":  # V8 shows one (intermediate value) per property
            return "{" + "(intermediate value)" * len(node.properties) + "}"
        if t == "SequenceExpression":
            return "(" + " , ".join(self.render(e) for e in node.expressions) + ")"
        if t == "ArrayExpression" and all(e is not None for e in node.elements):
            return "[" + ",".join(f"(...{self.render(e.argument)})" if e.type == "SpreadElement" else self.render(e)
                                  for e in node.elements) + "]"
        return self.render_literal(node) or "(intermediate value)"

    @staticmethod
    def render_literal(node: Any) -> str | None:
        """A literal as V8 prints it in those messages: strings (and templates without
        substitutions) in double quotes, numbers by value, regexps, null and booleans; None
        otherwise."""
        if node.type == "TemplateLiteral" and not node.expressions:
            return f'"{node.quasis[0].value.cooked}"'
        if node.type != "Literal" or getattr(node, "bigint", None):
            return None
        v = node.value
        if getattr(node, "regex", None) is not None:
            return node.raw
        if isinstance(v, str):
            return f'"{v}"'
        if type(v) in (int, float):
            return number_to_string(float(v))
        return node.raw

    def iter_site(self, node: Any, is_async: bool = False) -> None:
        """Remember the source text of an iterated expression for "x is not iterable". The
        result of a call (not optional) gets V8's one message for both the call and the
        iteration failing, on both instructions."""
        last = self.last_call
        if node.type == "CallExpression" and not node.optional and last is not None and last[0] is node:
            name = self.render(node.callee)
            message = (f"{name}(...) is not a function or its return value is not async iterable" if is_async
                       else f"{name} is not a function or its return value is not iterable")
            self.code.site_text[last[1]] = self.code.site_text[self.pc] = ("message", message)
            return
        self.code.site_text[self.pc] = self.source_or_name(node)

    def source_or_name(self, node: Any) -> str:
        """An expression's source text, or its V8 rendering when that is long."""
        text = self.source_of(node)
        return self.render(node) if len(text) > 40 or "\n" in text else text

    def const_obj(self, v: Any) -> int:
        self.code.consts.append(v)
        return len(self.code.consts) - 1

    def e_NewExpression(self, node: Any) -> None:
        self.expr(node.callee)
        n = self.arguments(node.arguments)
        self.at(node)
        self.code.site_text[self.pc] = self.render(node.callee)
        if n < 0:
            self.emit("NEW_SPREAD", 0, -1)
        else:
            self.emit("NEW", n, -n)

    # ---- generators and async ------------------------------------------------------------
    def e_YieldExpression(self, node: Any) -> None:
        if node.argument is None:
            self.emit("UNDEF")
        else:
            self.expr(node.argument)
        if self.code.is_async and not node.delegate:
            self.emit("AWAIT")  # AsyncGeneratorYield awaits the operand first
        self.emit("YIELD_STAR" if node.delegate else "YIELD")

    def e_AwaitExpression(self, node: Any) -> None:
        self.expr(node.argument)
        self.emit("AWAIT")
