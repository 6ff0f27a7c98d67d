package dev.northstar.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northstar.cli.io.InputException;
import dev.northstar.cli.io.MetricSources;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.utm.AttributionReport;
import dev.northstar.formulas.utm.CampaignTotals;
import dev.northstar.formulas.utm.LandingPage;
import dev.northstar.formulas.utm.UtmAttribution;
import dev.northstar.formulas.utm.UtmProblem;
import dev.northstar.formulas.utm.UtmTags;
import dev.northstar.formulas.utm.VisitTotals;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code northstar utm}: campaign links with UTM tags, and attribution of visits to them. */
@Command(
    name = "utm",
    mixinStandardHelpOptions = true,
    description = {
      "Builds, reads and attributes UTM-tagged campaign links.",
      "Unknown or malformed tags are reported, never guessed."
    },
    subcommands = {UtmCommand.Build.class, UtmCommand.Parse.class, UtmCommand.Attribute.class})
public final class UtmCommand implements Runnable {
  @Spec private CommandSpec spec = CommandSpec.create();

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "missing sub-command: build, parse or attribute");
  }

  /** {@code northstar utm build}: a landing-page URL with UTM tags. */
  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description = {
        "Adds UTM tags to a landing-page URL, percent-encoded (RFC 3986).",
        "The URL's own query and fragment are kept."
      },
      footerHeading = "%nExample:%n",
      footer = {
        "  ./northstar utm build https://shop.example/shoes \\",
        "      --source facebook --medium social --campaign \"Back to school\""
      })
  static final class Build implements Callable<Integer> {
    @Spec private CommandSpec spec = CommandSpec.create();

    @Parameters(index = "0", paramLabel = "URL", description = "the landing page")
    private String url = "";

    @Option(names = "--source", required = true, description = "utm_source, such as facebook")
    private String source = "";

    @Option(names = "--medium", required = true, description = "utm_medium, such as social or cpc")
    private String medium = "";

    @Option(names = "--campaign", required = true, description = "utm_campaign")
    private String campaign = "";

    @Option(names = "--term", description = "utm_term, for paid keywords")
    private @Nullable String term;

    @Option(names = "--content", description = "utm_content, to tell links of one campaign apart")
    private @Nullable String content;

    @Override
    public Integer call() {
      UtmTags tags = UtmTags.of(source, medium, campaign);
      if (term != null) {
        tags = tags.withTerm(term);
      }
      if (content != null) {
        tags = tags.withContent(content);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(tags.appendTo(url));
      out.flush();
      return 0;
    }
  }

  /** {@code northstar utm parse}: the UTM tags of landing-page URLs, or what is wrong with them. */
  @Command(
      name = "parse",
      mixinStandardHelpOptions = true,
      description = {
        "Reads the UTM tags of landing-page URLs.",
        "Prints each URL's tags, or the problems found: missing, repeated, empty or unknown"
            + " utm_ parameters, bad percent-encoding, invalid URLs."
      },
      footerHeading = "%nExample:%n",
      footer = {
        "  ./northstar utm parse \\",
        "      \"https://shop.example/?utm_source=facebook&utm_campaign=spring\""
      })
  static final class Parse implements Callable<Integer> {
    @Spec private CommandSpec spec = CommandSpec.create();

    @Parameters(arity = "1..*", paramLabel = "URL", description = "landing-page URLs")
    private List<String> urls = new ArrayList<>();

    @Mixin private FormatOption output = new FormatOption();

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      List<LandingPage> pages = urls.stream().map(LandingPage::parse).toList();
      switch (output.format) {
        case JSON -> out.println(JsonOutput.mapper().writeValueAsString(json(pages)));
        // the pages have one CSV form only, so the long machine CSV is the same
        case CSV, CSV_LONG -> csv(pages).writeTo(out);
        case XLSX -> throw new InputException("--format xlsx: not for utm parse; use csv or json");
        case TABLE -> pages.forEach(page -> text(page, out));
      }
      out.flush();
      return 0;
    }

    private static void text(LandingPage page, PrintWriter out) {
      out.println(page.url());
      page.tags().ifPresent(t -> out.println("  tags: " + t));
      if (page.tags().isEmpty() && page.problems().isEmpty()) {
        out.println("  untagged");
      }
      for (UtmProblem p : page.problems()) {
        String where =
            p.parameter() == null
                ? ""
                : p.parameter() + (p.value() == null ? "" : " '" + p.value() + "'") + ": ";
        out.println("  problem: " + where + p.reason());
      }
    }

    private static ArrayNode json(List<LandingPage> pages) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      for (LandingPage page : pages) {
        ObjectNode o = array.addObject();
        o.put("url", page.url());
        o.put("tagged", page.isTagged());
        page.tags()
            .ifPresent(
                t -> {
                  ObjectNode tags = o.putObject("tags");
                  tags.put("source", t.source());
                  tags.put("medium", t.medium());
                  tags.put("campaign", t.campaign());
                  t.term().ifPresent(v -> tags.put("term", v));
                  t.content().ifPresent(v -> tags.put("content", v));
                });
        ArrayNode problems = o.putArray("problems");
        for (UtmProblem p : page.problems()) {
          problems
              .addObject()
              .put("parameter", p.parameter())
              .put("value", p.value())
              .put("reason", p.reason());
        }
      }
      return array;
    }

    private static CsvOutput csv(List<LandingPage> pages) {
      CsvOutput csv =
          new CsvOutput("url", "source", "medium", "campaign", "term", "content", "problems");
      for (LandingPage page : pages) {
        csv.row(
            page.url(),
            page.tags().map(UtmTags::source).orElse(""),
            page.tags().map(UtmTags::medium).orElse(""),
            page.tags().map(UtmTags::campaign).orElse(""),
            page.tags().flatMap(UtmTags::term).orElse(""),
            page.tags().flatMap(UtmTags::content).orElse(""),
            String.join("; ", page.problems().stream().map(UtmProblem::reason).toList()));
      }
      return csv;
    }
  }

  /** {@code northstar utm attribute}: visits, leads and conversions by campaign and platform. */
  @Command(
      name = "attribute",
      mixinStandardHelpOptions = true,
      description = {
        "Attributes sessions, leads and conversions to campaigns and platforms by UTM tags.",
        "Reads a CSV with a landing-page URL column; untagged and malformed visits are counted"
            + " apart and reported."
      },
      footerHeading = "%nExample:%n",
      footer = "  ./northstar utm attribute visits.csv --url-column landing_page")
  static final class Attribute implements Callable<Integer> {
    @Spec private CommandSpec spec = CommandSpec.create();

    @Parameters(
        index = "0",
        paramLabel = "VISITS.csv",
        description = "the visits, a row per landing page")
    private Path file = Path.of("");

    @Option(
        names = "--url-column",
        paramLabel = "COLUMN",
        description = "the landing-page URL dimension (default: ${DEFAULT-VALUE})")
    private String urlColumn = "landing_page";

    @Option(names = "--sessions", paramLabel = "MEASURE", description = "default: ${DEFAULT-VALUE}")
    private String sessions = "sessions";

    @Option(names = "--leads", paramLabel = "MEASURE", description = "default: ${DEFAULT-VALUE}")
    private String leads = "leads";

    @Option(
        names = "--conversions",
        paramLabel = "MEASURE",
        description = "default: ${DEFAULT-VALUE}")
    private String conversions = "conversions";

    @Mixin private FormatOption output = new FormatOption();

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      MetricTable table =
          MetricSources.read(file, MetricSources.Columns.NORTHSTAR, spec.commandLine().getErr());
      AttributionReport report;
      try {
        report =
            UtmAttribution.standard()
                .attribute(
                    table,
                    Dimension.parse(urlColumn),
                    MetricId.parse(sessions),
                    MetricId.parse(leads),
                    MetricId.parse(conversions));
      } catch (ArithmeticException e) {
        // the library names the sum, its values and the visit; the file is the command's to name
        throw new InputException(
            file + ": " + e.getMessage() + " (visits are counted in the file's row order)", e);
      }
      switch (output.format) {
        case JSON -> out.println(JsonOutput.mapper().writeValueAsString(json(report)));
        // the report has one CSV form only, so the long machine CSV is the same
        case CSV, CSV_LONG -> csv(report).writeTo(out);
        case XLSX ->
            throw new InputException("--format xlsx: not for utm attribute; use csv or json");
        case TABLE -> out.println(report);
      }
      out.flush();
      return 0;
    }

    private static ObjectNode json(AttributionReport report) {
      ObjectNode root = JsonNodeFactory.instance.objectNode();
      ArrayNode campaigns = root.putArray("campaigns");
      for (CampaignTotals c : report.campaigns()) {
        ObjectNode o = campaigns.addObject();
        o.put("source", c.source()).put("medium", c.medium()).put("campaign", c.campaign());
        o.put("platform", c.platformOfSource().map(p -> p.id()).orElse(null));
        totals(o, c.totals());
      }
      ObjectNode platforms = root.putObject("platforms");
      report.platforms().forEach((p, t) -> totals(platforms.putObject(p.id()), t));
      totals(root.putObject("untagged"), report.untagged());
      totals(root.putObject("excluded"), report.excluded());
      ArrayNode unknown = root.putArray("unknownSources");
      report.unknownSources().forEach(unknown::add);
      ArrayNode problems = root.putArray("problems");
      for (UtmProblem p : report.problems()) {
        problems
            .addObject()
            .put("url", p.url())
            .put("parameter", p.parameter())
            .put("value", p.value())
            .put("reason", p.reason());
      }
      return root;
    }

    private static void totals(ObjectNode o, VisitTotals t) {
      o.put("visits", t.visits())
          .put("sessions", t.sessions())
          .put("leads", t.leads())
          .put("conversions", t.conversions());
    }

    private static CsvOutput csv(AttributionReport report) {
      CsvOutput csv =
          new CsvOutput(
              "source",
              "medium",
              "campaign",
              "platform",
              "visits",
              "sessions",
              "leads",
              "conversions");
      for (CampaignTotals c : report.campaigns()) {
        VisitTotals t = c.totals();
        csv.row(
            c.source(),
            c.medium(),
            c.campaign(),
            c.platformOfSource().map(p -> p.id()).orElse(""),
            Long.toString(t.visits()),
            Long.toString(t.sessions()),
            Long.toString(t.leads()),
            Long.toString(t.conversions()));
      }
      return csv;
    }
  }
}
