// SPDX-License-Identifier: GPL-2.0
/*
 * EDMA3 model: transfer controllers (hardware.md 2.5, 4.8).
 *
 * A TC runs a TR to completion at once (in drain mode: once the TR's time
 * has passed, see edma3_set_drain()); all data goes through
 * edma3_bus_read()/edma3_bus_write() one array (or one FIFO word) at a time.
 *
 * Model choices:
 *  - Constant addressing (SAM/DAM=1): the address does not advance within
 *    an array; the array is moved in FWID-wide accesses (1..32 bytes; FWID
 *    6/7 treated as 32) all at the array's start address, the last one
 *    shorter if ACNT is not a multiple of the width.  BIDX still moves the
 *    start address from array to array, and the PaRAM update is the same as
 *    in increment mode.  No alignment checks, no TRERR.
 *  - A bus error aborts the TR (bytes already written stay written), sets
 *    ERRSTAT.BUSERR and ERRDET = STAT | TCC << 8 | TCINTEN << 16 |
 *    TCCHEN << 17, where TCINTEN/TCCHEN are the flags the CC gave this TR
 *    (i.e. whether it would have set IPR / CER).  STAT is 1 (read
 *    addressing) or 9 (write addressing); an injected error is reported as
 *    4 (read data error) and moves no data.
 *  - ERRDET is cleared when ERRCLR leaves ERRSTAT all zero.
 *  - Status registers (TCSTAT, source-active and destination FIFO sets)
 *    read 0: with instant TCs a TC is idle whenever software can look.  In
 *    drain mode TCSTAT reads DSTACTV=1 while the TC holds a TR, and
 *    SRCACTV too for the first half of its time, while it reads (no
 *    program set: PROGBUSY stays 0), and SAOPT and DFOPT0 read the
 *    options of the last TR it took, with its TCC.  MMRAERR is not
 *    modelled.  TCCFG reads a fixed 0x212 (128-byte FIFO, 64-bit bus,
 *    4-deep destination FIFO).
 */
#include "edma3_model_priv.h"

#define ERRDET_RD_ADDR	1
#define ERRDET_RD_DATA	4
#define ERRDET_WR_ADDR	9
#define TC_ERR_MASK	(EDMA3_TC_ERR_BUSERR | EDMA3_TC_ERR_TRERR | \
			 EDMA3_TC_ERR_MMRAERR)
#define TC_TCCFG	0x212
/* TCSTAT of a TC holding a TR in drain mode: DSTACTV = 1, and SRCACTV. */
#define TCSTAT_DSTACTV_1	(1u << 4)
#define TCSTAT_SRCACTV		(1u << 1)

void edma3_tc_update_line(struct edma3 *cc, unsigned int tc)
{
	struct edma3_tc *t = &cc->tc[tc];
	bool level = t->errstat & t->erren;

	if (level && !t->line)
		edma3_pulse(cc, EDMA3_LINE_TCERR, tc);
	t->line = level;
}

static void bus_error(struct edma3 *cc, unsigned int tc,
		      const struct edma3_tr *tr, uint32_t stat)
{
	struct edma3_tc *t = &cc->tc[tc];

	t->errstat |= EDMA3_TC_ERR_BUSERR;
	t->errdet = stat | OPT_TCC(tr->opt) << 8 |
		    (uint32_t)tr->ien << 16 | (uint32_t)tr->chn << 17;
	cc->stats.bus_errors++;
	edma3_tc_update_line(cc, tc);
}

static unsigned int fifo_width(uint32_t opt)
{
	unsigned int fwid = OPT_FWID(opt);

	return 1u << (fwid > 5 ? 5 : fwid);
}

/* Move one array; returns 0 or the ERRDET status of the failing access. */
static uint32_t copy_array(struct edma3 *cc, const struct edma3_tr *tr,
			   uint32_t src, uint32_t dst)
{
	bool sam = tr->opt & OPT_SAM, dam = tr->opt & OPT_DAM;
	uint32_t chunk = sam || dam ? fifo_width(tr->opt) : tr->acnt;
	uint32_t off, len;

	for (off = 0; off < tr->acnt; off += len) {
		len = tr->acnt - off < chunk ? tr->acnt - off : chunk;
		if (edma3_bus_read(cc->bus, sam ? src : src + off,
				   cc->xfer_buf, len))
			return ERRDET_RD_ADDR;
		if (edma3_bus_write(cc->bus, dam ? dst : dst + off,
				    cc->xfer_buf, len))
			return ERRDET_WR_ADDR;
		cc->stats.bytes += len;
	}
	return 0;
}

/* Run tr on tc; false if it failed (then it returns no completion code). */
bool edma3_tc_execute(struct edma3 *cc, unsigned int tc,
		      const struct edma3_tr *tr)
{
	uint32_t src = tr->src, dst = tr->dst, stat;
	unsigned int b;

	if (cc->tc[tc].inject) {
		cc->tc[tc].inject--;
		bus_error(cc, tc, tr, ERRDET_RD_DATA);
		return false;
	}
	for (b = 0; b < tr->bcnt; b++) {
		stat = copy_array(cc, tr, src, dst);
		if (stat) {
			bus_error(cc, tc, tr, stat);
			return false;
		}
		src += (uint32_t)(int32_t)tr->sbidx;
		dst += (uint32_t)(int32_t)tr->dbidx;
	}
	return true;
}

uint32_t edma3_tc_reg_read(const struct edma3 *cc, unsigned int tc,
			   uint32_t off)
{
	const struct edma3_tc *t = &cc->tc[tc];

	switch (off) {
	case EDMA3_TC_PID:
		return cc->cfg.pid;
	case EDMA3_TC_TCCFG:
		return TC_TCCFG;
	case EDMA3_TC_TCSTAT:
		if (!t->busy)
			return 0;
		return TCSTAT_DSTACTV_1 |
		       (cc->clock_fn(cc->clock_ctx) < t->read_done_at ?
			TCSTAT_SRCACTV : 0);
	case EDMA3_TC_ERRSTAT:
		return t->errstat;
	case EDMA3_TC_ERREN:
		return t->erren;
	case EDMA3_TC_ERRDET:
		return t->errdet;
	case EDMA3_TC_RDRATE:
		return t->rdrate;
	case EDMA3_TC_SAOPT:
	case EDMA3_TC_DFOPT(0):
		return t->held_opt;
	default:
		return 0;
	}
}

void edma3_tc_reg_write(struct edma3 *cc, unsigned int tc, uint32_t off,
			uint32_t val)
{
	struct edma3_tc *t = &cc->tc[tc];

	switch (off) {
	case EDMA3_TC_ERREN:
		t->erren = val & TC_ERR_MASK;
		break;
	case EDMA3_TC_ERRCLR:
		t->errstat &= ~val;
		if (!t->errstat)
			t->errdet = 0;
		break;
	case EDMA3_TC_ERRCMD:
		if ((val & 1) && (t->errstat & t->erren))
			edma3_pulse(cc, EDMA3_LINE_TCERR, tc);
		return;
	case EDMA3_TC_RDRATE:
		t->rdrate = val & 7;
		return;
	default:
		return;
	}
	edma3_tc_update_line(cc, tc);
}
