#include <ndis.h> // expected-no-diagnostics

/* TODO(new-rule): a case NdisMFreeSharedMemory must not report */
VOID
ExampleFunction(VOID)
{
}
