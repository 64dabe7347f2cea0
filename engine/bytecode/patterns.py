"""Destructuring: binding patterns (declarations, parameters) and assignment patterns."""
from __future__ import annotations

from typing import Any

from ..runtime.objects import array_index
from .compiler import CompileError, FunctionCompilerBase
from .emitter import Label
from .expr import ref_name


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
        self.expr_named(dflt, ref_name(target))
        self.mark(join)

    def early_target(self, e: Any, init: bool, assign: bool) -> Any | None:
        """The target of pattern element ``e`` (its default aside) when the target's reference
        is evaluated before the element's value is read: a property reference of an assignment
        pattern, or a name a `with` object may hold (13.15.5.5-6 and 8.6.2-3: the reference
        first, then GetV or the iterator step, the default, PutValue). None for a nested
        pattern or a name whose binding is known statically (stored after)."""
        target = e.left if e.type == "AssignmentPattern" else e
        if target.type == "MemberExpression" and assign:
            return target
        if target.type == "Identifier" and not init and self.lookup(target.name)[2]:
            return target
        return None

    def target_ref(self, target: Any) -> None:
        """Push the reference of an early target: its member reference, or the `with` object
        holding the name (undefined for its static binding: ResolveBinding)."""
        if target.type == "MemberExpression":
            self.member_ref(target)
        else:
            self.with_dispatch(self.lookup(target.name)[2], target.name, lambda wb: None,
                               lambda: self.emit("UNDEF"))

    def target_store(self, target: Any) -> None:
        """[ref v] -> [] (PutValue into an early target's reference)."""
        if target.type == "MemberExpression":
            self.member_ref_store(target)
            self.emit("POP")
            return
        name = target.name
        static, done = Label(), Label()
        self.emit("SWAP")
        self.jump("JUMP_IF_UNDEF", static, 0)
        base = self.depth - 2
        self.emit("SWAP")
        self.emit("WITH_SET", self.const(name))
        self.emit("POP")
        self.jump("JUMP", done)
        self.depth = base + 1
        self.mark(static)
        b, depth, _ = self.lookup_static(name)
        self.store_static(name, target, b, depth)
        self.mark(done)

    def element_value(self, e: Any, target: Any | None, init: bool, assign: bool) -> None:
        """[ref v] -> [] for an early target (after the default), else [v] -> [] into ``e``."""
        if target is None:
            self.pattern(e, init, assign)
            return
        if e is not target:
            self.default_value(e.right, target)
        self.target_store(target)

    def object_pattern(self, p: Any, init: bool, assign: bool, source: str | None) -> None:
        first = p.properties[0] if p.properties else None
        named = first is not None and first.type == "Property" and not first.computed
        self.code.site_text[self.pc] = ("destructure", self.static_key_name(first) if named else None, source,
                                        named and first.value.type == "AssignmentPattern")
        self.emit("TO_OBJECT_CHECK")
        key_temps: list = []  # for the rest element: keys seen so far (const name or temp slot)
        has_rest = any(q.type == "RestElement" for q in p.properties)
        targets = [self.early_target(q.argument if q.type == "RestElement" else q.value, init, assign)
                   for q in p.properties]
        src = None
        if any(t is not None for t in targets):  # the value stays below the targets' references
            src = self.temp()
            self.emit("SET_LOCAL", src)
        for q, target in zip(p.properties, targets):
            self.at(q)
            if q.type == "RestElement":
                if target is not None:
                    self.target_ref(target)
                self.emit("GET_LOCAL", src) if target is not None else self.emit("DUP")
                for k in key_temps:
                    if isinstance(k, str):
                        self.emit("CONST", self.const(k))
                    else:
                        self.emit("GET_LOCAL", k)
                self.emit("REST_OBJECT", len(key_temps), -len(key_temps))
                self.element_value(q.argument, target, init, assign)
                continue
            key = None
            if q.computed:  # the key is converted before the target's reference is evaluated
                key = self.temp()
                self.expr(q.key)
                self.emit("TO_PROPKEY")
                self.emit("PUT_LOCAL", key)
                if has_rest:
                    key_temps.append(key)
            if target is not None:
                self.target_ref(target)
            self.emit("GET_LOCAL", src) if target is not None else self.emit("DUP")
            if key is not None:
                self.emit("GET_LOCAL", key)
                self.emit("GET_ELEM")
                if not has_rest:
                    self.free(key)
            else:
                name = self.static_key_name(q)
                key_temps.append(name)
                if array_index(name) >= 0:  # an element: GET_PROP's cache sees named properties only
                    self.emit("CONST", self.const(name))
                    self.emit("GET_ELEM")
                else:
                    self.emit("GET_PROP", self.const(name))
            self.element_value(q.value, target, init, assign)
        for k in key_temps:
            if not isinstance(k, str):
                self.free(k)
        if src is not None:
            self.free(src)
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
            if e is None:
                self.emit("ITER_VALUE")
                self.emit("POP")
                continue
            rest = e.type == "RestElement"
            target = self.early_target(e.argument if rest else e, init, assign)
            if target is not None:  # its reference is evaluated before the iterator steps
                self.target_ref(target)
                self.emit("GET_LOCAL", it)
            self.emit("ITER_REST" if rest else "ITER_VALUE")
            if target is not None:
                self.emit("SWAP")
                self.emit("POP")
            self.element_value(e.argument if rest else e, target, init, assign)
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
