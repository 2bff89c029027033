/*
 * flt_data.c - the send and receive paths of the NDIS 6 lightweight filter sample.
 *
 * Frames of FLT_DROP_ETHERTYPE are dropped, all others pass. A send while the module is not
 * running fails with NDIS_STATUS_PAUSED; the last send completion of a pausing module completes
 * the pause with NdisFPauseComplete (<= DISPATCH_LEVEL) after releasing the lock.
 */
#include "flt.h"

/* Reads the EtherType of the first NET_BUFFER; frames too short for a header pass. */
BOOLEAN
FltShouldDrop(PNET_BUFFER_LIST Nbl)
{
    UCHAR Header[14];
    PUCHAR Frame;

    Frame = NdisGetDataBuffer(NET_BUFFER_LIST_FIRST_NB(Nbl), sizeof(Header), Header, 1, 0);
    if (Frame == NULL)
        return FALSE;
    return ((Frame[12] << 8) | Frame[13]) == FLT_DROP_ETHERTYPE;
}

VOID
FltSendNetBufferLists(NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
                      ULONG SendFlags)
{
    PFLT_MODULE Module = (PFLT_MODULE)FilterModuleContext;
    BOOLEAN DispatchLevel = NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags);
    PNET_BUFFER_LIST Nbl;
    ULONG Count = 0;

    FLT_ACQUIRE_LOCK(&Module->Lock, DispatchLevel);
    if (Module->State != FltRunning) {
        FLT_RELEASE_LOCK(&Module->Lock, DispatchLevel);
        for (Nbl = NetBufferLists; Nbl != NULL; Nbl = NET_BUFFER_LIST_NEXT_NBL(Nbl))
            NET_BUFFER_LIST_STATUS(Nbl) = NDIS_STATUS_PAUSED;
        NdisFSendNetBufferListsComplete(Module->FilterHandle, NetBufferLists,
                                        DispatchLevel ? NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL : 0);
        return;
    }
    for (Nbl = NetBufferLists; Nbl != NULL; Nbl = NET_BUFFER_LIST_NEXT_NBL(Nbl))
        Count++;
    Module->SendsOutstanding += Count;
    Module->Passed += Count;
    FLT_RELEASE_LOCK(&Module->Lock, DispatchLevel);
    NdisFSendNetBufferLists(Module->FilterHandle, NetBufferLists, PortNumber, SendFlags);
}

VOID
FltSendNetBufferListsComplete(NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferLists,
                              ULONG SendCompleteFlags)
{
    PFLT_MODULE Module = (PFLT_MODULE)FilterModuleContext;
    BOOLEAN DispatchLevel = NDIS_TEST_SEND_COMPLETE_AT_DISPATCH_LEVEL(SendCompleteFlags);
    PNET_BUFFER_LIST Nbl;
    ULONG Count = 0;
    BOOLEAN PauseDone;

    for (Nbl = NetBufferLists; Nbl != NULL; Nbl = NET_BUFFER_LIST_NEXT_NBL(Nbl))
        Count++;
    NdisFSendNetBufferListsComplete(Module->FilterHandle, NetBufferLists, SendCompleteFlags);

    FLT_ACQUIRE_LOCK(&Module->Lock, DispatchLevel);
    Module->SendsOutstanding -= Count;
    PauseDone = Module->State == FltPausing && Module->SendsOutstanding == 0;
    if (PauseDone)
        Module->State = FltPaused;
    FLT_RELEASE_LOCK(&Module->Lock, DispatchLevel);
    if (PauseDone)
        NdisFPauseComplete(Module->FilterHandle);
}

VOID
FltReceiveNetBufferLists(NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
                         ULONG NumberOfNetBufferLists, ULONG ReceiveFlags)
{
    PFLT_MODULE Module = (PFLT_MODULE)FilterModuleContext;
    BOOLEAN DispatchLevel = NDIS_TEST_RECEIVE_AT_DISPATCH_LEVEL(ReceiveFlags);
    PNET_BUFFER_LIST Nbl, Next, Keep = NULL, *Tail = &Keep, Drop = NULL;
    ULONG KeepCount = 0;
    BOOLEAN Running;

    FLT_ACQUIRE_LOCK(&Module->Lock, DispatchLevel);
    Running = Module->State == FltRunning;
    FLT_RELEASE_LOCK(&Module->Lock, DispatchLevel);
    if (!Running) {
        /* a paused filter indicates nothing: give the lists back at once, unless NDIS keeps them */
        if (!NDIS_TEST_RECEIVE_CANNOT_PEND(ReceiveFlags))
            NdisFReturnNetBufferLists(Module->FilterHandle, NetBufferLists,
                                      DispatchLevel ? NDIS_RETURN_FLAGS_DISPATCH_LEVEL : 0);
        return;
    }
    if (NDIS_TEST_RECEIVE_CANNOT_PEND(ReceiveFlags)) {
        /* the lists stay the miniport's: pass them all, no dropping */
        NdisFIndicateReceiveNetBufferLists(Module->FilterHandle, NetBufferLists, PortNumber, NumberOfNetBufferLists,
                                           ReceiveFlags);
        return;
    }
    for (Nbl = NetBufferLists; Nbl != NULL; Nbl = Next) {
        Next = NET_BUFFER_LIST_NEXT_NBL(Nbl);
        NET_BUFFER_LIST_NEXT_NBL(Nbl) = NULL;
        if (FltShouldDrop(Nbl)) {
            NET_BUFFER_LIST_NEXT_NBL(Nbl) = Drop;
            Drop = Nbl;
        } else {
            *Tail = Nbl;
            Tail = &NET_BUFFER_LIST_NEXT_NBL(Nbl);
            KeepCount++;
        }
    }
    FLT_ACQUIRE_LOCK(&Module->Lock, DispatchLevel);
    Module->Passed += KeepCount;
    Module->Dropped += NumberOfNetBufferLists - KeepCount;
    FLT_RELEASE_LOCK(&Module->Lock, DispatchLevel);
    if (Drop != NULL)
        NdisFReturnNetBufferLists(Module->FilterHandle, Drop, DispatchLevel ? NDIS_RETURN_FLAGS_DISPATCH_LEVEL : 0);
    if (Keep != NULL)
        NdisFIndicateReceiveNetBufferLists(Module->FilterHandle, Keep, PortNumber, KeepCount, ReceiveFlags);
}

VOID
FltReturnNetBufferLists(NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags)
{
    PFLT_MODULE Module = (PFLT_MODULE)FilterModuleContext;

    NdisFReturnNetBufferLists(Module->FilterHandle, NetBufferLists, ReturnFlags);
}

VOID
FltCancelSendNetBufferLists(NDIS_HANDLE FilterModuleContext, PVOID CancelId)
{
    PFLT_MODULE Module = (PFLT_MODULE)FilterModuleContext;

    NdisFCancelSendNetBufferLists(Module->FilterHandle, CancelId);
}
