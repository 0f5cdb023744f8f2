// SPDX-License-Identifier: GPL-2.0
/*
 * TI EDMA3 private API: what the controllers and rings are doing, in
 * debugfs, for a board bring-up or a driver author.
 *
 *   edma/ccN/channels  the channels Linux owns: queue, how they start,
 *                      event and interrupt enables, owner and callback
 *   edma/ccN/param     the PaRAM sets Linux allocated, decoded
 *   edma/ccN/queues    per event queue: TC, priority, watermark
 *                      threshold, entries now, high watermark, exceeded
 *   edma/ccN/errors    errors the interrupt handlers saw, by kind
 *   edma/rings/DEV:NAME  a ring's indices, free slots and counters
 *
 * Every file is one "key value" or table line per item, for people and
 * for scripts alike.  Reading takes edma_lock for the allocation state
 * (as the API does) and reads registers, never writes them.
 */

#include <linux/atomic.h>
#include <linux/debugfs.h>
#include <linux/device.h>
#include <linux/io.h>
#include <linux/mutex.h>
#include <linux/platform_data/edma.h>
#include <linux/seq_file.h>
#include <linux/slab.h>

#include "edma-internal.h"

/* edma/ and edma/rings/, made on first use and kept (the library stays) */
static DEFINE_MUTEX(edma_debugfs_mutex);
static struct dentry *edma_debugfs_root;
static struct dentry *edma_debugfs_rings;

static struct dentry *edma_debugfs_dir(bool rings)
{
	struct dentry *d;

	mutex_lock(&edma_debugfs_mutex);
	if (!edma_debugfs_root)
		edma_debugfs_root = debugfs_create_dir("edma", NULL);
	if (rings && !edma_debugfs_rings)
		edma_debugfs_rings = debugfs_create_dir("rings",
							edma_debugfs_root);
	d = rings ? edma_debugfs_rings : edma_debugfs_root;
	mutex_unlock(&edma_debugfs_mutex);
	return d;
}

static bool edma_chan_linux(struct edma_cc *cc, unsigned int ch)
{
	return test_bit(ch, cc->slot_inuse) && !test_bit(ch, cc->chan_rsv);
}

static int edma_channels_show(struct seq_file *s, void *unused)
{
	struct edma_cc *cc = s->private;
	struct edma_client *c;
	unsigned long flags;
	unsigned int ch;
	bool event, irq;

	seq_puts(s, "ch queue trigger event irq owner callback\n");
	edma_lock_irqsave(&flags);
	for (ch = 0; ch < cc->num_channels; ch++) {
		if (!edma_chan_linux(cc, ch))
			continue;
		c = &cc->client[ch];
		event = test_bit(ch, cc->chan_claimed) &&
			!test_bit(ch, cc->chan_manual);
		/* a ring writes its IER bit itself and mirrors it in ier_ext */
		if (test_bit(ch, cc->chan_ier_ext))
			irq = test_bit(ch, cc->ier_ext);
		else
			irq = cc->ier[ch >> 5] & BIT(ch & 31);
		seq_printf(s, "%u %u %s %s %s %s", ch, c->queue,
			   event ? "event" : "manual",
			   cc->eer[ch >> 5] & BIT(ch & 31) ? "on" : "off",
			   irq ? "on" : "off",
			   c->owner ? dev_name(c->owner) : "-");
		if (c->callback)
			seq_printf(s, " %ps\n", c->callback);
		else
			seq_puts(s, " -\n");
	}
	edma_unlock(flags);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(edma_channels);

static void edma_show_param(struct seq_file *s, unsigned int slot,
			    const struct edmacc_param *p)
{
	u32 opt = p->opt;

	seq_printf(s, "%u %#010x tcc=%u %s%s%s%s%s%s src=%#010x dst=%#010x acnt=%u bcnt=%u ccnt=%u",
		   slot, opt, (opt >> 12) & 0x3f,
		   opt & SYNCDIM ? "AB" : "A",
		   opt & STATIC ? ",static" : "",
		   opt & TCCMODE ? ",early" : "",
		   opt & TCINTEN ? ",tcint" : "",
		   opt & ITCINTEN ? ",itcint" : "",
		   opt & (TCCHEN | ITCCHEN) ? ",chain" : "",
		   p->src, p->dst, p->a_b_cnt & 0xffff, p->a_b_cnt >> 16,
		   p->ccnt & 0xffff);
	seq_printf(s, " bidx=%d/%d cidx=%d/%d link=%#06x bcntrld=%u\n",
		   (s16)p->src_dst_bidx, (s16)(p->src_dst_bidx >> 16),
		   (s16)p->src_dst_cidx, (s16)(p->src_dst_cidx >> 16),
		   p->link_bcntrld & 0xffff, p->link_bcntrld >> 16);
}

static int edma_param_show(struct seq_file *s, void *unused)
{
	struct edma_cc *cc = s->private;
	struct edmacc_param p;
	unsigned long flags;
	unsigned int slot;

	seq_puts(s, "slot opt fields src dst acnt bcnt ccnt bidx(src/dst) cidx(src/dst) link bcntrld\n");
	edma_lock_irqsave(&flags);
	for (slot = 0; slot < cc->num_slots; slot++) {
		if (!test_bit(slot, cc->slot_inuse) ||
		    test_bit(slot, cc->slot_rsv))
			continue;
		memcpy_fromio(&p, cc->base + PARM_OFFSET(slot), PARM_SIZE);
		edma_show_param(s, slot, &p);
	}
	edma_unlock(flags);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(edma_param);

static int edma_queues_show(struct seq_file *s, void *unused)
{
	struct edma_cc *cc = s->private;
	unsigned int q;
	u32 qstat;

	seq_puts(s, "queue tc priority threshold entries watermark exceeded\n");
	for (q = 0; q < cc->num_tc; q++) {
		qstat = edma_read(cc, EDMA_QSTAT(q));
		seq_printf(s, "%u %u %u %u %u %u %u\n", q, cc->queue_tc[q],
			   cc->queue_prio[q],
			   QWMTHR_Q(edma_read(cc, EDMA_QWMTHR(q)), q),
			   QSTAT_NUMVAL(qstat), QSTAT_WM(qstat),
			   !!(qstat & QSTAT_THRXCD));
	}
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(edma_queues);

static int edma_errors_show(struct seq_file *s, void *unused)
{
	struct edma_cc *cc = s->private;
	unsigned int i;

	seq_printf(s, "missed_event %d\n", atomic_read(&cc->errs.missed_event));
	for (i = 0; i < cc->num_tc; i++)
		seq_printf(s, "queue_threshold%u %d\n", i,
			   atomic_read(&cc->errs.queue_threshold[i]));
	seq_printf(s, "tcc_error %d\n", atomic_read(&cc->errs.tcc_error));
	for (i = 0; i < EDMA_MAX_TC; i++) {
		if (i < cc->num_tc || atomic_read(&cc->errs.tc_error[i]))
			seq_printf(s, "tc_error%u %d\n", i,
				   atomic_read(&cc->errs.tc_error[i]));
	}
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(edma_errors);

/*
 * Called once the controller is registered (its id final); a failure
 * only leaves it out of debugfs.
 */
void edma_debugfs_add_cc(struct edma_cc *cc)
{
	char name[16];
	struct dentry *d;

	snprintf(name, sizeof(name), "cc%u", cc->id);
	d = debugfs_create_dir(name, edma_debugfs_dir(false));
	debugfs_create_file("channels", 0444, d, cc, &edma_channels_fops);
	debugfs_create_file("param", 0444, d, cc, &edma_param_fops);
	debugfs_create_file("queues", 0444, d, cc, &edma_queues_fops);
	debugfs_create_file("errors", 0444, d, cc, &edma_errors_fops);
	cc->debugfs = d;
}

/* Before the controller goes: waits for readers of its files. */
void edma_debugfs_remove_cc(struct edma_cc *cc)
{
	debugfs_remove(cc->debugfs);
	cc->debugfs = NULL;
}

static int edma_ring_show(struct seq_file *s, void *unused)
{
	struct edma_ring_info i;

	edma_ring_get_info(s->private, &i);
	seq_printf(s, "ctlr %u\nchannel %u\ndirection %s\nsize %u\nwindow %u\n",
		   i.ctlr, i.ch, i.rx ? "rx" : "tx", i.num, i.win);
	seq_printf(s, "started %d\nbroken %d\nnotification %s\n", i.started,
		   i.broken, i.cb_enabled ? "on" : "off");
	seq_printf(s, "avail %u\nkicked %u\nloaded %u\nlast_used %u\nfree %u\n",
		   i.avail, i.kicked, i.loaded, i.last_used, i.free);
	seq_printf(s, "kicks %lu\ninterrupts %lu\nnotifications %lu\npolls %lu\nerrors %lu\n",
		   i.kicks, i.irqs, i.notifies, i.polls, i.errors);
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(edma_ring);

/* edma/rings/DEV:NAME; removed with edma_debugfs_remove_ring() */
struct dentry *edma_debugfs_add_ring(struct edma_ring *ring,
				     struct device *dev, const char *name)
{
	char *file = kasprintf(GFP_KERNEL, "%s:%s", dev_name(dev), name);
	struct dentry *d;

	if (!file)
		return NULL;
	d = debugfs_create_file(file, 0444, edma_debugfs_dir(true), ring,
				&edma_ring_fops);
	kfree(file);
	return d;
}

void edma_debugfs_remove_ring(struct dentry *d)
{
	debugfs_remove(d);
}
