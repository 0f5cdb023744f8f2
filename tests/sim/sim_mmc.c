// SPDX-License-Identifier: GPL-2.0
/*
 * make run: the MMC client.  A platform driver binds the MMC DMA client
 * to the host device's "rx"/"tx" request lines; the card model moves
 * about 2 MB/s of simulated time.  The workload alternates random
 * writes and reads of 1-16 blocks with random scatter-gather shapes
 * (often more segments than link slots) and checks every byte against a
 * shadow copy of the card.  A request that does not finish within 50 ms
 * of simulated time is aborted as a data timeout.
 */
#include <linux/dma-mapping.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/ioport.h>
#include <linux/kernel.h>
#include <linux/platform_data/edma.h>
#include <linux/platform_device.h>
#include <linux/slab.h>
#include <linux/string.h>

#include <stdio.h>

#include "board.h"
#include "host.h"
#include "edma-mmc-client.h"
#include "mmc_model.h"
#include "sim.h"

#define SM_THR		32
#define SM_BLOCKS	4096
#define SM_MAX_BLOCKS	16
#define SM_MAX_SEGS	64
#define SM_BUF		(4 * SM_MAX_BLOCKS * 512)
#define SM_NS_PER_BYTE	500		/* 2 MB/s */
#define SM_TIMEOUT_NS	50000000ull

static struct {
	const struct sim_env *env;
	struct mmc_model *card;
	struct platform_device *pdev;
	struct edma_mmc *host;
	bool registered;
	u8 *shadow;
	u8 *want;
	void *cpu;
	dma_addr_t dma;
	struct edma_mmc_sg sg[SM_MAX_SEGS];
	unsigned int nsg;
	bool busy, write, done;
	int err;
	u32 lba, nblocks;
	u64 started_ns, last_ns;
	u64 blocks, bytes, mismatches, timeouts, ioerrs;
	u32 rng;
	int status;
} sm;

static u32 sm_rand(void)
{
	sm.rng ^= sm.rng << 13;
	sm.rng ^= sm.rng >> 17;
	sm.rng ^= sm.rng << 5;
	return sm.rng;
}

static const struct edma_mmc_config *sm_config(void)
{
	static struct edma_mmc_config cfg;

	cfg.rx_port = sm.env->mmc_port + 0x28;
	cfg.tx_port = sm.env->mmc_port + 0x2c;
	cfg.fifo_width = 4;
	cfg.rw_threshold = SM_THR;
	return &cfg;
}

static int sm_probe(struct platform_device *pdev)
{
	struct edma_mmc *host = devm_edma_mmc_init(&pdev->dev, sm_config());

	if (IS_ERR(host))
		return PTR_ERR(host);
	sm.host = host;
	return 0;
}

static int sm_remove(struct platform_device *pdev)
{
	sm.host = NULL;
	return 0;
}

static struct platform_driver sm_driver = {
	.driver = { .name = "davinci_mmc" },
	.probe = sm_probe,
	.remove = sm_remove,
};

static void sm_done(void *data, int err)
{
	sm.done = true;
	sm.err = err;
}

static void sm_shape(u32 len)
{
	u32 units = len / SM_THR, off = 0, n;

	sm.nsg = 0;
	while (units) {
		n = sm.nsg == SM_MAX_SEGS - 1 ? units : 1 + sm_rand() % 12;
		n = min(n, units);
		off += (sm_rand() % 4) * 4;
		sm.sg[sm.nsg].addr = sm.dma + off;
		sm.sg[sm.nsg].len = n * SM_THR;
		off += n * SM_THR;
		units -= n;
		sm.nsg++;
	}
}

static void sm_start(u64 now)
{
	u8 *p;
	unsigned int i;
	u32 len;
	int ret;

	sm.write = sm_rand() & 1;
	sm.nblocks = 1 + sm_rand() % SM_MAX_BLOCKS;
	sm.lba = sm_rand() % (SM_BLOCKS - sm.nblocks);
	len = sm.nblocks * 512;
	sm_shape(len);
	memset(sm.cpu, 0, SM_BUF);
	if (sm.write) {
		for (i = 0; i < len; i++)
			sm.want[i] = sm_rand();
		p = sm.want;
		for (i = 0; i < sm.nsg; i++) {
			memcpy((u8 *)sm.cpu + (sm.sg[i].addr - sm.dma), p,
			       sm.sg[i].len);
			p += sm.sg[i].len;
		}
	}
	sm.done = false;
	ret = edma_mmc_submit(sm.host, sm.write, sm.sg, sm.nsg, sm_done,
			      NULL);
	if (!ret && mmc_model_cmd(sm.card, sm.write, sm.lba, sm.nblocks))
		ret = -EIO;
	if (ret) {
		sm.status = ret;
		return;
	}
	sm.busy = true;
	sm.started_ns = now;
}

static void sm_check(void)
{
	u32 len = sm.nblocks * 512, i, j, off = 0;
	const u8 *card = mmc_model_storage(sm.card) + sm.lba * 512;
	const u8 *shadow = sm.shadow + sm.lba * 512;

	if (sm.write) {
		for (i = 0; i < len; i++)
			sm.mismatches += card[i] != sm.want[i];
		memcpy(sm.shadow + sm.lba * 512, sm.want, len);
	} else {
		for (i = 0; i < sm.nsg; i++) {
			const u8 *p = (u8 *)sm.cpu + (sm.sg[i].addr - sm.dma);

			for (j = 0; j < sm.sg[i].len; j++)
				sm.mismatches += p[j] != shadow[off + j];
			off += sm.sg[i].len;
		}
	}
	sm.blocks += sm.nblocks;
	sm.bytes += len;
}

static void sm_step(uint64_t now)
{
	u64 budget = (now - sm.last_ns) / SM_NS_PER_BYTE;

	if (sm.status)
		return;
	sm.last_ns = now;
	if (!sm.busy)
		sm_start(now);
	if (!sm.busy)
		return;
	while (budget && mmc_model_busy(sm.card)) {
		mmc_model_step(sm.card, min_t(u64, budget, 2 * SM_THR));
		budget -= min_t(u64, budget, 2 * SM_THR);
		host_irq_poll();
	}
	if (sm.done && !mmc_model_busy(sm.card)) {
		sm.busy = false;
		if (!sm.err) {
			sm_check();
		} else {
			/* the host ends the command; the card keeps its data */
			sm.ioerrs++;
			mmc_model_abort(sm.card);
		}
		return;
	}
	if (now - sm.started_ns > SM_TIMEOUT_NS) {
		edma_mmc_abort(sm.host, -ETIMEDOUT);
		mmc_model_abort(sm.card);
		sm.timeouts++;
		sm.busy = false;
	}
}

static int sm_init(const struct sim_env *env)
{
	struct resource res[] = {
		DEFINE_RES_DMA_NAMED(EDMA_DMA_SPEC(env->mmc_ctlr, env->mmc_rx,
						   0), "rx"),
		DEFINE_RES_DMA_NAMED(EDMA_DMA_SPEC(env->mmc_ctlr, env->mmc_tx,
						   0), "tx"),
	};
	struct mmc_model_config cfg = {
		.cc = board_cc(env->board, env->mmc_ctlr),
		.rx_event = env->mmc_rx,
		.tx_event = env->mmc_tx,
		.data_port = env->mmc_port,
		.fifo_bytes = 2 * SM_THR,
		.rw_threshold = SM_THR,
		.nblocks = SM_BLOCKS,
	};
	unsigned int i;
	int ret;

	memset(&sm, 0, sizeof(sm));
	sm.env = env;
	sm.rng = 0x5eed3c;
	sm.card = mmc_model_create(env->board->bus, &cfg);
	sm.shadow = kmalloc(SM_BLOCKS * 512, GFP_KERNEL);
	sm.want = kmalloc(SM_MAX_BLOCKS * 512, GFP_KERNEL);
	sm.cpu = dma_alloc_coherent(NULL, SM_BUF, &sm.dma, GFP_KERNEL);
	if (!sm.card || !sm.shadow || !sm.want || !sm.cpu)
		return sm.status = -ENOMEM;
	for (i = 0; i < SM_BLOCKS * 512; i++)
		sm.shadow[i] = sm_rand();
	memcpy(mmc_model_storage(sm.card), sm.shadow, SM_BLOCKS * 512);

	ret = platform_driver_register(&sm_driver);
	if (ret)
		return sm.status = ret;
	sm.registered = true;
	sm.pdev = host_platform_device_create("davinci_mmc", 0, res,
					      ARRAY_SIZE(res), NULL, 0);
	if (IS_ERR(sm.pdev)) {
		ret = PTR_ERR(sm.pdev);
		sm.pdev = NULL;
		return sm.status = ret;
	}
	if (!sm.host)
		return sm.status = -ENODEV;
	return 0;
}

static void sm_progress(char *buf, unsigned int len)
{
	snprintf(buf, len, "mmc %llu blocks", (unsigned long long)sm.blocks);
}

static void sm_report(struct sim_report *r)
{
	struct edma_mmc_stats st = { 0 };

	if (sm.host)
		edma_mmc_get_stats(sm.host, &st);
	r->unit = "blocks";
	snprintf(r->where, sizeof(r->where), "CC%u ch %u/%u, %u links",
		 sm.env->mmc_ctlr, sm.env->mmc_rx, sm.env->mmc_tx,
		 sm.host ? edma_mmc_max_links(sm.host) : 0);
	r->bytes = sm.bytes;
	r->units = sm.blocks;
	r->irqs = st.irqs;
	r->recovered = sm.timeouts + sm.ioerrs;
	r->mismatches = sm.mismatches;
	r->status = sm.status;
	if (!r->status && !sm.blocks)
		r->status = -EIO;
}

static void sm_exit(void)
{
	if (sm.pdev)
		platform_device_unregister(sm.pdev);
	if (sm.registered)
		platform_driver_unregister(&sm_driver);
	mmc_model_destroy(sm.card);
	if (sm.cpu)
		dma_free_coherent(NULL, SM_BUF, sm.cpu, sm.dma);
	kfree(sm.shadow);
	kfree(sm.want);
	memset(&sm, 0, sizeof(sm));
}

const struct sim_client_ops sim_mmc_client = {
	.name = "mmc",
	.init = sm_init,
	.step = sm_step,
	.progress = sm_progress,
	.report = sm_report,
	.exit = sm_exit,
};
