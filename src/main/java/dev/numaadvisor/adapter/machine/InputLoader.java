package dev.numaadvisor.adapter.machine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads what {@code import} is given: files ({@code -} = standard input), a directory that is a
 * copy of sysfs, a tar/tar.gz of sysfs, or a directory holding a support bundle (every file in it,
 * recursively, in name order). Binary files in a bundle are skipped with the reason.
 */
public final class InputLoader {
    /** One input: a text file, or a sysfs tree already read; exactly one is non-null. */
    public record Item(SourceText text, String sysfsName, SysfsFiles sysfs, boolean fromBundle) {
    }

    /** A file left out of a bundle, and why. */
    public record Skipped(String file, String why) {
    }

    private static final java.util.regex.Pattern SYSFS_PATH = java.util.regex.Pattern.compile(
            "(^|/)(devices/system/|bus/pci/devices/|node/node\\d+/|cpu/cpu\\d+/|(node|cpu)/[a-z_]+$)");

    private final List<Item> items = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();

    public List<Item> items() {
        return items;
    }

    public List<Skipped> skipped() {
        return skipped;
    }

    public void skip(String file, String why) {
        skipped.add(new Skipped(file, why));
    }

    public void load(String arg, InputStream stdin) throws IOException {
        if (arg.equals("-")) {
            items.add(new Item(new SourceText("-", new String(stdin.readAllBytes(), StandardCharsets.UTF_8)),
                    null, null, false));
            return;
        }
        Path p = Path.of(arg);
        if (Files.isDirectory(p)) {
            bundle(p);
            return;
        }
        file(p, arg, false);
    }

    private void file(Path p, String name, boolean inBundle) throws IOException {
        byte[] bytes = Files.readAllBytes(p);
        if (SysfsArchive.isTarName(name)) {
            items.add(new Item(null, name, SysfsArchive.fromTar(name, bytes), inBundle));
            return;
        }
        for (byte b : bytes) {
            if (b == 0) {
                if (!inBundle) {
                    throw InputErrors.badLine(new SourceText(name, ""), 1, null, "a binary file",
                            "import reads text outputs (lscpu, numactl -H, …), sysfs dumps and tarballs");
                }
                skip(name, "a binary file");
                return;
            }
        }
        items.add(new Item(new SourceText(name, new String(bytes, StandardCharsets.UTF_8)), null, null, inBundle));
    }

    /**
     * A directory: a copy of sysfs, a support bundle, or both. Files under a sysfs-looking path
     * ({@code devices/system/…}, {@code node/nodeN/…}, {@code cpu/cpuN/…}) form one sysfs input
     * (those the parser has no use for are counted, not listed); every other file is read on its own.
     */
    private void bundle(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        SysfsFiles sysfs = new SysfsFiles();
        int unused = 0;
        for (Path f : files) {
            String rel = dir.relativize(f).toString().replace('\\', '/');
            String name = dir.resolve(rel).toString();
            if (SYSFS_PATH.matcher(rel).find()) {
                if (SysfsFiles.key(rel) == null) {
                    unused++;
                } else {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    sysfs.add(rel, text, new SourceText(name, text));
                }
            } else {
                file(f, name, true);
            }
        }
        if (!sysfs.isEmpty()) {
            items.add(new Item(null, dir.toString(), sysfs, true));
        }
        if (unused > 0) {
            skip(dir + " (" + unused + " sysfs files)", "sysfs files the import has no use for");
        }
    }
}
