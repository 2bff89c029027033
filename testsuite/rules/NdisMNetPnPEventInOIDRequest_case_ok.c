#include <ndis.h> // expected-no-diagnostics

/* TODO(new-rule): a case NdisMNetPnPEventInOIDRequest must not report */
VOID
ExampleFunction(VOID)
{
}
