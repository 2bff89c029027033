/*
 * cm.h - private definitions of the sample stand-alone call manager.
 *
 * The call manager is a connection-oriented protocol driver. It binds to
 * CoNDIS miniports, registers one address family per binding and accepts SAP
 * registrations from clients. A SAP for a well-known local service is
 * registered at once; any other SAP must be announced to the network first,
 * which the sample models with a timer.
 */
#ifndef CM_H
#define CM_H

#include <ndis.h>

#define CM_TAG              'mCmS'
#define CM_SAP_ANNOUNCE_MS  50
#define CM_LOCAL_SAP_LIMIT  0x100   /* SAP ids below this are local services */

typedef struct _CM_BINDING CM_BINDING, *PCM_BINDING;

typedef enum _CM_SAP_STATE {
    CmSapAnnouncing,    /* registration pending: the network has not answered yet */
    CmSapRegistered,
    CmSapRejected       /* the AF closed before the network answered */
} CM_SAP_STATE;

typedef struct _CM_SAP {
    LIST_ENTRY   Link;
    PCM_BINDING  Binding;
    NDIS_HANDLE  NdisSapHandle;
    ULONG        SapId;
    CM_SAP_STATE State;         /* protected by Binding->Lock */
} CM_SAP, *PCM_SAP;

struct _CM_BINDING {
    NDIS_HANDLE    BindContext;
    NDIS_HANDLE    BindingHandle;
    NDIS_HANDLE    NdisAfHandle;
    NDIS_HANDLE    AnnounceTimer;
    NDIS_HANDLE    DeregWorkItem;
    NDIS_SPIN_LOCK Lock;
    LIST_ENTRY     SapList;       /* registered SAPs, protected by Lock */
    PCM_SAP        AnnouncingSap; /* SAP whose registration is pending, protected by Lock */
    PCM_SAP        DeregSap;      /* SAP whose deregistration is pending, protected by Lock */
    BOOLEAN        AfRegistered;
    BOOLEAN        AfOpen;
    BOOLEAN        AfRegistering;
    NDIS_EVENT     AfClosedEvent;
    NDIS_MEDIUM    Medium;
    UINT           SelectedMediumIndex;
};

extern NDIS_HANDLE CmProtocolHandle;

/* cm_sap.c */
NDIS_STATUS CmpRegisterCallManagerHandlers(NDIS_HANDLE NdisDriverHandle);
NDIS_STATUS CmpInitBindingSaps(PCM_BINDING Binding);
VOID CmpFreeBindingSaps(PCM_BINDING Binding);

#endif /* CM_H */
