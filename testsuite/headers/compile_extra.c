/*
 * compile_extra.c - compile test of the headers around <ndis.h>: the safe
 * string and integer routines, the Ethernet address macros, the packet and
 * buffer statement macros, WMI and GUID declarations, the security library,
 * ATM, WAN and TAPI types, Native 802.11 types, the USB client interface and
 * the KMDF subset, plus PAGED_CODE and the list helpers.
 *
 * Built as an NDIS 6.20 miniport (NDIS620_MINIPORT); with
 * -DEXTRA_NDIS5 as an NDIS 5.1 miniport, which adds the NDIS 5 packet
 * macros. It must compile without warnings under -Wall -Wextra -Werror; it
 * is never linked or run.
 */
#define NDIS_MINIPORT_DRIVER
#ifdef EXTRA_NDIS5
#define NDIS51_MINIPORT
#else
#define NDIS620_MINIPORT
#endif
#include <ntddk.h>
#include <usbdi.h>
#include <usbdlib.h>
#include <ndis.h>
#include <ntstrsafe.h>
#include <ntintsafe.h>
#include <intsafe.h>
#include <wmistr.h>
#include <wdmsec.h>
#include <wdmguid.h>
#include <atm.h>
#include <ndiswan.h>
#include <ndistapi.h>
#include <windot11.h>
#include <wdf.h>
#include <wdfusb.h>
#include <wdfminiport.h>

typedef struct _EXTRA_CONTEXT {
    ULONG Count;
} EXTRA_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(EXTRA_CONTEXT, ExtraGetContext)

NTSTATUS ExtraStrings(PWCHAR Buffer, size_t Chars, PUNICODE_STRING Out);
NTSTATUS ExtraStrings(PWCHAR Buffer, size_t Chars, PUNICODE_STRING Out)
{
    NTSTATUS status;
    size_t length = 0;
    DECLARE_UNICODE_STRING_SIZE(name, 32);

    PAGED_CODE();
    status = RtlStringCchCopyW(Buffer, Chars, DDK_WIDE("adapter"));
    if (NT_SUCCESS(status))
        status = RtlStringCchLengthW(Buffer, Chars, &length);
    if (NT_SUCCESS(status))
        status = RtlUnicodeStringPrintf(&name, DDK_WIDE("%u"), (unsigned)length);
    if (NT_SUCCESS(status))
        status = RtlUnicodeStringCopy(Out, &name);
    return status;
}

ULONG ExtraArithmetic(ULONG a, ULONG b);
ULONG ExtraArithmetic(ULONG a, ULONG b)
{
    ULONG sum = 0, product = 0;
    size_t total = 0;
    if (!NT_SUCCESS(RtlULongAdd(a, b, &sum)) || !NT_SUCCESS(RtlULongMult(a, b, &product)))
        return 0;
    if (!NT_SUCCESS(RtlSizeTAdd((size_t)sum, (size_t)product, &total)))
        return 0;
    if (FAILED(ULongAdd(sum, product, &sum)))
        return 0;
    return sum + (ULONG)Int32x32To64(1, 1);
}

BOOLEAN ExtraAddresses(PUCHAR a, PUCHAR b);
BOOLEAN ExtraAddresses(PUCHAR a, PUCHAR b)
{
    UINT differ = 0;
    int order = 0;
    UCHAR copy[ETH_LENGTH_OF_ADDRESS];
    ETH_COMPARE_NETWORK_ADDRESSES_EQ(a, b, &differ);
    ETH_COMPARE_NETWORK_ADDRESSES(a, b, &order);
    ETH_COPY_NETWORK_ADDRESS(copy, a);
    return (BOOLEAN)(differ == 0 && order == 0 && !ETH_IS_MULTICAST(copy) &&
                     !ETH_IS_BROADCAST(copy));
}

VOID ExtraLists(PLIST_ENTRY Head, PSINGLE_LIST_ENTRY Stack, PSINGLE_LIST_ENTRY Item);
VOID ExtraLists(PLIST_ENTRY Head, PSINGLE_LIST_ENTRY Stack, PSINGLE_LIST_ENTRY Item)
{
    if (!IsListEmpty(Head))
        (void)RemoveTailList(Head);
    PushEntryList(Stack, Item);
    (void)PopEntryList(Stack);
}

VOID ExtraUsb(PURB Urb, USBD_PIPE_HANDLE Pipe, PVOID Data, ULONG Length);
VOID ExtraUsb(PURB Urb, USBD_PIPE_HANDLE Pipe, PVOID Data, ULONG Length)
{
    UsbBuildInterruptOrBulkTransferRequest(Urb, sizeof(struct _URB_BULK_OR_INTERRUPT_TRANSFER),
                                           Pipe, Data, NULL, Length,
                                           USBD_TRANSFER_DIRECTION_IN | USBD_SHORT_TRANSFER_OK,
                                           NULL)
}

EVT_WDF_TIMER ExtraTimer;
VOID ExtraTimer(WDFTIMER Timer)
{
    ExtraGetContext(Timer)->Count++;
}

NTSTATUS ExtraWdf(WDFDEVICE Device, WDFUSBDEVICE UsbDevice);
NTSTATUS ExtraWdf(WDFDEVICE Device, WDFUSBDEVICE UsbDevice)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_TIMER_CONFIG config;
    WDFTIMER timer;
    NTSTATUS status;

    WDF_TIMER_CONFIG_INIT(&config, ExtraTimer);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, EXTRA_CONTEXT);
    attributes.ParentObject = Device;
    status = WdfTimerCreate(&config, &attributes, &timer);
    if (NT_SUCCESS(status)) {
        (void)WdfTimerStart(timer, WDF_REL_TIMEOUT_IN_MS(10));
        WdfObjectReference(timer);
        WdfObjectDereference(timer);
    }
    (void)WdfUsbTargetDeviceGetIoTarget(UsbDevice);
    return status;
}

ULONG ExtraTypes(PWNODE_SINGLE_INSTANCE Wnode, PATM_MEDIA_PARAMETERS Atm,
                 PNDIS_WAN_LINE_UP LineUp, PNDIS_TAPI_MAKE_CALL MakeCall,
                 PDOT11_MAC_ADDRESS Mac, const GUID *Guid);
ULONG ExtraTypes(PWNODE_SINGLE_INSTANCE Wnode, PATM_MEDIA_PARAMETERS Atm,
                 PNDIS_WAN_LINE_UP LineUp, PNDIS_TAPI_MAKE_CALL MakeCall,
                 PDOT11_MAC_ADDRESS Mac, const GUID *Guid)
{
    ULONG r = Wnode->SizeDataBlock + Atm->ConnectionId.Vci + LineUp->LinkSpeed +
              MakeCall->ulRequestID + (*Mac)[0];
    if (IsEqualGUID(Guid, &GUID_BUS_INTERFACE_STANDARD))
        r++;
    return r + (ULONG)dot11_AC_param_max;
}

NTSTATUS ExtraDevice(PDRIVER_OBJECT Driver, PDEVICE_OBJECT *Device);
NTSTATUS ExtraDevice(PDRIVER_OBJECT Driver, PDEVICE_OBJECT *Device)
{
    return IoCreateDeviceSecure(Driver, 0, NULL, FILE_DEVICE_NETWORK, 0, FALSE,
                                &SDDL_DEVOBJ_SYS_ALL_ADM_ALL, NULL, Device);
}

/* Shapes from the DDI reference pages: the NET_BUFFER_LIST pool parameters
 * and the pool lookup take pointers to const, the timer period is a LONG, and
 * the DISPATCH_LEVEL read/write lock pair takes the NDIS 5 lock types. */
NDIS_HANDLE ExtraShapes(NDIS_HANDLE Handle, const NET_BUFFER_LIST_POOL_PARAMETERS *Params,
                        const NET_BUFFER_LIST *Nbl, NDIS_HANDLE Timer, LONG PeriodMs,
                        PNDIS_RW_LOCK Lock);
NDIS_HANDLE ExtraShapes(NDIS_HANDLE Handle, const NET_BUFFER_LIST_POOL_PARAMETERS *Params,
                        const NET_BUFFER_LIST *Nbl, NDIS_HANDLE Timer, LONG PeriodMs,
                        PNDIS_RW_LOCK Lock)
{
    LARGE_INTEGER due;
    LOCK_STATE state;
    due.QuadPart = -10000LL * PeriodMs;
    (void)NdisSetTimerObject(Timer, due, PeriodMs, NULL);
    NdisDprAcquireReadWriteLock(Lock, FALSE, &state);
    NdisDprReleaseReadWriteLock(Lock, &state);
    return Nbl != NULL ? NdisGetPoolFromNetBufferList(Nbl)
                       : NdisAllocateNetBufferListPool(Handle, Params);
}

#ifdef EXTRA_NDIS5
VOID ExtraPacket(PNDIS_PACKET Packet, PNDIS_BUFFER Buffer);
VOID ExtraPacket(PNDIS_PACKET Packet, PNDIS_BUFFER Buffer)
{
    PUCHAR va = NULL;
    ULONG length = 0, total = 0;
    PNDIS_BUFFER first = NULL;
    NdisChainBufferAtFront(Packet, Buffer)
    NdisGetFirstBufferFromPacketSafe(Packet, &first, &va, &length, &total, NormalPagePriority);
    NdisQueryBufferSafe(Buffer, &va, &length, NormalPagePriority);
    NdisGetPacketFlags(Packet) |= NDIS_FLAGS_DONT_LOOPBACK;
}
#endif
