/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Model of a simple Ethernet MAC that moves frames through two DMA
 * request lines (RX, TX), for the EDMA3 ring.  Plain C, no Linux headers.
 *
 * Bus side (what the DMA reads and writes), one device window of
 * MAC_BUS_SIZE bytes at bus_base:
 *   MAC_BUS_RX_FIFO   reads return the head RX frame's bytes from its
 *                     first byte, zeroes past its end
 *   MAC_BUS_RX_STAT   a 4-byte read returns DONE | errors << 16 | length
 *                     of the head frame and ends it (pops it, uses one
 *                     credit)
 *   MAC_BUS_TX_FIFO   writes build the current TX frame (its length is the
 *                     highest byte written)
 *   MAC_BUS_TX_STAT   a 4-byte read returns DONE | length of the current TX
 *                     frame and ends it: it is recorded as transmitted
 *
 * CPU side, MMIO window of MAC_MMIO_SIZE bytes (host_mmio_register()):
 *   MAC_RX_CREDIT  W: add that many receive credits   R: credits held
 *   MAC_TX_POST    W: that many frames are ready      R: frames posted
 *   MAC_STATUS     R: RX frames queued (15:0), TX posted (31:16)
 *
 * Events: mac_step() raises the RX event while a frame is queued, a credit
 * is held and the previous RX frame was ended, and the TX event while a
 * frame is posted and the previous one was ended.  Nothing happens between
 * steps, so a test decides exactly when the hardware moves.
 *
 * Abort: a frame whose status is never read (its DMA failed) is never
 * ended, and nothing more moves that way.  A write that brings the
 * credits (or the posted frames) to zero abandons it: an RX frame stays at
 * the head of the queue and is delivered again from its first byte, a TX
 * frame is discarded unsent.  That is how a driver restarts a direction
 * after a DMA error (and what withdrawing everything at stop does).
 */
#ifndef MAC_MODEL_H
#define MAC_MODEL_H

#include <stdbool.h>
#include <stdint.h>

#include "edma3_bus.h"

#define MAC_BUS_RX_FIFO		0x0000
#define MAC_BUS_RX_STAT		0x1000
#define MAC_BUS_TX_FIFO		0x2000
#define MAC_BUS_TX_STAT		0x3000
#define MAC_BUS_SIZE		0x4000
#define MAC_MAX_FRAME		0x1000

#define MAC_RX_CREDIT		0x00
#define MAC_TX_POST		0x04
#define MAC_STATUS		0x08
#define MAC_MMIO_SIZE		0x100

#define MAC_ST_DONE		(1u << 31)
#define MAC_ST_ERR_TRUNC	(1u << 16)	/* frame longer than read */
#define MAC_ST_ERR_EMPTY	(1u << 17)	/* status read with no frame */

enum mac_line { MAC_LINE_RX, MAC_LINE_TX };

/* Pulse a DMA request line; the test wires it to edma3_event(). */
typedef void (*mac_event_fn)(void *ctx, enum mac_line line);
/* Called for every transmitted frame. */
typedef void (*mac_tx_fn)(void *ctx, const uint8_t *data, uint32_t len);

struct mac_config {
	unsigned int rx_queue;		/* frames the RX queue holds */
	mac_event_fn event;
	void *event_ctx;
	mac_tx_fn tx_frame;		/* may be NULL */
	void *tx_ctx;
};

struct mac_stats {
	uint64_t rx_injected;		/* frames given to mac_rx_inject() */
	uint64_t rx_dropped;		/* ... refused: queue full */
	uint64_t rx_delivered;		/* RX status reads that ended a frame */
	uint64_t rx_bytes;
	uint64_t tx_frames;		/* frames transmitted */
	uint64_t tx_bytes;
	uint64_t rx_events;		/* RX request pulses */
	uint64_t tx_events;
	uint64_t credit_writes;		/* doorbell writes */
	uint64_t post_writes;
	uint64_t bad_accesses;		/* status read with nothing to end */
	uint64_t rx_aborted;		/* frames abandoned by a withdrawal */
	uint64_t tx_aborted;
};

struct mac;

struct mac *mac_create(const struct mac_config *cfg);
void mac_destroy(struct mac *mac);

/* Device window on the bus, MMIO window for the CPU. */
extern const struct edma3_bus_dev_ops mac_bus_ops;
uint32_t mac_mmio_read(void *mac, uint32_t off);
void mac_mmio_write(void *mac, uint32_t off, uint32_t val);

/* Queue a received frame (copied); false if the queue is full. */
bool mac_rx_inject(struct mac *mac, const uint8_t *data, uint32_t len);
unsigned int mac_rx_queued(const struct mac *mac);

/*
 * Raise request lines until nothing more can move or max frames (RX + TX)
 * were ended; returns how many frames were ended.
 */
unsigned int mac_step(struct mac *mac, unsigned int max);

/* Drop credits, posted frames and queued frames (a MAC reset). */
void mac_reset(struct mac *mac);

uint32_t mac_rx_credits(const struct mac *mac);
uint32_t mac_tx_posted(const struct mac *mac);
const struct mac_stats *mac_get_stats(const struct mac *mac);

#endif /* MAC_MODEL_H */
