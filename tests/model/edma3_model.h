/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Functional model of a TI EDMA3 channel controller (CC) and its transfer
 * controllers (TCs), register-accurate as seen by software.
 *
 * Plain C99 with no Linux headers: the same model sits behind the host
 * kernel-API shim, the fuzzers, the benchmarks and (later) UML's logic_iomem.
 * It does not know Linux exists.  Spec: shared/docs/edma3-hardware.md.
 *
 * Time: by default the model is "instant": every register write, event or
 * PaRAM write that makes progress possible is processed until the CC is idle
 * before the call returns (transfers, completions, chaining, links).  Tests
 * that need to see queued state (queues, watermarks, missed events, SER)
 * switch auto-run off or stall a TC and then step the model explicitly.
 * Tests that need TRs in flight turn on drain mode (edma3_set_drain()):
 * TCs then take simulated time to move data.
 *
 * Interrupt lines are edge-triggered pulses: the model calls irq_fn once per
 * pulse (0->1 of the line's OR, or an IEVAL/EEVAL/ERRCMD re-pulse).  irq_fn is
 * called from inside edma3_write()/edma3_event()/... and must only latch the
 * pulse; delivering it to a handler is the caller's job.
 */
#ifndef EDMA3_MODEL_H
#define EDMA3_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "edma3_bus.h"

#define EDMA3_MAX_TC		8
#define EDMA3_MAX_REGIONS	8
#define EDMA3_QUEUE_DEPTH	16

/* Interrupt lines of one CC. */
enum edma3_line {
	EDMA3_LINE_CCINT,	/* index = shadow region 0..7 */
	EDMA3_LINE_CCINT_GLOBAL,/* index 0: OR(IPR & IER), global view */
	EDMA3_LINE_CCERR,	/* index 0 */
	EDMA3_LINE_MPERR,	/* index 0, never raised (no MP model) */
	EDMA3_LINE_TCERR,	/* index = TC number */
};

typedef void (*edma3_irq_fn)(void *ctx, enum edma3_line line,
			     unsigned int index);

struct edma3_config {
	const char *name;	/* for messages, e.g. "da850-cc0" */
	uint32_t cccfg;		/* CCCFG value (hardware.md 7.2) */
	uint32_t pid;		/* PID/REV register value */
	/* TC default burst size in bytes (informational, chunking only). */
	unsigned int tc_dbs;
	/* OMAP-style integration: SYSCONFIG (0x010) is R/W, else reserved. */
	bool has_sysconfig;
};

/* Counters: what costs time on real silicon. */
struct edma3_stats {
	uint64_t mmio_reads;		/* CC + TC register/PaRAM reads */
	uint64_t mmio_writes;		/* CC + TC register/PaRAM writes */
	uint64_t param_reads;		/* subset of mmio_reads in PaRAM */
	uint64_t param_writes;		/* subset of mmio_writes in PaRAM */
	uint64_t irq_pulses[EDMA3_MAX_REGIONS]; /* CCINT per region */
	uint64_t irq_global_pulses;	/* CCINT_GLOBAL */
	uint64_t err_pulses;		/* CCERR */
	uint64_t tc_err_pulses[EDMA3_MAX_TC];
	uint64_t events;		/* hardware events latched (ER) */
	uint64_t manual_triggers;	/* ESR writes that latched */
	uint64_t chain_triggers;	/* CER set by completion codes */
	uint64_t qdma_triggers;		/* QER latched */
	uint64_t missed;		/* EMR/QEMR bits set */
	uint64_t trs;			/* transfer requests sent to TCs */
	uint64_t trs_per_tc[EDMA3_MAX_TC];
	uint64_t bytes;			/* bytes moved by the TCs */
	uint64_t null_sets;		/* triggers that hit a null set */
	uint64_t dummy_sets;		/* triggers that hit a dummy set */
	uint64_t links;			/* link copies performed */
	uint64_t completions;		/* IPR bits set */
	uint64_t bus_errors;		/* TC bus errors */
	uint64_t bad_accesses;		/* unaligned/out-of-window/invalid */
	uint64_t runaway_stops;		/* auto-run gave up on a loop */
};

struct edma3;

/* Create a CC from its CCCFG; all registers at reset values. */
struct edma3 *edma3_create(const struct edma3_config *cfg,
			   struct edma3_bus *bus, edma3_irq_fn irq_fn,
			   void *irq_ctx);
void edma3_destroy(struct edma3 *cc);
/* Back to reset state (registers; PaRAM filled with a garbage pattern). */
void edma3_reset(struct edma3 *cc);

/*
 * Optional lock taken by every entry point (not by edma3_peek*() or the
 * decoded-configuration getters).  irq_fn runs with it held.
 */
void edma3_set_lock(struct edma3 *cc, void (*lock_fn)(void *ctx),
		    void (*unlock_fn)(void *ctx), void *ctx);

/* Decoded configuration (from CCCFG). */
unsigned int edma3_num_channels(const struct edma3 *cc);
unsigned int edma3_num_qdma(const struct edma3 *cc);
unsigned int edma3_num_slots(const struct edma3 *cc);
unsigned int edma3_num_tc(const struct edma3 *cc);
unsigned int edma3_num_regions(const struct edma3 *cc);
bool edma3_has_chmap(const struct edma3 *cc);

/*
 * MMIO, 32-bit, offsets from the CC base (0..0x7fff covers registers and
 * PaRAM).  Counted in the stats.  Unaligned or out-of-window offsets read 0
 * and ignore writes (counted, and noted in stats-free "bad_accesses").
 */
uint32_t edma3_read(struct edma3 *cc, uint32_t offset);
void edma3_write(struct edma3 *cc, uint32_t offset, uint32_t value);
/* Byte-wise access (memcpy_toio fallbacks): PaRAM only, merged into words. */
uint8_t edma3_read8(struct edma3 *cc, uint32_t offset);
void edma3_write8(struct edma3 *cc, uint32_t offset, uint8_t value);
/* TC register window (offsets from that TC's base). */
uint32_t edma3_tc_read(struct edma3 *cc, unsigned int tc, uint32_t offset);
void edma3_tc_write(struct edma3 *cc, unsigned int tc, uint32_t offset,
		    uint32_t value);

/* Backdoor for tests and invariant checks: not counted, no side effects. */
uint32_t edma3_peek(const struct edma3 *cc, uint32_t offset);
void edma3_peek_param(const struct edma3 *cc, unsigned int slot,
		      uint32_t words[8]);

/* A peripheral pulses the hardware event line of a DMA channel. */
void edma3_event(struct edma3 *cc, unsigned int channel);

/* Time control. */
void edma3_set_auto_run(struct edma3 *cc, bool on);	/* default on */
/* Process until idle or until max_trs TRs were executed; returns TRs run. */
unsigned int edma3_run(struct edma3 *cc, unsigned int max_trs);
/* A stalled TC accepts no TRs: its queue fills up. */
void edma3_tc_stall(struct edma3 *cc, unsigned int tc, bool stall);

/*
 * Drain mode, off by default (and then nothing below changes anything):
 * a TC takes simulated time to move a TR, as on silicon (hardware.md 4.1,
 * 4.5, 4.8).  It moves bytes at bytes per ns nanoseconds; a TR of
 * ACNT x BCNT bytes takes ceil(ACNT * BCNT * ns / bytes) ns, at least 1.
 *
 * What happens when, per the docs:
 *  - When the CC hands a TR to a TC (the queue entry is consumed), it
 *    clears the trigger and SER bits, updates or links the PaRAM set and,
 *    with TCCMODE=1, sends the early completion code: all at once, as in
 *    instant mode.
 *  - The TC then holds the TR: TCSTAT reads DSTACTV=1, and SRCACTV for
 *    the first half of the TR's time (model choice: silicon's reads end
 *    before its writes, by an amount the model does not know); SAOPT and
 *    DFOPT0 carry its options, with its TCC.  The TC takes no further TR
 *    from its queue (model choice: one TR per TC, where silicon overlaps
 *    the reads of the next TR with the writes of up to DREGDEPTH earlier
 *    ones), and a TR that will return a code counts in CCSTAT.COMPACTV.
 *  - When its time has passed, the TC moves the TR's bytes (all at once:
 *    model choice, so a reader sees none of them before, all after), then
 *    returns the normal completion code (TCCMODE=0): IPR[TCC] and/or
 *    CER[TCC] per 4.5, and takes its next TR, which starts at that time.
 *    A bus error is found then too; the TR returns no code.
 *  - Null and dummy sets never reach a TC: their codes are immediate.
 *  - Stopping a channel (EECR/ECR/SECR/ICR) does not recall a TR a TC
 *    holds: its data land and its code arrives later (4.1: the TR is
 *    already built).  edma3_reset() drops held TRs.
 *
 * clock_fn returns the time in ns; timer_fn (optional) is told, whenever
 * it changes, the earliest time a held TR ends, so the integrator can call
 * edma3_tick() then.  Every entry point also retires the TRs whose time
 * has come before it does anything else.  bytes == 0 (or ns == 0 or no
 * clock) turns the mode off after retiring every held TR at once.
 */
void edma3_set_drain(struct edma3 *cc, unsigned int bytes, unsigned int ns,
		     uint64_t (*clock_fn)(void *ctx),
		     void (*timer_fn)(void *ctx, uint64_t when), void *ctx);
/* Drain mode: retire every TR whose time has come (from a timer). */
void edma3_tick(struct edma3 *cc);

/* Fault injection. */
/* The next n TRs executed on tc fail with a bus error (ERRSTAT.BUSERR). */
void edma3_inject_tc_error(struct edma3 *cc, unsigned int tc, unsigned int n);
/*
 * Set ERRSTAT bits of tc now (EDMA3_TC_ERR_*), as a malformed TR (TRERR)
 * or a bad register access (MMRAERR) would; ERRDET is left as it is.
 */
void edma3_tc_raise_error(struct edma3 *cc, unsigned int tc, uint32_t bits);

const struct edma3_stats *edma3_get_stats(const struct edma3 *cc);
void edma3_reset_stats(struct edma3 *cc);

/* Register offsets (CC). */
#define EDMA3_PID		0x0000
#define EDMA3_CCCFG		0x0004
#define EDMA3_DCHMAP(n)		(0x0100 + 4 * (n))
#define EDMA3_QCHMAP(q)		(0x0200 + 4 * (q))
#define EDMA3_DMAQNUM(k)	(0x0240 + 4 * (k))
#define EDMA3_QDMAQNUM		0x0260
#define EDMA3_QUETCMAP		0x0280
#define EDMA3_QUEPRI		0x0284
#define EDMA3_EMR		0x0300
#define EDMA3_EMRH		0x0304
#define EDMA3_EMCR		0x0308
#define EDMA3_EMCRH		0x030c
#define EDMA3_QEMR		0x0310
#define EDMA3_QEMCR		0x0314
#define EDMA3_CCERR		0x0318
#define EDMA3_CCERRCLR		0x031c
#define EDMA3_EEVAL		0x0320
#define EDMA3_DRAE(r)		(0x0340 + 8 * (r))
#define EDMA3_DRAEH(r)		(0x0344 + 8 * (r))
#define EDMA3_QRAE(r)		(0x0380 + 4 * (r))
#define EDMA3_QE(q, e)		(0x0400 + 0x40 * (q) + 4 * (e))
#define EDMA3_QSTAT(q)		(0x0600 + 4 * (q))
#define EDMA3_QWMTHRA		0x0620
#define EDMA3_QWMTHRB		0x0624
#define EDMA3_CCSTAT		0x0640
#define EDMA3_GLOBAL		0x1000	/* channel block, global view */
#define EDMA3_SHADOW(r)		(0x2000 + 0x200 * (r))
#define EDMA3_PARAM(s)		(0x4000 + 0x20 * (s))

/* Channel block, relative to EDMA3_GLOBAL or EDMA3_SHADOW(r). */
#define EDMA3_ER	0x00
#define EDMA3_ECR	0x08
#define EDMA3_ESR	0x10
#define EDMA3_CER	0x18
#define EDMA3_EER	0x20
#define EDMA3_EECR	0x28
#define EDMA3_EESR	0x30
#define EDMA3_SER	0x38
#define EDMA3_SECR	0x40
#define EDMA3_IER	0x50
#define EDMA3_IECR	0x58
#define EDMA3_IESR	0x60
#define EDMA3_IPR	0x68
#define EDMA3_ICR	0x70
#define EDMA3_IEVAL	0x78
#define EDMA3_QER	0x80
#define EDMA3_QEER	0x84
#define EDMA3_QEECR	0x88
#define EDMA3_QEESR	0x8c
#define EDMA3_QSER	0x90
#define EDMA3_QSECR	0x94

/* TC registers. */
#define EDMA3_TC_PID		0x000
#define EDMA3_TC_TCCFG		0x004
#define EDMA3_TC_TCSTAT		0x100
#define EDMA3_TC_ERRSTAT	0x120
#define EDMA3_TC_ERREN		0x124
#define EDMA3_TC_ERRCLR		0x128
#define EDMA3_TC_ERRDET		0x12c
#define EDMA3_TC_ERRCMD		0x130
#define EDMA3_TC_RDRATE		0x140
#define EDMA3_TC_SAOPT		0x240
#define EDMA3_TC_DFOPT(i)	(0x300 + 0x40 * (i))
#define EDMA3_TC_ERR_BUSERR	(1u << 0)
#define EDMA3_TC_ERR_TRERR	(1u << 2)
#define EDMA3_TC_ERR_MMRAERR	(1u << 3)
#define EDMA3_TC_WINDOW		0x400

/* CCCFG values per SoC (hardware.md 7.2). */
#define EDMA3_CCCFG_DM644X	0x00213445u
#define EDMA3_CCCFG_DM355	0x00213445u
#define EDMA3_CCCFG_DM365	0x00234445u
#define EDMA3_CCCFG_DM646X	0x01335445u
#define EDMA3_CCCFG_DA8XX_CC0	0x00213344u
#define EDMA3_CCCFG_DA850_CC1	0x00203344u
#define EDMA3_CCCFG_AM33XX	0x03324445u
#define EDMA3_CCCFG_K2_2TC	0x03315445u
#define EDMA3_CCCFG_K2_4TC	0x03335445u

#endif /* EDMA3_MODEL_H */
