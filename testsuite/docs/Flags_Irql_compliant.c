#include <ndis.h> // expected-no-diagnostics

/* TODO(new-rule): the same fragment, fixed */
VOID
ExampleFunction(VOID)
{
}
