/*
 * nm_scenario.h - what a harness module gives the runner ndis-model-run.
 *
 * A harness (a file in runtime-model/drivers/, built as a shared object) plays NDIS's other
 * side for one sample directory: it loads the driver under test and its peers with
 * nm_load_driver, adds adapters, plays the hardware and lists the scenarios that exercise
 * the driver. ndis-model-run loads the driver variant's shared object (one per row of
 * samples/samples.tsv, as NDIS loads a .sys), then the harness, and calls one scenario
 * between nm_begin and nm_end in a child process per run (driver globals start fresh).
 *
 * A harness defines exactly one object named nm_harness (NM_HARNESS_SYMBOL).
 * Ownership: everything the descriptor points to is static data of the harness module.
 */
#ifndef NM_SCENARIO_H
#define NM_SCENARIO_H

#include "nm_model.h"

struct nm_scenario {
    const char *name;
    const char *summary; /* one sentence: what the scenario demonstrates */
    void (*run)(void);
};

struct nm_harness {
    const char *sample;                  /* the sample directory it drives, e.g. "mcm_miniport" */
    const struct nm_scenario *scenarios; /* ends with a zeroed entry */
};

#define NM_HARNESS_SYMBOL "nm_harness"

#endif /* NM_SCENARIO_H */
