/*
 * cl.h - private definitions of the sample CoNDIS client.
 *
 * The client binds to CoNDIS miniports, opens every Q.2931 address family a
 * call manager registers on a binding, listens on one SAP and accepts the
 * calls offered on it.
 */
#ifndef CL_H
#define CL_H

#include <ndis.h>

#define CL_TAG       'lCmS'
#define CL_SAP_ID    0x0452

typedef enum _CL_AF_STATE {
    ClAfNone,
    ClAfOpening,
    ClAfOpen,
    ClAfClosing
} CL_AF_STATE;

typedef struct _CL_BINDING {
    LIST_ENTRY     Link;             /* ClBindings, protected by ClGlobalLock */
    NDIS_HANDLE    BindContext;
    NDIS_HANDLE    BindingHandle;
    NDIS_HANDLE    NdisAfHandle;
    NDIS_HANDLE    NdisSapHandle;
    NDIS_HANDLE    AcceptWorkItem;
    CL_AF_STATE    AfState;          /* protected by ClGlobalLock */
    BOOLEAN        Unbinding;        /* protected by ClGlobalLock */
    BOOLEAN        CloseRequested;   /* the call manager asked us to close the AF */
    NDIS_EVENT     AfClosedEvent;
    UINT           SelectedMediumIndex;
    struct {
        CO_SAP     Sap;
        ULONG      SapId;
    } SapBuffer;
} CL_BINDING, *PCL_BINDING;

/* Protocol-wide parameters, set up in DriverEntry; only the bind handler reads them. */
typedef struct _CL_PARAMETERS {
    ULONG          SapId;            /* the SAP every binding listens on */
} CL_PARAMETERS, *PCL_PARAMETERS;

typedef struct _CL_VC {
    PCL_BINDING         Binding;
    NDIS_HANDLE         NdisVcHandle;
    PCO_CALL_PARAMETERS CallParameters;
    BOOLEAN             Connected;
} CL_VC, *PCL_VC;

extern NDIS_HANDLE ClProtocolHandle;
extern PCL_PARAMETERS ClParameters;
extern NDIS_SPIN_LOCK ClGlobalLock;
extern LIST_ENTRY ClBindings;

/* cl_main.c */
VOID ClStartAfTeardown(PCL_BINDING Binding);

/* cl_call.c */
NDIS_STATUS ClRegisterClientHandlers(NDIS_HANDLE NdisDriverHandle);
PROTOCOL_CL_OPEN_AF_COMPLETE_EX ClOpenAfCompleteEx;

#endif /* CL_H */
