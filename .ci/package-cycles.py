#!/usr/bin/env python3
"""Package cycles in jdeps output: jdeps -verbose:package -filter:none target/classes > deps.txt; .ci/package-cycles.py deps.txt (decision 0040)."""
import sys, re, collections
edges = collections.defaultdict(set)
for line in open(sys.argv[1]):
    m = re.match(r'\s+(id\.humasdesk[\w.]*)\s+->\s+(id\.humasdesk[\w.]*)\s', line)
    if m and m.group(1) != m.group(2):
        edges[m.group(1)].add(m.group(2))
nodes = set(edges) | {t for v in edges.values() for t in v}
idx = {}; low = {}; st = []; on = set(); sccs = []; c = [0]
sys.setrecursionlimit(10000)
def sc(v):
    idx[v] = low[v] = c[0]; c[0] += 1; st.append(v); on.add(v)
    for w in edges[v]:
        if w not in idx: sc(w); low[v] = min(low[v], low[w])
        elif w in on: low[v] = min(low[v], idx[w])
    if low[v] == idx[v]:
        comp = []
        while True:
            w = st.pop(); on.discard(w); comp.append(w)
            if w == v: break
        sccs.append(comp)
for v in sorted(nodes):
    if v not in idx: sc(v)
cyc = [s for s in sccs if len(s) > 1]
print(f'{len(nodes)} packages, {sum(len(v) for v in edges.values())} package edges, {len(cyc)} cycles')
for s in cyc: print(' cycle:', sorted(s))
