package dev.numaadvisor.adapter.machine;

/** A file that went into an import, and how it was read. */
public record ImportedFile(String fileName, Detection detection) {
}
