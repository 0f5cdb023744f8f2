// SPDX-License-Identifier: GPL-2.0
/*
 * Model of a simple Ethernet MAC behind two DMA request lines: see
 * mac_model.h.
 */
#include <stdlib.h>
#include <string.h>

#include "mac_model.h"

struct mac_frame {
	uint32_t len;
	uint8_t data[MAC_MAX_FRAME];
};

struct mac {
	struct mac_config cfg;
	struct mac_stats stats;
	/* RX: circular queue of frames, head = next to deliver */
	struct mac_frame *rxq;
	unsigned int rx_head, rx_count;
	uint32_t rx_credits;
	bool rx_busy;		/* RX event raised, frame not ended yet */
	/* TX */
	struct mac_frame tx;
	uint32_t tx_posted;
	bool tx_busy;
};

struct mac *mac_create(const struct mac_config *cfg)
{
	struct mac *mac = calloc(1, sizeof(*mac));

	if (!mac)
		return NULL;
	mac->cfg = *cfg;
	if (!mac->cfg.rx_queue)
		mac->cfg.rx_queue = 64;
	mac->rxq = calloc(mac->cfg.rx_queue, sizeof(*mac->rxq));
	if (!mac->rxq) {
		free(mac);
		return NULL;
	}
	return mac;
}

void mac_destroy(struct mac *mac)
{
	if (!mac)
		return;
	free(mac->rxq);
	free(mac);
}

static struct mac_frame *rx_head(struct mac *mac)
{
	return mac->rx_count ? &mac->rxq[mac->rx_head] : NULL;
}

static int mac_bus_read(void *ctx, uint32_t addr, void *buf, uint32_t len)
{
	struct mac *mac = ctx;
	uint32_t off = addr & (MAC_BUS_SIZE - 1);
	struct mac_frame *f = rx_head(mac);
	uint32_t st, n;

	if (off < MAC_BUS_RX_STAT) {
		if (off + len > MAC_BUS_RX_STAT)
			return -1;
		memset(buf, 0, len);
		if (f && off < f->len) {
			n = f->len - off < len ? f->len - off : len;
			memcpy(buf, f->data + off, n);
		}
		return 0;
	}
	if (off == MAC_BUS_RX_STAT && len == 4) {
		if (!f || !mac->rx_busy) {
			mac->stats.bad_accesses++;
			st = MAC_ST_DONE | MAC_ST_ERR_EMPTY;
		} else {
			st = MAC_ST_DONE | f->len;
			mac->stats.rx_delivered++;
			mac->stats.rx_bytes += f->len;
			mac->rx_head = (mac->rx_head + 1) % mac->cfg.rx_queue;
			mac->rx_count--;
			mac->rx_credits--;
			mac->rx_busy = false;
		}
		memcpy(buf, &st, 4);
		return 0;
	}
	if (off == MAC_BUS_TX_STAT && len == 4) {
		if (!mac->tx_busy) {
			mac->stats.bad_accesses++;
			st = MAC_ST_DONE | MAC_ST_ERR_EMPTY;
		} else {
			st = MAC_ST_DONE | mac->tx.len;
			mac->stats.tx_frames++;
			mac->stats.tx_bytes += mac->tx.len;
			if (mac->cfg.tx_frame)
				mac->cfg.tx_frame(mac->cfg.tx_ctx, mac->tx.data,
						  mac->tx.len);
			mac->tx.len = 0;
			mac->tx_posted--;
			mac->tx_busy = false;
		}
		memcpy(buf, &st, 4);
		return 0;
	}
	return -1;
}

static int mac_bus_write(void *ctx, uint32_t addr, const void *buf,
			 uint32_t len)
{
	struct mac *mac = ctx;
	uint32_t off = addr & (MAC_BUS_SIZE - 1);

	if (off < MAC_BUS_TX_FIFO || off + len > MAC_BUS_TX_STAT)
		return -1;
	off -= MAC_BUS_TX_FIFO;
	memcpy(mac->tx.data + off, buf, len);
	if (off + len > mac->tx.len)
		mac->tx.len = off + len;
	return 0;
}

const struct edma3_bus_dev_ops mac_bus_ops = {
	.read = mac_bus_read,
	.write = mac_bus_write,
};

uint32_t mac_mmio_read(void *ctx, uint32_t off)
{
	struct mac *mac = ctx;

	switch (off) {
	case MAC_RX_CREDIT:
		return mac->rx_credits;
	case MAC_TX_POST:
		return mac->tx_posted;
	case MAC_STATUS:
		return (mac->rx_count & 0xffff) | mac->tx_posted << 16;
	default:
		return 0;
	}
}

void mac_mmio_write(void *ctx, uint32_t off, uint32_t val)
{
	struct mac *mac = ctx;

	switch (off) {
	case MAC_RX_CREDIT:
		mac->rx_credits += val;
		mac->stats.credit_writes++;
		if (!mac->rx_credits && mac->rx_busy) {
			mac->rx_busy = false;
			mac->stats.rx_aborted++;
		}
		break;
	case MAC_TX_POST:
		mac->tx_posted += val;
		mac->stats.post_writes++;
		if (!mac->tx_posted && mac->tx_busy) {
			mac->tx_busy = false;
			mac->tx.len = 0;
			mac->stats.tx_aborted++;
		}
		break;
	default:
		break;
	}
}

bool mac_rx_inject(struct mac *mac, const uint8_t *data, uint32_t len)
{
	struct mac_frame *f;

	mac->stats.rx_injected++;
	if (mac->rx_count == mac->cfg.rx_queue || len > MAC_MAX_FRAME) {
		mac->stats.rx_dropped++;
		return false;
	}
	f = &mac->rxq[(mac->rx_head + mac->rx_count) % mac->cfg.rx_queue];
	f->len = len;
	memcpy(f->data, data, len);
	mac->rx_count++;
	return true;
}

unsigned int mac_rx_queued(const struct mac *mac)
{
	return mac->rx_count;
}

unsigned int mac_step(struct mac *mac, unsigned int max)
{
	uint64_t before = mac->stats.rx_delivered + mac->stats.tx_frames;
	bool moved = true;

	while (moved &&
	       mac->stats.rx_delivered + mac->stats.tx_frames - before < max) {
		moved = false;
		if (!mac->rx_busy && mac->rx_count && mac->rx_credits) {
			mac->rx_busy = true;
			mac->stats.rx_events++;
			mac->cfg.event(mac->cfg.event_ctx, MAC_LINE_RX);
			moved = !mac->rx_busy;
		}
		if (!mac->tx_busy && mac->tx_posted &&
		    mac->stats.rx_delivered + mac->stats.tx_frames - before <
		    max) {
			mac->tx_busy = true;
			mac->stats.tx_events++;
			mac->cfg.event(mac->cfg.event_ctx, MAC_LINE_TX);
			moved |= !mac->tx_busy;
		}
	}
	return mac->stats.rx_delivered + mac->stats.tx_frames - before;
}

void mac_reset(struct mac *mac)
{
	mac->rx_head = 0;
	mac->rx_count = 0;
	mac->rx_credits = 0;
	mac->rx_busy = false;
	mac->tx.len = 0;
	mac->tx_posted = 0;
	mac->tx_busy = false;
}

uint32_t mac_rx_credits(const struct mac *mac)
{
	return mac->rx_credits;
}

uint32_t mac_tx_posted(const struct mac *mac)
{
	return mac->tx_posted;
}

const struct mac_stats *mac_get_stats(const struct mac *mac)
{
	return &mac->stats;
}
