"""Destructuring: binding patterns (declarations, parameters) and assignment patterns."""
from __future__ import annotations

from typing import Any

from ..runtime.objects import array_index
from .compiler import CompileError, FunctionCompilerBase
from .emitter import Label


#: How V8 renders a conditional expression in messages (its three operands, unnamed).
CONDITIONAL = "(intermediate value)" * 3


class PatternCompiler(FunctionCompilerBase):

    def destructured_source(self, node: Any) -> str:
        """How V8 names a destructured null or undefined value's expression in
        "Cannot destructure property 'a' of '...'" (its call-site rendering, with binary
        operators in parentheses)."""
        t = node.type
        if t == "ChainExpression":
            return "(intermediate value)"
        if t == "ConditionalExpression":
            return CONDITIONAL
        if t in ("LogicalExpression", "BinaryExpression"):
            return f"({self.destructured_source(node.left)} {node.operator} {self.destructured_source(node.right)})"
        if t == "UnaryExpression" and node.operator == "void":
            return f"(void {self.destructured_source(node.argument)})"
        return self.render(node)

    def bind_pattern(self, p: Any, init: bool, source: str | None = None) -> None:
        """Bind the value on top of the stack (consumed) to declaration pattern ``p``;
        ``source`` names the value in the TypeError of destructuring null or undefined (V8's
        rendering of the initializer; "" for a parameter, named by its value)."""
        self.pattern(p, init, False, source)

    def assign_pattern(self, p: Any, source: str | None = None) -> None:
        """Assign the value on top of the stack (consumed) to assignment target ``p``."""
        self.pattern(p, False, True, source)

    def pattern(self, p: Any, init: bool, assign: bool, source: str | None = None) -> None:
        t = p.type
        if t == "Identifier":
            self.store_name(p.name, p, init=init)
        elif t == "MemberExpression" and assign:
            self.member_target(p)
        elif t == "AssignmentPattern":
            self.default_value(p.right, p.left)
            # V8 names a parameter's value with a default as it renders `v === undefined ? d : v`
            self.pattern(p.left, init, assign, CONDITIONAL if source == "" else source)
        elif t == "ObjectPattern":
            self.object_pattern(p, init, assign, source)
        elif t == "ArrayPattern":
            self.array_pattern(p, init, assign)
        elif t == "CallExpression" and assign:  # a for-in/of head (Annex B)
            self.emit("POP")
            self.call_target(p)
        else:
            raise CompileError("Invalid destructuring assignment target", p)

    def member_target(self, p: Any) -> None:
        """[v] -> [] storing into obj.key."""
        if p.object.type == "Super":
            self.super_ref(p)
            for _ in range(3):  # [v this key base] -> [this key base v]
                self.emit("ROT4")
            self.emit("SET_SUPER")
        elif p.computed or p.property.type == "PrivateIdentifier":
            self.member_ref(p)
            self.emit("ROT3")
            self.emit("ROT3")
            self.member_ref_store(p)
        else:
            self.expr(p.object)
            self.emit("SWAP")
            self.emit("SET_PROP", self.const(p.property.name))
        self.emit("POP")

    def default_value(self, dflt: Any, target: Any) -> None:
        """[v] -> [v or default] (the default is evaluated only when v is undefined)."""
        use_default, join = Label(), Label()
        self.jump("JUMP_IF_UNDEF", use_default, 0)
        self.jump("JUMP", join)
        self.mark(use_default)
        self.depth -= 1
        self.expr_named(dflt, target.name if target.type == "Identifier" else None)
        self.mark(join)

    def object_pattern(self, p: Any, init: bool, assign: bool, source: str | None) -> None:
        first = p.properties[0] if p.properties else None
        named = first is not None and first.type == "Property" and not first.computed
        self.code.site_text[self.pc] = ("destructure", self.static_key_name(first) if named else None, source,
                                        named and first.value.type == "AssignmentPattern")
        self.emit("TO_OBJECT_CHECK")
        key_temps: list = []  # for the rest element: keys seen so far (const name or temp slot)
        has_rest = any(q.type == "RestElement" for q in p.properties)
        for q in p.properties:
            self.at(q)
            if q.type == "RestElement":
                self.emit("DUP")
                for k in key_temps:
                    if isinstance(k, str):
                        self.emit("CONST", self.const(k))
                    else:
                        self.emit("GET_LOCAL", k)
                self.emit("REST_OBJECT", len(key_temps), -len(key_temps))
                self.pattern(q.argument, init, assign)
                continue
            self.emit("DUP")
            if q.computed:
                self.expr(q.key)
                self.emit("TO_PROPKEY")
                if has_rest:
                    t = self.temp()
                    self.emit("SET_LOCAL", t)
                    key_temps.append(t)
                self.emit("GET_ELEM")
            else:
                name = self.static_key_name(q)
                key_temps.append(name)
                if array_index(name) >= 0:  # an element: GET_PROP's cache sees named properties only
                    self.emit("CONST", self.const(name))
                    self.emit("GET_ELEM")
                else:
                    self.emit("GET_PROP", self.const(name))
            self.pattern(q.value, init, assign)
        for k in key_temps:
            if not isinstance(k, str):
                self.free(k)
        self.emit("POP")

    def array_pattern(self, p: Any, init: bool, assign: bool) -> None:
        """Destructure an iterator; an abrupt completion while binding (a throwing default or
        target, a generator return at a yield) closes it, as for-of does (8.6.2 step 4)."""
        self.emit("GET_ITER")
        base = self.depth - 1
        it = self.temp()
        self.emit("SET_LOCAL", it)
        start = self.pc
        for e in p.elements:
            target = e.left if e is not None and e.type == "AssignmentPattern" else e
            if assign and target is not None and target.type == "MemberExpression":
                # an assignment target reference is evaluated before the iterator steps
                self.member_ref(target)
                self.emit("GET_LOCAL", it)
                self.emit("ITER_VALUE")
                self.emit("SWAP")
                self.emit("POP")
                if e is not target:
                    self.default_value(e.right, target)
                self.member_ref_store(target)
                self.emit("POP")
            elif e is None:
                self.emit("ITER_VALUE")
                self.emit("POP")
            elif e.type == "RestElement":
                if assign and e.argument.type == "MemberExpression":
                    self.member_ref(e.argument)
                    self.emit("GET_LOCAL", it)
                    self.emit("ITER_REST")
                    self.emit("SWAP")
                    self.emit("POP")
                    self.member_ref_store(e.argument)
                    self.emit("POP")
                else:
                    self.emit("ITER_REST")
                    self.pattern(e.argument, init, assign)
            else:
                self.emit("ITER_VALUE")
                self.pattern(e, init, assign)
        self.free(it)
        end = self.pc
        self.emit("ITER_CLOSE")
        done = Label()
        self.jump("JUMP", done)
        self.code.handlers.append((start, end, self.pc, base + 1, True))
        self.depth = base + 3
        self.emit("ITER_ABRUPT")
        self.depth = base
        self.mark(done)
