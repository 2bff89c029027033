/*
 * ndis_legacy_miniport.h - the NDIS 4.0/5.x miniport interface of the
 * ddicheck header set: handler types and characteristics, the wrapper and
 * registration, attributes, completion and indication routines, interrupts,
 * miniport timers, map registers, shutdown handlers, device objects,
 * intermediate-driver registration and the NDIS 5 CoNDIS miniport calls.
 *
 * Written for ddicheck from the NDIS 5.1 miniport reference on
 * learn.microsoft.com (https://learn.microsoft.com/previous-versions/windows/hardware/network/);
 * names, members, parameter lists and IRQL requirements follow it, the text
 * is our own. Included by <ndis.h>; apart from the first section (which
 * NDIS 6 drivers keep, as with the WDK) it is visible only when
 * NDIS_LEGACY_MINIPORT is 1 (NDIS_MINIPORT_DRIVER with NDIS40_MINIPORT,
 * NDIS50_MINIPORT or NDIS51_MINIPORT). The NDIS 6 replacements are named
 * next to each group.
 *
 * Limits:
 * - NdisMSendComplete, NdisMIndicateReceivePacket, NdisMIndicateStatus,
 *   NdisM*IndicateReceive and the other calls the WDK routes through the
 *   miniport block are declared as functions with their documented
 *   prototypes, so each call keeps its name.
 * - The characteristics structures list the members of every earlier version
 *   explicitly instead of nesting the previous version anonymously.
 * - No ISA/EISA/MCA DMA-channel transfer routines.
 */
#ifndef DDICHECK_NDIS_LEGACY_MINIPORT_H
#define DDICHECK_NDIS_LEGACY_MINIPORT_H

#ifndef DDICHECK_NDIS_H_INNER
#error "include <ndis.h> instead of ndis_legacy_miniport.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * Shared with NDIS 6 drivers: the interrupt mode, the miniport timers
 * (NDIS 6: NdisAllocateTimerObject), NdisIMGetBindingContext (< DISPATCH_LEVEL, its
 * page; SDV's Irql_IM_Function list says <= APC_LEVEL too) and NdisMRemoveMiniport
 * (<= DISPATCH_LEVEL).
 * ------------------------------------------------------------------------ */

typedef KINTERRUPT_MODE NDIS_INTERRUPT_MODE, *PNDIS_INTERRUPT_MODE;
#define NdisInterruptLatched Latched
#define NdisInterruptLevelSensitive LevelSensitive

/* ------------------------------------------------------------------------
 * Miniport timers (NDIS 6: NdisAllocateTimerObject)
 * https://learn.microsoft.com/previous-versions/windows/hardware/network/ff553654(v=vs.85)
 * All <= DISPATCH_LEVEL; the timer function runs at DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

typedef struct _NDIS_MINIPORT_TIMER {
    KTIMER Timer;
    KDPC Dpc;
    PNDIS_TIMER_FUNCTION MiniportTimerFunction;
    PVOID MiniportTimerContext;
    PNDIS_MINIPORT_BLOCK Miniport;
    struct _NDIS_MINIPORT_TIMER *NextTimer;
} NDIS_MINIPORT_TIMER, *PNDIS_MINIPORT_TIMER;

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMInitializeTimer(PNDIS_MINIPORT_TIMER Timer,
                                            NDIS_HANDLE MiniportAdapterHandle,
                                            PNDIS_TIMER_FUNCTION TimerFunction,
                                            PVOID FunctionContext);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMSetTimer(PNDIS_MINIPORT_TIMER Timer, UINT MillisecondsToDelay);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMSetPeriodicTimer(PNDIS_MINIPORT_TIMER Timer,
                                             UINT MillisecondPeriod);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMCancelTimer(PNDIS_MINIPORT_TIMER Timer, PBOOLEAN TimerCancelled);

_IRQL_requires_max_(APC_LEVEL)
NDIS_DDI NDIS_HANDLE NDIS_API NdisIMGetBindingContext(NDIS_HANDLE NdisBindingHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMRemoveMiniport(NDIS_HANDLE MiniportHandle);

#if NDIS_LEGACY_MINIPORT

/* ------------------------------------------------------------------------
 * Miniport handler types (NDIS 4.0 to 5.1)
 * https://learn.microsoft.com/previous-versions/windows/hardware/network/ff550471(v=vs.85)
 *
 * Entry IRQL: Initialize, Halt, Reconfigure, PnPEventNotify: PASSIVE_LEVEL.
 * QueryInformation, SetInformation, Reset, CheckForHang, Send, SendPackets,
 * ReturnPacket, TransferData, CancelSendPackets, AllocateComplete,
 * HandleInterrupt: <= DISPATCH_LEVEL (HandleInterrupt at DISPATCH_LEVEL).
 * ISR, EnableInterrupt, DisableInterrupt: DIRQL. AdapterShutdown: any.
 * ------------------------------------------------------------------------ */

typedef BOOLEAN (*W_CHECK_FOR_HANG_HANDLER)(NDIS_HANDLE MiniportAdapterContext);
typedef VOID (*W_DISABLE_INTERRUPT_HANDLER)(NDIS_HANDLE MiniportAdapterContext);
typedef VOID (*W_ENABLE_INTERRUPT_HANDLER)(NDIS_HANDLE MiniportAdapterContext);
typedef VOID (*W_HALT_HANDLER)(NDIS_HANDLE MiniportAdapterContext);
typedef VOID (*W_HANDLE_INTERRUPT_HANDLER)(NDIS_HANDLE MiniportAdapterContext);
typedef NDIS_STATUS (*W_INITIALIZE_HANDLER)(PNDIS_STATUS OpenErrorStatus,
                                            PUINT SelectedMediumIndex,
                                            PNDIS_MEDIUM MediumArray, UINT MediumArraySize,
                                            NDIS_HANDLE MiniportAdapterContext,
                                            NDIS_HANDLE WrapperConfigurationContext);
typedef VOID (*W_ISR_HANDLER)(PBOOLEAN InterruptRecognized,
                              PBOOLEAN QueueMiniportHandleInterrupt,
                              NDIS_HANDLE MiniportAdapterContext);
typedef NDIS_STATUS (*W_QUERY_INFORMATION_HANDLER)(NDIS_HANDLE MiniportAdapterContext,
                                                   NDIS_OID Oid, PVOID InformationBuffer,
                                                   ULONG InformationBufferLength,
                                                   PULONG BytesWritten, PULONG BytesNeeded);
typedef NDIS_STATUS (*W_RECONFIGURE_HANDLER)(PNDIS_STATUS OpenErrorStatus,
                                             NDIS_HANDLE MiniportAdapterContext,
                                             NDIS_HANDLE WrapperConfigurationContext);
typedef NDIS_STATUS (*W_RESET_HANDLER)(PBOOLEAN AddressingReset,
                                       NDIS_HANDLE MiniportAdapterContext);
typedef NDIS_STATUS (*W_SEND_HANDLER)(NDIS_HANDLE MiniportAdapterContext, PNDIS_PACKET Packet,
                                      UINT Flags);
typedef NDIS_STATUS (*WM_SEND_HANDLER)(NDIS_HANDLE MiniportAdapterContext,
                                       NDIS_HANDLE NdisLinkHandle, PNDIS_WAN_PACKET Packet);
typedef NDIS_STATUS (*W_SET_INFORMATION_HANDLER)(NDIS_HANDLE MiniportAdapterContext,
                                                 NDIS_OID Oid, PVOID InformationBuffer,
                                                 ULONG InformationBufferLength,
                                                 PULONG BytesRead, PULONG BytesNeeded);
typedef NDIS_STATUS (*W_TRANSFER_DATA_HANDLER)(PNDIS_PACKET Packet, PUINT BytesTransferred,
                                               NDIS_HANDLE MiniportAdapterContext,
                                               NDIS_HANDLE MiniportReceiveContext,
                                               UINT ByteOffset, UINT BytesToTransfer);
typedef NDIS_STATUS (*WM_TRANSFER_DATA_HANDLER)(VOID);
typedef VOID (*ADAPTER_SHUTDOWN_HANDLER)(PVOID ShutdownContext);
typedef VOID (*W_RETURN_PACKET_HANDLER)(NDIS_HANDLE MiniportAdapterContext, PNDIS_PACKET Packet);
typedef VOID (*W_SEND_PACKETS_HANDLER)(NDIS_HANDLE MiniportAdapterContext,
                                       PPNDIS_PACKET PacketArray, UINT NumberOfPackets);
typedef VOID (*W_ALLOCATE_COMPLETE_HANDLER)(NDIS_HANDLE MiniportAdapterContext,
                                            PVOID VirtualAddress,
                                            PNDIS_PHYSICAL_ADDRESS PhysicalAddress,
                                            ULONG Length, PVOID Context);
typedef VOID (*W_CO_SEND_PACKETS_HANDLER)(NDIS_HANDLE MiniportVcContext,
                                          PPNDIS_PACKET PacketArray, UINT NumberOfPackets);
typedef NDIS_STATUS (*W_CO_REQUEST_HANDLER)(NDIS_HANDLE MiniportAdapterContext,
                                            NDIS_HANDLE MiniportVcContext,
                                            PNDIS_REQUEST NdisRequest);
typedef VOID (*W_CANCEL_SEND_PACKETS_HANDLER)(NDIS_HANDLE MiniportAdapterContext,
                                              PVOID CancelId);
typedef VOID (*W_PNP_EVENT_NOTIFY_HANDLER)(NDIS_HANDLE MiniportAdapterContext,
                                           NDIS_DEVICE_PNP_EVENT DevicePnPEvent,
                                           PVOID InformationBuffer,
                                           ULONG InformationBufferLength);
typedef VOID (*W_MINIPORT_SHUTDOWN_HANDLER)(NDIS_HANDLE MiniportAdapterContext);

/* ------------------------------------------------------------------------
 * Miniport characteristics
 * https://learn.microsoft.com/previous-versions/windows/hardware/network/ff556933(v=vs.85)
 * ------------------------------------------------------------------------ */

/* The NDIS 3.0 members, first in every version. */
#define DDK_NDIS30_MINIPORT_MEMBERS                                                     \
    UCHAR MajorNdisVersion;                                                             \
    UCHAR MinorNdisVersion;                                                             \
    USHORT Filler;                                                                      \
    UINT Reserved;                                                                      \
    W_CHECK_FOR_HANG_HANDLER CheckForHangHandler;                                       \
    W_DISABLE_INTERRUPT_HANDLER DisableInterruptHandler;                                \
    W_ENABLE_INTERRUPT_HANDLER EnableInterruptHandler;                                  \
    W_HALT_HANDLER HaltHandler;                                                         \
    W_HANDLE_INTERRUPT_HANDLER HandleInterruptHandler;                                  \
    W_INITIALIZE_HANDLER InitializeHandler;                                             \
    W_ISR_HANDLER ISRHandler;                                                           \
    W_QUERY_INFORMATION_HANDLER QueryInformationHandler;                                \
    W_RECONFIGURE_HANDLER ReconfigureHandler;                                           \
    W_RESET_HANDLER ResetHandler;                                                       \
    union {                                                                             \
        W_SEND_HANDLER SendHandler;                                                     \
        WM_SEND_HANDLER WanSendHandler;                                                 \
    };                                                                                  \
    W_SET_INFORMATION_HANDLER SetInformationHandler;                                    \
    union {                                                                             \
        W_TRANSFER_DATA_HANDLER TransferDataHandler;                                    \
        WM_TRANSFER_DATA_HANDLER WanTransferDataHandler;                                \
    };

/* Added in NDIS 4.0. */
#define DDK_NDIS40_MINIPORT_MEMBERS                                                     \
    W_RETURN_PACKET_HANDLER ReturnPacketHandler;                                        \
    W_SEND_PACKETS_HANDLER SendPacketsHandler;                                          \
    W_ALLOCATE_COMPLETE_HANDLER AllocateCompleteHandler;

/* Added in NDIS 5.0 (connection-oriented miniports). */
#define DDK_NDIS50_MINIPORT_MEMBERS                                                     \
    W_CO_CREATE_VC_HANDLER CoCreateVcHandler;                                           \
    W_CO_DELETE_VC_HANDLER CoDeleteVcHandler;                                           \
    W_CO_ACTIVATE_VC_HANDLER CoActivateVcHandler;                                       \
    W_CO_DEACTIVATE_VC_HANDLER CoDeactivateVcHandler;                                   \
    W_CO_SEND_PACKETS_HANDLER CoSendPacketsHandler;                                     \
    W_CO_REQUEST_HANDLER CoRequestHandler;

/* Added in NDIS 5.1. */
#define DDK_NDIS51_MINIPORT_MEMBERS                                                     \
    W_CANCEL_SEND_PACKETS_HANDLER CancelSendPacketsHandler;                             \
    W_PNP_EVENT_NOTIFY_HANDLER PnPEventNotifyHandler;                                   \
    W_MINIPORT_SHUTDOWN_HANDLER AdapterShutdownHandler;                                 \
    PVOID Reserved1;                                                                    \
    PVOID Reserved2;                                                                    \
    PVOID Reserved3;                                                                    \
    PVOID Reserved4;

typedef struct _NDIS30_MINIPORT_CHARACTERISTICS {
    DDK_NDIS30_MINIPORT_MEMBERS
} NDIS30_MINIPORT_CHARACTERISTICS;

typedef struct _NDIS40_MINIPORT_CHARACTERISTICS {
    DDK_NDIS30_MINIPORT_MEMBERS
    DDK_NDIS40_MINIPORT_MEMBERS
} NDIS40_MINIPORT_CHARACTERISTICS;

typedef struct _NDIS50_MINIPORT_CHARACTERISTICS {
    DDK_NDIS30_MINIPORT_MEMBERS
    DDK_NDIS40_MINIPORT_MEMBERS
    DDK_NDIS50_MINIPORT_MEMBERS
} NDIS50_MINIPORT_CHARACTERISTICS;

typedef struct _NDIS51_MINIPORT_CHARACTERISTICS {
    DDK_NDIS30_MINIPORT_MEMBERS
    DDK_NDIS40_MINIPORT_MEMBERS
    DDK_NDIS50_MINIPORT_MEMBERS
    DDK_NDIS51_MINIPORT_MEMBERS
} NDIS51_MINIPORT_CHARACTERISTICS;

#if defined(NDIS51_MINIPORT)
typedef NDIS51_MINIPORT_CHARACTERISTICS NDIS_MINIPORT_CHARACTERISTICS;
#elif defined(NDIS50_MINIPORT)
typedef NDIS50_MINIPORT_CHARACTERISTICS NDIS_MINIPORT_CHARACTERISTICS;
#else
typedef NDIS40_MINIPORT_CHARACTERISTICS NDIS_MINIPORT_CHARACTERISTICS;
#endif
typedef NDIS_MINIPORT_CHARACTERISTICS *PNDIS_MINIPORT_CHARACTERISTICS;
typedef NDIS_MINIPORT_CHARACTERISTICS NDIS_WAN_MINIPORT_CHARACTERISTICS;

/* NdisMSetAttributesEx flags. */
#define NDIS_ATTRIBUTE_IGNORE_PACKET_TIMEOUT 0x00000001
#define NDIS_ATTRIBUTE_IGNORE_REQUEST_TIMEOUT 0x00000002
#define NDIS_ATTRIBUTE_IGNORE_TOKEN_RING_ERRORS 0x00000004
#define NDIS_ATTRIBUTE_BUS_MASTER 0x00000008
#define NDIS_ATTRIBUTE_INTERMEDIATE_DRIVER 0x00000010
#define NDIS_ATTRIBUTE_DESERIALIZE 0x00000020
#define NDIS_ATTRIBUTE_NO_HALT_ON_SUSPEND 0x00000040
#define NDIS_ATTRIBUTE_SURPRISE_REMOVE_OK 0x00000080
#define NDIS_ATTRIBUTE_NOT_CO_NDIS 0x00000100
#define NDIS_ATTRIBUTE_USES_SAFE_BUFFER_APIS 0x00000200
#define NDIS_ATTRIBUTE_DO_NOT_BIND_TO_ALL_CO 0x00000400
#define NDIS_ATTRIBUTE_MINIPORT_PADS_SHORT_PACKETS 0x00000800

/* ------------------------------------------------------------------------
 * Wrapper, registration and attributes
 * (NDIS 6: NdisMRegisterMiniportDriver, NdisMSetMiniportAttributes)
 * https://learn.microsoft.com/previous-versions/windows/hardware/network/ff553623(v=vs.85)
 * All PASSIVE_LEVEL.
 * ------------------------------------------------------------------------ */

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisInitializeWrapper(PNDIS_HANDLE NdisWrapperHandle,
                                             PVOID SystemSpecific1, PVOID SystemSpecific2,
                                             PVOID SystemSpecific3);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisMInitializeWrapper(PNDIS_HANDLE NdisWrapperHandle,
                                              PVOID SystemSpecific1, PVOID SystemSpecific2,
                                              PVOID SystemSpecific3);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisTerminateWrapper(NDIS_HANDLE NdisWrapperHandle,
                                            PVOID SystemSpecific);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMRegisterMiniport(
    NDIS_HANDLE NdisWrapperHandle, PNDIS_MINIPORT_CHARACTERISTICS MiniportCharacteristics,
    UINT CharacteristicsLength);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisMRegisterUnloadHandler(NDIS_HANDLE NdisWrapperHandle,
                                                  PDRIVER_UNLOAD UnloadHandler);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisMSetAttributes(NDIS_HANDLE MiniportAdapterHandle,
                                          NDIS_HANDLE MiniportAdapterContext,
                                          BOOLEAN BusMaster, NDIS_INTERFACE_TYPE AdapterType);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisMSetAttributesEx(NDIS_HANDLE MiniportAdapterHandle,
                                            NDIS_HANDLE MiniportAdapterContext,
                                            UINT CheckForHangTimeInSeconds,
                                            ULONG AttributeFlags,
                                            NDIS_INTERFACE_TYPE AdapterType);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisMQueryAdapterResources(PNDIS_STATUS Status,
                                                  NDIS_HANDLE WrapperConfigurationContext,
                                                  PNDIS_RESOURCE_LIST ResourceList,
                                                  PUINT BufferSize);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMPciAssignResources(NDIS_HANDLE MiniportHandle,
                                                      ULONG SlotNumber,
                                                      PNDIS_RESOURCE_LIST *AssignedResources);

/* ------------------------------------------------------------------------
 * Completion and indication routines
 * (NDIS 6: NdisMSendNetBufferListsComplete, NdisMIndicateReceiveNetBufferLists,
 * NdisMIndicateStatusEx, NdisMOidRequestComplete)
 * https://learn.microsoft.com/previous-versions/windows/hardware/network/ff553605(v=vs.85)
 *
 * <= DISPATCH_LEVEL, except the NdisM*IndicateReceive(Complete) routines for
 * lookahead indications (DISPATCH_LEVEL).
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMSendComplete(NDIS_HANDLE MiniportAdapterHandle, PNDIS_PACKET Packet,
                                         NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMSendResourcesAvailable(NDIS_HANDLE MiniportAdapterHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMIndicateReceivePacket(NDIS_HANDLE MiniportAdapterHandle,
                                                  PPNDIS_PACKET ReceivePackets,
                                                  UINT NumberOfPackets);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMTransferDataComplete(NDIS_HANDLE MiniportAdapterHandle,
                                                 PNDIS_PACKET Packet, NDIS_STATUS Status,
                                                 UINT BytesTransferred);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMIndicateStatus(NDIS_HANDLE MiniportAdapterHandle,
                                           NDIS_STATUS GeneralStatus, PVOID StatusBuffer,
                                           UINT StatusBufferSize);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMIndicateStatusComplete(NDIS_HANDLE MiniportAdapterHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMQueryInformationComplete(NDIS_HANDLE MiniportAdapterHandle,
                                                     NDIS_STATUS Status);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMSetInformationComplete(NDIS_HANDLE MiniportAdapterHandle,
                                                   NDIS_STATUS Status);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMEthIndicateReceive(NDIS_HANDLE MiniportAdapterHandle,
                                               NDIS_HANDLE MiniportReceiveContext,
                                               PVOID HeaderBuffer, UINT HeaderBufferSize,
                                               PVOID LookaheadBuffer, UINT LookaheadBufferSize,
                                               UINT PacketSize);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMEthIndicateReceiveComplete(NDIS_HANDLE MiniportAdapterHandle);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMTrIndicateReceive(NDIS_HANDLE MiniportAdapterHandle,
                                              NDIS_HANDLE MiniportReceiveContext,
                                              PVOID HeaderBuffer, UINT HeaderBufferSize,
                                              PVOID LookaheadBuffer, UINT LookaheadBufferSize,
                                              UINT PacketSize);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMTrIndicateReceiveComplete(NDIS_HANDLE MiniportAdapterHandle);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMFddiIndicateReceive(NDIS_HANDLE MiniportAdapterHandle,
                                                NDIS_HANDLE MiniportReceiveContext,
                                                PVOID HeaderBuffer, UINT HeaderBufferSize,
                                                PVOID LookaheadBuffer,
                                                UINT LookaheadBufferSize, UINT PacketSize);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMFddiIndicateReceiveComplete(NDIS_HANDLE MiniportAdapterHandle);

/* WAN miniports (NDIS 5): <= DISPATCH_LEVEL. */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMWanIndicateReceive(PNDIS_STATUS Status,
                                               NDIS_HANDLE MiniportAdapterHandle,
                                               NDIS_HANDLE NdisLinkContext, PUCHAR Packet,
                                               ULONG PacketSize);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMWanIndicateReceiveComplete(NDIS_HANDLE MiniportAdapterHandle,
                                                       NDIS_HANDLE NdisLinkContext);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMWanSendComplete(NDIS_HANDLE MiniportAdapterHandle, PVOID Packet,
                                            NDIS_STATUS Status);

/* ------------------------------------------------------------------------
 * Interrupts (NDIS 6: NdisMRegisterInterruptEx)
 * https://learn.microsoft.com/previous-versions/windows/hardware/network/ff553651(v=vs.85)
 * NdisMRegisterInterrupt, NdisMDeregisterInterrupt: PASSIVE_LEVEL.
 * NdisMSynchronizeWithInterrupt: <= DIRQL.
 * ------------------------------------------------------------------------ */


typedef struct _NDIS_MINIPORT_INTERRUPT {
    PKINTERRUPT InterruptObject;
    KSPIN_LOCK DpcCountLock;
    PVOID Reserved;
    W_ISR_HANDLER MiniportIsr;
    W_HANDLE_INTERRUPT_HANDLER MiniportDpc;
    KDPC InterruptDpc;
    PNDIS_MINIPORT_BLOCK Miniport;
    UCHAR DpcCount;
    BOOLEAN Filler1;
    KEVENT DpcsCompletedEvent;
    BOOLEAN SharedInterrupt;
    BOOLEAN IsrRequested;
} NDIS_MINIPORT_INTERRUPT, *PNDIS_MINIPORT_INTERRUPT;

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMRegisterInterrupt(PNDIS_MINIPORT_INTERRUPT Interrupt,
                                                     NDIS_HANDLE MiniportAdapterHandle,
                                                     UINT InterruptVector, UINT InterruptLevel,
                                                     BOOLEAN RequestIsr, BOOLEAN SharedInterrupt,
                                                     NDIS_INTERRUPT_MODE InterruptMode);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisMDeregisterInterrupt(PNDIS_MINIPORT_INTERRUPT Interrupt);
_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI BOOLEAN NDIS_API NdisMSynchronizeWithInterrupt(PNDIS_MINIPORT_INTERRUPT Interrupt,
                                                        PVOID SynchronizeFunction,
                                                        PVOID SynchronizeContext);


/* ------------------------------------------------------------------------
 * DMA, shutdown, devices (NDIS 6: NdisMRegisterScatterGatherDma,
 * MiniportShutdownEx, NdisRegisterDeviceEx)
 * Map registers, scatter/gather initialization, shutdown-handler
 * registration, device registration: PASSIVE_LEVEL.
 * ------------------------------------------------------------------------ */

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMAllocateMapRegisters(NDIS_HANDLE MiniportAdapterHandle,
                                                        UINT DmaChannel, NDIS_DMA_SIZE DmaSize,
                                                        ULONG BaseMapRegistersNeeded,
                                                        ULONG MaximumPhysicalMapping);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisMFreeMapRegisters(NDIS_HANDLE MiniportAdapterHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMInitializeScatterGatherDma(NDIS_HANDLE MiniportAdapterHandle,
                                                              BOOLEAN Dma64BitAddresses,
                                                              ULONG MaximumPhysicalMapping);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMRegisterDmaChannel(PNDIS_HANDLE MiniportDmaHandle,
                                                      NDIS_HANDLE MiniportAdapterHandle,
                                                      UINT DmaChannel,
                                                      BOOLEAN Dma32BitAddresses,
                                                      PNDIS_DMA_DESCRIPTION DmaDescription,
                                                      ULONG MaximumLength);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisMDeregisterDmaChannel(NDIS_HANDLE MiniportDmaHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMUpdateSharedMemory(NDIS_HANDLE MiniportAdapterHandle, ULONG Length,
                                               PVOID VirtualAddress,
                                               NDIS_PHYSICAL_ADDRESS PhysicalAddress);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisMRegisterAdapterShutdownHandler(NDIS_HANDLE MiniportHandle,
                                                           PVOID ShutdownContext,
                                                           ADAPTER_SHUTDOWN_HANDLER ShutdownHandler);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisMDeregisterAdapterShutdownHandler(NDIS_HANDLE MiniportHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMRegisterDevice(NDIS_HANDLE NdisWrapperHandle,
                                                  PNDIS_STRING DeviceName,
                                                  PNDIS_STRING SymbolicName,
                                                  PDRIVER_DISPATCH MajorFunctions[],
                                                  PDEVICE_OBJECT *pDeviceObject,
                                                  NDIS_HANDLE *NdisDeviceHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMDeregisterDevice(NDIS_HANDLE NdisDeviceHandle);

/* ------------------------------------------------------------------------
 * Intermediate drivers and secondary miniports
 * https://learn.microsoft.com/previous-versions/windows/hardware/network/ff552582(v=vs.85)
 * Registration: PASSIVE_LEVEL. Promote/remove: <= DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisIMRegisterLayeredMiniport(
    NDIS_HANDLE NdisWrapperHandle, PNDIS_MINIPORT_CHARACTERISTICS MiniportCharacteristics,
    UINT CharacteristicsLength, PNDIS_HANDLE DriverHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisIMDeregisterLayeredMiniport(NDIS_HANDLE DriverHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisIMInitializeDeviceInstance(NDIS_HANDLE DriverHandle,
                                                             PNDIS_STRING DriverInstance);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMSetMiniportSecondary(NDIS_HANDLE MiniportHandle,
                                                        NDIS_HANDLE PrimaryMiniportHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMPromoteMiniport(NDIS_HANDLE MiniportHandle);

/* ------------------------------------------------------------------------
 * NDIS 5 connection-oriented miniports (NDIS 6: NdisMCoSendNetBufferListsComplete,
 * NdisMCoIndicateReceiveNetBufferLists, NdisMCoOidRequestComplete)
 * NdisMCoIndicateReceivePacket, NdisMCoReceiveComplete, NdisMCoSendComplete:
 * DISPATCH_LEVEL. The others: <= DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMCoIndicateReceivePacket(NDIS_HANDLE NdisVcHandle,
                                                    PPNDIS_PACKET PacketArray,
                                                    UINT NumberOfPackets);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMCoReceiveComplete(NDIS_HANDLE MiniportAdapterHandle);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMCoSendComplete(NDIS_STATUS Status, NDIS_HANDLE NdisVcHandle,
                                           PNDIS_PACKET Packet);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMCoRequestComplete(NDIS_STATUS Status,
                                              NDIS_HANDLE MiniportAdapterHandle,
                                              PNDIS_REQUEST Request);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMCoIndicateStatus(NDIS_HANDLE MiniportAdapterHandle,
                                             NDIS_HANDLE NdisVcHandle, NDIS_STATUS GeneralStatus,
                                             PVOID StatusBuffer, ULONG StatusBufferSize);

#endif /* NDIS_LEGACY_MINIPORT */

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_NDIS_LEGACY_MINIPORT_H */
