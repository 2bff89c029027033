#include <ndis.h> // expected-no-diagnostics

/* TODO(new-rule): a case NdisReEnumerateProtocolBindings must not report */
VOID
ExampleFunction(VOID)
{
}
