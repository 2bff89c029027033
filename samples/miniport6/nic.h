/*
 * nic.h - shared declarations of the NDIS 6 Ethernet miniport sample.
 *
 * A PCI bus-master NIC: the registers are mapped in MiniportInitializeEx, sends go out through
 * NDIS scatter/gather DMA, receives land in shared memory and are indicated from the interrupt DPC,
 * a watchdog timer checks for transmit hangs and an NDIS I/O work item does what needs
 * PASSIVE_LEVEL. The FAULT_* switches (samples/README.md) each seed one rule violation.
 */
#ifndef NIC_H
#define NIC_H

#include <ndis.h>

#define NIC_TAG 'NciN'
#define NIC_RESET_US 100 /* microseconds the chip needs to come out of reset */
#define NIC_RECV_SLOTS 32
#define NIC_RING_BYTES 4096
#define NIC_REGS_BYTES 256

/* interrupt status bits */
#define NIC_INT_RECV 0x1
#define NIC_INT_SEND 0x2
#define NIC_INT_LINK 0x4
#define NIC_INT_CMD 0x8

/* the chip's register file, as mapped by NdisMMapIoSpace */
typedef struct _NIC_REGS {
    ULONG InterruptStatus;
    ULONG InterruptMask;
    ULONG Control;
    ULONG RecvIndex;
    ULONG LinkUp;
    ULONG CommandResult;
} NIC_REGS, *PNIC_REGS;

typedef struct _NIC_ADAPTER {
    NDIS_HANDLE MiniportHandle;
    NDIS_HANDLE InterruptHandle;
    NDIS_HANDLE DmaHandle;
    NDIS_HANDLE WatchdogTimer;
    NDIS_HANDLE WorkItem;
    NDIS_HANDLE RecvNblPool;

    NDIS_SPIN_LOCK Lock; /* SendQueue, SendsPending, RecvFree, PendingOid */
    NDIS_EVENT SendsDrained;
    ULONG SendsPending;
    BOOLEAN Paused;

    PNIC_REGS Regs;
    NDIS_PHYSICAL_ADDRESS RegsPa;
    PVOID RingVa;
    NDIS_PHYSICAL_ADDRESS RingPa;
    PMDL RecvMdl;
    PNET_BUFFER_LIST RecvSpare; /* a receive NBL kept for the next interrupt */

    LONG PendingInterrupts; /* latched by the ISR, consumed by the DPC */
    ULONG RecvIndex;
    PNDIS_OID_REQUEST PendingOid; /* a request the firmware answers asynchronously */
    ULONG PacketFilter;
    NDIS_LINK_STATE LinkState;
    BOOLEAN SurpriseRemoved;
    BOOLEAN InterruptRegistered;
    BOOLEAN DmaRegistered;
} NIC_ADAPTER, *PNIC_ADAPTER;

extern NDIS_HANDLE NicDriverHandle;

MINIPORT_ISR NicIsr;
MINIPORT_INTERRUPT_DPC NicInterruptDpc;
MINIPORT_SEND_NET_BUFFER_LISTS NicSendNetBufferLists;
MINIPORT_RETURN_NET_BUFFER_LISTS NicReturnNetBufferLists;
MINIPORT_CANCEL_SEND NicCancelSend;
MINIPORT_PROCESS_SG_LIST NicProcessSGList;
NDIS_TIMER_FUNCTION NicWatchdog;
NDIS_IO_WORKITEM_FUNCTION NicWorker;

NDIS_STATUS NicRegisterInterrupt(PNIC_ADAPTER Adapter);
VOID NicCompleteOid(PNIC_ADAPTER Adapter, NDIS_STATUS Status);
VOID NicIndicateLink(PNIC_ADAPTER Adapter);

#endif
