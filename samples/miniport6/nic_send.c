/*
 * nic_send.c - the send and return paths of the NDIS 6 Ethernet miniport sample.
 *
 * Each NET_BUFFER of a send is mapped with NdisMAllocateNetBufferSGList, which needs exactly
 * DISPATCH_LEVEL: the send handler raises the IRQL when NDIS did not call it at DISPATCH_LEVEL, as
 * the dispatch-level bit of SendFlags says. MiniportProcessSGList (DISPATCH_LEVEL) gives the
 * fragments to the chip; this sample completes the send at once. The return handler recycles
 * receive NBLs with the lock form the dispatch-level bit of ReturnFlags asks for.
 */
#include "nic.h"

VOID
NicProcessSGList(PDEVICE_OBJECT pDO, PVOID Reserved, PSCATTER_GATHER_LIST pSGL, PVOID Context)
{
    PNET_BUFFER_LIST Nbl = (PNET_BUFFER_LIST)Context;
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)Nbl->SourceHandle;

    UNREFERENCED_PARAMETER(pDO);
    UNREFERENCED_PARAMETER(Reserved);
    /* the chip copies the fragments out at once in this sample: unmap and complete */
    NdisMFreeNetBufferSGList(Adapter->DmaHandle, pSGL, NET_BUFFER_LIST_FIRST_NB(Nbl));
    NdisDprAcquireSpinLock(&Adapter->Lock);
    if (--Adapter->SendsPending == 0 && Adapter->Paused)
        NdisSetEvent(&Adapter->SendsDrained);
    NdisDprReleaseSpinLock(&Adapter->Lock);
    NET_BUFFER_LIST_STATUS(Nbl) = NDIS_STATUS_SUCCESS;
    NdisMSendNetBufferListsComplete(Adapter->MiniportHandle, Nbl, NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL);
}

/* Maps one NBL's first buffer for DMA; IRQL == DISPATCH_LEVEL. */
static VOID
NicMapSend(PNIC_ADAPTER Adapter, PNET_BUFFER_LIST Nbl)
{
    Nbl->SourceHandle = (NDIS_HANDLE)Adapter;
    // send_sgl_passive-warning@+1 {{'NdisMAllocateNetBufferSGList' may be called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Gather_DMA_Function]}}
    if (NdisMAllocateNetBufferSGList(Adapter->DmaHandle, NET_BUFFER_LIST_FIRST_NB(Nbl), Nbl, 0, NULL, 0) !=
        NDIS_STATUS_SUCCESS) {
        NdisDprAcquireSpinLock(&Adapter->Lock); // send_sgl_passive-warning {{'NdisDprAcquireSpinLock' may be called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Synch_Function]}}
        Adapter->SendsPending--;
        NdisDprReleaseSpinLock(&Adapter->Lock); // send_sgl_passive-warning {{'NdisDprReleaseSpinLock' may be called at PASSIVE_LEVEL, but it requires DISPATCH_LEVEL [Irql_Synch_Function]}}
        NET_BUFFER_LIST_STATUS(Nbl) = NDIS_STATUS_RESOURCES;
        NdisMSendNetBufferListsComplete(Adapter->MiniportHandle, Nbl, NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL);
    }
}

VOID
NicSendNetBufferLists(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferList, NDIS_PORT_NUMBER PortNumber,
                      ULONG SendFlags)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;
    PNET_BUFFER_LIST Nbl, Next;
    BOOLEAN Paused;
    KIRQL OldIrql = DISPATCH_LEVEL;

    UNREFERENCED_PARAMETER(PortNumber);
#ifndef FAULT_SEND_SGL_PASSIVE
    if (!NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags))
        NDIS_RAISE_IRQL_TO_DISPATCH(&OldIrql);
#endif
    for (Nbl = NetBufferList; Nbl != NULL; Nbl = Next) {
        Next = NET_BUFFER_LIST_NEXT_NBL(Nbl);
        NET_BUFFER_LIST_NEXT_NBL(Nbl) = NULL;
#ifdef FAULT_SEND_SGL_PASSIVE
        /* "the lock raises the IRQL anyway" */
        NdisAcquireSpinLock(&Adapter->Lock);
        Paused = Adapter->Paused;
        if (!Paused)
            Adapter->SendsPending++;
        NdisReleaseSpinLock(&Adapter->Lock);
#else
        NdisDprAcquireSpinLock(&Adapter->Lock);
        Paused = Adapter->Paused;
        if (!Paused)
            Adapter->SendsPending++;
        NdisDprReleaseSpinLock(&Adapter->Lock);
#endif
        if (Paused) {
            NET_BUFFER_LIST_STATUS(Nbl) = NDIS_STATUS_PAUSED;
            NdisMSendNetBufferListsComplete(Adapter->MiniportHandle, Nbl,
                                            NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags)
                                                ? NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL
                                                : 0);
            continue;
        }
        NicMapSend(Adapter, Nbl); // send_sgl_passive-note 3 {{'NicMapSend' called here at PASSIVE_LEVEL}}
    }
#ifndef FAULT_SEND_SGL_PASSIVE
    NDIS_LOWER_IRQL(OldIrql, DISPATCH_LEVEL);
#endif
}

/* Puts a returned receive NBL back; the lock form follows the caller's IRQL. */
static VOID
NicRecycle(PNIC_ADAPTER Adapter, PNET_BUFFER_LIST Nbl, BOOLEAN DispatchLevel)
{
    if (DispatchLevel)
        NdisDprAcquireSpinLock(&Adapter->Lock);
    else
        NdisAcquireSpinLock(&Adapter->Lock);
    if (Adapter->RecvSpare == NULL) {
        Adapter->RecvSpare = Nbl;
        Nbl = NULL;
    }
    if (DispatchLevel)
        NdisDprReleaseSpinLock(&Adapter->Lock);
    else
        NdisReleaseSpinLock(&Adapter->Lock);
    if (Nbl != NULL)
        NdisFreeNetBufferList(Nbl);
}

VOID
NicReturnNetBufferLists(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags)
{
    PNIC_ADAPTER Adapter = (PNIC_ADAPTER)MiniportAdapterContext;
    PNET_BUFFER_LIST Nbl, Next;
#ifdef FAULT_RETURN_GETIRQL
    /* "ask the processor rather than trust the flags" */
    BOOLEAN DispatchLevel = KeGetCurrentIrql() == DISPATCH_LEVEL; // return_getirql-warning {{'KeGetCurrentIrql' is called in the MINIPORT_RETURN_NET_BUFFER_LISTS callback 'NicReturnNetBufferLists', whose flags parameter already tells whether it runs at DISPATCH_LEVEL [Flags_Irql]}}

    UNREFERENCED_PARAMETER(ReturnFlags);
#else
    BOOLEAN DispatchLevel = NDIS_TEST_RETURN_AT_DISPATCH_LEVEL(ReturnFlags);
#endif

    for (Nbl = NetBufferLists; Nbl != NULL; Nbl = Next) {
        Next = NET_BUFFER_LIST_NEXT_NBL(Nbl);
        NET_BUFFER_LIST_NEXT_NBL(Nbl) = NULL;
        NicRecycle(Adapter, Nbl, DispatchLevel);
    }
}

VOID
NicCancelSend(NDIS_HANDLE MiniportAdapterContext, PVOID CancelId)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(CancelId); /* sends are never queued in this sample */
}
