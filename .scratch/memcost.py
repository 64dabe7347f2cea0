"""CPU cost of the memory accounting: median of 3 runs (process time) per benchmark, in a
fresh pyjs.Context each; run from the repo root whose code is measured."""
import json, statistics, sys, time
import pyjs
from pyjs.tools.bench.suite import select
tier = sys.argv[1]
limit = None if sys.argv[2] == "none" else int(sys.argv[2])
out = {}
for b in select(sys.argv[3].split(",")):
    times = []
    for _ in range(3):
        ctx = pyjs.Context(tier=tier, memory_limit=limit)
        ctx.eval(b.source())
        ctx.eval(f"runIteration({b.size // 2})")  # warm up (tier-up)
        t = time.process_time()
        ctx.eval(f"for (let i = 0; i < 10; i++) runIteration({b.size})")
        times.append(time.process_time() - t)
    out[b.name] = round(statistics.median(times), 3)
print(json.dumps({"file": pyjs.__file__, "tier": tier, "limit": limit, **out}))
