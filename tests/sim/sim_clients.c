// SPDX-License-Identifier: GPL-2.0
/*
 * Kernel-side clients of the simulated board job: a memcpy, a linked and
 * chained transfer, and a cyclic ping-pong, each programmed through the
 * private EDMA API the way the legacy DaVinci drivers did it.
 */
#include <linux/dma-mapping.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/ioport.h>
#include <linux/kernel.h>
#include <linux/platform_device.h>
#include <linux/platform_data/edma.h>
#include <linux/slab.h>
#include <linux/string.h>

#include "edma-keystone.h"
#include "edma-legacy.h"
#include "host.h"
#include "sim.h"

#define SIM_ARRAY	256	/* ACNT of the memory-to-memory transfers */

/*
 * Each SoC as its EVM registers it: with the DSP reservations of
 * edma-evm-rsv.c where the board has a DSP sharing the controller, and the
 * Keystone controllers through their platform data.
 */
int sim_register_soc(const char *soc)
{
	if (!strcmp(soc, "da850"))
		return da850_register_edma(da850_evm_edma_rsv);
	if (!strcmp(soc, "da830"))
		return da830_register_edma(&da830_evm_edma_rsv);
	if (!strcmp(soc, "dm644x"))
		return dm644x_register_edma(NULL);
	if (!strcmp(soc, "dm355"))
		return dm355_register_edma(NULL);
	if (!strcmp(soc, "dm365"))
		return dm365_register_edma(NULL);
	if (!strcmp(soc, "dm646x"))
		return dm646x_register_edma(&dm646x_evm_edma_rsv);
	if (!strcmp(soc, "k2h"))
		return keystone_register_edma(KEYSTONE_EDMA_K2H);
	if (!strcmp(soc, "k2e"))
		return keystone_register_edma(KEYSTONE_EDMA_K2E);
	if (!strcmp(soc, "k2l"))
		return keystone_register_edma(KEYSTONE_EDMA_K2L);
	return -ENODEV;
}

struct sim_client {
	unsigned int completions;
	unsigned int errors;
	unsigned int last_channel;
	u16 last_status;
};

static void sim_callback(unsigned int channel, u16 ch_status, void *data)
{
	struct sim_client *c = data;

	c->last_channel = channel;
	c->last_status = ch_status;
	if (ch_status == EDMA_DMA_COMPLETE)
		c->completions++;
	else
		c->errors++;
}

static u32 sim_seed = 0x2545f491;

static void sim_fill(u8 *buf, unsigned int len)
{
	while (len--) {
		sim_seed ^= sim_seed << 13;
		sim_seed ^= sim_seed >> 17;
		sim_seed ^= sim_seed << 5;
		*buf++ = sim_seed;
	}
}

static u64 sim_mismatches(const u8 *a, const u8 *b, unsigned int len)
{
	u64 bad = 0;

	while (len--)
		bad += *a++ != *b++;
	return bad;
}

/*
 * A memory-to-memory PaRAM set, AB-synchronised so that one trigger moves
 * ccnt frames of bcnt arrays of SIM_ARRAY bytes.
 */
static void sim_mem_param(struct edmacc_param *p, dma_addr_t src,
			  dma_addr_t dst, unsigned int len, u32 opt)
{
	memset(p, 0, sizeof(*p));
	p->opt = SYNCDIM | opt;
	p->src = src;
	p->dst = dst;
	p->a_b_cnt = (len / SIM_ARRAY) << 16 | SIM_ARRAY;
	p->src_dst_bidx = SIM_ARRAY << 16 | SIM_ARRAY;
	p->link_bcntrld = 0xffff;
	p->ccnt = 1;
}

struct sim_buf {
	void *cpu;
	dma_addr_t dma;
	unsigned int len;
};

static int sim_buf_alloc(struct sim_buf *b, unsigned int len)
{
	b->len = len;
	b->cpu = dma_alloc_coherent(NULL, len, &b->dma, GFP_KERNEL);
	return b->cpu ? 0 : -ENOMEM;
}

static void sim_buf_free(struct sim_buf *b)
{
	if (b->cpu)
		dma_free_coherent(NULL, b->len, b->cpu, b->dma);
	b->cpu = NULL;
}

int sim_run_memcpy(unsigned int ctlr, unsigned int size,
		   struct sim_result *res)
{
	struct sim_client client = { 0 };
	struct sim_buf src = { 0 }, dst = { 0 };
	struct edmacc_param p;
	int ch, ret;

	res->name = "memcpy";
	ch = edma_alloc_channel(EDMA_CHANNEL_ANY, sim_callback, &client,
				EVENTQ_DEFAULT);
	if (ch < 0)
		return res->status = ch;
	res->ctlr = EDMA_CTLR(ch);
	ret = sim_buf_alloc(&src, size) ?: sim_buf_alloc(&dst, size);
	if (ret)
		goto out;
	sim_fill(src.cpu, size);
	memset(dst.cpu, 0, size);

	/* the 3.x driver way: setters, then OR in the completion code */
	edma_set_src(ch, src.dma, INCR, W8BIT);
	edma_set_dest(ch, dst.dma, INCR, W8BIT);
	edma_set_src_index(ch, SIM_ARRAY, 0);
	edma_set_dest_index(ch, SIM_ARRAY, 0);
	edma_set_transfer_params(ch, SIM_ARRAY, size / SIM_ARRAY, 1, 0, ABSYNC);
	edma_read_slot(ch, &p);
	p.opt |= TCINTEN | EDMA_TCC(EDMA_CHAN_SLOT(ch));
	edma_write_slot(ch, &p);

	ret = edma_start(ch);
	host_irq_poll();
	res->bytes = size;
	res->callbacks = client.completions;
	res->errors = client.errors;
	res->mismatches = sim_mismatches(src.cpu, dst.cpu, size);
	if (!ret && (client.completions != 1 || client.last_channel != ch))
		ret = -EIO;
out:
	edma_free_channel(ch);
	sim_buf_free(&src);
	sim_buf_free(&dst);
	return res->status = ret;
}

/*
 * Channel A walks three linked sets, each chaining A again when done; the
 * last one chains channel B instead, which gathers the three blocks into
 * the destination and interrupts.  One edma_start(), one callback.
 */
int sim_run_linked_chained(unsigned int ctlr, unsigned int block,
			   struct sim_result *res)
{
	struct sim_client ca = { 0 }, cb = { 0 };
	struct sim_buf src = { 0 }, mid = { 0 }, dst = { 0 };
	int a, b = -1, s1 = -1, s2 = -1, ret;
	struct edmacc_param p;
	unsigned int total = 3 * block;

	res->name = "linked+chained";
	a = edma_alloc_channel(EDMA_CHANNEL_ANY, sim_callback, &ca,
			       EVENTQ_DEFAULT);
	if (a < 0)
		return res->status = a;
	res->ctlr = EDMA_CTLR(a);
	b = edma_alloc_channel(EDMA_CHANNEL_ANY, sim_callback, &cb,
			       EVENTQ_DEFAULT);
	s1 = edma_alloc_slot(EDMA_CTLR(a), EDMA_SLOT_ANY);
	s2 = edma_alloc_slot(EDMA_CTLR(a), EDMA_SLOT_ANY);
	ret = b < 0 ? b : s1 < 0 ? s1 : s2 < 0 ? s2 : 0;
	if (ret || EDMA_CTLR(b) != EDMA_CTLR(a))
		goto out;
	ret = sim_buf_alloc(&src, total) ?: sim_buf_alloc(&mid, total) ?:
	      sim_buf_alloc(&dst, total);
	if (ret)
		goto out;
	sim_fill(src.cpu, total);
	memset(dst.cpu, 0, total);

	sim_mem_param(&p, src.dma, mid.dma, block,
		      TCCHEN | EDMA_TCC(EDMA_CHAN_SLOT(a)));
	edma_write_slot(a, &p);
	edma_link(a, s1);
	sim_mem_param(&p, src.dma + block, mid.dma + block, block,
		      TCCHEN | EDMA_TCC(EDMA_CHAN_SLOT(a)));
	edma_write_slot(s1, &p);
	edma_link(s1, s2);
	sim_mem_param(&p, src.dma + 2 * block, mid.dma + 2 * block, block,
		      TCCHEN | EDMA_TCC(EDMA_CHAN_SLOT(b)));
	edma_write_slot(s2, &p);
	sim_mem_param(&p, mid.dma, dst.dma, total,
		      TCINTEN | EDMA_TCC(EDMA_CHAN_SLOT(b)));
	edma_write_slot(b, &p);

	ret = edma_start(a);
	host_irq_poll();
	res->bytes = total;
	res->callbacks = ca.completions + cb.completions;
	res->errors = ca.errors + cb.errors;
	res->mismatches = sim_mismatches(src.cpu, dst.cpu, total);
	if (!ret && (cb.completions != 1 || ca.completions ||
		     cb.last_channel != b))
		ret = -EIO;
out:
	if (s2 >= 0)
		edma_free_slot(s2);
	if (s1 >= 0)
		edma_free_slot(s1);
	if (b >= 0)
		edma_free_channel(b);
	edma_free_channel(a);
	sim_buf_free(&src);
	sim_buf_free(&mid);
	sim_buf_free(&dst);
	return res->status = ret;
}

/* One half of the ping-pong: a period of frames of 4-byte x 16 samples. */
static void sim_period_param(struct edmacc_param *p, dma_addr_t src,
			     dma_addr_t dst, unsigned int period,
			     unsigned int ch, unsigned int next)
{
	memset(p, 0, sizeof(*p));
	p->opt = SYNCDIM | TCINTEN | EDMA_TCC(ch);
	p->src = src;
	p->dst = dst;
	p->a_b_cnt = 16 << 16 | 4;
	p->src_dst_bidx = 4 << 16 | 4;
	p->src_dst_cidx = 64 << 16 | 64;
	p->link_bcntrld = 0x4000 + 32 * next;
	p->ccnt = period / 64;
}

int sim_run_cyclic(unsigned int ctlr, unsigned int channel,
		   unsigned int period, unsigned int periods,
		   void (*raise_event)(unsigned int ctlr, unsigned int ch),
		   struct sim_result *res)
{
	struct resource req = DEFINE_RES_DMA_NAMED(EDMA_DMA_SPEC(ctlr, channel, 0),
						   "cyclic");
	struct sim_client client = { 0 };
	struct sim_buf src = { 0 }, dst = { 0 }, want = { 0 };
	struct platform_device *pdev;
	struct edma_dma_spec spec;
	int ch, ping = -1, pong = -1, ret;
	struct edmacc_param p;
	unsigned int i, e, half;

	res->name = "cyclic";
	res->ctlr = ctlr;
	/* the peripheral whose event paces the job: its request names it */
	pdev = host_platform_device_create("sim-cyclic", ctlr, &req, 1,
					   NULL, 0);
	if (IS_ERR(pdev))
		return res->status = PTR_ERR(pdev);
	ret = edma_get_dma_spec(&pdev->dev, "cyclic", &spec);
	ch = ret ?: edma_alloc_channel(EDMA_CTLR_CHAN(spec.ctlr, spec.channel),
				       sim_callback, &client, spec.queue);
	if (ch < 0) {
		platform_device_unregister(pdev);
		return res->status = ch;
	}
	ping = edma_alloc_slot(ctlr, EDMA_SLOT_ANY);
	pong = edma_alloc_slot(ctlr, EDMA_SLOT_ANY);
	ret = ping < 0 ? ping : pong < 0 ? pong : 0;
	if (ret)
		goto out;
	ret = sim_buf_alloc(&src, 2 * period) ?:
	      sim_buf_alloc(&dst, 2 * period) ?: sim_buf_alloc(&want, period);
	if (ret)
		goto out;

	sim_period_param(&p, src.dma, dst.dma, period, channel,
			 EDMA_CHAN_SLOT(pong));
	edma_write_slot(ping, &p);
	edma_write_slot(ch, &p);
	sim_period_param(&p, src.dma + period, dst.dma + period, period,
			 channel, EDMA_CHAN_SLOT(ping));
	edma_write_slot(pong, &p);
	sim_fill(src.cpu, 2 * period);

	ret = edma_start(ch);
	for (i = 0; !ret && i < periods; i++) {
		half = i % 2;
		memcpy(want.cpu, (u8 *)src.cpu + half * period, period);
		for (e = 0; e < period / 64; e++)
			raise_event(ctlr, channel);
		host_irq_poll();
		res->mismatches += sim_mismatches(want.cpu,
						  (u8 *)dst.cpu + half * period,
						  period);
		res->bytes += period;
		if (client.completions != i + 1)
			ret = -EIO;
		/* the producer refills the half the hardware just drained */
		sim_fill((u8 *)src.cpu + half * period, period);
	}
	res->callbacks = client.completions;
	res->errors = client.errors;
	edma_stop(ch);
out:
	if (pong >= 0)
		edma_free_slot(pong);
	if (ping >= 0)
		edma_free_slot(ping);
	edma_free_channel(ch);
	platform_device_unregister(pdev);
	sim_buf_free(&src);
	sim_buf_free(&dst);
	sim_buf_free(&want);
	return res->status = ret;
}
