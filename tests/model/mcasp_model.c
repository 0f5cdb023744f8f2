// SPDX-License-Identifier: GPL-2.0
/*
 * McASP-like audio port model: see mcasp_model.h.
 */
#include <stdlib.h>
#include <string.h>

#include "mcasp_model.h"

struct mcasp_fifo {
	uint8_t *buf;
	uint32_t size;		/* bytes */
	uint32_t head;		/* next byte out */
	uint32_t fill;		/* bytes held */
	bool enabled;
	bool req;		/* a DMA request is outstanding */
	uint32_t served;	/* bytes the DMA moved since the request */
	uint64_t starved;	/* ticks the outstanding request waited */
};

struct mcasp_model {
	struct mcasp_model_config cfg;
	struct edma3_bus *bus;
	struct mcasp_fifo tx, rx;
	uint32_t req_bytes;	/* numevt words */
	uint64_t t0_ns;
	bool timed;
	uint8_t word[4];
	struct mcasp_model_stats st;
};

static void fifo_push(struct mcasp_fifo *f, const uint8_t *p, uint32_t len)
{
	while (len--) {
		f->buf[(f->head + f->fill) % f->size] = *p++;
		f->fill++;
	}
}

static void fifo_pop(struct mcasp_fifo *f, uint8_t *p, uint32_t len)
{
	while (len--) {
		*p++ = f->buf[f->head];
		f->head = (f->head + 1) % f->size;
		f->fill--;
	}
}

static int port_write(void *ctx, uint32_t addr, const void *buf, uint32_t len)
{
	struct mcasp_model *m = ctx;
	struct mcasp_fifo *f = &m->tx;
	uint32_t room = f->size - f->fill;

	m->st.dma_bytes_in += len;
	if (!f->enabled || len > room) {
		m->st.bad_accesses++;
		len = f->enabled ? room : 0;
	}
	fifo_push(f, buf, len);
	if (f->req) {
		f->served += len;
		if (f->served >= m->req_bytes)
			f->req = false;
	}
	return 0;
}

static int port_read(void *ctx, uint32_t addr, void *buf, uint32_t len)
{
	struct mcasp_model *m = ctx;
	struct mcasp_fifo *f = &m->rx;
	uint32_t n = len;

	m->st.dma_bytes_out += len;
	if (!f->enabled || len > f->fill) {
		m->st.bad_accesses++;
		n = f->enabled ? f->fill : 0;
		memset((uint8_t *)buf + n, 0, len - n);
	}
	fifo_pop(f, buf, n);
	if (f->req) {
		f->served += len;
		if (f->served >= m->req_bytes)
			f->req = false;
	}
	return 0;
}

static const struct edma3_bus_dev_ops mcasp_port_ops = {
	.read = port_read,
	.write = port_write,
};

struct mcasp_model *mcasp_model_create(struct edma3_bus *bus,
				       const struct mcasp_model_config *cfg)
{
	struct mcasp_model *m;
	uint32_t size;

	if (!bus || !cfg->cc || !cfg->word_bytes || cfg->word_bytes > 4 ||
	    !cfg->numevt || cfg->numevt > cfg->fifo_words)
		return NULL;
	m = calloc(1, sizeof(*m));
	if (!m)
		return NULL;
	m->cfg = *cfg;
	m->bus = bus;
	size = cfg->fifo_words * cfg->word_bytes;
	m->req_bytes = cfg->numevt * cfg->word_bytes;
	m->tx.size = size;
	m->rx.size = size;
	m->tx.buf = calloc(1, size);
	m->rx.buf = calloc(1, size);
	if (!m->tx.buf || !m->rx.buf ||
	    edma3_bus_add_device(bus, cfg->data_port,
				 cfg->port_size ? cfg->port_size : 0x1000,
				 &mcasp_port_ops, m, "mcasp")) {
		free(m->tx.buf);
		free(m->rx.buf);
		free(m);
		return NULL;
	}
	return m;
}

void mcasp_model_destroy(struct mcasp_model *m)
{
	if (!m)
		return;
	edma3_bus_remove(m->bus, m->cfg.data_port);
	free(m->tx.buf);
	free(m->rx.buf);
	free(m);
}

static void raise_req(struct mcasp_model *m, struct mcasp_fifo *f,
		      unsigned int event, uint64_t *count)
{
	f->req = true;
	f->served = 0;
	f->starved = 0;
	(*count)++;
	if (event != MCASP_NO_EVENT)
		edma3_event(m->cfg.cc, event);
}

/*
 * Ask for as much as the FIFO can take.  A DMA that serves requests at
 * once (the model's auto-run) refills the FIFO inside edma3_event(); one
 * that does not leaves the request outstanding and the loop ends.
 */
static void tx_request(struct mcasp_model *m)
{
	struct mcasp_fifo *f = &m->tx;
	unsigned int guard = m->cfg.fifo_words + 1;

	while (f->enabled && !f->req && f->size - f->fill >= m->req_bytes &&
	       guard--)
		raise_req(m, f, m->cfg.tx_event, &m->st.tx_events);
}

static void rx_request(struct mcasp_model *m)
{
	struct mcasp_fifo *f = &m->rx;
	unsigned int guard = m->cfg.fifo_words + 1;

	while (f->enabled && !f->req && f->fill >= m->req_bytes && guard--)
		raise_req(m, f, m->cfg.rx_event, &m->st.rx_events);
}

static void rearm(struct mcasp_model *m, struct mcasp_fifo *f,
		  unsigned int event)
{
	if (!m->cfg.rearm_ticks || !f->req)
		return;
	if (++f->starved < m->cfg.rearm_ticks)
		return;
	f->starved = 0;
	f->served = 0;
	m->st.rearms++;
	if (event != MCASP_NO_EVENT)
		edma3_event(m->cfg.cc, event);
}

void mcasp_model_enable(struct mcasp_model *m, bool tx, bool rx)
{
	if (!tx) {
		m->tx.fill = 0;
		m->tx.req = false;
	}
	if (!rx) {
		m->rx.fill = 0;
		m->rx.req = false;
	}
	m->tx.enabled = tx;
	m->rx.enabled = rx;
	tx_request(m);
	rx_request(m);
}

static void tick_one(struct mcasp_model *m)
{
	unsigned int wb = m->cfg.word_bytes;

	m->st.ticks++;
	if (m->tx.enabled) {
		if (m->tx.fill >= wb) {
			fifo_pop(&m->tx, m->word, wb);
			m->st.played_words++;
			if (m->cfg.tx_sink)
				m->cfg.tx_sink(m->cfg.ctx, m->word, wb);
		} else {
			m->st.underruns++;
			rearm(m, &m->tx, m->cfg.tx_event);
		}
		tx_request(m);
	}
	if (m->rx.enabled) {
		if (m->rx.size - m->rx.fill >= wb) {
			if (m->cfg.rx_source)
				m->cfg.rx_source(m->cfg.ctx, m->word, wb);
			else
				memset(m->word, 0, wb);
			fifo_push(&m->rx, m->word, wb);
			m->st.recorded_words++;
		} else {
			m->st.overruns++;
			rearm(m, &m->rx, m->cfg.rx_event);
		}
		rx_request(m);
	}
}

void mcasp_model_tick(struct mcasp_model *m, uint64_t n)
{
	while (n--)
		tick_one(m);
}

void mcasp_model_run_until(struct mcasp_model *m, uint64_t now_ns)
{
	uint64_t due;

	if (!m->timed) {
		m->timed = true;
		m->t0_ns = now_ns;
		m->st.ticks = 0;
	}
	due = (now_ns - m->t0_ns) * m->cfg.rate_hz / 1000000000ull;
	while (m->st.ticks < due)
		tick_one(m);
}

unsigned int mcasp_model_tx_fill(const struct mcasp_model *m)
{
	return m->tx.fill / m->cfg.word_bytes;
}

unsigned int mcasp_model_rx_fill(const struct mcasp_model *m)
{
	return m->rx.fill / m->cfg.word_bytes;
}

const struct mcasp_model_stats *mcasp_model_stats(const struct mcasp_model *m)
{
	return &m->st;
}
