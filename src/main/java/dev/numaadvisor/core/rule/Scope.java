package dev.numaadvisor.core.rule;

/** What a rule looks at: the config alone, the config with the machine, pods, or state files. */
public enum Scope {
    CONFIG, MACHINE, POD, STATE
}
