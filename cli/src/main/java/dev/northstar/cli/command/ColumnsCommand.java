package dev.northstar.cli.command;

import dev.northstar.cli.io.InputException;
import dev.northstar.jackson.csv.MappingFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code northstar columns suggest FILE}: a draft column-mapping file for another tool's export.
 */
@Command(
    name = "columns",
    mixinStandardHelpOptions = true,
    description = {
      "Column mappings: how another tool's export becomes Northstar's columns.",
      "suggest FILE writes a draft mapping file (JSON) from the header and first rows;"
          + " check it, then give it to --columns."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./northstar columns suggest export.csv > export.mapping.json",
      "  ./northstar kpi export.csv --columns export.mapping.json \\",
      "      --by platform --kpi err"
    })
public final class ColumnsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "ACTION", description = "suggest")
  private String action = "";

  @Parameters(
      index = "1",
      paramLabel = "FILE",
      description = "the CSV export, or - for standard input")
  private Path file = Path.of("-");

  @Override
  public Integer call() throws IOException {
    if (!action.equals("suggest")) {
      throw new InputException("columns: unknown action '" + action + "'; allowed: suggest");
    }
    PrintWriter out = spec.commandLine().getOut();
    String draft;
    try (BufferedReader in =
        file.toString().equals("-")
            ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
            : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      draft = MappingFile.draft(in);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file", e);
    } catch (IOException e) {
      throw new InputException(file + ": " + e.getMessage(), e);
    }
    out.print(draft);
    out.flush();
    return 0;
  }
}
