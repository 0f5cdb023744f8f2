// SPDX-License-Identifier: GPL-2.0
/*
 * EDMA3 model: the CC service engine (hardware.md 4.1, 4.3-4.7, 4.10,
 * 4.11).
 *
 * One "service" = one queue entry taken off a queue and processed: a TR
 * handed to a TC (which runs it to completion at once, or in drain mode
 * holds it until its time has passed: see edma3_set_drain()), or a
 * null/dummy set.
 * edma3_process() alternates "prioritise pending triggers into queues" and
 * "service the head of the lowest ready queue" until nothing is left.
 * edma3_run()'s budget and return value count services (a null or dummy
 * set counts as one, so stepping is exact and a dummy-set loop still ends);
 * stats.trs counts only TRs that reached a TC.  With auto-run off nothing
 * is queued before edma3_run(): triggers stay visible in ER/ESR/CER/QER.
 *
 * Order inside one service of a normal set: trigger bit and SER cleared,
 * PaRAM updated or linked (hardware does this before the data moves),
 * early completion code (TCCMODE=1), data moved by the TC, normal
 * completion code (TCCMODE=0).  So an early-completion interrupt pulses
 * before the destination is written, a normal one after.
 *
 * Model choices:
 *  - A link whose target set is outside the PaRAM behaves as LINK=0xffff.
 *  - Any link update, including the null-set write of LINK=0xffff, counts
 *    as writing every word of the target set, so it re-triggers a QDMA
 *    channel mapped onto that set (if QEER allows).
 *  - COMPACTV counts queue entries whose set asked for a completion code
 *    when it was queued (with instant TCs "outstanding" can only mean
 *    "queued"; in drain mode a TR a TC holds that will return a code
 *    counts too, until it returns it).  A code-requesting trigger that would exceed the
 *    limit (63, or 31 on CCs with 32 channels or fewer) stays pending and
 *    sets CCERR.TCCERR.
 *  - A TR that hits a bus error returns no completion code (an early code
 *    was already sent before the data moved).
 *  - Drain mode: a TC holds one TR at a time; its queue is not serviced
 *    while it does.  The PaRAM update/link and an early code happen at
 *    hand-off, the data and the normal code when the TR ends (4.1 steps 5
 *    to 7, 4.5).  TRs that end at the same time retire lowest TC first.
 */
#include "edma3_model_priv.h"

/* Services in one auto-run before the model assumes a runaway loop. */
#define EDMA3_RUNAWAY_LIMIT	(1u << 20)

/* ---- triggers ----------------------------------------------------- */

void edma3_trigger_dma(struct edma3 *cc, unsigned int n,
		       enum edma3_etype src)
{
	uint64_t bit = 1ull << n, *reg;

	if (n >= cc->nch)
		return;
	reg = src == ETYPE_EVT ? &cc->er :
	      src == ETYPE_CHAIN ? &cc->cer : &cc->esr;
	if (*reg & bit) {
		/* Already pending: the trigger is lost, not queued twice. */
		edma3_set_missed(cc, false, n);
		return;
	}
	*reg |= bit;
	if (src == ETYPE_EVT)
		cc->stats.events++;
	else if (src == ETYPE_CHAIN)
		cc->stats.chain_triggers++;
	else
		cc->stats.manual_triggers++;
}

void edma3_trigger_qdma(struct edma3 *cc, unsigned int q)
{
	uint32_t bit = 1u << q;

	/* Unlike DMA events, a QDMA trigger is not latched when disabled. */
	if (q >= cc->nqdma || !(cc->qeer & bit))
		return;
	if (cc->qer & bit) {
		edma3_set_missed(cc, true, q);
		return;
	}
	cc->qer |= bit;
	cc->stats.qdma_triggers++;
}

static unsigned int qdma_slot(const struct edma3 *cc, unsigned int q)
{
	return (cc->qchmap[q] >> 5) & 0x1ff;
}

static unsigned int qdma_trword(const struct edma3 *cc, unsigned int q)
{
	return (cc->qchmap[q] >> 2) & 7;
}

/* Software wrote word of slot: QDMA trigger-word check. */
void edma3_param_written(struct edma3 *cc, unsigned int slot,
			 unsigned int word)
{
	unsigned int q;

	for (q = 0; q < cc->nqdma; q++)
		if (qdma_slot(cc, q) == slot && qdma_trword(cc, q) == word)
			edma3_trigger_qdma(cc, q);
}

/* ---- queues ------------------------------------------------------- */

static unsigned int clamp_queue(const struct edma3 *cc, unsigned int q)
{
	return q < cc->nqueues ? q : cc->nqueues - 1;
}

static unsigned int dma_queue(const struct edma3 *cc, unsigned int n)
{
	return clamp_queue(cc, (cc->dmaqnum[n / 8] >> (4 * (n % 8))) & 7);
}

static unsigned int qdma_queue(const struct edma3 *cc, unsigned int q)
{
	return clamp_queue(cc, (cc->qdmaqnum >> (4 * q)) & 7);
}

static unsigned int queue_tc(const struct edma3 *cc, unsigned int q)
{
	return clamp_queue(cc, (cc->quetcmap >> (4 * q)) & 7);
}

/* Threshold of queue q; > 16 (17 = documented "off") disables the check. */
static unsigned int queue_thr(const struct edma3 *cc, unsigned int q)
{
	return (cc->qwmthr[q / 4] >> (8 * (q % 4))) & 0x1f;
}

uint32_t edma3_qstat(const struct edma3 *cc, unsigned int q)
{
	const struct edma3_queue *eq = &cc->queue[q];

	return eq->head | eq->num << 8 | eq->wm << 16 |
	       (uint32_t)eq->thrxcd << 24;
}

void edma3_queue_clear_wm(struct edma3 *cc, unsigned int q)
{
	cc->queue[q].wm = 0;
	cc->queue[q].thrxcd = false;
}

static unsigned int compactv_limit(const struct edma3 *cc)
{
	return cc->nch > 32 ? 63 : 31;
}

static void enqueue(struct edma3 *cc, unsigned int q, unsigned int num,
		    enum edma3_etype type, bool wants_code)
{
	struct edma3_queue *eq = &cc->queue[q];
	unsigned int thr = queue_thr(cc, q);
	unsigned int tail = (eq->head + eq->num) % EDMA3_QUEUE_DEPTH;

	eq->ent[tail] = (uint8_t)(type << 6 | num);
	eq->wants_code[tail] = wants_code;
	eq->num++;
	if (eq->num > eq->wm)
		eq->wm = eq->num;
	if (wants_code)
		cc->compactv++;
	if (thr <= EDMA3_QUEUE_DEPTH && eq->num >= thr) {
		eq->thrxcd = true;
		cc->ccerr |= 1u << q;
		edma3_update_lines(cc);
	}
}

/* Can an entry go to queue q?  Flags TCCERR when the code limit stops it. */
static bool queue_accepts(struct edma3 *cc, unsigned int q, bool wants_code)
{
	if (cc->queue[q].num >= EDMA3_QUEUE_DEPTH)
		return false;
	if (wants_code && cc->compactv >= compactv_limit(cc)) {
		cc->ccerr |= CCERR_TCCERR;
		edma3_update_lines(cc);
		return false;
	}
	return true;
}

static unsigned int dma_slot(const struct edma3 *cc, unsigned int n)
{
	return cc->chmap ? (cc->dchmap[n] >> 5) & 0x1ff : n;
}

static uint32_t *slot_words(struct edma3 *cc, unsigned int slot)
{
	return slot < cc->nslots ? &cc->param[slot * EDMA3_PARAM_WORDS] : NULL;
}

static bool slot_wants_code(struct edma3 *cc, unsigned int slot)
{
	uint32_t *p = slot_words(cc, slot);

	return p && (p[P_OPT] & OPT_ANY_CODE);
}

/* Pick the trigger source of channel n in ER, CER, ESR order; -1 if none. */
static int dma_pending(const struct edma3 *cc, unsigned int n)
{
	uint64_t bit = 1ull << n;

	if (cc->ser & bit)
		return -1;
	if (cc->er & cc->eer & bit)
		return ETYPE_EVT;
	if (cc->cer & bit)
		return ETYPE_CHAIN;
	if (cc->esr & bit)
		return ETYPE_MANUAL;
	return -1;
}

/* Prioritise: lowest channel first, DMA before QDMA. */
static void schedule(struct edma3 *cc)
{
	unsigned int n, q;
	bool code;
	int type;

	for (n = 0; n < cc->nch; n++) {
		type = dma_pending(cc, n);
		if (type < 0)
			continue;
		q = dma_queue(cc, n);
		code = slot_wants_code(cc, dma_slot(cc, n));
		if (!queue_accepts(cc, q, code))
			continue;	/* stays pending, nothing lost */
		enqueue(cc, q, n, type, code);
		cc->ser |= 1ull << n;
	}
	for (n = 0; n < cc->nqdma; n++) {
		if (!(cc->qer & ~cc->qser & (1u << n)))
			continue;
		q = qdma_queue(cc, n);
		code = slot_wants_code(cc, qdma_slot(cc, n));
		if (!queue_accepts(cc, q, code))
			continue;
		enqueue(cc, q, n, ETYPE_QDMA, code);
		cc->qser |= 1u << n;
	}
}

/* ---- PaRAM update, link, completion codes ------------------------- */

static void link_set(struct edma3 *cc, unsigned int slot, uint32_t link)
{
	uint32_t *dst = slot_words(cc, slot), *src = NULL;
	unsigned int w, q;

	if (!dst)
		return;		/* channel mapped beyond the PaRAM */
	if (link != LINK_NULL)
		src = slot_words(cc, (link & 0x3fe0) >> 5);
	for (w = 0; w < EDMA3_PARAM_WORDS; w++)
		dst[w] = src ? src[w] : 0;	/* src == dst is harmless */
	if (!src)
		dst[P_LNKRLD] = LINK_NULL;
	cc->stats.links++;

	/* The copy writes the trigger word of any QDMA set it lands on. */
	for (q = 0; q < cc->nqdma; q++)
		if (qdma_slot(cc, q) == slot)
			edma3_trigger_qdma(cc, q);
}

static uint32_t add_idx(uint32_t addr, uint32_t idx)
{
	return addr + (uint32_t)(int32_t)(int16_t)(idx & 0xffff);
}

/* hardware.md 4.3: the set after a non-final TR. */
static void update_set(uint32_t *p)
{
	uint32_t bcnt = p[P_ABCNT] >> 16;
	uint32_t sidx = p[P_BIDX], didx = p[P_BIDX] >> 16;

	if ((p[P_OPT] & OPT_SYNCDIM) || bcnt == 1) {
		/* C-update; A-sync also reloads BCNT from BCNTRLD. */
		sidx = p[P_CIDX];
		didx = p[P_CIDX] >> 16;
		if (!(p[P_OPT] & OPT_SYNCDIM))
			bcnt = p[P_LNKRLD] >> 16;
		p[P_CCNT] = (p[P_CCNT] & ~0xffffu) | ((p[P_CCNT] - 1) & 0xffff);
	} else {
		bcnt--;
	}
	p[P_SRC] = add_idx(p[P_SRC], sidx);
	p[P_DST] = add_idx(p[P_DST], didx);
	p[P_ABCNT] = (p[P_ABCNT] & 0xffff) | bcnt << 16;
}

static void send_codes(struct edma3 *cc, uint32_t opt, bool ien, bool chn)
{
	unsigned int tcc = OPT_TCC(opt);

	if (ien && tcc < cc->nint) {
		cc->ipr |= 1ull << tcc;
		cc->stats.completions++;
		edma3_update_lines(cc);
	}
	if (chn)
		edma3_trigger_dma(cc, tcc, ETYPE_CHAIN);
}

static bool code_ien(uint32_t opt, bool final)
{
	return opt & (final ? OPT_TCINTEN : OPT_ITCINTEN);
}

static bool code_chn(uint32_t opt, bool final)
{
	return opt & (final ? OPT_TCCHEN : OPT_ITCCHEN);
}

/* ---- service ------------------------------------------------------ */

struct edma3_entry {
	unsigned int num;
	enum edma3_etype type;
	unsigned int slot;
	unsigned int tc;
};

static void clear_trigger(struct edma3 *cc, const struct edma3_entry *e)
{
	uint64_t bit = 1ull << e->num;

	switch (e->type) {
	case ETYPE_EVT:
		cc->er &= ~bit;
		break;
	case ETYPE_CHAIN:
		cc->cer &= ~bit;
		break;
	case ETYPE_MANUAL:
		cc->esr &= ~bit;
		break;
	case ETYPE_QDMA:
		cc->qer &= ~(uint32_t)bit;
		break;
	}
}

static void clear_ser(struct edma3 *cc, const struct edma3_entry *e)
{
	if (e->type == ETYPE_QDMA)
		cc->qser &= ~(1u << e->num);
	else
		cc->ser &= ~(1ull << e->num);
}

/* Null or dummy set: no TR, codes as final through the early path. */
static void service_empty(struct edma3 *cc, const struct edma3_entry *e,
			  const uint32_t *p, bool null)
{
	uint32_t opt = p[P_OPT];	/* p is overwritten by the link */

	clear_trigger(cc, e);
	if (null) {
		cc->stats.null_sets++;
		/* SER stays set: the channel is blocked until SECR. */
		edma3_set_missed(cc, e->type == ETYPE_QDMA, e->num);
	} else {
		cc->stats.dummy_sets++;
		clear_ser(cc, e);
	}
	if (!(opt & OPT_STATIC))
		link_set(cc, e->slot, p[P_LNKRLD] & 0xffff);
	send_codes(cc, opt, code_ien(opt, true), code_chn(opt, true));
}

static void service_tr(struct edma3 *cc, const struct edma3_entry *e,
		       uint32_t *p)
{
	uint32_t opt = p[P_OPT];
	bool final = (opt & OPT_SYNCDIM || p[P_ABCNT] >> 16 == 1) &&
		     (p[P_CCNT] & 0xffff) == 1;
	struct edma3_tr tr = {
		.opt = opt, .src = p[P_SRC], .dst = p[P_DST],
		.acnt = p[P_ABCNT] & 0xffff,
		.bcnt = opt & OPT_SYNCDIM ? p[P_ABCNT] >> 16 : 1,
		.sbidx = p[P_BIDX] & 0xffff, .dbidx = p[P_BIDX] >> 16,
		.ien = code_ien(opt, final), .chn = code_chn(opt, final),
	};

	clear_trigger(cc, e);
	clear_ser(cc, e);
	if (!(opt & OPT_STATIC)) {
		if (final)
			link_set(cc, e->slot, p[P_LNKRLD] & 0xffff);
		else
			update_set(p);
	}
	if (opt & OPT_TCCMODE)
		send_codes(cc, opt, tr.ien, tr.chn);
	cc->stats.trs++;
	cc->stats.trs_per_tc[e->tc]++;
	if (cc->drain_bytes) {
		/* Outstanding until the TC returns its code (4.5 COMPACTV). */
		edma3_tc_start(cc, e->tc, &tr,
			       !(opt & OPT_TCCMODE) && (tr.ien || tr.chn));
		return;
	}
	if (edma3_tc_execute(cc, e->tc, &tr) && !(opt & OPT_TCCMODE))
		send_codes(cc, opt, tr.ien, tr.chn);
}

static void service(struct edma3 *cc, const struct edma3_entry *e)
{
	uint32_t *p = slot_words(cc, e->slot);
	uint32_t snap[EDMA3_PARAM_WORDS] = { 0 };
	bool a, b, c;

	/*
	 * Only a CC with more channels than sets (no CHMAP) can get here
	 * without a set; such a channel reads as a null set.
	 */
	if (!p)
		p = snap;
	a = p[P_ABCNT] & 0xffff;
	b = p[P_ABCNT] >> 16;
	c = p[P_CCNT] & 0xffff;
	if (!a && !b && !c)
		service_empty(cc, e, p, true);
	else if (!a || !b || !c)
		service_empty(cc, e, p, false);
	else
		service_tr(cc, e, p);
}

/* Service the head of the lowest queue whose TC can take a TR. */
static bool service_one(struct edma3 *cc)
{
	struct edma3_entry e;
	struct edma3_queue *eq;
	unsigned int q;
	uint8_t ent;

	for (q = 0; q < cc->nqueues; q++) {
		eq = &cc->queue[q];
		e.tc = queue_tc(cc, q);
		if (!eq->num || cc->tc[e.tc].stalled || cc->tc[e.tc].busy)
			continue;
		ent = eq->ent[eq->head];
		if (eq->wants_code[eq->head])
			cc->compactv--;
		eq->head = (eq->head + 1) % EDMA3_QUEUE_DEPTH;
		eq->num--;
		e.num = ent & 0x3f;
		e.type = ent >> 6;
		e.slot = e.type == ETYPE_QDMA ? qdma_slot(cc, e.num) :
			 dma_slot(cc, e.num);
		service(cc, &e);
		return true;
	}
	return false;
}

unsigned int edma3_process(struct edma3 *cc, unsigned int max)
{
	unsigned int done = 0;

	if (cc->running)
		return 0;	/* called from irq_fn: the outer loop goes on */
	cc->running = true;
	while (done < max && done < EDMA3_RUNAWAY_LIMIT) {
		schedule(cc);
		if (!service_one(cc))
			break;
		done++;
	}
	cc->running = false;
	if (done >= EDMA3_RUNAWAY_LIMIT && (edma3_ccstat(cc) & (1u << 4))) {
		cc->stats.runaway_stops++;
		edma3_log(cc, "runaway chain/link loop? stopped after services",
			  done);
	}
	return done;
}

/* ---- drain mode --------------------------------------------------- */

static uint64_t model_now(const struct edma3 *cc)
{
	return cc->catching_up ? cc->drain_now : cc->clock_fn(cc->clock_ctx);
}

/* The busy TC whose TR ends first (lowest number on a tie), or -1. */
static int next_done(const struct edma3 *cc)
{
	unsigned int t;
	int best = -1;

	for (t = 0; t < cc->nqueues; t++)
		if (cc->tc[t].busy &&
		    (best < 0 || cc->tc[t].done_at < cc->tc[best].done_at))
			best = (int)t;
	return best;
}

static void drain_arm(struct edma3 *cc)
{
	int t = next_done(cc);

	if (t >= 0 && cc->timer_fn)
		cc->timer_fn(cc->clock_ctx, cc->tc[t].done_at);
}

/* Time tc needs for tr: its bytes at drain_bytes per drain_ns, >= 1 ns. */
static uint64_t tr_ns(const struct edma3 *cc, const struct edma3_tr *tr)
{
	uint64_t bytes = (uint64_t)tr->acnt * tr->bcnt;
	uint64_t ns = (bytes * cc->drain_ns + cc->drain_bytes - 1) /
		      cc->drain_bytes;

	return ns ? ns : 1;
}

bool edma3_tc_busy(const struct edma3 *cc, unsigned int tc)
{
	return cc->tc[tc].busy;
}

void edma3_tc_start(struct edma3 *cc, unsigned int tc,
		    const struct edma3_tr *tr, bool counted)
{
	struct edma3_tc *t = &cc->tc[tc];

	t->busy = true;
	t->tr = *tr;
	t->held_opt = (tr->opt & ~(0xfu << 20)) | (uint32_t)tr->ien << 20 |
		      (uint32_t)tr->chn << 22;
	t->counted = counted;
	t->read_done_at = model_now(cc) + tr_ns(cc, tr) / 2;
	t->done_at = model_now(cc) + tr_ns(cc, tr);
	if (counted)
		cc->compactv++;
	if (!cc->catching_up)
		drain_arm(cc);
}

/* The TR of tc has moved its data: codes as in 4.1 step 6. */
static void tc_finish(struct edma3 *cc, unsigned int tc)
{
	struct edma3_tc *t = &cc->tc[tc];
	struct edma3_tr tr = t->tr;

	t->busy = false;
	if (t->counted) {
		cc->compactv--;
		t->counted = false;
	}
	if (edma3_tc_execute(cc, tc, &tr) && !(tr.opt & OPT_TCCMODE))
		send_codes(cc, tr.opt, tr.ien, tr.chn);
}

/* Retire, in time order, every TR that has ended by now. */
static void catch_up_to(struct edma3 *cc, uint64_t now)
{
	int t;

	if (cc->catching_up)
		return;
	cc->catching_up = true;
	while ((t = next_done(cc)) >= 0 && cc->tc[t].done_at <= now) {
		cc->drain_now = cc->tc[t].done_at;
		tc_finish(cc, (unsigned int)t);
		edma3_auto_process(cc);
	}
	cc->catching_up = false;
	drain_arm(cc);
}

void edma3_drain_catch_up(struct edma3 *cc)
{
	if (cc->drain_bytes)
		catch_up_to(cc, cc->clock_fn(cc->clock_ctx));
}

void edma3_drain_flush(struct edma3 *cc)
{
	catch_up_to(cc, UINT64_MAX);
}

void edma3_auto_process(struct edma3 *cc)
{
	if (cc->auto_run)
		edma3_process(cc, EDMA3_RUNAWAY_LIMIT);
}

uint32_t edma3_ccstat(const struct edma3 *cc)
{
	uint32_t v = 0;
	unsigned int q;

	if (((cc->er & cc->eer) | cc->cer | cc->esr) & ~cc->ser)
		v |= 1u << 0;		/* EVTACTV */
	if (cc->qer & ~cc->qser)
		v |= 1u << 1;		/* QEVTACTV */
	for (q = 0; q < cc->nqueues; q++)
		if (cc->queue[q].num)
			v |= 1u << (16 + q);	/* QUEACTVq */
	v |= (cc->compactv & 0x3f) << 8;
	if (v)
		v |= 1u << 4;		/* ACTV */
	return v;
}
