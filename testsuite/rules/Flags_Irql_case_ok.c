#include <ndis.h> // expected-no-diagnostics

/* TODO(new-rule): a case Flags_Irql must not report */
VOID
ExampleFunction(VOID)
{
}
