# SPDX-License-Identifier: GPL-2.0
SHIM_SRCS := $(sort $(wildcard tests/host/*.c))
SHIM_CFLAGS := -Itests/host -Itests/model -include tests/host/kconfig.h
SHIM_LIBS := -lfdt -lpthread
