package org.haven;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps features from reaching into each other's internals: each top-level package under org.haven is a module,
 * only its public types are its API, and dependency cycles between modules fail the build.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(HavenApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(modules).writeModulesAsPlantUml();
    }
}
