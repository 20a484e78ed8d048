package dev.numaadvisor.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.numaadvisor.app.check.DangerousCommands;
import org.junit.jupiter.api.Test;

/** The rollout plans and the answer checker share one catalogue of node-changing commands. */
class DraftRolloutCatalogueTest {
    @Test
    void everyChangingCommandOfTheRolloutIsInTheCatalogue() {
        for (String command : DraftRollout.changingCommands()) {
            assertTrue(DangerousCommands.changesTheNode(command), command);
        }
        assertTrue(DangerousCommands.findInProse("verify: kubectl describe node NODE").isEmpty());
    }
}
