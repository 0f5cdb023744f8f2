# SPDX-License-Identifier: GPL-2.0
#
# The dmaengine provider (drivers/dma/ti/edma-priv.c) in the host suites:
# it and its KUnit suite are compiled against tests/dmaengine/include (a
# dmaengine.h that stands in for the shim's, plus scatterlist.h and
# of_dma.h) and tests/dmaengine/dma (virt-dma.h, the provider's
# "../dmaengine.h"), with a small core in tests/dmaengine/dmaengine.c,
# and linked into edma_tests.

DMAENGINE_SRCS := drivers/dma/ti/edma-priv.c tests/dmaengine/dmaengine.c \
	tests/dmaengine/edma_dmaengine_test.c
DMAENGINE_OBJS := $(patsubst %.c,$(BUILD)/san/%.o,$(DMAENGINE_SRCS))

$(DMAENGINE_OBJS): KERNEL_CFLAGS := -Itests/dmaengine/include \
	-Itests/dmaengine/dma/ti $(KERNEL_CFLAGS) -Itests/kunit

$(BUILD)/edma_tests: $(DMAENGINE_OBJS)
