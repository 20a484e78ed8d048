package dev.numaadvisor.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.exception.ToolExecutionException;
import dev.langchain4j.mcp.client.DefaultMcpClient;
import dev.langchain4j.mcp.client.McpClient;
import dev.langchain4j.mcp.client.transport.stdio.StdioMcpTransport;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.langchain4j.service.tool.ToolExecutionResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code numa-advisor mcp} driven by a real MCP client: LangChain4j's DefaultMcpClient over a
 * StdioMcpTransport that spawns the server as a child JVM on the test classpath.
 */
class McpRealClientTest {

    private static Set<ProcessHandle> children() {
        return ProcessHandle.current().children().collect(Collectors.toSet());
    }

    @Test
    void aRealClientListsCallsAndClosesTheServer() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Set<ProcessHandle> before = children();
        McpClient client = DefaultMcpClient.builder()
                .transport(new StdioMcpTransport.Builder()
                        .command(List.of(java, "-cp", System.getProperty("java.class.path"),
                                "dev.numaadvisor.cli.Main", "mcp"))
                        .logEvents(false).build())
                .initializationTimeout(Duration.ofSeconds(30)).toolExecutionTimeout(Duration.ofSeconds(30))
                .build();
        Set<ProcessHandle> spawned = children();
        spawned.removeAll(before);
        try {
            Map<String, ToolSpecification> tools = new TreeMap<>();
            client.listTools().forEach(t -> tools.put(t.name(), t));
            assertTrue(tools.keySet().containsAll(List.of("simulate", "lint", "mergeHints", "whatIf", "explain",
                    "searchKnowledge", "diagnosePod", "showSession", "draftKubeletConfig")), tools.keySet().toString());
            JsonObjectSchema simulate = tools.get("simulate").parameters();
            // The node, pod and config schemas are generated from the records (ToolNode, ToolPod, ToolConfig).
            assertTrue(simulate.properties().get("scenarioYaml") instanceof JsonStringSchema, simulate.toString());
            JsonObjectSchema node = (JsonObjectSchema) simulate.properties().get("node");
            assertTrue(node.properties().get("sockets") instanceof JsonIntegerSchema, node.toString());
            JsonObjectSchema search = tools.get("searchKnowledge").parameters();
            assertEquals(List.of("query"), search.required());
            assertTrue(tools.get("simulate").description().contains("Simulate kubelet admission"));

            ToolExecutionResult sim = client.executeTool(ToolExecutionRequest.builder().id("1").name("simulate")
                    .arguments(Stubs.gpuSimulateArgs().toString()).build());
            assertFalse(sim.isError(), sim.resultText());
            JsonNode result = Stubs.JSON.readTree(sim.resultText());
            assertTrue(result.at("/pods/0/admitted").asBoolean(), result.toString());
            assertTrue(result.toString().contains(Stubs.GPU_CPUS), result.toString());

            // An isError tool result reaches LangChain4j as ToolExecutionException, which AiServices hands
            // back to the model as the tool's error text.
            ToolExecutionException unknown = assertThrows(ToolExecutionException.class, () -> client.executeTool(
                    ToolExecutionRequest.builder().id("2").name("nope").arguments("{}").build()));
            assertTrue(unknown.getMessage().contains("unknown tool: nope; the tools are"), unknown.getMessage());

            ToolExecutionException ghost = assertThrows(ToolExecutionException.class, () -> client.executeTool(
                    ToolExecutionRequest.builder().id("3").name("diagnosePod").arguments("{\"podName\":\"ghost\"}")
                            .build()));
            assertTrue(ghost.getMessage().contains("no pod"), ghost.getMessage());
        } finally {
            client.close();
        }
        assertFalse(spawned.isEmpty(), "the transport spawned no process");
        for (ProcessHandle p : spawned) {
            boolean ended = p.onExit().completeOnTimeout(null, 20, TimeUnit.SECONDS).get() != null;
            if (!ended) {
                p.destroyForcibly();
            }
            assertTrue(ended, "the server process did not end when the client closed");
        }
    }
}
