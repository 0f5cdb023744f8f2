#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Run the network benchmark under callgrind and write bench/results.

For every path (ring, percb) and direction (rx, tx): packet sizes 64, 512
and 1500 and the imix at NAPI budget 64, budgets 1 and 8 at 64 bytes and
with the imix, all at saturation; one frame in flight at 64 bytes and
with the imix; and, for the ring path, rings of 16, 64 and 256
descriptors (a window of at most 32 in PaRAM) at budget 64 and
saturation.  TX buffers sit at fresh addresses.  The counters net_bench prints (MMIO, IRQs, locks,
allocations) and, from callgrind, the CPU-side instructions per packet
split into DMA layer, driver and stack, with the simulator's plumbing
(MMIO router, shim interrupt controller, fault hooks) in a column of its
own and not in the instructions.  Then the software floor: instructions
per buffer of add_inbuf() + get_buf() in tools/virtio/ringtest's "ring".
See README.md.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

SIZES = (64, 512, 1500, "imix")
BUDGET = 64
# the budget sweep, at the smallest size and with the imix
BUDGETS = (1, 8, 64)
SWEEP_SIZES = (64, "imix")
# the load sweep: one frame in flight against saturation, budget 64
LOADS = ("one", "saturation")
# descriptors per ring and direction, both paths (edma_ring_eth.c
# rx_ring_size/tx_ring_size default, PCB_RX_NUM/PCB_TX_NUM of percb_eth.c)
RING_SIZE = 32
# the ring-size sweep, ring path only (percb_eth.c has fixed rings)
RING_SIZES = (16, 32, 64, 256)

# Where the CPU side starts: the softirq, the interrupt, the qdisc.
ENTRIES = ("host_softirq_run", "host_irq_poll", "host_netdev_xmit")
# Simulation inside the CPU side, toggled off (README.md).
EXCLUDED = ("cc_read32", "cc_write32", "tc_read32", "tc_write32",
            "net_fixture_mmio_read", "net_fixture_mmio_write",
            "pthread_rwlock_rdlock*", "pthread_rwlock_unlock*",
            "__host_lock", "__host_unlock", "__host_trylock",
            "dma_map_single", "dma_unmap_single", "dma_sync_single_for_cpu",
            "dma_sync_single_for_device", "bench_rx_sink")
CALLBACKS = {
    "ring": {"ere_rx_notify", "ere_tx_notify"},
    "percb": {"evc_irq", "pcb_rx_done", "pcb_tx_done"},
}
LIB_DIR = "arch/arm/common/"
# Self cost is given to a part by the file that defines the function (with
# what it inlines).  The DMA layer: the library, the virt-dma-like helper.
# The drivers.  The plumbing: what stands for the bus and the interrupt
# controller, and the fault hooks the shim's allocator calls.  The stack is
# the rest (the shim's NAPI, skbs, softirq, allocator, interrupt entry).
PARTS = {
    "dma_layer": (LIB_DIR, "bench/edma_vchan.c"),
    "driver": ("drivers/net/ethernet/ti/edma_ring_eth.c",
               "bench/percb_eth.c"),
    "plumbing": ("tests/host/io.c", "tests/host/irq.c",
                 "tests/host/fault.c"),
}


def exported(paths):
    names = set()
    for p in paths:
        with open(p) as f:
            names |= set(re.findall(r"EXPORT_SYMBOL(?:_GPL)?\((\w+)\)",
                                    f.read()))
    return names


def vchan_api():
    with open("bench/edma_vchan.h") as f:
        return set(re.findall(r"^\S.*?\b(\w+)\(", f.read(), re.M)) - {"typedef"}


def parse_callgrind(path):
    """Total Ir, {(caller, caller_file, callee, callee_file): calls} and
    {part: self cost} for the PARTS (inlined code included)."""
    total = None
    calls = {}
    cost = dict.fromkeys(PARTS, 0)
    part = None
    after_call = False
    fl = fn = cfl = cfn = None
    with open(path) as f:
        for line in f:
            if line[:1].isdigit() or line[:1] in "+-*":
                if after_call:
                    after_call = False
                elif part:
                    parts = line.split()
                    if len(parts) > 1:
                        cost[part] += int(parts[1])
                continue
            if line.startswith("fl="):
                fl = line[3:].strip()
            elif line.startswith("fn="):
                fn = line[3:].strip()
                part = next((k for k, files in PARTS.items()
                             if any(x in fl for x in files)), None)
            elif line.startswith(("cfi=", "cfl=")):
                cfl = line[4:].strip()
            elif line.startswith("cfn="):
                cfn = line[4:].strip()
            elif line.startswith("calls="):
                n = int(line[6:].split()[0])
                key = (fn, fl, cfn, cfl or fl)
                calls[key] = calls.get(key, 0) + n
                cfl = None
                after_call = True
            elif line.startswith(("totals:", "summary:")):
                total = int(line.split()[1])
    return total, calls, cost


def count_calls(calls, api, callbacks):
    n = 0
    for (caller, cfile, callee, efile), k in calls.items():
        if callee in callbacks:
            n += k
        elif callee in api and cfile != efile and \
                not (LIB_DIR in cfile and LIB_DIR in efile):
            n += k
    return n


def run_case(args, path, d, size, budget, load, ring, api):
    out = os.path.join(args.work,
                       f"cg.{path}.{d}.{size}.{budget}.{load}.{ring}")
    for old in glob.glob(out + "*"):
        os.remove(old)
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out,
           "--collect-atstart=no", "--compress-strings=no",
           "--compress-pos=no"]
    cmd += ["--toggle-collect=" + f for f in ENTRIES + EXCLUDED]
    cmd += [args.bench, "--path=" + path, "--dir=" + d, "--size=%s" % size,
            "--packets=%d" % args.packets, "--budget=%d" % budget,
            "--load=" + load]
    if ring != RING_SIZE:
        cmd.append("--ring=%d" % ring)
    res = subprocess.run(cmd, capture_output=True, text=True, check=True)
    counters = json.loads(res.stdout.strip().splitlines()[-1])
    dumps = [p for p in glob.glob(out + "*")
             if "measured" in open(p).read(4096)]
    if len(dumps) != 1:
        sys.exit("net_report: no single 'measured' dump for " + out)
    total, calls, cost = parse_callgrind(dumps[0])
    pk = counters["packets"]
    instr = total - cost["plumbing"]
    return {
        "budget": budget,
        "load": load,
        "ring_size": counters["ring_size"],
        "size": size,
        "mmio_reads_per_pkt": counters["mmio_reads"] / pk,
        "mmio_writes_per_pkt": counters["mmio_writes"] / pk,
        "irq_per_pkt": counters["irqs"] / pk,
        "calls_per_pkt": count_calls(calls, api, CALLBACKS[path]) / pk,
        "locks_per_pkt": counters["locks"] / pk,
        "allocs_per_pkt": counters["allocs"] / pk,
        "instr_per_pkt": instr / pk,
        "dma_layer_instr_per_pkt": cost["dma_layer"] / pk,
        "driver_instr_per_pkt": cost["driver"] / pk,
        "stack_instr_per_pkt":
            (instr - cost["dma_layer"] - cost["driver"]) / pk,
        "plumbing_instr_per_pkt": cost["plumbing"] / pk,
    }


def point(res, path, d, size, budget, load="saturation", ring=RING_SIZE):
    for r in res["paths"][path][d]:
        if r["size"] == size and r["budget"] == budget and \
                r["load"] == load and r["ring_size"] == ring:
            return r
    return None


def floor(args):
    out = os.path.join(args.work, "cg.ringtest")
    for old in glob.glob(out + "*"):
        os.remove(old)
    # ringtest's two threads spin on each other: without fair scheduling
    # valgrind can leave the spinning one running for a long time
    cmd = ["valgrind", "--tool=callgrind", "--fair-sched=yes",
           "--callgrind-out-file=" + out,
           args.ring, "--run-cycles", str(args.ring_cycles)]
    subprocess.run(cmd, capture_output=True, text=True, check=True)
    ann = subprocess.run(["callgrind_annotate", "--inclusive=yes", out],
                         capture_output=True, text=True, check=True).stdout
    cost = {}
    for line in ann.splitlines():
        m = re.match(r"\s*([\d,]+)\s.*:(add_inbuf|get_buf)\b", line)
        if m:
            cost[m.group(2)] = int(m.group(1).replace(",", ""))
    if set(cost) != {"add_inbuf", "get_buf"}:
        sys.exit("net_report: add_inbuf/get_buf not found in ringtest")
    return (cost["add_inbuf"] + cost["get_buf"]) / args.ring_cycles


def fmt(v):
    if isinstance(v, (int, str)):
        return str(v)
    return "%.3f" % v if v < 10 else "%.0f" % v


def write_md(res, path):
    cols = ("load", "budget", "ring_size", "size", "mmio_reads_per_pkt",
            "mmio_writes_per_pkt",
            "irq_per_pkt", "calls_per_pkt", "locks_per_pkt",
            "allocs_per_pkt", "instr_per_pkt", "dma_layer_instr_per_pkt",
            "driver_instr_per_pkt", "stack_instr_per_pkt",
            "plumbing_instr_per_pkt")
    head = ("load", "budget", "ring", "size", "MMIO reads", "MMIO writes",
            "IRQs",
            "lib calls", "locks", "allocs", "instructions", "DMA layer",
            "driver", "stack", "plumbing (not counted)")
    lines = ["# Network paths per packet", "",
             "Generated by `make bench` (bench/net_report.py); method in "
             "bench/README.md.  Instructions = DMA layer + driver + stack; "
             "the simulator's plumbing is shown apart.", "",
             "| path | dir | " + " | ".join(head) + " |",
             "|---|---|" + "---:|" * len(head)]
    for p in res["paths"]:
        for d in ("rx", "tx"):
            for r in res["paths"][p][d]:
                lines.append("| %s | %s | " % (p, d) +
                             " | ".join(fmt(r[c]) for c in cols) + " |")
    fl = res["floor"]["ringtest_instr_per_buf"]
    lines += ["", "Software floor (ringtest `ring`, add_inbuf + get_buf "
              "inclusive): **%.1f instructions per buffer**." % fl, "",
              "| dir | load | budget | ring | size | percb/ring reads | "
              "percb/ring writes | percb/ring instr | ring instr / floor | "
              "ring DMA layer / floor | ring DMA layer + driver / floor |",
              "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for d in ("rx", "tx"):
        for r in res["paths"]["ring"][d]:
            # percb has 32-descriptor rings: compared at that size only
            c = point(res, "percb", d, r["size"], r["budget"], r["load"],
                      r["ring_size"])

            def ratio(k):
                if c is None:
                    return "-"
                return "inf" if r[k] == 0 else "%.1f" % (c[k] / r[k])
            lines.append("| %s | %s | %d | %d | %s | %s | %s | %s | %.2f | "
                         "%.2f | %.2f |" % (
                             d, r["load"], r["budget"], r["ring_size"],
                             r["size"],
                             ratio("mmio_reads_per_pkt"),
                             ratio("mmio_writes_per_pkt"),
                             ratio("instr_per_pkt"),
                             r["instr_per_pkt"] / fl,
                             r["dma_layer_instr_per_pkt"] / fl,
                             (r["dma_layer_instr_per_pkt"] +
                              r["driver_instr_per_pkt"]) / fl))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def gnuplot(script):
    subprocess.run(["gnuplot"], input=script, text=True, check=True)


def plot_split(res, work, png):
    """A stacked bar per path, direction and size at budget 64: DMA layer,
    driver, stack; the floor and 2x the floor as lines."""
    dat = os.path.join(work, "net-split.dat")
    with open(dat, "w") as f:
        for p in res["paths"]:
            for d in ("rx", "tx"):
                for s in SIZES:
                    r = point(res, p, d, s, BUDGET)
                    f.write("%s-%s-%s %f %f %f\n" % (
                        p, d, s, r["dma_layer_instr_per_pkt"],
                        r["driver_instr_per_pkt"],
                        r["stack_instr_per_pkt"]))
    fl = res["floor"]["ringtest_instr_per_buf"]
    gnuplot(f"""
set terminal png size 1100,520
set output '{png}'
set title 'CPU instructions per packet, budget {BUDGET}, saturation (callgrind, plumbing excluded)'
set style data histograms
set style histogram rowstacked
set style fill solid 0.8 border -1
set boxwidth 0.7
set xtics rotate by -35
set ylabel 'instructions / packet'
set xlabel 'path-direction-packet size (bytes, or the 7:4:1 imix)'
set key top left
plot '{dat}' using 2:xtic(1) title 'DMA layer', \
     '' using 3 title 'driver', '' using 4 title 'stack', \
     {fl} with lines lw 2 title 'ringtest floor', \
     {2 * fl} with lines dt 2 lw 2 title '2 x floor'
""")


def plot_budget(res, work, png):
    """Instructions per packet against the NAPI budget, one line per path,
    direction and size (64 bytes, imix)."""
    dat = os.path.join(work, "net-budget.dat")
    names = ["%s %s %s" % (p, d, s) for s in SWEEP_SIZES
             for p in res["paths"] for d in ("rx", "tx")]
    with open(dat, "w") as f:
        for b in BUDGETS:
            row = [b]
            for s in SWEEP_SIZES:
                for p in res["paths"]:
                    for d in ("rx", "tx"):
                        row.append(point(res, p, d, s, b)["instr_per_pkt"])
            f.write(" ".join(str(x) for x in row) + "\n")
    fl = res["floor"]["ringtest_instr_per_buf"]
    plots = ", ".join("'%s' using 1:%d with linespoints lw 2 title '%s'" %
                      (dat if i == 0 else "", i + 2, n)
                      for i, n in enumerate(names))
    gnuplot(f"""
set terminal png size 1000,520
set output '{png}'
set title 'CPU instructions per packet vs NAPI budget (saturation)'
set logscale xy
set xtics ({", ".join(str(b) for b in BUDGETS)})
set xlabel 'NAPI budget (packets per poll)'
set ylabel 'instructions / packet (log)'
set key outside right
plot {plots}, {fl} with lines dt 2 lw 2 title 'ringtest floor'
""")


def plot_load(res, work, png):
    """Instructions per packet with one frame in flight and at saturation
    (budget 64), a pair of bars per path, direction and size."""
    dat = os.path.join(work, "net-load.dat")
    with open(dat, "w") as f:
        for s in SWEEP_SIZES:
            for p in res["paths"]:
                for d in ("rx", "tx"):
                    f.write("%s-%s-%s %f %f\n" % (
                        p, d, s,
                        point(res, p, d, s, BUDGET, "one")["instr_per_pkt"],
                        point(res, p, d, s, BUDGET)["instr_per_pkt"]))
    fl = res["floor"]["ringtest_instr_per_buf"]
    gnuplot(f"""
set terminal png size 1000,520
set output '{png}'
set title 'CPU instructions per packet by load, budget {BUDGET} (callgrind, plumbing excluded)'
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.8 border -1
set xtics rotate by -35
set ylabel 'instructions / packet'
set xlabel 'path-direction-packet size (bytes, or the 7:4:1 imix)'
set key top left
plot '{dat}' using 2:xtic(1) title 'one frame in flight', \\
     '' using 3 title 'saturation', \\
     {fl} with lines lw 2 title 'ringtest floor'
""")


def plot_ring(res, work, png):
    """The ring path's instructions and MMIO writes per packet against
    the ring size (budget 64, saturation), per direction and size."""
    dat = os.path.join(work, "net-ring.dat")
    names = ["%s %s" % (d, s) for s in SWEEP_SIZES for d in ("rx", "tx")]
    with open(dat, "w") as f:
        for n in RING_SIZES:
            row = [n]
            for s in SWEEP_SIZES:
                for d in ("rx", "tx"):
                    r = point(res, "ring", d, s, BUDGET, ring=n)
                    row += [r["instr_per_pkt"], r["mmio_writes_per_pkt"]]
            f.write(" ".join(str(x) for x in row) + "\n")
    fl = res["floor"]["ringtest_instr_per_buf"]
    instr = ", ".join("'%s' using 1:%d with linespoints lw 2 title '%s'" %
                      (dat if i == 0 else "", 2 + 2 * i, n)
                      for i, n in enumerate(names))
    writes = ", ".join("'' using 1:%d axes x1y2 with linespoints dt 2 "
                       "title '%s, MMIO writes'" % (3 + 2 * i, n)
                       for i, n in enumerate(names))
    gnuplot(f"""
set terminal png size 1000,520
set output '{png}'
set title 'ring path vs ring size (window of at most 32 in PaRAM), budget {BUDGET}, saturation'
set logscale x 2
set xrange [12:340]
set xtics ({", ".join(str(n) for n in RING_SIZES)})
set xlabel 'descriptors per ring'
set ylabel 'instructions / packet'
set y2label 'MMIO writes / packet'
set y2tics
set yrange [0:*]
set y2range [0:*]
set key outside right
plot {instr}, {writes}, {fl} with lines lw 2 title 'ringtest floor'
""")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", required=True)
    ap.add_argument("--ring", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--packets", type=int, default=20000)
    ap.add_argument("--ring-cycles", type=int, default=200000)
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    os.makedirs(args.out, exist_ok=True)

    api = exported(glob.glob("arch/arm/common/*.c")) | vchan_api()
    cases = [(s, BUDGET, "saturation", RING_SIZE) for s in SIZES] + \
        [(s, b, "saturation", RING_SIZE) for s in SWEEP_SIZES
         for b in BUDGETS if b != BUDGET] + \
        [(s, BUDGET, "one", RING_SIZE) for s in SWEEP_SIZES]
    ring_cases = [(s, BUDGET, "saturation", n) for s in SWEEP_SIZES
                  for n in RING_SIZES if n != RING_SIZE]
    res = {"floor": {}, "paths": {}}
    for p in ("ring", "percb"):
        res["paths"][p] = {}
        for d in ("rx", "tx"):
            res["paths"][p][d] = []
            for s, b, load, n in cases + (ring_cases if p == "ring" else []):
                r = run_case(args, p, d, s, b, load, n, api)
                res["paths"][p][d].append(r)
                print("%-5s %s %4s b%-2d %-10s r%-3d: %s" % (
                    p, d, s, b, load, n, " ".join(
                    "%s=%s" % (k.replace("_per_pkt", ""), fmt(v))
                    for k, v in r.items()
                    if k.endswith("_per_pkt"))), flush=True)
    res["floor"]["ringtest_instr_per_buf"] = floor(args)
    print("floor: %.1f instructions per buffer" %
          res["floor"]["ringtest_instr_per_buf"])
    with open(os.path.join(args.out, "net.json"), "w") as f:
        json.dump(res, f, indent=2)
        f.write("\n")
    write_md(res, os.path.join(args.out, "net.md"))
    old_png = os.path.join(args.out, "net.png")
    if os.path.exists(old_png):
        os.remove(old_png)
    plot_split(res, args.work, os.path.join(args.out, "net-split.png"))
    plot_budget(res, args.work, os.path.join(args.out, "net-budget.png"))
    plot_load(res, args.work, os.path.join(args.out, "net-load.png"))
    plot_ring(res, args.work, os.path.join(args.out, "net-ring.png"))


if __name__ == "__main__":
    main()
