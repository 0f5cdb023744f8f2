// SPDX-License-Identifier: GPL-2.0
/*
 * EDMA3 model: lifetime, CCCFG decoding, interrupt lines and the public
 * entry points.  Every entry point takes the optional lock, does its work,
 * and (with auto-run on) processes the CC until it is idle before
 * returning.  Register decode lives in edma3_regs.c, the service engine in
 * edma3_engine.c and the transfer controllers in edma3_tc.c.
 *
 * Model choices documented here (see also the other files):
 *  - PaRAM is not zero at reset.  Word w of set s reads
 *    EDMA3_PARAM_GARBAGE(s, w) = 0xdead0000 | s << 3 | w, so a set that
 *    software forgot to initialise is recognisable in a dump, is neither a
 *    null nor a dummy set, and points its addresses at 0xdeadxxxx where no
 *    RAM is mapped: triggering it ends in a TC bus error, not silence.
 *  - edma3_reset() restores registers, queues, TC state (including stall
 *    and pending fault injection) and PaRAM; it keeps the stats, the
 *    auto-run setting and the lock hook.
 *  - edma3_peek()/edma3_peek_param() take no lock: they are meant for
 *    invariant checks, possibly from inside irq_fn, where the lock is held.
 *    They do not retire drained TRs either (no side effects): what they
 *    show is the state as of the last entry point or edma3_tick().
 *  - Drain mode: every entry point that takes the lock (except the fault
 *    injectors and the stats) first retires the TRs whose time has come,
 *    so software that polls a register sees time pass as on silicon.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "edma3_model_priv.h"

#define EDMA3_PARAM_GARBAGE(s, w)	(0xdead0000u | (s) << 3 | (w))

static void cc_lock(const struct edma3 *cc)
{
	if (cc->lock_fn)
		cc->lock_fn(cc->lock_ctx);
}

static void cc_unlock(const struct edma3 *cc)
{
	if (cc->unlock_fn)
		cc->unlock_fn(cc->lock_ctx);
}

void edma3_log(const struct edma3 *cc, const char *msg, unsigned long arg)
{
	fprintf(stderr, "edma3 %s: %s (%lu)\n", cc->name, msg, arg);
}

/* CCCFG decoding (hardware.md 2.2), clamped to what the registers hold. */
static unsigned int cccfg_channels(uint32_t v)
{
	v &= 7;
	if (!v)
		return 0;
	return v >= 5 ? 64 : 2u << v;
}

static unsigned int cccfg_qdma(uint32_t v)
{
	v = (v >> 4) & 7;
	return v >= 4 ? 8 : 2 * v;
}

static unsigned int cccfg_intch(uint32_t v)
{
	v = (v >> 8) & 7;
	if (!v)
		return 0;
	return v >= 4 ? 64 : 4u << v;
}

static unsigned int cccfg_slots(uint32_t v)
{
	v = (v >> 12) & 7;
	return v >= 5 ? 512 : 16u << v;
}

static unsigned int cccfg_queues(uint32_t v)
{
	return ((v >> 16) & 7) + 1;
}

static unsigned int cccfg_regions(uint32_t v)
{
	v = (v >> 20) & 3;
	return v ? 1u << v : 0;
}

static uint64_t low_bits(unsigned int n)
{
	return n >= 64 ? ~0ull : (1ull << n) - 1;
}

static void cc_decode(struct edma3 *cc)
{
	uint32_t v = cc->cfg.cccfg;

	cc->nch = cccfg_channels(v);
	cc->nqdma = cccfg_qdma(v);
	cc->nint = cccfg_intch(v);
	cc->nslots = cccfg_slots(v);
	cc->nqueues = cccfg_queues(v);
	cc->nregions = cccfg_regions(v);
	cc->chmap = v & (1u << 24);
	cc->mp = v & (1u << 25);
	cc->chmask = low_bits(cc->nch);
	cc->intmask = low_bits(cc->nint);
	cc->qmask = (uint32_t)low_bits(cc->nqdma);
}

static void cc_reset_regs(struct edma3 *cc)
{
	unsigned int s, w;

	/* Everything not listed below resets to zero (hardware.md 9.15). */
	memset(&cc->sysconfig, 0, offsetof(struct edma3, param) -
				  offsetof(struct edma3, sysconfig));
	for (w = 0; w < cc->nqueues; w++) {
		cc->quetcmap |= w << (4 * w);		/* queue q -> TC q */
		cc->qwmthr[w / 4] |= 0x10u << (8 * (w % 4));
	}
	if (cc->mp) {
		/* Model choice: every permission, EXT and AID bit set. */
		cc->mppag = 0xfe3f;
		for (w = 0; w < cc->nregions; w++)
			cc->mppa[w] = 0xfe3f;
	}
	for (s = 0; s < cc->nslots; s++)
		for (w = 0; w < EDMA3_PARAM_WORDS; w++)
			cc->param[s * EDMA3_PARAM_WORDS + w] =
				EDMA3_PARAM_GARBAGE(s, w);
	memset(cc->tc, 0, sizeof(cc->tc));
	memset(cc->region_line, 0, sizeof(cc->region_line));
	cc->global_line = false;
	cc->err_line = false;
}

struct edma3 *edma3_create(const struct edma3_config *cfg,
			   struct edma3_bus *bus, edma3_irq_fn irq_fn,
			   void *irq_ctx)
{
	struct edma3 *cc;

	if (!cfg)
		return NULL;
	cc = calloc(1, sizeof(*cc));
	if (!cc)
		return NULL;
	cc->cfg = *cfg;
	snprintf(cc->name, sizeof(cc->name), "%s",
		 cfg->name ? cfg->name : "cc");
	cc->cfg.name = cc->name;
	cc->bus = bus;
	cc->irq_fn = irq_fn;
	cc->irq_ctx = irq_ctx;
	cc->auto_run = true;
	cc_decode(cc);
	cc->param = calloc(cc->nslots * EDMA3_PARAM_WORDS, sizeof(uint32_t));
	cc->xfer_buf = malloc(1u << 16);
	if (!cc->param || !cc->xfer_buf) {
		edma3_destroy(cc);
		return NULL;
	}
	cc_reset_regs(cc);
	return cc;
}

void edma3_destroy(struct edma3 *cc)
{
	if (!cc)
		return;
	free(cc->param);
	free(cc->xfer_buf);
	free(cc);
}

void edma3_reset(struct edma3 *cc)
{
	cc_lock(cc);
	cc_reset_regs(cc);
	cc_unlock(cc);
}

void edma3_set_lock(struct edma3 *cc, void (*lock_fn)(void *ctx),
		    void (*unlock_fn)(void *ctx), void *ctx)
{
	cc->lock_fn = lock_fn;
	cc->unlock_fn = unlock_fn;
	cc->lock_ctx = ctx;
}

unsigned int edma3_num_channels(const struct edma3 *cc)
{
	return cc->nch;
}

unsigned int edma3_num_qdma(const struct edma3 *cc)
{
	return cc->nqdma;
}

unsigned int edma3_num_slots(const struct edma3 *cc)
{
	return cc->nslots;
}

unsigned int edma3_num_tc(const struct edma3 *cc)
{
	return cc->nqueues;
}

unsigned int edma3_num_regions(const struct edma3 *cc)
{
	return cc->nregions;
}

bool edma3_has_chmap(const struct edma3 *cc)
{
	return cc->chmap;
}

/* ---- interrupt lines ---------------------------------------------- */

void edma3_pulse(struct edma3 *cc, enum edma3_line line, unsigned int idx)
{
	switch (line) {
	case EDMA3_LINE_CCINT:
		cc->stats.irq_pulses[idx]++;
		break;
	case EDMA3_LINE_CCINT_GLOBAL:
		cc->stats.irq_global_pulses++;
		break;
	case EDMA3_LINE_CCERR:
		cc->stats.err_pulses++;
		break;
	case EDMA3_LINE_TCERR:
		cc->stats.tc_err_pulses[idx]++;
		break;
	default:
		break;
	}
	if (cc->irq_fn)
		cc->irq_fn(cc->irq_ctx, line, idx);
}

/* Pulse on a 0->1 transition of *state; remember the new level. */
static void edge(struct edma3 *cc, bool *state, bool level,
		 enum edma3_line line, unsigned int idx)
{
	if (level && !*state)
		edma3_pulse(cc, line, idx);
	*state = level;
}

/*
 * Recompute every CC line from the registers.  Called after anything that
 * can change IPR, IER, DRAE or an error register; cheap enough to call
 * unconditionally.
 */
void edma3_update_lines(struct edma3 *cc)
{
	uint64_t act = cc->ipr & cc->ier;
	unsigned int r;

	for (r = 0; r < cc->nregions; r++)
		edge(cc, &cc->region_line[r], act & cc->drae[r],
		     EDMA3_LINE_CCINT, r);
	edge(cc, &cc->global_line, act != 0, EDMA3_LINE_CCINT_GLOBAL, 0);
	edge(cc, &cc->err_line, cc->emr || cc->qemr || cc->ccerr,
	     EDMA3_LINE_CCERR, 0);
}

void edma3_set_missed(struct edma3 *cc, bool qdma, unsigned int n)
{
	if (qdma)
		cc->qemr |= 1u << n;
	else
		cc->emr |= 1ull << n;
	cc->stats.missed++;
	edma3_update_lines(cc);
}

/* ---- entry points ------------------------------------------------- */

static bool offset_ok(struct edma3 *cc, uint32_t offset)
{
	if (!(offset & 3) && offset < 0x8000)
		return true;
	cc->stats.bad_accesses++;
	return false;
}

uint32_t edma3_read(struct edma3 *cc, uint32_t offset)
{
	uint32_t v = 0;

	cc_lock(cc);
	edma3_drain_catch_up(cc);
	cc->stats.mmio_reads++;
	if (edma3_is_param(cc, offset))
		cc->stats.param_reads++;
	if (offset_ok(cc, offset))
		v = edma3_reg_read(cc, offset);
	cc_unlock(cc);
	return v;
}

void edma3_write(struct edma3 *cc, uint32_t offset, uint32_t value)
{
	cc_lock(cc);
	edma3_drain_catch_up(cc);
	cc->stats.mmio_writes++;
	if (edma3_is_param(cc, offset))
		cc->stats.param_writes++;
	if (offset_ok(cc, offset)) {
		edma3_reg_write(cc, offset, value);
		edma3_auto_process(cc);
	}
	cc_unlock(cc);
}

uint8_t edma3_read8(struct edma3 *cc, uint32_t offset)
{
	uint32_t v = 0;

	cc_lock(cc);
	edma3_drain_catch_up(cc);
	cc->stats.mmio_reads++;
	if (edma3_is_param(cc, offset))
		cc->stats.param_reads++;
	/* Reads have no side effects, so a byte of any register is fine. */
	if (offset < 0x8000)
		v = edma3_reg_read(cc, offset & ~3u);
	else
		cc->stats.bad_accesses++;
	cc_unlock(cc);
	return v >> (8 * (offset & 3));
}

/*
 * Byte writes are merged into the PaRAM word.  Only the byte at the highest
 * address of a word counts as "writing the word" for QDMA triggering: a
 * byte-wise memcpy_toio writes ascending addresses, so the trigger fires
 * once the word is complete.  Byte writes to registers are ignored.
 */
void edma3_write8(struct edma3 *cc, uint32_t offset, uint8_t value)
{
	uint32_t word, shift = 8 * (offset & 3);
	uint32_t base = offset & ~3u;

	cc_lock(cc);
	edma3_drain_catch_up(cc);
	cc->stats.mmio_writes++;
	if (edma3_is_param(cc, offset)) {
		cc->stats.param_writes++;
		word = edma3_reg_read(cc, base);
		word = (word & ~(0xffu << shift)) | (uint32_t)value << shift;
		edma3_param_write(cc, (base - EDMA3_PARAM(0)) / 32,
				  (base / 4) & 7, word, (offset & 3) == 3);
		edma3_auto_process(cc);
	} else {
		cc->stats.bad_accesses++;
	}
	cc_unlock(cc);
}

uint32_t edma3_tc_read(struct edma3 *cc, unsigned int tc, uint32_t offset)
{
	uint32_t v = 0;

	cc_lock(cc);
	edma3_drain_catch_up(cc);
	cc->stats.mmio_reads++;
	if (tc < cc->nqueues && !(offset & 3) && offset < EDMA3_TC_WINDOW)
		v = edma3_tc_reg_read(cc, tc, offset);
	else
		cc->stats.bad_accesses++;
	cc_unlock(cc);
	return v;
}

void edma3_tc_write(struct edma3 *cc, unsigned int tc, uint32_t offset,
		    uint32_t value)
{
	cc_lock(cc);
	edma3_drain_catch_up(cc);
	cc->stats.mmio_writes++;
	if (tc < cc->nqueues && !(offset & 3) && offset < EDMA3_TC_WINDOW)
		edma3_tc_reg_write(cc, tc, offset, value);
	else
		cc->stats.bad_accesses++;
	cc_unlock(cc);
}

uint32_t edma3_peek(const struct edma3 *cc, uint32_t offset)
{
	if ((offset & 3) || offset >= 0x8000)
		return 0;
	return edma3_reg_read(cc, offset);
}

void edma3_peek_param(const struct edma3 *cc, unsigned int slot,
		      uint32_t words[8])
{
	unsigned int w;

	for (w = 0; w < EDMA3_PARAM_WORDS; w++)
		words[w] = slot < cc->nslots ?
			   cc->param[slot * EDMA3_PARAM_WORDS + w] : 0;
}

void edma3_event(struct edma3 *cc, unsigned int channel)
{
	cc_lock(cc);
	edma3_drain_catch_up(cc);
	if (channel < cc->nch) {
		edma3_trigger_dma(cc, channel, ETYPE_EVT);
		edma3_auto_process(cc);
	} else {
		cc->stats.bad_accesses++;
	}
	cc_unlock(cc);
}

void edma3_set_auto_run(struct edma3 *cc, bool on)
{
	cc_lock(cc);
	edma3_drain_catch_up(cc);
	cc->auto_run = on;
	edma3_auto_process(cc);
	cc_unlock(cc);
}

unsigned int edma3_run(struct edma3 *cc, unsigned int max_trs)
{
	unsigned int n;

	cc_lock(cc);
	edma3_drain_catch_up(cc);
	n = edma3_process(cc, max_trs);
	cc_unlock(cc);
	return n;
}

void edma3_tc_stall(struct edma3 *cc, unsigned int tc, bool stall)
{
	cc_lock(cc);
	edma3_drain_catch_up(cc);
	if (tc < EDMA3_MAX_TC) {
		cc->tc[tc].stalled = stall;
		edma3_auto_process(cc);
	}
	cc_unlock(cc);
}

void edma3_inject_tc_error(struct edma3 *cc, unsigned int tc, unsigned int n)
{
	cc_lock(cc);
	if (tc < EDMA3_MAX_TC)
		cc->tc[tc].inject = n;
	cc_unlock(cc);
}

void edma3_tc_raise_error(struct edma3 *cc, unsigned int tc, uint32_t bits)
{
	cc_lock(cc);
	if (tc < EDMA3_MAX_TC) {
		cc->tc[tc].errstat |= bits & (EDMA3_TC_ERR_BUSERR |
					      EDMA3_TC_ERR_TRERR |
					      EDMA3_TC_ERR_MMRAERR);
		edma3_tc_update_line(cc, tc);
	}
	cc_unlock(cc);
}

void edma3_set_drain(struct edma3 *cc, unsigned int bytes, unsigned int ns,
		     uint64_t (*clock_fn)(void *ctx),
		     void (*timer_fn)(void *ctx, uint64_t when), void *ctx)
{
	cc_lock(cc);
	if (cc->drain_bytes)
		edma3_drain_flush(cc);
	if (bytes && ns && clock_fn) {
		cc->drain_bytes = bytes;
		cc->drain_ns = ns;
		cc->clock_fn = clock_fn;
		cc->timer_fn = timer_fn;
		cc->clock_ctx = ctx;
	} else {
		cc->drain_bytes = 0;
		cc->drain_ns = 0;
		cc->clock_fn = NULL;
		cc->timer_fn = NULL;
		cc->clock_ctx = NULL;
	}
	edma3_auto_process(cc);
	cc_unlock(cc);
}

void edma3_tick(struct edma3 *cc)
{
	cc_lock(cc);
	edma3_drain_catch_up(cc);
	cc_unlock(cc);
}

const struct edma3_stats *edma3_get_stats(const struct edma3 *cc)
{
	return &cc->stats;
}

void edma3_reset_stats(struct edma3 *cc)
{
	cc_lock(cc);
	memset(&cc->stats, 0, sizeof(cc->stats));
	cc_unlock(cc);
}
