/*
 * nm_scenario.h - what a driver harness (a file in runtime-model/drivers/) gives the runner.
 *
 * A harness links one driver build (the sample's sources with its -D switches) with
 * libndismodel and lists the scenarios that exercise it. The runner (nm_run_main.c) calls
 * a scenario between nm_begin and nm_end, once (seeded or forced choices) or once per
 * explored order.
 */
#ifndef NM_SCENARIO_H
#define NM_SCENARIO_H

#include "nm_model.h"

struct nm_scenario {
    const char *name;
    const char *summary; /* one sentence: what the scenario demonstrates */
    void (*run)(void);
};

extern const struct nm_scenario nm_scenarios[]; /* ends with a zeroed entry */
extern const char nm_build_name[];              /* NM_BUILD_NAME, e.g. "mcm_miniport.isr_dispatch" */

#endif /* NM_SCENARIO_H */
