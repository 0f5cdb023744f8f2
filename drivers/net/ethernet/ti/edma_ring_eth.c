// SPDX-License-Identifier: GPL-2.0
/*
 * Reference NAPI driver for a simple Ethernet MAC whose frames move through
 * two TI EDMA3 rings ("rx" and "tx" DMA requests), on the notify + poll
 * ring API of the private EDMA library.
 *
 * The MAC:
 *   "regs" (IORESOURCE_MEM): CPU registers.  RX_CREDIT takes a signed
 *	number of receive buffers the MAC may fill (the RX doorbell) and
 *	reads back the credits it holds; TX_POST takes a signed number of
 *	frames ready to send (the TX doorbell) and reads back those pending.
 *	A write that brings either to zero abandons the frame in progress
 *	(RX: delivered again later; TX: not sent).
 *   "fifo" (IORESOURCE_MEM, not mapped): the bus window the DMA reads
 *	frames from and writes frames to, and the per-frame status words.
 *
 * Data path, all without locks or allocations of its own:
 *   RX	 the ring notifies once (hard IRQ); the callback masks the ring and
 *	 schedules NAPI.  The poll takes at most @budget frames, in batches
 *	 (edma_ring_get_bufs(): one barrier and one release each).  Buffers
 *	 are pages of a page pool: a frame above rx_copybreak goes up in its
 *	 own page (napi_build_skb(), recycled to the pool when the stack frees
 *	 it) and a fresh page takes its slot; a smaller one is copied into a
 *	 new skb and its page goes straight back to the slot.  The doorbell
 *	 rings once per batch of refills, when the ring runs dry and at the
 *	 end of the poll.  Only when NAPI really
 *	 gave up ownership is notification re-armed, then the ring is looked
 *	 at again (prepare + poll), so a frame that lands in between is never
 *	 left behind.
 *   TX	 ndo_start_xmit maps the skb and posts it; the doorbell is rung for
 *	 the last skb of a burst (!netdev_xmit_more()) or when the queue
 *	 stops.  A TX NAPI instance reclaims sent skbs and re-arms with
 *	 edma_ring_enable_cb_delayed(), so completions cost about one
 *	 interrupt per three quarters of a ring.
 *
 * Teardown stops the rings, withdraws the MAC's credits and returns every
 * buffer: completed ones through edma_ring_get_buf(), the rest through
 * edma_ring_detach_unused_buf().
 *
 * Counters: each is written by one context (RX NAPI, TX NAPI, the xmit
 * path) and read by ndo_get_stats64 through u64_stats.  ethtool reports
 * the rings and sets RX interrupt moderation (rx-usecs, rx-frames).
 *
 * Errors: a ring the hardware broke (a lost event, a TC error) is reset by
 * its own NAPI poll, without sleeping: stop it, withdraw the MAC's credits
 * or posts, deliver or reclaim what completed, take back the rest, reset,
 * refill and start again.  The frame that failed is counted as an error.
 */

#include <linux/atomic.h>
#include <linux/bottom_half.h>
#include <linux/dma-mapping.h>
#include <linux/err.h>
#include <linux/etherdevice.h>
#include <linux/ethtool.h>
#include <linux/io.h>
#include <linux/kernel.h>
#include <linux/log2.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/netdevice.h>
#include <linux/numa.h>
#include <linux/platform_data/edma.h>
#include <linux/platform_data/edma_ring_eth.h>
#include <linux/platform_device.h>
#include <linux/skbuff.h>
#include <linux/u64_stats_sync.h>
#include <net/page_pool.h>

#define DRV_NAME		"edma-ring-eth"

/* CPU registers ("regs") */
#define ERE_RX_CREDIT		0x00
#define ERE_TX_POST		0x04

/* Bus window of the frame FIFOs and status words ("fifo") */
#define ERE_BUS_RX_FIFO		0x0000
#define ERE_BUS_RX_STAT		0x1000
#define ERE_BUS_TX_FIFO		0x2000
#define ERE_BUS_TX_STAT		0x3000
#define ERE_BUS_SIZE		0x4000

/* Receive buffers: a VLAN-tagged full frame plus FCS, rounded up, in a
 * page of the RX page pool after the stack's headroom, with room for the
 * skb's shared info at the end (the page becomes the skb's head).
 */
#define ERE_RX_BUF_LEN		1536
#define ERE_RX_HEADROOM		(NET_SKB_PAD + NET_IP_ALIGN)
#define ERE_MAX_MTU		(ERE_RX_BUF_LEN - ETH_HLEN - 4 - ETH_FCS_LEN)
/* Frames the RX poll takes from the ring at once (on its stack) */
#define ERE_RX_BATCH		16

static unsigned int rx_ring_size = 32;
module_param(rx_ring_size, uint, 0444);
MODULE_PARM_DESC(rx_ring_size, "RX descriptors, a power of two");

static unsigned int tx_ring_size = 32;
module_param(tx_ring_size, uint, 0444);
MODULE_PARM_DESC(tx_ring_size, "TX descriptors, a power of two");

static unsigned int rx_copybreak = 256;
module_param(rx_copybreak, uint, 0644);
MODULE_PARM_DESC(rx_copybreak, "RX frames up to this size are copied, their page stays in the ring");

/* What a posted TX skb needs back at reclaim, kept in skb->cb. */
struct ere_tx_cb {
	dma_addr_t		dma;
};

/* One direction's counters; rx: RX NAPI's, tx: TX NAPI's (and stop's). */
struct ere_stats {
	struct u64_stats_sync	syncp;
	u64_stats_t		packets;
	u64_stats_t		bytes;
	u64_stats_t		errors;
	u64_stats_t		dropped;
	u64_stats_t		length_errors;
};

struct ere_priv {
	struct net_device	*ndev;
	struct device		*dev;
	void __iomem		*regs;
	struct edma_ring	*rx;
	struct edma_ring	*tx;
	struct napi_struct	rx_napi;
	struct napi_struct	tx_napi;
	struct page_pool	*rx_pool;	/* while up */
	unsigned int		rx_num;
	unsigned int		tx_num;
	unsigned int		tx_wake;	/* free slots that wake the queue */
	bool			rx_dirty;	/* refills not kicked yet */
	struct ere_stats	rx_stats;
	struct ere_stats	tx_stats;
	/* drops of the xmit path, which runs beside TX NAPI */
	atomic_long_t		tx_dropped;
	/* ethtool -C, under RTNL */
	unsigned int		rx_coal_usecs;
	unsigned int		rx_coal_frames;
};

/* Count one event of a direction (its own context only). */
static void ere_count(struct ere_stats *st, u64_stats_t *what, u64 n)
{
	u64_stats_update_begin(&st->syncp);
	u64_stats_add(what, n);
	u64_stats_update_end(&st->syncp);
}

static void ere_count_frame(struct ere_stats *st, unsigned int len)
{
	u64_stats_update_begin(&st->syncp);
	u64_stats_inc(&st->packets);
	u64_stats_add(&st->bytes, len);
	u64_stats_update_end(&st->syncp);
}

static inline struct ere_tx_cb *ere_tx_cb(struct sk_buff *skb)
{
	return (struct ere_tx_cb *)skb->cb;
}

/* Mask the ring and hand it to NAPI, if NAPI is not running it already. */
static void ere_napi_schedule(struct napi_struct *napi, struct edma_ring *ring)
{
	if (napi_schedule_prep(napi)) {
		edma_ring_disable_cb(ring);
		__napi_schedule(napi);
	}
}

/* Ring callbacks: hard-IRQ context, at most once per re-arm. */
static void ere_rx_notify(struct edma_ring *ring)
{
	struct ere_priv *priv = edma_ring_priv(ring);

	ere_napi_schedule(&priv->rx_napi, ring);
}

static void ere_tx_notify(struct edma_ring *ring)
{
	struct ere_priv *priv = edma_ring_priv(ring);

	ere_napi_schedule(&priv->tx_napi, ring);
}

/* The MAC counts credits and posts as signed sums: take back what it holds. */
static void ere_mac_withdraw(struct ere_priv *priv, unsigned int reg)
{
	writel(-readl(priv->regs + reg), priv->regs + reg);
}

/* ---- RX ----------------------------------------------------------------- */

/* One doorbell for every refill since the last one; false if none. */
static bool ere_rx_kick(struct ere_priv *priv)
{
	if (!priv->rx_dirty)
		return false;
	priv->rx_dirty = false;
	if (edma_ring_kick_prepare(priv->rx))
		edma_ring_notify(priv->rx);
	return true;
}

/* Post a page: the device writes the frame after the stack's headroom. */
static void ere_rx_refill(struct ere_priv *priv, struct page *page)
{
	dma_addr_t dma = page_pool_get_dma_addr(page) + ERE_RX_HEADROOM;

	if (WARN_ON_ONCE(edma_ring_add_inbuf(priv->rx, dma, page))) {
		page_pool_recycle_direct(priv->rx_pool, page);
		return;
	}
	priv->rx_dirty = true;
}

/* Post a fresh page for every free slot; -ENOMEM if the pool ran out. */
static int ere_rx_fill(struct ere_priv *priv)
{
	struct page *page;

	while (edma_ring_num_free(priv->rx)) {
		page = page_pool_dev_alloc_pages(priv->rx_pool);
		if (!page)
			return -ENOMEM;
		ere_rx_refill(priv, page);
	}
	return 0;
}

/* Hand one frame to the stack and return the page for its slot.  A frame
 * above rx_copybreak goes up in its own page (the skb's head, recycled to
 * the pool when the stack frees it) and a fresh page from the pool takes
 * its slot; a smaller one is copied into a new skb and its page stays in
 * the ring, at the same bus address: no PaRAM write.  Without a fresh
 * page the frame is copied whatever its size, so the ring never runs dry.
 */
static struct page *ere_rx_frame(struct ere_priv *priv, struct page *page,
				 unsigned int len, u32 err)
{
	dma_addr_t dma = page_pool_get_dma_addr(page) + ERE_RX_HEADROOM;
	void *data = page_address(page) + ERE_RX_HEADROOM;
	struct ere_stats *st = &priv->rx_stats;
	struct page *fresh = NULL;
	struct sk_buff *skb;

	if (unlikely(err || len < ETH_HLEN || len > ERE_RX_BUF_LEN)) {
		ere_count(st, &st->errors, 1);
		if (!err)
			ere_count(st, &st->length_errors, 1);
		return page;
	}
	dma_sync_single_for_cpu(priv->dev, dma, len, DMA_FROM_DEVICE);
	if (len > READ_ONCE(rx_copybreak))
		fresh = page_pool_dev_alloc_pages(priv->rx_pool);
	if (fresh) {
		skb = napi_build_skb(page_address(page), PAGE_SIZE);
		if (unlikely(!skb)) {
			page_pool_recycle_direct(priv->rx_pool, fresh);
			fresh = NULL;
			goto drop;
		}
		skb_mark_for_recycle(skb);
		skb_reserve(skb, ERE_RX_HEADROOM);
		skb_put(skb, len);
	} else {
		skb = napi_alloc_skb(&priv->rx_napi, len);
		if (unlikely(!skb))
			goto drop;
		skb_put_data(skb, data, len);
		/* the CPU is done with the page: the device's again */
		dma_sync_single_for_device(priv->dev, dma, len, DMA_FROM_DEVICE);
	}
	skb->protocol = eth_type_trans(skb, priv->ndev);
	ere_count_frame(st, len);
	napi_gro_receive(&priv->rx_napi, skb);
	return fresh ?: page;

drop:
	dma_sync_single_for_device(priv->dev, dma, len, DMA_FROM_DEVICE);
	ere_count(st, &st->dropped, 1);
	return page;
}

/* The RX ring lost a frame: deliver what completed before it, take back
 * the rest, and start again with every slot posted.  Returns the frames
 * delivered.
 */
static int ere_rx_recover(struct ere_priv *priv)
{
	struct ere_stats *st = &priv->rx_stats;
	struct page *page;
	unsigned int len;
	int done = 0;
	u32 err;

	edma_ring_stop(priv->rx);
	ere_mac_withdraw(priv, ERE_RX_CREDIT);
	while ((page = edma_ring_get_buf(priv->rx, &len, &err))) {
		page_pool_recycle_direct(priv->rx_pool,
					 ere_rx_frame(priv, page, len, err));
		done++;
	}
	while ((page = edma_ring_detach_unused_buf(priv->rx)))
		page_pool_recycle_direct(priv->rx_pool, page);
	ere_count(st, &st->errors, 1);
	netdev_warn(priv->ndev, "RX DMA error: ring reset\n");
	priv->rx_dirty = false;
	if (WARN_ON(edma_ring_reset(priv->rx)))
		return done;
	/* posted, then the channel, then the credits (see ere_open()) */
	if (ere_rx_fill(priv))
		netdev_warn(priv->ndev, "RX ring refilled in part\n");
	if (edma_ring_start(priv->rx))
		netdev_err(priv->ndev, "RX ring does not restart\n");
	ere_rx_kick(priv);
	return done;
}

static int ere_rx_poll(struct napi_struct *napi, int budget)
{
	struct ere_priv *priv = container_of(napi, struct ere_priv, rx_napi);
	unsigned int opaque, lens[ERE_RX_BATCH], n, i;
	void *bufs[ERE_RX_BATCH];
	u32 errs[ERE_RX_BATCH];
	int done = 0;

	/* netpoll: TX work only, and never complete. */
	if (!budget)
		return 0;

	if (unlikely(edma_ring_is_broken(priv->rx)))
		done = min(ere_rx_recover(priv), budget);

	while (done < budget) {
		n = min_t(unsigned int, budget - done, ERE_RX_BATCH);
		i = edma_ring_get_bufs(priv->rx, bufs, lens, errs, n);
		/* Dry: let the MAC have the refilled buffers, then look again. */
		if (!i && ere_rx_kick(priv))
			i = edma_ring_get_bufs(priv->rx, bufs, lens, errs, n);
		if (!i)
			break;
		n = i;
		for (i = 0; i < n; i++)
			ere_rx_refill(priv, ere_rx_frame(priv, bufs[i], lens[i],
							 errs[i]));
		done += n;
	}
	ere_rx_kick(priv);

	/* The whole budget: NAPI keeps polling us, notification stays off. */
	if (done == budget)
		return done;

	if (napi_complete_done(napi, done)) {
		opaque = edma_ring_enable_cb_prepare(priv->rx);
		if (unlikely(edma_ring_poll(priv->rx, opaque)))
			ere_napi_schedule(napi, priv->rx);
	}
	return done;
}

/* ---- TX ----------------------------------------------------------------- */

static void ere_tx_free(struct ere_priv *priv, struct sk_buff *skb,
			int budget)
{
	dma_unmap_single(priv->dev, ere_tx_cb(skb)->dma, skb->len,
			 DMA_TO_DEVICE);
	napi_consume_skb(skb, budget);
}

/* The TX ring lost a frame: with the xmit path held off, reclaim what was
 * sent, drop what was not, and start again empty.
 */
static void ere_tx_recover(struct ere_priv *priv, int budget)
{
	struct ere_stats *st = &priv->tx_stats;
	struct sk_buff *skb;
	unsigned int len;
	u32 err;

	netif_tx_lock(priv->ndev);
	edma_ring_stop(priv->tx);
	ere_mac_withdraw(priv, ERE_TX_POST);
	while ((skb = edma_ring_get_buf(priv->tx, &len, &err))) {
		if (unlikely(err))
			ere_count(st, &st->errors, 1);
		else
			ere_count_frame(st, skb->len);
		ere_tx_free(priv, skb, budget);
	}
	while ((skb = edma_ring_detach_unused_buf(priv->tx))) {
		ere_count(st, &st->dropped, 1);
		ere_tx_free(priv, skb, budget);
	}
	ere_count(st, &st->errors, 1);
	netdev_warn(priv->ndev, "TX DMA error: ring reset\n");
	if (!WARN_ON(edma_ring_reset(priv->tx)) && edma_ring_start(priv->tx))
		netdev_err(priv->ndev, "TX ring does not restart\n");
	netif_tx_unlock(priv->ndev);
}

static int ere_tx_poll(struct napi_struct *napi, int budget)
{
	struct ere_priv *priv = container_of(napi, struct ere_priv, tx_napi);
	struct net_device *ndev = priv->ndev;
	struct sk_buff *skb;
	unsigned int len;
	u32 err;

	if (unlikely(edma_ring_is_broken(priv->tx)))
		ere_tx_recover(priv, budget);

	/* Reclaim ignores the budget: it is cheap and frees the queue. */
	while ((skb = edma_ring_get_buf(priv->tx, &len, &err))) {
		if (unlikely(err))
			ere_count(&priv->tx_stats, &priv->tx_stats.errors, 1);
		else
			ere_count_frame(&priv->tx_stats, skb->len);
		ere_tx_free(priv, skb, budget);
	}
	/* Frames the xmit path kicked while PaRAM's window was full wait for
	 * the room just freed; only a kick loads them, and kicks belong to
	 * the xmit path, so take its lock (only when the ring outgrew PaRAM).
	 */
	if (unlikely(edma_ring_num_pending(priv->tx))) {
		netif_tx_lock(ndev);
		if (edma_ring_kick_prepare(priv->tx))
			edma_ring_notify(priv->tx);
		netif_tx_unlock(ndev);
	}
	if (netif_queue_stopped(ndev) &&
	    edma_ring_num_free(priv->tx) >= priv->tx_wake)
		netif_wake_queue(ndev);

	if (!budget)
		return 0;
	if (napi_complete_done(napi, 0) &&
	    unlikely(!edma_ring_enable_cb_delayed(priv->tx)))
		ere_napi_schedule(napi, priv->tx);
	return 0;
}

static netdev_tx_t ere_start_xmit(struct sk_buff *skb, struct net_device *ndev)
{
	struct ere_priv *priv = netdev_priv(ndev);
	dma_addr_t dma;

	if (skb_put_padto(skb, ETH_ZLEN)) {
		atomic_long_inc(&priv->tx_dropped);
		return NETDEV_TX_OK;
	}
	dma = dma_map_single(priv->dev, skb->data, skb->len, DMA_TO_DEVICE);
	if (unlikely(dma_mapping_error(priv->dev, dma))) {
		dev_kfree_skb_any(skb);
		atomic_long_inc(&priv->tx_dropped);
		return NETDEV_TX_OK;
	}
	ere_tx_cb(skb)->dma = dma;
	if (unlikely(edma_ring_add_outbuf(priv->tx, dma, skb->len, skb))) {
		/* The queue is stopped before the ring fills: a bug. */
		dma_unmap_single(priv->dev, dma, skb->len, DMA_TO_DEVICE);
		netif_stop_queue(ndev);
		netdev_err(ndev, "TX ring full with the queue awake\n");
		return NETDEV_TX_BUSY;
	}
	skb_tx_timestamp(skb);

	if (!edma_ring_num_free(priv->tx)) {
		netif_stop_queue(ndev);
		/* Pairs with the reclaim's release: it may have just freed. */
		smp_mb();
		if (edma_ring_num_free(priv->tx) >= priv->tx_wake)
			netif_start_queue(ndev);
	}
	if ((!netdev_xmit_more() || netif_queue_stopped(ndev)) &&
	    edma_ring_kick_prepare(priv->tx))
		edma_ring_notify(priv->tx);
	return NETDEV_TX_OK;
}

/* ---- open / stop ---------------------------------------------------------- */

static void ere_mac_quiesce(struct ere_priv *priv)
{
	ere_mac_withdraw(priv, ERE_RX_CREDIT);
	ere_mac_withdraw(priv, ERE_TX_POST);
}

/* Return every buffer of stopped rings; frames received but not taken
 * are dropped, and so are frames posted but not sent.  NAPI is off, so
 * the counters are this function's.
 */
static void ere_drain(struct ere_priv *priv)
{
	struct ere_stats *rx = &priv->rx_stats, *tx = &priv->tx_stats;
	struct sk_buff *skb;
	struct page *page;
	unsigned int len;
	u32 err;

	while ((page = edma_ring_get_buf(priv->rx, &len, &err))) {
		ere_count(rx, &rx->dropped, 1);
		page_pool_put_full_page(priv->rx_pool, page, false);
	}
	while ((page = edma_ring_detach_unused_buf(priv->rx)))
		page_pool_put_full_page(priv->rx_pool, page, false);
	while ((skb = edma_ring_get_buf(priv->tx, &len, &err))) {
		if (unlikely(err))
			ere_count(tx, &tx->errors, 1);
		else
			ere_count_frame(tx, skb->len);
		ere_tx_free(priv, skb, 0);
	}
	while ((skb = edma_ring_detach_unused_buf(priv->tx))) {
		ere_count(tx, &tx->dropped, 1);
		ere_tx_free(priv, skb, 0);
	}
	priv->rx_dirty = false;
	WARN_ON(edma_ring_num_free(priv->rx) != priv->rx_num);
	WARN_ON(edma_ring_num_free(priv->tx) != priv->tx_num);
	/* pages still in skbs come back to it, the last one frees it */
	page_pool_destroy(priv->rx_pool);
	priv->rx_pool = NULL;
}

static struct page_pool *ere_rx_pool_create(struct ere_priv *priv)
{
	struct page_pool_params pp = {
		.flags		= PP_FLAG_DMA_MAP | PP_FLAG_DMA_SYNC_DEV,
		.order		= 0,
		.pool_size	= priv->rx_num,
		.nid		= NUMA_NO_NODE,
		.dev		= priv->dev,
		.dma_dir	= DMA_FROM_DEVICE,
		.max_len	= ERE_RX_BUF_LEN,
		.offset		= ERE_RX_HEADROOM,
	};

	return page_pool_create(&pp);
}

static int ere_open(struct net_device *ndev)
{
	struct ere_priv *priv = netdev_priv(ndev);
	int ret;

	priv->rx_pool = ere_rx_pool_create(priv);
	if (IS_ERR(priv->rx_pool)) {
		ret = PTR_ERR(priv->rx_pool);
		priv->rx_pool = NULL;
		return ret;
	}
	/* Buffers posted, channels started, and only then credits for the
	 * MAC: edma_start() clears an event that came before it, and the MAC
	 * raises each one once.
	 */
	ret = ere_rx_fill(priv);
	if (ret)
		goto err_drain;
	ret = edma_ring_start(priv->rx);
	if (ret)
		goto err_drain;
	ret = edma_ring_start(priv->tx);
	if (ret)
		goto err_stop_rx;
	ere_rx_kick(priv);

	napi_enable(&priv->rx_napi);
	napi_enable(&priv->tx_napi);
	if (!edma_ring_enable_cb(priv->rx))
		ere_napi_schedule(&priv->rx_napi, priv->rx);
	edma_ring_enable_cb_delayed(priv->tx);
	netif_carrier_on(ndev);
	netif_start_queue(ndev);
	return 0;

err_stop_rx:
	edma_ring_stop(priv->rx);
err_drain:
	ere_mac_quiesce(priv);
	ere_drain(priv);
	return ret;
}

static int ere_stop(struct net_device *ndev)
{
	struct ere_priv *priv = netdev_priv(ndev);

	netif_tx_disable(ndev);
	netif_carrier_off(ndev);
	napi_disable(&priv->rx_napi);
	napi_disable(&priv->tx_napi);
	edma_ring_stop(priv->rx);
	edma_ring_stop(priv->tx);
	ere_mac_quiesce(priv);
	ere_drain(priv);
	return 0;
}

/* A consistent snapshot of one direction's counters. */
static void ere_read_stats(const struct ere_stats *st, u64 *packets,
			   u64 *bytes, u64 *errors, u64 *dropped,
			   u64 *length_errors)
{
	unsigned int start;

	do {
		start = u64_stats_fetch_begin(&st->syncp);
		*packets = u64_stats_read(&st->packets);
		*bytes = u64_stats_read(&st->bytes);
		*errors = u64_stats_read(&st->errors);
		*dropped = u64_stats_read(&st->dropped);
		*length_errors = u64_stats_read(&st->length_errors);
	} while (u64_stats_fetch_retry(&st->syncp, start));
}

static void ere_get_stats64(struct net_device *ndev,
			    struct rtnl_link_stats64 *stats)
{
	struct ere_priv *priv = netdev_priv(ndev);
	u64 tx_length_errors;

	ere_read_stats(&priv->rx_stats, &stats->rx_packets, &stats->rx_bytes,
		       &stats->rx_errors, &stats->rx_dropped,
		       &stats->rx_length_errors);
	ere_read_stats(&priv->tx_stats, &stats->tx_packets, &stats->tx_bytes,
		       &stats->tx_errors, &stats->tx_dropped,
		       &tx_length_errors);
	stats->tx_dropped += atomic_long_read(&priv->tx_dropped);
}

static const struct net_device_ops ere_netdev_ops = {
	.ndo_open		= ere_open,
	.ndo_stop		= ere_stop,
	.ndo_start_xmit		= ere_start_xmit,
	.ndo_get_stats64	= ere_get_stats64,
	.ndo_validate_addr	= eth_validate_addr,
	.ndo_set_mac_address	= eth_mac_addr,
};

/* ---- ethtool -------------------------------------------------------------- */

static void ere_get_drvinfo(struct net_device *ndev,
			    struct ethtool_drvinfo *info)
{
	strscpy(info->driver, DRV_NAME, sizeof(info->driver));
	strscpy(info->bus_info, dev_name(ndev->dev.parent),
		sizeof(info->bus_info));
}

static void ere_get_ringparam(struct net_device *ndev,
			      struct ethtool_ringparam *ring,
			      struct kernel_ethtool_ringparam *kring,
			      struct netlink_ext_ack *extack)
{
	struct ere_priv *priv = netdev_priv(ndev);

	ring->rx_max_pending = priv->rx_num;
	ring->tx_max_pending = priv->tx_num;
	ring->rx_pending = priv->rx_num;
	ring->tx_pending = priv->tx_num;
}

static int ere_get_coalesce(struct net_device *ndev,
			    struct ethtool_coalesce *ec,
			    struct kernel_ethtool_coalesce *kec,
			    struct netlink_ext_ack *extack)
{
	struct ere_priv *priv = netdev_priv(ndev);

	ec->rx_coalesce_usecs = priv->rx_coal_usecs;
	ec->rx_max_coalesced_frames = priv->rx_coal_frames;
	edma_ring_get_coalesce(priv->tx, &ec->tx_coalesce_usecs,
			       &ec->tx_max_coalesced_frames);
	return 0;
}

/* TX: the ring's producer (xmit) and consumer (TX NAPI) both held off. */
static int ere_set_tx_coalesce(struct ere_priv *priv, unsigned int usecs,
			       unsigned int frames)
{
	bool running = netif_running(priv->ndev);
	int ret;

	if (running)
		napi_disable(&priv->tx_napi);
	netif_tx_lock_bh(priv->ndev);
	ret = edma_ring_set_coalesce(priv->tx, usecs, frames);
	netif_tx_unlock_bh(priv->ndev);
	if (running) {
		napi_enable(&priv->tx_napi);
		local_bh_disable();
		ere_napi_schedule(&priv->tx_napi, priv->tx);
		local_bh_enable();
	}
	return ret;
}

/* rx-frames N interrupts on every N-th frame, rx-usecs bounds how long a
 * frame below that count waits; rx-frames 0 or 1 interrupts on every
 * frame.  tx-frames N: sent frames interrupt every N-th, and tx-usecs
 * after the last doorbell reports the rest.  The ring rejects N above its
 * PaRAM window, or N > 1 without the usecs.
 */
static int ere_set_coalesce(struct net_device *ndev,
			    struct ethtool_coalesce *ec,
			    struct kernel_ethtool_coalesce *kec,
			    struct netlink_ext_ack *extack)
{
	struct ere_priv *priv = netdev_priv(ndev);
	unsigned int frames = max(1U, ec->rx_max_coalesced_frames);
	unsigned int tx_frames = max(1U, ec->tx_max_coalesced_frames);
	unsigned int tx_usecs, tx_frames_now;
	bool running = netif_running(ndev);
	int ret;

	/* The ring wants its consumer quiet: park RX NAPI, then poll once,
	 * since a notification that came meanwhile found NAPI disabled.
	 */
	if (running)
		napi_disable(&priv->rx_napi);
	ret = edma_ring_set_coalesce(priv->rx, ec->rx_coalesce_usecs, frames);
	if (running) {
		napi_enable(&priv->rx_napi);
		/* process context: bh off, so the softirq runs on enable */
		local_bh_disable();
		ere_napi_schedule(&priv->rx_napi, priv->rx);
		local_bh_enable();
	}
	if (ret) {
		NL_SET_ERR_MSG_MOD(extack,
				   "rx-frames above the ring size, or without rx-usecs");
		return ret;
	}
	priv->rx_coal_usecs = ec->rx_coalesce_usecs;
	priv->rx_coal_frames = frames;
	/* TX only when it changes: setting it parks TX NAPI and xmit */
	edma_ring_get_coalesce(priv->tx, &tx_usecs, &tx_frames_now);
	if (tx_frames == tx_frames_now && ec->tx_coalesce_usecs == tx_usecs)
		return 0;
	ret = ere_set_tx_coalesce(priv, ec->tx_coalesce_usecs, tx_frames);
	if (ret)
		NL_SET_ERR_MSG_MOD(extack,
				   "tx-frames above the ring's window, or without tx-usecs");
	return ret;
}

static const struct ethtool_ops ere_ethtool_ops = {
	.supported_coalesce_params = ETHTOOL_COALESCE_RX_USECS |
				     ETHTOOL_COALESCE_RX_MAX_FRAMES |
				     ETHTOOL_COALESCE_TX_USECS |
				     ETHTOOL_COALESCE_TX_MAX_FRAMES,
	.get_drvinfo		= ere_get_drvinfo,
	.get_link		= ethtool_op_get_link,
	.get_ringparam		= ere_get_ringparam,
	.get_coalesce		= ere_get_coalesce,
	.set_coalesce		= ere_set_coalesce,
};

/* ---- probe ---------------------------------------------------------------- */

static int ere_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	const struct edma_ring_eth_platform_data *pdata = dev_get_platdata(dev);
	unsigned int rx_size = rx_ring_size, tx_size = tx_ring_size;
	struct edma_ring_config rxc = { .dir = EDMA_RING_RX };
	struct edma_ring_config txc = { .dir = EDMA_RING_TX };
	struct net_device *ndev;
	struct ere_priv *priv;
	struct resource *fifo;

	if (pdata && pdata->rx_ring_size)
		rx_size = pdata->rx_ring_size;
	if (pdata && pdata->tx_ring_size)
		tx_size = pdata->tx_ring_size;
	if (!is_power_of_2(rx_size) || !is_power_of_2(tx_size))
		return -EINVAL;

	ndev = devm_alloc_etherdev(dev, sizeof(*priv));
	if (!ndev)
		return -ENOMEM;
	SET_NETDEV_DEV(ndev, dev);
	priv = netdev_priv(ndev);
	priv->ndev = ndev;
	priv->dev = dev;
	priv->rx_num = rx_size;
	priv->tx_num = tx_size;
	priv->tx_wake = max(1U, tx_size / 4);
	priv->rx_coal_frames = 1;
	u64_stats_init(&priv->rx_stats.syncp);
	u64_stats_init(&priv->tx_stats.syncp);

	priv->regs = devm_platform_ioremap_resource_byname(pdev, "regs");
	if (IS_ERR(priv->regs))
		return PTR_ERR(priv->regs);
	fifo = platform_get_resource_byname(pdev, IORESOURCE_MEM, "fifo");
	if (!fifo || resource_size(fifo) < ERE_BUS_SIZE)
		return dev_err_probe(dev, -EINVAL, "no frame window\n");

	/* a page holds the headroom, a buffer and the skb's shared info */
	BUILD_BUG_ON(ERE_RX_HEADROOM + ERE_RX_BUF_LEN +
		     SKB_DATA_ALIGN(sizeof(struct skb_shared_info)) > PAGE_SIZE);

	rxc.num = priv->rx_num;
	rxc.window = pdata ? pdata->rx_window : 0;
	rxc.fifo = fifo->start + ERE_BUS_RX_FIFO;
	rxc.status = fifo->start + ERE_BUS_RX_STAT;
	rxc.doorbell = priv->regs + ERE_RX_CREDIT;
	rxc.buf_len = ERE_RX_BUF_LEN;
	rxc.callback = ere_rx_notify;
	rxc.priv = priv;
	priv->rx = devm_edma_ring_request(dev, "rx", &rxc);
	if (IS_ERR(priv->rx))
		return dev_err_probe(dev, PTR_ERR(priv->rx), "rx ring\n");

	txc.num = priv->tx_num;
	txc.window = pdata ? pdata->tx_window : 0;
	txc.fifo = fifo->start + ERE_BUS_TX_FIFO;
	txc.status = fifo->start + ERE_BUS_TX_STAT;
	txc.doorbell = priv->regs + ERE_TX_POST;
	txc.callback = ere_tx_notify;
	txc.priv = priv;
	priv->tx = devm_edma_ring_request(dev, "tx", &txc);
	if (IS_ERR(priv->tx))
		return dev_err_probe(dev, PTR_ERR(priv->tx), "tx ring\n");

	netif_napi_add(ndev, &priv->rx_napi, ere_rx_poll);
	netif_napi_add_tx(ndev, &priv->tx_napi, ere_tx_poll);
	ndev->netdev_ops = &ere_netdev_ops;
	ndev->ethtool_ops = &ere_ethtool_ops;
	ndev->max_mtu = ERE_MAX_MTU;
	eth_hw_addr_random(ndev);
	platform_set_drvdata(pdev, ndev);

	return devm_register_netdev(dev, ndev);
}

static struct platform_driver ere_driver = {
	.probe	= ere_probe,
	.driver	= {
		.name	= DRV_NAME,
	},
};
module_platform_driver(ere_driver);

MODULE_DESCRIPTION("NAPI Ethernet driver on TI EDMA3 rings (reference)");
MODULE_LICENSE("GPL");
MODULE_ALIAS("platform:" DRV_NAME);
