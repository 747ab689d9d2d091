package co.aliada;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each feature package is a module: no cycles between them, and each uses only the modules its
 * {@code package-info.java} allows.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(AliadaApplication.class);

    @Test
    void featuresDependOnlyOnWhatTheyDeclare() {
        MODULES.verify();
    }
}
