package dev.northstar.jackson.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.money.Money;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.ratio.MoneyRatio;
import dev.northstar.formulas.ratio.Ratio;
import dev.northstar.jackson.NorthstarJson;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import dev.northstar.testkit.seed.SeedKpiTables;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** JSON of exact ratios, money ratios and KPI result tables. */
class RatioJsonTest {

  /** The module alone, on a plain mapper: ratios need nothing of the core module. */
  static final ObjectMapper COMPACT =
      new ObjectMapper().registerModule(new NorthstarFormulasModule());

  /** The strict mapper with this module: KPI tables hold core values too. */
  static final JsonMapper MAPPER =
      NorthstarJson.builder().addModule(new NorthstarFormulasModule()).build();

  static String write(Object value) throws JsonProcessingException {
    return MAPPER.writeValueAsString(value);
  }

  static <T> T read(String json, Class<T> type) throws JsonProcessingException {
    return MAPPER.readValue(json, type);
  }

  /** Returns compact test JSON written with single quotes as real JSON: {@code {'a': 1}}. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  @Test
  void ratioIsItsOperandsAndValue() throws Exception {
    assertThat(COMPACT.writeValueAsString(Ratio.of(150, 3000)))
        .isEqualTo("{\"numerator\":150,\"denominator\":3000,\"value\":0.05}");
    assertThat(COMPACT.writeValueAsString(Ratio.of(new BigDecimal("12.50"), BigDecimal.ZERO)))
        .isEqualTo("{\"numerator\":12.50,\"denominator\":0,\"value\":null}");
    assertThat(COMPACT.writeValueAsString(Ratio.of(1, 3)))
        .isEqualTo("{\"numerator\":1,\"denominator\":3,\"value\":0.3333333333333333}");
  }

  @Test
  void moneyRatioAddsTheCurrency() throws Exception {
    MoneyRatio cpc =
        MoneyRatio.of(
            Money.of(new BigDecimal("500"), Currency.getInstance("USD")), BigDecimal.valueOf(250));

    assertThat(COMPACT.writeValueAsString(cpc))
        .isEqualTo("{\"numerator\":500,\"denominator\":250,\"currency\":\"USD\",\"value\":2}");
    assertThat(read(write(cpc), MoneyRatio.class)).isEqualTo(cpc);
  }

  @Test
  void readsWithOrWithoutValue() throws Exception {
    assertThat(read(json("{'numerator': 150, 'denominator': 3000}"), Ratio.class))
        .isEqualTo(Ratio.of(150, 3000));
    assertThat(read(json("{'value': 0.05, 'denominator': '3000', 'numerator': 150}"), Ratio.class))
        .isEqualTo(Ratio.of(150, 3000));
    assertThat(read(json("{'numerator': -7, 'denominator': 0, 'value': null}"), Ratio.class))
        .isEqualTo(Ratio.of(-7, 0));
  }

  @Test
  void refusesWhatIsNotARatio() {
    assertThatThrownBy(() -> read(json("{'numerator': 1}"), Ratio.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageStartingWith(
            "$: missing required field \"denominator\"; required fields: numerator, denominator");
    assertThatThrownBy(() -> read(json("{'numerator': 1, 'denominator': -2}"), Ratio.class))
        .hasMessageStartingWith(
            "$.denominator: invalid value -2; denominator must be zero or more, but was -2");
    assertThatThrownBy(
            () -> read(json("{'numerator': 1, 'denominator': 2, 'value': 0.6}"), Ratio.class))
        .hasMessageStartingWith(
            "$.value: invalid value 0.6; value must be numerator / denominator to 16 significant"
                + " digits, 0.5, or be absent");
    assertThatThrownBy(
            () -> read(json("{'numerator': 1, 'denominator': 0, 'value': 1}"), Ratio.class))
        .hasMessageStartingWith(
            "$.value: invalid value 1; the ratio 1/0 is undefined (zero denominator), so value must"
                + " be null or absent");
    assertThatThrownBy(
            () -> read(json("{'numerator': 1, 'denominator': 2, 'percent': 50}"), Ratio.class))
        .hasMessageStartingWith(
            "$.percent: unknown field \"percent\"; allowed fields: numerator, denominator, value");
    assertThatThrownBy(
            () ->
                read(
                    json("{'numerator': 1, 'denominator': 2, 'currency': 'usd'}"),
                    MoneyRatio.class))
        .hasMessageStartingWith(
            "$.currency: invalid value \"usd\"; expected an ISO 4217 currency code");
    assertThatThrownBy(() -> read(json("{'numerator': 1, 'denominator': 2}"), MoneyRatio.class))
        .hasMessageStartingWith("$: missing required field \"currency\"");
  }

  @Test
  void ratiosRoundTrip() {
    Gen<BigDecimal> numerators =
        Gens.bigDecimals(new BigDecimal("-1000000"), new BigDecimal("1000000"), 3);
    Gen<BigDecimal> denominators =
        Gens.frequency(
            20,
            Gens.constant(BigDecimal.ZERO),
            Gens.bigDecimals(BigDecimal.ZERO, new BigDecimal("1000000"), 2));
    Gen<Ratio> ratios = Gens.zip(numerators, denominators, Ratio::of);
    Gen<MoneyRatio> money =
        Gens.zip(
            ratios,
            Gens.elements(java.util.List.of("USD", "EUR", "JPY")),
            (r, c) -> MoneyRatio.of(r, Currency.getInstance(c)));

    Property.named("Ratio JSON round trip")
        .forAll(ratios, r -> assertThat(read(write(r), Ratio.class)).isEqualTo(r));
    Property.named("MoneyRatio JSON round trip")
        .forAll(money, m -> assertThat(read(write(m), MoneyRatio.class)).isEqualTo(m));
  }

  @Test
  void kpiTableNamesTheMethodAtTopAndOnEveryValue() throws Exception {
    KpiTable table = SeedKpiTables.run(Aggregation.RATIO_OF_SUMS);
    JsonNode json = MAPPER.readTree(write(table));

    assertThat(json.get("method").asText()).isEqualTo("ratio_of_sums");
    assertThat(json.get("groupBy").toString()).isEqualTo("[\"platform\"]");
    assertThat(json.get("bucket").asText()).isEqualTo("month");
    assertThat(json.get("kpis").toString()).isEqualTo("[\"err\",\"cpc\"]");
    assertThat(json.get("rowCount").asLong()).isEqualTo(3);
    assertThat(json.has("zone")).isFalse();
    JsonNode rows = json.get("rows");
    assertThat(rows).hasSize(2);
    int xIndex = rows.get(0).get("key").get("platform").asText().equals("=x") ? 0 : 1;
    JsonNode x = rows.get(xIndex);
    JsonNode fb = rows.get(1 - xIndex);

    assertThat(fb.get("bucket").asText()).isEqualTo("2026-03");
    assertThat(fb.get("bucketStart").asText()).isEqualTo("2026-03-01");
    assertThat(fb.get("rows").asLong()).isEqualTo(2);
    JsonNode err = fb.get("values").get(0);
    assertThat(err.get("kpi").asText()).isEqualTo("err");
    assertThat(err.get("method").asText()).isEqualTo("ratio_of_sums");
    assertThat(err.get("defined").asBoolean()).isTrue();
    assertThat(err.get("value").decimalValue()).isEqualByComparingTo("0.06");
    assertThat(err.get("numerator").decimalValue()).isEqualByComparingTo("180");
    assertThat(err.get("denominator").decimalValue()).isEqualByComparingTo("3000");
    assertThat(err.get("rowsCounted").asLong()).isEqualTo(2);
    assertThat(fb.get("values").get(1).get("currency").asText()).isEqualTo("USD");

    JsonNode undefinedCpc = x.get("values").get(1);
    assertThat(undefinedCpc.get("defined").asBoolean()).isFalse();
    assertThat(undefinedCpc.get("value").isNull()).isTrue();
    JsonNode missingErr = x.get("values").get(0);
    assertThat(missingErr.get("rowsMissing").asLong()).isEqualTo(1);
    JsonNode likes = x.get("totals").get(0);
    assertThat(likes.get("measure").asText()).isEqualTo("likes");
    assertThat(likes.get("rowsMissing").asLong()).isEqualTo(1);
    assertThat(fb.get("totals").get(1).get("currency").asText()).isEqualTo("USD");
  }

  @Test
  void aTableByHourOfDayNamesItsZone() throws Exception {
    dev.northstar.formulas.table.MetricTable posts =
        dev.northstar.formulas.table.MetricTable.columns(2)
            .timestamps(new long[] {1_700_000_000L, 1_700_003_600L})
            .measure(
                dev.northstar.formulas.table.Measure.count(
                    dev.northstar.core.metric.CoreMetrics.LIKES),
                new long[] {3, 4})
            .build();
    KpiTable table =
        dev.northstar.formulas.aggregate.KpiQuery.builder()
            .totals(dev.northstar.core.metric.CoreMetrics.LIKES)
            .groupBy(dev.northstar.formulas.aggregate.CalendarField.HOUR_OF_DAY)
            .zone(java.time.ZoneId.of("Asia/Tokyo"))
            .build()
            .run(posts);
    JsonNode json = MAPPER.readTree(write(table));
    assertThat(json.get("zone").asText()).isEqualTo("Asia/Tokyo");
    assertThat(json.get("groupBy").toString()).isEqualTo("[\"hour_of_day\"]");
    // 22:13 and 23:13 UTC are 07 and 08 in Tokyo (UTC+9).
    assertThat(json.get("rows").get(0).get("key").get("hour_of_day").asText()).isEqualTo("07");
    assertThat(json.get("rows").get(1).get("key").get("hour_of_day").asText()).isEqualTo("08");
  }

  @Test
  void aStockMeasureIsWrittenAsItsLevelWithNullsWhereAGroupHasNoValue() throws Exception {
    dev.northstar.formulas.table.MetricTable posts =
        dev.northstar.formulas.table.MetricTable.columns(3)
            .dimension(
                dev.northstar.formulas.table.Dimension.ACCOUNT,
                new String[] {"brand", "news"},
                new int[] {0, 0, 1})
            .timestamps(new long[] {1_700_000_000L, 1_700_003_600L, 1_700_000_000L})
            .measure(
                dev.northstar.formulas.table.Measure.count(
                    dev.northstar.core.metric.CoreMetrics.FOLLOWERS),
                new long[] {500, 480, 7},
                java.util.BitSet.valueOf(new long[] {0b100}))
            .build();
    KpiTable table =
        dev.northstar.formulas.aggregate.KpiQuery.builder()
            .totals(dev.northstar.core.metric.CoreMetrics.FOLLOWERS)
            .groupBy(dev.northstar.formulas.table.Dimension.ACCOUNT)
            .build()
            .run(posts);
    JsonNode json = MAPPER.readTree(write(table));
    assertThat(json.get("levels").toString()).isEqualTo("[\"followers\"]");
    assertThat(json.get("totals").toString()).isEqualTo("[]");
    JsonNode brand = json.get("rows").get(0).get("levels").get(0);
    assertThat(brand.get("measure").asText()).isEqualTo("followers");
    assertThat(brand.get("first").decimalValue()).isEqualByComparingTo("500");
    assertThat(brand.get("last").decimalValue()).isEqualByComparingTo("480");
    assertThat(brand.get("change").decimalValue()).isEqualByComparingTo("-20");
    assertThat(brand.get("firstTime").asText()).isEqualTo("2023-11-14T22:13:20Z");
    assertThat(brand.get("lastTime").asText()).isEqualTo("2023-11-14T23:13:20Z");
    assertThat(brand.get("min").decimalValue()).isEqualByComparingTo("480");
    assertThat(brand.get("max").decimalValue()).isEqualByComparingTo("500");
    assertThat(brand.get("rowsCounted").asLong()).isEqualTo(2);
    JsonNode news = json.get("rows").get(1).get("levels").get(0);
    assertThat(news.get("last").isNull()).isTrue();
    assertThat(news.get("change").isNull()).isTrue();
    assertThat(news.get("rowsMissing").asLong()).isEqualTo(1);
  }
}
