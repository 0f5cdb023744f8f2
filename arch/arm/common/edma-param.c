// SPDX-License-Identifier: GPL-2.0
/*
 * TI EDMA3 private API: the PaRAM of allocated slots.  Every write checks
 * that Linux allocated the slot and goes through edma_lock, so that a
 * read-modify-write of one word is never torn by another CPU's.
 */

#include <linux/device.h>
#include <linux/export.h>
#include <linux/io.h>
#include <linux/platform_data/edma.h>
#include <linux/spinlock.h>
#include <linux/string.h>

#include "edma-internal.h"

/* Read-modify-write of one word of an allocated slot. */
static void edma_param_modify(unsigned int slot, unsigned int word, u32 mask,
			      u32 val, const char *func)
{
	unsigned long flags;
	struct edma_cc *cc;

	cc = edma_lock_slot_ctlr(slot, func, &flags);
	if (cc)
		edma_modify(cc, PARM_OFFSET(EDMA_CHAN_SLOT(slot)) + word, mask,
			    val);
	edma_unlock(flags);
}

static void edma_set_port_locked(struct edma_cc *cc, unsigned int slot,
				 dma_addr_t port, enum address_mode mode,
				 enum fifo_width width, u32 am_bit,
				 unsigned int word, const char *func)
{
	unsigned int offset = PARM_OFFSET(EDMA_CHAN_SLOT(slot));

	lockdep_assert_held(&edma_lock);
	/* PaRAM holds 32-bit addresses: refuse what LPAE could pass, not cut */
	if (upper_32_bits(port)) {
		dev_err(cc->dev, "%s: bus address 0x%llx is above 4 GiB\n",
			func, (u64)port);
		return;
	}
	if (mode == FIFO)
		edma_modify(cc, offset, am_bit | EDMA_FWID,
			    am_bit | ((width & 7) << 8));
	else
		edma_modify(cc, offset, am_bit, 0);
	edma_write(cc, offset + word, port);
}

static void edma_set_port(unsigned int slot, dma_addr_t port,
			  enum address_mode mode, enum fifo_width width,
			  u32 am_bit, unsigned int word, const char *func)
{
	unsigned long flags;
	struct edma_cc *cc;

	cc = edma_lock_slot_ctlr(slot, func, &flags);
	if (cc)
		edma_set_port_locked(cc, slot, port, mode, width, am_bit, word,
				     func);
	edma_unlock(flags);
}

/**
 * edma_set_src - set a slot's source address and addressing mode
 * @slot: an allocated slot or channel handle
 * @src_port: source bus address, below 4 GiB
 * @mode: INCR, or FIFO for constant addressing
 * @width: FIFO width, used with FIFO only
 *
 * EDMA3 PaRAM holds 32-bit addresses.  With a 64-bit dma_addr_t (LPAE) an
 * address above 4 GiB is refused with an error message and the slot is
 * left as it was; it is never cut to its low 32 bits.  Devices using EDMA3
 * need a 32-bit DMA mask, so dma_map_*() does not hand out such addresses.
 *
 * Context: any.
 */
void edma_set_src(unsigned int slot, dma_addr_t src_port,
		  enum address_mode mode, enum fifo_width width)
{
	edma_set_port(slot, src_port, mode, width, SAM, PARM_SRC, __func__);
}
EXPORT_SYMBOL(edma_set_src);

/**
 * edma_set_dest - set a slot's destination address and addressing mode
 * @slot: an allocated slot or channel handle
 * @dest_port: destination bus address, below 4 GiB
 * @mode: INCR, or FIFO for constant addressing
 * @width: FIFO width, used with FIFO only
 *
 * EDMA3 PaRAM holds 32-bit addresses.  With a 64-bit dma_addr_t (LPAE) an
 * address above 4 GiB is refused with an error message and the slot is
 * left as it was; it is never cut to its low 32 bits.  Devices using EDMA3
 * need a 32-bit DMA mask, so dma_map_*() does not hand out such addresses.
 *
 * Context: any.
 */
void edma_set_dest(unsigned int slot, dma_addr_t dest_port,
		   enum address_mode mode, enum fifo_width width)
{
	edma_set_port(slot, dest_port, mode, width, DAM, PARM_DST, __func__);
}
EXPORT_SYMBOL(edma_set_dest);

/**
 * edma_set_src_index - set a slot's source B and C indexes
 * @slot: an allocated slot or channel handle
 * @src_bidx: byte offset between arrays
 * @src_cidx: byte offset between frames
 *
 * Only the source halves are written, whatever the sign of the values.
 *
 * Context: any.
 */
void edma_set_src_index(unsigned int slot, s16 src_bidx, s16 src_cidx)
{
	edma_param_modify(slot, PARM_SRC_DST_BIDX, 0xffff, (u16)src_bidx,
			  __func__);
	edma_param_modify(slot, PARM_SRC_DST_CIDX, 0xffff, (u16)src_cidx,
			  __func__);
}
EXPORT_SYMBOL(edma_set_src_index);

/**
 * edma_set_dest_index - set a slot's destination B and C indexes
 * @slot: an allocated slot or channel handle
 * @dest_bidx: byte offset between arrays
 * @dest_cidx: byte offset between frames
 *
 * Context: any.
 */
void edma_set_dest_index(unsigned int slot, s16 dest_bidx, s16 dest_cidx)
{
	edma_param_modify(slot, PARM_SRC_DST_BIDX, 0xffff0000,
			  (u32)(u16)dest_bidx << 16, __func__);
	edma_param_modify(slot, PARM_SRC_DST_CIDX, 0xffff0000,
			  (u32)(u16)dest_cidx << 16, __func__);
}
EXPORT_SYMBOL(edma_set_dest_index);

/**
 * edma_set_transfer_params - set a slot's counts and synchronisation
 * @slot: an allocated slot or channel handle
 * @acnt: bytes per array
 * @bcnt: arrays per frame
 * @ccnt: frames per block
 * @bcnt_rld: BCNT reload, used by A-synchronised transfers
 * @sync_mode: ASYNC (one array per event) or ABSYNC (one frame per event)
 *
 * The link field is kept.
 *
 * Context: any.
 */
void edma_set_transfer_params(unsigned int slot, u16 acnt, u16 bcnt,
			      u16 ccnt, u16 bcnt_rld,
			      enum sync_dimension sync_mode)
{
	unsigned int offset = PARM_OFFSET(EDMA_CHAN_SLOT(slot));
	unsigned long flags;
	struct edma_cc *cc;

	cc = edma_lock_slot_ctlr(slot, __func__, &flags);
	if (cc) {
		edma_modify(cc, offset + PARM_LINK_BCNTRLD, 0xffff0000,
			    (u32)bcnt_rld << 16);
		edma_modify(cc, offset + PARM_OPT, SYNCDIM,
			    sync_mode == ASYNC ? 0 : SYNCDIM);
		edma_write(cc, offset + PARM_A_B_CNT, ((u32)bcnt << 16) | acnt);
		edma_write(cc, offset + PARM_CCNT, ccnt);
	}
	edma_unlock(flags);
}
EXPORT_SYMBOL(edma_set_transfer_params);

static void edma_link_locked(struct edma_cc *cc, unsigned int from,
			     unsigned int to)
{
	unsigned int to_slot = EDMA_CHAN_SLOT(to);

	lockdep_assert_held(&edma_lock);
	if (EDMA_CTLR(from) != EDMA_CTLR(to))
		dev_err(cc->dev, "cannot link slot %u to controller %u\n",
			EDMA_CHAN_SLOT(from), EDMA_CTLR(to));
	else if (!edma_slot_owned(cc, to_slot))
		dev_err(cc->dev, "cannot link to unallocated slot %u\n",
			to_slot);
	else
		edma_modify(cc, PARM_OFFSET(EDMA_CHAN_SLOT(from)) +
			    PARM_LINK_BCNTRLD, 0xffff, PARM_OFFSET(to_slot));
}

/**
 * edma_link - make a slot reload from another when it is exhausted
 * @from: an allocated slot or channel handle
 * @to: an allocated slot or channel handle on the same controller
 *
 * Context: any.
 */
void edma_link(unsigned int from, unsigned int to)
{
	unsigned long flags;
	struct edma_cc *cc;

	cc = edma_lock_slot_ctlr(from, __func__, &flags);
	if (cc)
		edma_link_locked(cc, from, to);
	edma_unlock(flags);
}
EXPORT_SYMBOL(edma_link);

/**
 * edma_unlink - make a slot load the NULL set when it is exhausted
 * @from: an allocated slot or channel handle
 *
 * Context: any.
 */
void edma_unlink(unsigned int from)
{
	edma_param_modify(from, PARM_LINK_BCNTRLD, 0xffff, PARM_LINK_NULL,
			  __func__);
}
EXPORT_SYMBOL(edma_unlink);

/**
 * edma_write_slot - write a whole PaRAM set
 * @slot: an allocated slot or channel handle
 * @param: the set to write
 *
 * Context: any.
 */
void edma_write_slot(unsigned int slot, const struct edmacc_param *param)
{
	unsigned long flags;
	struct edma_cc *cc;

	if (WARN_ONCE(!param, "edma: %s with NULL param\n", __func__))
		return;
	cc = edma_lock_slot_ctlr(slot, __func__, &flags);
	if (cc)
		edma_write_param(cc, EDMA_CHAN_SLOT(slot), param);
	edma_unlock(flags);
}
EXPORT_SYMBOL(edma_write_slot);

/* Like edma_lock_slot_ctlr() for any existing slot: reads need no ownership. */
static struct edma_cc *edma_lock_any_slot_ctlr(unsigned int slot,
					       const char *func,
					       unsigned long *flags)
	__acquires(&edma_lock)
{
	struct edma_cc *cc = edma_lock_ctlr(EDMA_CTLR(slot), flags);

	if (cc && EDMA_CHAN_SLOT(slot) >= cc->num_slots) {
		dev_err(cc->dev, "%s: slot %u does not exist\n", func,
			EDMA_CHAN_SLOT(slot));
		return NULL;
	}
	return cc;
}

/**
 * edma_read_slot - read a whole PaRAM set
 * @slot: a slot or channel handle
 * @param: where to store the set; zero-filled if @slot does not exist
 *
 * Context: any.
 */
void edma_read_slot(unsigned int slot, struct edmacc_param *param)
{
	unsigned long flags;
	struct edma_cc *cc;

	if (WARN_ONCE(!param, "edma: %s with NULL param\n", __func__))
		return;
	cc = edma_lock_any_slot_ctlr(slot, __func__, &flags);
	if (cc)
		memcpy_fromio(param,
			      cc->base + PARM_OFFSET(EDMA_CHAN_SLOT(slot)),
			      PARM_SIZE);
	else
		memset(param, 0, sizeof(*param));
	edma_unlock(flags);
}
EXPORT_SYMBOL(edma_read_slot);

/**
 * edma_get_position - current source or destination address of a slot
 * @slot: a slot or channel handle, normally of an active channel
 * @dst: true for the destination address, false for the source
 *
 * Reads one PaRAM word, so it is cheap enough for residue reporting.
 *
 * Context: any.
 * Return: the bus address, or 0 if @slot does not exist.
 */
dma_addr_t edma_get_position(unsigned int slot, bool dst)
{
	unsigned long flags;
	struct edma_cc *cc;
	dma_addr_t pos;

	cc = edma_lock_any_slot_ctlr(slot, __func__, &flags);
	pos = cc ? edma_read(cc, PARM_OFFSET(EDMA_CHAN_SLOT(slot)) +
			     (dst ? PARM_DST : PARM_SRC)) : 0;
	edma_unlock(flags);
	return pos;
}
EXPORT_SYMBOL(edma_get_position);

/**
 * edma_get_position_both - the 3.x two-pointer form of edma_get_position()
 * @slot: a slot or channel handle
 * @src: where to store the source address, or NULL
 * @dst: where to store the destination address, or NULL
 *
 * Both are set to 0 if @slot does not exist.
 *
 * Context: any.
 */
void edma_get_position_both(unsigned int slot, dma_addr_t *src,
			    dma_addr_t *dst)
{
	if (src)
		*src = edma_get_position(slot, false);
	if (dst)
		*dst = edma_get_position(slot, true);
}
EXPORT_SYMBOL_GPL(edma_get_position_both);

