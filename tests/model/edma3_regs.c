// SPDX-License-Identifier: GPL-2.0
/*
 * EDMA3 model: CC register decode (hardware.md 2).
 *
 * Reads never have side effects here, which is what lets edma3_peek() share
 * this code.  Writes only change register state and latch triggers; the
 * caller runs the engine afterwards.
 *
 * Registers that belong to channels, queues, regions or QDMA channels the
 * instance does not have read 0 and ignore writes, as do the H words of a
 * 32-channel CC.  Model choices:
 *  - PaRAM stores OPT.PRIV/PRIVID exactly as software wrote them (the
 *    hardware would overwrite them with the writer's identity; Linux does
 *    not care and stored values make read-back tests simple).
 *  - PAENTRY fields (DCHMAP, QCHMAP) only implement the bits needed to
 *    address the PaRAM, so an out-of-range set number cannot be stored.
 *  - A DMAQNUM/QDMAQNUM/QUETCMAP value naming a queue/TC the instance does
 *    not have is stored; it is served by the highest existing one.
 *  - SYSCONFIG is plain storage when the config says the integration has
 *    one, reserved otherwise.  MP registers are plain storage when
 *    CCCFG.MP_EXIST (nothing is ever blocked; MPFAR/MPFSR read 0).
 */
#include "edma3_model_priv.h"

#define CH_BLOCK_SIZE	0x200

static uint32_t lo(uint64_t v)
{
	return (uint32_t)v;
}

static uint32_t hi(uint64_t v)
{
	return (uint32_t)(v >> 32);
}

/* A 3-bit field every 4 bits for the first n entries. */
static uint32_t nibble_mask(unsigned int n)
{
	uint32_t m = 0;
	unsigned int i;

	for (i = 0; i < n && i < 8; i++)
		m |= 7u << (4 * i);
	return m;
}

/* QWMTHRA (idx 0) / QWMTHRB (idx 1): 5-bit threshold per existing queue. */
static uint32_t qwmthr_mask(const struct edma3 *cc, unsigned int idx)
{
	uint32_t m = 0;
	unsigned int q;

	for (q = 4 * idx; q < cc->nqueues && q < 4 * idx + 4; q++)
		m |= 0x1fu << (8 * (q & 3));
	return m;
}

static uint32_t dmaqnum_mask(const struct edma3 *cc, unsigned int k)
{
	if (8 * k >= cc->nch)
		return 0;
	return nibble_mask(cc->nch - 8 * k);
}

static uint32_t ccerr_mask(const struct edma3 *cc)
{
	return ((1u << cc->nqueues) - 1) | CCERR_TCCERR;
}

static uint32_t paentry_mask(const struct edma3 *cc)
{
	return (cc->nslots - 1) << 5;
}

bool edma3_is_param(const struct edma3 *cc, uint32_t off)
{
	return off >= EDMA3_PARAM(0) && off < EDMA3_PARAM(cc->nslots);
}

/* ---- channel block ------------------------------------------------ */

/* Accessible bits of the 64-bit channel quantities through a view. */
static uint64_t view_mask(const struct edma3 *cc, int region, uint64_t all)
{
	return region < 0 ? all : all & cc->drae[region];
}

static uint32_t view_qmask(const struct edma3 *cc, int region)
{
	return region < 0 ? cc->qmask : cc->qmask & cc->qrae[region];
}

/* rel is relative to the view, aligned, < CH_BLOCK_SIZE. */
static uint32_t chan_read(const struct edma3 *cc, int region, uint32_t rel)
{
	uint64_t cm = view_mask(cc, region, cc->chmask);
	uint64_t im = view_mask(cc, region, cc->intmask);
	uint32_t qm = view_qmask(cc, region);
	uint64_t v;

	switch (rel & ~4u) {
	case EDMA3_ER:
		v = cc->er & cm;
		break;
	case EDMA3_ESR:
		v = cc->esr & cm;
		break;
	case EDMA3_CER:
		v = cc->cer & cm;
		break;
	case EDMA3_EER:
		v = cc->eer & cm;
		break;
	case EDMA3_SER:
		v = cc->ser & cm;
		break;
	case EDMA3_IER:
		v = cc->ier & im;
		break;
	case EDMA3_IPR:
		v = cc->ipr & im;
		break;
	default:
		v = 0;
		break;
	}
	if (rel < EDMA3_IEVAL)
		return rel & 4 ? hi(v) : lo(v);

	switch (rel) {
	case EDMA3_QER:
		return cc->qer & qm;
	case EDMA3_QEER:
		return cc->qeer & qm;
	case EDMA3_QSER:
		return cc->qser & qm;
	default:
		return 0;	/* write-only or reserved */
	}
}

static void esr_write(struct edma3 *cc, uint64_t m)
{
	unsigned int n;

	for (n = 0; m; n++, m >>= 1)
		if (m & 1)
			edma3_trigger_dma(cc, n, ETYPE_MANUAL);
}

static void ieval(struct edma3 *cc, int region)
{
	uint64_t act = cc->ipr & cc->ier;

	if (region < 0) {
		if (act)
			edma3_pulse(cc, EDMA3_LINE_CCINT_GLOBAL, 0);
	} else if (act & cc->drae[region]) {
		edma3_pulse(cc, EDMA3_LINE_CCINT, region);
	}
}

/* Writes to the 64-bit pairs at 0x00..0x74. */
static void chan_write_pair(struct edma3 *cc, int region, uint32_t rel,
			    uint32_t val)
{
	uint64_t raw = (uint64_t)val << (rel & 4 ? 32 : 0);
	uint64_t cm = raw & view_mask(cc, region, cc->chmask);
	uint64_t im = raw & view_mask(cc, region, cc->intmask);

	switch (rel & ~4u) {
	case EDMA3_ECR:
		cc->er &= ~cm;
		break;
	case EDMA3_ESR:
		esr_write(cc, cm);
		break;
	case EDMA3_EECR:
		cc->eer &= ~cm;
		break;
	case EDMA3_EESR:
		cc->eer |= cm;
		break;
	case EDMA3_SECR:
		cc->ser &= ~cm;
		break;
	case EDMA3_IECR:
		cc->ier &= ~im;
		break;
	case EDMA3_IESR:
		cc->ier |= im;
		break;
	case EDMA3_ICR:
		cc->ipr &= ~im;
		break;
	default:
		return;		/* read-only or reserved */
	}
	edma3_update_lines(cc);
}

static void chan_write(struct edma3 *cc, int region, uint32_t rel,
		       uint32_t val)
{
	uint32_t qm = val & view_qmask(cc, region);

	if (rel < EDMA3_IEVAL) {
		chan_write_pair(cc, region, rel, val);
		return;
	}
	switch (rel) {
	case EDMA3_IEVAL:
		/* Never filtered: it only re-evaluates this view's line. */
		if (val & 1)
			ieval(cc, region);
		break;
	case EDMA3_QEECR:
		cc->qeer &= ~qm;
		break;
	case EDMA3_QEESR:
		cc->qeer |= qm;
		break;
	case EDMA3_QSECR:
		cc->qser &= ~qm;
		break;
	default:
		break;
	}
}

/* Decode 0x1000..0x3fff into (region, rel); region -1 = global view. */
static bool chan_decode(const struct edma3 *cc, uint32_t off, int *region,
			uint32_t *rel)
{
	if (off < EDMA3_SHADOW(0)) {
		*region = -1;
		*rel = off - EDMA3_GLOBAL;
		return *rel < CH_BLOCK_SIZE;
	}
	*region = (off - EDMA3_SHADOW(0)) / CH_BLOCK_SIZE;
	*rel = (off - EDMA3_SHADOW(0)) % CH_BLOCK_SIZE;
	return *region < (int)cc->nregions;
}

/* ---- global registers ------------------------------------------- */

static uint32_t queue_entry_read(const struct edma3 *cc, uint32_t off)
{
	unsigned int q = (off - EDMA3_QE(0, 0)) / 0x40;
	unsigned int e = ((off - EDMA3_QE(0, 0)) % 0x40) / 4;

	return q < cc->nqueues ? cc->queue[q].ent[e] : 0;
}

static uint32_t global_read_misc(const struct edma3 *cc, uint32_t off)
{
	unsigned int r;

	if (off >= EDMA3_DRAE(0) && off < EDMA3_DRAE(EDMA3_MAX_REGIONS)) {
		r = (off - EDMA3_DRAE(0)) / 8;
		if (r >= cc->nregions)
			return 0;
		return off & 4 ? hi(cc->drae[r]) : lo(cc->drae[r]);
	}
	if (off >= EDMA3_QRAE(0) && off < EDMA3_QRAE(EDMA3_MAX_REGIONS)) {
		r = (off - EDMA3_QRAE(0)) / 4;
		return r < cc->nregions ? cc->qrae[r] : 0;
	}
	if (off >= EDMA3_QE(0, 0) && off < EDMA3_QSTAT(0))
		return queue_entry_read(cc, off);
	if (off >= EDMA3_QSTAT(0) && off < EDMA3_QSTAT(EDMA3_MAX_TC)) {
		r = (off - EDMA3_QSTAT(0)) / 4;
		return r < cc->nqueues ? edma3_qstat(cc, r) : 0;
	}
	if (cc->mp && off == 0x80c)
		return cc->mppag;
	if (cc->mp && off >= 0x810 && off < 0x830) {
		r = (off - 0x810) / 4;
		return r < cc->nregions ? cc->mppa[r] : 0;
	}
	return 0;
}

static uint32_t global_read(const struct edma3 *cc, uint32_t off)
{
	unsigned int i;

	if (off >= EDMA3_DCHMAP(0) && off < EDMA3_DCHMAP(EDMA3_MAX_CH)) {
		i = (off - EDMA3_DCHMAP(0)) / 4;
		return cc->chmap && i < cc->nch ? cc->dchmap[i] : 0;
	}
	if (off >= EDMA3_QCHMAP(0) && off < EDMA3_QCHMAP(EDMA3_MAX_QDMA)) {
		i = (off - EDMA3_QCHMAP(0)) / 4;
		return i < cc->nqdma ? cc->qchmap[i] : 0;
	}
	if (off >= EDMA3_DMAQNUM(0) && off < EDMA3_DMAQNUM(8))
		return cc->dmaqnum[(off - EDMA3_DMAQNUM(0)) / 4];

	switch (off) {
	case EDMA3_PID:
		return cc->cfg.pid;
	case EDMA3_CCCFG:
		return cc->cfg.cccfg;
	case 0x010:
		return cc->cfg.has_sysconfig ? cc->sysconfig : 0;
	case EDMA3_QDMAQNUM:
		return cc->qdmaqnum;
	case EDMA3_QUETCMAP:
		return cc->quetcmap;
	case EDMA3_QUEPRI:
		return cc->quepri;
	case EDMA3_EMR:
		return lo(cc->emr);
	case EDMA3_EMRH:
		return hi(cc->emr);
	case EDMA3_QEMR:
		return cc->qemr;
	case EDMA3_CCERR:
		return cc->ccerr;
	case EDMA3_QWMTHRA:
		return cc->qwmthr[0];
	case EDMA3_QWMTHRB:
		return cc->qwmthr[1];
	case EDMA3_CCSTAT:
		return edma3_ccstat(cc);
	default:
		return global_read_misc(cc, off);
	}
}

static void ccerr_clear(struct edma3 *cc, uint32_t val)
{
	unsigned int q;

	val &= ccerr_mask(cc);
	for (q = 0; q < cc->nqueues; q++)
		if (val & (1u << q))
			edma3_queue_clear_wm(cc, q);
	cc->ccerr &= ~val;
}

static void global_write_misc(struct edma3 *cc, uint32_t off, uint32_t val)
{
	unsigned int r;

	if (off >= EDMA3_DRAE(0) && off < EDMA3_DRAE(EDMA3_MAX_REGIONS)) {
		uint64_t m = (cc->chmask | cc->intmask) &
			     (off & 4 ? ~0ull << 32 : 0xffffffffull);

		r = (off - EDMA3_DRAE(0)) / 8;
		if (r >= cc->nregions)
			return;
		cc->drae[r] = (cc->drae[r] & ~m) |
			      ((uint64_t)val << (off & 4 ? 32 : 0) & m);
		edma3_update_lines(cc);
		return;
	}
	if (off >= EDMA3_QRAE(0) && off < EDMA3_QRAE(EDMA3_MAX_REGIONS)) {
		r = (off - EDMA3_QRAE(0)) / 4;
		if (r < cc->nregions)
			cc->qrae[r] = val & cc->qmask;
		return;
	}
	if (cc->mp && off == 0x80c)
		cc->mppag = val & 0xfe3f;
	if (cc->mp && off >= 0x810 && off < 0x830) {
		r = (off - 0x810) / 4;
		if (r < cc->nregions)
			cc->mppa[r] = val & 0xfe3f;
	}
}

static void global_write_err(struct edma3 *cc, uint32_t off, uint32_t val)
{
	switch (off) {
	case EDMA3_EMCR:
		cc->emr &= ~((uint64_t)val & cc->chmask);
		break;
	case EDMA3_EMCRH:
		cc->emr &= ~(((uint64_t)val << 32) & cc->chmask);
		break;
	case EDMA3_QEMCR:
		cc->qemr &= ~val;
		break;
	case EDMA3_CCERRCLR:
		ccerr_clear(cc, val);
		break;
	case EDMA3_EEVAL:
		if ((val & 1) && (cc->emr || cc->qemr || cc->ccerr))
			edma3_pulse(cc, EDMA3_LINE_CCERR, 0);
		return;
	}
	edma3_update_lines(cc);
}

static void global_write(struct edma3 *cc, uint32_t off, uint32_t val)
{
	unsigned int i;

	if (off >= EDMA3_DCHMAP(0) && off < EDMA3_DCHMAP(EDMA3_MAX_CH)) {
		i = (off - EDMA3_DCHMAP(0)) / 4;
		if (cc->chmap && i < cc->nch)
			cc->dchmap[i] = val & paentry_mask(cc);
		return;
	}
	if (off >= EDMA3_QCHMAP(0) && off < EDMA3_QCHMAP(EDMA3_MAX_QDMA)) {
		i = (off - EDMA3_QCHMAP(0)) / 4;
		if (i < cc->nqdma)
			cc->qchmap[i] = val & (paentry_mask(cc) | 0x1c);
		return;
	}
	if (off >= EDMA3_DMAQNUM(0) && off < EDMA3_DMAQNUM(8)) {
		i = (off - EDMA3_DMAQNUM(0)) / 4;
		cc->dmaqnum[i] = val & dmaqnum_mask(cc, i);
		return;
	}
	switch (off) {
	case 0x010:
		if (cc->cfg.has_sysconfig)
			cc->sysconfig = val;
		break;
	case EDMA3_QDMAQNUM:
		cc->qdmaqnum = val & nibble_mask(cc->nqdma);
		break;
	case EDMA3_QUETCMAP:
		cc->quetcmap = val & nibble_mask(cc->nqueues);
		break;
	case EDMA3_QUEPRI:
		cc->quepri = val & nibble_mask(cc->nqueues);
		break;
	case EDMA3_QWMTHRA:
		cc->qwmthr[0] = val & qwmthr_mask(cc, 0);
		break;
	case EDMA3_QWMTHRB:
		cc->qwmthr[1] = val & qwmthr_mask(cc, 1);
		break;
	case EDMA3_EMCR:
	case EDMA3_EMCRH:
	case EDMA3_QEMCR:
	case EDMA3_CCERRCLR:
	case EDMA3_EEVAL:
		global_write_err(cc, off, val);
		break;
	default:
		global_write_misc(cc, off, val);
		break;
	}
}

/* ---- PaRAM ---------------------------------------------------------- */

void edma3_param_write(struct edma3 *cc, unsigned int slot, unsigned int word,
		       uint32_t val, bool trigger)
{
	if (slot >= cc->nslots)
		return;
	cc->param[slot * EDMA3_PARAM_WORDS + word] = val;
	if (trigger)
		edma3_param_written(cc, slot, word);
}

/* ---- dispatch ----------------------------------------------------- */

uint32_t edma3_reg_read(const struct edma3 *cc, uint32_t off)
{
	int region;
	uint32_t rel;

	if (off >= EDMA3_PARAM(0)) {
		if (!edma3_is_param(cc, off))
			return 0;
		return cc->param[(off - EDMA3_PARAM(0)) / 4];
	}
	if (off >= EDMA3_GLOBAL) {
		if (!chan_decode(cc, off, &region, &rel))
			return 0;
		return chan_read(cc, region, rel);
	}
	return global_read(cc, off);
}

void edma3_reg_write(struct edma3 *cc, uint32_t off, uint32_t val)
{
	int region;
	uint32_t rel;

	if (off >= EDMA3_PARAM(0)) {
		if (edma3_is_param(cc, off))
			edma3_param_write(cc, (off - EDMA3_PARAM(0)) / 32,
					  (off / 4) & 7, val, true);
		return;
	}
	if (off >= EDMA3_GLOBAL) {
		if (chan_decode(cc, off, &region, &rel))
			chan_write(cc, region, rel, val);
		return;
	}
	global_write(cc, off, val);
}
