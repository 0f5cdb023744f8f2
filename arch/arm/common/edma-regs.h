/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TI EDMA3 channel and transfer controller registers: the one register map
 * of the library (edma*.c, edma-ring.c).  Offsets are from the controller's
 * base; channel registers come in pairs (channels 0-31, 32-63).
 */
#ifndef __ARM_COMMON_EDMA_REGS_H
#define __ARM_COMMON_EDMA_REGS_H

#include <linux/bits.h>

/* Global registers */
#define EDMA_CCCFG		0x0004
#define EDMA_DCHMAP		0x0100
#define EDMA_DMAQNUM		0x0240
#define EDMA_QUETCMAP		0x0280
#define EDMA_QUEPRI		0x0284
#define EDMA_EMR		0x0300
#define EDMA_EMCR		0x0308
#define EDMA_CCERR		0x0318
#define EDMA_CCERRCLR		0x031c
#define EDMA_EEVAL		0x0320
#define EDMA_DRAE		0x0340
#define EDMA_QE(q, e)		(0x0400 + 0x40 * (q) + 4 * (e))
#define EDMA_QSTAT(q)		(0x0600 + 4 * (q))
#define EDMA_QWMTHR(q)		(0x0620 + 4 * ((q) / 4))
#define EDMA_SHADOW0		0x2000
#define EDMA_PARM		0x4000

/* Channel register block of shadow region 0 (pairs: low, high word) */
#define SH_ECR			0x08
#define SH_ESR			0x10
#define SH_CER			0x18
#define SH_EECR			0x28
#define SH_EESR			0x30
#define SH_SECR			0x40
#define SH_IECR			0x58
#define SH_IESR			0x60
#define SH_IPR			0x68
#define SH_ICR			0x70
#define SH_IEVAL		0x78

/* CCCFG fields */
#define CCCFG_NUM_DMACH(v)	((v) & 0x7)
#define CCCFG_NUM_PAENTRY(v)	(((v) >> 12) & 0x7)
#define CCCFG_NUM_EVQUE(v)	(((v) >> 16) & 0x7)
#define CCCFG_CHMAP_EXIST	BIT(24)

/* Event queues: 16 entries each, a circular buffer */
#define EDMA_QUEUE_DEPTH	16
#define QSTAT_STRTPTR(v)	((v) & 0xf)
#define QSTAT_NUMVAL(v)		(((v) >> 8) & 0x1f)
#define QSTAT_WM(v)		(((v) >> 16) & 0x1f)
#define QSTAT_THRXCD		BIT(24)
#define QWMTHR_Q(v, q)		(((v) >> (8 * ((q) % 4))) & 0x1f)
#define QE_ENUM(v)		((v) & 0x3f)
#define QE_ETYPE(v)		(((v) >> 6) & 0x3)
#define QE_ETYPE_QDMA		3

#define CCERR_QTHRXCD_MASK	0xff
#define CCERR_TCCERR		BIT(16)

/* Transfer controller status and error registers */
#define TC_TCCFG		0x004
#define TCCFG_DREGDEPTH(v)	(((v) >> 8) & 0x3)
#define TC_TCSTAT		0x100
#define TCSTAT_PROGBUSY		BIT(0)
#define TCSTAT_SRCACTV		BIT(1)
#define TCSTAT_DSTACTV(v)	(((v) >> 4) & 0x7)
#define TC_ERRSTAT		0x120
#define TC_ERREN		0x124
#define TC_ERRCLR		0x128
#define TC_ERRDET		0x12c
#define TC_ERRCMD		0x130
#define TC_ERR_ALL		(BIT(0) | BIT(2) | BIT(3))
#define TC_ERRDET_TCC(v)	(((v) >> 8) & 0x3f)
/* The options of the TR being read, and of the TRs being written */
#define TC_SAOPT		0x240
#define TC_DFOPT(i)		(0x300 + 0x40 * (i))
#define TC_DF_SETS		4
#define TC_OPT_TCC(v)		(((v) >> 12) & 0x3f)

/* PaRAM: 32-byte sets (struct edmacc_param), and the words of a set */
#define PARM_SIZE		32
#define PARM_OFFSET(slot)	(EDMA_PARM + (slot) * PARM_SIZE)
#define PARM_OPT		0x00
#define PARM_SRC		0x04
#define PARM_A_B_CNT		0x08
#define PARM_DST		0x0c
#define PARM_SRC_DST_BIDX	0x10
#define PARM_LINK_BCNTRLD	0x14
#define PARM_SRC_DST_CIDX	0x18
#define PARM_CCNT		0x1c
#define PARM_LINK_NULL		0xffff

#endif /* __ARM_COMMON_EDMA_REGS_H */
