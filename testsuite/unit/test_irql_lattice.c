/* test_irql_lattice.c — unit tests of the IRQL interval lattice (irql.h) and IRQL names (rules.h). */
#include "irql.h"

#include <stdio.h>
#include <string.h>

static int failures;
#define CHECK(c)                                                                                                       \
    do {                                                                                                               \
        if (!(c)) {                                                                                                    \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c);                                      \
            failures++;                                                                                                \
        }                                                                                                              \
    } while (0)

static struct irql_iv iv(int lo, int hi)
{
    struct irql_iv r = {lo, hi, NULL, NULL, 0};
    return r;
}

int main(void)
{
    struct irql_why wa = {0}, wb = {0};
    struct irql_iv bot = irql_bottom();
    CHECK(irql_is_bottom(bot));
    CHECK(!irql_is_bottom(iv(0, 0)));

    /* bottom is the identity of join */
    struct irql_iv j = irql_join(bot, iv(2, 2));
    CHECK(j.lo == 2 && j.hi == 2);
    j = irql_join(iv(0, 1), bot);
    CHECK(j.lo == 0 && j.hi == 1);
    CHECK(irql_is_bottom(irql_join(bot, bot)));

    /* join is the hull, and each bound keeps its reason */
    struct irql_iv a = iv(0, 0), b = iv(2, 2);
    a.why_lo = a.why_hi = &wa;
    b.why_lo = b.why_hi = &wb;
    j = irql_join(a, b);
    CHECK(j.lo == 0 && j.hi == 2);
    CHECK(j.why_lo == &wa && j.why_hi == &wb);
    j = irql_join(b, a);
    CHECK(j.lo == 0 && j.hi == 2 && j.why_lo == &wa && j.why_hi == &wb);
    /* idempotent and commutative on bounds */
    CHECK(irql_iv_eq(irql_join(a, a), a));
    CHECK(irql_iv_eq(irql_join(a, b), irql_join(b, a)));
    CHECK(!irql_iv_eq(a, b));
    CHECK(irql_iv_eq(bot, irql_bottom()));
    CHECK(!irql_iv_eq(bot, a));

    /* within / all outside */
    bool all;
    struct irql_range passive = {0, 0}, le_dispatch = {0, 2}, dispatch = {2, 2};
    CHECK(irql_within(iv(0, 0), passive, &all) && !all);
    CHECK(!irql_within(iv(2, 2), passive, &all) && all);
    CHECK(!irql_within(iv(0, 2), passive, &all) && !all);
    CHECK(irql_within(iv(0, 2), le_dispatch, &all));
    CHECK(!irql_within(iv(IRQL_DIRQL_LO, IRQL_DIRQL_HI), le_dispatch, &all) && all);
    CHECK(!irql_within(iv(0, 0), dispatch, &all) && all);
    CHECK(!irql_within(iv(0, 2), dispatch, &all) && !all);

    /* names and parsing */
    struct irql_range r;
    CHECK(rule_parse_irql("DIRQL", &r) && r.lo == IRQL_DIRQL_LO && r.hi == IRQL_DIRQL_HI);
    CHECK(rule_parse_irql("DISPATCH_LEVEL", &r) && r.lo == 2 && r.hi == 2);
    CHECK(!rule_parse_irql("DISPATCH", &r));
    CHECK(strcmp(rule_irql_name(5), "DIRQL") == 0);
    CHECK(strcmp(rule_irql_name(15), "HIGH_LEVEL") == 0);
    char buf[64];
    rule_irql_range_text(le_dispatch, buf, sizeof(buf));
    CHECK(strcmp(buf, "IRQL <= DISPATCH_LEVEL") == 0);
    rule_irql_range_text(passive, buf, sizeof(buf));
    CHECK(strcmp(buf, "PASSIVE_LEVEL") == 0);
    rule_irql_range_text((struct irql_range){IRQL_DIRQL_LO, IRQL_DIRQL_HI}, buf, sizeof(buf));
    CHECK(strcmp(buf, "DIRQL") == 0);

    if (failures)
        fprintf(stderr, "%d check(s) failed\n", failures);
    else
        printf("irql lattice: all checks passed\n");
    return failures ? 1 : 0;
}
