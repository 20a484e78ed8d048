package dev.numaadvisor.adapter.machine;

import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void dump() throws Exception {
        Path root = Paths.get("src/test/resources/fixtures");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) { files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList()); }
        StringBuilder sb = new StringBuilder();
        for (Path p : files) {
            SourceText src = new SourceText(root.relativize(p).toString(), Files.readString(p));
            try {
                Detection d = FormatDetector.detect(src);
                if (d == null) { sb.append(src.fileName()).append(": NOT DETECTED\n"); continue; }
                NodeFacts f = MachineParsers.read(src, d);
                sb.append(src.fileName()).append(": ").append(d.format()).append(" (").append(d.why()).append(")\n");
                sb.append("   cpus=").append(f.cpus().size()).append(" numa=").append(f.numaNodes().keySet())
                  .append(" dist=").append(f.distances().size()).append(" dev=").append(f.devices().size())
                  .append(" cap=").append(f.capacity()).append(" events=").append(f.events()).append(" pods=").append(f.pods().size())
                  .append(" cfg=").append(f.kubeletConfig()!=null).append(" ckpt=").append(f.cpuManagerCheckpoint()!=null).append("/").append(f.memoryManagerCheckpoint()!=null).append("\n");
                if (!f.cpus().isEmpty()) sb.append("   cpu0=").append(f.cpus().get(f.cpus().keySet().iterator().next())).append("\n");
                f.numaNodes().values().stream().limit(3).forEach(n -> sb.append("   ").append(n).append("\n"));
                f.devices().stream().limit(3).forEach(n -> sb.append("   ").append(n).append("\n"));
                f.assumptions().forEach(a -> sb.append("   assume: ").append(a).append("\n"));
            } catch (Exception e) {
                sb.append(src.fileName()).append(": ERROR ").append(e).append("\n");
            }
        }
        Files.writeString(Paths.get("target/scratch.txt"), sb.toString());
    }
}
