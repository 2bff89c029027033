/*
 * my_mp.c - a small NDIS 6 miniport: a virtual Ethernet adapter with no hardware.
 *
 * What a driver team unit-tests on the runtime model (see test_my_mp.c and README.md):
 * MiniportInitializeEx sets the attributes and allocates a link timer and a work item;
 * MiniportRestart arms the one-shot link timer, which indicates "media connected";
 * MiniportPause cancels it; sends complete at once; OID_GEN_STATISTICS pends and a work
 * item completes it; MiniportHaltEx releases everything.
 * With -DMY_MP_BUG the link timer is "the driver's" and left to the unload routine: Halt
 * neither cancels nor frees it, so when the adapter halts before the timer fired the timer
 * is still set (CancelTimerObject) -- in some scheduler orders only.
 */
#include <ndis.h>

#define MY_TAG ((ULONG)0x704D794D) /* 'MyMp' */

typedef struct _MY_ADAPTER {
    NDIS_HANDLE Handle;
    NDIS_SPIN_LOCK Lock;
    NDIS_HANDLE LinkTimer;
    NDIS_HANDLE WorkItem;
    PNDIS_OID_REQUEST PendingOid; /* protected by Lock */
    ULONG64 Sent;                 /* protected by Lock */
} MY_ADAPTER, *PMY_ADAPTER;

DRIVER_INITIALIZE DriverEntry;
static MINIPORT_INITIALIZE MyInitialize;
static MINIPORT_HALT MyHalt;
static MINIPORT_UNLOAD MyUnload;
static MINIPORT_PAUSE MyPause;
static MINIPORT_RESTART MyRestart;
static MINIPORT_OID_REQUEST MyOidRequest;
static MINIPORT_SEND_NET_BUFFER_LISTS MySend;
static MINIPORT_RETURN_NET_BUFFER_LISTS MyReturn;
static MINIPORT_CANCEL_SEND MyCancelSend;
static MINIPORT_CANCEL_OID_REQUEST MyCancelOid;
static MINIPORT_SHUTDOWN MyShutdown;
static MINIPORT_DEVICE_PNP_EVENT_NOTIFY MyPnp;
NDIS_TIMER_FUNCTION MyLinkTimer;
NDIS_IO_WORKITEM_FUNCTION MyStatisticsWorkItem;

static NDIS_HANDLE MyDriverHandle;

NTSTATUS
DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NDIS_MINIPORT_DRIVER_CHARACTERISTICS Chars;

    NdisZeroMemory(&Chars, sizeof(Chars));
    Chars.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_DRIVER_CHARACTERISTICS;
    Chars.Header.Revision = NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.Header.Size = NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2;
    Chars.MajorNdisVersion = 6;
    Chars.MinorNdisVersion = 20;
    Chars.InitializeHandlerEx = MyInitialize;
    Chars.HaltHandlerEx = MyHalt;
    Chars.UnloadHandler = MyUnload;
    Chars.PauseHandler = MyPause;
    Chars.RestartHandler = MyRestart;
    Chars.OidRequestHandler = MyOidRequest;
    Chars.SendNetBufferListsHandler = MySend;
    Chars.ReturnNetBufferListsHandler = MyReturn;
    Chars.CancelSendHandler = MyCancelSend;
    Chars.CancelOidRequestHandler = MyCancelOid;
    Chars.ShutdownHandlerEx = MyShutdown;
    Chars.DevicePnPEventNotifyHandler = MyPnp;
    MyDriverHandle = NULL;
    return (NTSTATUS)NdisMRegisterMiniportDriver(DriverObject, RegistryPath, NULL, &Chars, &MyDriverHandle);
}

static VOID
MyUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
    NdisMDeregisterMiniportDriver(MyDriverHandle);
}

static NDIS_STATUS
MyInitialize(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportDriverContext,
             PNDIS_MINIPORT_INIT_PARAMETERS InitParameters)
{
    PMY_ADAPTER Adapter;
    NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES Reg;
    NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES Gen;
    NDIS_TIMER_CHARACTERISTICS Timer;
    NDIS_STATUS Status;

    UNREFERENCED_PARAMETER(MiniportDriverContext);
    UNREFERENCED_PARAMETER(InitParameters);

    Adapter = NdisAllocateMemoryWithTagPriority(MiniportAdapterHandle, sizeof(*Adapter), MY_TAG, NormalPoolPriority);
    if (Adapter == NULL) {
        return NDIS_STATUS_RESOURCES;
    }
    NdisZeroMemory(Adapter, sizeof(*Adapter));
    Adapter->Handle = MiniportAdapterHandle;
    NdisAllocateSpinLock(&Adapter->Lock);

    NdisZeroMemory(&Reg, sizeof(Reg));
    Reg.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
    Reg.Header.Revision = NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Reg.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1;
    Reg.MiniportAdapterContext = Adapter;
    Reg.InterfaceType = NdisInterfaceInternal;
    Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&Reg);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto fail;
    }
    NdisZeroMemory(&Gen, sizeof(Gen));
    Gen.Header.Type = NDIS_OBJECT_TYPE_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;
    Gen.Header.Revision = NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2;
    Gen.Header.Size = NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2;
    Gen.MediaType = NdisMedium802_3;
    Gen.PhysicalMediumType = NdisPhysicalMedium802_3;
    Gen.MtuSize = 1500;
    Gen.MaxXmitLinkSpeed = Gen.XmitLinkSpeed = Gen.MaxRcvLinkSpeed = Gen.RcvLinkSpeed = 1000000000ULL;
    Gen.MediaConnectState = MediaConnectStateDisconnected;
    Gen.MacAddressLength = 6;
    Status = NdisMSetMiniportAttributes(MiniportAdapterHandle, (PNDIS_MINIPORT_ADAPTER_ATTRIBUTES)&Gen);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto fail;
    }

    NdisZeroMemory(&Timer, sizeof(Timer));
    Timer.Header.Type = NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS;
    Timer.Header.Revision = NDIS_TIMER_CHARACTERISTICS_REVISION_1;
    Timer.Header.Size = NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1;
    Timer.AllocationTag = MY_TAG;
    Timer.TimerFunction = MyLinkTimer;
    Timer.FunctionContext = Adapter;
    Status = NdisAllocateTimerObject(MiniportAdapterHandle, &Timer, &Adapter->LinkTimer);
    if (Status != NDIS_STATUS_SUCCESS) {
        goto fail;
    }
    Adapter->WorkItem = NdisAllocateIoWorkItem(MiniportAdapterHandle);
    if (Adapter->WorkItem == NULL) {
        Status = NDIS_STATUS_RESOURCES;
        goto fail;
    }
    return NDIS_STATUS_SUCCESS;

fail:
    if (Adapter->LinkTimer != NULL) {
        NdisFreeTimerObject(Adapter->LinkTimer);
    }
    NdisFreeSpinLock(&Adapter->Lock);
    NdisFreeMemoryWithTagPriority(MiniportAdapterHandle, Adapter, MY_TAG);
    return Status;
}

static VOID
MyHalt(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction)
{
    PMY_ADAPTER Adapter = (PMY_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(HaltAction);
#ifndef MY_MP_BUG
    NdisCancelTimerObject(Adapter->LinkTimer);
    NdisFreeTimerObject(Adapter->LinkTimer);
#endif
    NdisFreeIoWorkItem(Adapter->WorkItem);
    NdisFreeSpinLock(&Adapter->Lock);
    NdisFreeMemoryWithTagPriority(Adapter->Handle, Adapter, MY_TAG);
}

static NDIS_STATUS
MyRestart(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters)
{
    PMY_ADAPTER Adapter = (PMY_ADAPTER)MiniportAdapterContext;
    LARGE_INTEGER DueTime;

    UNREFERENCED_PARAMETER(RestartParameters);
    DueTime.QuadPart = -10000000LL; /* the "link" comes up a second later */
    NdisSetTimerObject(Adapter->LinkTimer, DueTime, 0, Adapter);
    return NDIS_STATUS_SUCCESS;
}

static NDIS_STATUS
MyPause(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters)
{
    PMY_ADAPTER Adapter = (PMY_ADAPTER)MiniportAdapterContext;

    UNREFERENCED_PARAMETER(PauseParameters);
#ifndef MY_MP_BUG
    NdisCancelTimerObject(Adapter->LinkTimer);
#else
    UNREFERENCED_PARAMETER(Adapter);
#endif
    return NDIS_STATUS_SUCCESS; /* sends complete at once: nothing is in flight */
}

/* Runs at PASSIVE_LEVEL or DISPATCH_LEVEL: the virtual link is up. */
VOID
MyLinkTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PMY_ADAPTER Adapter = (PMY_ADAPTER)FunctionContext;
    NDIS_LINK_STATE Link;
    NDIS_STATUS_INDICATION Indication;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);
    NdisZeroMemory(&Link, sizeof(Link));
    Link.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    Link.Header.Revision = NDIS_LINK_STATE_REVISION_1;
    Link.Header.Size = NDIS_SIZEOF_LINK_STATE_REVISION_1;
    Link.MediaConnectState = MediaConnectStateConnected;
    Link.MediaDuplexState = MediaDuplexStateFull;
    Link.XmitLinkSpeed = Link.RcvLinkSpeed = 1000000000ULL;
    NdisZeroMemory(&Indication, sizeof(Indication));
    Indication.Header.Type = NDIS_OBJECT_TYPE_STATUS_INDICATION;
    Indication.Header.Revision = NDIS_STATUS_INDICATION_REVISION_1;
    Indication.Header.Size = NDIS_SIZEOF_STATUS_INDICATION_REVISION_1;
    Indication.SourceHandle = Adapter->Handle;
    Indication.StatusCode = NDIS_STATUS_LINK_STATE;
    Indication.StatusBuffer = &Link;
    Indication.StatusBufferSize = sizeof(Link);
    NdisMIndicateStatusEx(Adapter->Handle, &Indication);
}

/* PASSIVE_LEVEL: completes the pended OID_GEN_STATISTICS query. */
VOID
MyStatisticsWorkItem(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PMY_ADAPTER Adapter = (PMY_ADAPTER)WorkItemContext;
    PNDIS_OID_REQUEST Request;
    NDIS_STATISTICS_INFO Stats;
    NDIS_STATUS Status = NDIS_STATUS_SUCCESS;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NdisZeroMemory(&Stats, sizeof(Stats));
    Stats.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
    Stats.Header.Revision = NDIS_STATISTICS_INFO_REVISION_1;
    Stats.Header.Size = NDIS_SIZEOF_STATISTICS_INFO_REVISION_1;
    NdisAcquireSpinLock(&Adapter->Lock);
    Request = Adapter->PendingOid;
    Adapter->PendingOid = NULL;
    Stats.ifHCOutUcastPkts = Adapter->Sent;
    NdisReleaseSpinLock(&Adapter->Lock);
    if (Request == NULL) {
        return;
    }
    if (Request->DATA.QUERY_INFORMATION.InformationBufferLength < sizeof(Stats)) {
        Request->DATA.QUERY_INFORMATION.BytesNeeded = sizeof(Stats);
        Status = NDIS_STATUS_BUFFER_TOO_SHORT;
    } else {
        NdisMoveMemory(Request->DATA.QUERY_INFORMATION.InformationBuffer, &Stats, sizeof(Stats));
        Request->DATA.QUERY_INFORMATION.BytesWritten = sizeof(Stats);
    }
    NdisMOidRequestComplete(Adapter->Handle, Request, Status);
}

static NDIS_STATUS
MyCopy(PNDIS_OID_REQUEST Request, const VOID *Data, ULONG Length)
{
    if (Request->DATA.QUERY_INFORMATION.InformationBufferLength < Length) {
        Request->DATA.QUERY_INFORMATION.BytesNeeded = Length;
        return NDIS_STATUS_BUFFER_TOO_SHORT;
    }
    NdisMoveMemory(Request->DATA.QUERY_INFORMATION.InformationBuffer, Data, Length);
    Request->DATA.QUERY_INFORMATION.BytesWritten = Length;
    return NDIS_STATUS_SUCCESS;
}

static NDIS_STATUS
MyOidRequest(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST Request)
{
    PMY_ADAPTER Adapter = (PMY_ADAPTER)MiniportAdapterContext;
    ULONG Value = 1500;
    ULONG64 Counter = 0;

    if (Request->RequestType == NdisRequestSetInformation) {
        Request->DATA.SET_INFORMATION.BytesRead = Request->DATA.SET_INFORMATION.InformationBufferLength;
        return NDIS_STATUS_SUCCESS; /* a virtual adapter accepts every setting */
    }
    switch (Request->DATA.QUERY_INFORMATION.Oid) {
    case OID_GEN_STATISTICS:
        NdisAcquireSpinLock(&Adapter->Lock);
        Adapter->PendingOid = Request;
        NdisReleaseSpinLock(&Adapter->Lock);
        NdisQueueIoWorkItem(Adapter->WorkItem, MyStatisticsWorkItem, Adapter);
        return NDIS_STATUS_PENDING;
    case OID_GEN_XMIT_OK:
    case OID_GEN_RCV_OK:
        NdisAcquireSpinLock(&Adapter->Lock);
        Counter = Request->DATA.QUERY_INFORMATION.Oid == OID_GEN_XMIT_OK ? Adapter->Sent : 0;
        NdisReleaseSpinLock(&Adapter->Lock);
        return MyCopy(Request, &Counter, sizeof(Counter));
    case OID_GEN_VENDOR_DESCRIPTION: return MyCopy(Request, "my virtual NIC", 15);
    case OID_GEN_VENDOR_ID: Value = 0x00FFFFFF; break;
    case OID_GEN_VENDOR_DRIVER_VERSION: Value = 0x00010000; break;
    case OID_GEN_MAXIMUM_FRAME_SIZE: Value = 1500; break;
    case OID_GEN_MAXIMUM_TOTAL_SIZE:
    case OID_GEN_RECEIVE_BLOCK_SIZE:
    case OID_GEN_TRANSMIT_BLOCK_SIZE: Value = 1514; break;
    case OID_GEN_RECEIVE_BUFFER_SPACE:
    case OID_GEN_TRANSMIT_BUFFER_SPACE: Value = 16 * 1514; break;
    case OID_GEN_INTERRUPT_MODERATION: {
        NDIS_INTERRUPT_MODERATION_PARAMETERS Moderation;
        NdisZeroMemory(&Moderation, sizeof(Moderation));
        Moderation.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
        Moderation.Header.Revision = NDIS_INTERRUPT_MODERATION_PARAMETERS_REVISION_1;
        Moderation.Header.Size = NDIS_SIZEOF_INTERRUPT_MODERATION_PARAMETERS_REVISION_1;
        Moderation.InterruptModeration = NdisInterruptModerationNotSupported;
        return MyCopy(Request, &Moderation, sizeof(Moderation));
    }
    case OID_GEN_LINK_PARAMETERS: {
        NDIS_LINK_PARAMETERS Link;
        NdisZeroMemory(&Link, sizeof(Link));
        Link.Header.Type = NDIS_OBJECT_TYPE_DEFAULT;
        Link.Header.Revision = NDIS_LINK_PARAMETERS_REVISION_1;
        Link.Header.Size = NDIS_SIZEOF_LINK_PARAMETERS_REVISION_1;
        Link.MediaDuplexState = MediaDuplexStateFull;
        return MyCopy(Request, &Link, sizeof(Link));
    }
    default: return NDIS_STATUS_NOT_SUPPORTED;
    }
    return MyCopy(Request, &Value, sizeof(Value));
}

/* The virtual wire takes every frame at once. */
static VOID
MySend(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, NDIS_PORT_NUMBER PortNumber,
       ULONG SendFlags)
{
    PMY_ADAPTER Adapter = (PMY_ADAPTER)MiniportAdapterContext;
    PNET_BUFFER_LIST Nbl;
    ULONG Count = 0;

    UNREFERENCED_PARAMETER(PortNumber);
    for (Nbl = NetBufferLists; Nbl != NULL; Nbl = NET_BUFFER_LIST_NEXT_NBL(Nbl)) {
        NET_BUFFER_LIST_STATUS(Nbl) = NDIS_STATUS_SUCCESS;
        Count++;
    }
    NdisAcquireSpinLock(&Adapter->Lock);
    Adapter->Sent += Count;
    NdisReleaseSpinLock(&Adapter->Lock);
    NdisMSendNetBufferListsComplete(Adapter->Handle, NetBufferLists,
                                    NDIS_TEST_SEND_AT_DISPATCH_LEVEL(SendFlags) ? NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL
                                                                                : 0);
}

static VOID
MyReturn(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(NetBufferLists);
    UNREFERENCED_PARAMETER(ReturnFlags);
}

static VOID
MyCancelSend(NDIS_HANDLE MiniportAdapterContext, PVOID CancelId)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(CancelId);
}

static VOID
MyCancelOid(NDIS_HANDLE MiniportAdapterContext, PVOID RequestId)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(RequestId);
}

static VOID
MyShutdown(NDIS_HANDLE MiniportAdapterContext, NDIS_SHUTDOWN_ACTION ShutdownAction)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(ShutdownAction);
}

static VOID
MyPnp(NDIS_HANDLE MiniportAdapterContext, PNET_DEVICE_PNP_EVENT NetDevicePnPEvent)
{
    UNREFERENCED_PARAMETER(MiniportAdapterContext);
    UNREFERENCED_PARAMETER(NetDevicePnPEvent);
}
