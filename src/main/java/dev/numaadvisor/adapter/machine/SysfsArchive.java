package dev.numaadvisor.adapter.machine;

import dev.numaadvisor.core.problem.InputException;
import dev.numaadvisor.core.problem.Problem;
import dev.numaadvisor.core.problem.SourcePosition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Loads {@link SysfsFiles} from a copy of {@code /sys/devices/system} (and optionally
 * {@code /sys/bus/pci/devices}): a directory tree, or a tar / tar.gz of one. Symbolic links
 * are not followed (sysfs is full of cycles).
 */
public final class SysfsArchive {
    private static final int BLOCK = 512;

    private SysfsArchive() {
    }

    /** True when a directory looks like a sysfs copy rather than a support bundle. */
    public static boolean isSysfsTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir, 6)) {
            return s.filter(Files::isRegularFile)
                    .anyMatch(p -> SysfsFiles.key(dir.relativize(p).toString()) != null);
        }
    }

    public static SysfsFiles fromDirectory(Path dir) throws IOException {
        SysfsFiles out = new SysfsFiles();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        for (Path p : files) {
            String rel = dir.relativize(p).toString().replace('\\', '/');
            if (SysfsFiles.key(rel) != null) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                out.add(rel, text, new SourceText(dir.resolve(rel).toString(), text));
            }
        }
        return out;
    }

    public static boolean isTarName(String name) {
        String n = name.toLowerCase();
        return n.endsWith(".tar") || n.endsWith(".tar.gz") || n.endsWith(".tgz");
    }

    /** Reads a ustar/GNU tar, gzip-compressed or not (told apart by the gzip magic bytes). */
    public static SysfsFiles fromTar(String name, byte[] bytes) throws IOException {
        byte[] tar = bytes;
        if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                tar = readAll(in);
            }
        }
        SysfsFiles out = new SysfsFiles();
        String longName = null;
        int pos = 0;
        while (pos + BLOCK <= tar.length && tar[pos] != 0) {
            String entry = longName != null ? longName : header(tar, pos);
            long size = octal(name, tar, pos + 124, 12);
            char type = (char) tar[pos + 156];
            int dataStart = pos + BLOCK;
            if (dataStart + size > tar.length) {
                throw broken(name, "entry \"" + entry + "\" is cut short");
            }
            String data = new String(tar, dataStart, (int) size, StandardCharsets.UTF_8);
            longName = null;
            if (type == 'L') {
                longName = data.replace("\0", "");
            } else if (type == '0' || type == '\0') {
                // GNU tar pads sysfs files (which claim 4096 bytes) with NULs.
                String clean = data.replace("\0", "");
                out.add(entry, clean, new SourceText(name + "!" + entry, clean));
            }
            pos = dataStart + (int) ((size + BLOCK - 1) / BLOCK * BLOCK);
        }
        return out;
    }

    private static String header(byte[] tar, int pos) {
        String file = cString(tar, pos, 100);
        boolean ustar = cString(tar, pos + 257, 6).startsWith("ustar");
        String prefix = ustar ? cString(tar, pos + 345, 155) : "";
        return prefix.isEmpty() ? file : prefix + "/" + file;
    }

    private static String cString(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }

    private static long octal(String name, byte[] b, int off, int len) {
        String s = cString(b, off, len).trim();
        if (!s.matches("[0-7]+")) {
            throw broken(name, "not a tar archive (bad size field \"" + s + "\")");
        }
        return Long.parseLong(s, 8);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    private static InputException broken(String name, String detail) {
        return new InputException(new Problem(Problem.Kind.SYNTAX, "", new SourcePosition(name, 0, 0),
                null, detail, "create it with: tar czf sysfs.tar.gz /sys/devices/system/node /sys/devices/system/cpu"));
    }
}
