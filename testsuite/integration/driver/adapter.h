/*
 * adapter.h - the adapter of the integration tests' small MCM miniport (two files: mcm_main.c,
 * clean, and mcm_intr.c, whose ISR offers a call at DIRQL).
 */
#ifndef ADAPTER_H
#define ADAPTER_H

#include <ndis.h>

typedef struct _ADAPTER {
    NDIS_HANDLE MiniportAdapterHandle;
    NDIS_HANDLE InterruptHandle;
    NDIS_HANDLE ListeningSapHandle;
    NDIS_HANDLE IncomingVcHandle;
    CO_CALL_PARAMETERS CallParams;
    volatile ULONG IntStatus;
} ADAPTER, *PADAPTER;

MINIPORT_INITIALIZE McmInitialize;
MINIPORT_HALT McmHalt;

#endif
