/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sk_buff, the lite version (net.c): one linear buffer, no fragments, no
 * shared info, no clones.  What a simple Ethernet driver's data path
 * touches: allocation for RX, put/reserve, length, protocol, the device,
 * and the free variants.  Freed buffers go back to a small cache, as the
 * kernel's per-CPU NAPI skb cache recycles skb heads, so the steady state
 * allocates nothing.
 */
#ifndef _LINUX_SKBUFF_H
#define _LINUX_SKBUFF_H

#include <linux/compiler.h>
#include <linux/errno.h>
#include <linux/gfp.h>
#include <linux/string.h>
#include <linux/types.h>

struct net_device;
struct napi_struct;

#define NET_SKB_PAD	64
#define NET_IP_ALIGN	2
#define SKB_LITE_SIZE	2048	/* data room of a cached buffer */

struct sk_buff {
	struct sk_buff		*next;
	struct sk_buff		*prev;
	struct net_device	*dev;
	unsigned char		*head;
	unsigned char		*data;
	unsigned int		len;
	unsigned int		data_len;	/* always 0: linear only */
	unsigned int		size;		/* bytes at head */
	unsigned int		truesize;
	__be16			protocol;
	u16			queue_mapping;
	u8			pkt_type;
	u8			ip_summed;
	u8			pp_recycle;	/* head is a page pool's page */
	char			cb[48] __aligned(8);
};

#define CHECKSUM_NONE		0
#define PACKET_HOST		0

struct sk_buff *alloc_skb(unsigned int size, gfp_t gfp);
struct sk_buff *__netdev_alloc_skb(struct net_device *dev, unsigned int len,
				   gfp_t gfp);
struct sk_buff *__napi_alloc_skb(struct napi_struct *napi, unsigned int len,
				 gfp_t gfp);
/*
 * The kernel keeps its skb_shared_info at the end of the head; the shim
 * has none, but a driver sizing its buffers must leave the room.
 */
struct skb_shared_info {
	u8	room[320];
};

#define SKB_DATA_ALIGN(x)	ALIGN(x, 64)

/* An skb around data (frag_size bytes, shared info at the end). */
struct sk_buff *build_skb(void *data, unsigned int frag_size);
struct sk_buff *napi_build_skb(void *data, unsigned int frag_size);

/* Return the head's page to its pool when the skb is freed. */
static inline void skb_mark_for_recycle(struct sk_buff *skb)
{
	skb->pp_recycle = 1;
}

void kfree_skb(struct sk_buff *skb);
void consume_skb(struct sk_buff *skb);
void napi_consume_skb(struct sk_buff *skb, int budget);
void dev_kfree_skb_any(struct sk_buff *skb);
void dev_consume_skb_any(struct sk_buff *skb);
#define dev_kfree_skb(skb)	consume_skb(skb)
#define dev_kfree_skb_irq(skb)	dev_kfree_skb_any(skb)
#define dev_consume_skb_irq(skb) dev_consume_skb_any(skb)

static inline struct sk_buff *netdev_alloc_skb(struct net_device *dev,
					       unsigned int len)
{
	return __netdev_alloc_skb(dev, len, GFP_ATOMIC);
}

static inline void skb_reserve(struct sk_buff *skb, int len);

static inline struct sk_buff *netdev_alloc_skb_ip_align(struct net_device *dev,
							unsigned int len)
{
	struct sk_buff *skb = __netdev_alloc_skb(dev, len + NET_IP_ALIGN,
						 GFP_ATOMIC);

	if (skb)
		skb_reserve(skb, NET_IP_ALIGN);
	return skb;
}

static inline struct sk_buff *napi_alloc_skb(struct napi_struct *napi,
					     unsigned int len)
{
	return __napi_alloc_skb(napi, len, GFP_ATOMIC);
}

static inline unsigned int skb_headroom(const struct sk_buff *skb)
{
	return skb->data - skb->head;
}

static inline unsigned int skb_tailroom(const struct sk_buff *skb)
{
	return skb->size - skb_headroom(skb) - skb->len;
}

static inline unsigned char *skb_tail_pointer(const struct sk_buff *skb)
{
	return skb->data + skb->len;
}

static inline void skb_reserve(struct sk_buff *skb, int len)
{
	skb->data += len;
}

void *skb_put(struct sk_buff *skb, unsigned int len);

static inline void *__skb_put(struct sk_buff *skb, unsigned int len)
{
	return skb_put(skb, len);
}

static inline void *skb_put_data(struct sk_buff *skb, const void *data,
				 unsigned int len)
{
	void *p = skb_put(skb, len);

	memcpy(p, data, len);
	return p;
}

void *skb_push(struct sk_buff *skb, unsigned int len);
void *skb_pull(struct sk_buff *skb, unsigned int len);

static inline unsigned int skb_headlen(const struct sk_buff *skb)
{
	return skb->len - skb->data_len;
}

static inline bool skb_is_nonlinear(const struct sk_buff *skb)
{
	return skb->data_len;
}

static inline int skb_linearize(struct sk_buff *skb)
{
	return 0;
}

static inline int skb_padto(struct sk_buff *skb, unsigned int len)
{
	if (skb->len >= len)
		return 0;
	if (skb_tailroom(skb) < len - skb->len) {
		kfree_skb(skb);
		return -ENOMEM;
	}
	memset(skb->data + skb->len, 0, len - skb->len);
	return 0;
}

static inline int skb_put_padto(struct sk_buff *skb, unsigned int len)
{
	unsigned int size = skb->len;

	if (size >= len)
		return 0;
	if (skb_padto(skb, len))
		return -ENOMEM;
	skb->len = len;
	return 0;
}

static inline void skb_tx_timestamp(struct sk_buff *skb)
{
}

static inline u16 skb_get_queue_mapping(const struct sk_buff *skb)
{
	return skb->queue_mapping;
}

static inline void skb_checksum_none_assert(const struct sk_buff *skb)
{
}

#endif
