/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Internal state of the EDMA3 model, shared by edma3_model.c (lifetime,
 * lines, entry points), edma3_regs.c (register decode), edma3_engine.c
 * (triggers, queues, PaRAM update/link) and edma3_tc.c (transfer
 * controllers).  Not part of the interface.
 *
 * All 64-bit channel/TCC quantities are kept as uint64_t (bit n = channel
 * or TCC n) and split into low/high words only at the register boundary.
 */
#ifndef EDMA3_MODEL_PRIV_H
#define EDMA3_MODEL_PRIV_H

#include "edma3_model.h"

#define EDMA3_MAX_CH		64
#define EDMA3_MAX_QDMA		8
#define EDMA3_PARAM_WORDS	8

/* PaRAM words and OPT bits (hardware.md 3). */
#define P_OPT		0
#define P_SRC		1
#define P_ABCNT		2
#define P_DST		3
#define P_BIDX		4
#define P_LNKRLD	5
#define P_CIDX		6
#define P_CCNT		7

#define OPT_SAM		(1u << 0)
#define OPT_DAM		(1u << 1)
#define OPT_SYNCDIM	(1u << 2)
#define OPT_STATIC	(1u << 3)
#define OPT_FWID(o)	(((o) >> 8) & 7)
#define OPT_TCCMODE	(1u << 11)
#define OPT_TCC(o)	(((o) >> 12) & 0x3f)
#define OPT_TCINTEN	(1u << 20)
#define OPT_ITCINTEN	(1u << 21)
#define OPT_TCCHEN	(1u << 22)
#define OPT_ITCCHEN	(1u << 23)
#define OPT_ANY_CODE	(OPT_TCINTEN | OPT_ITCINTEN | OPT_TCCHEN | OPT_ITCCHEN)

#define LINK_NULL	0xffffu

/* Event queue entry types (QxEy.ETYPE). */
enum edma3_etype {
	ETYPE_EVT = 0,		/* ER */
	ETYPE_MANUAL = 1,	/* ESR */
	ETYPE_CHAIN = 2,	/* CER */
	ETYPE_QDMA = 3,		/* QER */
};

#define CCERR_TCCERR	(1u << 16)

struct edma3_queue {
	/*
	 * Circular buffer; entries stay in place after dequeue so that QxEy
	 * reads show the last 16 entries, as on hardware.
	 */
	uint8_t ent[EDMA3_QUEUE_DEPTH];		/* ETYPE << 6 | ENUM */
	bool wants_code[EDMA3_QUEUE_DEPTH];	/* counted in COMPACTV */
	unsigned int head;
	unsigned int num;
	unsigned int wm;
	bool thrxcd;
};

/* A transfer request as the CC hands it to a TC (hardware.md 4.2). */
struct edma3_tr {
	uint32_t opt, src, dst;
	uint16_t acnt, bcnt;
	int16_t sbidx, dbidx;
	bool ien, chn;		/* this TR returns IPR / CER codes */
};

struct edma3_tc {
	bool stalled;
	/*
	 * Drain mode only: the TR the TC holds (busy), when its last write
	 * lands (done_at), and whether it is counted in COMPACTV.
	 */
	bool busy;
	bool counted;
	uint64_t read_done_at;	/* its reads end halfway (SRCACTV until) */
	uint64_t done_at;
	struct edma3_tr tr;
	/*
	 * SAOPT and DFOPT0 of the last TR taken in drain mode: its OPT with
	 * TCINTEN/TCCHEN as the CC gave them; kept after the TR ends, as the
	 * registers of silicon keep their last contents.
	 */
	uint32_t held_opt;
	unsigned int inject;	/* TRs still to fail (fault injection) */
	uint32_t errstat;
	uint32_t erren;
	uint32_t errdet;
	uint32_t rdrate;
	bool line;		/* (ERRSTAT & ERREN) != 0 last time we looked */
};

struct edma3 {
	struct edma3_config cfg;
	char name[32];
	struct edma3_bus *bus;
	edma3_irq_fn irq_fn;
	void *irq_ctx;

	void (*lock_fn)(void *ctx);
	void (*unlock_fn)(void *ctx);
	void *lock_ctx;

	/* Decoded CCCFG. */
	unsigned int nch, nqdma, nslots, nqueues, nregions, nint;
	bool chmap, mp;
	uint64_t chmask;	/* existing DMA channels */
	uint64_t intmask;	/* existing TCC / interrupt bits */
	uint32_t qmask;		/* existing QDMA channels */

	/* Global registers. */
	uint32_t sysconfig;
	uint32_t dchmap[EDMA3_MAX_CH];
	uint32_t qchmap[EDMA3_MAX_QDMA];
	uint32_t dmaqnum[8];
	uint32_t qdmaqnum, quetcmap, quepri;
	uint32_t qwmthr[2];
	uint64_t emr;
	uint32_t qemr, ccerr;
	uint64_t drae[EDMA3_MAX_REGIONS];
	uint32_t qrae[EDMA3_MAX_REGIONS];
	uint32_t mppag, mppa[EDMA3_MAX_REGIONS];

	/* Channel block. */
	uint64_t er, esr, cer, eer, ser, ier, ipr;
	uint32_t qer, qeer, qser;

	struct edma3_queue queue[EDMA3_MAX_TC];
	unsigned int compactv;

	uint32_t *param;	/* nslots * 8 words */
	struct edma3_tc tc[EDMA3_MAX_TC];
	uint8_t *xfer_buf;	/* bounce buffer for one array (64 KiB) */

	/* Last level of every interrupt line, for edge detection. */
	bool region_line[EDMA3_MAX_REGIONS];
	bool global_line;
	bool err_line;

	bool auto_run;
	bool running;		/* guards against re-entrant processing */
	struct edma3_stats stats;

	/*
	 * Drain mode (edma3_set_drain()), kept across edma3_reset():
	 * drain_bytes == 0 means instant TCs.  drain_now is the model time
	 * while edma3_drain_catch_up() retires a TR, so that TRs started in
	 * its wake begin when it ended, not when software next looked.
	 */
	unsigned int drain_bytes, drain_ns;
	uint64_t (*clock_fn)(void *ctx);
	void (*timer_fn)(void *ctx, uint64_t when);
	void *clock_ctx;
	uint64_t drain_now;
	bool catching_up;
};

/* edma3_model.c: interrupt lines. */
void edma3_update_lines(struct edma3 *cc);
void edma3_pulse(struct edma3 *cc, enum edma3_line line, unsigned int idx);
void edma3_set_missed(struct edma3 *cc, bool qdma, unsigned int n);
void edma3_log(const struct edma3 *cc, const char *msg, unsigned long arg);

/* edma3_regs.c: register decode (offsets already checked for alignment). */
uint32_t edma3_reg_read(const struct edma3 *cc, uint32_t off);
void edma3_reg_write(struct edma3 *cc, uint32_t off, uint32_t val);
void edma3_param_write(struct edma3 *cc, unsigned int slot, unsigned int word,
		       uint32_t val, bool trigger);
bool edma3_is_param(const struct edma3 *cc, uint32_t off);

/* edma3_engine.c: triggers, queues, service. */
void edma3_trigger_dma(struct edma3 *cc, unsigned int n,
		       enum edma3_etype src);
void edma3_trigger_qdma(struct edma3 *cc, unsigned int q);
void edma3_param_written(struct edma3 *cc, unsigned int slot,
			 unsigned int word);
unsigned int edma3_process(struct edma3 *cc, unsigned int max);
void edma3_auto_process(struct edma3 *cc);
uint32_t edma3_qstat(const struct edma3 *cc, unsigned int q);
uint32_t edma3_ccstat(const struct edma3 *cc);
void edma3_queue_clear_wm(struct edma3 *cc, unsigned int q);

/* edma3_tc.c: transfer controllers. */
bool edma3_tc_execute(struct edma3 *cc, unsigned int tc,
		      const struct edma3_tr *tr);
/*
 * edma3_engine.c, drain mode: is tc holding a TR; hand it one; retire the
 * TRs whose time has come (model entry points call this first).
 */
bool edma3_tc_busy(const struct edma3 *cc, unsigned int tc);
void edma3_tc_start(struct edma3 *cc, unsigned int tc,
		    const struct edma3_tr *tr, bool counted);
void edma3_drain_catch_up(struct edma3 *cc);
/* Retire every TR a TC holds, whatever the time (drain mode turned off). */
void edma3_drain_flush(struct edma3 *cc);
uint32_t edma3_tc_reg_read(const struct edma3 *cc, unsigned int tc,
			   uint32_t off);
void edma3_tc_reg_write(struct edma3 *cc, unsigned int tc, uint32_t off,
			uint32_t val);
void edma3_tc_update_line(struct edma3 *cc, unsigned int tc);

#endif /* EDMA3_MODEL_PRIV_H */
