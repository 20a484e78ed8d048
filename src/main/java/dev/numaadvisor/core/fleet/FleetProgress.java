package dev.numaadvisor.core.fleet;

/** Told how far a run has got, so a front end can draw a progress bar; core never prints. */
@FunctionalInterface
public interface FleetProgress {
    FleetProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} pods handled in this config's run. */
    void advance(long done, long total);
}
