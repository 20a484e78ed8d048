package dev.numaadvisor.cli;

import dev.numaadvisor.llm.McpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code numa-advisor mcp}: the engine's tools for other assistants, over stdio (MCP). Ends at stdin EOF. */
@Command(name = "mcp", mixinStandardHelpOptions = true,
        description = "Serve the simulator, lint, merge, what-if and knowledge tools over the Model Context "
                + "Protocol on stdin/stdout. Nothing else is written to stdout.")
public final class McpCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        // The protocol is UTF-8 whatever the locale: the platform charset (ASCII under LANG=C, the
        // Python SDK's default child environment) would turn every "—" into "?". Bytes go straight
        // to the process's stdout.
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        return new McpServer().serve(in, out);
    }
}
