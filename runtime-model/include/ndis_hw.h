/*
 * ndis_hw.h - hardware access for NDIS miniport drivers: device registers
 * and I/O ports, I/O space mapping, bus (PCI) configuration data, shared
 * memory, scatter/gather DMA, DPC queuing for interrupts, MSI-X table
 * configuration and the adapter's device objects and resources.
 *
 * Written for ddicheck from the NDIS hardware-access reference on
 * learn.microsoft.com (https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/
 * nf-ndis-ndismmapiospace and its neighbours); names, members, parameter
 * lists, constant values and IRQL requirements follow it, the text is our
 * own. Included by <ndis.h>.
 *
 * Limits: the register and port helpers are macros over the HAL routines of
 * ddk_io.h, as in the WDK (they take any integer or pointer as the address).
 */
#ifndef DDICHECK_NDIS_HW_H
#define DDICHECK_NDIS_HW_H

#ifndef DDICHECK_NDIS_H_INNER
#error "include <ndis.h> instead of ndis_hw.h"
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef UCHAR NDIS_DMA_SIZE;
#define NDIS_DMA_24BITS ((NDIS_DMA_SIZE)0)
#define NDIS_DMA_32BITS ((NDIS_DMA_SIZE)1)
#define NDIS_DMA_64BITS ((NDIS_DMA_SIZE)2)

typedef struct _NDIS_DMA_DESCRIPTION {
    BOOLEAN DemandMode;
    BOOLEAN AutoInitialize;
    BOOLEAN DmaChannelSpecified;
    DMA_WIDTH DmaWidth;
    DMA_SPEED DmaSpeed;
    ULONG DmaPort;
    ULONG DmaChannel;
} NDIS_DMA_DESCRIPTION, *PNDIS_DMA_DESCRIPTION;

/* ------------------------------------------------------------------------
 * Registers and ports: any IRQL (the caller owns the synchronization).
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndisreadregisterulong
 * ------------------------------------------------------------------------ */

#define NdisReadRegisterUchar(Register, Data) (*(Data) = READ_REGISTER_UCHAR((PUCHAR)(Register)))
#define NdisReadRegisterUshort(Register, Data) \
    (*(Data) = READ_REGISTER_USHORT((PUSHORT)(Register)))
#define NdisReadRegisterUlong(Register, Data) (*(Data) = READ_REGISTER_ULONG((PULONG)(Register)))
#define NdisWriteRegisterUchar(Register, Data) WRITE_REGISTER_UCHAR((PUCHAR)(Register), (Data))
#define NdisWriteRegisterUshort(Register, Data) WRITE_REGISTER_USHORT((PUSHORT)(Register), (Data))
#define NdisWriteRegisterUlong(Register, Data) WRITE_REGISTER_ULONG((PULONG)(Register), (Data))

#define NdisRawReadPortUchar(Port, Data) (*(Data) = READ_PORT_UCHAR((PUCHAR)(Port)))
#define NdisRawReadPortUshort(Port, Data) (*(Data) = READ_PORT_USHORT((PUSHORT)(Port)))
#define NdisRawReadPortUlong(Port, Data) (*(Data) = READ_PORT_ULONG((PULONG)(Port)))
#define NdisRawWritePortUchar(Port, Data) WRITE_PORT_UCHAR((PUCHAR)(Port), (UCHAR)(Data))
#define NdisRawWritePortUshort(Port, Data) WRITE_PORT_USHORT((PUSHORT)(Port), (USHORT)(Data))
#define NdisRawWritePortUlong(Port, Data) WRITE_PORT_ULONG((PULONG)(Port), (ULONG)(Data))
#define NdisRawReadPortBufferUchar(Port, Buffer, Length) \
    READ_PORT_BUFFER_UCHAR((PUCHAR)(Port), (PUCHAR)(Buffer), (Length))
#define NdisRawReadPortBufferUshort(Port, Buffer, Length) \
    READ_PORT_BUFFER_USHORT((PUSHORT)(Port), (PUSHORT)(Buffer), (Length))
#define NdisRawReadPortBufferUlong(Port, Buffer, Length) \
    READ_PORT_BUFFER_ULONG((PULONG)(Port), (PULONG)(Buffer), (Length))
#define NdisRawWritePortBufferUchar(Port, Buffer, Length) \
    WRITE_PORT_BUFFER_UCHAR((PUCHAR)(Port), (PUCHAR)(Buffer), (Length))
#define NdisRawWritePortBufferUshort(Port, Buffer, Length) \
    WRITE_PORT_BUFFER_USHORT((PUSHORT)(Port), (PUSHORT)(Buffer), (Length))
#define NdisRawWritePortBufferUlong(Port, Buffer, Length) \
    WRITE_PORT_BUFFER_ULONG((PULONG)(Port), (PULONG)(Buffer), (Length))

/* ------------------------------------------------------------------------
 * I/O space and port ranges: PASSIVE_LEVEL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndismmapiospace
 * ------------------------------------------------------------------------ */

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMMapIoSpace(PVOID *VirtualAddress,
                                              NDIS_HANDLE MiniportAdapterHandle,
                                              NDIS_PHYSICAL_ADDRESS PhysicalAddress, UINT Length);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisMUnmapIoSpace(NDIS_HANDLE MiniportAdapterHandle, PVOID VirtualAddress,
                                         UINT Length);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMRegisterIoPortRange(PVOID *PortOffset,
                                                       NDIS_HANDLE MiniportAdapterHandle,
                                                       UINT InitialPort, UINT NumberOfPorts);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisMDeregisterIoPortRange(NDIS_HANDLE MiniportAdapterHandle,
                                                  UINT InitialPort, UINT NumberOfPorts,
                                                  PVOID PortOffset);

/* ------------------------------------------------------------------------
 * Bus configuration data. NdisMGetBusData and NdisMSetBusData: any IRQL
 * (their pages' requirements; the Windows 7 WDK's header said <= DISPATCH_LEVEL).
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndismgetbusdata
 * NdisRead/WritePciSlotInformation (NDIS 5): <= DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI ULONG NDIS_API NdisMGetBusData(NDIS_HANDLE NdisMiniportHandle, ULONG WhichSpace,
                                        ULONG Offset, PVOID Buffer, ULONG Length);
_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI ULONG NDIS_API NdisMSetBusData(NDIS_HANDLE NdisMiniportHandle, ULONG WhichSpace,
                                        ULONG Offset, PVOID Buffer, ULONG Length);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI ULONG NDIS_API NdisReadPciSlotInformation(NDIS_HANDLE NdisAdapterHandle,
                                                   ULONG SlotNumber, ULONG Offset,
                                                   PVOID Buffer, ULONG Length);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI ULONG NDIS_API NdisWritePciSlotInformation(NDIS_HANDLE NdisAdapterHandle,
                                                    ULONG SlotNumber, ULONG Offset,
                                                    PVOID Buffer, ULONG Length);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI ULONG NDIS_API NdisReadPcmciaAttributeMemory(NDIS_HANDLE NdisAdapterHandle,
                                                      ULONG Offset, PVOID Buffer,
                                                      ULONG Length);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI ULONG NDIS_API NdisWritePcmciaAttributeMemory(NDIS_HANDLE NdisAdapterHandle,
                                                       ULONG Offset, PVOID Buffer,
                                                       ULONG Length);

/* ------------------------------------------------------------------------
 * Shared memory (bus-master DMA buffers)
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndismallocatesharedmemory
 * NdisMAllocateSharedMemory: PASSIVE_LEVEL. NdisMFreeSharedMemory,
 * NdisMAllocateSharedMemoryAsyncEx: <= DISPATCH_LEVEL.
 * NdisAllocateSharedMemory / NdisFreeSharedMemory (NDIS 6.20): PASSIVE_LEVEL.
 * ------------------------------------------------------------------------ */

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisMAllocateSharedMemory(NDIS_HANDLE MiniportAdapterHandle,
                                                 ULONG Length, BOOLEAN Cached,
                                                 PVOID *VirtualAddress,
                                                 PNDIS_PHYSICAL_ADDRESS PhysicalAddress);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMFreeSharedMemory(NDIS_HANDLE MiniportAdapterHandle, ULONG Length,
                                             BOOLEAN Cached, PVOID VirtualAddress,
                                             NDIS_PHYSICAL_ADDRESS PhysicalAddress);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMAllocateSharedMemoryAsync(NDIS_HANDLE MiniportAdapterHandle,
                                                             ULONG Length, BOOLEAN Cached,
                                                             PVOID Context);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMAllocateSharedMemoryAsyncEx(NDIS_HANDLE MiniportDmaHandle,
                                                               ULONG Length, BOOLEAN Cached,
                                                               PVOID Context);

typedef enum _NDIS_SHARED_MEMORY_USAGE {
    NdisSharedMemoryUsageUndefined,
    NdisSharedMemoryUsageXmit,
    NdisSharedMemoryUsageXmitHeader,
    NdisSharedMemoryUsageXmitData,
    NdisSharedMemoryUsageReceive,
    NdisSharedMemoryUsageReceiveLookahead,
    NdisSharedMemoryUsageReceivePostLookahead,
    NdisSharedMemoryUsageReceiveHeader,
    NdisSharedMemoryUsageReceiveData,
    NdisSharedMemoryUsageOther,
    NdisSharedMemoryUsageMax
} NDIS_SHARED_MEMORY_USAGE, *PNDIS_SHARED_MEMORY_USAGE;

typedef struct _NDIS_SHARED_MEMORY_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    NDIS_RECEIVE_QUEUE_ID QueueId;
    NDIS_HANDLE SharedMemoryHandle;
    NODE_REQUIREMENT PreferredNode;
    NDIS_SHARED_MEMORY_USAGE Usage;
    ULONG Length;
    PVOID VirtualAddress;
    ULONG SGListBufferLength;
    PSCATTER_GATHER_LIST SGListBuffer;
} NDIS_SHARED_MEMORY_PARAMETERS, *PNDIS_SHARED_MEMORY_PARAMETERS;

#define NDIS_SHARED_MEMORY_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_SHARED_MEMORY_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_SHARED_MEMORY_PARAMETERS, SGListBuffer)
#define NDIS_SHARED_MEM_PARAMETERS_CONTIGOUS 0x00000001
#define NDIS_SHARED_MEM_PARAMETERS_CONTIGUOUS 0x00000001

/* Payload of an NDIS_STATUS_RECEIVE_QUEUE_STATE indication (VMQ, NDIS 6.20):
 * the queue whose operational state changed and the new state. */
typedef struct _NDIS_RECEIVE_QUEUE_STATE {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    NDIS_RECEIVE_QUEUE_ID QueueId;
    NDIS_RECEIVE_QUEUE_OPERATIONAL_STATE QueueState;
} NDIS_RECEIVE_QUEUE_STATE, *PNDIS_RECEIVE_QUEUE_STATE;

#define NDIS_RECEIVE_QUEUE_STATE_REVISION_1 1
#define NDIS_SIZEOF_NDIS_RECEIVE_QUEUE_STATE_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_QUEUE_STATE, QueueState)

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisAllocateSharedMemory(
    NDIS_HANDLE NdisHandle, PNDIS_SHARED_MEMORY_PARAMETERS SharedMemoryParameters,
    PNDIS_HANDLE pAllocationHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisFreeSharedMemory(NDIS_HANDLE NdisHandle,
                                            NDIS_HANDLE AllocationHandle);

/* ------------------------------------------------------------------------
 * Scatter/gather DMA (NDIS 6)
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndismregisterscattergatherdma
 * Registration: PASSIVE_LEVEL. NdisMAllocateNetBufferSGList,
 * NdisMFreeNetBufferSGList: DISPATCH_LEVEL.
 * ------------------------------------------------------------------------ */

/* Runs at DISPATCH_LEVEL when NdisMAllocateSharedMemoryAsyncEx completes. */
typedef _Function_class_(MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE) VOID NDIS_API
MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE(NDIS_HANDLE MiniportAdapterContext, PVOID VirtualAddress,
                                      PNDIS_PHYSICAL_ADDRESS PhysicalAddress, ULONG Length,
                                      PVOID Context);
typedef MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE(*MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE_HANDLER);

typedef struct _NDIS_SG_DMA_DESCRIPTION {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG MaximumPhysicalMapping;
    MINIPORT_PROCESS_SG_LIST_HANDLER ProcessSGListHandler;
    MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE_HANDLER SharedMemAllocateCompleteHandler;
    ULONG ScatterGatherListSize;
} NDIS_SG_DMA_DESCRIPTION, *PNDIS_SG_DMA_DESCRIPTION;

#define NDIS_SG_DMA_DESCRIPTION_REVISION_1 1
#define NDIS_SIZEOF_SG_DMA_DESCRIPTION_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_SG_DMA_DESCRIPTION, ScatterGatherListSize)
#define NDIS_SG_DMA_64_BIT_ADDRESS 0x00000001
#define NDIS_SG_LIST_WRITE_TO_DEVICE 0x000000001

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMRegisterScatterGatherDma(
    NDIS_HANDLE MiniportAdapterHandle, PNDIS_SG_DMA_DESCRIPTION DmaDescription,
    PNDIS_HANDLE NdisMiniportDmaHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisMDeregisterScatterGatherDma(NDIS_HANDLE NdisMiniportDmaHandle);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI NDIS_STATUS NDIS_API NdisMAllocateNetBufferSGList(
    NDIS_HANDLE NdisMiniportDmaHandle, PNET_BUFFER NetBuffer, PVOID Context, ULONG Flags,
    PVOID ScatterGatherListBuffer, ULONG ScatterGatherListBufferSize);
_IRQL_requires_(DISPATCH_LEVEL)
NDIS_DDI VOID NDIS_API NdisMFreeNetBufferSGList(NDIS_HANDLE NdisMiniportDmaHandle,
                                                PSCATTER_GATHER_LIST pSGL,
                                                PNET_BUFFER NetBuffer);
_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI ULONG NDIS_API NdisMGetDmaAlignment(NDIS_HANDLE MiniportAdapterHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDIS_DDI ULONG NDIS_API NdisGetSharedDataAlignment(VOID);

/* ------------------------------------------------------------------------
 * Interrupt DPCs and MSI-X tables (NDIS 6)
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndismqueuedpc
 * NdisMQueueDpc, NdisMQueueDpcEx: <= DISPATCH_LEVEL (usually from the ISR,
 * at DIRQL). NdisMConfigMSIXTableEntry: PASSIVE_LEVEL.
 * ------------------------------------------------------------------------ */

_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI ULONG NDIS_API NdisMQueueDpc(NDIS_HANDLE NdisInterruptHandle, ULONG MessageId,
                                      ULONG TargetProcessors, PVOID MiniportDpcContext);
_IRQL_requires_max_(HIGH_LEVEL)
NDIS_DDI KAFFINITY NDIS_API NdisMQueueDpcEx(NDIS_HANDLE NdisInterruptHandle, ULONG MessageId,
                                            PGROUP_AFFINITY TargetProcessors,
                                            PVOID MiniportDpcContext);

typedef enum _NDIS_MSIX_TABLE_CONFIG {
    NdisMSIXTableConfigSetTableEntry,
    NdisMSIXTableConfigMaskTableEntry,
    NdisMSIXTableConfigUnmaskTableEntry,
    NdisMSIXTableConfigMax
} NDIS_MSIX_TABLE_OPERATION, *PNDIS_MSIX_TABLE_OPERATION;

typedef struct _NDIS_MSIX_CONFIG_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    NDIS_MSIX_TABLE_OPERATION ConfigOperation;
    ULONG TableEntry;
    ULONG MessageNumber;
} NDIS_MSIX_CONFIG_PARAMETERS, *PNDIS_MSIX_CONFIG_PARAMETERS;

#define NDIS_MSIX_CONFIG_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_MSIX_CONFIG_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_MSIX_CONFIG_PARAMETERS, MessageNumber)

/* The IRQL depends on the operation (nf-ndis-ndismconfigmsixtableentry, Remarks): IRQL <= DISPATCH_LEVEL
 * for NdisMSIXTableConfigSetTableEntry, any IRQL for the mask and unmask operations, which an ISR uses.
 * An annotation cannot say that, so the declaration carries none. */
NDIS_DDI NDIS_STATUS NDIS_API NdisMConfigMSIXTableEntry(
    NDIS_HANDLE NdisMiniportHandle, PNDIS_MSIX_CONFIG_PARAMETERS MSIXConfigParameters);

/* ------------------------------------------------------------------------
 * The adapter's device objects and resources: PASSIVE_LEVEL.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/ndis/nf-ndis-ndismgetdeviceproperty
 * ------------------------------------------------------------------------ */

_IRQL_requires_(PASSIVE_LEVEL)
NDIS_DDI VOID NDIS_API NdisMGetDeviceProperty(NDIS_HANDLE MiniportAdapterHandle,
                                              PDEVICE_OBJECT *PhysicalDeviceObject,
                                              PDEVICE_OBJECT *FunctionalDeviceObject,
                                              PDEVICE_OBJECT *NextDeviceObject,
                                              PCM_RESOURCE_LIST *AllocatedResources,
                                              PCM_RESOURCE_LIST *AllocatedResourcesTranslated);

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_NDIS_HW_H */
