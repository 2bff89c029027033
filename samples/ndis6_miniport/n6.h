/*
 * n6.h - private definitions of the sample NDIS 6 Ethernet miniport.
 *
 * The adapter is a simple bus-master NIC: a transmit ring fed through scatter/gather DMA, a
 * receive ring in shared memory, and one line-based interrupt for "transmit done", "frames
 * received", "link changed" and "command done". Statistics come from a mailbox the driver
 * reads at PASSIVE_LEVEL, so OID_GEN_STATISTICS is completed from an I/O work item; a change
 * of the link parameters is a device command, so OID_GEN_LINK_PARAMETERS is completed by the
 * interrupt DPC.
 */
#ifndef N6_H
#define N6_H

#include <ndis.h>

#define N6_TAG             'm6Nn'
#define N6_RX_BUFFERS      8
#define N6_RX_BUFFER_SIZE  1536
#define N6_MAX_FRAME       1514
#define N6_MTU             1500
#define N6_WATCHDOG_MS     2000
#define N6_HANG_TICKS      2
#define N6_VENDOR_ID       0x00A0B1C2
#define N6_LINK_SPEED      1000000000ULL
#define N6_MAX_SG_ELEMENTS 16  /* fragments one transmit descriptor takes */

/* Bits of the (simulated) interrupt status register. */
#define N6_INT_TX_DONE   0x0001
#define N6_INT_RX        0x0002
#define N6_INT_LINK      0x0004
#define N6_INT_CMD_DONE  0x0008
#define N6_INT_ALL       0x000F

/* Simulated device registers (what the mapped BAR would hold). */
typedef struct _N6_HW_REGS {
    volatile ULONG IntStatus;
    volatile ULONG IntMask;
    volatile ULONG LinkUp;
    volatile ULONG TxQueued;     /* doorbell: descriptors handed to the device */
    volatile ULONG TxCompleted;  /* descriptors the device has sent */
    volatile ULONG RxReady;      /* frames waiting in the receive ring */
    volatile ULONG CmdPending;   /* a device command is running */
    volatile ULONG Moderation;   /* interrupt moderation on/off */
    volatile ULONG MailboxBusy;  /* the statistics mailbox is still being filled */
    volatile ULONG MailboxError; /* the statistics mailbox read fails */
    volatile ULONG TxFrames;     /* hardware counters */
    volatile ULONG RxFrames;
} N6_HW_REGS, *PN6_HW_REGS;

typedef struct _N6_ADAPTER {
    NDIS_HANDLE       MiniportAdapterHandle;
    NDIS_HANDLE       InterruptHandle;
    NDIS_HANDLE       DmaHandle;
    NDIS_HANDLE       WatchdogTimer;
    NDIS_HANDLE       OidWorkItem;
    NDIS_HANDLE       RxPool;
    PN6_HW_REGS       Regs;
    BOOLEAN           InterruptRegistered;
    BOOLEAN           SgDmaRegistered;

    NDIS_SPIN_LOCK    Lock;             /* transmit state, pause state, the pending OID */
    PNET_BUFFER_LIST  TxHead;           /* NBLs handed to the device, protected by Lock */
    PNET_BUFFER_LIST *TxTail;
    ULONG             TxOutstanding;    /* NBLs not yet completed, protected by Lock */
    BOOLEAN           Pausing;          /* protected by Lock */
    BOOLEAN           PausePending;     /* MiniportPause returned PENDING, protected by Lock */
    PNDIS_OID_REQUEST PendingOid;       /* the request a work item or the DPC completes */

    KSPIN_LOCK        RxLock;           /* the free receive list (in-stack queued lock) */
    PNET_BUFFER_LIST  RxFree;
    ULONG             RxOutstanding;    /* indicated NBLs not yet returned, protected by RxLock */
    PVOID             RxBuffers;        /* shared memory of the receive ring */
    NDIS_PHYSICAL_ADDRESS RxBuffersPa;
    PMDL              RxMdl[N6_RX_BUFFERS];
    PNET_BUFFER_LIST  RxNbl[N6_RX_BUFFERS];

    PNDIS_RW_LOCK_EX  StatsLock;        /* the counters below */
    ULONG64           XmitOk, RcvOk, RcvNoBuffer;

    ULONG             IntLatched;       /* written by the ISR, taken by the DPC under the interrupt lock */
    ULONG             PacketFilter;
    ULONG             Lookahead;
    ULONG             RxBufferCount;
    BOOLEAN           LinkUp;
    ULONG             HangTicks;
    ULONG             LastTxCompleted;
    BOOLEAN           TxHung;
    LONG              LinkWorkPending;  /* per-use link work items still queued */
    NDIS_EVENT        LinkWorkDone;
} N6_ADAPTER, *PN6_ADAPTER;

extern NDIS_HANDLE N6DriverHandle;

/* n6_main.c */
MINIPORT_SET_OPTIONS N6SetOptions;
MINIPORT_INITIALIZE N6InitializeEx;
MINIPORT_HALT N6HaltEx;
MINIPORT_UNLOAD N6Unload;
MINIPORT_PAUSE N6Pause;
MINIPORT_RESTART N6Restart;
MINIPORT_SHUTDOWN N6ShutdownEx;
MINIPORT_DEVICE_PNP_EVENT_NOTIFY N6DevicePnPEventNotify;
MINIPORT_RESET N6ResetEx;
MINIPORT_CHECK_FOR_HANG N6CheckForHangEx;
NDIS_TIMER_FUNCTION N6WatchdogTimer;
VOID N6TryCompletePause(PN6_ADAPTER Adapter);

/* n6_oid.c */
MINIPORT_OID_REQUEST N6OidRequest;
MINIPORT_CANCEL_OID_REQUEST N6CancelOidRequest;
NDIS_IO_WORKITEM_FUNCTION N6StatisticsWorkItem;
VOID N6CompleteLinkParameters(PN6_ADAPTER Adapter);

/* n6_data.c */
MINIPORT_ISR N6Isr;
MINIPORT_INTERRUPT_DPC N6InterruptDpc;
MINIPORT_SEND_NET_BUFFER_LISTS N6SendNetBufferLists;
MINIPORT_RETURN_NET_BUFFER_LISTS N6ReturnNetBufferLists;
MINIPORT_CANCEL_SEND N6CancelSend;
MINIPORT_PROCESS_SG_LIST N6ProcessSGList;
MINIPORT_SYNCHRONIZE_INTERRUPT N6SyncSetInterruptMask;
NDIS_IO_WORKITEM_FUNCTION N6LinkWorkItem;

#endif /* N6_H */
