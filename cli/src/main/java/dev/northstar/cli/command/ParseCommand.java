package dev.northstar.cli.command;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northstar.cli.evaluate.Evaluations;
import dev.northstar.cli.io.AtomicFiles;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.smart.SmartReport;
import dev.northstar.smart.statement.GoalDraft;
import dev.northstar.smart.statement.GoalPart;
import dev.northstar.smart.statement.GoalStatementParser;
import dev.northstar.smart.statement.ParsedStatement;
import dev.northstar.smart.statement.UnresolvedPart;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code northstar parse}: a goal statement (English or a seed's language) as goal drafts in JSON.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parses a goal statement into goal drafts: English (en), German (de), Polish (pl),"
          + " Latvian (lv), Indonesian (id) or Vietnamese (vi); --lang names the language,"
          + " otherwise it is guessed and said.",
      "Prints them as JSON in the goal-file format ({\"goals\": [...], \"parsed\": {...}}),"
          + " which check, progress and report read, with the parts it could not resolve.",
      "Relative periods (\"within six months\") start at --as-of."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  ./northstar parse \"Double LinkedIn followers within six months\" \\",
      "      --as-of 2026-01-01 --format json -o g.json --check"
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

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "json (the only format: a goal file that check, progress and report read)")
  private String format = "json";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "write the goal file to FILE, completely or not at all (default: standard out)")
  private @Nullable Path output;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description =
          "the statement's language: en, de, pl... (default: guessed from the words the"
              + " vocabularies know, and said on standard error)")
  private @Nullable String lang;

  @Option(names = "--check", description = "also print the SMART report of the drafts")
  private boolean check;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!format.equals("json")) {
      throw new ParameterException(
          spec.commandLine(), "--format: \"" + format + "\" is not a format of parse; use json");
    }
    Locale language;
    if (lang == null) {
      language = GoalStatementParser.guessLanguage(statement);
      if (!language.getLanguage().equals("en")) {
        // English is the default and stays quiet; another language may surprise, so it is said
        spec.commandLine()
            .getErr()
            .println(
                "parse: language "
                    + language.getLanguage()
                    + " ("
                    + language.getDisplayLanguage(Locale.ENGLISH)
                    + "), guessed from the statement's words; set it with --lang");
      }
    } else if (GoalStatementParser.languages().contains(lang)) {
      language = Locale.forLanguageTag(lang);
    } else {
      throw new ParameterException(
          spec.commandLine(),
          "--lang: \""
              + lang
              + "\" is not a language of parse; use one of "
              + String.join(", ", GoalStatementParser.languages()));
    }
    ParsedStatement parsed = GoalStatementParser.forLocale(language).parse(statement, asOf);
    JsonMapper mapper = JsonOutput.mapper();
    ObjectNode root = mapper.createObjectNode();
    String base = id != null ? id : slug(parsed.statement());
    ArrayNode goals = root.putArray("goals");
    List<Goal> drafts = new ArrayList<>();
    int n = 0;
    for (GoalDraft draft : parsed.drafts()) {
      n++;
      String goalId = parsed.drafts().size() == 1 ? base : base + "-" + n;
      Goal goal = draft.toGoal(GoalId.of(goalId));
      drafts.add(goal);
      ObjectNode g = mapper.valueToTree(goal);
      goals.add(g);
    }
    ObjectNode info = root.putObject("parsed");
    info.put("statement", parsed.statement());
    info.put("asOf", parsed.referenceDate().toString());
    info.put("language", language.getLanguage());
    info.put("complete", parsed.isComplete());
    ArrayNode confidences = info.putArray("confidence");
    for (GoalDraft draft : parsed.drafts()) {
      ObjectNode c = confidences.addObject();
      for (GoalPart part : GoalPart.values()) {
        if (part != GoalPart.OTHER) {
          c.put(part.name().toLowerCase(Locale.ROOT), draft.confidence(part));
        }
      }
    }
    ArrayNode unresolved = info.putArray("unresolved");
    for (UnresolvedPart part : parsed.unresolved()) {
      unresolved
          .addObject()
          .put("part", part.part().name().toLowerCase(Locale.ROOT))
          .put("text", part.text())
          .put("code", part.code())
          .put("reason", part.reason());
    }
    String json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    if (output != null) {
      AtomicFiles.write(output, w -> w.write(json + System.lineSeparator()));
    } else {
      out.println(json);
    }
    if (check) {
      for (SmartReport report :
          Evaluations.of(GoalHierarchy.of(drafts, List.of()), null, asOf).smartReports()) {
        out.println(report);
        out.println();
      }
    }
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
