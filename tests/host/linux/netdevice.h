/* SPDX-License-Identifier: GPL-2.0 */
/*
 * net_device and NAPI, the subset a simple Ethernet driver uses (net.c).
 *
 * NAPI keeps the kernel's state rules: napi_schedule_prep() wins ownership
 * (SCHED) or records a miss (MISSED), napi_complete_done() gives ownership
 * back unless a miss or a busy poller keeps it, napi_disable() waits for the
 * owner and keeps the instance.  The "softirq" is host_napi_run()
 * (host_net.h): it polls the scheduled instances like net_rx_action() and
 * checks the budget contract.  One transmit queue; the qdisc is
 * host_netdev_xmit(), which sets netdev_xmit_more() for the driver.
 */
#ifndef _LINUX_NETDEVICE_H
#define _LINUX_NETDEVICE_H

#include <linux/bitops.h>
#include <linux/device.h>
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/printk.h>
#include <linux/skbuff.h>
#include <linux/types.h>

#define IFNAMSIZ		16
#define MAX_ADDR_LEN		32
#define NAPI_POLL_WEIGHT	64

struct net_device;
struct netlink_ext_ack;
struct ethtool_ops;

enum {
	NAPI_STATE_SCHED,
	NAPI_STATE_MISSED,
	NAPI_STATE_DISABLE,
	NAPI_STATE_NPSVC,
	NAPI_STATE_LISTED,
	NAPI_STATE_NO_BUSY_POLL,
	NAPI_STATE_IN_BUSY_POLL,
};

#define NAPIF_STATE_SCHED	BIT(NAPI_STATE_SCHED)
#define NAPIF_STATE_MISSED	BIT(NAPI_STATE_MISSED)
#define NAPIF_STATE_DISABLE	BIT(NAPI_STATE_DISABLE)
#define NAPIF_STATE_NPSVC	BIT(NAPI_STATE_NPSVC)
#define NAPIF_STATE_IN_BUSY_POLL BIT(NAPI_STATE_IN_BUSY_POLL)

struct napi_struct {
	struct list_head	poll_list;	/* on the softirq's list */
	unsigned long		state;
	int			weight;
	int			(*poll)(struct napi_struct *napi, int budget);
	struct net_device	*dev;
	struct list_head	dev_list;
};

typedef enum netdev_tx {
	NETDEV_TX_OK = 0x00,
	NETDEV_TX_BUSY = 0x10,
} netdev_tx_t;

struct net_device_stats {
	unsigned long	rx_packets;
	unsigned long	tx_packets;
	unsigned long	rx_bytes;
	unsigned long	tx_bytes;
	unsigned long	rx_errors;
	unsigned long	tx_errors;
	unsigned long	rx_dropped;
	unsigned long	tx_dropped;
	unsigned long	rx_length_errors;
	unsigned long	rx_fifo_errors;
};

/* What ndo_get_stats64 fills in (the members the drivers here use). */
struct rtnl_link_stats64 {
	u64	rx_packets;
	u64	tx_packets;
	u64	rx_bytes;
	u64	tx_bytes;
	u64	rx_errors;
	u64	tx_errors;
	u64	rx_dropped;
	u64	tx_dropped;
	u64	rx_length_errors;
};

struct net_device_ops {
	int		(*ndo_init)(struct net_device *dev);
	void		(*ndo_uninit)(struct net_device *dev);
	int		(*ndo_open)(struct net_device *dev);
	int		(*ndo_stop)(struct net_device *dev);
	netdev_tx_t	(*ndo_start_xmit)(struct sk_buff *skb,
					  struct net_device *dev);
	int		(*ndo_set_mac_address)(struct net_device *dev,
					       void *addr);
	int		(*ndo_validate_addr)(struct net_device *dev);
	int		(*ndo_change_mtu)(struct net_device *dev, int new_mtu);
	void		(*ndo_tx_timeout)(struct net_device *dev,
					  unsigned int txqueue);
	void		(*ndo_get_stats64)(struct net_device *dev,
					   struct rtnl_link_stats64 *storage);
};

/* __LINK_STATE_* bits of net_device.state */
enum {
	__LINK_STATE_START,
	__LINK_STATE_PRESENT,
	__LINK_STATE_NOCARRIER,
	__QUEUE_STATE_DRV_XOFF,		/* the one TX queue, stopped */
};

typedef u64 netdev_features_t;
#define NETIF_F_SG		BIT_ULL(0)
#define NETIF_F_HW_CSUM		BIT_ULL(3)
#define NETIF_F_RXCSUM		BIT_ULL(32)

struct net_device {
	char			name[IFNAMSIZ];
	struct device		dev;		/* only .parent is used */
	const struct net_device_ops *netdev_ops;
	const struct ethtool_ops *ethtool_ops;
	unsigned long		state;
	unsigned int		flags;
	unsigned int		mtu;
	unsigned int		min_mtu;
	unsigned int		max_mtu;
	unsigned short		type;
	unsigned short		hard_header_len;
	unsigned char		addr_len;
	const unsigned char	*dev_addr;
	unsigned char		perm_addr[MAX_ADDR_LEN];
	unsigned char		broadcast[MAX_ADDR_LEN];
	netdev_features_t	features;
	netdev_features_t	hw_features;
	unsigned int		watchdog_timeo;
	int			irq;
	struct net_device_stats	stats;
	struct list_head	napi_list;

	/* private to the shim */
	unsigned char		addr_buf[MAX_ADDR_LEN];
	bool			registered;
	struct list_head	host_list;
	void			*priv_mem;
};

#define SET_NETDEV_DEV(net, pdev)	((net)->dev.parent = (pdev))

static inline void *netdev_priv(const struct net_device *dev)
{
	return dev->priv_mem;
}

/* NAPI */
void netif_napi_add_weight(struct net_device *dev, struct napi_struct *napi,
			   int (*poll)(struct napi_struct *, int), int weight);

static inline void netif_napi_add(struct net_device *dev,
				  struct napi_struct *napi,
				  int (*poll)(struct napi_struct *, int))
{
	netif_napi_add_weight(dev, napi, poll, NAPI_POLL_WEIGHT);
}

static inline void netif_napi_add_tx_weight(struct net_device *dev,
					    struct napi_struct *napi,
					    int (*poll)(struct napi_struct *, int),
					    int weight)
{
	netif_napi_add_weight(dev, napi, poll, weight);
	set_bit(NAPI_STATE_NO_BUSY_POLL, &napi->state);
}

static inline void netif_napi_add_tx(struct net_device *dev,
				     struct napi_struct *napi,
				     int (*poll)(struct napi_struct *, int))
{
	netif_napi_add_tx_weight(dev, napi, poll, NAPI_POLL_WEIGHT);
}

void __netif_napi_del(struct napi_struct *napi);

static inline void netif_napi_del(struct napi_struct *napi)
{
	__netif_napi_del(napi);
}

void napi_enable(struct napi_struct *n);
void napi_disable(struct napi_struct *n);
bool napi_schedule_prep(struct napi_struct *n);
void __napi_schedule(struct napi_struct *n);
void __napi_schedule_irqoff(struct napi_struct *n);
bool napi_complete_done(struct napi_struct *n, int work_done);

static inline void napi_schedule(struct napi_struct *n)
{
	if (napi_schedule_prep(n))
		__napi_schedule(n);
}

static inline void napi_schedule_irqoff(struct napi_struct *n)
{
	if (napi_schedule_prep(n))
		__napi_schedule_irqoff(n);
}

static inline bool napi_complete(struct napi_struct *n)
{
	return napi_complete_done(n, 0);
}

static inline bool napi_disable_pending(struct napi_struct *n)
{
	return test_bit(NAPI_STATE_DISABLE, &n->state);
}

void napi_synchronize(const struct napi_struct *n);

/* Receive: counted and handed to the host hook (host_net.h). */
enum gro_result {
	GRO_MERGED,
	GRO_MERGED_FREE,
	GRO_HELD,
	GRO_NORMAL,
	GRO_CONSUMED,
};
typedef enum gro_result gro_result_t;

#define NET_RX_SUCCESS	0
#define NET_RX_DROP	1

int netif_receive_skb(struct sk_buff *skb);
int netif_rx(struct sk_buff *skb);
gro_result_t napi_gro_receive(struct napi_struct *napi, struct sk_buff *skb);

/* Device life cycle */
struct net_device *alloc_etherdev_mqs(int sizeof_priv, unsigned int txqs,
				      unsigned int rxqs);
#define alloc_etherdev(sizeof_priv)	alloc_etherdev_mqs(sizeof_priv, 1, 1)
struct net_device *devm_alloc_etherdev_mqs(struct device *dev, int sizeof_priv,
					   unsigned int txqs,
					   unsigned int rxqs);
#define devm_alloc_etherdev(dev, sizeof_priv) \
	devm_alloc_etherdev_mqs(dev, sizeof_priv, 1, 1)
void free_netdev(struct net_device *dev);
int register_netdev(struct net_device *dev);
void unregister_netdev(struct net_device *dev);
int devm_register_netdev(struct device *dev, struct net_device *ndev);

static inline bool netif_running(const struct net_device *dev)
{
	return test_bit(__LINK_STATE_START, &dev->state);
}

/* The one TX queue */
static inline void netif_start_queue(struct net_device *dev)
{
	clear_bit(__QUEUE_STATE_DRV_XOFF, &dev->state);
}

static inline void netif_stop_queue(struct net_device *dev)
{
	set_bit(__QUEUE_STATE_DRV_XOFF, &dev->state);
}

static inline bool netif_queue_stopped(const struct net_device *dev)
{
	return test_bit(__QUEUE_STATE_DRV_XOFF, &dev->state);
}

void netif_wake_queue(struct net_device *dev);

static inline void netif_tx_disable(struct net_device *dev)
{
	netif_stop_queue(dev);
}

/*
 * The xmit lock: the shim's xmit (host_netdev_xmit()) runs in the test's
 * thread, never beside a NAPI poll, so there is nothing to exclude.
 */
static inline void netif_tx_lock(struct net_device *dev) { }
static inline void netif_tx_unlock(struct net_device *dev) { }
static inline void netif_tx_lock_bh(struct net_device *dev) { }
static inline void netif_tx_unlock_bh(struct net_device *dev) { }

static inline void netif_carrier_on(struct net_device *dev)
{
	clear_bit(__LINK_STATE_NOCARRIER, &dev->state);
}

static inline void netif_carrier_off(struct net_device *dev)
{
	set_bit(__LINK_STATE_NOCARRIER, &dev->state);
}

static inline bool netif_carrier_ok(const struct net_device *dev)
{
	return !test_bit(__LINK_STATE_NOCARRIER, &dev->state);
}

extern bool __host_xmit_more;

static inline bool netdev_xmit_more(void)
{
	return __host_xmit_more;
}

static inline bool net_ratelimit(void)
{
	return true;
}

#define netdev_printk(level, dev, fmt, ...) \
	printk(level "%s: " fmt, (dev)->name, ##__VA_ARGS__)
#define netdev_err(dev, fmt, ...) \
	netdev_printk(KERN_ERR, dev, fmt, ##__VA_ARGS__)
#define netdev_warn(dev, fmt, ...) \
	netdev_printk(KERN_WARNING, dev, fmt, ##__VA_ARGS__)
#define netdev_info(dev, fmt, ...) \
	netdev_printk(KERN_INFO, dev, fmt, ##__VA_ARGS__)
#define netdev_dbg(dev, fmt, ...) \
	no_printk(fmt, ##__VA_ARGS__)
#define netif_err(priv, type, dev, fmt, ...) \
	netdev_err(dev, fmt, ##__VA_ARGS__)

#endif
