#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Run the network benchmark under callgrind and write bench/results.

For every path (ring, percb), direction (rx, tx) and packet size (64, 512,
1500) at budget 64: the counters net_bench prints (MMIO, IRQs, locks,
allocations) and, from callgrind, the CPU-side instructions and DMA-layer
calls per packet.  Then the software floor: instructions per buffer of
add_inbuf() + get_buf() in tools/virtio/ringtest's "ring".  See README.md.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

SIZES = (64, 512, 1500)
BUDGET = 64

# Where the CPU side starts: the softirq, the interrupt, the qdisc.
ENTRIES = ("host_softirq_run", "host_irq_poll", "host_netdev_xmit")
# Simulation inside the CPU side, toggled off (README.md).
EXCLUDED = ("cc_read32", "cc_write32", "tc_read32", "tc_write32",
            "net_fixture_mmio_read", "net_fixture_mmio_write",
            "pthread_rwlock_rdlock*", "pthread_rwlock_unlock*",
            "__host_lock", "__host_unlock", "__host_trylock",
            "dma_map_single", "dma_unmap_single", "bench_rx_sink")
CALLBACKS = {
    "ring": {"ere_rx_notify", "ere_tx_notify"},
    "percb": {"evc_irq", "pcb_rx_done", "pcb_tx_done"},
}
LIB_DIR = "arch/arm/common/"
# The DMA layer's own code: the library, and the virt-dma-like helper.
LAYER_FILES = (LIB_DIR, "bench/edma_vchan.c")


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
    """Total Ir, {(caller, caller_file, callee, callee_file): calls} and the
    self cost of the DMA layer's functions (inlined code included)."""
    total = None
    calls = {}
    layer = 0
    in_layer = after_call = False
    fl = fn = cfl = cfn = None
    with open(path) as f:
        for line in f:
            if line[:1].isdigit() or line[:1] in "+-*":
                if after_call:
                    after_call = False
                elif in_layer:
                    parts = line.split()
                    if len(parts) > 1:
                        layer += int(parts[1])
                continue
            if line.startswith("fl="):
                fl = line[3:].strip()
            elif line.startswith("fn="):
                fn = line[3:].strip()
                in_layer = any(x in fl for x in LAYER_FILES)
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
    return total, calls, layer


def count_calls(calls, api, callbacks):
    n = 0
    for (caller, cfile, callee, efile), k in calls.items():
        if callee in callbacks:
            n += k
        elif callee in api and cfile != efile and \
                not (LIB_DIR in cfile and LIB_DIR in efile):
            n += k
    return n


def run_case(args, path, d, size, api):
    out = os.path.join(args.work, f"cg.{path}.{d}.{size}")
    for old in glob.glob(out + "*"):
        os.remove(old)
    cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out,
           "--collect-atstart=no", "--compress-strings=no",
           "--compress-pos=no"]
    cmd += ["--toggle-collect=" + f for f in ENTRIES + EXCLUDED]
    cmd += [args.bench, "--path=" + path, "--dir=" + d, "--size=%d" % size,
            "--packets=%d" % args.packets, "--budget=%d" % BUDGET]
    res = subprocess.run(cmd, capture_output=True, text=True, check=True)
    counters = json.loads(res.stdout.strip().splitlines()[-1])
    dumps = [p for p in glob.glob(out + "*")
             if "measured" in open(p).read(4096)]
    if len(dumps) != 1:
        sys.exit("net_report: no single 'measured' dump for " + out)
    instr, calls, layer = parse_callgrind(dumps[0])
    pk = counters["packets"]
    return {
        "mmio_reads_per_pkt": counters["mmio_reads"] / pk,
        "mmio_writes_per_pkt": counters["mmio_writes"] / pk,
        "irq_per_pkt": counters["irqs"] / pk,
        "calls_per_pkt": count_calls(calls, api, CALLBACKS[path]) / pk,
        "locks_per_pkt": counters["locks"] / pk,
        "allocs_per_pkt": counters["allocs"] / pk,
        "instr_per_pkt": instr / pk,
        "dma_layer_instr_per_pkt": layer / pk,
    }


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
    return "%.3f" % v if v < 10 else "%.0f" % v


def write_md(res, path):
    cols = ("mmio_reads_per_pkt", "mmio_writes_per_pkt", "irq_per_pkt",
            "calls_per_pkt", "locks_per_pkt", "allocs_per_pkt",
            "instr_per_pkt", "dma_layer_instr_per_pkt")
    head = ("MMIO reads", "MMIO writes", "IRQs", "lib calls", "locks",
            "allocs", "instructions", "of which DMA layer")
    lines = ["# Network paths per packet, budget %d" % BUDGET, "",
             "Generated by `make bench` (bench/net_report.py); method in "
             "bench/README.md.", "",
             "| path | dir | size | " + " | ".join(head) + " |",
             "|---|---|---:|" + "---:|" * len(head)]
    for p in ("ring", "percb"):
        for d in ("rx", "tx"):
            for s in SIZES:
                r = res[p][d][str(s)]
                lines.append("| %s | %s | %d | " % (p, d, s) +
                             " | ".join(fmt(r[c]) for c in cols) + " |")
    fl = res["floor"]["ringtest_instr_per_buf"]
    lines += ["", "Software floor (ringtest `ring`, add_inbuf + get_buf "
              "inclusive): **%.1f instructions per buffer**." % fl, "",
              "| dir | size | percb/ring reads | percb/ring writes | "
              "percb/ring instr | ring instr / floor | "
              "ring DMA layer / floor |",
              "|---|---:|---:|---:|---:|---:|---:|"]
    for d in ("rx", "tx"):
        for s in SIZES:
            r, c = res["ring"][d][str(s)], res["percb"][d][str(s)]

            def ratio(k):
                return "inf" if r[k] == 0 else "%.1f" % (c[k] / r[k])
            lines.append("| %s | %d | %s | %s | %s | %.2f | %.2f |" % (
                d, s, ratio("mmio_reads_per_pkt"),
                ratio("mmio_writes_per_pkt"), ratio("instr_per_pkt"),
                r["instr_per_pkt"] / fl,
                r["dma_layer_instr_per_pkt"] / fl))
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def plot(res, work, png):
    dat = os.path.join(work, "net.dat")
    with open(dat, "w") as f:
        for d in ("rx", "tx"):
            for s in SIZES:
                f.write("%s-%d %f %f\n" % (
                    d, s, res["ring"][d][str(s)]["instr_per_pkt"],
                    res["percb"][d][str(s)]["instr_per_pkt"]))
    fl = res["floor"]["ringtest_instr_per_buf"]
    script = f"""
set terminal png size 900,500
set output '{png}'
set title 'CPU instructions per packet (budget {BUDGET}, callgrind)'
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.8 border -1
set logscale y
set ylabel 'instructions / packet (log)'
set yrange [10:*]
set key top left
plot '{dat}' using 2:xtic(1) title 'ring (NAPI)', \\
     '' using 3 title 'per-descriptor callbacks', \\
     {fl} with lines lw 2 title 'ringtest floor', \\
     {3 * fl} with lines dt 2 lw 2 title '3 x floor'
"""
    subprocess.run(["gnuplot"], input=script, text=True, check=True)


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
    res = {}
    for p in ("ring", "percb"):
        res[p] = {}
        for d in ("rx", "tx"):
            res[p][d] = {}
            for s in SIZES:
                r = run_case(args, p, d, s, api)
                res[p][d][str(s)] = r
                print("%-5s %s %4d: %s" % (p, d, s, " ".join(
                    "%s=%s" % (k.replace("_per_pkt", ""), fmt(v))
                    for k, v in r.items())), flush=True)
    res["floor"] = {"ringtest_instr_per_buf": floor(args)}
    print("floor: %.1f instructions per buffer" %
          res["floor"]["ringtest_instr_per_buf"])
    with open(os.path.join(args.out, "net.json"), "w") as f:
        json.dump(res, f, indent=2)
        f.write("\n")
    write_md(res, os.path.join(args.out, "net.md"))
    plot(res, args.work, os.path.join(args.out, "net.png"))


if __name__ == "__main__":
    main()
