// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/host_net.h inside a User-Mode-Linux kernel, for the NAPI
 * driver suite (tests/kunit/edma_napi_test.c).  The net_device, its NAPI
 * instances, GRO, the qdisc's transmit call and the skbs are the
 * kernel's own; what the shim's stack did for the suite is done here
 * with them.
 *
 *  - Exact budgets.  host_netdev_open() makes the device's NAPI threaded
 *    (dev_set_threaded()): a scheduled instance then waits for its
 *    kthread instead of NET_RX, and 6.1's UML (one CPU, no preemption)
 *    runs that thread only when the case sleeps.  Between two sleeps
 *    nothing polls but host_napi_run(), which polls each scheduled
 *    instance once with the budget it is given, then does what
 *    __napi_poll() does with an instance that used all of it (GRO
 *    flushed, the instance kept).  A sleep (close, open) lets the threads
 *    poll what is left, with the instances' weight.
 *  - The counters of the NAPI contract (struct host_net_stats) come from
 *    each poll's return and the instance's state around it.
 *  - The complete hook runs at the first MMIO write a poll makes after
 *    its instance left NAPI_STATE_SCHED, before that write lands: after
 *    napi_complete_done() gave the instance back, before the re-arm.
 *  - The stack: an ETH_P_ALL packet_type hands each received frame to
 *    the rx hook, or consumes it.
 *  - Transmit: netdev_start_xmit() under the queue's lock, as
 *    sch_direct_xmit() calls it.  skbs handed over get a destructor;
 *    host_skb_live() counts those not freed yet (RX skbs, which the
 *    driver allocates, are not counted).
 *
 * Everything here belongs to the case's thread, except eu_skbs_live
 * (skbs may be freed from softirq context).
 */
#include <linux/atomic.h>
#include <linux/bottom_half.h>
#include <linux/netdevice.h>
#include <linux/rtnetlink.h>
#include <linux/sched.h>
#include <linux/skbuff.h>
#include <net/gro.h>

#include "edma_uml_net.h"
#include "host.h"
#include "host_net.h"

static struct host_net_stats eu_net_stats;
static atomic_long_t eu_skbs_live = ATOMIC_LONG_INIT(0);

static host_net_rx_fn eu_rx_hook;
static void *eu_rx_ctx;
static struct packet_type eu_tap;
static bool eu_tap_added;

static host_napi_complete_fn eu_complete_hook;
static void *eu_complete_ctx;
/* The instance host_napi_run() polls, and whether its hook ran. */
static struct napi_struct *eu_polling;
static bool eu_complete_ran;

/* ---- the stack ----------------------------------------------------------- */

static int eu_tap_rcv(struct sk_buff *skb, struct net_device *dev,
		      struct packet_type *pt, struct net_device *orig_dev)
{
	eu_net_stats.rx_skbs++;
	if (eu_rx_hook)
		eu_rx_hook(skb, eu_rx_ctx);
	else
		consume_skb(skb);
	return NET_RX_SUCCESS;
}

void host_net_set_rx_hook(host_net_rx_fn fn, void *ctx)
{
	eu_rx_hook = fn;
	eu_rx_ctx = ctx;
	if (fn && !eu_tap_added) {
		eu_tap.type = htons(ETH_P_ALL);
		eu_tap.func = eu_tap_rcv;
		dev_add_pack(&eu_tap);
		eu_tap_added = true;
	} else if (!fn && eu_tap_added) {
		dev_remove_pack(&eu_tap);
		eu_tap_added = false;
	}
}

void host_net_get_stats(struct host_net_stats *st)
{
	*st = eu_net_stats;
}

void host_net_reset_stats(void)
{
	memset(&eu_net_stats, 0, sizeof(eu_net_stats));
}

/* ---- NAPI ---------------------------------------------------------------- */

/* The device the suite drives: the newest one that is not loopback. */
static struct net_device *eu_net_newest(void)
{
	struct net_device *dev, *found = NULL;

	rcu_read_lock();
	for_each_netdev_rcu(&init_net, dev)
		if (!(dev->flags & IFF_LOOPBACK))
			found = dev;
	rcu_read_unlock();
	return found;
}

void host_napi_set_complete_hook(host_napi_complete_fn fn, void *ctx)
{
	eu_complete_hook = fn;
	eu_complete_ctx = ctx;
}

/* Once per poll, after the instance was given back. */
static void eu_napi_completed(struct napi_struct *n)
{
	if (eu_complete_ran || test_bit(NAPI_STATE_SCHED, &n->state))
		return;
	eu_complete_ran = true;
	if (eu_complete_hook)
		eu_complete_hook(n, eu_complete_ctx);
}

void eu_net_before_write(void)
{
	struct napi_struct *n = READ_ONCE(eu_polling);

	if (n)
		eu_napi_completed(n);
}

bool host_napi_is_scheduled(const struct napi_struct *n)
{
	return test_bit(NAPI_STATE_SCHED, &n->state);
}

/*
 * Scheduled and enabled: napi_disable() leaves an instance holding
 * NAPI_STATE_SCHED (and NPSVC) so that nothing schedules it.
 */
static bool eu_napi_due(const struct napi_struct *n)
{
	unsigned long state = READ_ONCE(n->state);

	return (state & NAPIF_STATE_SCHED) && !(state & NAPIF_STATE_NPSVC);
}

bool host_napi_pending(void)
{
	struct net_device *dev = eu_net_newest();
	struct napi_struct *n;

	if (!dev)
		return false;
	list_for_each_entry(n, &dev->napi_list, dev_list)
		if (eu_napi_due(n))
			return true;
	return false;
}

bool host_softirq_pending(void)
{
	return host_napi_pending() || local_softirq_pending();
}

/*
 * Still scheduled after a poll that did not use its whole budget, and
 * nobody will poll it: its thread was not woken (or, not threaded, it is
 * on no poll list).
 */
static bool eu_napi_stuck(const struct napi_struct *n)
{
	struct task_struct *t = READ_ONCE(n->thread);

	if (!test_bit(NAPI_STATE_SCHED, &n->state))
		return false;
	if (t)
		return READ_ONCE(t->__state) == TASK_INTERRUPTIBLE;
	return list_empty(&n->poll_list);
}

/* One poll of a scheduled instance, and what __napi_poll() does after. */
static int eu_napi_poll_one(struct napi_struct *n, int budget)
{
	int work;

	local_bh_disable();
	eu_complete_ran = false;
	WRITE_ONCE(eu_polling, n);
	work = n->poll(n, budget);
	WRITE_ONCE(eu_polling, NULL);
	eu_napi_completed(n);
	eu_net_stats.polls++;
	eu_net_stats.work += work;

	if (work > budget) {
		eu_net_stats.over_budget++;
		pr_err("edma-uml: NAPI poll %ps returned %d, exceeding its budget of %d\n",
		       n->poll, work, budget);
	}
	if (!test_bit(NAPI_STATE_SCHED, &n->state)) {
		if (!budget)
			eu_net_stats.complete_budget0++;
		else if (work >= budget)
			eu_net_stats.complete_at_budget++;
	} else if (work < budget) {
		if (eu_napi_stuck(n))
			eu_net_stats.lost++;
	} else if (napi_disable_pending(n) && budget) {
		napi_complete(n);
	} else {
		/* the instance stays ours: deliver what GRO holds */
		if (n->gro_bitmask)
			napi_gro_flush(n, HZ >= 1000);
		gro_normal_list(n);
	}
	local_bh_enable();
	return work;
}

int host_napi_run(int budget)
{
	struct net_device *dev = eu_net_newest();
	struct napi_struct *n, *round[8];
	unsigned int nr = 0, i;
	int work = 0;

	if (!dev)
		return 0;
	/* the instances scheduled when the round begins, each polled once */
	list_for_each_entry(n, &dev->napi_list, dev_list)
		if (eu_napi_due(n) && nr < ARRAY_SIZE(round))
			round[nr++] = n;
	for (i = 0; i < nr; i++)
		work += eu_napi_poll_one(round[i], budget);
	return work;
}

/* Pending softirqs (tasklets, NET_TX's frees) run at the BH re-enable. */
unsigned int host_tasklet_run(void)
{
	local_bh_disable();
	local_bh_enable();
	return 0;
}

int host_softirq_run(int budget)
{
	host_tasklet_run();
	return host_napi_run(budget);
}

/* ---- the device ---------------------------------------------------------- */

int host_netdev_open(struct net_device *dev)
{
	int ret = 0;

	rtnl_lock();
	if (!dev->threaded)
		ret = dev_set_threaded(dev, true);
	if (!ret)
		ret = dev_open(dev, NULL);
	rtnl_unlock();
	return ret;
}

void host_netdev_close(struct net_device *dev)
{
	rtnl_lock();
	dev_close(dev);
	rtnl_unlock();
}

struct net_device *host_netdev_get(const char *name)
{
	struct net_device *dev;

	if (!name)
		return eu_net_newest();
	dev = dev_get_by_name(&init_net, name);
	/* the driver holds the device; so does the case, by its own rules */
	dev_put(dev);
	return dev;
}

static void eu_skb_freed(struct sk_buff *skb)
{
	atomic_long_dec(&eu_skbs_live);
}

int host_netdev_xmit(struct net_device *dev, struct sk_buff *skb, bool more)
{
	struct netdev_queue *txq = netdev_get_tx_queue(dev, 0);
	netdev_tx_t ret = NETDEV_TX_BUSY;

	if (!skb->destructor) {
		skb->destructor = eu_skb_freed;
		atomic_long_inc(&eu_skbs_live);
	}
	local_bh_disable();
	__netif_tx_lock(txq, smp_processor_id());
	if (netif_running(dev) && !netif_xmit_frozen_or_stopped(txq)) {
		ret = netdev_start_xmit(skb, dev, txq, more);
		eu_net_stats.xmits++;
		if (ret == NETDEV_TX_BUSY)
			eu_net_stats.xmit_busy++;
	}
	__netif_tx_unlock(txq);
	local_bh_enable();
	return ret;
}

long host_skb_live(void)
{
	return atomic_long_read(&eu_skbs_live);
}

/* Not counted here: the page pools are the kernel's (HOST_CAP_PAGE_COUNT). */
long host_pages_live(void)
{
	return 0;
}

/* The kernel's skb caches are its own business. */
void host_skb_cache_drain(void)
{
}
