/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Functional model of an MMC/SD host controller's data path as the EDMA3
 * sees it (DaVinci MMCSD style): a card holding nblocks blocks, a data
 * FIFO behind a DMA data port on the bus, and read/write DMA events raised
 * per rw_threshold bytes.
 *
 * A data command (mmc_model_cmd()) moves whole blocks.  On a read the card
 * streams the blocks into the FIFO and the read event asks the DMA to take
 * rw_threshold bytes each time that many are there; on a write the write
 * event asks for rw_threshold bytes whenever the FIFO has room for them
 * and the command still expects data, and the card drains the FIFO into
 * its blocks.  The card moves at most 'budget' bytes per mmc_model_step(),
 * which is how the harness gives it a speed; it can also stall (a
 * timeout).  When every byte of the command has crossed, the data phase
 * is done (the controller's DATDNE).
 *
 * A DMA access the FIFO cannot satisfy (a read from an empty FIFO, a write
 * to a full one, any access with no command running) is counted and reads
 * zeros.  Events are raised only from mmc_model_cmd()/mmc_model_step(),
 * never from inside a bus access.  Plain C, no Linux headers.
 */
#ifndef MMC_MODEL_H
#define MMC_MODEL_H

#include <stdbool.h>
#include <stdint.h>

#include "edma3_bus.h"
#include "edma3_model.h"

struct mmc_model_config {
	struct edma3 *cc;		/* controller the events go to */
	unsigned int rx_event;		/* read event channel */
	unsigned int tx_event;		/* write event channel */
	uint32_t data_port;		/* bus address of the FIFO window */
	uint32_t port_size;		/* window size (0: 0x100) */
	unsigned int fifo_bytes;	/* FIFO depth */
	unsigned int rw_threshold;	/* bytes per DMA event */
	unsigned int block_size;	/* bytes per block (0: 512) */
	uint32_t nblocks;		/* card capacity */
};

struct mmc_model_stats {
	uint64_t cmds;			/* data commands started */
	uint64_t blocks_read;		/* blocks fully handed to the DMA */
	uint64_t blocks_written;	/* blocks fully stored */
	uint64_t rx_events;
	uint64_t tx_events;
	uint64_t dma_bytes_in;		/* written by the DMA */
	uint64_t dma_bytes_out;		/* read by the DMA */
	uint64_t bad_accesses;		/* FIFO overflow/underflow by DMA */
	uint64_t aborts;		/* commands stopped early */
	uint64_t spurious;		/* mmc_model_raise_spurious() */
};

struct mmc_model;

struct mmc_model *mmc_model_create(struct edma3_bus *bus,
				   const struct mmc_model_config *cfg);
void mmc_model_destroy(struct mmc_model *m);

/* The card's contents: nblocks * block_size bytes. */
uint8_t *mmc_model_storage(struct mmc_model *m);

/*
 * Start a data command of nblocks blocks at lba: -1 if one is running or
 * the range is outside the card.  Raises the first events.
 */
int mmc_model_cmd(struct mmc_model *m, bool write, uint32_t lba,
		  uint32_t nblocks);
/* Let the card move up to budget bytes, raising the events that follow. */
void mmc_model_step(struct mmc_model *m, uint32_t budget);
/* The card stops moving data (a data timeout) until unstalled. */
void mmc_model_stall(struct mmc_model *m, bool stall);
/* STOP_TRANSMISSION: end the command, flush the FIFO. */
void mmc_model_abort(struct mmc_model *m);
/* A command is running (its data phase is not done). */
bool mmc_model_busy(const struct mmc_model *m);
/* Raise the current direction's event once more, whatever the FIFO says. */
void mmc_model_raise_spurious(struct mmc_model *m);

const struct mmc_model_stats *mmc_model_stats(const struct mmc_model *m);

#endif /* MMC_MODEL_H */
