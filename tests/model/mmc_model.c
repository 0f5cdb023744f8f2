// SPDX-License-Identifier: GPL-2.0
/*
 * MMC/SD data-path model: see mmc_model.h.
 */
#include <stdlib.h>
#include <string.h>

#include "mmc_model.h"

struct mmc_model {
	struct mmc_model_config cfg;
	struct edma3_bus *bus;
	uint8_t *store;
	uint8_t *fifo;
	uint32_t head, fill;	/* FIFO ring, bytes */
	bool busy, write, stalled;
	uint64_t pos;		/* card side: next byte of the card */
	uint64_t card_left;	/* bytes the card still moves */
	uint64_t dma_left;	/* bytes the DMA still moves */
	bool req;		/* an event is outstanding */
	uint32_t req_len;	/* bytes it asks for */
	uint32_t served;
	struct mmc_model_stats st;
};

static void mmc_fifo_push(struct mmc_model *m, const uint8_t *p, uint32_t n)
{
	while (n--) {
		m->fifo[(m->head + m->fill) % m->cfg.fifo_bytes] = *p++;
		m->fill++;
	}
}

static void mmc_fifo_pop(struct mmc_model *m, uint8_t *p, uint32_t n)
{
	while (n--) {
		*p++ = m->fifo[m->head];
		m->head = (m->head + 1) % m->cfg.fifo_bytes;
		m->fill--;
	}
}

static void mmc_served(struct mmc_model *m, uint32_t len)
{
	if (!m->req)
		return;
	m->served += len;
	if (m->served >= m->req_len)
		m->req = false;
}

static int mmc_port_read(void *ctx, uint32_t addr, void *buf, uint32_t len)
{
	struct mmc_model *m = ctx;
	uint32_t n = len;

	m->st.dma_bytes_out += len;
	if (!m->busy || m->write || len > m->fill || len > m->dma_left) {
		m->st.bad_accesses++;
		n = (!m->busy || m->write) ? 0 : len > m->fill ? m->fill : len;
		if (n > m->dma_left)
			n = m->dma_left;
		memset((uint8_t *)buf + n, 0, len - n);
	}
	mmc_fifo_pop(m, buf, n);
	if (m->busy && !m->write) {
		m->dma_left -= n;
		mmc_served(m, len);
		if (!m->dma_left && !m->card_left)
			m->busy = false;
	}
	return 0;
}

static int mmc_port_write(void *ctx, uint32_t addr, const void *buf,
			  uint32_t len)
{
	struct mmc_model *m = ctx;
	uint32_t room = m->cfg.fifo_bytes - m->fill;
	uint32_t n = len;

	m->st.dma_bytes_in += len;
	if (!m->busy || !m->write || len > room || len > m->dma_left) {
		m->st.bad_accesses++;
		n = (!m->busy || !m->write) ? 0 : len > room ? room : len;
		if (n > m->dma_left)
			n = m->dma_left;
	}
	mmc_fifo_push(m, buf, n);
	if (m->busy && m->write) {
		m->dma_left -= n;
		mmc_served(m, len);
	}
	return 0;
}

static const struct edma3_bus_dev_ops mmc_port_ops = {
	.read = mmc_port_read,
	.write = mmc_port_write,
};

struct mmc_model *mmc_model_create(struct edma3_bus *bus,
				   const struct mmc_model_config *cfg)
{
	struct mmc_model *m;

	if (!bus || !cfg->cc || !cfg->rw_threshold || !cfg->nblocks ||
	    cfg->rw_threshold > cfg->fifo_bytes)
		return NULL;
	m = calloc(1, sizeof(*m));
	if (!m)
		return NULL;
	m->cfg = *cfg;
	if (!m->cfg.block_size)
		m->cfg.block_size = 512;
	m->bus = bus;
	m->store = calloc(m->cfg.nblocks, m->cfg.block_size);
	m->fifo = calloc(1, cfg->fifo_bytes);
	if (!m->store || !m->fifo ||
	    edma3_bus_add_device(bus, cfg->data_port,
				 cfg->port_size ? cfg->port_size : 0x100,
				 &mmc_port_ops, m, "mmc")) {
		free(m->store);
		free(m->fifo);
		free(m);
		return NULL;
	}
	return m;
}

void mmc_model_destroy(struct mmc_model *m)
{
	if (!m)
		return;
	edma3_bus_remove(m->bus, m->cfg.data_port);
	free(m->store);
	free(m->fifo);
	free(m);
}

uint8_t *mmc_model_storage(struct mmc_model *m)
{
	return m->store;
}

static void mmc_raise(struct mmc_model *m, uint32_t len)
{
	m->req = true;
	m->req_len = len;
	m->served = 0;
	if (m->write) {
		m->st.tx_events++;
		edma3_event(m->cfg.cc, m->cfg.tx_event);
	} else {
		m->st.rx_events++;
		edma3_event(m->cfg.cc, m->cfg.rx_event);
	}
}

/* Raise every request the FIFO state allows (the DMA may serve at once). */
static void mmc_request(struct mmc_model *m)
{
	uint32_t thr = m->cfg.rw_threshold;
	unsigned int guard = m->cfg.fifo_bytes / thr + 2;

	while (m->busy && !m->req && guard--) {
		uint32_t want = m->dma_left < thr ? m->dma_left : thr;

		if (!want)
			break;
		if (m->write ? m->cfg.fifo_bytes - m->fill < want :
			       m->fill < want)
			break;
		mmc_raise(m, want);
	}
}

int mmc_model_cmd(struct mmc_model *m, bool write, uint32_t lba,
		  uint32_t nblocks)
{
	uint64_t bytes = (uint64_t)nblocks * m->cfg.block_size;

	if (m->busy || !nblocks || lba >= m->cfg.nblocks ||
	    nblocks > m->cfg.nblocks - lba)
		return -1;
	m->st.cmds++;
	m->busy = true;
	m->write = write;
	m->pos = (uint64_t)lba * m->cfg.block_size;
	m->card_left = bytes;
	m->dma_left = bytes;
	m->head = 0;
	m->fill = 0;
	m->req = false;
	mmc_request(m);
	return 0;
}

static void mmc_card_account(struct mmc_model *m, uint32_t n)
{
	uint32_t bs = m->cfg.block_size;
	uint64_t before = m->pos / bs;

	m->pos += n;
	m->card_left -= n;
	if (m->write)
		m->st.blocks_written += m->pos / bs - before;
	else
		m->st.blocks_read += m->pos / bs - before;
}

void mmc_model_step(struct mmc_model *m, uint32_t budget)
{
	uint32_t n;

	if (m->busy && !m->stalled) {
		if (m->write) {
			n = m->fill < budget ? m->fill : budget;
			if (n > m->card_left)
				n = m->card_left;
			mmc_fifo_pop(m, m->store + m->pos, n);
			mmc_card_account(m, n);
			if (!m->card_left && !m->dma_left)
				m->busy = false;
		} else {
			n = m->cfg.fifo_bytes - m->fill;
			if (n > budget)
				n = budget;
			if (n > m->card_left)
				n = m->card_left;
			mmc_fifo_push(m, m->store + m->pos, n);
			mmc_card_account(m, n);
		}
	}
	mmc_request(m);
}

void mmc_model_stall(struct mmc_model *m, bool stall)
{
	m->stalled = stall;
}

void mmc_model_abort(struct mmc_model *m)
{
	if (m->busy)
		m->st.aborts++;
	m->busy = false;
	m->req = false;
	m->fill = 0;
	m->head = 0;
	m->card_left = 0;
	m->dma_left = 0;
}

bool mmc_model_busy(const struct mmc_model *m)
{
	return m->busy;
}

void mmc_model_raise_spurious(struct mmc_model *m)
{
	m->st.spurious++;
	if (m->write)
		edma3_event(m->cfg.cc, m->cfg.tx_event);
	else
		edma3_event(m->cfg.cc, m->cfg.rx_event);
}

const struct mmc_model_stats *mmc_model_stats(const struct mmc_model *m)
{
	return &m->st;
}
