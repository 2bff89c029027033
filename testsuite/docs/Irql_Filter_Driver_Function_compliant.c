#include <ndis.h> // expected-no-diagnostics

typedef struct _LWF_MODULE {
    NDIS_HANDLE FilterHandle;
    NDIS_HANDLE RestartTimer;     /* NdisAllocateTimerObject in FilterAttach */
    NDIS_HANDLE RestartWorkItem;  /* NdisAllocateIoWorkItem in FilterAttach */
    BOOLEAN HardwareReady;
} LWF_MODULE, *PLWF_MODULE;

FILTER_RESTART LwfRestart;
NDIS_TIMER_FUNCTION LwfRestartTimer;
NDIS_IO_WORKITEM_FUNCTION LwfRestartWorker;

NDIS_STATUS
LwfRestart(NDIS_HANDLE FilterModuleContext, PNDIS_FILTER_RESTART_PARAMETERS RestartParameters)
{
    PLWF_MODULE Module = (PLWF_MODULE)FilterModuleContext;
    LARGE_INTEGER Due;

    UNREFERENCED_PARAMETER(RestartParameters);
    Due.QuadPart = -100000;
    NdisSetTimerObject(Module->RestartTimer, Due, 10, Module);
    return NDIS_STATUS_PENDING;
}

VOID
LwfRestartTimer(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2, PVOID SystemSpecific3)
{
    PLWF_MODULE Module = (PLWF_MODULE)FunctionContext;

    UNREFERENCED_PARAMETER(SystemSpecific1);
    UNREFERENCED_PARAMETER(SystemSpecific2);
    UNREFERENCED_PARAMETER(SystemSpecific3);
    if (Module->HardwareReady) {
        /* NdisFRestartComplete needs PASSIVE_LEVEL: finish in a work item, which also cancels the
           periodic timer (PASSIVE_LEVEL too) */
        NdisQueueIoWorkItem(Module->RestartWorkItem, LwfRestartWorker, Module);
    }
}

VOID
LwfRestartWorker(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle)
{
    PLWF_MODULE Module = (PLWF_MODULE)WorkItemContext;

    UNREFERENCED_PARAMETER(NdisIoWorkItemHandle);
    NdisCancelTimerObject(Module->RestartTimer);
    NdisFRestartComplete(Module->FilterHandle, NDIS_STATUS_SUCCESS);
}
