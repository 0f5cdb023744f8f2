#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Deliberate single-line mutations of the library against the fast suites.

For every mutant of tests/mutation/mutants.txt: copy the tracked sources
once into a scratch tree, apply the one change there (never in the
working tree), rebuild the host test binary incrementally, run the chosen
suites under a timeout (and the runner's per-case watchdog), and count
the mutant killed if the run fails, crashes or hangs.  A mutant that does
not build is a mistake in mutants.txt: listed, not scored.

Prints one line per mutant, each survivor, the barrier-only mutants apart,
and "mutation: K killed, S survived of N" (N excludes barrier-only ones).
Exit status 0 if the score reaches --min (percent), 1 otherwise.
"""
import argparse
import os
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))


def parse(path):
    macros, mutants = {}, []
    with open(path) as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            if '@@' not in line and '=' in line:
                k, v = line.split('=', 1)
                macros['$' + k.strip()] = v.strip()
                continue
            parts = line.split(' @@ ')
            if len(parts) != 4:
                sys.exit('%s:%d: want 4 fields' % (path, n))
            cat, fname, old, new = parts
            fname = macros.get(fname, fname)
            old = old.replace('\\n', '\n').replace('\\t', '\t')
            new = new.replace('\\n', '\n').replace('\\t', '\t')
            mutants.append(dict(line=n, cat=cat, file=fname, old=old,
                                new=new))
    return mutants


def sh(cmd, cwd, timeout=None, env=None):
    try:
        p = subprocess.run(cmd, cwd=cwd, shell=True, timeout=timeout,
                           env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT)
        return p.returncode, p.stdout.decode(errors='replace')
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode(errors='replace') if e.stdout else ''
        return 'timeout', out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--mutants', default=os.path.join(
        ROOT, 'tests/mutation/mutants.txt'))
    ap.add_argument('--work', default=os.path.join(ROOT, 'build/mutation'))
    # tiers: a mutant the first kills costs ~15 s; the others run only
    # for mutants that survive it
    ap.add_argument('--suites', action='append', default=None,
                    help='a tier of suite globs (repeatable)')
    ap.add_argument('--full', action='store_true',
                    help='a third tier with the slow suites')
    ap.add_argument('--timeout', type=int, default=120,
                    help='seconds per mutant run')
    ap.add_argument('--jobs', default='2')
    ap.add_argument('--min', type=float, default=90.0)
    ap.add_argument('--only', default='', help='comma list of line numbers')
    args = ap.parse_args()

    if not args.suites:
        args.suites = [
            'edma_irq edma_irq64 edma_race edma_ring_pm edma_pm64 edma_pm646 '
            'edma_pmq edma_rsv64 edma_bounds edma_bounds512 '
            'edma_ring_basic edma_ring_life edma_ring_window '
            'edma_fault_irq edma_api_dsp '
            'edma_regress edma_drain',
            'edma_api edma_probe edma_ring_napi edma_slot edma_soc_da850 '
            'edma_of_tpcc',
        ]
        if args.full:
            args.suites.append(
                'edma_badinput edma_napi edma_audio edma_mmc '
                'edma_fault_probe edma_fault_dsp edma_soc_dm644x '
                'edma_probe_k2h')
    mutants = parse(args.mutants)
    if args.only:
        keep = {int(x) for x in args.only.split(',')}
        mutants = [m for m in mutants if m['line'] in keep]
    for m in mutants:
        with open(os.path.join(ROOT, m['file'])) as f:
            c = f.read().count(m['old'])
        if c != 1:
            sys.exit('mutants.txt:%d: text occurs %d times in %s' %
                     (m['line'], c, m['file']))

    src = os.path.join(args.work, 'src')
    t0 = time.time()
    if os.path.isdir(src):
        shutil.rmtree(src)
    os.makedirs(src)
    files = subprocess.run(['git', 'ls-files', '-z'], cwd=ROOT, check=True,
                           stdout=subprocess.PIPE).stdout.split(b'\0')
    for f in files:
        if not f:
            continue
        f = f.decode()
        if not os.path.isfile(os.path.join(ROOT, f)):
            continue
        os.makedirs(os.path.join(src, os.path.dirname(f)), exist_ok=True)
        shutil.copy2(os.path.join(ROOT, f), os.path.join(src, f))
    # reuse the working tree's objects: only what changed is rebuilt
    if os.path.isdir(os.path.join(ROOT, 'build/san')):
        shutil.copytree(os.path.join(ROOT, 'build/san'),
                        os.path.join(src, 'build/san'))
    # the working tree's current (possibly uncommitted) library sources
    for f in sorted({m['file'] for m in mutants}):
        shutil.copy2(os.path.join(ROOT, f), os.path.join(src, f))

    build = 'make --no-print-directory -j%s BUILD=build build/edma_tests' \
        % args.jobs
    env = dict(os.environ, KUNIT_CASE_TIMEOUT='20')
    runs = ['./build/edma_tests ' + t for t in args.suites]

    def run_tiers():
        for r in runs:
            rc, out = sh(r, src, timeout=args.timeout, env=env)
            if rc != 0:
                return rc, out
        return rc, out

    rc, out = sh(build, src)
    if rc != 0:
        sys.exit('mutation: the unmutated tree does not build:\n' + out)
    rc, out = run_tiers()
    if rc != 0:
        sys.exit('mutation: the unmutated suites fail:\n' + out[-3000:])
    print('mutation: baseline passes %d tier(s) (%.0f s)' % (
        len(runs), time.time() - t0))
    sys.stdout.flush()

    killed, survived, barrier, stillborn = [], [], [], []
    for i, m in enumerate(mutants, 1):
        path = os.path.join(src, m['file'])
        with open(os.path.join(ROOT, m['file'])) as f:
            orig = f.read()
        with open(path, 'w') as f:
            f.write(orig.replace(m['old'], m['new'], 1))
        t1 = time.time()
        rc, out = sh(build, src)
        if rc != 0:
            how = 'does not build (not scored)'
            dead = None
        else:
            rc, out = run_tiers()
            dead = rc != 0
            if rc == 'timeout':
                how = 'hung (killed after %d s)' % args.timeout
            elif 'TIMEOUT' in out:
                how = 'hung case (watchdog)'
            elif dead:
                fails = [l.strip() for l in out.splitlines()
                         if l.strip().startswith('not ok')]
                how = 'failed: ' + (fails[0] if fails else 'crash, rc %s'
                                    % rc)
            else:
                how = 'survived'
        with open(path, 'w') as f:
            f.write(orig)
        desc = '%s:%d [%s] %s' % (m['file'].split('/')[-1], m['line'],
                                  m['cat'], m['new'].strip().split('\n')[0])
        print('  %2d/%d %-8s %s  (%s, %.0f s)' % (
            i, len(mutants),
            'BROKEN' if dead is None else 'KILLED' if dead else 'SURVIVED',
            desc, how, time.time() - t1))
        sys.stdout.flush()
        if dead is None:
            stillborn.append(desc)
        elif m['cat'] == 'barrier':
            barrier.append((desc, dead))
        elif dead:
            killed.append(desc)
        else:
            survived.append(desc)
        print('  tally: %d killed, %d survived of %d so far' % (
            len(killed), len(survived), len(killed) + len(survived)))

    n = len(killed) + len(survived)
    print()
    for d in survived:
        print('survivor: ' + d)
    for d in stillborn:
        print('does not build (not scored): ' + d)
    for d, dead in barrier:
        print('barrier-only (not scored): %s: %s' %
              (d, 'killed' if dead else 'survived'))
    print('mutation: run time %.0f s' % (time.time() - t0))
    print('mutation: %d killed, %d survived of %d' % (
        len(killed), len(survived), n))
    score = 100.0 * len(killed) / n if n else 100.0
    return 0 if score >= args.min else 1


if __name__ == '__main__':
    sys.exit(main())
