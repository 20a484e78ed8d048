package dev.numaadvisor.core.fleet;

/**
 * SplitMix64: a tiny deterministic generator driven only by the fleet file's seed, so the same
 * seed always yields the same arrivals, lifetimes and fragmentation (and the same report bytes).
 * Written here rather than taken from java.util so core never touches a clock-seeded source.
 */
public final class SeededRandom {
    private long state;

    public SeededRandom(long seed) {
        this.state = seed;
    }

    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (int) ((nextLong() >>> 33) % bound);
    }

    /**
     * A Poisson-distributed count with the given mean: Knuth's product method for small means,
     * a rounded normal approximation above 30 (where Knuth's loop gets long and exp underflows).
     */
    public int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            double u1 = Math.max(nextDouble(), 1e-12);
            double gaussian = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * nextDouble());
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian));
        }
        double limit = Math.exp(-mean);
        double product = nextDouble();
        int k = 0;
        while (product > limit) {
            product *= nextDouble();
            k++;
        }
        return k;
    }

    /** An exponential lifetime with the given mean, at least 1 step. */
    public int lifetime(double meanSteps) {
        double u = Math.max(nextDouble(), 1e-12);
        return (int) Math.max(1, Math.ceil(-Math.log(u) * meanSteps));
    }
}
