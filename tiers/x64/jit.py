"""LLVM's MCJIT through llvmlite: an LLVM module -> machine code -> a Python callable.

The callable is a real builtin function object (``PyCFunction_NewEx`` over a ``PyMethodDef``
with METH_FASTCALL), so tiers 0 and 1 call native code as they call any built-in: no ctypes
conversion per call. One execution engine holds every compiled module for the process."""
from __future__ import annotations

import ctypes
import weakref
from typing import Any

import llvmlite.binding as llvm

METH_FASTCALL = 0x80

#: The optimization pipeline, built once and run on every module. Not LLVM's default O2
#: pipeline: llvmlite 0.50 leaks about 60 KB each time that one is built and run (measured:
#: docs/TIERS.md), while a pipeline of our own, built once, leaks nothing per run. The passes are
#: what our code needs: inlining `incref`, the slot array into registers (SROA), folding and
#: CFG cleanup around guards, GVN across the boxed/unboxed forms, dead code and stores.
PIPELINE = ("always_inliner", "sroa", "instruction_combine", "simplify_cfg", "sccp",
            "jump_threading", "reassociate", "loop_simplify", "lcssa", "loop_rotate", "new_gvn",
            "instruction_combine", "dead_store_elimination", "aggressive_dce", "simplify_cfg",
            "global_dead_code_eliminate")


class _MethodDef(ctypes.Structure):
    _fields_ = [("ml_name", ctypes.c_char_p), ("ml_meth", ctypes.c_void_p),
                ("ml_flags", ctypes.c_int), ("ml_doc", ctypes.c_char_p)]


_new_cfunction = ctypes.pythonapi.PyCFunction_NewEx
_new_cfunction.restype = ctypes.py_object
_new_cfunction.argtypes = [ctypes.c_void_p, ctypes.py_object, ctypes.py_object]


class JIT:
    def __init__(self) -> None:
        llvm.initialize_native_target()
        llvm.initialize_native_asmprinter()
        target = llvm.Target.from_default_triple()
        self.tm = target.create_target_machine(opt=2, jit=True)
        self.engine = llvm.create_mcjit_compiler(llvm.parse_assembly(""), self.tm)
        self.pb = llvm.create_pass_builder(self.tm, llvm.create_pipeline_tuning_options(speed_level=2))
        self.mpm = llvm.create_new_module_pass_manager()
        for name in PIPELINE:
            getattr(self.mpm, f"add_{name}_pass")()
        # The PyMethodDefs and the machine code must outlive every function object made here:
        # CPython reads a function's PyMethodDef when the garbage collector visits it and when
        # it is freed, which at interpreter exit can come after this module's globals (and so
        # this object) are gone. One reference is never released: both live until the process
        # ends, whatever the order of finalization.
        self.defs: list[Any] = []
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(self))
        # modules whose owner is gone: removed from the engine (their IR freed; MCJIT keeps
        # the code's pages) at the next compile, in the thread that compiles, never in a GC
        # callback
        self.dead: list[Any] = []

    def compile(self, module_text: str, name: str, owner: Any, want_asm: bool = False) -> tuple[Any, str, str]:
        """Optimize and compile; returns (callable, optimized LLVM IR, assembly or ''). The
        callable's ``__self__`` is ``owner``, which must keep alive every object whose address
        the code embeds: it lives as long as the callable (running or installed)."""
        while self.dead:
            self.engine.remove_module(self.dead.pop())
        mod = llvm.parse_assembly(module_text)
        mod.triple = self.tm.triple
        mod.data_layout = str(self.tm.target_data)
        mod.verify()
        self.mpm.run(mod, self.pb)
        optimized = str(mod) if want_asm else ""
        asm = self.tm.emit_assembly(mod) if want_asm else ""
        self.engine.add_module(mod)
        self.engine.finalize_object()
        addr = self.engine.get_function_address(name)
        md = _MethodDef(name.encode(), addr, METH_FASTCALL, None)
        self.defs.append(md)
        weakref.finalize(owner, self.dead.append, mod).atexit = False
        return _new_cfunction(ctypes.addressof(md), owner, None), optimized, asm


_jit: JIT | None = None


def jit() -> JIT:
    global _jit
    if _jit is None:
        _jit = JIT()
    return _jit
