// RUN-MODE: --dump-irql
// Calling contexts: a call that passes a constant in a parameter the callee tests analyses the
// callee in a context of its own, one per value; past eight of them per function, calls go to the
// function's base context. The work item's calls of 1..10 make eight contexts and share the base
// context for the rest (Mode unknown there: the wait is reached, at PASSIVE_LEVEL). The timer
// passes 1 through Pass, so the wait is not reached at DISPATCH_LEVEL.
#include <ndis.h>

static VOID Helper(ULONG Mode)
{
    if (Mode == 0)
        NdisMSleep(10);
}

static VOID Pass(ULONG Mode) { Helper(Mode); }

NDIS_IO_WORKITEM_FUNCTION Worker;
VOID Worker(PVOID Context, NDIS_HANDLE Handle)
{
    UNREFERENCED_PARAMETER(Context);
    UNREFERENCED_PARAMETER(Handle);
    Helper(1); Helper(2); Helper(3); Helper(4); Helper(5);
    Helper(6); Helper(7); Helper(8); Helper(9); Helper(10);
}

NDIS_TIMER_FUNCTION Timer;
VOID Timer(PVOID S1, PVOID Context, PVOID S2, PVOID S3)
{
    UNREFERENCED_PARAMETER(S1);
    UNREFERENCED_PARAMETER(Context);
    UNREFERENCED_PARAMETER(S2);
    UNREFERENCED_PARAMETER(S3);
    Pass(1);
}
// CHECK: function Helper entry PASSIVE_LEVEL..DISPATCH_LEVEL
// CHECK:   9 calling contexts
// CHECK: 12:9 NdisMSleep at PASSIVE_LEVEL..PASSIVE_LEVEL
// CHECK: function Pass entry DISPATCH_LEVEL..DISPATCH_LEVEL
// CHECK: 15:32 Helper at DISPATCH_LEVEL..DISPATCH_LEVEL
