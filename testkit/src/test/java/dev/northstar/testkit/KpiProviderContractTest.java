package dev.northstar.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.spi.KpiProvider;
import dev.northstar.testkit.contract.KpiProviderContract;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The KPI provider contract passes a sound provider and fails, saying why, on broken ones. */
// Calling the contract's test methods directly is the point: they are the subject under test here.
@SuppressWarnings("JUnitMethodInvoked")
class KpiProviderContractTest {

  private static KpiProviderContract contractOf(KpiProvider provider) {
    return new KpiProviderContract() {
      @Override
      public KpiProvider provider() {
        return provider;
      }

      @Override
      public boolean registeredForServiceLoader() {
        return false;
      }
    };
  }

  private static KpiProvider providing(String name, Collection<RatioKpi> kpis) {
    return new KpiProvider() {
      @Override
      public Collection<RatioKpi> kpis() {
        return kpis;
      }

      @Override
      public String name() {
        return name;
      }
    };
  }

  @Test
  void aProviderOfKnownMetricsPassesAndAnUnregisteredOneIsSkipped() {
    KpiProviderContract contract = contractOf(providing("none", List.of()));

    assertThatCode(contract::returnsNoNulls).doesNotThrowAnyException();
    assertThatCode(contract::joinsTheBuiltInsWithoutAClash).doesNotThrowAnyException();
    assertThatCode(contract::everyKpiIsAMetricDefinition).doesNotThrowAnyException();
    assertThatCode(contract::isRegisteredForTheServiceLoader).doesNotThrowAnyException();
  }

  @Test
  void aBuiltInIdFailsTheClashCheck() {
    KpiProviderContract contract = contractOf(providing("copycat", List.of(Kpis.ERR)));

    assertThatThrownBy(contract::joinsTheBuiltInsWithoutAClash)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("copycat clashes");
  }

  @Test
  void aKpiWithoutADefinitionFails() {
    KpiProviderContract contract =
        contractOf(providing("p", List.of(RatioKpi.parse("acme.nowhere = likes / reach"))));

    assertThatThrownBy(contract::everyKpiIsAMetricDefinition)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("KPI acme.nowhere is not in MetricRegistry.load()");
  }

  @Test
  void nullsAndBlankNamesFail() {
    List<RatioKpi> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(contractOf(providing("p", withNull))::returnsNoNulls)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("p: kpis() has a null element");
    assertThatThrownBy(contractOf(providing(" ", List.of()))::returnsNoNulls)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("name() is blank");
    assertThatThrownBy(
            contractOf(
                    new KpiProvider() {
                      @Override
                      public Collection<RatioKpi> kpis() {
                        return null;
                      }
                    })
                ::returnsNoNulls)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("kpis() returned null");
  }
}
