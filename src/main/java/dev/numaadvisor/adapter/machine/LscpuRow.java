package dev.numaadvisor.adapter.machine;

import java.util.Map;

/**
 * One CPU row of {@code lscpu -p}, {@code lscpu -e} or {@code lscpu -e --json}: values keyed by
 * upper-cased column name ({@code CPU}, {@code CORE}, {@code L1D:L1I:L2:L3} …) and the line.
 */
record LscpuRow(Map<String, String> values, int line) {
}
