/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Host control of the networking shim (net.c): the "softirq" that runs
 * tasklets and polls scheduled NAPI instances, the qdisc side of transmit,
 * the receive hook standing in for the stack, and counters that check the
 * NAPI contract (budget, ownership) for the tests.  Inside a UML kernel,
 * tests/uml/net.c does the same with the kernel's NAPI and skbs.
 */
#ifndef _TESTS_HOST_HOST_NET_H
#define _TESTS_HOST_HOST_NET_H

#include <stdbool.h>
#include <stdint.h>

struct napi_struct;
struct net_device;
struct sk_buff;

struct host_net_stats {
	uint64_t polls;			/* poll calls */
	uint64_t work;			/* sum of what they returned */
	uint64_t over_budget;		/* returned more than the budget */
	uint64_t lost;			/* returned < budget, kept SCHED, not
					 * rescheduled: NAPI is stuck */
	uint64_t complete_at_budget;	/* completed and returned the budget */
	uint64_t complete_budget0;	/* napi_complete_done from a 0 budget */
	uint64_t completes;		/* napi_complete_done returning true */
	uint64_t kept;			/* ... returning false */
	uint64_t schedules;		/* __napi_schedule calls */
	uint64_t missed;		/* napi_schedule_prep lost to SCHED */
	uint64_t rx_skbs;		/* skbs given to the stack */
	uint64_t xmits;			/* ndo_start_xmit calls */
	uint64_t xmit_busy;		/* ... that returned NETDEV_TX_BUSY */
	uint64_t skb_allocs;		/* skbs handed out */
	uint64_t skb_mallocs;		/* ... that needed kmalloc */
	uint64_t tasklet_runs;
};

void host_net_get_stats(struct host_net_stats *st);
void host_net_reset_stats(void);
long host_skb_live(void);		/* skbs allocated and not freed */
long host_pages_live(void);		/* page pools' pages not freed */
/*
 * Free the skbs cached for reuse.  skbs are page-aligned blocks of their
 * own, outside kmalloc's live-block count: host_skb_live() is their leak
 * check, and stats.skb_mallocs counts the allocations.
 */
void host_skb_cache_drain(void);

/*
 * One softirq round: run the queued tasklets, then poll every NAPI
 * instance that was scheduled when the round began, once, with budget
 * (0 is netpoll's "TX only").  An instance that used its whole budget
 * stays scheduled for the next round.  Returns the work reported.
 */
int host_softirq_run(int budget);
int host_napi_run(int budget);		/* the NAPI part only */
unsigned int host_tasklet_run(void);	/* the tasklet part only */
bool host_napi_pending(void);		/* an instance is on the list */
bool host_softirq_pending(void);	/* ... or a tasklet is queued */
bool host_napi_is_scheduled(const struct napi_struct *n);

/*
 * The stack: every skb a driver receives goes to fn, which owns it, or is
 * consumed when fn is NULL.
 */
typedef void (*host_net_rx_fn)(struct sk_buff *skb, void *ctx);
void host_net_set_rx_hook(host_net_rx_fn fn, void *ctx);

/*
 * Called by napi_complete_done() right after it gave ownership back (the
 * true return), before the driver re-arms its device: the window where a
 * completion races the re-enable.  NULL to remove.
 */
typedef void (*host_napi_complete_fn)(struct napi_struct *n, void *ctx);
void host_napi_set_complete_hook(host_napi_complete_fn fn, void *ctx);

/* dev_open()/dev_close() and the qdisc's transmit of one skb. */
int host_netdev_open(struct net_device *dev);
void host_netdev_close(struct net_device *dev);
/*
 * Returns NETDEV_TX_OK, or NETDEV_TX_BUSY (the caller keeps the skb) when
 * the queue is stopped, the device is down, or the driver said busy.
 * more is what netdev_xmit_more() tells the driver.
 */
int host_netdev_xmit(struct net_device *dev, struct sk_buff *skb, bool more);
/* A registered device by name ("eth0"), or the newest one for NULL. */
struct net_device *host_netdev_get(const char *name);

#endif
