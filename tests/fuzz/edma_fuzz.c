// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer target for the private EDMA API.
 *
 * Every input is a program: a stream of operations, each one byte of
 * opcode followed by its arguments, run on a fresh simulated DA850 with
 * the da850-evm DSP reservations.  Operations are API calls with arbitrary
 * arguments (bad controllers, out-of-range numbers, handles the program
 * does not own, double frees, NULL pointers, calls after removal) and
 * hardware happenings injected into the model (peripheral events, TC
 * errors, stalls, spurious interrupts, auto-run off).  After every
 * operation the target checks:
 *
 *  - the result of every allocator call against a reference allocator
 *    that tracks the handles the program got;
 *  - every MMIO write the library made: outside interrupt handlers only
 *    to channels and slots the program owned before or after the call,
 *    and none at all for a call on something it does not own; inside the
 *    handlers never to a reserved channel;
 *  - the DSP's channels, slots and regions against a snapshot taken after
 *    probe (the program never drives them, so they must never change);
 *  - every callback: to an owned channel, with the data given at
 *    allocation;
 *  - tracked transfers (one-shot manual copies with TCINTEN, see
 *    struct fz_xfer) complete or fail exactly once.
 *
 * Addresses, counts and OPT bits of the sets the program writes are
 * clamped so that untracked transfers stay inside two scratch RAM windows
 * and raise no completion or chaining: the library is under test, not the
 * program's ability to scribble over DMA memory.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/dma-mapping.h>
#include <linux/interrupt.h>
#include <linux/platform_data/edma.h>
#include <linux/platform_device.h>

#include "edma-soc.h"
#include "edma_test_util.h"

#define NCC		2
#define MAX_CH		64
#define MAX_SLOT	512
#define MAX_OPS		400
#define MAX_WRITES	32768
#define MAX_CBS		4096

/* Untracked transfers land in [0, 4 MiB) or [4 GiB - 4 MiB, 4 GiB). */
#define LOW_WIN		0x00000000u
#define HIGH_WIN	0xffc00000u
#define WIN_SIZE	(4u << 20)

#define FZ_BUG(fmt, ...)						\
	do {								\
		fprintf(stderr, "edma_fuzz: " fmt "\n", ##__VA_ARGS__);\
		abort();						\
	} while (0)

/* ---- input ----------------------------------------------------------- */

static const u8 *in_data;
static size_t in_len, in_pos;

static u8 get8(void)
{
	return in_pos < in_len ? in_data[in_pos++] : 0;
}

static u16 get16(void)
{
	return get8() | (u16)get8() << 8;
}

static u32 get32(void)
{
	return get16() | (u32)get16() << 16;
}

/* ---- reference state --------------------------------------------------- */

enum { FREE, OWN_CHAN, OWN_SLOT };

/*
 * A tracked transfer: a manual one-shot copy with TCINTEN and TCC == its
 * channel, triggered by software on a channel nothing else touched since
 * the last quiescent point.  Nothing else raises a completion for that
 * TCC (the program's own sets have no completion bits), so it must end
 * with exactly one COMPLETE, or exactly one TC_ERROR when an error was
 * injected for it.  Bus errors of untracked transfers are reported to
 * every channel on the TC's queues; a transfer that may have heard one
 * (the controller's bus error count moved by more than it caused) is
 * "loose": it must still get at most one COMPLETE and must not be lost.
 */
struct fz_xfer {
	bool active;
	bool fail;
	unsigned int tc;
	u64 bus_base;
	unsigned int ncomplete, nerr;
	unsigned int len;
	u8 seed;
};

struct fz_chan {
	u32 data;		/* callback data given at allocation */
	bool cb;
	bool dirty;		/* touched since the last quiescent point */
	struct fz_xfer x;
};

struct fz_cc {
	bool present;
	unsigned int nch, nslot, ntc;
	u8 own[MAX_SLOT];
	bool rsv_chan[MAX_CH];
	bool rsv_slot[MAX_SLOT];
	struct fz_chan ch[MAX_CH];
	u32 rsv_snap_param[MAX_SLOT][8];
	u32 rsv_snap_regs[64];
};

static struct fz_cc fcc[NCC];
static u8 own_before[NCC][MAX_SLOT];
static bool fz_autorun_off[NCC];
static bool fz_stalled[NCC][EDMA3_MAX_TC];
static bool fz_drain;		/* TCs take time: TRs are in flight */
static u32 next_data;
static struct edma_test_buf src_buf, dst_buf;
static u8 *low_mem, *high_mem;
static bool fz_verbose;
static unsigned long n_strict, n_loose, n_merged;

/* ---- MMIO write log ---------------------------------------------------- */

struct fz_write {
	u8 cc;
	bool irq;	/* by a handler */
	bool other_cpu;	/* by the other CPU's call (race_action()) */
	u32 off, val, old;
};

static struct fz_write wlog[MAX_WRITES];
static unsigned int nwrites;
static bool wlog_overflow;

/*
 * A second CPU.  op_race() arms it: at the k-th register access that an
 * interrupt handler makes (its callbacks' accesses not counted), the other
 * CPU runs one API call on a channel to its end, as if the handler were
 * held there; its writes count as process-context writes.  Once it has
 * stopped, freed or reallocated a channel it owned, no completion or
 * missed event of that channel may reach a callback for the rest of the
 * step: they would be the old transfer's (stale), and after a reallocation
 * they would reach the new owner.
 */
static struct {
	bool armed;
	unsigned int k, n;
	u8 action;
	u32 h;
	int q;
	bool in_action;
	bool victim_set;
	u32 victim;
	unsigned long runs;
} race;
static unsigned int in_cb;
static void fz_race_hook(void *ctx, uint32_t phys, uint32_t val,
			 bool write);

static unsigned int cc_index(void *ctx)
{
	return ctx == edma_test_cc(0) ? 0 : 1;
}

static uint32_t fz_read32(void *ctx, uint32_t off)
{
	return edma3_read(ctx, off);
}

static void fz_log_write(void *ctx, uint32_t off, uint32_t val)
{
	struct fz_write *w;

	if (nwrites == MAX_WRITES) {
		wlog_overflow = true;
		return;
	}
	w = &wlog[nwrites++];
	w->cc = cc_index(ctx);
	w->irq = host_in_hardirq() && !race.in_action;
	w->other_cpu = race.in_action;
	w->off = off;
	w->val = val;
	w->old = edma3_peek(ctx, off);
}

static void fz_write32(void *ctx, uint32_t off, uint32_t val)
{
	fz_log_write(ctx, off, val);
	edma3_write(ctx, off, val);
}

static uint8_t fz_read8(void *ctx, uint32_t off)
{
	return edma3_read8(ctx, off);
}

/* Byte writes only reach PaRAM: log them as their word. */
static void fz_write8(void *ctx, uint32_t off, uint8_t val)
{
	u32 word = edma3_peek(ctx, off & ~3u);

	word &= ~(0xffu << (8 * (off & 3)));
	word |= (u32)val << (8 * (off & 3));
	fz_log_write(ctx, off & ~3u, word);
	edma3_write8(ctx, off, val);
}

static const struct host_mmio_ops fz_ops = {
	.read32 = fz_read32,
	.write32 = fz_write32,
	.read8 = fz_read8,
	.write8 = fz_write8,
};

static void wrap_mmio(void)
{
	unsigned int i;

	for (i = 0; i < NCC; i++) {
		const struct board_cc *d = &edma_test_board->soc->cc[i];

		host_mmio_unregister(d->cc_base);
		if (host_mmio_register(d->cc_base, d->cc_size, &fz_ops,
				       edma_test_cc(i)))
			FZ_BUG("cannot wrap the CC%u window", i);
	}
}

/* ---- checks ------------------------------------------------------------ */

static bool owned_either(unsigned int c, unsigned int n, u8 kind)
{
	return n < MAX_SLOT &&
	       (own_before[c][n] == kind || fcc[c].own[n] == kind);
}

static bool chan_ok(unsigned int c, unsigned int ch, bool irq)
{
	if (ch >= fcc[c].nch)
		return false;
	if (irq)
		return !fcc[c].rsv_chan[ch];
	return owned_either(c, ch, OWN_CHAN);
}

static void check_bits(const struct fz_write *w, unsigned int bank)
{
	unsigned int bit;

	for (bit = 0; bit < 32; bit++) {
		if ((w->val & BIT(bit)) &&
		    !chan_ok(w->cc, bank * 32 + bit, w->irq))
			FZ_BUG("CC%u write %#x = %#x touches channel %u "
			       "(%s)", w->cc, w->off, w->val, bank * 32 + bit,
			       w->irq ? "in a handler" : "not owned");
	}
}

static void check_write(const struct fz_write *w)
{
	const struct fz_cc *f = &fcc[w->cc];
	u32 off = w->off, reg, changed;
	unsigned int n;

	if (off >= 0x4000 && off < 0x4000 + f->nslot * 32) {
		n = (off - 0x4000) / 32;
		if (w->irq || !(owned_either(w->cc, n, OWN_CHAN) ||
				owned_either(w->cc, n, OWN_SLOT)))
			FZ_BUG("CC%u PaRAM write to slot %u (%s)", w->cc, n,
			       w->irq ? "in a handler" : "not owned");
		return;
	}
	if (off >= 0x2000 && off < 0x2200) {
		reg = off - 0x2000;
		switch (reg & ~4u) {
		case 0x08: case 0x10: case 0x28: case 0x30: case 0x40:
		case 0x58: case 0x60: case 0x70:
			check_bits(w, (reg & 4) ? 1 : 0);
			return;
		}
		if ((reg == 0x78 || reg == 0x94) && w->irq)
			return;
		FZ_BUG("CC%u unexpected shadow write %#x = %#x", w->cc, off,
		       w->val);
	}
	if (off == 0x308 || off == 0x30c) {
		check_bits(w, off == 0x30c);
		return;
	}
	if (off >= 0x240 && off < 0x260 && !w->irq) {
		changed = w->old ^ w->val;
		for (n = 0; n < 8; n++) {
			if ((changed >> (n * 4)) & 0xf &&
			    !chan_ok(w->cc, (off - 0x240) / 4 * 8 + n, false))
				FZ_BUG("CC%u DMAQNUM write changes channel %u",
				       w->cc, (off - 0x240) / 4 * 8 + n);
		}
		return;
	}
	if ((off == 0x340 || off == 0x344) && !w->irq) {
		changed = w->old ^ w->val;
		for (n = 0; n < 32; n++) {
			if ((changed & BIT(n)) &&
			    !chan_ok(w->cc, (off == 0x344) * 32 + n, false))
				FZ_BUG("CC%u DRAE0 write changes channel %u",
				       w->cc, (off == 0x344) * 32 + n);
		}
		return;
	}
	if (off >= 0x100 && off < 0x200 && !w->irq) {
		if (!chan_ok(w->cc, (off - 0x100) / 4, false))
			FZ_BUG("CC%u DCHMAP write for channel %u", w->cc,
			       (off - 0x100) / 4);
		return;
	}
	if ((off == 0x314 || off == 0x31c || off == 0x320) && w->irq)
		return;
	FZ_BUG("CC%u unexpected write %#x = %#x%s", w->cc, off, w->val,
	       w->irq ? " in a handler" : "");
}

/*
 * Check the step's writes; quiet: the call must have written nothing (a
 * handler it let run, and the other CPU's call in that handler, may).
 */
static void check_writes(bool quiet)
{
	unsigned int i;

	if (wlog_overflow)
		FZ_BUG("write log overflow");
	for (i = 0; i < nwrites; i++) {
		if (quiet && !wlog[i].irq && !wlog[i].other_cpu)
			FZ_BUG("CC%u: a call on something not owned wrote "
			       "%#x = %#x", wlog[i].cc, wlog[i].off,
			       wlog[i].val);
		check_write(&wlog[i]);
	}
}

/* What the DSP owns: its PaRAM and its bits of the channel registers. */
static const u32 rsv_regs[] = {
	EDMA3_GLOBAL + EDMA3_ER, EDMA3_GLOBAL + EDMA3_EER,
	EDMA3_GLOBAL + EDMA3_IER, EDMA3_GLOBAL + EDMA3_IPR,
	EDMA3_GLOBAL + EDMA3_SER, EDMA3_GLOBAL + EDMA3_CER, EDMA3_EMR,
	EDMA3_DRAE(0), EDMA3_DMAQNUM(0), EDMA3_DMAQNUM(1),
	EDMA3_DMAQNUM(2), EDMA3_DMAQNUM(3),
};

static u32 rsv_mask(unsigned int c, u32 reg)
{
	unsigned int n;
	u32 m = 0;

	if (reg >= EDMA3_DMAQNUM(0) && reg <= EDMA3_DMAQNUM(3)) {
		for (n = 0; n < 8; n++) {
			if (fcc[c].rsv_chan[(reg - EDMA3_DMAQNUM(0)) * 2 + n])
				m |= 0xfu << (n * 4);
		}
		return m;
	}
	for (n = 0; n < 32; n++) {
		if (fcc[c].rsv_chan[n])
			m |= BIT(n);
	}
	return m;
}

/* Regions 1..3 belong to the DSP entirely. */
static u32 rsv_snap_value(unsigned int c, unsigned int i)
{
	unsigned int nr = ARRAY_SIZE(rsv_regs);

	if (i < nr)
		return edma3_peek(edma_test_cc(c), rsv_regs[i]) &
		       rsv_mask(c, rsv_regs[i]);
	return edma3_peek(edma_test_cc(c), i - nr < 3 ? EDMA3_DRAE(i - nr + 1) :
			  EDMA3_QRAE(i - nr - 3 + 1));
}

#define NSNAP	(ARRAY_SIZE(rsv_regs) + 6)

static void snapshot_dsp(void)
{
	unsigned int c, s, i;

	for (c = 0; c < NCC; c++) {
		for (s = 0; s < fcc[c].nslot; s++) {
			if (fcc[c].rsv_slot[s])
				edma3_peek_param(edma_test_cc(c), s,
						 fcc[c].rsv_snap_param[s]);
		}
		for (i = 0; i < NSNAP; i++)
			fcc[c].rsv_snap_regs[i] = rsv_snap_value(c, i);
	}
}

static void check_dsp(const char *what)
{
	unsigned int c, s, i;
	u32 w[8];

	for (c = 0; c < NCC; c++) {
		for (s = 0; s < fcc[c].nslot; s++) {
			if (!fcc[c].rsv_slot[s])
				continue;
			edma3_peek_param(edma_test_cc(c), s, w);
			if (memcmp(w, fcc[c].rsv_snap_param[s], sizeof(w)))
				FZ_BUG("%s changed the DSP's slot %u on CC%u",
				       what, s, c);
		}
		for (i = 0; i < NSNAP; i++) {
			if (rsv_snap_value(c, i) != fcc[c].rsv_snap_regs[i])
				FZ_BUG("%s changed DSP state on CC%u (item %u: "
				       "%#x -> %#x)", what, c, i,
				       fcc[c].rsv_snap_regs[i],
				       rsv_snap_value(c, i));
		}
	}
}

/* ---- callbacks --------------------------------------------------------- */

struct fz_cb {
	unsigned int ch;
	u16 status;
	u32 data;
};

static struct fz_cb cblog[MAX_CBS];
static unsigned int ncbs;

static void fz_callback(unsigned int handle, u16 status, void *data)
{
	unsigned int c = EDMA_CTLR(handle), ch = EDMA_CHAN_SLOT(handle);
	struct fz_xfer *x;

	if (!host_in_hardirq())
		FZ_BUG("callback outside hard-IRQ context");
	if (race.victim_set && handle == race.victim &&
	    (status == EDMA_DMA_COMPLETE || status == EDMA_DMA_CC_ERROR))
		FZ_BUG("CC%u channel %u: status %u after the other CPU "
		       "stopped or freed it", EDMA_CTLR(handle),
		       EDMA_CHAN_SLOT(handle), status);
	if (host_locks_held())
		FZ_BUG("callback with a lock held");
	if (c >= NCC || ch >= fcc[c].nch)
		FZ_BUG("callback for a bad handle %#x", handle);
	if (ncbs < MAX_CBS)
		cblog[ncbs++] = (struct fz_cb){ handle, status,
						(u32)(uintptr_t)data };
	x = &fcc[c].ch[ch].x;
	if (!x->active)
		return;
	if (status == EDMA_DMA_COMPLETE) {
		if (++x->ncomplete > 1)
			FZ_BUG("CC%u channel %u: second completion of one "
			       "transfer", c, ch);
	} else if (status == EDMA_DMA_TC_ERROR ||
		   status == EDMA_DMA_CC_ERROR) {
		x->nerr++;
	}
	/* a reentrant, read-only call from hard-IRQ context */
	in_cb++;
	edma_get_position(handle, true);
	in_cb--;
}

static void check_callbacks(void)
{
	unsigned int i, c, ch;

	for (i = 0; i < ncbs; i++) {
		c = EDMA_CTLR(cblog[i].ch);
		ch = EDMA_CHAN_SLOT(cblog[i].ch);
		if (!owned_either(c, ch, OWN_CHAN) || !fcc[c].ch[ch].cb)
			FZ_BUG("callback for CC%u channel %u, not owned "
			       "(status %u)", c, ch, cblog[i].status);
		if (cblog[i].data != fcc[c].ch[ch].data)
			FZ_BUG("callback for CC%u channel %u with data %#x, "
			       "expected %#x", c, ch, cblog[i].data,
			       fcc[c].ch[ch].data);
	}
	ncbs = 0;
}

/* ---- tracked transfers ------------------------------------------------- */

static u8 *dst_of(unsigned int c, unsigned int ch)
{
	return dst_buf.cpu + (c * MAX_CH + ch) * 64;
}

static void finish_xfer(unsigned int c, unsigned int ch, bool quiescent)
{
	struct fz_xfer *x = &fcc[c].ch[ch].x;
	u64 bus = edma3_get_stats(edma_test_cc(c))->bus_errors - x->bus_base;
	bool loose = bus != (x->fail ? 1 : 0);

	if (!x->active)
		return;
	if (!quiescent && x->ncomplete + x->nerr == 0)
		return;
	/*
	 * A transfer may end in silence only if a bus error it did not plan
	 * hit its TC meanwhile: the TC records one failing request at a time
	 * (ERRDET), so when two fail before the handler runs only the
	 * channel named by the last one hears of it (the header's
	 * EDMA_DMA_TC_ERROR).  Without a bus error, silence is a lost
	 * completion.
	 */
	if (x->ncomplete + x->nerr == 0) {
		if (bus <= (x->fail ? 1 : 0))
			FZ_BUG("CC%u channel %u: transfer lost (no "
			       "completion, no error)", c, ch);
		n_merged++;
		x->active = false;
		return;
	}
	if (loose) {
		n_loose++;
	} else {
		n_strict++;
		if (x->fail && (x->nerr != 1 || x->ncomplete))
			FZ_BUG("CC%u channel %u: failed transfer reported "
			       "%u errors, %u completions", c, ch, x->nerr,
			       x->ncomplete);
		if (!x->fail && (x->ncomplete != 1 || x->nerr))
			FZ_BUG("CC%u channel %u: transfer reported %u "
			       "completions, %u errors", c, ch, x->ncomplete,
			       x->nerr);
		if (!x->fail &&
		    memcmp(dst_of(c, ch), src_buf.cpu + x->seed, x->len))
			FZ_BUG("CC%u channel %u: completed, wrong data", c,
			       ch);
	}
	x->active = false;
}

/* Anything done to a channel ends its tracking. */
static void touch(unsigned int c, unsigned int ch)
{
	if (c < NCC && ch < fcc[c].nch) {
		fcc[c].ch[ch].x.active = false;
		fcc[c].ch[ch].dirty = true;
	}
}

static void touch_handle(u32 h)
{
	touch(EDMA_CTLR(h), EDMA_CHAN_SLOT(h));
}

/*
 * Drain mode on or off (then every held TR ends at once): with it on, a
 * TR spends ACNT x BCNT x ns of simulated time in its TC, so stop, free
 * and reallocation meet requests in flight.
 */
static void fz_set_drain(bool on, unsigned int ns)
{
	fz_drain = on;
	board_set_tc_drain(edma_test_board, on ? 1 : 0, ns);
}

static void settle(bool quiescent)
{
	unsigned int c, ch, t;

	if (quiescent) {
		/*
		 * Transfers a stalled TC still holds complete now: the
		 * library cannot take back what the hardware already
		 * accepted, so the other CPU's stop covers them no longer.
		 */
		race.victim_set = false;
		if (fz_drain)
			fz_set_drain(false, 0);
		for (c = 0; c < NCC; c++) {
			for (t = 0; t < fcc[c].ntc; t++) {
				edma3_tc_stall(edma_test_cc(c), t, false);
				fz_stalled[c][t] = false;
			}
			edma3_set_auto_run(edma_test_cc(c), true);
			fz_autorun_off[c] = false;
			edma3_run(edma_test_cc(c), 100000);
		}
		host_irq_poll();
	}
	for (c = 0; c < NCC; c++) {
		for (ch = 0; ch < fcc[c].nch; ch++) {
			struct fz_xfer *x = &fcc[c].ch[ch].x;

			if (x->active && (quiescent ||
			    (!fz_autorun_off[c] && !fz_stalled[c][x->tc])))
				finish_xfer(c, ch, quiescent);
			if (quiescent)
				fcc[c].ch[ch].dirty = false;
		}
	}
}

/* ---- argument generators ----------------------------------------------- */

static int pick_owned(u8 kind, u8 sel)
{
	unsigned int c, n, count = 0, k;

	for (c = 0; c < NCC; c++)
		for (n = 0; n < fcc[c].nslot; n++)
			count += fcc[c].own[n] == kind;
	if (!count)
		return -1;
	k = sel % count;
	for (c = 0; c < NCC; c++)
		for (n = 0; n < fcc[c].nslot; n++)
			if (fcc[c].own[n] == kind && !k--)
				return EDMA_CTLR_CHAN(c, n);
	return -1;
}

/* A handle: usually something owned, often something that is not. */
static u32 gen_handle(void)
{
	u8 mode = get8(), sel = get8();
	int h;

	switch (mode % 10) {
	case 0: case 1: case 2:
		h = pick_owned(OWN_CHAN, sel);
		return h < 0 ? EDMA_CTLR_CHAN(sel & 1, sel >> 1) : h;
	case 3: case 4:
		h = pick_owned(OWN_SLOT, sel);
		return h < 0 ? EDMA_CTLR_CHAN(sel & 1, 32 + sel) : h;
	case 5:
		return EDMA_CTLR_CHAN(sel & 1, sel >> 1);	/* 0..127 */
	case 6:
		return EDMA_CTLR_CHAN(sel & 1, get16());
	case 7:
		return EDMA_CTLR_CHAN(2 + (sel & 7), sel >> 3);
	default:
		return get32();
	}
}

static int gen_queue(void)
{
	static const int q[] = { EVENTQ_DEFAULT, 0, 1, 2, 7, -2, 8 };
	u8 v = get8();

	return v < 200 ? q[v % ARRAY_SIZE(q)] : (int)get32();
}

static u32 sane_addr(u32 v)
{
	return (v & 0x100000 ? HIGH_WIN : LOW_WIN) + 0x100000 + (v & 0xfffff);
}

/* The link field of a set the program writes: NULL or a DSP-free slot. */
static u32 sane_link(unsigned int c, u16 v)
{
	unsigned int s = v % fcc[c].nslot;

	if (v == 0xffff || (v & 0x8000) || fcc[c].rsv_slot[s])
		return 0xffff;
	touch(c, s);		/* it may be reloaded from: not tracked */
	return 0x4000 + s * 32;
}

static void gen_param(unsigned int c, struct edmacc_param *p)
{
	p->opt = get32() & ~(TCINTEN | ITCINTEN | TCCHEN | ITCCHEN);
	p->src = sane_addr(get32());
	p->a_b_cnt = (get16() & 0x7f) | (u32)(get8() & 0xf) << 16;
	p->dst = sane_addr(get32());
	p->src_dst_bidx = get32();
	p->link_bcntrld = sane_link(c, get16()) | (u32)get16() << 16;
	p->src_dst_cidx = get32();
	p->ccnt = get8() & 0xf;
}

/* ---- reference allocator ----------------------------------------------- */

static struct fz_cc *ctlr(u32 c)
{
	return c < NCC && fcc[c].present ? &fcc[c] : NULL;
}

static bool queue_ok(const struct fz_cc *f, int q)
{
	return q == EVENTQ_DEFAULT || (q >= 0 && (unsigned int)q < f->ntc);
}

static bool run_free(const struct fz_cc *f, unsigned int first,
		     unsigned int count)
{
	unsigned int n;

	if (first + count > f->nslot)
		return false;
	for (n = first; n < first + count; n++) {
		if (f->own[n] != FREE || f->rsv_slot[n])
			return false;
	}
	return true;
}

static int find_run(const struct fz_cc *f, unsigned int from,
		    unsigned int count)
{
	unsigned int s;

	for (s = from; s + count <= f->nslot; s++) {
		if (run_free(f, s, count))
			return s;
	}
	return -1;
}

static int expect_alloc_channel(int channel, int q)
{
	struct fz_cc *f;
	unsigned int ch = EDMA_CHAN_SLOT(channel);

	if (channel < 0)
		return -EINVAL;
	f = ctlr(EDMA_CTLR(channel));
	if (!f || ch >= f->nch)
		return -EINVAL;
	if (f->rsv_chan[ch] || f->own[ch] != FREE)
		return -EBUSY;
	if (!queue_ok(f, q))
		return -EINVAL;
	return channel;
}

static int expect_alloc_slot(u32 c, int slot)
{
	struct fz_cc *f = ctlr(c);
	int s;

	if (!f)
		return -EINVAL;
	if (slot == EDMA_SLOT_ANY) {
		s = find_run(f, f->nch, 1);
		return s < 0 ? -ENOMEM : (int)EDMA_CTLR_CHAN(c, s);
	}
	if (slot < (int)f->nch || slot >= (int)f->nslot)
		return -EINVAL;
	if (!run_free(f, slot, 1))
		return -EBUSY;
	return EDMA_CTLR_CHAN(c, slot);
}

static int expect_alloc_cont(u32 c, u32 id, int slot, int count)
{
	struct fz_cc *f = ctlr(c);
	int s;

	if (!f)
		return -EINVAL;
	if (count < 1 || count > (int)(f->nslot - f->nch) ||
	    (id != EDMA_CONT_PARAMS_ANY &&
	     (slot < (int)f->nch || slot >= (int)f->nslot)))
		return -EINVAL;
	switch (id) {
	case EDMA_CONT_PARAMS_ANY:
		s = find_run(f, f->nch, count);
		break;
	case EDMA_CONT_PARAMS_FIXED_EXACT:
		s = run_free(f, slot, count) ? slot : -1;
		break;
	case EDMA_CONT_PARAMS_FIXED_NOT_EXACT:
		s = find_run(f, slot, count);
		break;
	default:
		return -EINVAL;
	}
	return s < 0 ? -EBUSY : (int)EDMA_CTLR_CHAN(c, s);
}

static bool owns_chan(u32 h)
{
	struct fz_cc *f = ctlr(EDMA_CTLR(h));
	unsigned int ch = EDMA_CHAN_SLOT(h);

	return f && ch < f->nch && f->own[ch] == OWN_CHAN;
}

static bool owns_slot(u32 h)
{
	struct fz_cc *f = ctlr(EDMA_CTLR(h));
	unsigned int s = EDMA_CHAN_SLOT(h);

	return f && s < f->nslot && f->own[s] != FREE;
}

static void take(u32 h, u8 kind, int count)
{
	unsigned int c = EDMA_CTLR(h), n = EDMA_CHAN_SLOT(h);

	while (count--)
		fcc[c].own[n++] = kind;
}

#define EXPECT_EQ(got, want, what)					\
	do {								\
		long __g = (got), __w = (want);				\
		if (__g != __w)						\
			FZ_BUG("%s: got %ld, expected %ld", what, __g, __w); \
	} while (0)

/* ---- operations -------------------------------------------------------- */

static void op_alloc_channel(void)
{
	u8 how = get8();
	int channel, q, ret, want;
	bool cb = how & 1;
	u32 data = ++next_data;

	switch ((how >> 1) % 4) {
	case 0:
		channel = EDMA_CHANNEL_ANY;
		break;
	case 3:
		channel = (int)get32();
		break;
	default:
		channel = gen_handle();
		break;
	}
	q = gen_queue();
	ret = edma_alloc_channel(channel, cb ? fz_callback : NULL,
				 (void *)(uintptr_t)data, q);
	if (channel == EDMA_CHANNEL_ANY) {
		if (ret >= 0) {
			struct fz_cc *f = ctlr(EDMA_CTLR(ret));
			unsigned int ch = EDMA_CHAN_SLOT(ret);

			if (!f || ch >= f->nch || f->rsv_chan[ch] ||
			    f->own[ch] != FREE || !queue_ok(f, q))
				FZ_BUG("EDMA_CHANNEL_ANY gave %#x", ret);
		} else if (ret != -ENOMEM && ret != -EINVAL) {
			FZ_BUG("EDMA_CHANNEL_ANY returned %d", ret);
		}
	} else {
		want = expect_alloc_channel(channel, q);
		EXPECT_EQ(ret, want, "edma_alloc_channel");
	}
	if (ret >= 0) {
		struct fz_chan *fc = &fcc[EDMA_CTLR(ret)].ch[EDMA_CHAN_SLOT(ret)];

		take(ret, OWN_CHAN, 1);
		fc->data = data;
		fc->cb = cb;
		fc->x.active = false;
	}
	check_writes(ret < 0);
}

static void op_free_channel(void)
{
	u32 h = gen_handle();
	bool own = owns_chan(h);

	edma_free_channel(h);
	if (own) {
		take(h, FREE, 1);
		touch_handle(h);
	}
	check_writes(!own);
}

static void op_alloc_slot(void)
{
	u8 sel = get8();
	u32 c = sel < 240 ? sel & 1 : get32();
	int slot, ret, want;

	switch (get8() % 4) {
	case 0:
		slot = EDMA_SLOT_ANY;
		break;
	case 3:
		slot = (int)get32();
		break;
	default:
		slot = get8();
		break;
	}
	want = expect_alloc_slot(c, slot);
	ret = edma_alloc_slot(c, slot);
	EXPECT_EQ(ret, want, "edma_alloc_slot");
	if (ret >= 0)
		take(ret, OWN_SLOT, 1);
	check_writes(ret < 0);
}

static void op_free_slot(void)
{
	u32 h = gen_handle();
	struct fz_cc *f = ctlr(EDMA_CTLR(h));
	bool own = f && EDMA_CHAN_SLOT(h) < f->nslot &&
		   f->own[EDMA_CHAN_SLOT(h)] == OWN_SLOT;

	edma_free_slot(h);
	if (own)
		take(h, FREE, 1);
	check_writes(!own);
}

static void op_alloc_cont(void)
{
	static const u32 ids[] = {
		EDMA_CONT_PARAMS_ANY, EDMA_CONT_PARAMS_FIXED_EXACT,
		EDMA_CONT_PARAMS_FIXED_NOT_EXACT, 0, 1000, 1004
	};
	u8 sel = get8(), v = get8();
	u32 c = sel < 240 ? sel & 1 : get32();
	u32 id = v < 240 ? ids[v % ARRAY_SIZE(ids)] : get32();
	int slot = get8() < 200 ? get8() : (int)get32();
	int count = get8() < 220 ? get8() % 40 : (int)get32();
	int ret, want;

	want = expect_alloc_cont(c, id, slot, count);
	ret = edma_alloc_cont_slots(c, id, slot, count);
	EXPECT_EQ(ret, want, "edma_alloc_cont_slots");
	if (ret >= 0)
		take(ret, OWN_SLOT, count);
	check_writes(ret < 0);
}

static void op_free_cont(void)
{
	u32 h = gen_handle();
	int count = get8() < 220 ? get8() % 40 : (int)get32();
	struct fz_cc *f = ctlr(EDMA_CTLR(h));
	unsigned int first = EDMA_CHAN_SLOT(h), n;
	int want = 0, ret;

	if (!f || count < 1 || first + count > f->nslot) {
		want = -EINVAL;
	} else {
		for (n = first; n < first + count; n++) {
			if (f->own[n] != OWN_SLOT)
				want = -EINVAL;
		}
	}
	ret = edma_free_cont_slots(h, count);
	EXPECT_EQ(ret, want, "edma_free_cont_slots");
	if (!ret)
		take(h, FREE, count);
	check_writes(ret != 0);
}

/* Channel calls: start, stop, pause, resume, clean, clear, trigger, q. */
static void op_channel(void)
{
	u8 which = get8() % 8;
	u32 h = gen_handle();
	bool own = owns_chan(h);
	int ret = 0, q;

	touch_handle(h);
	switch (which) {
	case 0:
		ret = edma_start(h);
		break;
	case 1:
		edma_stop(h);
		break;
	case 2:
		edma_pause(h);
		break;
	case 3:
		edma_resume(h);
		break;
	case 4:
		edma_clean_channel(h);
		break;
	case 5:
		edma_clear_event(h);
		break;
	case 6:
		ret = edma_trigger_channel(h);
		break;
	default:
		q = gen_queue();
		edma_assign_channel_eventq(h, q);
		if (own && !queue_ok(ctlr(EDMA_CTLR(h)), q))
			own = false;	/* must not write */
		break;
	}
	if (which == 0 || which == 6)
		EXPECT_EQ(ret, own ? 0 : -EINVAL, "edma_start/trigger");
	check_writes(!own);
}

/* PaRAM helpers. */
static void op_param(void)
{
	u8 which = get8() % 9;
	u32 h = gen_handle(), v = get32();
	bool own = owns_slot(h);
	unsigned int c = EDMA_CTLR(h);
	struct edmacc_param p, r;
	dma_addr_t s = 1, d = 1;
	u32 to;

	touch_handle(h);
	switch (which) {
	case 0:
		edma_set_src(h, sane_addr(v), get8() & 3, get8());
		break;
	case 1:
		edma_set_dest(h, sane_addr(v), get8() & 3, get8());
		break;
	case 2:
		edma_set_src_index(h, v, v >> 16);
		break;
	case 3:
		edma_set_dest_index(h, v, v >> 16);
		break;
	case 4:
		edma_set_transfer_params(h, v & 0x7f, (v >> 8) & 0xf,
					 (v >> 12) & 0xf, v >> 16, get8() & 3);
		break;
	case 5:
		to = gen_handle();
		touch_handle(to);
		edma_link(h, to);
		if (EDMA_CTLR(h) != EDMA_CTLR(to) || !owns_slot(to))
			own = false;
		break;
	case 6:
		edma_unlink(h);
		break;
	case 7:
		if (c < NCC && fcc[c].nslot) {
			gen_param(c, &p);
			edma_write_slot(h, v & 1 ? &p : NULL);
			if (!(v & 1))
				own = false;
		} else {
			memset(&p, 0, sizeof(p));
			edma_write_slot(h, &p);
		}
		break;
	default:
		/* reads: no writes whatever the handle */
		own = false;
		memset(&r, 0x5a, sizeof(r));
		edma_read_slot(h, v & 1 ? &r : NULL);
		if ((v & 1) && !(c < NCC && fcc[c].present &&
				 EDMA_CHAN_SLOT(h) < fcc[c].nslot)) {
			struct edmacc_param z = { 0 };

			if (memcmp(&r, &z, sizeof(r)))
				FZ_BUG("edma_read_slot of a bad slot did not "
				       "zero-fill");
		}
		edma_get_position(h, v & 2);
		edma_get_position_both(h, v & 4 ? &s : NULL,
				       v & 8 ? &d : NULL);
		break;
	}
	check_writes(!own);
}

/* Anything latched for the channel that could trigger or report it. */
static bool chan_busy(unsigned int c, unsigned int ch)
{
	static const u32 regs[] = {
		EDMA3_GLOBAL + EDMA3_ER, EDMA3_GLOBAL + EDMA3_CER,
		EDMA3_GLOBAL + EDMA3_SER, EDMA3_GLOBAL + EDMA3_IPR, EDMA3_EMR,
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(regs); i++) {
		if (edma3_peek(edma_test_cc(c), regs[i]) & BIT(ch))
			return true;
	}
	return false;
}

/*
 * A stalled TC may still hold an earlier, untracked transfer of the same
 * channel to the same destination (its tracking ended when something
 * touched the channel, but the TC had accepted it): released later, it
 * would overwrite the new transfer's data.  No tracking while one is
 * stalled.
 */
static bool any_stalled(unsigned int c)
{
	unsigned int t;

	for (t = 0; t < fcc[c].ntc; t++) {
		if (fz_stalled[c][t])
			return true;
	}
	return false;
}

/* A tracked transfer on an owned channel with a callback. */
/*
 * In drain mode a TC may still hold earlier, untracked requests: one could
 * take the error injected for a new transfer, or land on its destination
 * after it.  Track only when every queue and TC of the controller is idle.
 */
static bool drain_busy(unsigned int c)
{
	unsigned int t;

	if (!fz_drain)
		return false;
	for (t = 0; t < fcc[c].ntc; t++) {
		if (edma3_tc_read(edma_test_cc(c), t, EDMA3_TC_TCSTAT) ||
		    (edma3_peek(edma_test_cc(c), EDMA3_QSTAT(t)) >> 8) & 0x1f)
			return true;
	}
	return false;
}

static void op_xfer(void)
{
	u8 sel = get8(), flags = get8();
	unsigned int c, ch, q, len = 1 + (get8() & 63);
	struct edmacc_param p;
	struct fz_chan *fc;
	struct fz_xfer *x;
	int h = pick_owned(OWN_CHAN, sel);

	if (h < 0)
		return;
	c = EDMA_CTLR(h);
	ch = EDMA_CHAN_SLOT(h);
	fc = &fcc[c].ch[ch];
	if (!fc->cb || fc->dirty || fc->x.active || fz_autorun_off[c] ||
	    any_stalled(c) || chan_busy(c, ch) || drain_busy(c)) {
		touch(c, ch);
		edma_trigger_channel(h);
		check_writes(false);
		return;
	}
	x = &fc->x;
	q = (edma3_peek(edma_test_cc(c), EDMA3_DMAQNUM(ch >> 3)) >>
	     ((ch & 7) * 4)) & 7;
	x->tc = (edma3_peek(edma_test_cc(c), EDMA3_QUETCMAP) >> (q * 4)) & 7;
	x->fail = (flags & 1) && !fz_stalled[c][x->tc];
	x->len = len;
	x->seed = flags >> 1;
	x->ncomplete = 0;
	x->nerr = 0;
	memset(dst_of(c, ch), 0, 64);
	edma_test_copy_param(&p, src_buf.dma + x->seed, dst_buf.dma +
		      (dst_of(c, ch) - dst_buf.cpu), len, 1, ch);
	edma_write_slot(h, &p);
	x->bus_base = edma3_get_stats(edma_test_cc(c))->bus_errors;
	if (x->fail)
		edma3_inject_tc_error(edma_test_cc(c), x->tc, 1);
	x->active = true;
	fc->dirty = true;
	EXPECT_EQ(edma_trigger_channel(h), 0, "edma_trigger_channel");
	check_writes(false);
}

/* Hardware: events, errors, stalls, interrupts, time. */
static void op_hw(void)
{
	/* bytes 0..239 keep the eight original operations' numbers */
	u8 op = get8(), c = get8() & 1, v = get8();
	u8 which = op < 240 ? op % 8 : 8 + op % 2;
	static const unsigned int lines[] = { 11, 12, 13, 32, 93, 94, 95 };
	unsigned int ch, t;

	if (!fcc[c].nch)
		return;
	switch (which) {
	case 0:
	case 1:
		ch = v % fcc[c].nch;
		if (fcc[c].rsv_chan[ch])
			break;
		touch(c, ch);
		edma3_event(edma_test_cc(c), ch);
		break;
	case 2:
		edma3_inject_tc_error(edma_test_cc(c), v % fcc[c].ntc, 1 + (v >> 6));
		break;
	case 3:
		t = v % fcc[c].ntc;
		fz_stalled[c][t] = !fz_stalled[c][t];
		edma3_tc_stall(edma_test_cc(c), t, fz_stalled[c][t]);
		break;
	case 4:
		host_irq_raise(lines[v % ARRAY_SIZE(lines)]);
		break;
	case 5:
		fz_autorun_off[c] = !fz_autorun_off[c];
		edma3_set_auto_run(edma_test_cc(c), !fz_autorun_off[c]);
		break;
	case 6:
		edma3_run(edma_test_cc(c), v);
		break;
	case 8:
		fz_set_drain(!fz_drain, 1 + v % 64);
		break;
	case 9:
		/* in steps, so that completions are taken one by one */
		for (t = 0; t < 1 + v % 16; t++) {
			host_time_advance_ns(1000);
			host_irq_poll();
		}
		break;
	default:
		settle(true);
		break;
	}
	host_irq_poll();
	check_writes(false);
}

static void apply_presence(bool present)
{
	unsigned int c, n;

	for (c = 0; c < NCC; c++) {
		fcc[c].present = present;
		for (n = 0; n < MAX_SLOT; n++)
			fcc[c].own[n] = FREE;
		for (n = 0; n < MAX_CH && !present; n++)
			touch(c, n);
	}
}

static struct edma_rsv_info *fz_rsv[2] = {
	&edma_test_da850_evm_rsv[0], &edma_test_da850_evm_rsv[1]
};

/*
 * Probe with the models' auto-run off: nothing can move before a channel
 * is allocated, and processing after each of the thousands of PaRAM
 * writes of probe would dominate the run.
 */
static int fz_probe(void)
{
	unsigned int c;
	int ret;

	for (c = 0; c < NCC; c++)
		edma3_set_auto_run(edma_test_cc(c), false);
	ret = da850_register_edma(fz_rsv);
	for (c = 0; c < NCC; c++)
		edma3_set_auto_run(edma_test_cc(c), !fz_autorun_off[c]);
	return ret;
}

/* Remove both controllers, or probe them again. */
static void op_remove_probe(void)
{
	/*
	 * The model of which controllers exist changes only after probe
	 * returns: the other CPU must not act in a handler probe runs.
	 */
	race.armed = false;
	if (fcc[0].present) {
		host_platform_unregister_all();
		apply_presence(false);
	} else {
		if (fz_probe())
			FZ_BUG("probing again failed");
		apply_presence(true);
	}
	nwrites = 0;		/* probe and removal write what they like */
}

/* ---- one input --------------------------------------------------------- */

static void mark_pairs(bool *map, unsigned int n, const s16 (*p)[2])
{
	for (; p && p[0][0] >= 0; p++) {
		unsigned int i;

		for (i = p[0][0]; i < (unsigned int)(p[0][0] + p[0][1]) &&
		     i < n; i++)
			map[i] = true;
	}
}

static u8 shared_token;
static unsigned long shared_calls;

static irqreturn_t fz_shared_handler(int irq, void *dev_id)
{
	if (dev_id != &shared_token)
		FZ_BUG("shared handler with the wrong dev_id");
	shared_calls++;
	return IRQ_NONE;
}

/* Once: the board, the scratch windows, the DMA buffers. */
static void setup_board(void)
{
	unsigned int c;

	host_reset();
	if (edma_test_setup_bare(&board_da850))
		FZ_BUG("board setup failed");
	if (edma3_bus_add_ram(edma_test_board->bus, LOW_WIN, WIN_SIZE, low_mem,
			      "fuzz-low") ||
	    edma3_bus_add_ram(edma_test_board->bus, HIGH_WIN, WIN_SIZE, high_mem,
			      "fuzz-high"))
		FZ_BUG("cannot map the scratch windows");
	src_buf.size = 4096;
	src_buf.cpu = dma_alloc_coherent(NULL, 4096, &src_buf.dma,
					 GFP_KERNEL);
	dst_buf.size = NCC * MAX_CH * 64;
	dst_buf.cpu = dma_alloc_coherent(NULL, dst_buf.size, &dst_buf.dma,
					 GFP_KERNEL);
	if (!src_buf.cpu || !dst_buf.cpu)
		FZ_BUG("no DMA memory");
	edma_test_buf_fill(&src_buf, 0x3c);
	wrap_mmio();
	for (c = 0; c < NCC; c++)
		edma3_set_auto_run(edma_test_cc(c), true);
}

/* Every input: hardware at reset, both controllers probed afresh. */
static void setup(void)
{
	unsigned int c;

	host_reset();
	memset(fcc, 0, sizeof(fcc));
	memset(fz_stalled, 0, sizeof(fz_stalled));
	memset(fz_autorun_off, 0, sizeof(fz_autorun_off));
	fz_set_drain(false, 0);
	for (c = 0; c < NCC; c++) {
		struct fz_cc *f = &fcc[c];

		edma3_reset(edma_test_cc(c));
		edma3_set_auto_run(edma_test_cc(c), true);
		edma3_reset_stats(edma_test_cc(c));
		f->nch = edma3_num_channels(edma_test_cc(c));
		f->nslot = edma3_num_slots(edma_test_cc(c));
		f->ntc = edma3_num_tc(edma_test_cc(c));
		mark_pairs(f->rsv_chan, f->nch, edma_test_da850_evm_rsv[c].rsv_chans);
		mark_pairs(f->rsv_slot, f->nslot,
			   edma_test_da850_evm_rsv[c].rsv_slots);
	}
	if (fz_probe())
		FZ_BUG("probe failed");
	apply_presence(true);
	if (request_irq(11, fz_shared_handler, IRQF_SHARED, "fuzz-shared",
			&shared_token))
		FZ_BUG("cannot share the completion interrupt");
	host_irq_reset_stats();
	shared_calls = 0;
	memset(&race, 0, sizeof(race));
	in_cb = 0;
	host_mmio_set_hook(fz_race_hook, NULL);
	snapshot_dsp();
	ncbs = 0;
	next_data = 0x1000;
}

static void teardown(void)
{
	struct host_irq_stats st;

	host_irq_get_stats(11, &st);
	if (st.delivered != shared_calls)
		FZ_BUG("line 11 delivered %llu times, shared handler ran %lu",
		       (unsigned long long)st.delivered, shared_calls);
	free_irq(11, &shared_token);
	host_platform_unregister_all();
	if (fz_verbose)
		fprintf(stderr, "edma_fuzz: transfers checked: %lu exactly, "
			"%lu loosely, %lu merged into another bus error; "
			"%lu races on the other CPU\n",
			n_strict, n_loose, n_merged, race.runs);
	if (host_locks_held())
		FZ_BUG("locks held after the run");
}

/* The other CPU's call, run from inside a handler (see race). */
static void race_action(void)
{
	u32 h = race.h, data = ++next_data;
	bool own = owns_chan(h);
	int ret, want;

	/* callbacks so far met the ownership this call is about to change */
	check_callbacks();
	switch (race.action % 3) {
	case 0:
		edma_stop(h);
		break;
	case 1:
		edma_free_channel(h);
		if (own)
			take(h, FREE, 1);
		break;
	default:
		edma_free_channel(h);
		if (own)
			take(h, FREE, 1);
		/* by number only: EDMA_CHANNEL_ANY is op_alloc_channel's */
		if ((int)h == EDMA_CHANNEL_ANY)
			break;
		want = expect_alloc_channel(h, race.q);
		ret = edma_alloc_channel(h, fz_callback,
					 (void *)(uintptr_t)data, race.q);
		EXPECT_EQ(ret, want, "edma_alloc_channel on the other CPU");
		if (ret >= 0) {
			struct fz_chan *fc =
				&fcc[EDMA_CTLR(ret)].ch[EDMA_CHAN_SLOT(ret)];

			take(ret, OWN_CHAN, 1);
			fc->data = data;
			fc->cb = true;
			fc->x.active = false;
		}
		break;
	}
	touch_handle(h);
	if (own) {
		race.victim_set = true;
		race.victim = h;
	}
	race.runs++;
}

static void fz_race_hook(void *ctx, uint32_t phys, uint32_t val, bool write)
{
	if (!race.armed || race.in_action || in_cb || !host_in_hardirq())
		return;
	if (race.n++ != race.k)
		return;
	race.armed = false;
	race.in_action = true;
	race_action();
	race.in_action = false;
}

/*
 * Arm the other CPU for the next handler run and give that handler work:
 * trigger an owned channel (whose tracking this ends).
 */
static void op_race(void)
{
	u32 h2;

	race.k = get8() % 8;
	race.n = 0;
	race.action = get8();
	race.h = gen_handle();
	race.q = gen_queue();
	race.armed = true;
	h2 = gen_handle();
	if (owns_chan(h2)) {
		touch_handle(h2);
		edma_trigger_channel(h2);
	}
}

static void step(void)
{
	u8 op = get8();

	memcpy(own_before[0], fcc[0].own, sizeof(fcc[0].own));
	memcpy(own_before[1], fcc[1].own, sizeof(fcc[1].own));
	nwrites = 0;
	wlog_overflow = false;
	race.victim_set = false;
	switch (op % 16) {
	case 0: case 1:
		op_alloc_channel();
		break;
	case 2:
		op_free_channel();
		break;
	case 3:
		op_alloc_slot();
		break;
	case 4:
		op_free_slot();
		break;
	case 5:
		op_alloc_cont();
		break;
	case 6:
		op_free_cont();
		break;
	case 7: case 8:
		op_channel();
		break;
	case 9: case 10:
		op_param();
		break;
	case 11: case 12:
		op_xfer();
		break;
	case 13:
		op_hw();
		break;
	case 14:
		op_race();
		break;
	default:
		if (op == 0xff)
			op_remove_probe();
		else
			op_hw();
		break;
	}
	host_irq_poll();
	check_writes(false);
	check_callbacks();
	check_dsp("a step");
	settle(false);
	if (host_locks_held() || host_irqs_disabled())
		FZ_BUG("step left locks held or interrupts off");
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	fz_verbose = getenv("EDMA_FUZZ_VERBOSE") != NULL;
	if (!fz_verbose && !freopen("/dev/null", "w", stdout))
		return -1;
	low_mem = calloc(1, WIN_SIZE);
	high_mem = calloc(1, WIN_SIZE);
	if (!low_mem || !high_mem)
		return -1;
	setup_board();
	return 0;
}

int LLVMFuzzerTestOneInput(const u8 *data, size_t size)
{
	unsigned int n;

	in_data = data;
	in_len = size;
	in_pos = 0;
	setup();
	for (n = 0; n < MAX_OPS && in_pos < in_len; n++)
		step();
	settle(true);
	check_callbacks();
	check_dsp("the final drain");
	teardown();
	return 0;
}
