#include <ndis.h>

/* TODO(new-rule): a case Flags_Irql reports */
VOID
ExampleFunction(VOID)
{ // expected-warning@+1 {{TODO(new-rule): the message [Flags_Irql]}}
}
