// SPDX-License-Identifier: GPL-2.0
/*
 * Shared fixture of the ring suites (see edma_ring_test_util.h).
 */
#include <linux/io.h>
#include <linux/ioport.h>
#include <linux/platform_device.h>
#include <linux/string.h>

#include "edma_ring_test_util.h"
#include "edma_test_util.h"

struct ring_test_ctx rt;

static void ring_test_event(void *ctx, enum mac_line line)
{
	edma3_event(edma_test_cc(line == MAC_LINE_RX ? RT_RX_CTLR : RT_TX_CTLR),
		    RT_CHAN);
}

static void ring_test_tx_frame(void *ctx, const uint8_t *data, uint32_t len)
{
	rt.tx_seen++;
	if (rt.tx_check)
		rt.tx_check(data, len);
}

static void ring_test_rx_cb(struct edma_ring *ring)
{
	rt.rx_cbs++;
	if (rt.napi && !rt.rx_scheduled) {
		rt.rx_scheduled = true;
		edma_ring_disable_cb(ring);
	}
}

static void ring_test_tx_cb(struct edma_ring *ring)
{
	rt.tx_cbs++;
	if (rt.napi && !rt.tx_scheduled) {
		rt.tx_scheduled = true;
		edma_ring_disable_cb(ring);
	}
}

static int ring_test_probe(struct platform_device *pdev)
{
	struct edma_ring_config rx = {
		.dir = EDMA_RING_RX, .num = rt.rx_num, .window = rt.rx_window,
		.fifo = RT_MAC_BUS + MAC_BUS_RX_FIFO,
		.status = RT_MAC_BUS + MAC_BUS_RX_STAT,
		.buf_len = rt.buf_len, .callback = ring_test_rx_cb, .priv = &rt,
	};
	struct edma_ring_config tx = {
		.dir = EDMA_RING_TX, .num = rt.tx_num, .window = rt.tx_window,
		.fifo = RT_MAC_BUS + MAC_BUS_TX_FIFO,
		.status = RT_MAC_BUS + MAC_BUS_TX_STAT,
		.callback = ring_test_tx_cb, .priv = &rt,
	};

	rt.regs = devm_ioremap(&pdev->dev, RT_MAC_MMIO, MAC_MMIO_SIZE);
	if (!rt.regs)
		return -ENOMEM;
	rx.doorbell = rt.regs + MAC_RX_CREDIT;
	tx.doorbell = rt.regs + MAC_TX_POST;
	rt.rx = devm_edma_ring_request(&pdev->dev, "rx", &rx);
	if (IS_ERR(rt.rx)) {
		rt.probe_err = PTR_ERR(rt.rx);
		rt.rx = NULL;
		return rt.probe_err;
	}
	rt.tx = devm_edma_ring_request(&pdev->dev, "tx", &tx);
	if (IS_ERR(rt.tx)) {
		rt.probe_err = PTR_ERR(rt.tx);
		rt.rx = NULL;
		rt.tx = NULL;
		return rt.probe_err;
	}
	rt.pool = dmam_alloc_coherent(&pdev->dev, RT_NBUF * rt.buf_len,
				      &rt.pool_dma, GFP_KERNEL);
	if (!rt.pool)
		return -ENOMEM;
	rt.probe_err = 0;
	return 0;
}

static int ring_test_remove(struct platform_device *pdev)
{
	rt.rx = NULL;
	rt.tx = NULL;
	return 0;
}

static struct platform_driver ring_test_driver = {
	.driver = { .name = "edma-ring-test" },
	.probe = ring_test_probe,
	.remove = ring_test_remove,
};

static const struct resource ring_test_res[] = {
	DEFINE_RES_DMA_NAMED(EDMA_CTLR_CHAN(RT_RX_CTLR, RT_CHAN), "rx"),
	DEFINE_RES_DMA_NAMED(EDMA_CTLR_CHAN(RT_TX_CTLR, RT_CHAN), "tx"),
};

/* The MAC's registers, held against the thread that steps it (stress) */
static u32 ring_test_mac_read(void *ctx, u32 off)
{
	u32 v;

	if (rt.mac_hold)
		rt.mac_hold(true);
	v = mac_mmio_read(ctx, off);
	if (rt.mac_hold)
		rt.mac_hold(false);
	return v;
}

static void ring_test_mac_write(void *ctx, u32 off, u32 val)
{
	if (rt.mac_hold)
		rt.mac_hold(true);
	mac_mmio_write(ctx, off, val);
	if (rt.mac_hold)
		rt.mac_hold(false);
}

static const struct host_mmio_ops ring_test_mac_mmio = {
	.read32 = ring_test_mac_read,
	.write32 = ring_test_mac_write,
};

static bool ring_test_driver_registered;

static int ring_test_setup_board(bool controllers)
{
	return controllers ? edma_test_setup_da850(false) : edma_test_setup_bare(&board_da850);
}

static int ring_test_setup_all(unsigned int rx_num, unsigned int rx_window,
			       unsigned int tx_num, unsigned int tx_window,
			       unsigned int buf_len, bool controllers)
{
	struct mac_config mc = {
		.rx_queue = 1024, .event = ring_test_event, .tx_frame = ring_test_tx_frame,
	};
	int ret;

	memset(&rt, 0, sizeof(rt));
	rt.rx_num = rx_num;
	rt.tx_num = tx_num;
	rt.rx_window = rx_window;
	rt.tx_window = tx_window;
	rt.buf_len = buf_len;
	ret = ring_test_setup_board(controllers);
	if (ret)
		return ret;
	rt.mac = mac_create(&mc);
	if (!rt.mac ||
	    edma3_bus_add_device(edma_test_board->bus, RT_MAC_BUS, MAC_BUS_SIZE,
				 &mac_bus_ops, rt.mac, "mac") ||
	    host_mmio_register(RT_MAC_MMIO, MAC_MMIO_SIZE, &ring_test_mac_mmio,
			       rt.mac))
		return -ENOMEM;
	ret = platform_driver_register(&ring_test_driver);
	if (ret)
		return ret;
	ring_test_driver_registered = true;
	rt.pdev = host_platform_device_create("edma-ring-test", 0, ring_test_res,
					      ARRAY_SIZE(ring_test_res), NULL, 0);
	if (IS_ERR(rt.pdev))
		return PTR_ERR(rt.pdev);
	if (controllers && (!rt.rx || !rt.tx))
		return rt.probe_err ? rt.probe_err : -ENODEV;
	return 0;
}

int ring_test_setup_ext(unsigned int rx_num, unsigned int tx_num,
			unsigned int buf_len, bool controllers)
{
	return ring_test_setup_all(rx_num, 0, tx_num, 0, buf_len, controllers);
}

int ring_test_setup_window(unsigned int num, unsigned int window,
			   unsigned int buf_len)
{
	int ret = ring_test_setup_all(num, window, num, window, buf_len, true);

	if (!ret)
		ring_test_init_pool();
	return ret;
}

void ring_test_init_pool(void)
{
	unsigned int i;

	for (i = 0; i < RT_NBUF; i++) {
		rt.buf[i].cpu = rt.pool + i * rt.buf_len;
		rt.buf[i].dma = rt.pool_dma + i * rt.buf_len;
		rt.buf[i].id = i;
	}
}

int ring_test_setup(unsigned int rx_num, unsigned int tx_num, unsigned int buf_len)
{
	int ret = ring_test_setup_ext(rx_num, tx_num, buf_len, true);

	if (!ret)
		ring_test_init_pool();
	return ret;
}

void ring_test_unbind(void)
{
	if (ring_test_driver_registered)
		platform_driver_unregister(&ring_test_driver);
	ring_test_driver_registered = false;
}

void ring_test_exit(struct kunit *test)
{
	if (ring_test_driver_registered)
		platform_driver_unregister(&ring_test_driver);
	ring_test_driver_registered = false;
	if (rt.mac) {
		host_mmio_unregister(RT_MAC_MMIO);
		edma3_bus_remove(edma_test_board->bus, RT_MAC_BUS);
	}
	edma_test_exit(test);
	mac_destroy(rt.mac);
	rt.mac = NULL;
}

bool ring_test_inject(u32 seq, unsigned int len)
{
	u8 frame[MAC_MAX_FRAME];

	edma_test_frame_fill(frame, seq, len);
	return mac_rx_inject(rt.mac, frame, len);
}

int ring_test_post_rx(unsigned int first, unsigned int count)
{
	unsigned int i;
	int ret;

	for (i = 0; i < count; i++) {
		struct ring_test_buf *b = &rt.buf[(first + i) % RT_NBUF];

		ret = edma_ring_add_inbuf(rt.rx, b->dma, b);
		if (ret)
			return ret;
	}
	return 0;
}
