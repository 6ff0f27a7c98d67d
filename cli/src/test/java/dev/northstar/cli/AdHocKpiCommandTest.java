package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.jackson.NorthstarJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ad-hoc KPIs on the real Facebook export, with no code, checked against the raw file. */
class AdHocKpiCommandTest {

  /** Each group's ratio of sums or mean of ratios of two columns of the raw export. */
  static Map<String, BigDecimal> raw(
      String group, String numerator, String denominator, boolean mean) throws Exception {
    List<String> lines = Files.readAllLines(Cli.FACEBOOK, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(";", -1));
    int g = header.indexOf(group);
    int n = header.indexOf(numerator);
    int d = header.indexOf(denominator);
    Map<String, BigDecimal[]> acc = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(";", -1);
      if (f[n].isEmpty() || f[d].isEmpty()) {
        continue;
      }
      BigDecimal num = new BigDecimal(f[n]);
      BigDecimal den = new BigDecimal(f[d]);
      BigDecimal[] a =
          acc.computeIfAbsent(
              f[g],
              k ->
                  new BigDecimal[] {
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO
                  });
      a[0] = a[0].add(num);
      a[1] = a[1].add(den);
      if (den.signum() > 0) {
        a[2] = a[2].add(num.divide(den, 30, RoundingMode.HALF_EVEN));
        a[3] = a[3].add(BigDecimal.ONE);
      }
    }
    Map<String, BigDecimal> result = new TreeMap<>();
    acc.forEach(
        (k, a) ->
            result.put(
                k,
                mean
                    ? a[2].divide(a[3], 20, RoundingMode.HALF_EVEN)
                    : a[0].divide(a[1], 20, RoundingMode.HALF_EVEN)));
    return result;
  }

  /** The groups of a JSON result in printed order, with the first KPI's value. */
  static Map<String, BigDecimal> printed(String json, String dimension) throws Exception {
    Map<String, BigDecimal> rows = new LinkedHashMap<>();
    for (JsonNode row : NorthstarJson.mapper().readTree(json).get("rows")) {
      rows.put(
          row.get("key").get(dimension).asText(),
          row.get("values").get(0).get("value").decimalValue());
    }
    return rows;
  }

  @Test
  void totalInteractionsOverReachByTypeWithBothMethods() throws Exception {
    for (boolean mean : new boolean[] {false, true}) {
      Cli.Result r =
          Cli.run(
              "kpi",
              Cli.FACEBOOK.toString(),
              "--columns",
              "uci-facebook",
              "--by",
              "type",
              "--kpi",
              "tir = total_interactions / reach",
              "--method",
              mean ? "mean-of-ratios" : "ratio-of-sums",
              "--format",
              "json");
      assertThat(r.status()).as(r.err()).isZero();
      Map<String, BigDecimal> expected =
          raw("Type", "Total Interactions", "Lifetime Post Total Reach", mean);
      Map<String, BigDecimal> actual = printed(r.out(), "type");
      assertThat(actual.keySet()).containsExactly("Link", "Photo", "Status", "Video");
      expected.forEach(
          (type, value) ->
              assertThat(actual.get(type))
                  .as(type)
                  .isCloseTo(value, within(new BigDecimal("1e-12"))));
      assertThat(r.out()).contains("\"tir\"");
    }
    assertThat(raw("Type", "Total Interactions", "Lifetime Post Total Reach", true).get("Photo"))
        .isNotEqualByComparingTo(
            raw("Type", "Total Interactions", "Lifetime Post Total Reach", false).get("Photo"));
  }

  @Test
  void engagedUsersOverImpressionsByMonthInNumericOrder() throws Exception {
    Cli.Result r =
        Cli.run(
            "kpi",
            Cli.FACEBOOK.toString(),
            "--columns",
            "uci-facebook",
            "--by",
            "month",
            "--kpi",
            "engaged_users / impressions",
            "--format",
            "json");

    assertThat(r.status()).as(r.err()).isZero();
    Map<String, BigDecimal> actual = printed(r.out(), "month");
    List<String> months = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      months.add(Integer.toString(m));
    }
    assertThat(actual.keySet()).containsExactlyElementsOf(months);
    raw("Post Month", "Lifetime Engaged Users", "Lifetime Post Total Impressions", false)
        .forEach(
            (month, value) ->
                assertThat(actual.get(month))
                    .as(month)
                    .isCloseTo(value, within(new BigDecimal("1e-12"))));
    assertThat(r.out()).contains("\"engaged_users_per_impressions\"");
    Cli.Result table =
        Cli.run(
            "kpi",
            Cli.FACEBOOK.toString(),
            "--columns",
            "uci-facebook",
            "--by",
            "month",
            "--kpi",
            "engaged_users / impressions");
    List<String> firstColumn =
        table
            .out()
            .lines()
            .skip(1)
            .map(l -> l.strip().split("\\s+", -1)[0])
            .filter(s -> s.matches("[0-9]+"))
            .toList();
    assertThat(firstColumn).containsExactlyElementsOf(months);
  }

  @Test
  void aKpisFileDefinesKpisThatListAndRun(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("kpis.txt");
    Files.writeString(
        file,
        """
        # custom KPIs

        tir = total_interactions / reach   # per reach
        eui = engaged_users / impressions * 100
        """,
        StandardCharsets.UTF_8);

    Cli.Result list = Cli.run("kpi", "--list-kpis", "--kpis-file", file.toString());
    assertThat(list.status()).as(list.err()).isZero();
    assertThat(list.out())
        .containsPattern("(?m)^tir +tir +" + java.util.regex.Pattern.quote(file.toString()) + "$");
    assertThat(list.out())
        .containsPattern("(?m)^err +Engagement rate by reach +northstar-formulas$");

    Cli.Result r =
        Cli.run(
            "kpi",
            Cli.FACEBOOK.toString(),
            "--columns",
            "uci-facebook",
            "--by",
            "type",
            "--kpis-file",
            file.toString(),
            "--format",
            "json");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode first = NorthstarJson.mapper().readTree(r.out()).get("rows").get(0);
    assertThat(first.get("values")).hasSize(2);
    BigDecimal link =
        raw("Type", "Lifetime Engaged Users", "Lifetime Post Total Impressions", false).get("Link");
    assertThat(first.get("values").get(1).get("value").decimalValue())
        .isCloseTo(link.multiply(BigDecimal.valueOf(100)), within(new BigDecimal("1e-10")));

    Cli.Result byId =
        Cli.run(
            "kpi",
            Cli.FACEBOOK.toString(),
            "--columns",
            "uci-facebook",
            "--by",
            "type",
            "--kpis-file",
            file.toString(),
            "--kpi",
            "eui",
            "--format",
            "json");
    assertThat(byId.status()).as(byId.err()).isZero();
    assertThat(NorthstarJson.mapper().readTree(byId.out()).get("rows").get(0).get("values"))
        .hasSize(1);
  }

  @Test
  void badDefinitionsAreNamedWithTheCharacterOrLine(@TempDir Path dir) throws Exception {
    Cli.Result syntax =
        Cli.run(
            "kpi",
            Cli.FACEBOOK.toString(),
            "--columns",
            "uci-facebook",
            "--kpi",
            "tir = total_interactions / / reach");
    assertThat(syntax.status()).isEqualTo(2);
    assertThat(syntax.err())
        .contains(
            "--kpi: KPI expression: at character 28, expected a measure such as likes or '(', but found '/'")
        .contains("  tir = total_interactions / / reach")
        .contains("  " + " ".repeat(27) + "^");

    Cli.Result taken =
        Cli.run(
            "kpi",
            Cli.FACEBOOK.toString(),
            "--columns",
            "uci-facebook",
            "--kpi",
            "err = likes / reach");
    assertThat(taken.status()).isEqualTo(2);
    assertThat(taken.err()).contains("KPI 'err' of --kpi is already defined by northstar-formulas");

    Cli.Result unknown =
        Cli.run("kpi", Cli.FACEBOOK.toString(), "--columns", "uci-facebook", "--kpi", "nope");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("--kpi: unknown KPI 'nope'; known: err, ")
        .contains("'tir = total_interactions / reach'");

    Path file = dir.resolve("kpis.txt");
    Files.writeString(file, "a = likes / reach\nb likes / reach\n", StandardCharsets.UTF_8);
    Cli.Result noId = Cli.run("kpi", "--list-kpis", "--kpis-file", file.toString());
    assertThat(noId.status()).isEqualTo(2);
    assertThat(noId.err())
        .contains(
            file + ": line 2: expected 'id = numerator / denominator', but was 'b likes / reach'");

    Files.writeString(file, "a = likes / reach\n\nb = likes / (reach\n", StandardCharsets.UTF_8);
    Cli.Result bad = Cli.run("kpi", "--list-kpis", "--kpis-file", file.toString());
    assertThat(bad.err())
        .contains(file + ": line 3: KPI expression: at character 19, expected '+', '-' or ')'");

    Files.writeString(file, "# nothing\n", StandardCharsets.UTF_8);
    assertThat(Cli.run("kpi", "--list-kpis", "--kpis-file", file.toString()).err())
        .contains(file + " defines no KPI");
    assertThat(
            Cli.run("kpi", "--list-kpis", "--kpis-file", dir.resolve("none.txt").toString()).err())
        .contains("--kpis-file: " + dir.resolve("none.txt") + ": no such file");
  }
}
