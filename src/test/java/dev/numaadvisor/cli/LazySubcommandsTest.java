package dev.numaadvisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Main builds picocli's model of only the subcommand a command line names (issue 15, start-up):
 * the name table must agree with the annotations, and a subcommand built alone must be the same
 * model as in the full tree (its usage help, options and qualified name).
 */
class LazySubcommandsTest {
    @Test
    void everyTableNameIsTheCommandsOwnName() {
        for (Map.Entry<String, java.util.function.Supplier<Object>> e : RootCommand.SUBCOMMANDS.entrySet()) {
            Object command = e.getValue().get();
            CommandLine.Command annotation = command.getClass().getAnnotation(CommandLine.Command.class);
            assertEquals(e.getKey(), annotation.name(), command.getClass().getName());
        }
    }

    @Test
    void theFullTreeListsEverySubcommandInTableOrder() {
        CommandLine full = Main.commandLine(new String[] {"--help"});
        assertEquals(new ArrayList<>(RootCommand.SUBCOMMANDS.keySet()),
                new ArrayList<>(full.getSubcommands().keySet()));
    }

    @Test
    void aSubcommandBuiltAloneIsTheSameModelAsInTheFullTree() {
        CommandLine full = Main.commandLine(new String[] {"--help"});
        for (String name : RootCommand.SUBCOMMANDS.keySet()) {
            CommandLine alone = Main.commandLine(new String[] {name, "x"});
            assertEquals(List.of(name), new ArrayList<>(alone.getSubcommands().keySet()));
            CommandLine a = alone.getSubcommands().get(name);
            CommandLine f = full.getSubcommands().get(name);
            assertEquals(f.getUsageMessage(CommandLine.Help.Ansi.OFF), a.getUsageMessage(CommandLine.Help.Ansi.OFF),
                    name);
            assertEquals(f.getCommandSpec().qualifiedName(), a.getCommandSpec().qualifiedName(), name);
            assertEquals(f.getCommandSpec().options().size(), a.getCommandSpec().options().size(), name);
        }
    }

    @Test
    void versionPrintsWhatPicocliPrints() {
        for (String flag : List.of("--version", "-V")) {
            StringWriter direct = new StringWriter();
            int code = Main.run(new String[] {flag}, new PrintWriter(direct), new PrintWriter(new StringWriter()));
            StringWriter picocli = new StringWriter();
            CommandLine cl = new CommandLine(new RootCommand());
            cl.setOut(new PrintWriter(picocli));
            assertEquals(cl.execute(flag), code);
            assertEquals(picocli.toString(), direct.toString());
        }
    }

    @Test
    void onlyAHelpOrAnUnknownFirstArgumentBuildsEverySubcommand() {
        assertTrue(Main.commandLine(new String[] {"--version"}).getSubcommands().isEmpty());
        assertEquals(RootCommand.SUBCOMMANDS.size(),
                Main.commandLine(new String[] {"--version", "--help"}).getSubcommands().size());
        assertEquals(RootCommand.SUBCOMMANDS.size(),
                Main.commandLine(new String[] {"--offline", "simulate"}).getSubcommands().size());
        assertEquals(RootCommand.SUBCOMMANDS.size(),
                Main.commandLine(new String[] {"SIMULATE"}).getSubcommands().size());
    }
}
