// SPDX-License-Identifier: GPL-2.0
/*
 * Networking shim: NAPI with the kernel's ownership rules, a one-queue
 * net_device, sk_buff-lite with a recycling cache, tasklets, and the
 * host "softirq" that runs them (host_net.h).
 *
 * Everything runs on the simulated CPU of the calling thread.  Lists that
 * a hard-IRQ handler may touch (a callback scheduling NAPI or a tasklet
 * from an MMIO access's interrupt delivery) are changed with interrupts
 * off, as the kernel does with its per-CPU lists.  No spinlock is taken:
 * NAPI itself is lock-free in the kernel, and the lock counter of
 * host_lock_count() should show only what drivers and libraries take.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/device.h>
#include <linux/etherdevice.h>
#include <linux/interrupt.h>
#include <linux/irqflags.h>
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/ethtool.h>
#include <linux/netdevice.h>
#include <linux/skbuff.h>
#include <linux/slab.h>
#include <net/page_pool.h>

#include "host_internal.h"
#include "host_net.h"

static struct host_net_stats stats;
static LIST_HEAD(poll_list);
static struct tasklet_struct *tasklet_head, **tasklet_tail = &tasklet_head;
static LIST_HEAD(netdevs);
static unsigned int netdev_seq;
static host_net_rx_fn rx_hook;
static host_napi_complete_fn complete_hook;
static void *complete_hook_ctx;
static void *rx_hook_ctx;
static long skb_live;
bool __host_xmit_more;

/* ---- sk_buff-lite --------------------------------------------------------- */

#define SKB_CACHE_MAX	512
#define SKB_PAGE	4096

static struct sk_buff *skb_cache[SKB_CACHE_MAX];
static unsigned int skb_cached;

long host_skb_live(void)
{
	return skb_live;
}

struct sk_buff *alloc_skb(unsigned int size, gfp_t gfp)
{
	unsigned int room;
	struct sk_buff *skb;
	size_t bytes;

	if (size <= SKB_LITE_SIZE && skb_cached) {
		skb = skb_cache[--skb_cached];
	} else {
		if (host_fail_check(HOST_FAULT_ALLOC))
			return NULL;
		/*
		 * A page of its own (or more): the DMA API's streaming
		 * windows are whole pages, and two skbs sharing one would
		 * share a window.
		 */
		room = max_t(unsigned int, size, SKB_LITE_SIZE);
		bytes = ALIGN(sizeof(*skb) + room, SKB_PAGE);
		skb = aligned_alloc(SKB_PAGE, bytes);
		if (!skb)
			return NULL;
		stats.skb_mallocs++;
		skb->size = room;
	}
	room = skb->size;
	memset(skb, 0, offsetof(struct sk_buff, size));
	skb->truesize = room + sizeof(*skb);
	skb->protocol = 0;
	skb->queue_mapping = 0;
	skb->pkt_type = PACKET_HOST;
	skb->ip_summed = CHECKSUM_NONE;
	skb->pp_recycle = 0;
	memset(skb->cb, 0, sizeof(skb->cb));
	skb->head = (unsigned char *)(skb + 1);
	skb->data = skb->head;
	stats.skb_allocs++;
	skb_live++;
	return skb;
}

struct sk_buff *__netdev_alloc_skb(struct net_device *dev, unsigned int len,
				   gfp_t gfp)
{
	struct sk_buff *skb = alloc_skb(len + NET_SKB_PAD, gfp);

	if (skb) {
		skb_reserve(skb, NET_SKB_PAD);
		skb->dev = dev;
	}
	return skb;
}

struct sk_buff *__napi_alloc_skb(struct napi_struct *napi, unsigned int len,
				 gfp_t gfp)
{
	struct sk_buff *skb = alloc_skb(len + NET_SKB_PAD + NET_IP_ALIGN, gfp);

	if (skb) {
		skb_reserve(skb, NET_SKB_PAD + NET_IP_ALIGN);
		skb->dev = napi ? napi->dev : NULL;
	}
	return skb;
}

struct sk_buff *build_skb(void *data, unsigned int frag_size)
{
	struct sk_buff *skb = alloc_skb(0, GFP_ATOMIC);

	if (!skb)
		return NULL;
	/* the skb's own room stays unused until it is freed */
	skb->head = data;
	skb->data = data;
	skb->size = frag_size - SKB_DATA_ALIGN(sizeof(struct skb_shared_info));
	skb->truesize = frag_size + sizeof(*skb);
	return skb;
}

struct sk_buff *napi_build_skb(void *data, unsigned int frag_size)
{
	return build_skb(data, frag_size);
}

static void skb_release(struct sk_buff *skb)
{
	if (!skb)
		return;
	if (skb->head != (unsigned char *)(skb + 1)) {
		struct page *page = virt_to_head_page(skb->head);

		if (WARN(!skb->pp_recycle, "skb head %p not from a page pool",
			 skb->head))
			return;
		page_pool_put_full_page(page->pp, page, false);
		skb->head = (unsigned char *)(skb + 1);
		skb->size = SKB_LITE_SIZE;
	}
	skb_live--;
	if (skb->size == SKB_LITE_SIZE && skb_cached < SKB_CACHE_MAX)
		skb_cache[skb_cached++] = skb;
	else
		free(skb);
}

void kfree_skb(struct sk_buff *skb)
{
	skb_release(skb);
}

void consume_skb(struct sk_buff *skb)
{
	skb_release(skb);
}

void napi_consume_skb(struct sk_buff *skb, int budget)
{
	skb_release(skb);
}

void dev_kfree_skb_any(struct sk_buff *skb)
{
	skb_release(skb);
}

void dev_consume_skb_any(struct sk_buff *skb)
{
	skb_release(skb);
}

void *skb_put(struct sk_buff *skb, unsigned int len)
{
	void *tail = skb_tail_pointer(skb);

	if (len > skb_tailroom(skb))
		host_fatal("skb_put: %u bytes past the end", len);
	skb->len += len;
	return tail;
}

void *skb_push(struct sk_buff *skb, unsigned int len)
{
	if (len > skb_headroom(skb))
		host_fatal("skb_push: %u bytes under the head", len);
	skb->data -= len;
	skb->len += len;
	return skb->data;
}

void *skb_pull(struct sk_buff *skb, unsigned int len)
{
	if (len > skb->len)
		return NULL;
	skb->data += len;
	skb->len -= len;
	return skb->data;
}

void host_skb_cache_drain(void)
{
	while (skb_cached)
		free(skb_cache[--skb_cached]);
}

/* ---- the stack's receive side -------------------------------------------- */

void host_net_set_rx_hook(host_net_rx_fn fn, void *ctx)
{
	rx_hook = fn;
	rx_hook_ctx = ctx;
}

static int deliver(struct sk_buff *skb)
{
	stats.rx_skbs++;
	if (rx_hook)
		rx_hook(skb, rx_hook_ctx);
	else
		consume_skb(skb);
	return NET_RX_SUCCESS;
}

int netif_receive_skb(struct sk_buff *skb)
{
	return deliver(skb);
}

int netif_rx(struct sk_buff *skb)
{
	return deliver(skb);
}

gro_result_t napi_gro_receive(struct napi_struct *napi, struct sk_buff *skb)
{
	deliver(skb);
	return GRO_NORMAL;
}

/* ---- NAPI ---------------------------------------------------------------- */

void netif_napi_add_weight(struct net_device *dev, struct napi_struct *napi,
			   int (*poll)(struct napi_struct *, int), int weight)
{
	memset(napi, 0, sizeof(*napi));
	INIT_LIST_HEAD(&napi->poll_list);
	napi->poll = poll;
	napi->weight = weight;
	napi->dev = dev;
	/* Like the kernel: a new instance is disabled until napi_enable(). */
	napi->state = NAPIF_STATE_SCHED | NAPIF_STATE_NPSVC;
	list_add_tail(&napi->dev_list, &dev->napi_list);
}

void __netif_napi_del(struct napi_struct *napi)
{
	unsigned long flags;

	local_irq_save(flags);
	list_del_init(&napi->poll_list);
	local_irq_restore(flags);
	if (napi->dev_list.next && !list_empty(&napi->dev_list))
		list_del_init(&napi->dev_list);
}

void napi_enable(struct napi_struct *n)
{
	WARN(!test_bit(NAPI_STATE_SCHED, &n->state),
	     "napi_enable() on an enabled instance");
	n->state &= ~(NAPIF_STATE_SCHED | NAPIF_STATE_NPSVC);
}

bool napi_schedule_prep(struct napi_struct *n)
{
	if (test_bit(NAPI_STATE_DISABLE, &n->state))
		return false;
	if (test_and_set_bit(NAPI_STATE_SCHED, &n->state)) {
		set_bit(NAPI_STATE_MISSED, &n->state);
		stats.missed++;
		return false;
	}
	return true;
}

void __napi_schedule(struct napi_struct *n)
{
	unsigned long flags;

	local_irq_save(flags);
	stats.schedules++;
	if (list_empty(&n->poll_list))
		list_add_tail(&n->poll_list, &poll_list);
	local_irq_restore(flags);
}

void __napi_schedule_irqoff(struct napi_struct *n)
{
	__napi_schedule(n);
}

/* The poll being run and its budget, to check napi_complete_done(). */
static struct napi_struct *polling;
static int polling_budget;

bool napi_complete_done(struct napi_struct *n, int work_done)
{
	if (n == polling && !polling_budget)
		stats.complete_budget0++;
	if (n->state & (NAPIF_STATE_NPSVC | NAPIF_STATE_IN_BUSY_POLL)) {
		stats.kept++;
		return false;
	}
	if (test_and_clear_bit(NAPI_STATE_MISSED, &n->state)) {
		/* Scheduled again while polling: keep it, poll it again. */
		stats.kept++;
		__napi_schedule(n);
		return false;
	}
	clear_bit(NAPI_STATE_SCHED, &n->state);
	stats.completes++;
	if (complete_hook)
		complete_hook(n, complete_hook_ctx);
	return true;
}

void host_napi_set_complete_hook(host_napi_complete_fn fn, void *ctx)
{
	complete_hook = fn;
	complete_hook_ctx = ctx;
}

bool host_napi_is_scheduled(const struct napi_struct *n)
{
	return test_bit(NAPI_STATE_SCHED, &n->state);
}

bool host_napi_pending(void)
{
	return !list_empty(&poll_list);
}

bool host_softirq_pending(void)
{
	return host_napi_pending() || tasklet_head;
}

/* One poll of one instance that was on the list; what __napi_poll does. */
static int napi_poll_one(struct napi_struct *n, int budget)
{
	int work = 0;

	if (test_bit(NAPI_STATE_SCHED, &n->state)) {
		polling = n;
		polling_budget = budget;
		work = n->poll(n, budget);
		polling = NULL;
		stats.polls++;
		stats.work += work;
	}
	if (work > budget) {
		stats.over_budget++;
		pr_err("NAPI poll %p returned %d, exceeding its budget of %d\n",
		       n->poll, work, budget);
	}
	if (work < budget) {
		if (test_bit(NAPI_STATE_SCHED, &n->state) &&
		    list_empty(&n->poll_list))
			stats.lost++;
		return work;
	}
	/* The whole budget: the driver still owns it and must not complete. */
	if (!test_bit(NAPI_STATE_SCHED, &n->state)) {
		if (budget)
			stats.complete_at_budget++;
		return work;
	}
	if (napi_disable_pending(n) && budget) {
		napi_complete(n);
		return work;
	}
	if (list_empty(&n->poll_list))
		list_add_tail(&n->poll_list, &poll_list);
	return work;
}

int host_napi_run(int budget)
{
	struct napi_struct *n;
	unsigned long flags;
	LIST_HEAD(round);
	int work = 0;

	local_irq_save(flags);
	list_splice_init(&poll_list, &round);
	local_irq_restore(flags);
	while (!list_empty(&round)) {
		n = list_first_entry(&round, struct napi_struct, poll_list);
		list_del_init(&n->poll_list);
		work += napi_poll_one(n, budget);
	}
	return work;
}

void napi_disable(struct napi_struct *n)
{
	unsigned int tries = 0;

	might_sleep();
	set_bit(NAPI_STATE_DISABLE, &n->state);
	/* Wait for the owner: here, let the softirq poll it to completion. */
	while (n->state & (NAPIF_STATE_SCHED | NAPIF_STATE_NPSVC)) {
		if (list_empty(&n->poll_list) || ++tries > 100000)
			host_fatal("napi_disable(): the instance is owned and "
				   "will never be polled (lost wakeup)");
		list_del_init(&n->poll_list);
		napi_poll_one(n, n->weight);
	}
	n->state |= NAPIF_STATE_SCHED | NAPIF_STATE_NPSVC;
	clear_bit(NAPI_STATE_DISABLE, &n->state);
}

void napi_synchronize(const struct napi_struct *n)
{
}

/* ---- tasklets ------------------------------------------------------------ */

void tasklet_setup(struct tasklet_struct *t,
		   void (*callback)(struct tasklet_struct *))
{
	memset(t, 0, sizeof(*t));
	t->use_callback = true;
	t->callback = callback;
}

void tasklet_init(struct tasklet_struct *t,
		  void (*func)(unsigned long), unsigned long data)
{
	memset(t, 0, sizeof(*t));
	t->func = func;
	t->data = data;
}

void __tasklet_schedule(struct tasklet_struct *t)
{
	unsigned long flags;

	local_irq_save(flags);
	t->next = NULL;
	*tasklet_tail = t;
	tasklet_tail = &t->next;
	local_irq_restore(flags);
}

unsigned int host_tasklet_run(void)
{
	struct tasklet_struct *list, *t;
	unsigned long flags;
	unsigned int n = 0;

	local_irq_save(flags);
	list = tasklet_head;
	tasklet_head = NULL;
	tasklet_tail = &tasklet_head;
	local_irq_restore(flags);
	while (list) {
		t = list;
		list = t->next;
		if (t->count > 0) {
			/* disabled: stays scheduled for a later round */
			__tasklet_schedule(t);
			continue;
		}
		set_bit(TASKLET_STATE_RUN, &t->state);
		clear_bit(TASKLET_STATE_SCHED, &t->state);
		if (t->use_callback)
			t->callback(t);
		else
			t->func(t->data);
		clear_bit(TASKLET_STATE_RUN, &t->state);
		stats.tasklet_runs++;
		n++;
	}
	return n;
}

void tasklet_kill(struct tasklet_struct *t)
{
	unsigned int tries = 0;

	while (test_bit(TASKLET_STATE_SCHED, &t->state)) {
		if (++tries > 100000)
			host_fatal("tasklet_kill(): the tasklet never runs");
		host_tasklet_run();
	}
}

int host_softirq_run(int budget)
{
	host_tasklet_run();
	return host_napi_run(budget);
}

/* ---- net_device ---------------------------------------------------------- */

void ether_setup(struct net_device *dev)
{
	dev->type = ARPHRD_ETHER;
	dev->hard_header_len = ETH_HLEN;
	dev->mtu = ETH_DATA_LEN;
	dev->min_mtu = ETH_MIN_MTU;
	dev->max_mtu = ETH_DATA_LEN;
	dev->addr_len = ETH_ALEN;
	memset(dev->broadcast, 0xff, ETH_ALEN);
}

struct net_device *alloc_etherdev_mqs(int sizeof_priv, unsigned int txqs,
				      unsigned int rxqs)
{
	size_t head = ALIGN(sizeof(struct net_device), 32);
	struct net_device *dev;

	dev = kzalloc(head + sizeof_priv, GFP_KERNEL);
	if (!dev)
		return NULL;
	dev->priv_mem = (char *)dev + head;
	dev->dev_addr = dev->addr_buf;
	INIT_LIST_HEAD(&dev->napi_list);
	INIT_LIST_HEAD(&dev->host_list);
	strcpy(dev->name, "eth%d");
	ether_setup(dev);
	return dev;
}

void free_netdev(struct net_device *dev)
{
	struct napi_struct *n, *tmp;

	if (!dev)
		return;
	list_for_each_entry_safe(n, tmp, &dev->napi_list, dev_list)
		__netif_napi_del(n);
	kfree(dev);
}

static void devm_free_netdev(void *dev)
{
	free_netdev(dev);
}

struct net_device *devm_alloc_etherdev_mqs(struct device *dev, int sizeof_priv,
					   unsigned int txqs, unsigned int rxqs)
{
	struct net_device *ndev = alloc_etherdev_mqs(sizeof_priv, txqs, rxqs);

	if (!ndev || devm_add_action_or_reset(dev, devm_free_netdev, ndev))
		return NULL;
	return ndev;
}

int register_netdev(struct net_device *dev)
{
	int ret;

	if (strchr(dev->name, '%'))
		snprintf(dev->name, sizeof(dev->name), "eth%u", netdev_seq++);
	if (dev->netdev_ops && dev->netdev_ops->ndo_init) {
		ret = dev->netdev_ops->ndo_init(dev);
		if (ret)
			return ret;
	}
	set_bit(__LINK_STATE_PRESENT, &dev->state);
	list_add_tail(&dev->host_list, &netdevs);
	dev->registered = true;
	return 0;
}

void unregister_netdev(struct net_device *dev)
{
	if (!dev->registered)
		return;
	if (netif_running(dev))
		host_netdev_close(dev);
	if (dev->netdev_ops && dev->netdev_ops->ndo_uninit)
		dev->netdev_ops->ndo_uninit(dev);
	list_del_init(&dev->host_list);
	dev->registered = false;
}

static void devm_unregister_netdev(void *dev)
{
	unregister_netdev(dev);
}

int devm_register_netdev(struct device *dev, struct net_device *ndev)
{
	int ret = register_netdev(ndev);

	if (ret)
		return ret;
	return devm_add_action_or_reset(dev, devm_unregister_netdev, ndev);
}

struct net_device *host_netdev_get(const char *name)
{
	struct net_device *dev;

	if (!name)
		return list_empty(&netdevs) ? NULL :
			list_last_entry(&netdevs, struct net_device, host_list);
	list_for_each_entry(dev, &netdevs, host_list)
		if (!strcmp(dev->name, name))
			return dev;
	return NULL;
}

int host_netdev_open(struct net_device *dev)
{
	int ret = 0;

	if (netif_running(dev))
		return 0;
	set_bit(__LINK_STATE_START, &dev->state);
	if (dev->netdev_ops->ndo_open)
		ret = dev->netdev_ops->ndo_open(dev);
	if (ret)
		clear_bit(__LINK_STATE_START, &dev->state);
	return ret;
}

void host_netdev_close(struct net_device *dev)
{
	if (!netif_running(dev))
		return;
	clear_bit(__LINK_STATE_START, &dev->state);
	netif_tx_disable(dev);
	if (dev->netdev_ops->ndo_stop)
		dev->netdev_ops->ndo_stop(dev);
}

void netif_wake_queue(struct net_device *dev)
{
	clear_bit(__QUEUE_STATE_DRV_XOFF, &dev->state);
}

int host_netdev_xmit(struct net_device *dev, struct sk_buff *skb, bool more)
{
	netdev_tx_t ret;

	if (!netif_running(dev) || netif_queue_stopped(dev))
		return NETDEV_TX_BUSY;
	__host_xmit_more = more;
	ret = dev->netdev_ops->ndo_start_xmit(skb, dev);
	__host_xmit_more = false;
	stats.xmits++;
	if (ret == NETDEV_TX_BUSY)
		stats.xmit_busy++;
	return ret;
}

/* ---- Ethernet helpers ---------------------------------------------------- */

void eth_hw_addr_random(struct net_device *dev)
{
	static u8 seq;
	u8 addr[ETH_ALEN] = { 0x02, 0x00, 0x5e, 0x10, 0x00, ++seq };

	eth_hw_addr_set(dev, addr);
}

int eth_validate_addr(struct net_device *dev)
{
	return is_valid_ether_addr(dev->dev_addr) ? 0 : -EADDRNOTAVAIL;
}

int eth_mac_addr(struct net_device *dev, void *p)
{
	const u8 *addr = p;

	if (!is_valid_ether_addr(addr))
		return -EADDRNOTAVAIL;
	eth_hw_addr_set(dev, addr);
	return 0;
}

__be16 eth_type_trans(struct sk_buff *skb, struct net_device *dev)
{
	__be16 proto;

	skb->dev = dev;
	memcpy(&proto, skb->data + 12, sizeof(proto));
	skb_pull(skb, ETH_HLEN);
	return proto;
}

/* ---- reset --------------------------------------------------------------- */

void host_net_get_stats(struct host_net_stats *st)
{
	*st = stats;
}

void host_net_reset_stats(void)
{
	memset(&stats, 0, sizeof(stats));
}

static void net_reset(void)
{
	INIT_LIST_HEAD(&poll_list);
	tasklet_head = NULL;
	tasklet_tail = &tasklet_head;
	INIT_LIST_HEAD(&netdevs);
	rx_hook = NULL;
	rx_hook_ctx = NULL;
	complete_hook = NULL;
	complete_hook_ctx = NULL;
	__host_xmit_more = false;
	host_skb_cache_drain();
	skb_live = 0;
	host_net_reset_stats();
}

static void __attribute__((constructor)) net_init(void)
{
	host_register_internal_reset(net_reset);
}

u32 ethtool_op_get_link(struct net_device *dev)
{
	return netif_carrier_ok(dev);
}
