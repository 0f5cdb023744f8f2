/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Functional model of a McASP-like audio serial port as the EDMA3 sees it:
 * a transmit and a receive FIFO behind one DMA data port on the bus, and a
 * serializer that plays (or records) one word per sample tick.
 *
 * The transmit side asks for data with its DMA event whenever the FIFO has
 * room for numevt words and no request is outstanding; a request counts as
 * served once the DMA wrote numevt words.  Every played word goes to the
 * tx_sink callback; a tick with an empty FIFO plays silence instead and
 * counts an underrun.  The receive side mirrors it: one word per tick goes
 * from rx_source into the FIFO (an overrun when full) and the event asks
 * the DMA to take numevt words.
 *
 * When rearm_ticks is non-zero, a request left unserved that long while
 * the serializer starves is raised again, as a real port keeps asserting
 * its event: with the first one still latched in the controller this is a
 * missed event (EMR), the error path the audio client has to recover from.
 *
 * Events are only raised from mcasp_model_tick()/mcasp_model_run_until()
 * and mcasp_model_enable(), never from inside a bus access, so the EDMA3
 * model is not re-entered.  Plain C, no Linux headers.
 */
#ifndef MCASP_MODEL_H
#define MCASP_MODEL_H

#include <stdbool.h>
#include <stdint.h>

#include "edma3_bus.h"
#include "edma3_model.h"

#define MCASP_NO_EVENT	(~0u)

struct mcasp_model_config {
	struct edma3 *cc;		/* controller the events go to */
	unsigned int tx_event;		/* channel, or MCASP_NO_EVENT */
	unsigned int rx_event;
	uint32_t data_port;		/* bus address of the DMA data port */
	uint32_t port_size;		/* window size (0: 0x1000) */
	unsigned int word_bytes;	/* bytes per serializer word (1..4) */
	unsigned int fifo_words;	/* FIFO depth, per direction */
	unsigned int numevt;		/* words per DMA request */
	unsigned int rate_hz;		/* words per second (run_until) */
	unsigned int rearm_ticks;	/* 0: a request is raised once */
	/* What the serializer played; len is a multiple of word_bytes. */
	void (*tx_sink)(void *ctx, const uint8_t *data, uint32_t len);
	/* What it records; NULL records zeros. */
	void (*rx_source)(void *ctx, uint8_t *data, uint32_t len);
	void *ctx;
};

struct mcasp_model_stats {
	uint64_t ticks;			/* serializer word times */
	uint64_t played_words;		/* words handed to tx_sink */
	uint64_t underruns;		/* ticks that played silence */
	uint64_t recorded_words;	/* words pushed into the rx FIFO */
	uint64_t overruns;		/* ticks that lost a recorded word */
	uint64_t tx_events;		/* DMA requests raised */
	uint64_t rx_events;
	uint64_t rearms;		/* requests raised again */
	uint64_t dma_bytes_in;		/* written by the DMA */
	uint64_t dma_bytes_out;		/* read by the DMA */
	uint64_t bad_accesses;		/* FIFO overflow/underflow by DMA */
};

struct mcasp_model;

/* Create the port and its window on the bus; NULL on a bad config. */
struct mcasp_model *mcasp_model_create(struct edma3_bus *bus,
				       const struct mcasp_model_config *cfg);
void mcasp_model_destroy(struct mcasp_model *m);

/*
 * Start or stop the serializers.  Starting transmit raises the first
 * requests at once, so the DMA fills the FIFO before the first tick;
 * stopping a direction empties its FIFO and forgets its request.
 */
void mcasp_model_enable(struct mcasp_model *m, bool tx, bool rx);
/* Run n word times. */
void mcasp_model_tick(struct mcasp_model *m, uint64_t n);
/* Run the word times that fall before now_ns (from the first call). */
void mcasp_model_run_until(struct mcasp_model *m, uint64_t now_ns);

unsigned int mcasp_model_tx_fill(const struct mcasp_model *m);	/* words */
unsigned int mcasp_model_rx_fill(const struct mcasp_model *m);
const struct mcasp_model_stats *mcasp_model_stats(const struct mcasp_model *m);

#endif /* MCASP_MODEL_H */
