#!/usr/bin/env python3
"""structure.py: the shape of src/ and rules/, checked on every make check.

Data flows one way (STYLE.md): a producer writes to a sink and never calls
back into its consumer.  Call-backs creep in one #include or one extern at
a time, and nobody sees them in review, so this script draws the module
graph (X depends on Y when X includes "Y.h", or calls, declares or takes
the address of a zl_ function that Y.c defines) and fails on every cycle,
naming the include or the function that makes each edge.  It also fails on
a file in src/ over 800 lines and a function over 120: past that, nobody
reads the whole thing before changing it.

A module is a .c/.h pair by base name (src/reader.c + src/reader.h).  An
include of a header without a .c of its own (zonelint.h: types, inline
functions, prototypes of functions defined all over) makes no edge; the
calls into those functions do.  A function is a name at column 0 followed
by "(", with its return type on the line before, up to the next line that
is exactly "}".

usage: scripts/structure.py [--root DIR] [--report]
  --root DIR  the tree holding src/ and rules/ (default: this repository)
  --report    print the whole graph and every file's size; never fail
"""
import argparse
import os
import re
import sys

DIRS = ("src", "rules")
FILE_LIMIT = 800      # lines, files in src/
FUNCTION_LIMIT = 120  # lines, functions in src/ and rules/

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
FUNC_START = re.compile(r"^([a-z_][a-z0-9_]*)\(")
# a zl_ name, called or passed as a pointer; not a struct, enum or union tag
ZL_NAME = re.compile(r"\b(struct\s+|enum\s+|union\s+)?(zl_[a-z0-9_]+)\b")
# comments and literals, so a zl_name() in a comment or a string is no call
NOISE = re.compile(r'/\*.*?\*/|//[^\n]*'
                   r'|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)


def read_tree(root):
    """{path relative to root: lines} for every .c and .h in DIRS."""
    files = {}
    for d in DIRS:
        folder = os.path.join(root, d)
        names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
        for name in names:
            if name.endswith((".c", ".h")):
                with open(os.path.join(folder, name), encoding="utf-8",
                          errors="replace") as f:
                    files[d + "/" + name] = f.read().split("\n")
    return files


def module(path):
    return path[:-2]


def count(lines):
    """Lines in a file read by read_tree (a last newline ends no line)."""
    return len(lines) - (lines[-1] == "")


def blank_noise(text):
    """The text with comments and literals blanked, newlines kept."""
    return NOISE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def functions(lines):
    """(name, first line number, length) of each function definition."""
    for i, line in enumerate(lines):
        m = FUNC_START.match(line)
        prev = lines[i - 1].rstrip() if i else ""
        if not m or not re.match(r"[A-Za-z_]", prev) or prev[-1] in ";{},\\":
            continue
        # a body opens with "{" alone; a prototype ends in ";" before that
        j = next((k for k in range(i, len(lines)) if lines[k] == "{"
                  or lines[k].rstrip().endswith(";")), None)
        if j is None or lines[j] != "{":
            continue
        end = next((k for k in range(j, len(lines)) if lines[k] == "}"), None)
        if end is not None:
            yield m.group(1), i + 1, end - i + 1


def definitions(files):
    """{zl_name: module} for every zl_ function defined in a .c."""
    defs = {}
    for path, lines in files.items():
        if path.endswith(".c"):
            for name, _, _ in functions(lines):
                if name.startswith("zl_"):
                    defs.setdefault(name, module(path))
    return defs


def edges(files):
    """The modules, and {(from, to): {kind: why}}: the first include of to's
    header and the first use of a zl_ function to.c defines, each as
    "file:line: what"."""
    own_c = {module(p) for p in files if p.endswith(".c")}
    defs = definitions(files)
    graph = {}

    def add(src, dst, kind, why):
        if dst != src:
            graph.setdefault((src, dst), {}).setdefault(kind, why)

    for path, lines in sorted(files.items()):
        for n, line in enumerate(lines, 1):
            m = INCLUDE.match(line)
            header = m and os.path.normpath(
                os.path.join(os.path.dirname(path), m.group(1)))
            if header and header.endswith(".h") and module(header) in own_c:
                add(module(path), module(header), "include",
                    f'{path}:{n}: #include "{m.group(1)}"')
        if path.endswith(".c"):
            text = blank_noise("\n".join(lines)).split("\n")
            for n, line in enumerate(text, 1):
                for tag, name in ZL_NAME.findall(line):
                    if name in defs and not tag:
                        add(module(path), defs[name], "call",
                            f"{path}:{n}: {name}()")
    return {module(p) for p in files}, graph


def cycles(mods, graph):
    """Strongly connected components of more than one module (Tarjan)."""
    succ = {m: sorted(b for a, b in graph if a == m) for m in mods}
    index, low, stack, on, out = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in succ[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(mods):
        if v not in index:
            visit(v)
    return sorted(out), succ


def path_within(succ, comp, a, b):
    """The shortest path a -> ... -> b (a != b) inside comp."""
    prev, todo = {a: None}, [a]
    for v in todo:
        for w in succ[v]:
            if w in comp and w not in prev:
                prev[w] = v
                todo.append(w)
    walk = [b]
    while walk[-1] != a:
        walk.append(prev[walk[-1]])
    return walk[::-1]


def chain(succ, comp):
    """A closed walk from the first member through every member and back:
    an edge may come twice, and is printed once."""
    walk, left = [comp[0]], set(comp[1:])
    while left:
        step = min((path_within(succ, comp, walk[-1], m) for m in left),
                   key=lambda p: (len(p), p))
        walk += step[1:]
        left -= set(step)
    return walk + path_within(succ, comp, walk[-1], comp[0])[1:]


def too_big(files):
    """Failure lines for long files and functions; the biggest of each."""
    bad, big_file, big_func = [], ("", 0), ("", "", 0)
    for path, lines in sorted(files.items()):
        n = count(lines)
        if path.startswith("src/"):  # the file limit is src/'s only
            big_file = max(big_file, (path, n), key=lambda x: x[1])
            if n > FILE_LIMIT:
                bad.append(f"{path}: file is {n} lines (limit {FILE_LIMIT})")
        for name, line, length in functions(lines):
            big_func = max(big_func, (path, name, length), key=lambda x: x[2])
            if length > FUNCTION_LIMIT:
                bad.append(f"{path}:{line}: function {name} is {length} lines"
                           f" (limit {FUNCTION_LIMIT})")
    return bad, big_file, big_func


def plural(n, word):
    return f"{n} {word}" + ("" if n == 1 else "s")


def report(files, mods, graph):
    for m in sorted(mods):
        deps = sorted(b for a, b in graph if a == m)
        print(f"{m}: {' '.join(deps)}".rstrip())
    for path, lines in sorted(files.items()):
        funcs = sorted(functions(lines), key=lambda f: -f[2])
        longest = ""
        if funcs:
            longest = f", longest {funcs[0][0]} ({funcs[0][2]} lines)"
        print(f"{path}: {plural(count(lines), 'line')},"
              f" {plural(len(funcs), 'function')}{longest}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=os.path.join(os.path.dirname(
        os.path.abspath(__file__)), ".."))
    ap.add_argument("--report", action="store_true")
    args = ap.parse_args()
    files = read_tree(args.root)
    mods, graph = edges(files)
    if args.report:
        report(files, mods, graph)
    comps, succ = cycles(mods, graph)
    for comp in comps:
        print(f"structure: cycle of {len(comp)} modules: {' '.join(comp)}")
        walk = chain(succ, comp)
        for a, b in dict.fromkeys(zip(walk, walk[1:])):  # each edge once
            why = graph[(a, b)]
            print(f"  {a} -> {b}: {'; '.join(why[k] for k in sorted(why))}")
    bad, big_file, big_func = too_big(files)
    for line in bad:
        print(line)
    if comps or bad:
        print(f"structure: failed: {plural(len(comps), 'cycle')},"
              f" {plural(len(bad), 'size')} over the limit")
        return 0 if args.report else 1
    print(f"structure: {len(mods)} modules, no cycle,"
          f" largest file {big_file[0]} ({big_file[1]} lines),"
          f" longest function {big_func[1]} in {big_func[0]}"
          f" ({big_func[2]} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
