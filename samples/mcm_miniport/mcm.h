/*
 * mcm.h - private definitions of the sample CoNDIS miniport call manager (MCM).
 *
 * The adapter is a simple signalling NIC: the hardware raises an interrupt when
 * a call-setup message arrives or when the link state changes. The integrated
 * call manager keeps one address family per adapter and a list of the SAPs the
 * client registered on it.
 */
#ifndef MCM_H
#define MCM_H

#include <ndis.h>

#define MCM_TAG             'mcmS'
#define MCM_MAX_PENDING     16
#define MCM_WATCHDOG_MS     2000
#define MCM_LINK_LOSS_LIMIT 3

/* Bits of the (simulated) interrupt status register. */
#define MCM_INT_SETUP_RECEIVED 0x0001
#define MCM_INT_LINK_CHANGE    0x0002
#define MCM_INT_SAP_DONE       0x0004

typedef enum _MCM_SAP_STATE {
    McmSapRegistering,
    McmSapRegistered,
    McmSapDeregistering
} MCM_SAP_STATE;

typedef struct _MCM_ADAPTER MCM_ADAPTER, *PMCM_ADAPTER;

/* Per-SAP context: the CallMgrSapContext handed back to NDIS. */
typedef struct _MCM_SAP {
    LIST_ENTRY    Link;
    PMCM_ADAPTER  Adapter;
    NDIS_HANDLE   NdisSapHandle;
    MCM_SAP_STATE State;
    ULONG         SapId;
} MCM_SAP, *PMCM_SAP;

/* Per-VC context: the MiniportVcContext. */
typedef struct _MCM_VC {
    PMCM_ADAPTER Adapter;
    NDIS_HANDLE  NdisVcHandle;
    BOOLEAN      Active;
    CO_CALL_PARAMETERS CallParams;
} MCM_VC, *PMCM_VC;

/* Simulated device registers. */
typedef struct _MCM_HW_REGS {
    volatile ULONG IntStatus;
    volatile ULONG IntMask;
    volatile ULONG LinkUp;
    volatile ULONG SetupSapId;
} MCM_HW_REGS, *PMCM_HW_REGS;

struct _MCM_ADAPTER {
    NDIS_HANDLE      MiniportAdapterHandle;
    NDIS_HANDLE      InterruptHandle;
    NDIS_HANDLE      WatchdogTimer;
    NDIS_HANDLE      CloseAfWorkItem;
    NDIS_HANDLE      NdisAfHandle;
    PMCM_HW_REGS     Regs;
    NDIS_SPIN_LOCK   Lock;
    LIST_ENTRY       SapList;          /* MCM_SAP.Link, protected by Lock */
    PMCM_SAP         PendingSaps[MCM_MAX_PENDING]; /* waiting for the DPC */
    ULONG            PendingCount;     /* protected by Lock */
    ULONG            LatchedIntStatus; /* written by the ISR, read by the DPC */
    ULONG            LinkLossTicks;
    BOOLEAN          AfOpen;
    BOOLEAN          CloseAfQueued;
    PMCM_VC          ParkedVc;         /* VC kept for a re-offered call, protected by Lock */
    PMCM_SAP         ParkedSap;        /* the SAP ParkedVc was offered on */
};

extern NDIS_HANDLE McmDriverHandle;

/* mcm_main.c */
VOID McmWatchdogTimer(PVOID SystemSpecific1, PVOID FunctionContext,
                      PVOID SystemSpecific2, PVOID SystemSpecific3);
VOID McmCloseAfWorkItem(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle);

/* mcm_intr.c */
BOOLEAN McmIsr(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc,
               PULONG TargetProcessors);
MINIPORT_INTERRUPT_DPC McmInterruptDpc;
MINIPORT_ENABLE_INTERRUPT McmEnableInterrupt;
MINIPORT_DISABLE_INTERRUPT McmDisableInterrupt;

/* mcm_cm.c */
NDIS_STATUS McmRegisterCallManager(NDIS_HANDLE NdisDriverHandle);
NDIS_STATUS McmRegisterAddressFamily(PMCM_ADAPTER Adapter);
BOOLEAN McmQueueSapRequest(PMCM_ADAPTER Adapter, PMCM_SAP Sap);
PROTOCOL_CM_INCOMING_CALL_COMPLETE McmCmIncomingCallComplete;

#endif /* MCM_H */
