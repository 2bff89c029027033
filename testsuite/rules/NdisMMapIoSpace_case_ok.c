#include <ndis.h> // expected-no-diagnostics

/* TODO(new-rule): a case NdisMMapIoSpace must not report */
VOID
ExampleFunction(VOID)
{
}
