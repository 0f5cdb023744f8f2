// SPDX-License-Identifier: GPL-2.0
/*
 * The same MAC as drivers/net/ethernet/ti/edma_ring_eth.c, driven the way
 * dmaengine network clients are (sun4i-emac, ks8842, qcom_bam_dmux): one
 * descriptor per buffer through the virt-dma-like helper in edma_vchan.c,
 * a callback per frame from the tasklet, which hands the skb to the stack
 * and re-posts the buffer (prep, submit, issue_pending).  No NAPI: the
 * callback is the only place a completion is learnt.  For the benchmark
 * only.
 */
#include <linux/dma-mapping.h>
#include <linux/err.h>
#include <linux/etherdevice.h>
#include <linux/io.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/netdevice.h>
#include <linux/platform_device.h>
#include <linux/skbuff.h>

#include "edma_vchan.h"

#define DRV_NAME	"edma-percb-eth"
#define PCB_RX_CREDIT	0x00
#define PCB_TX_POST	0x04
#define PCB_RX_FIFO	0x0000
#define PCB_RX_STAT	0x1000
#define PCB_TX_FIFO	0x2000
#define PCB_TX_STAT	0x3000
#define PCB_RX_BUF_LEN	1536
#define PCB_RX_NUM	32
#define PCB_TX_NUM	32

struct pcb_priv;

struct pcb_rx_buf {
	struct pcb_priv		*priv;
	void			*cpu;
	dma_addr_t		dma;
};

struct pcb_priv {
	struct net_device	*ndev;
	struct device		*dev;
	void __iomem		*regs;
	struct evc_chan		*rx;
	struct evc_chan		*tx;
	struct pcb_rx_buf	rx_buf[PCB_RX_NUM];
	/* TX skbs in flight, oldest first: completions come in order */
	struct sk_buff		*tx_skb[PCB_TX_NUM];
	dma_addr_t		tx_dma[PCB_TX_NUM];
	unsigned int		tx_head, tx_tail;
	bool			up;
};

static void pcb_rx_done(void *param, u32 status);

static int pcb_rx_post(struct pcb_rx_buf *buf)
{
	struct evc_desc *d;

	d = evc_prep_slave_single(buf->priv->rx, buf->dma, PCB_RX_BUF_LEN,
				  pcb_rx_done, buf);
	if (!d)
		return -ENOMEM;
	evc_submit(d);
	return 0;
}

/* Tasklet: one frame. */
static void pcb_rx_done(void *param, u32 status)
{
	struct pcb_rx_buf *buf = param;
	struct pcb_priv *priv = buf->priv;
	struct net_device *ndev = priv->ndev;
	unsigned int len = EDMA_RING_ST_LEN(status);
	struct sk_buff *skb;

	if (!(status & EDMA_RING_ST_DONE) || EDMA_RING_ST_ERR(status) ||
	    len < ETH_HLEN || len > PCB_RX_BUF_LEN) {
		ndev->stats.rx_errors++;
	} else {
		skb = netdev_alloc_skb_ip_align(ndev, len);
		if (skb) {
			skb_put_data(skb, buf->cpu, len);
			skb->protocol = eth_type_trans(skb, ndev);
			ndev->stats.rx_packets++;
			ndev->stats.rx_bytes += len;
			netif_receive_skb(skb);
		} else {
			ndev->stats.rx_dropped++;
		}
	}
	if (priv->up && !pcb_rx_post(buf))
		evc_issue_pending(priv->rx);
}

/* Tasklet: one sent frame. */
static void pcb_tx_done(void *param, u32 status)
{
	struct pcb_priv *priv = param;
	struct net_device *ndev = priv->ndev;
	unsigned int i = priv->tx_tail++ % PCB_TX_NUM;
	struct sk_buff *skb = priv->tx_skb[i];

	priv->tx_skb[i] = NULL;
	dma_unmap_single(priv->dev, priv->tx_dma[i], skb->len, DMA_TO_DEVICE);
	ndev->stats.tx_packets++;
	ndev->stats.tx_bytes += skb->len;
	dev_consume_skb_any(skb);
	if (netif_queue_stopped(ndev))
		netif_wake_queue(ndev);
}

static netdev_tx_t pcb_start_xmit(struct sk_buff *skb, struct net_device *ndev)
{
	struct pcb_priv *priv = netdev_priv(ndev);
	unsigned int i = priv->tx_head % PCB_TX_NUM;
	struct evc_desc *d;
	dma_addr_t dma;

	if (skb_put_padto(skb, ETH_ZLEN))
		return NETDEV_TX_OK;
	dma = dma_map_single(priv->dev, skb->data, skb->len, DMA_TO_DEVICE);
	if (dma_mapping_error(priv->dev, dma)) {
		dev_kfree_skb_any(skb);
		return NETDEV_TX_OK;
	}
	d = evc_prep_slave_single(priv->tx, dma, skb->len, pcb_tx_done, priv);
	if (!d) {
		dma_unmap_single(priv->dev, dma, skb->len, DMA_TO_DEVICE);
		return NETDEV_TX_BUSY;
	}
	priv->tx_skb[i] = skb;
	priv->tx_dma[i] = dma;
	priv->tx_head++;
	evc_submit(d);
	if (priv->tx_head - priv->tx_tail == PCB_TX_NUM)
		netif_stop_queue(ndev);
	if (!netdev_xmit_more() || netif_queue_stopped(ndev))
		evc_issue_pending(priv->tx);
	return NETDEV_TX_OK;
}

static int pcb_open(struct net_device *ndev)
{
	struct pcb_priv *priv = netdev_priv(ndev);
	unsigned int i;

	priv->up = true;
	for (i = 0; i < PCB_RX_NUM; i++)
		if (pcb_rx_post(&priv->rx_buf[i]))
			return -ENOMEM;
	evc_issue_pending(priv->rx);
	netif_start_queue(ndev);
	return 0;
}

static int pcb_stop(struct net_device *ndev)
{
	struct pcb_priv *priv = netdev_priv(ndev);
	struct sk_buff *skb;
	unsigned int i;

	priv->up = false;
	netif_stop_queue(ndev);
	evc_terminate_all(priv->rx);
	evc_terminate_all(priv->tx);
	evc_synchronize(priv->rx);
	evc_synchronize(priv->tx);
	/* Withdraw what the MAC still holds (see edma_ring_eth.c). */
	writel(-readl(priv->regs + PCB_RX_CREDIT), priv->regs + PCB_RX_CREDIT);
	writel(-readl(priv->regs + PCB_TX_POST), priv->regs + PCB_TX_POST);
	while (priv->tx_tail != priv->tx_head) {
		i = priv->tx_tail++ % PCB_TX_NUM;
		skb = priv->tx_skb[i];
		dma_unmap_single(priv->dev, priv->tx_dma[i], skb->len,
				 DMA_TO_DEVICE);
		dev_kfree_skb_any(skb);
		priv->tx_skb[i] = NULL;
	}
	return 0;
}

static const struct net_device_ops pcb_netdev_ops = {
	.ndo_open	= pcb_open,
	.ndo_stop	= pcb_stop,
	.ndo_start_xmit	= pcb_start_xmit,
};

static int pcb_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	struct evc_config rxc = { .dir = EVC_DEV_TO_MEM };
	struct evc_config txc = { .dir = EVC_MEM_TO_DEV };
	struct net_device *ndev;
	struct pcb_priv *priv;
	struct resource *fifo;
	dma_addr_t pool_dma;
	unsigned int i;
	void *pool;

	ndev = devm_alloc_etherdev(dev, sizeof(*priv));
	if (!ndev)
		return -ENOMEM;
	SET_NETDEV_DEV(ndev, dev);
	priv = netdev_priv(ndev);
	priv->ndev = ndev;
	priv->dev = dev;
	priv->regs = devm_platform_ioremap_resource_byname(pdev, "regs");
	if (IS_ERR(priv->regs))
		return PTR_ERR(priv->regs);
	fifo = platform_get_resource_byname(pdev, IORESOURCE_MEM, "fifo");
	if (!fifo)
		return -EINVAL;
	pool = dmam_alloc_coherent(dev, PCB_RX_NUM * PCB_RX_BUF_LEN, &pool_dma,
				   GFP_KERNEL);
	if (!pool)
		return -ENOMEM;
	for (i = 0; i < PCB_RX_NUM; i++) {
		priv->rx_buf[i].priv = priv;
		priv->rx_buf[i].cpu = pool + i * PCB_RX_BUF_LEN;
		priv->rx_buf[i].dma = pool_dma + i * PCB_RX_BUF_LEN;
	}
	rxc.fifo = fifo->start + PCB_RX_FIFO;
	rxc.status = fifo->start + PCB_RX_STAT;
	rxc.gate = priv->regs + PCB_RX_CREDIT;
	priv->rx = devm_evc_request(dev, "rx", &rxc);
	if (IS_ERR(priv->rx))
		return PTR_ERR(priv->rx);
	txc.fifo = fifo->start + PCB_TX_FIFO;
	txc.status = fifo->start + PCB_TX_STAT;
	txc.gate = priv->regs + PCB_TX_POST;
	priv->tx = devm_evc_request(dev, "tx", &txc);
	if (IS_ERR(priv->tx))
		return PTR_ERR(priv->tx);
	ndev->netdev_ops = &pcb_netdev_ops;
	eth_hw_addr_random(ndev);
	platform_set_drvdata(pdev, ndev);
	return devm_register_netdev(dev, ndev);
}

static struct platform_driver pcb_driver = {
	.probe	= pcb_probe,
	.driver	= {
		.name	= DRV_NAME,
	},
};
module_platform_driver(pcb_driver);

MODULE_LICENSE("GPL");
