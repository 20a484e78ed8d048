package dev.numaadvisor.adapter.machine;

/** The format a file was read as, and in words why ("content: a \"# CPU,Core,…\" header"). */
public record Detection(InputFormat format, String why) {
}
