#include <ndis.h>

typedef struct _LWF_MODULE {
    NDIS_HANDLE FilterHandle;
    NDIS_HANDLE RestartTimer; /* NdisAllocateTimerObject in FilterAttach */
    BOOLEAN HardwareReady;
} LWF_MODULE, *PLWF_MODULE;

FILTER_RESTART LwfRestart;
NDIS_TIMER_FUNCTION LwfRestartTimer; // expected-note 2 {{'LwfRestartTimer' runs at DISPATCH_LEVEL as an NDIS_TIMER_FUNCTION callback}}

NDIS_STATUS
LwfRestart(NDIS_HANDLE FilterModuleContext, PNDIS_FILTER_RESTART_PARAMETERS RestartParameters)
{
    PLWF_MODULE Module = (PLWF_MODULE)FilterModuleContext;
    LARGE_INTEGER Due;

    UNREFERENCED_PARAMETER(RestartParameters);
    /* finish the restart once the hardware is ready: poll for it every 10 ms */
    Due.QuadPart = -100000;
    NdisSetTimerObject(Module->RestartTimer, Due, 10, Module); // expected-note {{'Module->RestartTimer' armed with a period of 10 ms here by 'NdisSetTimerObject'}}
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
        NdisCancelTimerObject(Module->RestartTimer); // expected-warning {{'NdisCancelTimerObject' cancels the periodic timer 'Module->RestartTimer' at DISPATCH_LEVEL; a periodic timer is cancelled at PASSIVE_LEVEL [PeriodicTimer]}}
        NdisFRestartComplete(Module->FilterHandle, NDIS_STATUS_SUCCESS); // expected-warning {{'NdisFRestartComplete' is called at DISPATCH_LEVEL, but it requires PASSIVE_LEVEL [Irql_Filter_Driver_Function]}}
    }
}
