package dev.northstar.cli.command;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northstar.core.goal.GoalId;
import dev.northstar.jackson.NorthstarJson;
import dev.northstar.smart.statement.GoalDraft;
import dev.northstar.smart.statement.GoalStatementParser;
import dev.northstar.smart.statement.ParsedStatement;
import dev.northstar.smart.statement.UnresolvedPart;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code northstar parse}: an English goal statement as goal drafts in JSON. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parses an English goal statement into goal drafts.",
      "Prints them as JSON in the goal-file format, with the parts it could not resolve.",
      "Relative periods (\"within six months\") start at --as-of."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  ./northstar parse \"Double LinkedIn followers within six months\" \\",
      "      --as-of 2026-01-01"
    })
public final class ParseCommand implements Callable<Integer> {
  private static final int MAX_ID = 60;

  @Spec private CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "STATEMENT", description = "the goal statement, quoted")
  private String statement = "";

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      required = true,
      description = "the date relative periods start at, ISO")
  private LocalDate asOf = LocalDate.MIN;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "the drafts' goal id (default: made from the statement)")
  private @Nullable String id;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ParsedStatement parsed = GoalStatementParser.standard().parse(statement, asOf);
    JsonMapper mapper = NorthstarJson.mapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("statement", parsed.statement());
    root.put("asOf", parsed.referenceDate().toString());
    root.put("complete", parsed.isComplete());
    String base = id != null ? id : slug(parsed.statement());
    ArrayNode goals = root.putArray("goals");
    int n = 0;
    for (GoalDraft draft : parsed.drafts()) {
      n++;
      String goalId = parsed.drafts().size() == 1 ? base : base + "-" + n;
      goals.add(mapper.valueToTree(draft.toGoal(GoalId.of(goalId))));
    }
    ArrayNode unresolved = root.putArray("unresolved");
    for (UnresolvedPart part : parsed.unresolved()) {
      unresolved.addObject().put("text", part.text()).put("reason", part.reason());
    }
    out.println(mapper.writeValueAsString(root));
    out.flush();
    return 0;
  }

  /** An id from the statement's words: lower case, hyphens, at most 60 characters. */
  static String slug(String statement) {
    String slug =
        statement.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_ID) {
      slug = slug.substring(0, MAX_ID).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "goal" : slug;
  }
}
