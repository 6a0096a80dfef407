#!/usr/bin/env python3
"""Fails when a crate's modules depend on each other in a cycle.

`cargo modules dependencies` (rust-analyzer's name resolution, so re-exports
point at the item's real module) gives every `uses` edge between items; each
item is folded into the module that defines it, and a cycle between modules
(A uses B and B uses A, directly or through others) is reported. Its own
`--acyclic` flag works on items, where a type and its methods always form a
cycle, hence this fold. cargo-modules does not see paths written inside
function bodies (`crate::store::slug(…)`), so the sources are also scanned
for `crate::…` and `super::…` paths. Test-only code (`#[cfg(test)]`) is not
analysed.

Usage: scripts/module-cycles.py PACKAGE CRATE_DIR [--lib | --bin NAME]
"""
import pathlib
import re
import subprocess
import sys

PATH = re.compile(r"\b(crate|super)((?:::[A-Za-z_][A-Za-z0-9_]*)+)")


def module_of(file, src):
    parts = list(file.relative_to(src).with_suffix("").parts)
    if parts[-1] in ("mod", "lib", "main"):
        parts.pop()
    return parts


def source_edges(crate, src):
    """`crate::a::b` and `super::c` paths in each file, outside tests."""
    for file in sorted(src.rglob("*.rs")):
        here = module_of(file, src)
        text = file.read_text()
        test = re.search(r"^#\[cfg\(test\)\]", text, re.M)
        if test:
            text = text[: test.start()]
        for line in text.splitlines():
            line = line.split("//")[0]
            for m in PATH.finditer(line):
                names = m[2].split("::")[1:]
                if m[1] == "crate":
                    target = names
                else:
                    target = here[:-1] + names
                    while target and target[0] == "super":
                        target = target[1:]
                yield "::".join([crate, *here]), "::".join([crate, *target])

NODE = re.compile(r'^\s*"([^"]+)" \[label="([^|"]*)\|')
EDGE = re.compile(r'^\s*"([^"]+)" -> "([^"]+)" \[label="uses"')


def graph(args):
    out = subprocess.run(
        ["cargo", "modules", "dependencies", "--no-externs", "--no-sysroot", *args],
        check=True, capture_output=True, text=True,
    ).stdout
    modules, edges = set(), []
    for line in out.splitlines():
        if m := EDGE.match(line):
            edges.append((m[1], m[2]))
        elif m := NODE.match(line):
            kind = m[2].split()[-1]
            if kind in ("mod", "crate"):
                modules.add(m[1])
    return modules, edges


def owner(path, modules):
    parts = path.split("::")
    for end in range(len(parts), 0, -1):
        candidate = "::".join(parts[:end])
        if candidate in modules:
            return candidate
    return parts[0]


def cycles(nodes, succ):
    """Tarjan's strongly connected components of more than one module."""
    index, low, stack, on, found = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in succ.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10000)
    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return found


def main():
    package, src, target = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3:] or ["--lib"]
    modules, edges = graph(["-p", package, *target])
    crate = min(modules, key=len)
    edges += list(source_edges(crate, src))
    succ, why = {}, {}
    for a, b in edges:
        ma, mb = owner(a, modules), owner(b, modules)
        if ma != mb:
            succ.setdefault(ma, set()).add(mb)
            why.setdefault((ma, mb), (a, b))
    found = cycles(modules, succ)
    label = f"{package} {' '.join(target)}"
    if not found:
        print(f"module cycles: none in {label} ({len(modules)} modules)")
        return 0
    for component in found:
        print(f"module cycle in {label}: {' <-> '.join(component)}")
        members = set(component)
        for (ma, mb), (a, b) in sorted(why.items()):
            if ma in members and mb in members:
                print(f"    {ma} -> {mb}  ({a} uses {b})")
    return 1


if __name__ == "__main__":
    sys.exit(main())
